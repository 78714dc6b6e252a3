/**
 * npm run bench [-- --only search,list,page,import,startup,memory] [--db pglite|postgres|both] [--orgs N]
 * npm run bench -- --report bench/results/<date>.json   (rewrite docs/PERFORMANCE.md from a results file)
 *
 * Measures the issue's performance targets on a generated dataset (dataset.ts) in PGlite (a data
 * folder cached under .bench-data/) and in a throw-away database on the local PostgreSQL server,
 * through the real HTTP app, and writes bench/results/<date>.json and docs/PERFORMANCE.md.
 * Benchmarks, never tests: nothing here fails a build.
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
import { migrationsFolder } from '../src/db/migrate.ts';
import { prepare } from '../src/db/prepare.ts';
import { actorFromBearer } from '../src/features/auth/auth.service.ts';
import { importOrganizations } from '../src/features/organizations/organization.import.ts';
import type { Deps } from '../src/http/context.ts';
import { installZodMessages } from '../src/http/errors.ts';
import { systemClock } from '../src/shared/clock.ts';
import { loadConfig } from '../src/shared/config.ts';
import { createLogger } from '../src/shared/logger.ts';
import { GENERATOR_VERSION, importCsv } from './dataset.ts';
import { createUsers, loadOrganizations, type Tokens } from './load.ts';
import { evaluate, markdown, printTargets, updateDoc, type DbKind, type DbResults, type Results } from './report.ts';
import { listCases, pageIds, runCases, runPage, searchCases, type RunBudget } from './scenarios.ts';
import { BenchServer, spawnServer, type ServerEnv } from './server.ts';
import { maintainSearchIndex } from '../src/search/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PG_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';
const ALL = ['search', 'list', 'page', 'import', 'startup', 'memory'] as const;
type Part = (typeof ALL)[number];

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    db: { type: 'string', default: 'both' },
    orgs: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '20' },
    timeout: { type: 'string', default: '10000' },
    'keep-postgres': { type: 'boolean' },
    report: { type: 'string' },
    docs: { type: 'boolean' },
    'no-docs': { type: 'boolean' },
  },
  strict: true,
});

const parts = new Set<Part>(values.only ? (values.only.split(',') as Part[]) : ALL);
for (const p of parts) if (!ALL.includes(p)) throw new Error(`--only: unknown part ${p} (one or more of ${ALL.join(',')})`);
const dbs: DbKind[] = values.db === 'both' ? ['postgres', 'pglite'] : [values.db as DbKind];
if (!dbs.every((d) => d === 'pglite' || d === 'postgres')) throw new Error('--db pglite|postgres|both');
const orgs = Number(values.orgs);
if (!Number.isInteger(orgs) || orgs < 1_000 || orgs > 1_000_000) throw new Error('--orgs: 1000 … 1000000');
const runs = Number(values.runs);
const full = !values.only && values.db === 'both' && orgs === 100_000;
const timeoutMs = Number(values.timeout);
const budget: RunBudget = { warmup: 2, runs, minRuns: 5, timeLimitMs: 20_000, slowMs: 2_000, groupLimitMs: 15 * 60_000 };

const log = (line: string) => console.log(line);
const loadavg = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const seconds = (t: number) => (performance.now() - t) / 1000;

installZodMessages();

function depsOf(database: Database): Deps {
  return { database, clock: systemClock, logger: createLogger('silent'), config: loadConfig({ DATA_DIR: path.join(root, '.bench-data/unused'), LOG_LEVEL: 'silent' }) };
}

async function counts(database: Database) {
  const [row] = await database.rows<{ o: number; a: number; s: number }>(sql`select (select count(*)::int from organizations) as o,
    (select count(*)::int from affiliations) as a, (select count(*)::int from support_records) as s`);
  return row!;
}

async function load(database: Database, deps: Deps): Promise<{ tokens: Tokens; seconds: number }> {
  const t = performance.now();
  const tokens = await createUsers(deps);
  let last = 0;
  await loadOrganizations(database, orgs, (done) => {
    if (done - last >= 10_000 || done === orgs) {
      log(`    loaded ${done.toLocaleString('en')} organizations (${seconds(t).toFixed(0)} s)`);
      last = done;
    }
  });
  return { tokens, seconds: seconds(t) };
}

type Fixtures = { lists: Awaited<ReturnType<typeof listCases>>; ids: string[] };

/** What the HTTP benchmarks need from the database, read before the server takes it over. */
async function fixtures(database: Database): Promise<Fixtures> {
  return { lists: await listCases(database), ids: await pageIds(database, 205) };
}

