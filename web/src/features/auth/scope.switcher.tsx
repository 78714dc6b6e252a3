import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../api/form-errors';
import { useMembershipLabel } from './membership.label';
import { activeMembership } from './scope';
import { useMe, useSwitchScope } from './session.queries';

/** For people with several memberships: the scope the app works in. */
export function ScopeSwitcher({ fullWidth = false }: { fullWidth?: boolean }) {
  const { t } = useTranslation();
  const membershipLabel = useMembershipLabel();
  const me = useMe();
  const switchScope = useSwitchScope();
  if (me.memberships.length < 2) return null;
  return (
    <Select
      aria-label={t('shell.scope')}
      size="sm"
      w={fullWidth ? '100%' : 260}
      allowDeselect={false}
      checkIconPosition="right"
      value={activeMembership(me)?.id ?? null}
      data={me.memberships.map((m) => ({ value: m.id, label: membershipLabel(m) }))}
      disabled={switchScope.isPending}
      onChange={(id) => {
        if (!id) return;
        switchScope.mutate(id, {
          onSuccess: () => notifications.show({ message: t('shell.scopeSwitched'), color: 'brand' }),
          onError: (error) => notifications.show({ color: 'red', message: problemMessage(error, t('common.tryAgainLater')) }),
        });
      }}
    />
  );
}
