import { Alert, Box, Button, Center, Checkbox, Group, List, Modal, Paper, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useRouterState } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, apiSession, unwrap, type Me } from '../../../api/client';
import { fieldErrorsOf, problemMessage } from '../../../api/form-errors';
import { LanguageSwitch } from '../../../components/language.switch';
import { Logo } from '../../../components/logo';
import { ModalActions } from '../../../components/modal-actions';
import { ProblemAlert } from '../../../components/problem.alert';
import { PageLoader } from '../../../components/query-state';
import { RouteError } from '../../../components/route-error';
import { RouterButton } from '../../../components/router-link';
import { useFormat } from '../../../i18n/format';
import { meQuery, useSignOut } from '../../auth/session.queries';
import { JudgeProfileFields } from './judge-profile.fields';
import { emptyProfile, profileBody, profileRules, type ProfileValues } from './judge-profile.form';
import { invitationQuery, type Invitation } from './judge.queries';

const PASSWORD_MIN = 10;

/**
 * 심사위원 위촉: the page of an invitation link, outside the signed-in app. A person without a
 * password sets one (and their judge profile) here and is signed in; a person with one signs in
 * first and accepts; anyone may decline. Expired, declined and spent links are explained.
 */
export function JudgeInvitationPage() {
  const { t } = useTranslation();
  const { token } = useParams({ from: '/judge/invitations/$token' });
  const invitation = useQuery(invitationQuery(token));
  const me = useQuery({ ...meQuery, retry: false });

  return (
    <Box mih="100vh" bg="linear-gradient(160deg, var(--mantine-color-brand-0) 0%, var(--mantine-color-gray-0) 55%)" style={{ wordBreak: 'keep-all' }}>
      <Group justify="space-between" p="md">
        <Logo to="/calls" />
        <LanguageSwitch />
      </Group>
      <Center px={{ base: 'xs', sm: 'md' }} pb="xl">
        <Stack w="100%" maw={820} gap="lg">
          <div>
            <Title order={2}>{t('judging.invitation.title')}</Title>
            {invitation.data?.status === 'invited' && !invitation.data.expired ? (
              <Text c="dimmed" mt={4}>
                {t('judging.invitation.lead')}
              </Text>
            ) : null}
          </div>
          {invitation.isPending || me.isPending ? (
            <PageLoader />
          ) : invitation.isError ? (
            invitation.error instanceof ApiError && invitation.error.status === 404 ? (
              <UnusableLink />
            ) : (
              <RouteError error={invitation.error} reset={() => void invitation.refetch()} />
            )
          ) : (
            <>
              <InvitationSummary invitation={invitation.data} />
              <Answer token={token} invitation={invitation.data} me={me.data ?? null} refresh={() => void invitation.refetch()} />
            </>
          )}
          <Text size="xs" c="dimmed" ta="center">
            {t('shell.footer')}
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}

function InvitationSummary({ invitation }: { invitation: Invitation }) {
  const { t } = useTranslation();
  const f = useFormat();
  const rows: [string, string, string][] = [
    [t('judging.invitation.scope'), invitation.centerOrClusterName, 'invitation-scope'],
    [t('judging.invitation.call'), invitation.callTitle, 'invitation-call'],
    [t('judging.invitation.round'), invitation.roundName, 'invitation-round'],
    [t('judging.invitation.invitee'), `${invitation.name} · ${invitation.email}`, 'invitation-invitee'],
  ];
  if (invitation.status === 'invited' && invitation.expiresAt) rows.push([t('judging.invitation.expiresAt'), f.dateTime(invitation.expiresAt), 'invitation-expires']);
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} data-testid="invitation-summary">
      <Stack gap={8}>
        {rows.map(([label, value, testId]) => (
          <Group key={label} gap="md" wrap="nowrap" align="flex-start">
            <Text size="sm" c="dimmed" w={120} style={{ flexShrink: 0 }}>
              {label}
            </Text>
            <Text size="sm" fw={500} data-testid={testId} style={{ overflowWrap: 'anywhere' }}>
              {value}
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

/** What the person can do with the invitation, given its state and who is signed in. */
function Answer({ token, invitation, me, refresh }: { token: string; invitation: Invitation; me: Me | null; refresh: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const href = useRouterState({ select: (s) => s.location.href });

  if (invitation.status === 'declined')
    return (
      <Alert color="gray" title={t('judging.invitation.declinedTitle')} data-testid="invitation-state">
        {t('judging.invitation.declined')}
      </Alert>
    );
  if (invitation.status !== 'invited') return <UnusableLink />;
  if (invitation.expired)
    return (
      <Alert color="orange" title={t('judging.invitation.expiredTitle')} data-testid="invitation-state">
        {t('judging.invitation.expired', { expiresAt: invitation.expiresAt ? f.dateTime(invitation.expiresAt) : '' })}
      </Alert>
    );
  if (me && me.person.email.toLowerCase() !== invitation.email.toLowerCase()) return <WrongAccount me={me} invitation={invitation} />;
  if (invitation.needsPassword) return <NewJudgeForm token={token} invitation={invitation} refresh={refresh} />;
  if (!me)
    return (
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} data-testid="invitation-sign-in">
        <Stack gap="md">
          <Text size="sm">{t('judging.invitation.signInFirst', { email: invitation.email })}</Text>
          <Group justify="space-between">
            <DeclineButton token={token} onDeclined={refresh} />
            <RouterButton to="/sign-in" search={{ redirect: href }} data-testid="invitation-sign-in-button">
              {t('judging.invitation.signInToAccept')}
            </RouterButton>
          </Group>
        </Stack>
      </Paper>
    );
  return <SignedInAccept token={token} me={me} refresh={refresh} />;
}

function UnusableLink() {
  const { t } = useTranslation();
  return (
    <Alert color="gray" title={t('judging.invitation.unusableTitle')} data-testid="invitation-state">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('judging.invitation.unusable')}</Text>
        <RouterButton to="/sign-in" search={{ redirect: '/judging' }} size="xs" variant="white">
          {t('judging.invitation.signInToJudging')}
        </RouterButton>
      </Stack>
    </Alert>
  );
}

function WrongAccount({ me, invitation }: { me: Me; invitation: Invitation }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const signOut = useSignOut();
  return (
    <Alert color="orange" title={t('judging.invitation.wrongAccountTitle')} data-testid="invitation-state">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('judging.invitation.wrongAccount', { current: me.person.email, invited: invitation.email })}</Text>
        <Button size="xs" variant="white" color="orange" loading={signOut.isPending} onClick={() => signOut.mutate(undefined, { onSettled: () => void queryClient.resetQueries({ queryKey: meQuery.queryKey }) })}>
          {t('auth.signOut')}
        </Button>
      </Stack>
    </Alert>
  );
}

/** After accepting: the session the server started (a new account) or the refreshed one, then the judge's rounds. */
function useAfterAccept() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (me: Me | null) => {
    if (me) {
      apiSession.setCsrfToken(me.csrfToken);
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, me);
    } else {
      // The judge role was added to the signed-in person: the navigation shows 심사 from now on.
      await queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
      await queryClient.invalidateQueries({ queryKey: ['judging'] });
    }
    await navigate({ to: '/judging', replace: true });
  };
}

