import { sql, type SQL } from 'drizzle-orm';
import { coordinatedClusters, isNational, staffCenters, type Actor } from '../auth/actor.ts';

/** The ledger of a center is written and read in full by its staff; a cluster's by its coordinators. */
export function mayWriteFor(actor: Actor | null, tenant: { centerId: string | null; clusterId: string | null }): boolean {
  if (isNational(actor)) return true;
  if (tenant.centerId) return staffCenters(actor).includes(tenant.centerId);
  if (tenant.clusterId) return coordinatedClusters(actor).includes(tenant.clusterId);
  return false;
}

export const mayReadInFull = mayWriteFor;

/** SQL true for records (`r`) the actor reads in full. */
export function fullRecordSql(actor: Actor | null, alias: SQL = sql`r`): SQL {
  if (isNational(actor)) return sql`true`;
  return sql`(${alias}.center_id in (select unnest(${sql.param(staffCenters(actor))}::text[])) or ${alias}.cluster_id in (select unnest(${sql.param(coordinatedClusters(actor))}::uuid[])))`;
}