/** Search, lists and the organization page over real HTTP against `innohub serve`; on PGlite also its memory. */
async function measureOverHttp(env: ServerEnv, f: Fixtures, tokens: Tokens, out: DbResults): Promise<void> {
  if (!parts.has('search') && !parts.has('list') && !parts.has('page') && !parts.has('memory')) return;
  const server = await BenchServer.start(env, timeoutMs);
  try {
    const started = server.memory();
    if (parts.has('search') || parts.has('memory')) {
      log('  search');
      out.search = await runCases(server.get, searchCases(), tokens, budget, log);
    }
    if (parts.has('memory') && env.DATA_DIR) {
      const after = server.memory();
      const requests = out.search!.cases.reduce((n, c) => n + (c.stats?.n ?? 0), 0);
      out.memory = { ...after, afterStartMB: started.rssMB, afterRequests: requests, restarts: server.restarts };
      log(`  memory: RSS ${started.rssMB} MB after start, ${after.rssMB} MB after the search benchmark (peak ${after.hwmMB} MB; ${server.restarts} restarts after timeouts)`);
    }
    if (parts.has('list')) {
      log('  filtered lists');
      out.list = await runCases(server.get, f.lists, tokens, budget, log);
    }
    if (parts.has('page')) {
      log('  organization page');
      out.page = await runPage(server.get, f.ids, tokens, { timeLimitMs: 30_000 });
      log(`    page p50 ${out.page.page.p50} p95 ${out.page.page.p95} (record p95 ${out.page.organization.p95}, support records p95 ${out.page.supportRecords.p95})`);
    }
  } finally {
    await server.stop();
  }
}

async function measureImport(deps: Deps, tokens: Tokens): Promise<NonNullable<DbResults['import']>> {
  log('  import of 10,000 rows (CSV, Korean headers) into 인천센터');
  const csv = importCsv(10_000);
  const actor = await actorFromBearer(deps, tokens.national);
  const scope = { actor: actor!, lang: 'ko' as const, requestId: 'bench-import' };
  let t = performance.now();
  const preview = await importOrganizations(deps, scope, csv, { centerId: 'incheon', dryRun: true });
  const previewSeconds = seconds(t);
  if (preview.summary.errors > 0) throw new Error(`import preview has errors: ${JSON.stringify(preview.rows.find((r) => r.errors.length))}`);
  t = performance.now();
  const result = await importOrganizations(deps, scope, csv, { centerId: 'incheon', dryRun: false });
  const commitSeconds = seconds(t);
  log(`    preview ${previewSeconds.toFixed(1)} s, commit ${commitSeconds.toFixed(1)} s (${result.summary.create} created)`);
  return { rows: result.summary.rows, previewSeconds, commitSeconds };
}

/** A key of what a cached data folder holds: the schema, the search columns' code, the generator and the size. */
function cacheKey(): string {
  const h = crypto.createHash('sha256');
  for (const f of fs.readdirSync(migrationsFolder).filter((x) => x.endsWith('.sql')).sort()) h.update(f).update(fs.readFileSync(path.join(migrationsFolder, f)));
  // The stored search columns depend on the tokenizer and the field weights.
  const searchFiles = [...fs.readdirSync(path.join(root, 'src/search')).filter((x) => x.endsWith('.ts') && !x.endsWith('.test.ts')).map((x) => `src/search/${x}`), 'src/features/organizations/organization.search.ts'];
  for (const f of searchFiles.sort()) h.update(f).update(fs.readFileSync(path.join(root, f)));
  h.update(`generator ${GENERATOR_VERSION} orgs ${orgs}`);
  return h.digest('hex').slice(0, 16);
}

