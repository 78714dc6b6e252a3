import { Box, Button, Center, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, apiSession, unwrap } from '../../api/client';
import { fieldErrorsOf } from '../../api/form-errors';
import { LanguageSwitch } from '../../components/language.switch';
import { Logo } from '../../components/logo';
import { ProblemAlert } from '../../components/problem.alert';
import { RouterAnchor } from '../../components/router-link';
import { currentLanguage } from '../../i18n';
import { meQuery } from './session.queries';
import { detailPaths, emptySignUpValues, safeRedirect, signUpBody, signUpRules, type SignUpValues } from './sign-up.form';
import { ConsentStep, DetailsStep, TypeStep } from './sign-up.steps';

const LAST_STEP = 2;

/**
 * 회원가입 for founders: a registered business (with its BRN) or a team of prospective founders,
 * in three steps; signed in on success and sent back where they came from (a call page).
 */
export function SignUpPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/sign-up' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [active, setActive] = useState(0);
  const [unplaced, setUnplaced] = useState<string | null>(null);
  // What to focus once the step on screen changes: the step's heading, or the first field at fault.
  const focusNext = useRef<string | null>(null);

  const form = useForm<SignUpValues>({
    initialValues: emptySignUpValues,
    validate: signUpRules(t),
    validateInputOnBlur: true,
    // A field that shows an error is checked again as it is typed in, so the error goes the moment it is right.
    enhanceGetInputProps: ({ field, inputProps, form: f }) => {
      // What is returned is merged into inputProps: keep the form's own handler to call first.
      const change = inputProps.onChange as (value: unknown) => void;
      const onChange = (value: unknown) => {
        const shown = Boolean(f.errors[field]);
        const confirmShown = field === 'password' && Boolean(f.errors.passwordConfirm);
        change(value);
        if (shown) void f.validateField(field);
        if (confirmShown) void f.validateField('passwordConfirm');
      };
      return { onChange };
    },
  });

  // After every render: the step asked for is on screen now.
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    if (target.startsWith('#')) {
      window.scrollTo({ top: 0 });
      document.getElementById(target.slice(1))?.focus();
    } else form.getInputNode(target)?.focus();
  });

  const goTo = (step: number, focus?: string) => {
    focusNext.current = focus ?? `#sign-up-step-${step}`;
    setActive(step);
  };

  const signUp = useMutation({
    mutationFn: (values: SignUpValues) => unwrap(api.POST('/api/v1/auth/sign-up', { body: signUpBody(values, currentLanguage()) })),
    onSuccess: async (me) => {
      apiSession.setCsrfToken(me.csrfToken);
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, me);
      await navigate({ href: safeRedirect(search.redirect), replace: true });
    },
    onMutate: () => setUnplaced(null),
    onError: (error) => {
      const fields = fieldErrorsOf(error);
      form.setErrors(fields);
      const first = detailPaths.find((p) => fields[p]);
      if (first) goTo(1, first);
      // A refusal that names no field on screen (too many attempts, the server down) shows above the buttons.
      else if (!fields.acceptTerms) setUnplaced(error instanceof ApiError && error.problem ? error.problem.detail : t('common.tryAgainLater'));
    },
  });

  const next = () => {
    if (active === 0) {
      if (form.validateField('type').hasError) return;
      goTo(1);
      return;
    }
    const paths = detailPaths.filter((p) => form.validateField(p).hasError);
    if (paths.length) {
      form.getInputNode(paths[0]!)?.focus();
      return;
    }
    goTo(2);
  };

  const send = form.onSubmit(
    (values) => signUp.mutate(values),
    (errors) => {
      const first = detailPaths.find((p) => errors[p]);
      if (first) goTo(1, first);
    },
  );
  // Enter in a field of an earlier step moves on, as 다음 does; only the last step sends.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (active === LAST_STEP) return send(event);
    event.preventDefault();
    next();
  };

  return (
    // Korean wraps between words (keep-all), not inside them.
    <Box mih="100vh" bg="linear-gradient(160deg, var(--mantine-color-brand-0) 0%, var(--mantine-color-gray-0) 55%)" style={{ wordBreak: 'keep-all' }}>
      <Group justify="space-between" p="md">
        <Logo to="/calls" />
        <LanguageSwitch />
      </Group>
      <Center px={{ base: 'xs', sm: 'md' }} pb="xl">
        <Stack w="100%" maw={760} gap="lg">
          <div>
            <Title order={2}>{t('signUp.title')}</Title>
            <Text c="dimmed" mt={4}>
              {t('signUp.lead')}
            </Text>
          </div>
          <Paper withBorder shadow="sm" radius="lg" p={{ base: 'md', sm: 32 }}>
            <form noValidate aria-label={t('signUp.title')} onSubmit={onSubmit}>
              <Stepper
                active={active}
                onStepClick={(step) => goTo(step)}
                allowNextStepsSelect={false}
                size="sm"
                labelPosition="bottom"
                styles={{ steps: { marginBottom: 'var(--mantine-spacing-xl)' }, stepLabel: { fontSize: 'var(--mantine-font-size-sm)' } }}
              >
                <Stepper.Step label={t('signUp.stepType')}>
                  <TypeStep form={form} />
                </Stepper.Step>
                <Stepper.Step label={t('signUp.stepDetails')}>
                  <DetailsStep form={form} />
                </Stepper.Step>
                <Stepper.Step label={t('signUp.stepConsent')}>
                  <ConsentStep form={form} />
                </Stepper.Step>
              </Stepper>
              <ProblemAlert mt="lg">{unplaced}</ProblemAlert>
              <Group justify="space-between" mt="xl">
                {active > 0 ? (
                  <Button variant="default" onClick={() => goTo(active - 1)}>
                    {t('signUp.back')}
                  </Button>
                ) : (
                  <span />
                )}
                {active < LAST_STEP ? (
                  <Button onClick={next} data-testid="sign-up-next">
                    {t('signUp.next')}
                  </Button>
                ) : (
                  <Button type="submit" loading={signUp.isPending} data-testid="sign-up-submit">
                    {t('signUp.submit')}
                  </Button>
                )}
              </Group>
            </form>
          </Paper>
          <Text size="sm" ta="center">
            {t('signUp.haveAccount')}{' '}
            <RouterAnchor to="/sign-in" search={{ redirect: search.redirect }} fw={600} data-testid="sign-up-sign-in">
              {t('auth.signIn')}
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
