import { sql, type SQL } from 'drizzle-orm';
import { coordinatedClusters, isNational, memberOrganizations, staffCenters, type Actor } from '../auth/actor.ts';

/** The centers and clusters an organization works with: its affiliations and the tenants of its support records. */
export type OrganizationTenants = { centerIds: string[]; clusterIds: string[] };

/**
 * DESIGN.md §3: staff see the full record of organizations their center or cluster works with,
 * and the public profile of every other; the national office sees everything; a company member
 * sees its own organization in full.
 */
export function accessTo(actor: Actor | null, organizationId: string, tenants: OrganizationTenants): 'full' | 'public' {
  if (!actor) return 'public';
  if (isNational(actor) || memberOrganizations(actor).includes(organizationId)) return 'full';
  const centers = staffCenters(actor);
  const clusters = coordinatedClusters(actor);
  return tenants.centerIds.some((c) => centers.includes(c)) || tenants.clusterIds.some((c) => clusters.includes(c)) ? 'full' : 'public';
}

/** Staff with full access and the company's own members may edit its profile. */
export function mayUpdate(actor: Actor | null, organizationId: string, tenants: OrganizationTenants): boolean {
  return accessTo(actor, organizationId, tenants) === 'full' && !!actor;
}

export function mayCreate(actor: Actor | null): boolean {
  return isNational(actor) || staffCenters(actor).length > 0 || coordinatedClusters(actor).length > 0;
}

/** Affiliations with a center are managed by its staff, with a cluster by its coordinators. */
export function mayManageAffiliation(actor: Actor | null, target: { centerId?: string | null; clusterId?: string | null }): boolean {
  if (isNational(actor)) return true;
  if (target.centerId) return staffCenters(actor).includes(target.centerId);
  if (target.clusterId) return coordinatedClusters(actor).includes(target.clusterId);
  return false;
}

/** SQL selecting the ids of the organizations the actor works with (not for national admins: all). */
export function workedWithIdsSql(actor: Actor | null): SQL {
  const centers = staffCenters(actor);
  const clusters = coordinatedClusters(actor);
  const own = memberOrganizations(actor);
  return sql`
    select unnest(${sql.param(own)}::uuid[])
    union all select fa.organization_id from affiliations fa
      where fa.center_id in (select unnest(${sql.param(centers)}::text[])) or fa.cluster_id in (select unnest(${sql.param(clusters)}::uuid[]))
    union all select fs.organization_id from support_records fs
      where fs.center_id in (select unnest(${sql.param(centers)}::text[])) or fs.cluster_id in (select unnest(${sql.param(clusters)}::uuid[]))`;
}

/** SQL that is true for organizations (`o`) the actor has full access to. */
export function fullAccessSql(actor: Actor | null, alias: SQL = sql`o`): SQL {
  if (!actor) return sql`false`;
  if (isNational(actor)) return sql`true`;
  // One set of ids, not two correlated subqueries per row: 546 → 87 ms at 100,000 organizations.
  return sql`${alias}.id in (${workedWithIdsSql(actor)})`;
}
