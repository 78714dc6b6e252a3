/** Who is asking: a signed-in person with their memberships, or nobody. */

import type { Role } from './roles.ts';

export { roles, type Role } from './roles.ts';

export type Membership = {
  id: string;
  role: Role;
  centerId: string | null;
  clusterId: string | null;
  organizationId: string | null;
};

export type Actor = {
  personId: string;
  email: string;
  name: string;
  locale: string;
  memberships: Membership[];
  via: 'session' | 'token';
  sessionId?: string;
  activeMembershipId?: string | null;
};

export function isNational(actor: Actor | null): boolean {
  return !!actor?.memberships.some((m) => m.role === 'national_admin');
}

function scopeIds<K extends 'centerId' | 'clusterId' | 'organizationId'>(actor: Actor | null, key: K, of: Role[]): string[] {
  if (!actor) return [];
  const ids = actor.memberships.filter((m) => of.includes(m.role) && m[key]).map((m) => m[key] as string);
  return [...new Set(ids)];
}

/** Centers whose staff the actor is (admin or manager): full read and write of that center's data. */
export const staffCenters = (actor: Actor | null) => scopeIds(actor, 'centerId', ['center_admin', 'center_manager']);
export const adminCenters = (actor: Actor | null) => scopeIds(actor, 'centerId', ['center_admin']);
export const coordinatedClusters = (actor: Actor | null) => scopeIds(actor, 'clusterId', ['cluster_coordinator']);
export const memberOrganizations = (actor: Actor | null) => scopeIds(actor, 'organizationId', ['company_member']);
/** Staff of a center or coordinators of a cluster: the people who work the ledger. */
export function isStaff(actor: Actor | null): boolean {
  return isNational(actor) || staffCenters(actor).length > 0 || coordinatedClusters(actor).length > 0;
}
