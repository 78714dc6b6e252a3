import { Avatar, Box, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ChevronDownIcon, KeyIcon, LogoutIcon } from '../../components/icons';
import { useMembershipLabel } from './membership.label';
import { activeMembership } from './scope';
import { useMe, useSignOut } from './session.queries';

export function UserMenu() {
  const { t } = useTranslation();
  const membershipLabel = useMembershipLabel();
  const me = useMe();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const active = activeMembership(me);
  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={t('shell.account')} data-testid="user-menu">
          <Group gap={8} wrap="nowrap">
            <Avatar color="brand" radius="xl" size={34}>
              {me.person.name.slice(0, 1)}
            </Avatar>
            <Box style={{ lineHeight: 1.2 }} visibleFrom="sm">
              <Text size="sm" fw={600} lineClamp={1}>
                {me.person.name}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {active ? membershipLabel(active) : me.person.email}
              </Text>
            </Box>
            <ChevronDownIcon size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.person.email}</Menu.Label>
        <Menu.Item leftSection={<KeyIcon size={16} />} onClick={() => void navigate({ to: '/account' })}>
          {t('auth.changePassword')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<LogoutIcon size={16} />}
          onClick={() =>
            signOut.mutate(undefined, { onSettled: () => void navigate({ to: '/sign-in', search: { reason: 'signedOut' } }) })
          }
        >
          {t('auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
