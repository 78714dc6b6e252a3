import { Button, Group, Input, Modal, MultiSelect, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { fieldErrorsOf, problemMessage } from '../../api/form-errors';
import { ModalActions } from '../../components/modal-actions';
import { ProblemAlert } from '../../components/problem.alert';
import { activeMembership, coordinatedClusterIds, isNationalAdmin, staffCenterIds } from '../auth/scope';
import { useMe } from '../auth/session.queries';
import { centersQuery, clustersQuery, useCenterLabel } from '../centers/center.queries';
import { begunPeriods, campaignMetrics, seoulToday, type Metric } from './campaign.codes';
import { useCampaignFormat } from './campaign.format';

type Granularity = 'year' | 'quarter' | 'month';
type Values = { scope: string; title: string; instructions: string; granularity: Granularity; period: string; metrics: Metric[]; dueOn: string | null; organizationIds: string[] };

const PERIOD_OPTIONS: Record<Granularity, number> = { year: 6, quarter: 8, month: 18 };
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A scope value: `center:incheon` or `cluster:<uuid>`. */
const tenantOf = (scope: string) => (scope.startsWith('cluster:') ? { clusterId: scope.slice(8) } : { centerId: scope.slice(7) });

/** The server's field errors on the form's inputs: organizationIds.N and metrics.N on their lists, centerId on the scope. */
function errorsOf(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrorsOf(error))) {
    const key = path === 'centerId' || path === 'clusterId' ? 'scope' : path.replace(/\.\d+$/, '');
    out[key] = out[key] ? `${out[key]} ${message}` : message;
  }
  return out;
}

