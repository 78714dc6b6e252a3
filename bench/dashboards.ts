/**
 * npm run bench:dashboards [-- --scale 0.05] [--runs 20] [--changes 20] [--keep] [--database NAME] [--docs|--no-docs]
 *
 * Issue 5's performance targets on PostgreSQL: with 100,000 organizations, 2,000,000 support
 * records and 10,000,000 outcome records over 2016–2025, the national and center dashboards
 * (read from the rollups) p95 under 100 ms over HTTP against a real `innohub serve`; in the same
 * run the national and center report API (the same figures by GROUP BY over the base tables),
 * reported as a ratio; how long a changed record takes to show on the dashboard (through the
 * API, polling the dashboard); the ministry workbook of a year under 30 s; and how long the
 * full rollup build takes after loading the history (what a new installation with imported
 * history waits for).
 *
 * A fresh database on 127.0.0.1:5432 per run, dropped at the end (--keep leaves it; --database
 * NAME measures a kept one again without loading). Writes bench/results/<date>-dashboards[-…].json
 * and, on a full-size run, the generated part of "Dashboards and rollups" in docs/PERFORMANCE.md.
 * The last line of stdout is one JSON object. Benchmarks, never tests: nothing here fails a build.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type Database, type Db } from '../src/db/client.ts';
import { prepare } from '../src/db/prepare.ts';
import { createApiToken } from '../src/features/auth/auth.service.ts';
import { markAllDirty, refreshRollups } from '../src/features/dashboards/rollup.service.ts';
import type { Deps } from '../src/http/context.ts';
import { installZodMessages } from '../src/http/errors.ts';
import { systemClock } from '../src/shared/clock.ts';
import { loadConfig } from '../src/shared/config.ts';
import { createLogger } from '../src/shared/logger.ts';
import { DASHBOARDS_GENERATOR_VERSION, FIRST_YEAR, LAST_YEAR, outcomeRecords, supportRecords } from './dashboards.dataset.ts';
import { insertClusters, loadOutcomes, loadSupport, readCenters, readOrganizations } from './dashboards.load.ts';
import { dashboardsMarkdown, updateDashboardsDoc, type DashboardsResults, type Sampled, type Pair, type Change } from './dashboards.report.ts';
import { createUsers, loadOrganizations, type Tokens } from './load.ts';
import { stats } from './measure.ts';
import { BenchServer } from './server.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PG_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    runs: { type: 'string', default: '20' },
    changes: { type: 'string', default: '20' },
    timeout: { type: 'string', default: '10000' },
    'plain-timeout': { type: 'string', default: '300000' },
    keep: { type: 'boolean' },
    database: { type: 'string' },
    docs: { type: 'boolean' },
    'no-docs': { type: 'boolean' },
  },
  strict: true,
});

const scale = Number(values.scale);
if (!(scale > 0 && scale <= 1)) throw new Error('--scale: a fraction of the full size, 0 < scale ≤ 1');
const SIZE = { organizations: Math.round(100_000 * scale), supportRecords: Math.round(2_000_000 * scale), outcomeRecords: Math.round(10_000_000 * scale) };
const runs = Number(values.runs);
const changeCount = Number(values.changes);
const timeoutMs = Number(values.timeout);
const plainTimeoutMs = Number(values['plain-timeout']);
const full = scale === 1;
const YEAR = LAST_YEAR;

const log = (line: string) => console.log(line);
const loadavg = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const since = (t: number) => (performance.now() - t) / 1000;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

installZodMessages();

function depsOf(database: Database): Deps {
  return { database, clock: systemClock, logger: createLogger('silent'), config: loadConfig({ DATA_DIR: path.join(root, '.bench-data/unused'), LOG_LEVEL: 'silent' }) };
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>, url = PG_SERVER): Promise<T> {
  const c = new pg.Client({ connectionString: url, options: '-c timezone=UTC' });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Loading and the rollup build

type Load = DashboardsResults['load'];

async function load(database: Database, url: string): Promise<{ tokens: Tokens; load: Load }> {
  const deps = depsOf(database);
  const steps: Load['steps'] = {};
  let t = performance.now();
  const tokens = await createUsers(deps);
  let last = 0;
  // load.ts's organizations, written with the triggers off like the rest: the dashboards do not
  // read the search index, which took most of its time (12+ minutes for 100,000 on a busy machine).
  const quiet = {
    db: { transaction: <T>(fn: (tx: Db) => Promise<T>) => database.db.transaction(async (tx) => (await tx.execute(sql`set local session_replication_role = replica`), fn(tx))) },
  } as unknown as Database;
  await loadOrganizations(quiet, SIZE.organizations, (done) => {
    if (done - last >= 20_000 || done === SIZE.organizations) {
      log(`    ${done.toLocaleString('en')} organizations (${since(t).toFixed(0)} s)`);
      last = done;
    }
  });
  steps.organizations = round(since(t));
  log(`  organizations (bench/load.ts, with their affiliations and ~1.4 support records each; triggers off, so no search index): ${steps.organizations} s`);

  const client = new pg.Client({ connectionString: url, options: '-c timezone=UTC' });
  await client.connect();
  try {
    const clusters = await insertClusters(client);
    const orgs = await readOrganizations(client);
    const centers = await readCenters(client);
    const existing = Number((await client.query<{ n: string }>('select count(*) as n from support_records')).rows[0]!.n);
    const ticker = (what: string, total: number, started: number) => {
      let next = total / 10;
      return (rows: number) => {
        if (rows >= next || rows === total) {
          log(`    ${rows.toLocaleString('en')} ${what} (${since(started).toFixed(0)} s)`);
          next += total / 10;
        }
      };
    };
    t = performance.now();
    const supportRows = SIZE.supportRecords - existing;
    await loadSupport(client, supportRecords(orgs, centers, clusters, supportRows, 10_000), ticker('support records', supportRows, t));
    steps.supportRecords = round(since(t));
    log(`  ${supportRows.toLocaleString('en')} support records (on top of load.ts's ${existing.toLocaleString('en')}): ${steps.supportRecords} s`);
    t = performance.now();
    await loadOutcomes(client, outcomeRecords(orgs, SIZE.outcomeRecords, 10_000), ticker('outcome records', SIZE.outcomeRecords, t));
    steps.outcomeRecords = round(since(t));
    log(`  ${SIZE.outcomeRecords.toLocaleString('en')} outcome records: ${steps.outcomeRecords} s (${Math.round(SIZE.outcomeRecords / steps.outcomeRecords).toLocaleString('en')} rows/s)`);
    t = performance.now();
    // What autovacuum does within minutes of a bulk load (visibility map, statistics).
    await client.query('vacuum analyze');
    steps.vacuumAnalyze = round(since(t));
    log(`  vacuum analyze: ${steps.vacuumAnalyze} s`);
  } finally {
    await client.end();
  }

  // The rollups of the whole history, as a new installation with imported history builds them.
  t = performance.now();
  await markAllDirty(database);
  const markSeconds = round(since(t));
  const dirty = (await database.rows<{ n: number }>(sql`select count(*)::int as n from rollup_dirty`))[0]!.n;
  log(`  rollups: markAllDirty ${markSeconds} s (${dirty.toLocaleString('en')} organization-years)`);
  t = performance.now();
  // As the job does it, in one call: the organization-years batch by batch, then each cell once.
  const progress = setInterval(() => {
    void database.rows<{ n: number }>(sql`select count(*)::int as n from rollup_dirty`).then(([r]) =>
      log(`    ${(dirty - r!.n).toLocaleString('en')} of ${dirty.toLocaleString('en')} organization-years (${since(t).toFixed(0)} s)`),
    );
  }, 15_000);
  let refreshed: Awaited<ReturnType<typeof refreshRollups>>;
  try {
    refreshed = await refreshRollups(database);
  } finally {
    clearInterval(progress);
  }
  const refreshSeconds = round(since(t));
  t = performance.now();
  await database.rows(sql`analyze rollup_cells, rollup_org_years, rollup_org_year_scopes`);
  const analyzeSeconds = round(since(t));
  log(`  rollups: refreshRollups ${refreshSeconds} s (${refreshed.batches} batches, ${refreshed.cells.toLocaleString('en')} cells written), analyze ${analyzeSeconds} s`);
  // This server runs without autovacuum (autovacuum = off): do once what it would do within a
  // minute of the build, or the dashboards read a rollup_dirty of 680,000 dead rows.
  t = performance.now();
  await database.rows(sql`vacuum analyze rollup_dirty, rollup_dirty_cells, rollup_org_year_scopes, rollup_org_years, rollup_cells`);
  steps.vacuumRollups = round(since(t));
  log(`  vacuum analyze of the rollup tables: ${steps.vacuumRollups} s`);
  return {
    tokens,
    load: {
      steps,
      seconds: round((steps.organizations ?? 0) + (steps.supportRecords ?? 0) + (steps.outcomeRecords ?? 0) + (steps.vacuumAnalyze ?? 0)),
      rollupBuild: { markSeconds, refreshSeconds, analyzeSeconds, seconds: round(markSeconds + refreshSeconds + analyzeSeconds), organizationYears: dirty, refreshedOrganizationYears: refreshed.organizationYears, cells: refreshed.cells, batches: refreshed.batches },
      cached: false,
    },
  };
}

/** What the database holds: counts, the share of organizations supported by two centers, sizes. */
async function describe(database: Database): Promise<DashboardsResults['data']> {
  const [c] = await database.rows<DashboardsResults['data']['counts']>(sql`select
    (select count(*)::int from organizations) as organizations,
    (select count(*)::int from affiliations) as affiliations,
    (select count(*)::int from support_records) as support_records,
    (select count(*)::int from outcome_records) as outcome_records,
    (select count(*)::int from centers) as centers,
    (select count(*)::int from clusters) as clusters,
    (select count(*)::int from rollup_org_years) as rollup_org_years,
    (select count(*)::int from rollup_org_year_scopes) as rollup_org_year_scopes,
    (select count(*)::int from rollup_cells) as rollup_cells`);
  const [s] = await database.rows<{ supported: number; two_centers: number; clustered: number }>(sql`
    select count(*)::int as supported, (count(*) filter (where centers > 1))::int as two_centers, (count(*) filter (where clustered))::int as clustered
    from (select organization_id, count(distinct center_id) as centers, bool_or(cluster_id is not null) as clustered from support_records group by organization_id) x`);
  const byStatus = await database.rows<{ status: string; n: number }>(sql`select status, count(*)::int as n from outcome_records group by 1 order by 1`);
  // One scan of each table (a query per year would scan the outcomes ten times).
  const byYear = await database.rows<{ year: number; support: number; outcomes: number }>(sql`
    with s as (select extract(year from started_on)::int as year, count(*)::int as n from support_records group by 1),
      o as (select extract(year from period_start)::int as year, count(*)::int as n from outcome_records group by 1)
    select y as year, coalesce(s.n, 0) as support, coalesce(o.n, 0) as outcomes
    from generate_series(${FIRST_YEAR}::int, ${LAST_YEAR}::int) y left join s on s.year = y left join o on o.year = y order by y`);
  const sizes = await database.rows<{ name: string; mb: number }>(sql`
    select c.relname as name, round(pg_total_relation_size(c.oid) / 1e6)::int as mb from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' and c.relname in ('organizations', 'support_records', 'outcome_records', 'rollup_org_years', 'rollup_org_year_scopes', 'rollup_cells', 'search_postings')
    order by 2 desc`);
  const [db] = await database.rows<{ mb: number }>(sql`select round(pg_database_size(current_database()) / 1e6)::int as mb`);
  return {
    counts: c!,
    organizationsSupported: s!.supported,
    supportedByTwoOrMoreCenters: s!.two_centers,
    supportedByAClusters: s!.clustered,
    outcomeStatuses: Object.fromEntries(byStatus.map((r) => [r.status, r.n])),
    perYear: byYear,
    sizesMB: { ...Object.fromEntries(sizes.map((r) => [r.name, r.mb])), database: db!.mb },
  };
}

