import { AppShell, Box, Burger, Group, ScrollArea, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { canAdministerPeople, canReadOutbox, hasRole, isStaff } from '../features/auth/scope';
import { ScopeSwitcher } from '../features/auth/scope.switcher';
import { useMe } from '../features/auth/session.queries';
import { UserMenu } from '../features/auth/user.menu';
import { SurveyIcon } from '../features/campaigns/campaign.icons';
import { DashboardNavLink } from '../features/dashboards/dashboard.nav';
import { JudgingIcon } from '../features/evaluation/judge/judge.icons';
import { ChartIcon } from '../features/outcomes/outcome.icons';
import { BriefcaseIcon, BuildingIcon, EditIcon, HomeIcon, LedgerIcon, MailIcon, MegaphoneIcon, UploadIcon, UsersIcon } from './icons';
import { LanguageSwitch } from './language.switch';
import { Logo } from './logo';
import { RouterNavLink } from './router-link';

/** The signed-in frame: header with scope, language and account; navigation; the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  useEffect(close, [pathname, close]);

  const section = (prefix: string) => (prefix === '/' ? pathname === '/' : pathname.startsWith(prefix));

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding={{ base: 'md', sm: 'xl' }}>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.menu')} />
            <Logo />
          </Group>
          <Group gap="md" wrap="nowrap">
            <Box visibleFrom="md">
              <ScopeSwitcher />
            </Box>
            <Box visibleFrom="sm">
              <LanguageSwitch />
            </Box>
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="md" aria-label={t('shell.navigation')}>
        <AppShell.Section grow component={ScrollArea}>
          <Stack gap={4}>
            <RouterNavLink to="/" label={t('nav.home')} leftSection={<HomeIcon />} active={section('/')} />
            <DashboardNavLink />
            <RouterNavLink to="/organizations" label={t('nav.organizations')} leftSection={<BuildingIcon />} active={section('/organizations')} />
            <RouterNavLink to="/programs" label={t('nav.programs')} leftSection={<BriefcaseIcon />} active={section('/programs')} />
            <RouterNavLink to="/calls" label={t('nav.calls')} leftSection={<MegaphoneIcon />} active={section('/calls')} />
            {me.memberships.some((m) => m.role === 'company_member') ? (
              <RouterNavLink to="/applications" label={t('nav.myApplications')} leftSection={<EditIcon />} active={section('/applications')} />
            ) : null}
            {hasRole(me, 'judge') ? (
              <RouterNavLink to="/judging" label={t('judging.nav')} leftSection={<JudgingIcon />} active={section('/judging') || section('/me/judge-profile')} />
            ) : null}
            {isStaff(me) ? (
              <RouterNavLink to="/support-records" label={t('nav.supportRecords')} leftSection={<LedgerIcon />} active={section('/support-records')} />
            ) : null}
            {isStaff(me) ? (
              <RouterNavLink to="/outcomes" label={t('nav.outcomes')} leftSection={<ChartIcon />} active={section('/outcomes')} />
            ) : null}
            {isStaff(me) ? (
              <RouterNavLink to="/imports" label={t('nav.imports')} leftSection={<UploadIcon />} active={section('/imports')} />
            ) : null}
            {isStaff(me) ? (
              <RouterNavLink to="/campaigns" label={t('nav.campaigns')} leftSection={<SurveyIcon />} active={section('/campaigns')} />
            ) : null}
            {canAdministerPeople(me) ? (
              <RouterNavLink to="/people" label={t('nav.people')} leftSection={<UsersIcon />} active={section('/people')} />
            ) : null}
            {canReadOutbox(me) ? (
              <RouterNavLink to="/outbox" label={t('nav.outbox')} leftSection={<MailIcon />} active={section('/outbox')} />
            ) : null}
          </Stack>
        </AppShell.Section>
        <AppShell.Section>
          <Stack gap="sm" hiddenFrom="md">
            <ScopeSwitcher fullWidth />
            <Box hiddenFrom="sm">
              <LanguageSwitch size="sm" />
            </Box>
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main bg="var(--mantine-color-gray-0)">
        <Box maw={1320} mx="auto">
          <Outlet />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