type AcceptValues = { name: string; password: string; passwordConfirm: string; acceptTerms: boolean; profile: ProfileValues };

/** A person invited without an account yet: name, password, the judge profile and consent. */
function NewJudgeForm({ token, invitation, refresh }: { token: string; invitation: Invitation; refresh: () => void }) {
  const { t } = useTranslation();
  const afterAccept = useAfterAccept();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<AcceptValues>({
    initialValues: { name: invitation.name, password: '', passwordConfirm: '', acceptTerms: false, profile: emptyProfile },
    validate: {
      name: (v) => (!v.trim() ? t('validation.required') : v.trim().length > 100 ? t('validation.tooLong', { maximum: 100 }) : null),
      password: (v) => (v.length >= PASSWORD_MIN ? null : t('auth.passwordTooShort')),
      passwordConfirm: (v, values) => (v === values.password ? null : t('signUp.passwordMismatch')),
      acceptTerms: (v) => (v ? null : t('judging.invitation.consentRequired')),
      profile: profileRules(t),
    },
  });

  const accept = useMutation({
    mutationFn: (v: AcceptValues) =>
      unwrap(
        api.POST('/api/v1/judge-invitations/{token}/accept', {
          params: { path: { token } },
          body: { ...(v.name.trim() !== invitation.name ? { name: v.name.trim() } : {}), password: v.password, acceptTerms: true, profile: profileBody(v.profile) },
        }),
      ),
    onMutate: () => setProblem(null),
    onSuccess: (accepted) => afterAccept(accepted.me),
    onError: (error) => {
      const fields = fieldErrorsOf(error);
      if (Object.keys(fields).length) form.setErrors(fields);
      else setProblem(problemMessage(error, t('common.tryAgainLater')));
      if (error instanceof ApiError && error.status === 409) refresh();
    },
  });

  return (
    <Paper withBorder shadow="sm" radius="lg" p={{ base: 'md', sm: 32 }}>
      <form noValidate aria-label={t('judging.invitation.formLabel')} onSubmit={form.onSubmit((v) => accept.mutate(v))}>
        <Stack gap="xl">
          <Stack gap="sm">
            <Title order={3} fz="lg">
              {t('judging.invitation.account')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('judging.invitation.accountLead', { email: invitation.email })}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
              <TextInput label={t('judging.invitation.name')} withAsterisk autoComplete="name" {...form.getInputProps('name')} />
              <TextInput label={t('auth.email')} value={invitation.email} readOnly variant="filled" />
              <PasswordInput label={t('auth.password')} description={t('auth.passwordRule')} withAsterisk autoComplete="new-password" {...form.getInputProps('password')} />
              <PasswordInput label={t('signUp.passwordConfirm')} withAsterisk autoComplete="new-password" {...form.getInputProps('passwordConfirm')} />
            </SimpleGrid>
          </Stack>

          <Stack gap="sm">
            <Title order={3} fz="lg">
              {t('judging.profile.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('judging.invitation.profileLead')}
            </Text>
            <JudgeProfileFields form={form} />
          </Stack>

          <Consent>
            <Checkbox mt="md" label={t('judging.invitation.consentLabel')} aria-invalid={Boolean(form.errors.acceptTerms)} {...form.getInputProps('acceptTerms', { type: 'checkbox' })} />
          </Consent>

          <ProblemAlert>{problem}</ProblemAlert>
          <Group justify="space-between">
            <DeclineButton token={token} onDeclined={refresh} />
            <Button type="submit" loading={accept.isPending} data-testid="invitation-accept">
              {t('judging.invitation.acceptAndStart')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function Consent({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" bg="var(--mantine-color-gray-0)">
      <Text fw={700} size="sm" mb="xs">
        {t('judging.invitation.consentTitle')}
      </Text>
      <List size="sm" spacing={6} c="gray.8">
        <List.Item>{t('judging.invitation.consentCollected')}</List.Item>
        <List.Item>{t('judging.invitation.consentPurpose')}</List.Item>
        <List.Item>{t('judging.invitation.consentConfidential')}</List.Item>
      </List>
      {children}
    </Paper>
  );
}

/** Signed in as the person invited: consent and accept. */
function SignedInAccept({ token, me, refresh }: { token: string; me: Me; refresh: () => void }) {
  const { t } = useTranslation();
  const afterAccept = useAfterAccept();
  const [terms, setTerms] = useState(false);
  const [termsError, setTermsError] = useState<string | null>(null);
  const accept = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/judge-invitations/{token}/accept', { params: { path: { token } }, body: { acceptTerms: true } })),
    onSuccess: (accepted) => afterAccept(accepted.me),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) refresh();
    },
  });
  return (
    <Paper withBorder shadow="sm" radius="lg" p={{ base: 'md', sm: 'lg' }} data-testid="invitation-signed-in">
      <Stack gap="md">
        <Text size="sm">{t('judging.invitation.signedInAs', { name: me.person.name })}</Text>
        <Consent>
          <Checkbox
            mt="md"
            label={t('judging.invitation.consentLabel')}
            checked={terms}
            error={termsError}
            aria-invalid={Boolean(termsError)}
            onChange={(e) => {
              setTerms(e.currentTarget.checked);
              setTermsError(null);
            }}
          />
        </Consent>
        <ProblemAlert>{accept.error ? problemMessage(accept.error, t('common.tryAgainLater')) : null}</ProblemAlert>
        <Group justify="space-between">
          <DeclineButton token={token} onDeclined={refresh} />
          <Button
            loading={accept.isPending}
            data-testid="invitation-accept"
            onClick={() => (terms ? accept.mutate() : setTermsError(t('judging.invitation.consentRequired')))}
          >
            {t('judging.invitation.accept')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function DeclineButton({ token, onDeclined }: { token: string; onDeclined: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const decline = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/judge-invitations/{token}/decline', { params: { path: { token } } })),
    onSuccess: () => {
      setOpen(false);
      onDeclined();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) onDeclined();
    },
  });
  return (
    <>
      <Button variant="default" color="red" onClick={() => setOpen(true)} data-testid="invitation-decline">
        {t('judging.invitation.decline')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('judging.invitation.declineTitle')} centered>
        <Stack gap="md">
          <Text size="sm">{t('judging.invitation.declineConfirm')}</Text>
          <ProblemAlert>{decline.error ? problemMessage(decline.error, t('common.tryAgainLater')) : null}</ProblemAlert>
          <ModalActions onCancel={() => setOpen(false)}>
            <Button color="red" loading={decline.isPending} onClick={() => decline.mutate()} data-testid="invitation-decline-confirm">
              {t('judging.invitation.declineYes')}
            </Button>
          </ModalActions>
        </Stack>
      </Modal>
    </>
  );
}
