import { sql, type SQL } from 'drizzle-orm';
import { coordinatedClusters, isNational, staffCenters, type Actor } from '../auth/actor.ts';

/** Whose a target is: its center or cluster, or its program's. */
export type TargetTenant = { centerId: string | null; clusterId: string | null };

/** Staff of the center, coordinators of the cluster: they set and change its targets. */
export function mayWriteTargets(actor: Actor | null, tenant: TargetTenant): boolean {
  if (tenant.centerId) return staffCenters(actor).includes(tenant.centerId);
  if (tenant.clusterId) return coordinatedClusters(actor).includes(tenant.clusterId);
  return false;
}

/** The same people and the national office, which follows every target but sets none of theirs. */
export const mayReadTargets = (actor: Actor | null, tenant: TargetTenant) => isNational(actor) || mayWriteTargets(actor, tenant);

/** Whether the actor sets any targets at all: staff of a center, coordinators of a cluster. */
export const writesAnyTargets = (actor: Actor | null) => staffCenters(actor).length > 0 || coordinatedClusters(actor).length > 0;

/** SQL true for the targets the actor reads, given the tenant's columns. */
export function readableTargetsSql(actor: Actor | null, tenant: { centerId: SQL; clusterId: SQL }): SQL {
  if (isNational(actor)) return sql`true`;
  return sql`(${tenant.centerId} = any(${sql.param(staffCenters(actor))}::text[]) or ${tenant.clusterId} = any(${sql.param(coordinatedClusters(actor))}::uuid[]))`;
}
