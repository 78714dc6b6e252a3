import { Alert, Button, Group, Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap, type SupportRecord } from '../../api/client';
import { fieldErrorsOf, problemMessage } from '../../api/form-errors';
import { TrashIcon } from '../../components/icons';
import { ProblemAlert } from '../../components/problem.alert';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { activeCenterId, coordinatedClusterIds, isNationalAdmin, staffCenterIds } from '../auth/scope';
import { useMe } from '../auth/session.queries';
import { clustersQuery, useCenterLabel, useCenterOptions } from '../centers/center.queries';
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

const valuesOfRecord = (r: SupportRecord): Partial<Values> => ({
  kind: r.kind,
  startedOn: r.startedOn,
  endedOn: r.endedOn,
  valueKrw: r.valueKrw ?? '',
  program: r.program ?? '',
  notes: r.notes ?? '',
});

/**
 * Records a piece of support given to an organization, in one of the person's centers; with a
 * `record` (shown in full), corrects or deletes it with If-Match on the record's version.
 */
export function SupportRecordModal({
  opened,
  onClose,
  organizationId,
  organizationName,
  record,
}: {
  opened: boolean;
  onClose: () => void;
  organizationId: string;
  organizationName: string;
  record?: SupportRecord;
}) {
  const { t } = useTranslation();
  const centerLabel = useCenterLabel();
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
      // A record keeps its center or cluster; only new ones choose.
      centerId: (v, values) => (!record && values.target === 'center' && !v ? t('validation.required') : null),
      clusterId: (v, values) => (!record && values.target === 'cluster' && !v ? t('validation.required') : null),
      kind: (v) => (v ? null : t('validation.required')),
      startedOn: (v) => (v ? null : t('validation.required')),
      endedOn: (v, values) => (v && values.startedOn && v < values.startedOn ? t('validation.endBeforeStart') : null),
    },
  });

  // Editing starts from the version on screen; a conflict loads the latest into `version`.
  const [version, setVersion] = useState<number | null>(record?.version ?? null);
  const [conflict, setConflict] = useState<'changed' | 'gone' | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  useEffect(() => {
    if (opened && record) {
      const values = { ...form.values, ...valuesOfRecord(record) };
      form.setValues(values);
      form.resetDirty(values);
      form.clearErrors();
      setVersion(record.version);
      setConflict(null);
      setConfirmDelete(false);
      save.reset();
      remove.reset();
    }
  }, [opened, record]);

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['organizations', organizationId] });
    await queryClient.invalidateQueries({ queryKey: ['support-records'] });
    await queryClient.invalidateQueries({ queryKey: ['centers'] });
  };
  const onWriteError = (error: unknown) => {
    if (error instanceof ApiError && error.status === 409) {
      setConflict('changed');
      setConfirmDelete(false);
      void refresh();
    } else if (error instanceof ApiError && error.status === 404 && record) {
      setConflict('gone');
      void refresh();
    } else form.setErrors(fieldErrorsOf(error));
  };
  const ifMatch = () => `"${version ?? 0}"`;

  const save = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.PATCH('/api/v1/support-records/{id}', {
          params: { path: { id: record!.id }, header: { 'if-match': ifMatch() } },
          body: {
            kind: v.kind!,
            startedOn: v.startedOn!,
            endedOn: v.endedOn,
            valueKrw: typeof v.valueKrw === 'number' ? v.valueKrw : null,
            program: v.program.trim(),
            notes: v.notes.trim(),
          },
        }),
      ),
    onSuccess: async () => {
      await refresh();
      notifications.show({ color: 'teal', message: t('support.updated') });
      onClose();
    },
    onError: onWriteError,
  });

  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/support-records/{id}', { params: { path: { id: record!.id }, header: { 'if-match': ifMatch() } } })),
    onSuccess: async () => {
      await refresh();
      notifications.show({ color: 'teal', message: t('support.deleted') });
      onClose();
    },
    onError: onWriteError,
  });

  const reload = async () => {
    try {
      const latest = await unwrap(api.GET('/api/v1/support-records/{id}', { params: { path: { id: record!.id } } }));
      const values = { ...form.values, ...valuesOfRecord(latest) };
      form.setValues(values);
      form.resetDirty(values);
      setVersion(latest.version);
      setConflict(null);
      save.reset();
      remove.reset();
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) setConflict('gone');
    }
  };

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
      await refresh();
      notifications.show({ color: 'teal', message: t('support.recorded') });
      form.reset();
      onClose();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const writeError = record ? (save.error ?? remove.error) : create.error;
  const general = writeError && !conflict && !Object.keys(form.errors).length ? problemMessage(writeError, t('common.tryAgainLater')) : null;
  const place = record ? (record.centerId ? centerLabel(record.centerId, record.centerName) : (record.clusterName ?? '')) : null;
  const value = typeof form.values.valueKrw === 'number' ? form.values.valueKrw : null;

  return (
    <Modal opened={opened} onClose={onClose} title={t(record ? 'support.editFor' : 'support.addFor', { name: organizationName })} size="lg">
      <form onSubmit={form.onSubmit((v) => (record ? save.mutate(v) : create.mutate(v)))} noValidate>
        <Stack gap="md">
          {conflict ? (
            <Alert color="orange" role="alert" title={conflict === 'gone' ? undefined : t('support.conflictTitle')} data-testid="support-conflict">
              {conflict === 'gone' ? (
                t('support.gone')
              ) : (
                <Stack gap="sm" align="flex-start">
                  {t('support.conflict')}
                  <Button size="xs" variant="white" color="orange" onClick={() => void reload()}>
                    {t('support.reloadLatest')}
                  </Button>
                </Stack>
              )}
            </Alert>
          ) : null}
          <ProblemAlert>{general}</ProblemAlert>
          {record ? null : canCenter && clusterOptions.length > 0 ? (
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
            {record ? (
              <TextInput label={record.centerId ? t('support.center') : t('support.cluster')} value={place ?? ''} readOnly variant="filled" />
            ) : form.values.target === 'center' ? (
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
          {confirmDelete ? (
            <Alert color="red" variant="light" data-testid="support-delete-confirm">
              <Group justify="space-between" wrap="wrap" gap="sm">
                <Text size="sm">{t('support.deleteConfirm')}</Text>
                <Group gap="xs">
                  <Button size="xs" variant="default" onClick={() => setConfirmDelete(false)}>
                    {t('common.cancel')}
                  </Button>
                  <Button size="xs" color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
                    {t('support.deleteYes')}
                  </Button>
                </Group>
              </Group>
            </Alert>
          ) : null}
          <Group justify={record ? 'space-between' : 'flex-end'}>
            {record ? (
              <Button variant="subtle" color="red" leftSection={<TrashIcon size={16} />} onClick={() => setConfirmDelete(true)} disabled={!!conflict || confirmDelete}>
                {t('common.delete')}
              </Button>
            ) : null}
            <Group gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={record ? save.isPending : create.isPending} disabled={!!conflict || (record ? !form.isDirty() : false)}>
                {t('common.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
