/**
 * npm run bench:surge [-- --db postgres|pglite] [--applicants 2000] [--clients 200] [--attachment-mb 1] [--fields 30] [--multipart] [--keep]
 *
 * A deadline surge (issue 3): `applicants` distinct applicants, `clients` at a time, each doing
 * what the browser does at the deadline against a real `innohub serve` over HTTP: start the
 * application, upload a PDF (the raw body, as the web app sends it; `--multipart`: the multipart form), save ~30 answers (If-Match), submit (Idempotency-Key). Afterwards
 * the database is read to prove every acknowledged submission is stored exactly once. On
 * PostgreSQL the same run measures what PostgreSQL itself takes for the same rows (plain
 * INSERTs, one transaction per applicant, as many at once as the app's pool), with and without
 * the attachment's bytes, and reports innohub's throughput as a ratio of it.
 * The last line of stdout is one JSON object. Raw results: bench/results/<date>-surge-<db>.json.
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
import { openDatabase, type Database } from '../src/db/client.ts';
import { prepare } from '../src/db/prepare.ts';
import type { Deps } from '../src/http/context.ts';
import { installZodMessages } from '../src/http/errors.ts';
import { seoulDateTime, seoulToday, systemClock } from '../src/shared/clock.ts';
import { loadConfig } from '../src/shared/config.ts';
import { t } from '../src/shared/i18n/index.ts';
import { createLogger } from '../src/shared/logger.ts';
import { ms, stats, type Stats } from './measure.ts';
import { spawnServer, type ServerEnv, type Spawned } from './server.ts';
import {
  applicantFlow,
  attachment,
  brokenFiles,
  FILE_FIELD,
  setupSurge,
  STEPS,
  storedApplications,
  surgeAnswers,
  verify,
  type FlowOutcome,
  type StepKind,
  type SurgeApplicant,
  type SurgeFixture,
  type Verification,
} from './surge.setup.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PG_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'postgres' },
    applicants: { type: 'string', default: '2000' },
    clients: { type: 'string', default: '200' },
    'attachment-mb': { type: 'string', default: '1' },
    fields: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '20' },
    pool: { type: 'string', default: '10' },
    servers: { type: 'string', default: '1' },
    workers: { type: 'string', default: '1' },
    'pg-host': { type: 'string', default: '127.0.0.1' },
    'time-limit': { type: 'string', default: '900' },
    'request-timeout': { type: 'string', default: '120' },
    'no-baseline': { type: 'boolean' },
    profile: { type: 'string' },
    multipart: { type: 'boolean' },
    keep: { type: 'boolean' },
  },
  strict: true,
});

const dbKind = values.db;
if (dbKind !== 'postgres' && dbKind !== 'pglite') throw new Error('--db postgres|pglite');
const count = (name: keyof typeof values, min: number, max: number) => {
  const n = Number(values[name]);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`--${name}: ${min} … ${max}`);
  return n;
};
const applicantCount = count('applicants', 1, 100_000);
const clients = count('clients', 1, 2_000);
const attachmentBytes = Math.round(count('attachment-mb', 0.001, 50) * 1024 * 1024);
const fieldCount = count('fields', 2, 100);
const warmupCount = count('warmup', 0, 1_000);
const poolSize = count('pool', 1, 90);
const serverCount = count('servers', 1, 8);
if (serverCount > 1 && dbKind === 'pglite') throw new Error('--servers: the embedded database has one process');
const workerCount = count('workers', 1, 8);
if (workerCount > 1 && dbKind === 'pglite') throw new Error('--workers: the embedded database has one process');
const pgHost = values['pg-host']!;
const timeLimitMs = count('time-limit', 10, 3_600) * 1000;
const requestTimeoutMs = count('request-timeout', 1, 600) * 1000;
const maxFileMb = Math.max(5, Math.ceil((attachmentBytes / 1024 / 1024) * 2));

const log = (line: string) => console.log(line);
const loadavg = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const runTag = crypto.randomBytes(4).toString('hex');

installZodMessages();

function depsOf(database: Database, dataDir: string): Deps {
  return { database, clock: systemClock, logger: createLogger('silent'), config: loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }) };
}

/** CPU seconds (user + system) of a process, and of every PostgreSQL server process on the machine. */
function cpuSeconds(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}
/** CPU seconds of a process and its children (the workers of `serve --workers N`). */
function treeCpuSeconds(pid: number): number {
  let total = cpuSeconds(pid);
  for (const child of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (Number(fs.readFileSync(`/proc/${child}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]) === pid) total += cpuSeconds(Number(child));
    } catch {
      // gone meanwhile
    }
  }
  return total;
}
function postgresCpuSeconds(): number {
  let total = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (stat.includes('(postgres)')) total += cpuSeconds(Number(pid));
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

/**
 * What the server's connections are doing, sampled every 200 ms during the surge: working in
 * PostgreSQL (active, and on what it waits), or waiting for Node in the middle of a transaction
 * (idle in transaction), or free (idle). Tells whether the database or the app process is the limit.
 */
function sampleActivity(url: string): { stop(): Promise<Record<string, number>> } {
  const counts: Record<string, number> = {};
  let samples = 0;
  let running = true;
  const client = new pg.Client({ connectionString: url });
  const loop = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query<{ state: string | null; wait: string | null; query: string }>(
        `select state, wait_event_type || ':' || wait_event as wait, left(regexp_replace(query, '\\s+', ' ', 'g'), 48) as query
         from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
      );
      samples++;
      for (const r of rows) {
        const key = r.state === 'active' ? `active ${r.wait ?? 'on CPU'}${r.wait?.startsWith('Lock') ? ` (${r.query})` : ''}` : (r.state ?? 'unknown');
        counts[key] = (counts[key] ?? 0) + 1;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await client.end();
  })();
  return {
    async stop() {
      running = false;
      await loop;
      // Average connections in each state.
      return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, round(v / Math.max(1, samples), 2)]));
    },
  };
}

