import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Deps, RequestScope } from '../../http/context.ts';
import { seoulToday } from '../../shared/clock.ts';
import { isNational } from '../auth/actor.ts';
import { AppError } from '../../http/errors.ts';
import { centerRows } from './center.data.ts';
import { centers } from './center.table.ts';
import type { CenterOut, CenterSummaryOut } from './center.schema.ts';

/** Writes the reference centers; run after every migration, demo or not. */
export async function upsertReferenceCenters(db: Db): Promise<void> {
  for (const row of centerRows()) {
    await db
      .insert(centers)
      .values(row)
      .onConflictDoUpdate({
        target: centers.id,
        set: {
          name: row.name,
          nameEn: row.nameEn,
          shortName: row.shortName,
          region: row.region,
          sponsorName: row.sponsorName,
          sponsorNameEn: row.sponsorNameEn,
          specialty: row.specialty,
          specialtyEn: row.specialtyEn,
          openedOn: row.openedOn,
          sortOrder: row.sortOrder,
        },
      });
  }
}

/** Centers are public reference data: anyone may read them. */
export async function listCenters(deps: Deps): Promise<CenterOut[]> {
  return deps.database.rows<CenterOut>(sql`
    select c.id, c.name, c.name_en as "nameEn", c.short_name as "shortName", c.region,
      c.sponsor_name as "sponsorName", c.sponsor_name_en as "sponsorNameEn", c.specialty,
      c.specialty_en as "specialtyEn", c.opened_on::text as "openedOn",
      (select count(distinct a.organization_id) from affiliations a
        where a.center_id = c.id and (a.ended_on is null or a.ended_on >= current_date))::int as "organizationCount"
    from ${centers} c order by c.sort_order`);
}

export async function getCenter(deps: Deps, id: string): Promise<CenterOut> {
  const center = (await listCenters(deps)).find((c) => c.id === id);
  if (!center) throw AppError.notFound();
  return center;
}

/**
 * Finds a center by id, full or short name, or region, as people name them on the command
 * line (`--center 인천`). A region with two centers (경북: 경북 and 포항) means its own center.
 */
export async function resolveCenter(db: Db, ref: string): Promise<string | undefined> {
  return (await centerResolver(db))(ref);
}

/** Finds centers by id, name, short name (인천, 인천센터) or region, for many references at once (imports). */
export async function centerResolver(db: Db): Promise<(ref: string) => string | undefined> {
  const all = await db.select({ id: centers.id, name: centers.name, shortName: centers.shortName, region: centers.region }).from(centers);
  return (ref) => {
    const s = ref.trim();
    const exact = all.find((c) => c.id === s.toLowerCase() || c.name === s || c.shortName === s || c.shortName === `${s}센터`);
    if (exact) return exact.id;
    const byRegion = all.filter((c) => c.region === s);
    return byRegion.length === 1 ? byRegion[0]!.id : undefined;
  };
}

/** The counts of a center's home screen: its staff, sponsor and the national office may read them. */
export async function centerSummary(deps: Deps, scope: RequestScope, id: string): Promise<CenterSummaryOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  await getCenter(deps, id);
  const allowed = isNational(actor) || actor.memberships.some((m) => m.centerId === id && ['center_admin', 'center_manager', 'sponsor'].includes(m.role));
  if (!allowed) throw AppError.notFound();
  const year = Number(seoulToday(deps.clock).slice(0, 4));
  const current = sql`exists (select 1 from affiliations a where a.organization_id = o.id and a.center_id = ${id} and (a.ended_on is null or a.ended_on >= current_date))`;
  const byKind = await deps.database.rows<{ key: string; n: number }>(sql`select o.kind as key, count(*)::int as n from organizations o where ${current} group by 1`);
  const byStage = await deps.database.rows<{ key: string; n: number }>(sql`select coalesce(o.stage, 'unknown') as key, count(*)::int as n from organizations o where ${current} group by 1`);
  const support = await deps.database.rows<{ key: string; n: number; orgs: number; value: string | number | null }>(sql`
    select kind as key, count(*)::int as n, count(distinct organization_id)::int as orgs, sum(value_krw) as value
    from support_records where center_id = ${id} and extract(year from started_on) = ${year} group by rollup(kind)`);
  const byYear = await deps.database.rows<{ year: number; records: number; organizations: number }>(sql`
    select extract(year from started_on)::int as year, count(*)::int as records, count(distinct organization_id)::int as organizations
    from support_records where center_id = ${id} group by 1 order by 1`);
  const toMap = (rows: { key: string | null; n: number }[]) => Object.fromEntries(rows.filter((r) => r.key !== null).map((r) => [r.key, r.n]));
  const totalRow = support.find((r) => r.key === null);
  return {
    centerId: id,
    year,
    organizations: { total: byKind.reduce((s, r) => s + r.n, 0), byKind: toMap(byKind), byStage: toMap(byStage) },
    supportThisYear: {
      records: totalRow?.n ?? 0,
      organizations: totalRow?.orgs ?? 0,
      valueKrw: Number(totalRow?.value ?? 0),
      byKind: toMap(support),
    },
    supportByYear: byYear,
  };
}
