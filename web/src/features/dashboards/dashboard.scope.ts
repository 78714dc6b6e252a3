import type { Me, Membership } from '../../api/client';
import { activeMembership } from '../auth/scope';
import type { DashboardScope } from './dashboard.codes';

const scopeOf = (m: Membership): DashboardScope | null => {
  if (m.role === 'national_admin') return { kind: 'national' };
  if ((m.role === 'center_admin' || m.role === 'center_manager') && m.centerId) return { kind: 'center', id: m.centerId };
  if (m.role === 'cluster_coordinator' && m.clusterId) return { kind: 'cluster', id: m.clusterId };
  return null;
};

/** The dashboard a person's 대시보드 link opens: that of the active scope, else of the first membership that has one. */
export function ownDashboard(me: Me): DashboardScope | null {
  const active = activeMembership(me);
  return (active && scopeOf(active)) ?? me.memberships.map(scopeOf).find((s) => s !== null) ?? null;
}
