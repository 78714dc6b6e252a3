import type { Me } from '../../api/client';
import { coordinatedClusterIds, isNationalAdmin, staffCenterIds } from '../auth/scope';
import type { TargetScope } from './target.codes';

/** The center or cluster whose staff set the scope's targets. */
const tenantOf = (scope: TargetScope): { centerId: string | null; clusterId: string | null } =>
  'programId' in scope ? { centerId: scope.centerId, clusterId: scope.clusterId } : 'clusterId' in scope ? { centerId: null, clusterId: scope.clusterId } : { centerId: scope.centerId, clusterId: null };

/** The server's rule: staff of the center, coordinators of the cluster set its targets. */
export function maySetTargets(me: Me, scope: TargetScope): boolean {
  const tenant = tenantOf(scope);
  if (tenant.centerId) return staffCenterIds(me).includes(tenant.centerId);
  if (tenant.clusterId) return coordinatedClusterIds(me).includes(tenant.clusterId);
  return false;
}

/** …and the national office reads them. */
export const mayReadTargets = (me: Me, scope: TargetScope) => isNationalAdmin(me) || maySetTargets(me, scope);
