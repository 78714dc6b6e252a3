import type { TFunction } from 'i18next';
import type { Membership } from '../../api/client';

/** "센터 담당자 · 인천센터" — a role in its scope. */
export function membershipLabel(t: TFunction, m: Membership): string {
  const scope = m.centerName ?? m.clusterName ?? m.organizationName ?? t('scope.national');
  return `${t(`codes.role.${m.role}`)} · ${scope}`;
}
