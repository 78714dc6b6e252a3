import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Database, type Db } from '../../db/client.ts';
import type { Deps } from '../../http/context.ts';
import { GRAIN } from '../reports/report.service.ts';

/**
 * Keeps the dashboards' rollups current (rollup.table.ts). The triggers mark every changed
 * organization-year in rollup_dirty; this job takes a batch of them, recomputes their
 * organization-year rows from the base tables, then the cells of every year and scope they were
 * or now are part of. One transaction per batch: a crash leaves the batch marked, never half done.
 *
 * The rules are docs/counting-rules.md for a calendar year, the same as report.service.ts reads
 * from the base tables (report.test.ts checks that both give the same figures).
 */

const BATCH = 5000;

/** The scope of a support record: its center (`c:<id>`) or its cluster (`k:<id>`). */
const scopeOf = (alias: string) => sql.raw(`case when ${alias}.center_id is not null then 'c:' || ${alias}.center_id else 'k:' || ${alias}.cluster_id::text end`);

export type RefreshResult = { organizationYears: number; cells: number; batches: number };

/**
 * Recomputes everything marked dirty: the organization-years batch by batch until none is left
 * (or `maxBatches`), then the cells they touched, a year at a time. A cell touched by many batches
 * (a big import, a full rebuild) is summed once, at the end.
 */
export async function refreshRollups(database: Database, options: { batch?: number; maxBatches?: number } = {}): Promise<RefreshResult> {
  const result: RefreshResult = { organizationYears: 0, cells: 0, batches: 0 };
  while (result.batches < (options.maxBatches ?? Infinity)) {
    const done = await database.db.transaction(async (tx) => (await noJit(tx), refreshBatch(tx, options.batch ?? BATCH)));
    if (done === 0) break;
    result.organizationYears += done;
    result.batches++;
  }
  for (;;) {
    const cells = await database.db.transaction(async (tx) => (await noJit(tx), refreshCells(tx)));
    if (cells === undefined) break;
    result.cells += cells;
  }
  return result;
}

/**
 * The job's statements are short, but the planner cannot see how few rows jsonb_each and the batch
 * give and estimates them past jit_above_cost: compiling took 2.5 s of a 6.3 s refresh
 * (docs/PERFORMANCE.md), more than it saved.
 */
const noJit = (tx: Db) => tx.execute(sql`set local jit = off`);

/** The dirty cells of one year (the earliest), taken and summed again; undefined when there are none. */
async function refreshCells(tx: Db): Promise<number | undefined> {
  const taken = await rowsOf<{ year: number; scope: string }>(
    tx,
    sql`delete from rollup_dirty_cells d using (
        select year, scope from rollup_dirty_cells where year = (select min(year) from rollup_dirty_cells) for update skip locked) b
      where d.year = b.year and d.scope = b.scope returning d.year, d.scope`,
  );
  if (taken.length === 0) return undefined;
  return recomputeCells(tx, taken[0]!.year, taken.map((t) => t.scope));
}