type SurgeRun = {
  wallSeconds: number;
  outcomes: FlowOutcome[];
  acknowledged: Map<string, string>;
  cpu: { serverSeconds: number; clientSeconds: number; postgresSeconds: number | null };
  /** Average server connections per state during the surge (PostgreSQL only). */
  connections: Record<string, number> | null;
};

/** Applicants `from` … `to` through `clients` concurrent workers; stops taking new ones after the time limit. */
async function surge(servers: Spawned[], fixture: SurgeFixture, list: SurgeApplicant[], concurrency: number, progress: boolean, databaseUrl?: string): Promise<SurgeRun> {
  const outcomes: FlowOutcome[] = [];
  const acknowledged = new Map<string, string>();
  let next = 0;
  const serversCpu = () => servers.reduce((sum, s) => sum + treeCpuSeconds(s.child.pid!), 0);
  const serverCpu = serversCpu();
  const clientCpu = process.cpuUsage();
  const pgCpu = dbKind === 'postgres' ? postgresCpuSeconds() : NaN;
  const activity = databaseUrl ? sampleActivity(databaseUrl) : undefined;
  const started = performance.now();
  const deadline = started + timeLimitMs;
  const ticker = progress
    ? setInterval(() => log(`    ${round((performance.now() - started) / 1000, 0)} s: ${acknowledged.size} acknowledged, ${outcomes.length - acknowledged.size} failed, load ${loadavg()}`), 5_000)
    : undefined;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (;;) {
        const applicant = list[next++];
        if (!applicant || performance.now() > deadline) return;
        // Several servers: each applicant at one of them, as a load balancer would send them.
        const outcome = await applicantFlow(servers[applicant.index % servers.length]!.base, fixture.callId, applicant, {
          file: attachment(applicant.index, attachmentBytes, runTag),
          fileName: `사업계획서_${applicant.index}.pdf`,
          answers: (fileId) => surgeAnswers(fixture.form, applicant.index, fileId),
          idempotencyKey: `surge-${runTag}-${applicant.index}`,
          timeoutMs: requestTimeoutMs,
          multipart: values.multipart,
        });
        outcomes.push(outcome);
        if (outcome.receiptNumber) acknowledged.set(outcome.applicationId!, outcome.receiptNumber);
      }
    }),
  );
  const wallSeconds = (performance.now() - started) / 1000;
  clearInterval(ticker);
  const client = process.cpuUsage(clientCpu);
  const connections = (await activity?.stop()) ?? null;
  return {
    wallSeconds,
    outcomes,
    acknowledged,
    cpu: {
      serverSeconds: round(serversCpu() - serverCpu),
      clientSeconds: round((client.user + client.system) / 1e6),
      postgresSeconds: dbKind === 'postgres' ? round(postgresCpuSeconds() - pgCpu) : null,
    },
    connections,
  };
}

