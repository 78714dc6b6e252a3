import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { centerRows } from './center.data.ts';
import { centers } from './center.table.ts';
import type { CenterOut } from './center.schema.ts';

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
  const all = await db.select({ id: centers.id, name: centers.name, shortName: centers.shortName, region: centers.region }).from(centers);
  const s = ref.trim();
  const exact = all.find((c) => c.id === s.toLowerCase() || c.name === s || c.shortName === s || c.shortName === `${s}센터`);
  if (exact) return exact.id;
  const byRegion = all.filter((c) => c.region === s);
  return byRegion.length === 1 ? byRegion[0]!.id : undefined;
}
