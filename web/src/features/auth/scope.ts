import type { Me, Membership, Role } from '../../api/client';

/** The membership the app works in: the one chosen in the scope switcher, else the first. */
export function activeMembership(me: Me): Membership | undefined {
  return me.memberships.find((m) => m.id === me.activeMembershipId) ?? me.memberships[0];
}

export const hasRole = (me: Me, ...roles: Role[]) => me.memberships.some((m) => roles.includes(m.role));

export const isNationalAdmin = (me: Me) => hasRole(me, 'national_admin');

/** Centers whose ledger the person writes (admins and managers). */
export const staffCenterIds = (me: Me) => [
  ...new Set(me.memberships.filter((m) => (m.role === 'center_admin' || m.role === 'center_manager') && m.centerId).map((m) => m.centerId!)),
];

export const coordinatedClusterIds = (me: Me) => [
  ...new Set(me.memberships.filter((m) => m.role === 'cluster_coordinator' && m.clusterId).map((m) => m.clusterId!)),
];

/** Staff of a center, coordinators of a cluster and the national office keep the support ledger. */
export const isStaff = (me: Me) => isNationalAdmin(me) || staffCenterIds(me).length > 0 || coordinatedClusterIds(me).length > 0;

export const canAdministerPeople = (me: Me) => isNationalAdmin(me) || hasRole(me, 'center_admin', 'cluster_coordinator');

/** National and center administrators read the mail outbox (center admins: their center's). */
export const canReadOutbox = (me: Me) => hasRole(me, 'national_admin', 'center_admin');

/** The center the active scope points at, for defaults in forms. */
export function activeCenterId(me: Me): string | undefined {
  const active = activeMembership(me);
  if (active?.centerId) return active.centerId;
  return staffCenterIds(me)[0];
}
