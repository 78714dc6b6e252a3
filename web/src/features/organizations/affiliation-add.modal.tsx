import { Button, Modal, SegmentedControl, Select, Stack, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { fieldErrorsOf, problemMessage } from '../../api/form-errors';
import { ModalActions } from '../../components/modal-actions';
import { ProblemAlert } from '../../components/problem.alert';
import { useLabels } from '../../i18n/labels';
import { activeCenterId, coordinatedClusterIds, isNationalAdmin, staffCenterIds } from '../auth/scope';
import { useMe } from '../auth/session.queries';
import { clustersQuery, useCenterOptions } from '../centers/center.queries';
import { affiliationKinds, type AffiliationKind } from './organization.codes';

type Values = { target: 'center' | 'cluster'; centerId: string | null; clusterId: string | null; kind: AffiliationKind; startedOn: string | null; note: string };

export function AffiliationAddModal({ opened, onClose, organizationId }: { opened: boolean; onClose: () => void; organizationId: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const me = useMe();
  const queryClient = useQueryClient();
  const national = isNationalAdmin(me);
  const centers = useCenterOptions((c) => national || staffCenterIds(me).includes(c.id));
  const clusters = useQuery({ ...clustersQuery, enabled: opened });
  const clusterOptions = (clusters.data ?? [])
    .filter((c) => national || coordinatedClusterIds(me).includes(c.id))
    .map((c) => ({ value: c.id, label: c.name }));

  const form = useForm<Values>({
    initialValues: {
      target: centers.length || national ? 'center' : 'cluster',
      centerId: activeCenterId(me) ?? null,
      clusterId: null,
      kind: 'portfolio',
      startedOn: new Date().toISOString().slice(0, 10),
      note: '',
    },
    validate: {
      centerId: (v, values) => (values.target === 'center' && !v ? t('validation.required') : null),
      clusterId: (v, values) => (values.target === 'cluster' && !v ? t('validation.required') : null),
    },
  });

  const add = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/organizations/{id}/affiliations', {
          params: { path: { id: organizationId } },
          body: {
            centerId: v.target === 'center' ? v.centerId : null,
            clusterId: v.target === 'cluster' ? v.clusterId : null,
            kind: v.kind,
            startedOn: v.startedOn,
            note: v.note.trim() || undefined,
          },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['organizations'] });
      notifications.show({ color: 'teal', message: t('affiliation.added') });
      form.reset();
      onClose();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const general = add.error && !Object.keys(form.errors).length ? problemMessage(add.error, t('common.tryAgainLater')) : null;

  return (
    <Modal opened={opened} onClose={onClose} title={t('affiliation.add')} size="md">
      <form onSubmit={form.onSubmit((v) => add.mutate(v))} noValidate>
        <Stack gap="md">
          <ProblemAlert>{general}</ProblemAlert>
          {clusterOptions.length > 0 ? (
            <SegmentedControl
              fullWidth
              data={[
                { value: 'center', label: t('affiliation.center') },
                { value: 'cluster', label: t('affiliation.cluster') },
              ]}
              {...form.getInputProps('target')}
            />
          ) : null}
          {form.values.target === 'center' ? (
            <Select label={t('affiliation.center')} data={centers} searchable required {...form.getInputProps('centerId')} />
          ) : (
            <Select label={t('affiliation.cluster')} data={clusterOptions} searchable required {...form.getInputProps('clusterId')} />
          )}
          <Select
            label={t('organization.affiliationKind')}
            allowDeselect={false}
            data={affiliationKinds.map((k) => ({ value: k, label: labels.affiliationKind(k) }))}
            {...form.getInputProps('kind')}
          />
          <DateInput label={t('affiliation.startedOn')} valueFormat="YYYY-MM-DD" clearable {...form.getInputProps('startedOn')} />
          <Textarea label={t('affiliation.note')} autosize minRows={2} {...form.getInputProps('note')} />
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={add.isPending}>
              {t('common.save')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