/** Recomputes one batch of dirty organization-years and marks the cells they were or now are in; returns how many it took. */
async function refreshBatch(tx: Db, size: number): Promise<number> {
  // Other processes running the job take other rows (SKIP LOCKED); a writer marking a row again
  // after this delete makes it dirty again for the next batch.
  const taken = await rowsOf<{ organization_id: string; year: number }>(
    tx,
    sql`delete from rollup_dirty d using (select organization_id, year from rollup_dirty order by year, organization_id limit ${size} for update skip locked) b
      where d.organization_id = b.organization_id and d.year = b.year returning d.organization_id, d.year`,
  );
  if (taken.length === 0) return 0;
  const batch = sql`(select * from unnest(${sql.param(taken.map((t) => t.organization_id))}::uuid[], ${sql.param(taken.map((t) => t.year))}::int[]) as b(organization_id, year))`;

  // The cells to sum again: every scope the organization-years are in now (and below, after), and the nation.
  const markCells = sql`
    insert into rollup_dirty_cells (year, scope)
    select year, scope from (
      select s.year, s.scope from rollup_org_year_scopes s join ${batch} b on b.organization_id = s.organization_id and b.year = s.year
      union select year, 'national' from ${batch} b) c
    order by 1, 2 on conflict do nothing`;
  await tx.execute(markCells);
  await tx.execute(sql`delete from rollup_org_year_scopes s using ${batch} b where s.organization_id = b.organization_id and s.year = b.year`);
  await tx.execute(sql`delete from rollup_org_years y using ${batch} b where y.organization_id = b.organization_id and y.year = b.year`);

  // Support of the year, per center or cluster (a record counts in every year it overlaps): the
  // tallies per kind first, then per program onto the rows by primary key. (One statement joining
  // the two groupings let the planner, which cannot see into the batch, loop over both: seconds.)
  const overlapping = sql`from ${batch} b join support_records s on s.organization_id = b.organization_id
    and s.started_on <= make_date(b.year, 12, 31) and coalesce(s.ended_on, s.started_on) >= make_date(b.year, 1, 1)`;
  await tx.execute(sql`
    insert into rollup_org_year_scopes (year, scope, organization_id, records, value_krw, tech_transfers, by_kind, by_program)
    select year, scope, organization_id, sum(n)::int, sum(krw)::bigint, coalesce(sum(n) filter (where kind = 'tech_transfer'), 0)::int,
      jsonb_object_agg(kind, jsonb_build_array(n, krw)), '{}'::jsonb
    from (select b.year, ${scopeOf('s')} as scope, b.organization_id, s.kind, count(*) as n, coalesce(sum(s.value_krw), 0) as krw ${overlapping} group by 1, 2, 3, 4) k
    group by year, scope, organization_id`);
  await tx.execute(sql`
    update rollup_org_year_scopes r set by_program = p.by_program
    from (select year, scope, organization_id, jsonb_object_agg(program, jsonb_build_array(n, krw)) as by_program
          from (select b.year, ${scopeOf('s')} as scope, b.organization_id, s.program, count(*) as n, coalesce(sum(s.value_krw), 0) as krw
                ${overlapping} and s.program <> '' group by 1, 2, 3, 4) x
          group by 1, 2, 3) p
    where r.year = p.year and r.scope = p.scope and r.organization_id = p.organization_id`);

  // Figures of the year (rules 5–10): inside the year, not returned, flows at one granularity, deals as they are.
  await tx.execute(sql`
    with figures as (
      select b.organization_id, b.year, r.metric, r.value, r.status,
        ${GRAIN} as grain
      from ${batch} b join outcome_records r on r.organization_id = b.organization_id
        and r.period_start >= make_date(b.year, 1, 1) and r.period_end <= make_date(b.year, 12, 31)
      where r.status <> 'returned' and r.metric not in ('employees', 'operating')
    ),
    counted as (
      select * from (select f.*, min(f.grain) over (partition by f.organization_id, f.year, f.metric) as best from figures f) x
      where x.metric = 'investment' or x.grain = x.best
    ),
    agg as (
      select organization_id, year,
        sum(value) filter (where metric = 'revenue') as revenue,
        sum(value) filter (where metric = 'newHires') as new_hires,
        sum(value) filter (where metric = 'investment') as investment_krw,
        (count(*) filter (where metric = 'investment'))::int as investment_deals,
        sum(value) filter (where metric = 'exportSales') as export_krw,
        sum(value) filter (where metric = 'overseasSubsidiaries') as overseas_subsidiaries,
        sum(value) filter (where metric = 'patentApplications') as patent_applications,
        sum(value) filter (where metric = 'patentRegistrations') as patent_registrations,
        sum(value) filter (where metric = 'prototypes') as prototypes,
        (count(*) filter (where status <> 'verified'))::int as unverified
      from counted group by 1, 2
    )
    insert into rollup_org_years (organization_id, year, supported, kind, region, industry, revenue, new_hires, investment_krw, investment_deals,
      export_krw, overseas_subsidiaries, patent_applications, patent_registrations, prototypes, unverified)
    select b.organization_id, b.year,
      (exists (select 1 from rollup_org_year_scopes s where s.year = b.year and s.organization_id = b.organization_id))::int,
      o.kind, coalesce(o.region, ''), coalesce(left(o.ksic_code, 2), ''),
      a.revenue, a.new_hires, a.investment_krw, coalesce(a.investment_deals, 0), a.export_krw, a.overseas_subsidiaries,
      a.patent_applications, a.patent_registrations, a.prototypes, coalesce(a.unverified, 0)
    from ${batch} b join organizations o on o.id = b.organization_id left join agg a on a.organization_id = b.organization_id and a.year = b.year
    where a.organization_id is not null or exists (select 1 from rollup_org_year_scopes s where s.year = b.year and s.organization_id = b.organization_id)`);

  await tx.execute(markCells);
  return taken.length;
}

