import { Box, Container, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../features/auth/session.queries';
import { AppLayout } from './app.layout';
import { LanguageSwitch } from './language.switch';
import { Logo } from './logo';
import { PageLoader } from './query-state';
import { RouterButton } from './router-link';

/**
 * The frame of pages anyone may read (the call list and calls): a signed-in person keeps the
 * app's frame and navigation; a visitor gets a light header with the language and 로그인.
 */
export function PublicLayout() {
  const me = useQuery({ ...meQuery, retry: false });
  if (me.isPending) return <PageLoader />;
  if (me.data) return <AppLayout />;
  return <VisitorFrame />;
}

function VisitorFrame() {
  const { t } = useTranslation();
  const href = useRouterState({ select: (s) => s.location.href });
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)" style={{ display: 'flex', flexDirection: 'column' }}>
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
        <Container size={1320} h={64}>
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Logo to="/calls" />
            <Group gap="md" wrap="nowrap">
              <Box visibleFrom="xs">
                <LanguageSwitch />
              </Box>
              <RouterButton to="/sign-in" search={{ redirect: href }} variant="light" data-testid="public-sign-in">
                {t('auth.signIn')}
              </RouterButton>
            </Group>
          </Group>
        </Container>
      </Box>
      <Container size={1320} w="100%" py={{ base: 'md', sm: 'xl' }} style={{ flex: 1 }} component="main">
        <Outlet />
      </Container>
      <Box component="footer" py="md" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
        <Container size={1320}>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text size="xs" c="dimmed">
              {t('shell.footer')}
            </Text>
            <Box hiddenFrom="xs">
              <LanguageSwitch />
            </Box>
          </Group>
        </Container>
      </Box>
    </Box>
  );
}
