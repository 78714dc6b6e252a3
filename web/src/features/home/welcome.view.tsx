import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BuildingIcon, KeyIcon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { RouterButton } from '../../components/router-link';
import { useMembershipLabel } from '../auth/membership.label';
import { activeMembership } from '../auth/scope';
import { useMe } from '../auth/session.queries';
import { OutcomeRequestsCard } from '../campaigns/requests.card';

/** Home for experts, judges, coordinators and company members: where to go next. */
export function WelcomeHome() {
  const { t } = useTranslation();
  const membershipLabel = useMembershipLabel();
  const me = useMe();
  const active = activeMembership(me);
  return (
    <>
      <PageHeader title={t('home.welcome', { name: me.person.name })} description={active ? membershipLabel(active) : undefined} />
      {active?.organizationId ? <OutcomeRequestsCard /> : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} maw={900}>
        {active?.organizationId ? (
          <Card>
            <Stack gap="sm" align="flex-start">
              <BuildingIcon size={28} />
              <Title order={4}>{active.organizationName}</Title>
              <Text size="sm" c="dimmed">
                {t('home.myOrganizationLead')}
              </Text>
              <RouterButton to="/organizations/$organizationId" params={{ organizationId: active.organizationId }} variant="light">
                {t('home.openMyOrganization')}
              </RouterButton>
            </Stack>
          </Card>
        ) : null}
        <Card>
          <Stack gap="sm" align="flex-start">
            <BuildingIcon size={28} />
            <Title order={4}>{t('nav.organizations')}</Title>
            <Text size="sm" c="dimmed">
              {t('home.findOrganizationsLead')}
            </Text>
            <RouterButton to="/organizations" variant="light">
              {t('home.findOrganizations')}
            </RouterButton>
          </Stack>
        </Card>
        <Card>
          <Stack gap="sm" align="flex-start">
            <KeyIcon size={28} />
            <Title order={4}>{t('auth.accountTitle')}</Title>
            <Text size="sm" c="dimmed">
              {t('home.accountLead')}
            </Text>
            <RouterButton to="/account" variant="light">
              {t('auth.changePassword')}
            </RouterButton>
          </Stack>
        </Card>
      </SimpleGrid>
    </>
  );
}
