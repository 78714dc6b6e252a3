import { Checkbox, Fieldset, Input, MultiSelect, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { fieldErrorsOf } from '../../api/form-errors';
import { EditModal } from '../../components/edit-modal';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { organizationKinds, regions } from '../organizations/organization.codes';
import { supportKinds } from '../support-records/support-record.codes';
import { ifMatchOf, targetMetrics, type Target, type TargetKind, type TargetScope } from './target.codes';
import { unitOf } from './target.format';
import { changedBody, createBody, emptyTargetValues, formErrorsOf, targetValidate, valuesOf, type TargetFormValues } from './target.form-values';

/**
 * Sets a new target of the scope or, given one, changes it with If-Match on the version on
 * screen: when someone else saved first, the user is told and may load the latest version.
 */
export function TargetModal({ opened, onClose, scope, target }: { opened: boolean; onClose: () => void; scope: TargetScope; target?: Target }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState(false);
  const [base, setBase] = useState<Target | undefined>(target);
  const form = useForm<TargetFormValues>({ initialValues: emptyTargetValues(), validate: targetValidate(t) });

  const reset = (to: Target | undefined) => {
    const values = to ? valuesOf(to) : emptyTargetValues();
    setBase(to);
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
    setConflict(false);
    save.reset();
  };

  useEffect(() => {
    if (opened) reset(target);
  }, [opened, target]);

  const save = useMutation({
    mutationFn: (v: TargetFormValues) =>
      base
        ? unwrap(api.PATCH('/api/v1/targets/{id}', { params: { path: { id: base.id }, header: { 'if-match': ifMatchOf(base) } }, body: changedBody(valuesOf(base), v) }))
        : unwrap(api.POST('/api/v1/targets', { body: createBody(scope, v) })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['targets'] });
      notifications.show({ color: 'teal', message: t(base ? 'target.saved' : 'target.created') });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409 && error.code === 'versionConflict') setConflict(true);
      else form.setErrors(formErrorsOf(fieldErrorsOf(error)));
      // Gone, or no longer ours: show the list as it is now.
      if (error instanceof ApiError && (error.status === 404 || error.status === 403)) void queryClient.invalidateQueries({ queryKey: ['targets'] });
    },
  });

  const reload = async () => {
    if (!base) return;
    const latest = await unwrap(api.GET('/api/v1/targets/{id}', { params: { path: { id: base.id } } }));
    reset(latest);
    void queryClient.invalidateQueries({ queryKey: ['targets'] });
  };

  return (
    <EditModal
      opened={opened}
      onClose={onClose}
      title={base ? t('target.editTitle', { title: base.title }) : t('target.createTitle')}
      onSubmit={form.onSubmit((v) => save.mutate(v))}
      conflict={conflict ? { title: t('target.conflictTitle'), message: t('target.conflict'), reloadLabel: t('target.reloadLatest'), onReload: () => void reload(), testId: 'target-conflict' } : null}
      error={save.error}
      fieldErrors={Object.keys(form.errors).length > 0}
      saving={save.isPending}
      dirty={base ? form.isDirty() : true}
    >
      <TargetFields form={form} />
    </EditModal>
  );
}

function TargetFields({ form }: { form: UseFormReturnType<TargetFormValues> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const values = form.getValues();
  const krw = unitOf(values) === 'krw';
  const amount = typeof values.value === 'number' ? values.value : null;

  return (
    <Stack gap="md">
      <TextInput label={t('target.name')} placeholder={t('target.namePlaceholder')} required maxLength={200} {...form.getInputProps('title')} />
      <Input.Wrapper label={t('target.kind')} error={form.errors.kind}>
        <SegmentedControl
          fullWidth
          mt={4}
          value={values.kind}
          onChange={(v) => form.setFieldValue('kind', v as TargetKind)}
          data={[
            { value: 'organizations', label: t('target.kindOrganizations') },
            { value: 'metric', label: t('target.kindMetric') },
          ]}
        />
      </Input.Wrapper>
      {values.kind === 'metric' ? (
        <Select
          label={t('target.metricLabel')}
          description={t('target.metricHint')}
          required
          data={targetMetrics.map((m) => ({ value: m, label: t(`target.metric.${m}`) }))}
          {...form.getInputProps('metric')}
        />
      ) : (
        <Fieldset legend={t('target.filterTitle')} variant="filled">
          <Stack gap="sm">
            <Input.Description>{t('target.filterHint')}</Input.Description>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <MultiSelect label={t('target.kinds')} data={organizationKinds.map((k) => ({ value: k, label: labels.kind(k) }))} clearable {...form.getInputProps('kinds')} />
              <MultiSelect label={t('target.regions')} data={regions.map((r) => ({ value: r, label: labels.region(r) }))} clearable searchable {...form.getInputProps('regions')} />
            </SimpleGrid>
            <TagsInput label={t('target.ksicPrefixes')} description={t('target.ksicHint')} splitChars={[',', ' ']} clearable {...form.getInputProps('ksicPrefixes')} />
            <MultiSelect
              label={t('target.supportKinds')}
              description={t('target.supportKindsHint')}
              data={supportKinds.map((k) => ({ value: k, label: labels.supportKind(k) }))}
              clearable
              {...form.getInputProps('supportKinds')}
            />
            <Checkbox label={t('target.foundedSinceStart')} {...form.getInputProps('foundedSinceStart', { type: 'checkbox' })} />
          </Stack>
        </Fieldset>
      )}
      <NumberInput
        label={t('target.value')}
        description={krw ? (amount !== null ? f.krw(amount) : undefined) : values.kind === 'organizations' ? t('target.valueHintOrganizations') : undefined}
        required
        min={1}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator=","
        suffix={krw && f.lang !== 'en' ? ' 원' : undefined}
        prefix={krw && f.lang === 'en' ? '₩' : undefined}
        {...form.getInputProps('value')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateInput label={t('target.startsOn')} valueFormat="YYYY-MM-DD" placeholder="YYYY-MM-DD" required {...form.getInputProps('startsOn')} />
        <DateInput label={t('target.deadline')} valueFormat="YYYY-MM-DD" placeholder="YYYY-MM-DD" required {...form.getInputProps('deadline')} />
      </SimpleGrid>
      <Textarea label={t('target.note')} autosize minRows={2} maxRows={6} maxLength={2000} {...form.getInputProps('note')} />
    </Stack>
  );
}
