import { Alert, Autocomplete, Button, Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap, type Problem } from '../../api/client';
import { fieldErrorsOf, problemMessage } from '../../api/form-errors';
import { ConflictAlert } from '../../components/conflict.alert';
import { ModalActions } from '../../components/modal-actions';
import { ProblemAlert } from '../../components/problem.alert';
import { useFormat } from '../../i18n/format';
import { outcomeMetrics, parsePeriod, type Outcome, type OutcomeMetric } from './outcome.codes';
import { unitOf, useOutcomeFormat } from './outcome.format';
import { outcomesKey } from './outcome.queries';

type Values = {
  metric: OutcomeMetric | null;
  period: string;
  value: number | string;
  investor: string;
  stage: string;
  date: string | null;
  countries: string[];
  note: string;
  reason: string;
};

const STAGES = ['Seed', 'Pre-A', 'Series A', 'Series B', 'Series C', 'Pre-IPO'];

const emptyValues: Values = { metric: null, period: '', value: '', investor: '', stage: '', date: null, countries: [], note: '', reason: '' };

const valuesOf = (o: Outcome): Values => ({
  metric: o.metric,
  period: o.period,
  value: o.value,
  investor: o.details.investor ?? '',
  stage: o.details.stage ?? '',
  date: o.details.date ?? null,
  countries: o.details.countries ?? [],
  note: o.note,
  reason: '',
});

/** The details the server keeps for a deal (investment) or for export sales; none for other metrics. */
function detailsOf(v: Values) {
  if (v.metric === 'investment') {
    const d = { investor: v.investor.trim() || undefined, stage: v.stage.trim() || undefined, date: v.date || undefined };
    return Object.values(d).some(Boolean) ? d : {};
  }
  if (v.metric === 'exportSales') return v.countries.length ? { countries: v.countries } : {};
  return undefined;
}

/** The server names detail fields `details.investor`, `details.countries.0`…; the form has them flat. */
function formErrorsOf(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrorsOf(error))) {
    const key = path.startsWith('details.') ? path.split('.')[1]! : path;
    out[key] ??= message;
  }
  return out;
}

/**
 * Reports (a company member) or enters (staff) one figure of an organization; with `outcome`,
 * amends it with If-Match on its version. A figure that already exists for the metric and period
 * is offered for amendment instead.
 */