type Baseline = { applicants: number; seconds: number; perSecond: number; rowsPerSecond: number; rowsPerApplicant: number; fileBytes: number };

/**
 * What PostgreSQL itself takes: the rows one innohub submission leaves (the application as
 * submitted, its file row, its submission with the answers, the receipt counter, the outbox mail,
 * the two audit events), written as plain INSERTs in one transaction per applicant, `poolSize`
 * transactions at a time, into scratch copies of those tables. With `withFile` the file row also
 * carries the attachment's bytes (bytea, stored uncompressed), so the database makes them durable.
 */
async function baseline(url: string, fixture: SurgeFixture, withFile: boolean): Promise<Baseline> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: '-c timezone=UTC' });
  pool.on('error', () => {});
  const scratch = ['applications', 'application_files', 'application_submissions', 'call_receipt_counters', 'mail_outbox', 'audit_events'];
  await pool.query(`drop table if exists ${scratch.map((s) => `surge_base_${s}`).join(', ')}`);
  for (const s of scratch) await pool.query(`create table surge_base_${s} (like ${s} including all)`);
  await pool.query(`alter table surge_base_applications add foreign key (call_id) references calls(id), add foreign key (organization_id) references organizations(id),
    add foreign key (applicant_id) references people(id)`);
  await pool.query('alter table surge_base_application_files add column bytes bytea, add foreign key (application_id) references surge_base_applications(id) deferrable initially deferred');
  await pool.query('alter table surge_base_application_files alter column bytes set storage external');
  await pool.query('alter table surge_base_application_submissions add foreign key (application_id) references surge_base_applications(id) deferrable initially deferred');
  await pool.query('alter table surge_base_call_receipt_counters add foreign key (call_id) references calls(id)');
  const [call] = (await pool.query<{ title: string; closes_at: Date; center_id: string | null }>(`select k.title, k.closes_at, p.center_id from calls k join programs p on p.id = k.program_id where k.id = $1`, [fixture.callId])).rows;
  const year = seoulToday(systemClock).slice(0, 4);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: poolSize }, async () => {
      const client = await pool.connect();
      try {
        for (;;) {
          const a = fixture.applicants[next++];
          if (!a) return;
          const id = crypto.randomUUID();
          const fileId = crypto.randomUUID();
          const bytes = attachment(a.index, attachmentBytes, `base-${runTag}`);
          const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
          const answers = JSON.stringify(surgeAnswers(fixture.form, a.index, fileId));
          const now = new Date();
          await client.query('begin');
          await client.query(
            `insert into surge_base_application_files (id, application_id, field, file_name, content_type, size, sha256, uploaded_by, uploaded_at, bytes)
             values ($1, $2, $3, $4, 'application/pdf', $5, $6, $7, $8, $9)`,
            [fileId, id, FILE_FIELD, `사업계획서_${a.index}.pdf`, bytes.byteLength, sha256, a.personId, now, withFile ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : null],
          );
          await client.query(
            `insert into surge_base_application_submissions (application_id, seq, form_version, answers, idempotency_key, submitted_by, submitted_at) values ($1, 1, 1, $2, $3, $4, $5)`,
            [id, answers, `base-${runTag}-${a.index}`, a.personId, now],
          );
          const { rows } = await client.query<{ last: number }>(
            `insert into surge_base_call_receipt_counters (call_id, last) values ($1, 1) on conflict (call_id) do update set last = surge_base_call_receipt_counters.last + 1 returning last`,
            [fixture.callId],
          );
          const receipt = `${year}-${fixture.callId.slice(0, 6).toUpperCase()}-${String(rows[0]!.last).padStart(4, '0')}`;
          await client.query(
            `insert into surge_base_applications (id, call_id, organization_id, applicant_id, form_version, answers, status, receipt_number, submitted_at, version, created_at, updated_at)
             values ($1, $2, $3, $4, 1, $5, 'submitted', $6, $7, 3, $7, $7)`,
            [id, fixture.callId, a.organizationId, a.personId, answers, receipt, now],
          );
          const params = { name: `신청자 ${a.index}`, organization: `(주)마감특급 ${a.index}`, callTitle: call!.title, receiptNumber: receipt, submittedAt: seoulDateTime(now), closesAt: seoulDateTime(call!.closes_at) };
          await client.query(
            `insert into surge_base_mail_outbox (kind, to_address, subject, body, locale, center_id, status, created_at, next_attempt_at) values ('applicationSubmitted', $1, $2, $3, 'ko', $4, 'outbox', $5, $5)`,
            [a.email, t('ko', 'mail.applicationSubmitted.subject', params), t('ko', 'mail.applicationSubmitted.body', params), call!.center_id, now],
          );
          for (const [action, after] of [
            ['application.started', { callId: fixture.callId, organizationId: a.organizationId, formVersion: 1 }],
            ['application.submitted', { seq: 1, receiptNumber: receipt, formVersion: 1 }],
          ] as const) {
            await client.query(
              `insert into surge_base_audit_events (actor_person_id, action, entity_type, entity_id, center_id, after, request_id) values ($1, $2, 'application', $3, $4, $5, $6)`,
              [a.personId, action, id, call!.center_id, JSON.stringify(after), crypto.randomUUID()],
            );
          }
          await client.query('commit');
        }
      } finally {
        client.release();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const [stored] = (await pool.query<{ n: number }>('select count(*)::int as n from surge_base_applications')).rows;
  await pool.query(`drop table if exists ${scratch.map((s) => `surge_base_${s}`).join(', ')}`);
  await pool.end();
  if (stored!.n !== fixture.applicants.length) throw new Error(`baseline stored ${stored!.n} of ${fixture.applicants.length}`);
  const rowsPerApplicant = 7;
  return {
    applicants: fixture.applicants.length,
    seconds: round(seconds, 2),
    perSecond: round(fixture.applicants.length / seconds),
    rowsPerSecond: round((fixture.applicants.length * rowsPerApplicant) / seconds, 0),
    rowsPerApplicant,
    fileBytes: withFile ? attachmentBytes : 0,
  };
}

async function dropDatabase(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: PG_SERVER });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}

