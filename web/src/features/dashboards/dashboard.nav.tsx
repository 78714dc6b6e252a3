import { useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RouterNavLink } from '../../components/router-link';
import { useMe } from '../auth/session.queries';
import { DashboardIcon } from './dashboard.icons';
import { ownDashboard } from './dashboard.scope';

/**
 * 대시보드 in the navigation: the person's own scope (national, their center, their cluster);
 * nothing for those without one. Lit on their own dashboard (the national office: on any).
 */
export function DashboardNavLink() {
  const { t } = useTranslation();
  const scope = ownDashboard(useMe());
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  if (!scope) return null;
  const own = scope.kind === 'national' ? '/dashboards/' : `/dashboards/${scope.kind === 'center' ? 'centers' : 'clusters'}/${scope.id}`;
  const common = { label: t('nav.dashboard'), leftSection: <DashboardIcon />, active: pathname.startsWith(own), 'data-testid': 'nav-dashboard' };
  if (scope.kind === 'national') return <RouterNavLink to="/dashboards/national" {...common} />;
  if (scope.kind === 'center') return <RouterNavLink to="/dashboards/centers/$centerId" params={{ centerId: scope.id }} {...common} />;
  return <RouterNavLink to="/dashboards/clusters/$clusterId" params={{ clusterId: scope.id }} {...common} />;
}
