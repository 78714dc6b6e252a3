import { Button, Card, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { fieldErrorsOf, problemMessage } from '../../api/form-errors';
import { PageHeader } from '../../components/page-header';
import { ProblemAlert } from '../../components/problem.alert';
import { useMembershipLabel } from './membership.label';
import { useMe } from './session.queries';

export function AccountPage() {
  const { t } = useTranslation();
  const membershipLabel = useMembershipLabel();
  const me = useMe();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (v) => (v ? null : t('validation.required')),
      newPassword: (v) => (v.length >= 10 ? null : t('auth.passwordTooShort')),
      confirm: (v, values) => (v === values.newPassword ? null : t('auth.passwordMismatch')),
    },
  });
  const change = useMutation({
    mutationFn: (v: { currentPassword: string; newPassword: string }) => unwrap(api.POST('/api/v1/auth/password', { body: v })),
    onSuccess: () => {
      form.reset();
      notifications.show({ color: 'teal', message: t('auth.passwordChanged') });
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const wrong = change.error && Object.keys(fieldErrorsOf(change.error)).length === 0 ? problemMessage(change.error, t('common.tryAgainLater')) : null;

  return (
    <>
      <PageHeader title={t('auth.accountTitle')} description={`${me.person.name} · ${me.person.email}`} />
      <Stack maw={560} gap="lg">
        <Card>
          <Text fw={600} mb="sm">
            {t('auth.myRoles')}
          </Text>
          <Stack gap={4}>
            {me.memberships.map((m) => (
              <Text key={m.id} size="sm">
                {membershipLabel(m)}
              </Text>
            ))}
          </Stack>
        </Card>
        <Card>
          <form onSubmit={form.onSubmit(({ currentPassword, newPassword }) => change.mutate({ currentPassword, newPassword }))} noValidate>
            <Stack gap="md">
              <Text fw={600}>{t('auth.changePassword')}</Text>
              <Text size="sm" c="dimmed">
                {t('auth.changePasswordLead')}
              </Text>
              <ProblemAlert>{wrong}</ProblemAlert>
              <PasswordInput label={t('auth.currentPassword')} autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
              <PasswordInput
                label={t('auth.newPassword')}
                description={t('auth.passwordRule')}
                autoComplete="new-password"
                required
                {...form.getInputProps('newPassword')}
              />
              <PasswordInput label={t('auth.confirmPassword')} autoComplete="new-password" required {...form.getInputProps('confirm')} />
              <Group justify="flex-end">
                <Button type="submit" loading={change.isPending}>
                  {t('auth.changePassword')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
      </Stack>
    </>
  );
}