/** The figures of a cell, over `rows` joined to the organization-years `y` (rules 2–12). */
const FIGURES = sql.raw(`count(*)::int, (count(*) filter (where y.kind = 'startup'))::int, (count(*) filter (where y.kind = 'sme'))::int,
  coalesce(sum(b.records), 0)::int, coalesce(sum(b.krw), 0)::bigint,
  coalesce(sum(y.revenue), 0)::bigint, coalesce(sum(y.new_hires), 0)::bigint,
  coalesce(sum(y.investment_krw), 0)::bigint, coalesce(sum(y.investment_deals), 0)::int, (count(*) filter (where y.investment_deals > 0))::int,
  coalesce(sum(y.export_krw), 0)::bigint, (count(*) filter (where y.export_krw is not null))::int,
  coalesce(sum(y.overseas_subsidiaries), 0)::bigint, coalesce(sum(y.patent_applications), 0)::bigint, coalesce(sum(y.patent_registrations), 0)::bigint,
  coalesce(sum(y.prototypes), 0)::bigint, coalesce(sum(b.tech), 0)::int, (count(*) filter (where b.tech > 0))::int, coalesce(sum(y.unverified), 0)::int`);

const CELL_COLUMNS = sql.raw(`(year, scope, dimension, key, organizations, startups, smes, support_records, support_krw, revenue, jobs,
  investment_krw, investment_deals, investment_companies, export_krw, export_companies, overseas_subsidiaries,
  patent_applications, patent_registrations, prototypes, tech_transfers, tech_recipients, unverified)`);

