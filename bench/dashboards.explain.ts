/**
 * EXPLAIN (ANALYZE, BUFFERS) of every statement a dashboard, the list behind a number or the
 * report API runs, on a database kept by `npm run bench:dashboards -- --keep`:
 *
 *   npx tsx bench/dashboards.explain.ts --database innohub_dashboards_… national 2025
 *   npx tsx bench/dashboards.explain.ts --database … center incheon 2025
 *   npx tsx bench/dashboards.explain.ts --database … drill 'scope=national&year=2025&dimension=region&key=인천'
 *   npx tsx bench/dashboards.explain.ts --database … report-national 2025
 *   npx tsx bench/dashboards.explain.ts --database … report-center incheon 2025
 *   npx tsx bench/dashboards.explain.ts --database … refresh 2025 [N]   (N organization-years of 2025 marked dirty, then refreshRollups)
 *
 * Each statement is explained (which runs it), then run again for the rows the service goes on with;
 * a refresh's writes are explained inside a savepoint that is rolled back, then run for real.
 */
import { parseArgs } from 'node:util';
import { sql, type SQL } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/db/client.ts';
import { loadActor } from '../src/features/auth/auth.service.ts';
import { dashboard, drillDown, type DashboardScope, type DrillQuery } from '../src/features/dashboards/dashboard.service.ts';
import { refreshRollups } from '../src/features/dashboards/rollup.service.ts';
import type { Db } from '../src/db/client.ts';
import { centerReport, nationalReport } from '../src/features/reports/report.service.ts';
import { installZodMessages } from '../src/http/errors.ts';
import { systemClock } from '../src/shared/clock.ts';
import { loadConfig } from '../src/shared/config.ts';
import { createLogger } from '../src/shared/logger.ts';

const { values, positionals } = parseArgs({ options: { database: { type: 'string' }, url: { type: 'string' } }, allowPositionals: true });
installZodMessages();
const url = values.url ?? `postgres://postgres@127.0.0.1:5432/${values.database}`;
const database = await openDatabase({ databaseUrl: url, dataDir: '', poolSize: 2 });
try {
  const explaining: Database = {
    ...database,
    rows: async <T>(statement: SQL) => {
      const t = performance.now();
      const plan = await database.rows<{ 'QUERY PLAN': string }>(sql`explain (analyze, buffers) ${statement}`);
      console.log(`${plan.map((r) => r['QUERY PLAN']).join('\n')}\n(explain took ${(performance.now() - t).toFixed(0)} ms)\n${'-'.repeat(100)}`);
      return database.rows<T>(statement);
    },
  };
  const deps = { database: explaining, clock: systemClock, logger: createLogger('silent'), config: loadConfig({ LOG_LEVEL: 'silent' }) };
  const [admin] = await database.rows<{ person_id: string }>(sql`select person_id from memberships where role = 'national_admin' order by person_id limit 1`);
  const actor = (await loadActor({ ...deps, database }, admin!.person_id, 'token')) ?? null;
  const scope = { actor, lang: 'ko' as const, requestId: 'explain' };
  const [what, a, b] = positionals;
  const t = performance.now();
  switch (what) {
    case 'national':
      await dashboard(deps, scope, { kind: 'national' }, { year: Number(a) });
      break;
    case 'center':
      await dashboard(deps, scope, { kind: 'center', id: a! }, { year: Number(b) });
      break;
    case 'drill': {
      const p = new URLSearchParams(a ?? '');
      const s = p.get('scope') ?? 'national';
      const target: DashboardScope = s === 'national' ? { kind: 'national' } : s.startsWith('center:') ? { kind: 'center', id: s.slice(7) } : { kind: 'cluster', id: s.slice(8) };
      const query = { year: Number(p.get('year')), page: Number(p.get('page') ?? 1), pageSize: Number(p.get('pageSize') ?? 50) } as DrillQuery;
      if (p.get('dimension')) query.dimension = p.get('dimension') as DrillQuery['dimension'];
      if (p.get('key')) query.key = p.get('key')!;
      if (p.get('sort')) query.sort = p.get('sort') as DrillQuery['sort'];
      await drillDown(deps, scope, target, query);
      break;
    }
    case 'report-national':
      await nationalReport(deps, scope, { from: `${a}-01-01`, to: `${a}-12-31` });
      break;
    case 'report-center':
      await centerReport(deps, scope, a!, { from: `${b}-01-01`, to: `${b}-12-31` });
      break;
    case 'refresh': {
      // What the rollup job does after a change: the organization-years marked, then every statement timed and explained.
      await database.rows(sql`insert into rollup_dirty (organization_id, year)
        select organization_id, year from rollup_org_years where year = ${Number(a)} and supported = 1 order by md5(organization_id::text) limit ${Number(b ?? 1)} on conflict do nothing`);
      const timed: Database = {
        ...database,
        db: {
          transaction: <T>(fn: (tx: Db) => Promise<T>) =>
            database.db.transaction(async (tx) => {
              const execute = async (statement: SQL) => {
                await tx.execute(sql`savepoint explain`);
                const plan = (await tx.execute(sql`explain (analyze, buffers) ${statement}`)) as unknown as { rows: { 'QUERY PLAN': string }[] };
                await tx.execute(sql`rollback to savepoint explain`);
                const t0 = performance.now();
                const result = await tx.execute(statement);
                console.log(`${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}\n(run: ${(performance.now() - t0).toFixed(0)} ms)\n${'-'.repeat(100)}`);
                return result;
              };
              return fn(new Proxy(tx, { get: (target, prop, receiver) => (prop === 'execute' ? execute : Reflect.get(target, prop, receiver)) }));
            }),
        } as unknown as Db,
      };
      console.log(await refreshRollups(timed));
      break;
    }
    default:
      throw new Error('national YEAR | center ID YEAR | drill QUERY | report-national YEAR | report-center ID YEAR | refresh YEAR [N]');
  }
  console.log(`all statements, explained and run again: ${(performance.now() - t).toFixed(0)} ms`);
} finally {
  await database.close();
}
