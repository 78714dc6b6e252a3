import { Button, Divider, Modal, PasswordInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { fieldErrorsOf, problemMessage } from '../../api/form-errors';
import { ModalActions } from '../../components/modal-actions';
import { ProblemAlert } from '../../components/problem.alert';
import { emptyMembership, MembershipFields, membershipBody, scopeOf, type MembershipValues } from './membership.fields';

type Values = { email: string; name: string; title: string; phone: string; password: string; membership: MembershipValues };

export function PersonCreateModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: { email: '', name: '', title: '', phone: '', password: '', membership: emptyMembership },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('validation.invalidEmail')),
      name: (v) => (v.trim() ? null : t('validation.required')),
      password: (v) => (!v || v.length >= 10 ? null : t('auth.passwordTooShort')),
      membership: {
        role: (v) => (v ? null : t('validation.required')),
        centerId: (v, values) => (scopeOf(values.membership.role) === 'center' && !v ? t('validation.required') : null),
        clusterId: (v, values) => {
          const scope = scopeOf(values.membership.role);
          if (scope === 'cluster' && !v) return t('validation.required');
          if (scope === 'centerOrCluster' && !v && !values.membership.centerId) return t('people.centerOrCluster');
          return null;
        },
        organizationId: (v, values) => (scopeOf(values.membership.role) === 'organization' && !v ? t('validation.required') : null),
      },
    },
  });

  const create = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/people', {
          body: {
            email: v.email.trim(),
            name: v.name.trim(),
            title: v.title.trim() || null,
            phone: v.phone.trim() || null,
            password: v.password || undefined,
            memberships: [membershipBody(v.membership)],
          },
        }),
      ),
    onSuccess: async (person) => {
      await queryClient.invalidateQueries({ queryKey: ['people'] });
      notifications.show({ color: 'teal', message: t('people.created', { name: person.name }) });
      form.reset();
      onClose();
    },
    onError: (error) => {
      // The API names membership fields memberships.0.<key>; the form keeps one membership.
      const errors = Object.fromEntries(Object.entries(fieldErrorsOf(error)).map(([k, v]) => [k.replace(/^memberships\.0\./, 'membership.'), v]));
      form.setErrors(errors);
    },
  });
  const general = create.error && !Object.keys(form.errors).length ? problemMessage(create.error, t('common.tryAgainLater')) : null;
  const m = form.values.membership;

  return (
    <Modal opened={opened} onClose={onClose} title={t('people.add')} size="lg">
      <form onSubmit={form.onSubmit((v) => create.mutate(v))} noValidate>
        <Stack gap="md">
          <ProblemAlert>{general}</ProblemAlert>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('people.name')} required {...form.getInputProps('name')} />
            <TextInput label={t('people.email')} type="email" required {...form.getInputProps('email')} />
            <TextInput label={t('people.title')} {...form.getInputProps('title')} />
            <TextInput label={t('people.phone')} type="tel" {...form.getInputProps('phone')} />
          </SimpleGrid>
          <PasswordInput label={t('people.initialPassword')} description={t('people.initialPasswordHint')} autoComplete="new-password" {...form.getInputProps('password')} />
          <Divider />
          <Text fw={600} size="sm">
            {t('people.firstRole')}
          </Text>
          <MembershipFields
            value={m}
            errors={{
              role: form.errors['membership.role'] as string | undefined,
              centerId: form.errors['membership.centerId'] as string | undefined,
              clusterId: form.errors['membership.clusterId'] as string | undefined,
              organizationId: form.errors['membership.organizationId'] as string | undefined,
            }}
            onChange={(patch) => form.setFieldValue('membership', { ...m, ...patch })}
          />
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={create.isPending}>
              {t('people.create')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