/** Rewrites the cells of one year for the given scopes ('national', 'c:<center>', 'k:<cluster>'). */
async function recomputeCells(tx: Db, year: number, scopes: string[]): Promise<number> {
  const national = scopes.includes('national');
  const local = scopes.filter((s) => s !== 'national');
  await tx.execute(sql`delete from rollup_cells where year = ${year} and scope = any(${sql.param(scopes)}::text[])`);
  // One row per organization and scope: a center's own support, or the nation's (all of it, the organization once).
  const base: SQL = sql`(
    select s.scope, s.organization_id, s.records, s.value_krw as krw, s.tech_transfers as tech, s.by_kind, s.by_program
    from rollup_org_year_scopes s where s.year = ${year} and s.scope = any(${sql.param(local)}::text[])
    union all
    select 'national', s.organization_id, sum(s.records)::int, sum(s.value_krw)::bigint, sum(s.tech_transfers)::int, null, null
    from rollup_org_year_scopes s where ${national}::boolean and s.year = ${year} group by s.organization_id)`;
  const totals = await rowsOf(
    tx,
    sql`insert into rollup_cells ${CELL_COLUMNS}
      select ${year}, b.scope,
        case when grouping(y.region) = 0 then 'region' when grouping(y.industry) = 0 then 'industry' when grouping(y.kind) = 0 then 'kind' else 'total' end,
        coalesce(case when grouping(y.region) = 0 then y.region when grouping(y.industry) = 0 then y.industry when grouping(y.kind) = 0 then y.kind end, ''),
        ${FIGURES}
      from ${base} b join rollup_org_years y on y.year = ${year} and y.organization_id = b.organization_id
      group by grouping sets ((b.scope), (b.scope, y.region), (b.scope, y.industry), (b.scope, y.kind))
      returning 1`,
  );
  // By support kind (every scope) and by program (centers and clusters): the organizations that
  // had that support, their figures, and the records and won of that support alone.
  const tallies = await rowsOf(
    tx,
    sql`with tagged as (
        select s.scope, 'supportKind' as dimension, k.key, s.organization_id, (k.value->>0)::int as records, (k.value->>1)::bigint as krw
        from rollup_org_year_scopes s, jsonb_each(s.by_kind) k where s.year = ${year} and s.scope = any(${sql.param(local)}::text[])
        union all
        select s.scope, 'program', p.key, s.organization_id, (p.value->>0)::int, (p.value->>1)::bigint
        from rollup_org_year_scopes s, jsonb_each(s.by_program) p where s.year = ${year} and s.scope = any(${sql.param(local)}::text[])
        union all
        select 'national', 'supportKind', k.key, s.organization_id, (k.value->>0)::int, (k.value->>1)::bigint
        from rollup_org_year_scopes s, jsonb_each(s.by_kind) k where ${national}::boolean and s.year = ${year}
      ),
      b as (
        select scope, dimension, key, organization_id, sum(records)::int as records, sum(krw)::bigint as krw,
          (case when dimension = 'supportKind' and key = 'tech_transfer' then sum(records) else 0 end)::int as tech
        from tagged group by 1, 2, 3, 4
      )
      insert into rollup_cells ${CELL_COLUMNS}
      select ${year}, b.scope, b.dimension, b.key, ${FIGURES}
      from b join rollup_org_years y on y.year = ${year} and y.organization_id = b.organization_id
      group by b.scope, b.dimension, b.key
      returning 1`,
  );
  // The nation's overlap: organizations at least one center counted (key anyCenter) and more than one (key centers), and their figures.
  const overlap = national
    ? await rowsOf(
        tx,
        sql`insert into rollup_cells ${CELL_COLUMNS}
          select ${year}, 'national', 'overlap', k.key, ${FIGURES}
          from (select s.organization_id, count(*) as centers, sum(s.records)::int as records, sum(s.value_krw)::bigint as krw, sum(s.tech_transfers)::int as tech
                from rollup_org_year_scopes s where s.year = ${year} and s.scope like 'c:%' group by s.organization_id) b
            cross join unnest(case when b.centers > 1 then array['anyCenter', 'centers'] else array['anyCenter'] end) as k(key)
            join rollup_org_years y on y.year = ${year} and y.organization_id = b.organization_id
          group by k.key
          returning 1`,
      )
    : [];
  return totals.length + tallies.length + overlap.length;
}

/** Marks every organization-year dirty: for a database loaded with the triggers off (the benchmark), or to start over. */
export async function markAllDirty(database: Database): Promise<void> {
  await database.db.execute(sql`
    insert into rollup_dirty (organization_id, year)
    select organization_id, y from support_records,
      generate_series(extract(year from started_on)::int, least(extract(year from coalesce(ended_on, started_on))::int, extract(year from started_on)::int + 30)) y
    union select organization_id, extract(year from period_start)::int from outcome_records
    on conflict do nothing`);
}

/** Runs refreshRollups every `intervalMs` (a change shows on the dashboards within seconds); the stop waits for a refresh under way. */
export function startRollupJob(deps: Deps, intervalMs = 2000): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  const run = () => {
    running ??= refreshRollups(deps.database)
      .catch((error) => deps.logger.warn({ err: error }, 'rollup refresh failed'))
      .finally(() => (running = undefined));
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  run();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
