import { activeMembership } from '../auth/scope';
import { useMe } from '../auth/session.queries';
import { CenterHome } from './center-home.view';
import { CentersOverview } from './centers-overview.view';
import { WelcomeHome } from './welcome.view';

/** Home depends on the active scope: the national overview, a center's home, or a personal start page. */
export function HomePage() {
  const me = useMe();
  const active = activeMembership(me);
  if (active?.role === 'national_admin') return <CentersOverview />;
  if (active?.centerId && (active.role === 'center_admin' || active.role === 'center_manager' || active.role === 'sponsor')) {
    return <CenterHome centerId={active.centerId} />;
  }
  return <WelcomeHome />;
}