export function OutcomeModal({
  opened,
  onClose,
  organizationName,
  organizationId,
  outcome,
  reporting,
  others,
  onAmendOther,
}: {
  opened: boolean;
  onClose: () => void;
  organizationName: string;
  organizationId: string;
  /** The figure to amend; none to record a new one. */
  outcome: Outcome | null;
  /** A company member reports; staff enter. */
  reporting: boolean;
  /** The organization's figures, to find the one a duplicate points at. */
  others: Outcome[];
  onAmendOther: (o: Outcome) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const fmt = useOutcomeFormat();
  const queryClient = useQueryClient();

  const form = useForm<Values>({
    initialValues: emptyValues,
    validate: {
      metric: (v) => (v ? null : t('validation.required')),
      period: (v) => (!v.trim() ? t('validation.required') : parsePeriod(v) ? null : t('validation.period')),
      value: (v) => (typeof v === 'number' ? null : t('validation.required')),
    },
  });

  // Amending starts from the version on screen; a conflict loads the latest into `version`.
  const [version, setVersion] = useState<number | null>(null);
  const [conflict, setConflict] = useState<'changed' | 'gone' | null>(null);
  // What was typed for a figure that turned out to exist, carried into its amendment.
  const carried = useRef<{ id: string; value: number | string; note: string } | null>(null);
  useEffect(() => {
    if (!opened) return;
    const values = outcome ? valuesOf(outcome) : emptyValues;
    form.setValues(values);
    form.resetDirty(values);
    if (outcome && carried.current?.id === outcome.id) {
      form.setFieldValue('value', carried.current.value);
      if (carried.current.note.trim()) form.setFieldValue('note', carried.current.note);
    }
    carried.current = null;
    form.clearErrors();
    setVersion(outcome?.version ?? null);
    setConflict(null);
    create.reset();
    amend.reset();
  }, [opened, outcome]);

  const refresh = () => queryClient.invalidateQueries({ queryKey: outcomesKey });
  const done = async (message: string) => {
    await refresh();
    notifications.show({ color: 'teal', message });
    onClose();
  };

  const create = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/organizations/{id}/outcomes', {
          params: { path: { id: organizationId } },
          body: { metric: v.metric!, period: v.period.trim(), value: v.value as number, details: detailsOf(v), note: v.note.trim() || undefined },
        }),
      ),
    onSuccess: () => done(t(reporting ? 'outcome.reported' : 'outcome.entered')),
    onError: (error) => form.setErrors(formErrorsOf(error)),
  });

  const amend = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.PATCH('/api/v1/outcomes/{id}', {
          params: { path: { id: outcome!.id }, header: { 'if-match': `"${version ?? 0}"` } },
          body: { value: v.value as number, details: detailsOf(v), note: v.note.trim(), reason: v.reason.trim() || undefined },
        }),
      ),
    onSuccess: () => done(t('outcome.amended')),
    onError: (error) => {
      if (error instanceof ApiError && (error.status === 409 || error.status === 412)) {
        setConflict('changed');
        void refresh();
      } else if (error instanceof ApiError && error.status === 404) {
        setConflict('gone');
        void refresh();
      } else form.setErrors(formErrorsOf(error));
    },
  });

  const reload = async () => {
    try {
      const latest = await unwrap(api.GET('/api/v1/outcomes/{id}', { params: { path: { id: outcome!.id } } }));
      const values = { ...valuesOf(latest), reason: form.values.reason };
      form.setValues(values);
      form.resetDirty(values);
      setVersion(latest.version);
      setConflict(null);
      amend.reset();
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) setConflict('gone');
    }
  };

  const writeError = outcome ? amend.error : create.error;
  const duplicate = !outcome && create.error instanceof ApiError && create.error.code === 'outcomeExists' ? create.error : null;
  const existing = duplicate ? others.find((o) => o.id === (duplicate.problem as Problem & { existingId?: string | null }).existingId) : undefined;
  const general = writeError && !duplicate && !conflict && !Object.keys(form.errors).length ? problemMessage(writeError, t('common.tryAgainLater')) : null;

  const metric = form.values.metric;
  const unit = metric ? unitOf(metric) : null;
  const value = typeof form.values.value === 'number' ? form.values.value : null;
  const period = parsePeriod(form.values.period);
  const title = outcome
    ? t('outcome.amendTitle', { metric: fmt.metric(outcome.metric), period: fmt.period(outcome.period) })
    : t(reporting ? 'outcome.reportTitle' : 'outcome.enterTitle', { name: organizationName });

  // A reason alone changes nothing: only the figure, its details and its note make an amendment.
  const changed = (['value', 'investor', 'stage', 'date', 'countries', 'note'] as const).some((k) => form.isDirty(k));

  const valueHint = () => {
    if (unit === 'krw') return value !== null ? `${f.krw(value)} (${f.exactKrw(value)})` : t('outcome.valueHintKrw');
    if (unit === 'people') return t('outcome.valueHintPeople');
    return t('outcome.valueHintCount');
  };

  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <form onSubmit={form.onSubmit((v) => (outcome ? amend.mutate(v) : create.mutate(v)))} noValidate>
        <Stack gap="md">
          {conflict === 'changed' ? (
            <ConflictAlert title={t('outcome.conflictTitle')} message={t('outcome.conflict')} reloadLabel={t('outcome.reloadLatest')} onReload={() => void reload()} testId="outcome-conflict" />
          ) : conflict === 'gone' ? (
            <Alert color="orange" role="alert" data-testid="outcome-conflict">
              {t('outcome.gone')}
            </Alert>
          ) : null}
          {duplicate ? (
            <Alert color="orange" role="alert" title={t('outcome.existsTitle')} data-testid="outcome-exists">
              <Stack gap="sm" align="flex-start">
                {duplicate.problem?.detail ?? duplicate.message}
                {existing ? (
                  <Button
                    size="xs"
                    variant="white"
                    color="orange"
                    onClick={() => {
                      carried.current = { id: existing.id, value: form.values.value, note: form.values.note };
                      onAmendOther(existing);
                    }}
                  >
                    {t('outcome.amendExisting', { value: fmt.value(existing.metric, existing.value) })}
                  </Button>
                ) : null}
              </Stack>
            </Alert>
          ) : null}
          <ProblemAlert>{general}</ProblemAlert>
          {outcome?.status === 'verified' ? (
            <Alert color="blue" variant="light" data-testid="outcome-amend-verified">
              {t('outcome.amendVerifiedNote')}
            </Alert>
          ) : null}
          {outcome?.status === 'returned' && outcome.statusReason ? (
            <Alert color="red" variant="light" title={t('outcome.returnedTitle')}>
              {outcome.statusReason}
            </Alert>
          ) : null}

          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {outcome ? (
              <TextInput label={t('outcome.metric')} value={fmt.metric(outcome.metric)} readOnly variant="filled" />
            ) : (
              <Select
                label={t('outcome.metric')}
                required
                placeholder={t('outcome.metricPlaceholder')}
                data={outcomeMetrics.map((m) => ({ value: m, label: fmt.metric(m) }))}
                description={metric ? t(`outcome.metricHints.${metric}`) : undefined}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                {...form.getInputProps('metric')}
                onChange={(next) => {
                  form.setFieldValue('metric', next as OutcomeMetric | null);
                  if (next === 'operating') form.setFieldValue('value', 1);
                  else if (metric === 'operating') form.setFieldValue('value', '');
                }}
              />
            )}
            <TextInput
              label={t('outcome.period')}
              required={!outcome}
              readOnly={!!outcome}
              variant={outcome ? 'filled' : 'default'}
              placeholder="2025-Q3"
              description={outcome ? undefined : period ? t('outcome.periodRead', { period: fmt.period(period.period) }) : t('outcome.periodHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              {...form.getInputProps('period')}
              value={outcome ? fmt.period(outcome.period) : form.values.period}
            />
          </SimpleGrid>

          {unit === 'flag' ? (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('outcome.value')}
              </Text>
              <SegmentedControl
                data={[
                  { value: '1', label: t('outcome.operatingYes') },
                  { value: '0', label: t('outcome.operatingNo') },
                ]}
                value={String(form.values.value === 0 ? 0 : 1)}
                onChange={(v) => form.setFieldValue('value', Number(v))}
              />
            </Stack>
          ) : (
            <NumberInput
              label={t('outcome.value')}
              required
              description={unit ? valueHint() : undefined}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              thousandSeparator=","
              min={0}
              allowDecimal={false}
              allowNegative={false}
              suffix={unit === 'krw' ? (f.lang === 'en' ? undefined : ' 원') : unit === 'people' ? t('outcome.suffixPeople') : unit === 'count' ? t('outcome.suffixCount') : undefined}
              prefix={unit === 'krw' && f.lang === 'en' ? '₩' : undefined}
              disabled={!metric}
              placeholder={metric ? undefined : t('outcome.metricFirst')}
              {...form.getInputProps('value')}
            />
          )}

          {metric === 'investment' ? (
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label={t('outcome.investor')} {...form.getInputProps('investor')} />
              <Autocomplete label={t('outcome.stage')} data={STAGES} {...form.getInputProps('stage')} />
              <DateInput label={t('outcome.dealDate')} valueFormat="YYYY-MM-DD" placeholder="YYYY-MM-DD" clearable {...form.getInputProps('date')} />
            </SimpleGrid>
          ) : null}
          {metric === 'exportSales' ? (
            <TagsInput label={t('outcome.countries')} description={t('outcome.countriesHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} splitChars={[',', ';']} clearable {...form.getInputProps('countries')} />
          ) : null}

          <Textarea label={t('outcome.note')} autosize minRows={2} {...form.getInputProps('note')} />
          {outcome ? (
            <TextInput label={t('outcome.reason')} description={t('outcome.reasonHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} {...form.getInputProps('reason')} />
          ) : null}

          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={outcome ? amend.isPending : create.isPending} disabled={!!conflict || (outcome ? !changed : false)}>
              {outcome ? t('common.save') : t(reporting ? 'outcome.reportSubmit' : 'outcome.enterSubmit')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
