import { Button, Card, Divider, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { fieldErrorsOf, problemMessage } from '../../api/form-errors';
import { PageHeader } from '../../components/page-header';
import { ProblemAlert } from '../../components/problem.alert';
import { useLabels } from '../../i18n/labels';
import { activeCenterId, isNationalAdmin, staffCenterIds } from '../auth/scope';
import { useMe } from '../auth/session.queries';
import { useCenterOptions } from '../centers/center.queries';
import { brnError } from './brn.validate';
import { affiliationKinds, type AffiliationKind } from './organization.codes';
import { OrganizationFields } from './organization.fields';
import { bodyOf, emptyOrganizationValues, type OrganizationFormValues } from './organization.form-values';

type Values = OrganizationFormValues & { affiliation: { centerId: string | null; kind: AffiliationKind } };

export function OrganizationCreatePage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const national = isNationalAdmin(me);
  const ownCenters = staffCenterIds(me);
  const centerOptions = useCenterOptions((c) => national || ownCenters.includes(c.id));

  const form = useForm<Values>({
    initialValues: { ...emptyOrganizationValues, affiliation: { centerId: activeCenterId(me) ?? null, kind: 'portfolio' } },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      businessRegistrationNumber: (v) => brnError(t, v),
      contactEmail: (v) => (!v.trim() || /^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('validation.invalidEmail')),
      website: (v) => (!v.trim() || /^https?:\/\/\S+$/.test(v.trim()) ? null : t('validation.invalidUrl')),
      ksicCode: (v) => (!v.trim() || /^\d{2}(\d{3})?$/.test(v.trim()) ? null : t('validation.ksicFormat')),
    },
  });

  const create = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/organizations', {
          body: { ...bodyOf(v), affiliation: v.affiliation.centerId ? { centerId: v.affiliation.centerId, kind: v.affiliation.kind } : undefined },
        }),
      ),
    onSuccess: async (org) => {
      await queryClient.invalidateQueries({ queryKey: ['organizations'] });
      notifications.show({ color: 'teal', message: t('organization.created', { name: org.name }) });
      await navigate({ to: '/organizations/$organizationId', params: { organizationId: org.id } });
    },
    onError: (error) => {
      const fields = fieldErrorsOf(error);
      // A duplicate BRN names no field in the problem; it belongs on the BRN input.
      if (error instanceof ApiError && error.code === 'duplicateBrn' && error.problem) fields.businessRegistrationNumber = error.problem.title;
      form.setErrors(fields);
    },
  });

  const unplaced =
    create.error && Object.keys(form.errors).length === 0 ? problemMessage(create.error, t('common.tryAgainLater')) : null;

  return (
    <>
      <PageHeader title={t('organization.createTitle')} description={t('organization.createLead')} />
      <form onSubmit={form.onSubmit((v) => create.mutate(v))} noValidate aria-label={t('organization.createTitle')}>
        <Stack gap="lg" maw={960}>
          <ProblemAlert>{unplaced}</ProblemAlert>
          <Card>
            <Text fw={600} mb="md">
              {t('organization.basics')}
            </Text>
            <OrganizationFields form={form} />
          </Card>
          <Card>
            <Text fw={600}>{t('organization.affiliationSection')}</Text>
            <Text size="sm" c="dimmed" mb="md">
              {t('organization.affiliationSectionLead')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('organization.center')}
                data={centerOptions}
                searchable
                clearable={national}
                {...form.getInputProps('affiliation.centerId')}
              />
              <Select
                label={t('organization.affiliationKind')}
                allowDeselect={false}
                data={affiliationKinds.map((k) => ({ value: k, label: labels.affiliationKind(k) }))}
                {...form.getInputProps('affiliation.kind')}
              />
            </SimpleGrid>
          </Card>
          <Divider />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void navigate({ to: '/organizations' })}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('organization.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