// ---------------------------------------------------------------------------------------------
// Over HTTP

type Http = { base: string; tokens: Tokens };

async function request(http: Http, p: string, who: keyof Tokens, init: RequestInit & { timeoutMs?: number } = {}): Promise<{ status: number; body: unknown; headers: Headers; bytes: number }> {
  const res = await fetch(http.base + p, {
    ...init,
    headers: { authorization: `Bearer ${http.tokens[who]}`, ...(init.body ? { 'content-type': 'application/json' } : {}), ...(init.headers as Record<string, string> | undefined) },
    signal: AbortSignal.timeout(init.timeoutMs ?? timeoutMs),
  });
  const buf = Buffer.from(await res.arrayBuffer());
  const type = res.headers.get('content-type') ?? '';
  const body = type.includes('json') ? JSON.parse(buf.toString('utf8')) : null;
  return { status: res.status, body, headers: res.headers, bytes: buf.byteLength };
}

async function get<T>(http: Http, p: string, who: keyof Tokens = 'national', timeout = timeoutMs): Promise<T> {
  const r = await request(http, p, who, { timeoutMs: timeout });
  if (r.status !== 200) throw new Error(`GET ${p}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return r.body as T;
}

type Case = { name: string; group: string; path: string; who: keyof Tokens };

let benchDatabase: Database | undefined;
async function cancelAbandoned(afterMs: number): Promise<void> {
  const cancelled = await benchDatabase?.rows<{ query: string }>(sql`
    select left(regexp_replace(query, '\\s+', ' ', 'g'), 80) as query, pg_cancel_backend(pid) from pg_stat_activity
    where datname = current_database() and pid <> pg_backend_pid() and state = 'active' and now() - query_start > make_interval(secs => ${afterMs / 1000 - 1})`);
  for (const c of cancelled ?? []) log(`      cancelled in PostgreSQL: ${c.query}…`);
}

/** Warm-up, then up to `runs` samples within the time limit (at least `minRuns`); a case slower than `slowMs` keeps its one sample. */
async function measure(http: Http, c: Case, budget: { warmup: number; runs: number; minRuns: number; timeLimitMs: number; slowMs: number; timeout: number }): Promise<Sampled> {
  const samples: number[] = [];
  let first: number | null = null;
  try {
    for (let i = 0; i < budget.warmup; i++) {
      const t = performance.now();
      await get(http, c.path, c.who, budget.timeout);
      first ??= performance.now() - t;
      if (first > budget.slowMs) {
        // Too slow to sample again within the run: its one timing is the sample.
        return { ...c, stats: stats([first]), samples: [round(first)], firstMs: round(first), note: 'one run (slow)' };
      }
    }
    const deadline = performance.now() + budget.timeLimitMs;
    for (let i = 0; i < budget.runs; i++) {
      if (i >= budget.minRuns && performance.now() > deadline) break;
      const t = performance.now();
      await get(http, c.path, c.who, budget.timeout);
      samples.push(performance.now() - t);
    }
    return { ...c, stats: stats(samples), samples: samples.map((x) => round(x)), firstMs: first === null ? null : round(first) };
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    // The server goes on with a statement its client gave up on: cancel it, so it does not weigh on what is measured next.
    if (timedOut) await cancelAbandoned(budget.timeout);
    return { ...c, stats: samples.length ? stats(samples) : null, samples: samples.map((x) => round(x)), firstMs: first === null ? null : round(first), note: timedOut ? `timed out after ${budget.timeout} ms` : (error as Error).message.slice(0, 300) };
  }
}

type Figures = Record<string, number>;
type DashboardBody = { year: number; totals: Figures; centers: { sumOfCenterCounts: number; countedByMoreThanOneCenter: number } | null; updating: boolean };
type ReportBody = {
  organizationsSupported: { startup: number; sme: number; total: number };
  investment: { amountKRW: number; deals: number; companies: number };
  revenueKRW: number;
  jobsCreated: number;
  exportSales: { companies: number; amountKRW: number };
  overseasSubsidiaries: number;
  patents?: { applications: number; registrations: number };
  prototypes?: number;
  techTransfers: { transfers: number; recipients: number };
  unverifiedFigures?: number;
  centers?: { sumOfCenterCounts: number; countedByMoreThanOneCenter: number };
};

/** The report's figures under the dashboard's names, to compare the two. */
function reportAsFigures(r: ReportBody): Figures {
  const f: Figures = {
    organizations: r.organizationsSupported.total,
    startups: r.organizationsSupported.startup,
    smes: r.organizationsSupported.sme,
    revenueKRW: r.revenueKRW,
    jobsCreated: r.jobsCreated,
    investmentKRW: r.investment.amountKRW,
    investmentDeals: r.investment.deals,
    investmentCompanies: r.investment.companies,
    exportKRW: r.exportSales.amountKRW,
    exportCompanies: r.exportSales.companies,
    overseasSubsidiaries: r.overseasSubsidiaries,
    techTransfers: r.techTransfers.transfers,
    techRecipients: r.techTransfers.recipients,
  };
  if (r.patents) Object.assign(f, { patentApplications: r.patents.applications, patentRegistrations: r.patents.registrations });
  if (r.prototypes !== undefined) f.prototypes = r.prototypes;
  if (r.unverifiedFigures !== undefined) f.unverifiedFigures = r.unverifiedFigures;
  if (r.centers) Object.assign(f, { sumOfCenterCounts: r.centers.sumOfCenterCounts, countedByMoreThanOneCenter: r.centers.countedByMoreThanOneCenter });
  return f;
}

function differences(dashboard: DashboardBody, report: ReportBody): string[] {
  const d: Figures = { ...dashboard.totals, ...(dashboard.centers ?? {}) };
  return Object.entries(reportAsFigures(report))
    .filter(([k, v]) => d[k] !== v)
    .map(([k, v]) => `${k}: dashboard ${d[k]}, report ${v}`);
}

/** Write through the API, then poll the national dashboard until the figure moves; time from the write's answer. */
async function changeLatency(http: Http, database: Database, count: number): Promise<Change[]> {
  const amendable = await database.rows<{ id: string; organization_id: string; value: string; version: number }>(sql`
    select r.id, r.organization_id, r.value, r.version from outcome_records r
    where r.metric = 'revenue' and r.period = ${String(YEAR)} and r.status = 'verified'
      and exists (select 1 from support_records s where s.organization_id = r.organization_id
        and s.started_on <= make_date(${YEAR}, 12, 31) and coalesce(s.ended_on, s.started_on) >= make_date(${YEAR}, 1, 1))
    order by md5(r.id::text) limit ${Math.ceil(count / 2)}`);
  const insertable = await database.rows<{ organization_id: string }>(sql`
    select organization_id from (select distinct s.organization_id from support_records s
      where s.started_on <= make_date(${YEAR}, 12, 31) and coalesce(s.ended_on, s.started_on) >= make_date(${YEAR}, 1, 1)) x
    order by md5(organization_id::text || 'deal') limit ${Math.floor(count / 2)}`);
  const out: Change[] = [];
  const path = `/api/v1/dashboards/national?year=${YEAR}`;
  const settle = async () => {
    // Start from a dashboard with nothing waiting.
    const deadline = performance.now() + 120_000;
    for (;;) {
      const d = await get<DashboardBody>(http, path);
      if (!d.updating || performance.now() > deadline) return d;
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  for (let i = 0; i < count; i++) {
    const amend = i % 2 === 0 ? amendable[i / 2] : undefined;
    const deal = i % 2 === 1 ? insertable[(i - 1) / 2] : undefined;
    if (!amend && !deal) continue;
    const before = (await settle()).totals;
    const delta = 1_000_000 * (i + 1);
    const writeStarted = performance.now();
    const res = amend
      ? await request(http, `/api/v1/outcomes/${amend.id}`, 'national', { method: 'PATCH', headers: { 'if-match': `"${amend.version}"` }, body: JSON.stringify({ value: Number(amend.value) + delta, reason: 'bench: change latency' }) })
      : await request(http, `/api/v1/organizations/${deal!.organization_id}/outcomes`, 'national', {
          method: 'POST',
          body: JSON.stringify({ metric: 'investment', period: String(YEAR), value: delta, details: { investor: '벤치마크인베스트먼트', stage: 'seed', date: `${YEAR}-06-30` } }),
        });
    const written = performance.now();
    if (res.status !== 200 && res.status !== 201) {
      out.push({ kind: amend ? 'amend revenue' : 'new investment deal', writeMs: round(written - writeStarted), latencyMs: null, polls: 0, note: `write answered ${res.status}: ${JSON.stringify(res.body).slice(0, 200)}` });
      continue;
    }
    const expected = amend ? { key: 'revenueKRW', value: before.revenueKRW! + delta } : { key: 'investmentDeals', value: before.investmentDeals! + 1 };
    let polls = 0;
    let latencyMs: number | null = null;
    let seen: Figures | undefined;
    while (performance.now() - written < 60_000) {
      const d = await get<DashboardBody>(http, path);
      polls++;
      seen = d.totals;
      if (d.totals[expected.key] !== before[expected.key]) {
        latencyMs = performance.now() - written;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const exact = seen?.[expected.key] === expected.value && (amend || seen?.investmentKRW === before.investmentKRW! + delta);
    out.push({
      kind: amend ? 'amend revenue' : 'new investment deal',
      writeMs: round(written - writeStarted),
      latencyMs: latencyMs === null ? null : round(latencyMs),
      polls,
      note: latencyMs === null ? 'not shown within 60 s' : exact ? undefined : `${expected.key} moved to ${seen?.[expected.key]}, expected ${expected.value}`,
    });
    log(`    ${i + 1}. ${out.at(-1)!.kind}: write ${out.at(-1)!.writeMs} ms, on the dashboard after ${latencyMs === null ? '—' : Math.round(latencyMs)} ms${out.at(-1)!.note ? ` (${out.at(-1)!.note})` : ''}`);
  }
  return out;
}

/** GET the ministry workbook of a year, the whole download timed; null when the route does not exist yet. */
async function workbook(http: Http): Promise<DashboardsResults['workbook']> {
  const p = `/api/v1/reports/national/workbook?from=${YEAR}-01-01&to=${YEAR}-12-31`;
  const secondsList: number[] = [];
  let bytes = 0;
  let contentType = '';
  const started = performance.now();
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = await request(http, p, 'national', { timeoutMs: 600_000 });
    if (r.status === 404 && i === 0) return { available: false, path: p };
    if (r.status !== 200) return { available: true, path: p, error: `${r.status} ${JSON.stringify(r.body).slice(0, 300)}`, seconds: [] };
    secondsList.push(round(since(t), 2));
    bytes = r.bytes;
    contentType = r.headers.get('content-type') ?? '';
    log(`    workbook ${YEAR}: ${secondsList.at(-1)} s, ${(bytes / 1e6).toFixed(1)} MB`);
    // Three downloads at most, within three minutes; one when it takes over a minute.
    if (since(started) > 180 || secondsList[0]! > 60) break;
  }
  return { available: true, path: p, seconds: secondsList, bytes, contentType };
}

async function measureHttp(url: string, database: Database, tokens: Tokens, clusters: string[], centers: string[]): Promise<Pick<DashboardsResults, 'dashboards' | 'drill' | 'pairs' | 'changes' | 'workbook' | 'server'>> {
  const server = await BenchServer.start({ DATABASE_URL: url }, plainTimeoutMs);
  const http: Http = { base: server.current.base, tokens };
  try {
    log(`\n  server ready in ${Math.round(server.current.readyMs)} ms`);
    const busy = { warmup: 2, runs, minRuns: 5, timeLimitMs: 20_000, slowMs: 2_000, timeout: timeoutMs };
    const dashboards: Sampled[] = [];
    const cases: Case[] = [
      ...Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => LAST_YEAR - i).map((y): Case => ({ name: `national ${y}`, group: 'national', path: `/api/v1/dashboards/national?year=${y}`, who: 'national' })),
      { name: 'national (default year)', group: 'national', path: '/api/v1/dashboards/national', who: 'national' },
      ...centers.map((c): Case => ({ name: `center ${c} ${YEAR}`, group: 'center', path: `/api/v1/dashboards/centers/${c}?year=${YEAR}`, who: 'national' })),
      ...['incheon', 'seoul', 'gyeonggi'].flatMap((c) => [2016, 2020].map((y): Case => ({ name: `center ${c} ${y}`, group: 'center', path: `/api/v1/dashboards/centers/${c}?year=${y}`, who: 'national' }))),
      { name: `center incheon ${YEAR} (its manager)`, group: 'center', path: `/api/v1/dashboards/centers/incheon?year=${YEAR}`, who: 'centerManager' },
      ...clusters.slice(0, 2).map((k, i): Case => ({ name: `cluster ${i + 1} ${YEAR}`, group: 'cluster', path: `/api/v1/dashboards/clusters/${k}?year=${YEAR}`, who: 'national' })),
    ];
    log(`  dashboards (${cases.length} cases, up to ${runs} samples each)`);
    for (const c of cases) {
      const r = await measure(http, c, busy);
      dashboards.push(r);
      log(`    ${c.name.padEnd(34)} ${r.stats ? `p50 ${r.stats.p50} p95 ${r.stats.p95} ms (n ${r.stats.n})` : ''}${r.note ? ` ${r.note}` : ''}`);
    }

    const q = (s: string) => encodeURIComponent(s);
    const drillCases: Case[] = [
      { name: `national ${YEAR}, all, by revenue`, group: 'drill', path: `/api/v1/dashboards/organizations?scope=national&year=${YEAR}`, who: 'national' },
      { name: `national ${YEAR}, page 100`, group: 'drill', path: `/api/v1/dashboards/organizations?scope=national&year=${YEAR}&page=100`, who: 'national' },
      { name: `national ${YEAR}, region 인천`, group: 'drill', path: `/api/v1/dashboards/organizations?scope=national&year=${YEAR}&dimension=region&key=${q('인천')}`, who: 'national' },
      { name: `national ${YEAR}, support kind mentoring`, group: 'drill', path: `/api/v1/dashboards/organizations?scope=national&year=${YEAR}&dimension=supportKind&key=mentoring`, who: 'national' },
      { name: `national ${YEAR}, center incheon`, group: 'drill', path: `/api/v1/dashboards/organizations?scope=national&year=${YEAR}&dimension=center&key=c:incheon`, who: 'national' },
      { name: `national ${YEAR}, by more than one center`, group: 'drill', path: `/api/v1/dashboards/organizations?scope=national&year=${YEAR}&dimension=overlap`, who: 'national' },
      { name: `center incheon ${YEAR}, program, by name`, group: 'drill', path: `/api/v1/dashboards/organizations?scope=center:incheon&year=${YEAR}&dimension=program&key=${q('혁신센터 보육')}&sort=name`, who: 'centerManager' },
      ...clusters.slice(0, 1).map((k): Case => ({ name: `cluster 1 ${YEAR}`, group: 'drill', path: `/api/v1/dashboards/organizations?scope=cluster:${k}&year=${YEAR}`, who: 'national' })),
    ];
    log(`  the lists behind the numbers (${drillCases.length} cases)`);
    const drill: Sampled[] = [];
    for (const c of drillCases) {
      const r = await measure(http, c, busy);
      drill.push(r);
      log(`    ${c.name.padEnd(42)} ${r.stats ? `p50 ${r.stats.p50} p95 ${r.stats.p95} ms (n ${r.stats.n})` : ''}${r.note ? ` ${r.note}` : ''}`);
    }

    // The same figures from the base tables: the report API, paired with the dashboard of the same scope and year.
    const slow = { warmup: 1, runs: 5, minRuns: 3, timeLimitMs: 30_000, slowMs: 20_000, timeout: plainTimeoutMs };
    const plainCases: { plain: Case; dashboard: Case }[] = [
      ...[YEAR, 2020, FIRST_YEAR].map((y) => ({
        plain: { name: `national report ${y}`, group: 'plain', path: `/api/v1/reports/national?from=${y}-01-01&to=${y}-12-31`, who: 'national' as const },
        dashboard: cases.find((c) => c.path === `/api/v1/dashboards/national?year=${y}`)!,
      })),
      ...['incheon', 'seoul', 'gyeonggi'].flatMap((c) =>
        [YEAR, 2020].map((y) => ({
          plain: { name: `center report ${c} ${y}`, group: 'plain', path: `/api/v1/reports/centers/${c}?from=${y}-01-01&to=${y}-12-31`, who: 'national' as const },
          dashboard: cases.find((k) => k.path === `/api/v1/dashboards/centers/${c}?year=${y}` && k.who === 'national') ?? {
            name: `center ${c} ${y}`, group: 'center', path: `/api/v1/dashboards/centers/${c}?year=${y}`, who: 'national' as const,
          },
        })),
      ),
    ];
    log(`  the plain GROUP BY over the base tables (the report API), ${plainCases.length} cases`);
    const pairs: Pair[] = [];
    for (const pc of plainCases) {
      const plain = await measure(http, pc.plain, slow);
      let dash = dashboards.find((d) => d.path === pc.dashboard.path && d.who === pc.dashboard.who);
      if (!dash) {
        dash = await measure(http, pc.dashboard, busy);
        dashboards.push(dash);
      }
      // Do both give the same figures?
      let mismatches: string[] | null = null;
      try {
        const [d, r] = await Promise.all([get<DashboardBody>(http, pc.dashboard.path), get<ReportBody>(http, pc.plain.path, 'national', plainTimeoutMs)]);
        mismatches = differences(d, r);
      } catch (error) {
        mismatches = [`not compared: ${(error as Error).message.slice(0, 200)}`];
      }
      const ratio = plain.stats && dash.stats ? round(plain.stats.p50 / dash.stats.p50, 0) : null;
      pairs.push({ plain, dashboard: { name: dash.name, path: dash.path, stats: dash.stats }, ratioP50: ratio, ratioP95: plain.stats && dash.stats ? round(plain.stats.p95 / dash.stats.p95, 0) : null, mismatches });
      log(`    ${pc.plain.name.padEnd(30)} ${plain.stats ? `p50 ${plain.stats.p50} p95 ${plain.stats.p95} ms (n ${plain.stats.n}, first ${plain.firstMs} ms)` : ''}${plain.note ? ` ${plain.note}` : ''}; dashboard p50 ${dash.stats?.p50} ms → ×${ratio}; ${mismatches.length ? `differs: ${mismatches.join('; ')}` : 'same figures'}`);
    }

    log(`  a changed record on the dashboard (${changeCount} changes through the API, the national dashboard ${YEAR} polled every 100 ms)`);
    const changes = await changeLatency(http, database, changeCount);

    log('  the ministry workbook');
    const wb = await workbook(http);
    if (!wb.available) log(`    ${wb.path}: 404, not there yet (the hook stays: workbook() in bench/dashboards.ts)`);

    return { dashboards, drill, pairs, changes, workbook: wb, server: { readyMs: Math.round(server.current.readyMs), restarts: server.restarts } };
  } finally {
    await server.stop();
  }
}

// ---------------------------------------------------------------------------------------------

function commitOf(): string {
  if (process.env.BENCH_COMMIT) return process.env.BENCH_COMMIT;
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: root, encoding: 'utf8' }).trim();
    return dirty ? `${head} (with uncommitted changes in src/)` : head;
  } catch {
    return 'unknown';
  }
}

let cleanup: (() => Promise<void>) | undefined;

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadBefore = loadavg();
  const reuse = values.database;
  const name = reuse ?? `innohub_dashboards_${crypto.randomBytes(4).toString('hex')}`;
  const url = `postgres://postgres@127.0.0.1:5432/${name}`;
  log(`innohub dashboards bench: ${SIZE.organizations.toLocaleString('en')} organizations, ${SIZE.supportRecords.toLocaleString('en')} support records, ${SIZE.outcomeRecords.toLocaleString('en')} outcome records (${FIRST_YEAR}–${LAST_YEAR}), scale ${scale}; ${reuse ? `reusing ${name}` : `database ${name}`}; load average ${loadBefore}`);
  if (!reuse) {
    await admin((c) => c.query(`create database ${name} encoding 'UTF8' template template0`));
    cleanup = async () => {
      if (values.keep) log(`  kept ${url} (measure it again: npm run bench:dashboards -- --database ${name}${scale !== 1 ? ` --scale ${scale}` : ''})`);
      else await admin((c) => c.query(`drop database if exists ${name} with (force)`));
    };
  }
  const database = await openDatabase({ databaseUrl: url, dataDir: '', poolSize: 4 });
  benchDatabase = database;
  const loadCommit = commitOf();
  let results: DashboardsResults;
  try {
    let tokens: Tokens;
    let loaded: Load;
    if (reuse) {
      const deps = depsOf(database);
      const person = async (email: string) => (await database.rows<{ id: string }>(sql`select id from people where email = ${email}`))[0]!.id;
      tokens = {
        national: (await createApiToken(deps, await person('bench.national@bench.innohub'), 'bench')).token,
        centerManager: (await createApiToken(deps, await person('bench.incheon@bench.innohub'), 'bench')).token,
      };
      const meta = (await database.rows<{ v: string | null }>(sql`select current_setting('innohub.bench_load', true) as v`))[0]?.v;
      loaded = meta ? (JSON.parse(meta) as Load) : { steps: {}, seconds: 0, rollupBuild: null, cached: true };
      loaded.cached = true;
      const pending = (await database.rows<{ n: number }>(sql`select count(*)::int as n from rollup_dirty`))[0]!.n;
      if (pending) log(`  ${pending} organization-years still dirty: the server's rollup job takes them`);
    } else {
      await prepare(database);
      const r = await load(database, url);
      tokens = r.tokens;
      loaded = r.load;
      // Kept with the database, for a later --database run.
      await database.rows(sql.raw(`alter database ${name} set innohub.bench_load = '${JSON.stringify(loaded).replace(/'/g, "''")}'`));
    }
    await database.rows(sql.raw(`alter database ${name} set statement_timeout = ${plainTimeoutMs}`));
    const data = await describe(database);
    log(`  data: ${JSON.stringify(data.counts)}; ${data.supportedByTwoOrMoreCenters.toLocaleString('en')} of ${data.organizationsSupported.toLocaleString('en')} supported organizations by two or more centers; database ${data.sizesMB.database} MB`);
    const clusters = (await database.rows<{ id: string }>(sql`select id from clusters order by sort_order, id`)).map((r) => r.id);
    const centers = (await database.rows<{ id: string }>(sql`select id from centers order by sort_order, id`)).map((r) => r.id);
    const serverCommit = commitOf();
    const http = await measureHttp(url, database, tokens, clusters, centers);
    const machine = {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      postgres: await database.rows<{ v: string }>(sql`select current_setting('server_version') as v`).then((r) => `PostgreSQL ${r[0]!.v.split(' ')[0]}`),
      postgresSettings: Object.fromEntries(
        (await database.rows<{ name: string; setting: string }>(sql`select name, current_setting(name) as setting from pg_settings where name in ('shared_buffers', 'work_mem', 'effective_cache_size', 'max_wal_size', 'maintenance_work_mem')`)).map((r) => [r.name, r.setting]),
      ),
      loadBefore,
      loadAfter: loadavg(),
    };
    results = {
      date: startedAt.toISOString().slice(0, 10),
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      argv: process.argv.slice(2),
      // The code that loaded and built the rollups, and the code the server ran (others commit meanwhile).
      commit: reuse || loadCommit === serverCommit ? serverCommit : `${loadCommit} (load and rollup build) / ${serverCommit} (server)`,
      scale,
      size: SIZE,
      generator: DASHBOARDS_GENERATOR_VERSION,
      machine,
      load: loaded,
      data,
      ...http,
      targets: [],
    };
  } finally {
    await database.close();
  }
  const { targets, summary } = dashboardsMarkdown(results, '');
  results.targets = targets;
  const variant = `${full ? '' : `-scale${scale}`}${reuse ? '-kept' : ''}`;
  const jsonPath = `bench/results/${results.date}-dashboards${variant}.json`;
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(root, jsonPath), `${JSON.stringify(results, null, 2)}\n`);
  log(`\n${dashboardsMarkdown(results, jsonPath).text}\n`);
  log(`wrote ${jsonPath}`);
  if (((full && !reuse) || values.docs) && !values['no-docs']) {
    updateDashboardsDoc(path.join(root, 'docs/PERFORMANCE.md'), dashboardsMarkdown(results, jsonPath).text);
    log('updated docs/PERFORMANCE.md (the generated part of "Dashboards and rollups")');
  }
  await cleanup?.();
  cleanup = undefined;
  console.log(JSON.stringify(summary));
}

// An interrupted run still drops its database.
process.once('SIGINT', () => {
  void (cleanup?.() ?? Promise.resolve()).finally(() => process.exit(130));
});
await main().catch(async (error: Error & { cause?: Error }) => {
  console.error(error.cause ? `${error.message.slice(0, 500)}\ncaused by: ${String(error.cause).slice(0, 1000)}` : error);
  await cleanup?.().catch(() => {});
  process.exitCode = 1;
});
