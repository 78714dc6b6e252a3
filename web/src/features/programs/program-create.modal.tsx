import { Button, Modal, SegmentedControl, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { fieldErrorsOf, problemMessage } from '../../api/form-errors';
import { ModalActions } from '../../components/modal-actions';
import { ProblemAlert } from '../../components/problem.alert';
import { activeCenterId, activeMembership, coordinatedClusterIds, isNationalAdmin, staffCenterIds } from '../auth/scope';
import { useMe } from '../auth/session.queries';
import { clustersQuery, useCenterOptions } from '../centers/center.queries';
import { ProgramFields } from './program.fields';
import { bodyOf, emptyProgramValues, programValidate, type ProgramFormValues } from './program.form-values';
import { programQuery } from './program.queries';

type Values = ProgramFormValues & { target: 'center' | 'cluster'; centerId: string | null; clusterId: string | null };

/** A new program of one of the person's centers or clusters; opens its page once saved. */
export function ProgramCreateModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const national = isNationalAdmin(me);
  const centers = useCenterOptions((c) => national || staffCenterIds(me).includes(c.id));
  const ownClusters = coordinatedClusterIds(me);
  const clusters = useQuery({ ...clustersQuery, enabled: opened && (national || ownClusters.length > 0) });
  const clusterOptions = (clusters.data ?? []).filter((c) => national || ownClusters.includes(c.id)).map((c) => ({ value: c.id, label: c.name }));
  const canCenter = national || staffCenterIds(me).length > 0;
  // The active scope decides the default: a coordinator working in their cluster writes for it.
  const activeCluster = activeMembership(me)?.role === 'cluster_coordinator' ? activeMembership(me)?.clusterId : undefined;

  const base = programValidate(t);
  const form = useForm<Values>({
    initialValues: {
      ...emptyProgramValues,
      target: canCenter && !activeCluster ? 'center' : 'cluster',
      centerId: activeCenterId(me) ?? null,
      clusterId: activeCluster ?? ownClusters[0] ?? null,
    },
    validate: {
      centerId: (v, values) => (values.target === 'center' && !v ? t('validation.required') : null),
      clusterId: (v, values) => (values.target === 'cluster' && !v ? t('validation.required') : null),
      name: base.name,
      type: base.type,
      budgetKrw: base.budgetKrw,
      endedOn: base.endedOn,
    },
  });

  const create = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/programs', {
          body: { ...bodyOf(v), centerId: v.target === 'center' ? v.centerId : null, clusterId: v.target === 'cluster' ? v.clusterId : null },
        }),
      ),
    onSuccess: async (program) => {
      queryClient.setQueryData(programQuery(program.id).queryKey, program);
      await queryClient.invalidateQueries({ queryKey: ['programs', 'list'] });
      notifications.show({ color: 'teal', message: t('program.created', { name: program.name }) });
      form.reset();
      onClose();
      await navigate({ to: '/programs/$programId', params: { programId: program.id } });
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const general = create.error && !Object.keys(form.errors).length ? problemMessage(create.error, t('common.tryAgainLater')) : null;

  return (
    <Modal opened={opened} onClose={onClose} title={t('program.createTitle')} size="xl">
      <form onSubmit={form.onSubmit((v) => create.mutate(v))} noValidate aria-label={t('program.createTitle')}>
        <Stack gap="md">
          <ProblemAlert>{general}</ProblemAlert>
          {canCenter && clusterOptions.length > 0 ? (
            <SegmentedControl
              fullWidth
              data={[
                { value: 'center', label: t('program.center') },
                { value: 'cluster', label: t('program.cluster') },
              ]}
              {...form.getInputProps('target')}
            />
          ) : null}
          {form.values.target === 'center' ? (
            <Select label={t('program.center')} data={centers} searchable required allowDeselect={false} {...form.getInputProps('centerId')} />
          ) : (
            <Select label={t('program.cluster')} data={clusterOptions} searchable required allowDeselect={false} {...form.getInputProps('clusterId')} />
          )}
          <ProgramFields form={form} />
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={create.isPending}>
              {t('program.createSubmit')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