/** 새 성과 조사: which figures, for which period, from which companies, by when; the companies' members are mailed. */
export function CampaignCreateModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const cf = useCampaignFormat();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const centerLabel = useCenterLabel();
  const centers = useQuery(centersQuery);
  const clusters = useQuery(clustersQuery);
  const national = isNationalAdmin(me);
  const today = seoulToday();

  // The centers and clusters the person may ask for: their own; the national office, any.
  const scopes = useMemo(() => {
    const centerIds = national ? (centers.data ?? []).map((c) => c.id) : staffCenterIds(me);
    const clusterIds = national ? (clusters.data ?? []).map((c) => c.id) : coordinatedClusterIds(me);
    return [
      ...centerIds.map((id) => ({ value: `center:${id}`, label: centerLabel(id, id) })),
      ...clusterIds.map((id) => ({ value: `cluster:${id}`, label: clusters.data?.find((c) => c.id === id)?.name ?? id })),
    ];
  }, [national, me, centers.data, clusters.data, centerLabel]);
  const active = activeMembership(me);
  const defaultScope = active?.centerId && staffCenterIds(me).includes(active.centerId) ? `center:${active.centerId}` : active?.clusterId ? `cluster:${active.clusterId}` : (scopes[0]?.value ?? '');

  const initial = (): Values => ({
    scope: national ? '' : defaultScope,
    title: '',
    instructions: '',
    granularity: 'year',
    period: begunPeriods('year', today, 2)[1]!,
    metrics: ['revenue', 'employees', 'newHires'],
    dueOn: addDays(today, 14),
    organizationIds: [],
  });
  const form = useForm<Values>({
    initialValues: initial(),
    validate: {
      scope: (v) => (v ? null : t('validation.required')),
      title: (v) => (v.trim() ? null : t('validation.required')),
      metrics: (v) => (v.length ? null : t('validation.required')),
      dueOn: (v) => (!v ? t('validation.required') : v < today ? t('campaign.create.dueInPast') : null),
      organizationIds: (v) => (v.length ? null : t('campaign.create.pickCompanies')),
    },
  });
  useEffect(() => {
    if (opened) {
      form.setValues(initial());
      form.clearErrors();
      create.reset();
    }
  }, [opened]);
  useEffect(() => {
    if (opened && !form.values.scope && !national && defaultScope) form.setFieldValue('scope', defaultScope);
  }, [defaultScope]);

  const create = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/campaigns', {
          body: { ...tenantOf(v.scope), title: v.title.trim(), instructions: v.instructions.trim() || undefined, period: v.period, metrics: v.metrics, dueOn: v.dueOn!, organizationIds: v.organizationIds },
        }),
      ),
    onSuccess: async (campaign) => {
      await queryClient.invalidateQueries({ queryKey: ['campaigns'] });
      notifications.show({ color: 'teal', message: t('campaign.create.sent', { count: campaign.progress.requested }) });
      onClose();
      await navigate({ to: '/campaigns/$campaignId', params: { campaignId: campaign.id } });
    },
    onError: (error) => form.setErrors(errorsOf(error)),
  });
  const general = create.error && !Object.keys(form.errors).length ? problemMessage(create.error, t('common.tryAgainLater')) : null;

  const periods = begunPeriods(form.values.granularity, today, PERIOD_OPTIONS[form.values.granularity]).map((p) => ({ value: p, label: cf.period(p) }));

  return (
    <Modal opened={opened} onClose={onClose} title={t('campaign.create.title')} size="xl">
      <form onSubmit={form.onSubmit((v) => create.mutate(v))} noValidate aria-label={t('campaign.create.title')}>
        <Stack gap="md">
          <ProblemAlert>{general}</ProblemAlert>
          {national || scopes.length > 1 ? (
            <Select
              label={t('campaign.create.scope')}
              required
              searchable
              data={scopes}
              {...form.getInputProps('scope')}
              onChange={(v) => {
                form.setFieldValue('scope', v ?? '');
                form.setFieldValue('organizationIds', []);
              }}
            />
          ) : null}
          <TextInput label={t('campaign.title')} placeholder={t('campaign.create.titlePlaceholder')} required maxLength={200} data-testid="campaign-title" {...form.getInputProps('title')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Input.Wrapper label={t('campaign.period')} required description={t('campaign.create.periodHint')} error={form.errors.period} inputWrapperOrder={['label', 'description', 'input', 'error']}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <SegmentedControl
                  data={(['year', 'quarter', 'month'] as const).map((g) => ({ value: g, label: t(`campaign.create.granularity.${g}`) }))}
                  value={form.values.granularity}
                  onChange={(g) => {
                    const granularity = g as Granularity;
                    form.setFieldValue('granularity', granularity);
                    // The last whole period by default: last year, last quarter, last month.
                    form.setFieldValue('period', begunPeriods(granularity, today, 2)[1]!);
                  }}
                />
                <Select
                  aria-label={t('campaign.period')}
                  data={periods}
                  allowDeselect={false}
                  style={{ flex: 1 }}
                  data-testid="campaign-period"
                  value={form.values.period}
                  onChange={(v) => form.setFieldValue('period', v ?? form.values.period)}
                  error={!!form.errors.period}
                />
              </Group>
            </Input.Wrapper>
            <DateInput
              label={t('campaign.dueOn')}
              description={t('campaign.create.dueHint')}
              valueFormat="YYYY-MM-DD"
              placeholder="YYYY-MM-DD"
              minDate={today}
              required
              data-testid="campaign-due"
              {...form.getInputProps('dueOn')}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('campaign.metricsLabel')}
            description={t('campaign.create.metricsHint')}
            required
            data={campaignMetrics.map((m) => ({ value: m, label: cf.metric(m) }))}
            maxValues={12}
            data-testid="campaign-metrics"
            {...form.getInputProps('metrics')}
          />
          <CompanyPicker
            scope={form.values.scope}
            national={national}
            value={form.values.organizationIds}
            onChange={(ids) => form.setFieldValue('organizationIds', ids)}
            error={form.errors.organizationIds as string | undefined}
          />
          <Textarea label={t('campaign.instructions')} placeholder={t('campaign.create.instructionsPlaceholder')} autosize minRows={2} maxRows={8} maxLength={4000} {...form.getInputProps('instructions')} />
          <Text size="xs" c="dimmed">
            {t('campaign.create.mailNote')}
          </Text>
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={create.isPending} data-testid="campaign-send">
              {t('campaign.create.send')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * The companies asked, found by name among the organizations the staff member works with (the
 * national office: those of the chosen center or cluster); picked names stay listed while searching.
 */
function CompanyPicker({ scope, national, value, onChange, error }: { scope: string; national: boolean; value: string[]; onChange: (ids: string[]) => void; error: string | undefined }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text, 250);
  const [names, setNames] = useState<Record<string, string>>({});
  const filter = national ? tenantOf(scope) : { mine: 'true' as const };
  const found = useQuery({
    queryKey: ['organizations', 'campaign-picker', filter, q],
    queryFn: () => unwrap(api.GET('/api/v1/organizations', { params: { query: { ...filter, q: q.trim() || undefined, limit: 30 } } })),
    enabled: !!scope,
  });
  useEffect(() => {
    if (found.data) setNames((prev) => ({ ...prev, ...Object.fromEntries(found.data.items.map((o) => [o.id, o.name])) }));
  }, [found.data]);
  const data = [
    ...value.map((id) => ({ value: id, label: names[id] ?? id })),
    ...(found.data?.items ?? []).filter((o) => !value.includes(o.id)).map((o) => ({ value: o.id, label: o.name })),
  ];
  return (
    <MultiSelect
      label={t('campaign.create.companies')}
      description={t(national ? 'campaign.create.companiesHintNational' : 'campaign.create.companiesHint', { count: value.length })}
      placeholder={value.length ? undefined : t('campaign.create.companiesPlaceholder')}
      required
      searchable
      clearable
      disabled={!scope}
      data={data}
      value={value}
      onChange={onChange}
      searchValue={text}
      onSearchChange={setText}
      filter={({ options }) => options}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('organization.noResults')}
      error={error}
      maxDropdownHeight={280}
      data-testid="campaign-companies"
    />
  );
}
