import { Alert, Button, Group, Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { fieldErrorsOf, problemMessage } from '../../api/form-errors';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { activeCenterId, coordinatedClusterIds, isNationalAdmin, staffCenterIds } from '../auth/scope';
import { useMe } from '../auth/session.queries';
import { clustersQuery, useCenterOptions } from '../centers/center.queries';
import { supportKinds, type SupportKind } from './support-record.codes';

type Values = {
  target: 'center' | 'cluster';
  centerId: string | null;
  clusterId: string | null;
  kind: SupportKind | null;
  startedOn: string | null;
  endedOn: string | null;
  valueKrw: number | string;
  program: string;
  notes: string;
};

const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Seoul' }).format(new Date());

/** Records a piece of support given to an organization, in one of the person's centers. */
export function SupportRecordModal({ opened, onClose, organizationId, organizationName }: { opened: boolean; onClose: () => void; organizationId: string; organizationName: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const f = useFormat();
  const me = useMe();
  const queryClient = useQueryClient();
  const national = isNationalAdmin(me);
  const centers = useCenterOptions((c) => national || staffCenterIds(me).includes(c.id));
  // Coordinators keep their cluster's ledger; the national office may write either.
  const clusters = useQuery({ ...clustersQuery, enabled: opened && (national || coordinatedClusterIds(me).length > 0) });
  const clusterOptions = (clusters.data ?? []).filter((c) => national || coordinatedClusterIds(me).includes(c.id)).map((c) => ({ value: c.id, label: c.name }));
  const canCenter = national || staffCenterIds(me).length > 0;

  const form = useForm<Values>({
    initialValues: {
      target: canCenter ? 'center' : 'cluster',
      centerId: activeCenterId(me) ?? null,
      clusterId: coordinatedClusterIds(me)[0] ?? null,
      kind: null, startedOn: today(), endedOn: null, valueKrw: '', program: '', notes: '' },
    validate: {
      centerId: (v, values) => (values.target === 'center' && !v ? t('validation.required') : null),
      clusterId: (v, values) => (values.target === 'cluster' && !v ? t('validation.required') : null),
      kind: (v) => (v ? null : t('validation.required')),
      startedOn: (v) => (v ? null : t('validation.required')),
      endedOn: (v, values) => (v && values.startedOn && v < values.startedOn ? t('validation.endBeforeStart') : null),
    },
  });

  const create = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/support-records', {
          body: {
            organizationId,
            centerId: v.target === 'center' ? v.centerId : null,
            clusterId: v.target === 'cluster' ? v.clusterId : null,
            kind: v.kind!,
            startedOn: v.startedOn!,
            endedOn: v.endedOn,
            valueKrw: typeof v.valueKrw === 'number' ? v.valueKrw : null,
            program: v.program.trim() || undefined,
            notes: v.notes.trim() || undefined,
          },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['organizations', organizationId] });
      await queryClient.invalidateQueries({ queryKey: ['support-records'] });
      await queryClient.invalidateQueries({ queryKey: ['centers'] });
      notifications.show({ color: 'teal', message: t('support.recorded') });
      form.reset();
      onClose();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const general = create.error && !Object.keys(form.errors).length ? problemMessage(create.error, t('common.tryAgainLater')) : null;
  const value = typeof form.values.valueKrw === 'number' ? form.values.valueKrw : null;

  return (
    <Modal opened={opened} onClose={onClose} title={t('support.addFor', { name: organizationName })} size="lg">
      <form onSubmit={form.onSubmit((v) => create.mutate(v))} noValidate>
        <Stack gap="md">
          {general ? (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          ) : null}
          {canCenter && clusterOptions.length > 0 ? (
            <SegmentedControl
              fullWidth
              data={[
                { value: 'center', label: t('support.center') },
                { value: 'cluster', label: t('support.cluster') },
              ]}
              {...form.getInputProps('target')}
            />
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {form.values.target === 'center' ? (
              <Select label={t('support.center')} data={centers} searchable required {...form.getInputProps('centerId')} />
            ) : (
              <Select label={t('support.cluster')} data={clusterOptions} searchable required {...form.getInputProps('clusterId')} />
            )}
            <Select
              label={t('support.kind')}
              required
              data={supportKinds.map((k) => ({ value: k, label: labels.supportKind(k) }))}
              {...form.getInputProps('kind')}
            />
            <DateInput label={t('support.startedOn')} valueFormat="YYYY-MM-DD" required {...form.getInputProps('startedOn')} />
            <DateInput label={t('support.endedOn')} valueFormat="YYYY-MM-DD" clearable {...form.getInputProps('endedOn')} />
          </SimpleGrid>
          <NumberInput
            label={t('support.value')}
            description={value !== null ? f.krw(value) : t('support.valueHint')}
            thousandSeparator=","
            min={0}
            allowDecimal={false}
            allowNegative={false}
            suffix={f.lang === 'en' ? undefined : ' 원'}
            prefix={f.lang === 'en' ? '₩' : undefined}
            {...form.getInputProps('valueKrw')}
          />
          <TextInput label={t('support.program')} {...form.getInputProps('program')} />
          <Textarea label={t('support.notes')} autosize minRows={3} {...form.getInputProps('notes')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