async function runPglite(out: DbResults): Promise<void> {
  const base = path.join(root, '.bench-data');
  const dataDir = path.join(base, `pglite-${orgs}`);
  const metaFile = `${dataDir}.json`;
  const key = cacheKey();
  const meta = fs.existsSync(metaFile) ? (JSON.parse(fs.readFileSync(metaFile, 'utf8')) as { key: string; tokens: Tokens; seconds: number }) : undefined;
  let tokens: Tokens;
  let f: Fixtures;
  log(`\n== PGlite (${dataDir})`);
  const cached = meta?.key === key && fs.existsSync(path.join(dataDir, 'pglite'));
  if (!cached) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(metaFile, { force: true });
  }
  const database = await openDatabase({ dataDir });
  try {
    await prepare(database);
    let loadSeconds: number;
    if (cached) {
      tokens = meta.tokens;
      loadSeconds = meta.seconds;
      log(`  reusing the cached data folder (built in ${meta.seconds.toFixed(0)} s)`);
    } else {
      const loaded = await load(database, depsOf(database));
      // As the product does after its own bulk writes (imports, the demo seed): PGlite has no autovacuum.
      await maintainSearchIndex(database, ['organizations', 'affiliations', 'support_records']);
      tokens = loaded.tokens;
      loadSeconds = loaded.seconds;
      fs.writeFileSync(metaFile, JSON.stringify({ key, tokens, seconds: loaded.seconds }));
    }
    const c = await counts(database);
    out.load = { organizations: c.o, affiliations: c.a, supportRecords: c.s, seconds: loadSeconds, cached };
    f = await fixtures(database);
  } finally {
    await database.close();
  }

  if (parts.has('startup')) {
    log('  start to /readyz (innohub serve on the existing data folder), 3 times');
    const runsMs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const server = await spawnServer({ DATA_DIR: dataDir });
      runsMs.push(Math.round(server.readyMs));
      await server.stop();
      log(`    ${Math.round(server.readyMs)} ms`);
    }
    out.startup = { runsMs, worstMs: Math.max(...runsMs) };
  }

  await measureOverHttp({ DATA_DIR: dataDir }, f, tokens, out);

  if (parts.has('import')) {
    // On a copy, so the cached folder keeps exactly the generated dataset.
    const scratch = path.join(base, `import-${process.pid}`);
    fs.rmSync(scratch, { recursive: true, force: true });
    fs.cpSync(path.join(dataDir, 'pglite'), path.join(scratch, 'pglite'), { recursive: true });
    const database = await openDatabase({ dataDir: scratch });
    try {
      await prepare(database);
      out.import = await measureImport(depsOf(database), tokens);
    } finally {
      await database.close();
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  }
}

let dropOnInterrupt: (() => Promise<void>) | undefined;

async function dropDatabase(name: string): Promise<void> {
  const dropper = new pg.Client({ connectionString: PG_SERVER });
  await dropper.connect();
  await dropper.query(`drop database if exists ${name} with (force)`);
  await dropper.end();
}