function commitOf(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', '--', 'src'], { cwd: root, encoding: 'utf8' }).trim();
    return dirty ? `${head} (with uncommitted changes in src/)` : head;
  } catch {
    return 'unknown';
  }
}

async function serverVersion(url: string): Promise<string | null> {
  try {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query<{ v: string }>("select current_setting('server_version') as v");
    await c.end();
    return `PostgreSQL ${rows[0]!.v.split(' ')[0]}`;
  } catch {
    return null;
  }
}

const statsOf = (xs: number[]): Stats => stats(xs);

function errorsOf(outcomes: FlowOutcome[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const o of outcomes) if (o.failure) out[`${o.failure.step} ${o.failure.status}`] = (out[`${o.failure.step} ${o.failure.status}`] ?? 0) + 1;
  return out;
}

let cleanup: (() => Promise<void>) | undefined;

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadBefore = loadavg();
  const bench = path.join(root, '.bench-data');
  const dataDir = path.join(bench, `surge-${dbKind}-${runTag}`);
  fs.mkdirSync(dataDir, { recursive: true });
  let databaseUrl: string | undefined;
  let dropName: string | undefined;
  if (dbKind === 'postgres') {
    if (process.env.DATABASE_URL) databaseUrl = process.env.DATABASE_URL;
    else {
      dropName = `innohub_surge_${runTag}`;
      const admin = new pg.Client({ connectionString: PG_SERVER });
      await admin.connect();
      await admin.query(`create database ${dropName} encoding 'UTF8' template template0`);
      await admin.end();
      // --pg-host /var/run/postgresql: through the Unix socket rather than TCP on the loopback.
      databaseUrl = pgHost.startsWith('/') ? `postgres://postgres@localhost/${dropName}?host=${encodeURIComponent(pgHost)}` : `postgres://postgres@${pgHost}:5432/${dropName}`;
    }
  }
  cleanup = async () => {
    if (values.keep) {
      log(`  kept ${dataDir}${dropName ? ` and ${databaseUrl}` : ''}`);
      return;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (dropName) await dropDatabase(dropName);
  };
  const target = dbKind === 'postgres' ? `PostgreSQL (${dropName ? `throw-away database ${dropName}` : 'DATABASE_URL'})` : `PGlite (${path.relative(root, dataDir)})`;
  log(`innohub deadline surge on ${target}: ${applicantCount} applicants, ${clients} clients, ${fieldCount} questions, ${round(attachmentBytes / 1024 / 1024, 2)} MB PDF each; load average ${loadBefore}`);

  // Setup, not timed: the fixture through the services, then the database is the server's.
  let t0 = performance.now();
  let database = await openDatabase({ databaseUrl, dataDir, poolSize: 4 });
  let fixture: SurgeFixture;
  try {
    await prepare(database);
    fixture = await setupSurge(depsOf(database, dataDir), { applicants: applicantCount + warmupCount, fields: fieldCount, maxFileMb, runTag });
    if (dbKind === 'postgres') await database.rows(sql`analyze`);
  } finally {
    await database.close();
  }
  const warmup = fixture.applicants.slice(applicantCount);
  const timed = fixture.applicants.slice(0, applicantCount);
  log(`  setup: call ${fixture.callId}, ${fixture.applicants.length} organizations with a member and a token (${warmup.length} of them for the warm-up) in ${round((performance.now() - t0) / 1000)} s`);

  // --workers N: `serve --workers N`, N processes on one port (node:cluster); --servers N: N separate servers.
  const env: ServerEnv = { DATA_DIR: dataDir, DATABASE_POOL_SIZE: String(poolSize), WORKERS: String(workerCount) };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  // --profile DIR: a V8 CPU profile of the server, written when it stops.
  if (values.profile) fs.mkdirSync(path.resolve(values.profile), { recursive: true });
  const servers: Spawned[] = [];
  for (let i = 0; i < serverCount; i++) servers.push(await spawnServer(env, 60_000, values.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values.profile)}`] : []));
  log(`  ${serverCount > 1 ? `${serverCount} servers` : 'server'}${workerCount > 1 ? ` (${workerCount} workers each)` : ''} ready in ${servers.map((s) => Math.round(s.readyMs)).join(', ')} ms (pid ${servers.map((s) => s.child.pid).join(', ')}, pool ${poolSize} each)`);
  let run: SurgeRun;
  try {
    if (warmup.length) {
      const w = await surge(servers, fixture, warmup, Math.min(10, warmup.length), false);
      log(`  warm-up: ${w.acknowledged.size} of ${warmup.length} submitted (${round(w.wallSeconds)} s), not counted below`);
    }
    log(`  surge: ${timed.length} applicants, ${clients} at a time`);
    run = await surge(servers, fixture, timed, clients, true, databaseUrl);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
  const loadAfterSurge = loadavg();

  // What the database holds, read after the server has stopped.
  t0 = performance.now();
  database = await openDatabase({ databaseUrl, dataDir, poolSize: 2 });
  let verification: Verification;
  let broken: string[];
  let totals: { applications: number; drafts: number };
  try {
    const stored = await storedApplications(database, fixture.callId);
    verification = verify(stored, run.acknowledged);
    broken = brokenFiles(stored, dataDir, true);
    totals = { applications: stored.length, drafts: stored.filter((a) => a.status === 'draft').length };
  } finally {
    await database.close();
  }
  log(`  verified in ${round((performance.now() - t0) / 1000)} s`);

  let rowsOnly: Baseline | null = null;
  let withFile: Baseline | null = null;
  if (dbKind === 'postgres' && !values['no-baseline']) {
    log(`  PostgreSQL baseline: the same rows as plain INSERTs, one transaction per applicant, ${poolSize} at a time`);
    rowsOnly = await baseline(databaseUrl!, { ...fixture, applicants: timed }, false);
    log(`    rows only: ${rowsOnly.perSecond} applicants/s (${rowsOnly.rowsPerSecond} rows/s, ${rowsOnly.seconds} s)`);
    withFile = await baseline(databaseUrl!, { ...fixture, applicants: timed }, true);
    log(`    with the ${round(attachmentBytes / 1024 / 1024, 2)} MB attachment as bytea: ${withFile.perSecond} applicants/s (${withFile.seconds} s)`);
  }

  const { outcomes, acknowledged } = run;
  const perSecond = round(acknowledged.size / run.wallSeconds);
  const submit = statsOf(outcomes.filter((o) => o.receiptNumber).map((o) => o.stepMs.submit!));
  const flow = statsOf(outcomes.filter((o) => o.receiptNumber).map((o) => o.flowMs));
  const steps = Object.fromEntries(STEPS.map((s) => [s, statsOf(outcomes.map((o) => o.stepMs[s]).filter((x): x is number => x !== undefined))])) as Record<StepKind, Stats>;
  // The first `clients` applicants arrive together; the rest one at a time as others finish.
  const wave = (first: boolean) => {
    const of = outcomes.filter((o) => o.index < clients === first);
    return { applicants: of.length, start: statsOf(of.map((o) => o.stepMs.start).filter((x): x is number => x !== undefined)), flow: statsOf(of.filter((o) => o.receiptNumber).map((o) => o.flowMs)) };
  };
  const firstWave = wave(true);
  const afterFirstWave = wave(false);
  const errors = errorsOf(outcomes);
  const ratio = rowsOnly ? round(perSecond / rowsOnly.perSecond, 3) : null;
  const ratioWithFile = withFile ? round(perSecond / withFile.perSecond, 3) : null;
  const pglite = (JSON.parse(fs.readFileSync(path.join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string }).version;

  log('');
  log(`== deadline surge on ${dbKind}: ${acknowledged.size} of ${timed.length} applicants acknowledged in ${round(run.wallSeconds, 2)} s`);
  log(`  throughput: ${perSecond} submissions/s (acknowledged / wall seconds of the surge)`);
  log(`  submit request (the JSON p50Ms/p99Ms): p50 ${ms(submit.p50)} ms, p95 ${ms(submit.p95)} ms, p99 ${ms(submit.p99)} ms, max ${ms(submit.max)} ms`);
  log(`  whole applicant flow (4 requests):     p50 ${ms(flow.p50)} ms, p95 ${ms(flow.p95)} ms, p99 ${ms(flow.p99)} ms, max ${ms(flow.max)} ms`);
  for (const s of STEPS) log(`    ${s.padEnd(6)} n ${steps[s].n}: p50 ${ms(steps[s].p50)} ms, p95 ${ms(steps[s].p95)} ms, p99 ${ms(steps[s].p99)} ms`);
  log(`    start of the first ${firstWave.applicants} applicants (arriving together): p50 ${ms(firstWave.start.p50)} ms, p99 ${ms(firstWave.start.p99)} ms; of the other ${afterFirstWave.applicants}: p50 ${ms(afterFirstWave.start.p50)} ms, p99 ${ms(afterFirstWave.start.p99)} ms`);
  log(`  errors: ${Object.keys(errors).length ? Object.entries(errors).map(([k, v]) => `${k} × ${v}`).join(', ') : 'none'}`);
  const firstFailure = outcomes.find((o) => o.failure)?.failure;
  if (firstFailure) log(`    first: ${firstFailure.step} ${firstFailure.status} ${firstFailure.detail}`);
  log(`  stored: ${verification.stored} of ${verification.acknowledged} acknowledged receipts, ${verification.duplicates} duplicates, ${verification.missing.length} missing`);
  log(`    in the database: ${totals.applications} applications of the call (${verification.submittedApplications} submitted, ${totals.drafts} drafts, warm-up included), ${verification.submissionRows} submission rows, ${verification.distinctReceipts} distinct receipt numbers`);
  log(`    half-written applications: ${verification.halfWritten.length}; submitted files missing or not whole: ${broken.length}`);
  log(`  CPU during the surge: ${serverCount > 1 ? `${serverCount} servers` : 'server'} ${run.cpu.serverSeconds} s, benchmark client ${run.cpu.clientSeconds} s${run.cpu.postgresSeconds !== null ? `, PostgreSQL processes ${run.cpu.postgresSeconds} s` : ''} (of ${round(run.wallSeconds * os.cpus().length)} core-seconds)`);
  if (run.connections) log(`  the server's ${round(Object.values(run.connections).reduce((n, x) => n + x, 0), 0)} connections, on average: ${Object.entries(run.connections).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  if (rowsOnly && withFile) {
    log(`  PostgreSQL baseline, rows only: ${rowsOnly.perSecond}/s → ratio ${ratio} (target ≥ 0.5)`);
    log(`  PostgreSQL baseline, rows + 1 MB bytea: ${withFile.perSecond}/s → ratio ${ratioWithFile}`);
  }
  log(`  load average before ${loadBefore}, after the surge ${loadAfterSurge}, now ${loadavg()}`);

  const date = startedAt.toISOString().slice(0, 10);
  const results = {
    date,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    commit: commitOf(),
    argv: process.argv.slice(2),
    db: dbKind,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      pglite,
      postgres: databaseUrl ? await serverVersion(databaseUrl) : null,
      loadBefore,
      loadAfterSurge,
    },
    options: { applicants: applicantCount, clients, attachmentBytes, fields: fieldCount, warmup: warmup.length, poolSize, servers: serverCount, workers: workerCount, pgHost: dbKind === 'postgres' ? pgHost : null, upload: values.multipart ? 'multipart' : 'raw' },
    surge: { wallSeconds: round(run.wallSeconds, 3), submissionsPerSecond: perSecond, submit, flow, steps, firstWave, afterFirstWave, errors, cpu: run.cpu, connections: run.connections },
    verification: { ...verification, brokenFiles: broken, applications: totals.applications, drafts: totals.drafts },
    baseline: rowsOnly && withFile ? { rowsOnly, withFile, ratio, ratioWithFile } : null,
  };
  // Runs with other than the issue's numbers keep the issue's run file.
  const variant = [applicantCount !== 2000 && `${applicantCount}`, clients !== 200 && `${clients}clients`, serverCount > 1 && `${serverCount}servers`, workerCount > 1 && `${workerCount}workers`, values.multipart && 'multipart', dbKind === 'postgres' && pgHost.startsWith('/') && 'socket']
    .filter(Boolean)
    .map((v) => `-${v}`)
    .join('');
  const jsonPath = path.join(root, `bench/results/${date}-surge-${dbKind}${variant}.json`);
  fs.mkdirSync(path.dirname(jsonPath), { recursive: true });
  fs.writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
  log(`  wrote ${path.relative(root, jsonPath)}`);
  await cleanup();
  cleanup = undefined;

  console.log(
    JSON.stringify({
      submissionsPerSecond: perSecond,
      p50Ms: submit.p50,
      p95Ms: submit.p95,
      p99Ms: submit.p99,
      flowP99Ms: flow.p99,
      acknowledged: acknowledged.size,
      stored: verification.stored,
      duplicates: verification.duplicates,
      postgresRatio: ratio,
      postgresRatioWithFile: ratioWithFile,
      baselinePerSecond: rowsOnly?.perSecond ?? null,
      baselineWithFilePerSecond: withFile?.perSecond ?? null,
      errors: Object.values(errors).reduce((n, x) => n + x, 0),
      db: dbKind,
      applicants: applicantCount,
      clients,
      date,
      commit: results.commit,
    }),
  );
}

// An interrupted run still drops its database and data folder.
process.once('SIGINT', () => {
  void (cleanup?.() ?? Promise.resolve()).finally(() => process.exit(130));
});
await main().catch(async (error: Error & { cause?: Error }) => {
  console.error(error.cause ? `${error.message.slice(0, 500)}\ncaused by: ${String(error.cause).slice(0, 1000)}` : error);
  await cleanup?.().catch(() => {});
  process.exitCode = 1;
});
