import { useTranslation } from 'react-i18next';
import type { Membership } from '../../api/client';
import { useLabels } from '../../i18n/labels';
import { useCenterLabel } from '../centers/center.queries';

/** "센터 담당자 · 인천센터" / "Center manager · Incheon Center": a role in its scope. */
export function useMembershipLabel() {
  const { t } = useTranslation();
  const labels = useLabels();
  const centerLabel = useCenterLabel();
  return (m: Membership): string => {
    const scope = m.centerId ? centerLabel(m.centerId, m.centerName) : (m.clusterName ?? m.organizationName ?? t('scope.national'));
    return `${labels.role(m.role)} · ${scope}`;
  };
}
