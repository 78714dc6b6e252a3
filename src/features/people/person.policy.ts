import { adminCenters, coordinatedClusters, isNational, type Actor } from '../auth/actor.ts';

/** Who may grant a membership: national admins any; center admins within their center; coordinators within their cluster. */
export function mayGrant(
  actor: Actor,
  m: { role: string; centerId?: string | null; clusterId?: string | null },
  orgScope: { centerIds: string[]; clusterIds: string[] },
): boolean {
  if (isNational(actor)) return true;
  const centers = adminCenters(actor);
  const clusters = coordinatedClusters(actor);
  switch (m.role) {
    case 'national_admin':
      return false;
    case 'center_admin':
    case 'center_manager':
    case 'sponsor':
      return !!m.centerId && centers.includes(m.centerId);
    case 'expert':
    case 'judge':
      return (!!m.centerId && centers.includes(m.centerId)) || (!!m.clusterId && clusters.includes(m.clusterId));
    case 'cluster_coordinator':
      return !!m.clusterId && clusters.includes(m.clusterId);
    case 'company_member':
      return orgScope.centerIds.some((c) => centers.includes(c)) || orgScope.clusterIds.some((c) => clusters.includes(c));
    default:
      return false;
  }
}

/** People administration is for national admins, center admins and cluster coordinators. */
export function mayAdministerPeople(actor: Actor | null): actor is Actor {
  return isNational(actor) || adminCenters(actor).length > 0 || coordinatedClusters(actor).length > 0;
}
