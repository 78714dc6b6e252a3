import { lazy, Suspense } from 'react';
import { PageLoader } from '../../components/query-state';
import { activeMembership } from '../auth/scope';
import { useMe } from '../auth/session.queries';
import { CentersOverview } from './centers-overview.view';
import { WelcomeHome } from './welcome.view';

// The charts (recharts) load only for people whose home shows them.
const CenterHome = lazy(() => import('./center-home.view').then((m) => ({ default: m.CenterHome })));

/** Home depends on the active scope: the national overview, a center's home, or a personal start page. */
export function HomePage() {
  const me = useMe();
  const active = activeMembership(me);
  if (active?.role === 'national_admin') return <CentersOverview />;
  if (active?.centerId && (active.role === 'center_admin' || active.role === 'center_manager' || active.role === 'sponsor')) {
    return (
      <Suspense fallback={<PageLoader />}>
        <CenterHome centerId={active.centerId} />
      </Suspense>
    );
  }
  return <WelcomeHome />;
}