async function runPostgres(out: DbResults): Promise<void> {
  const name = `innohub_bench_${crypto.randomBytes(4).toString('hex')}`;
  dropOnInterrupt = () => dropDatabase(name);
  log(`\n== PostgreSQL (${name} on 127.0.0.1:5432)`);
  const admin = new pg.Client({ connectionString: PG_SERVER });
  await admin.connect();
  await admin.query(`create database ${name} encoding 'UTF8' template template0`);
  await admin.end();
  const url = new URL(PG_SERVER);
  url.pathname = `/${name}`;
  let database: Database | undefined;
  try {
    database = await openDatabase({ databaseUrl: url.toString(), dataDir: '', poolSize: 10 });
    await prepare(database);
    const deps = depsOf(database);
    const loaded = await load(database, deps);
    // What autovacuum does on a server within a minute of a bulk load.
    await database.rows(sql`vacuum analyze`);
    const c = await counts(database);
    out.load = { organizations: c.o, affiliations: c.a, supportRecords: c.s, seconds: loaded.seconds, cached: false };
    // The server's own connections give up where the benchmark's client does.
    await database.rows(sql.raw(`alter database ${name} set statement_timeout = ${timeoutMs}`));
    const f = await fixtures(database);
    await measureOverHttp({ DATABASE_URL: url.toString() }, f, loaded.tokens, out);
    if (parts.has('import')) out.import = await measureImport(deps, loaded.tokens);
  } finally {
    await database?.close();
    if (values['keep-postgres']) log(`  kept ${url.toString()}`);
    else await dropDatabase(name);
    dropOnInterrupt = undefined;
  }
}

/** The commit measured, and whether the working tree had changes outside bench/. */
function commitOf(): string {
  if (process.env.BENCH_COMMIT) return process.env.BENCH_COMMIT;
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', '--', '.', ':!bench', ':!docs'], { cwd: root, encoding: 'utf8' }).trim();
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    return 'unknown';
  }
}

async function postgresVersion(): Promise<string | null> {
  try {
    const c = new pg.Client({ connectionString: PG_SERVER });
    await c.connect();
    const { rows } = await c.query<{ v: string }>("select current_setting('server_version') as v");
    await c.end();
    return `PostgreSQL ${rows[0]!.v.split(' ')[0]}`;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  if (values.report) {
    // Regenerate docs/PERFORMANCE.md from a results file, measuring nothing.
    const results = JSON.parse(fs.readFileSync(path.resolve(values.report), 'utf8')) as Results;
    updateDoc(path.join(root, 'docs/PERFORMANCE.md'), markdown(results, path.relative(root, path.resolve(values.report))));
    log('updated docs/PERFORMANCE.md');
    return;
  }
  const startedAt = new Date();
  const loadBefore = loadavg();
  log(`innohub bench: ${orgs.toLocaleString('en')} organizations; ${[...parts].join(', ')}; ${dbs.join(' and ')}; load average ${loadBefore}`);
  const databases: Results['databases'] = {};
  for (const db of dbs) {
    const out: DbResults = {};
    databases[db] = out;
    if (db === 'pglite') await runPglite(out);
    else await runPostgres(out);
  }
  const pglitePackage = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string };
  const date = startedAt.toISOString().slice(0, 10);
  const results: Results = {
    date,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    argv: process.argv.slice(2),
    commit: commitOf(),
    orgs,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      pglite: pglitePackage.version,
      postgres: dbs.includes('postgres') ? await postgresVersion() : null,
      loadBefore,
      loadAfter: loadavg(),
    },
    databases,
    targets: evaluate(databases),
  };
  printTargets(results.targets);
  const suffix = full ? '' : `-${orgs}-${values.db}${values.only ? `-${values.only.replace(/,/g, '+')}` : ''}`;
  const jsonPath = `bench/results/${date}${suffix}.json`;
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(root, jsonPath), `${JSON.stringify(results, null, 2)}\n`);
  log(`\nwrote ${jsonPath}`);
  if ((full || values.docs) && !values['no-docs']) {
    updateDoc(path.join(root, 'docs/PERFORMANCE.md'), markdown(results, jsonPath));
    log('updated docs/PERFORMANCE.md');
  }
}

// An interrupted run still drops its PostgreSQL database.
process.once('SIGINT', () => {
  void (dropOnInterrupt?.() ?? Promise.resolve()).finally(() => process.exit(130));
});
await main().catch((error: Error & { cause?: Error }) => {
  console.error(error.cause ? `${error.message.slice(0, 500)}\ncaused by: ${String(error.cause).slice(0, 1000)}` : error);
  process.exitCode = 1;
});
