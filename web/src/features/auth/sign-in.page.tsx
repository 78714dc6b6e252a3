import { Alert, Box, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError, apiSession, unwrap } from '../../api/client';
import { LanguageSwitch } from '../../components/language.switch';
import { Logo } from '../../components/logo';
import { ProblemAlert } from '../../components/problem.alert';
import { RouterAnchor } from '../../components/router-link';
import { meQuery } from './session.queries';

export function SignInPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/sign-in' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('auth.emailInvalid')),
      password: (v) => (v ? null : t('validation.required')),
    },
  });
  const signIn = useMutation({
    mutationFn: (values: { email: string; password: string }) =>
      unwrap(api.POST('/api/v1/auth/sign-in', { body: { email: values.email.trim(), password: values.password } })),
    onSuccess: async (me) => {
      apiSession.setCsrfToken(me.csrfToken);
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, me);
      const target = search.redirect && search.redirect.startsWith('/') && !search.redirect.startsWith('//') ? search.redirect : '/';
      await navigate({ href: target, replace: true });
    },
  });

  const failure =
    signIn.error instanceof ApiError && signIn.error.problem ? signIn.error.problem.detail : signIn.error ? t('common.tryAgainLater') : null;

  return (
    <Box mih="100vh" bg="linear-gradient(160deg, var(--mantine-color-brand-0) 0%, var(--mantine-color-gray-0) 55%)">
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center px="md" pb="xl" mih="calc(100vh - 140px)">
        <Stack w="100%" maw={420} gap="lg">
          <Center>
            <Logo size="lg" />
          </Center>
          <Paper withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 32 }}>
            <form onSubmit={form.onSubmit((values) => signIn.mutate(values))} noValidate>
              <Stack gap="md">
                <div>
                  <Title order={3}>{t('auth.signInTitle')}</Title>
                  <Text size="sm" c="dimmed" mt={4}>
                    {t('auth.signInLead')}
                  </Text>
                </div>
                {search.reason === 'expired' ? (
                  <Alert color="yellow" role="status" data-testid="session-expired">
                    {t('auth.sessionExpired')}
                  </Alert>
                ) : null}
                {search.reason === 'signedOut' ? (
                  <Alert color="brand" role="status">
                    {t('auth.signedOut')}
                  </Alert>
                ) : null}
                <ProblemAlert>{failure}</ProblemAlert>
                <TextInput
                  label={t('auth.email')}
                  type="email"
                  autoComplete="username"
                  placeholder="name@example.kr"
                  required
                  {...form.getInputProps('email')}
                />
                <PasswordInput label={t('auth.password')} autoComplete="current-password" required {...form.getInputProps('password')} />
                <Button type="submit" size="md" loading={signIn.isPending} fullWidth mt="xs">
                  {t('auth.signIn')}
                </Button>
              </Stack>
            </form>
          </Paper>
          <Text size="sm" ta="center">
            {t('auth.noAccount')}{' '}
            <RouterAnchor to="/sign-up" search={{ redirect: search.redirect }} fw={600} data-testid="sign-up-link">
              {t('auth.signUp')}
            </RouterAnchor>
          </Text>
          <Text size="sm" ta="center">
            {t('auth.publicCallsLead')}{' '}
            <RouterAnchor to="/calls" fw={600} data-testid="public-calls-link">
              {t('auth.publicCalls')}
            </RouterAnchor>
          </Text>
          <Text size="xs" c="dimmed" ta="center">
            {t('shell.footer')}
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
