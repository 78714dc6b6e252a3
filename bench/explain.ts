/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statements one organization list or search runs, on a
 * benchmark database. For investigating a slow case of `npm run bench`:
 *
 *   npx tsx bench/explain.ts --data-dir .bench-data/pglite-100000 'q=물류&limit=20'
 *   npx tsx bench/explain.ts --url postgres://postgres@127.0.0.1:5432/innohub_bench_… 'region=인천&sort=foundedOn'
 *   npx tsx bench/explain.ts --url … --as bench.incheon@bench.innohub 'mine=true'
 *
 * (`npm run bench -- --keep-postgres` leaves its PostgreSQL database for this.)
 */
import { parseArgs } from 'node:util';
import { sql, type SQL } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/db/client.ts';
import { loadActor } from '../src/features/auth/auth.service.ts';
import { OrganizationQuery } from '../src/features/organizations/organization.schema.ts';
import { listOrganizations } from '../src/features/organizations/organization.service.ts';
import { installZodMessages } from '../src/http/errors.ts';
import { systemClock } from '../src/shared/clock.ts';
import { loadConfig } from '../src/shared/config.ts';
import { createLogger } from '../src/shared/logger.ts';

const { values, positionals } = parseArgs({
  options: { 'data-dir': { type: 'string' }, url: { type: 'string' }, analyze: { type: 'boolean' }, as: { type: 'string' } },
  allowPositionals: true,
});
installZodMessages();
const database = await openDatabase(values.url ? { databaseUrl: values.url, dataDir: '' } : { dataDir: values['data-dir']! });
try {
  if (values.analyze) await database.rows(sql`analyze`);
  const plans: string[] = [];
  const explaining: Database = {
    ...database,
    rows: async <T>(statement: SQL) => {
      const plan = await database.rows<{ 'QUERY PLAN': string }>(sql`explain (analyze, buffers) ${statement}`);
      plans.push(plan.map((r) => r['QUERY PLAN']).join('\n'));
      return [] as T[];
    },
  };
  const deps = { database, clock: systemClock, logger: createLogger('silent'), config: loadConfig({ LOG_LEVEL: 'silent' }) };
  // --as EMAIL explains the list as that person sees it (by default: a national administrator).
  const [admin] = await database.rows<{ person_id: string }>(
    values.as
      ? sql`select id as person_id from people where email = ${values.as}`
      : sql`select person_id from memberships where role = 'national_admin' order by person_id limit 1`,
  );
  const actor = (await loadActor(deps, admin!.person_id, 'token')) ?? null;
  const params = new URLSearchParams(positionals[0] ?? '');
  const input: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) input[key] = params.getAll(key).length > 1 ? params.getAll(key) : params.get(key)!;
  const query = OrganizationQuery.parse(input);
  await listOrganizations({ ...deps, database: explaining }, { actor, lang: 'ko', requestId: 'explain' }, query);
  for (const p of plans) console.log(`${p}\n${'-'.repeat(80)}`);
} finally {
  await database.close();
}

