import { Badge, Box, Card, Grid, Group, Loader, Select, SegmentedControl, Stack, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { LockIcon } from '../../components/icons';
import { NotFound } from '../../components/not-found';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../components/query-state';
import { RouteError } from '../../components/route-error';
import { RouterAnchor, RouterButton } from '../../components/router-link';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { useMe } from '../auth/session.queries';
import { useCenterLabel } from '../centers/center.queries';
import type { OrganizationKind } from '../organizations/organization.codes';
import type { SupportKind } from '../support-records/support-record.codes';
import { TargetsCard } from '../targets/targets.card';
import { BreakdownCard, ColumnsCard, ShareCard, shownRows, type ShownRow } from './dashboard.breakdowns';
import { measures, preferredYear, type BreakdownRow, type Dashboard, type DashboardScope, type Dimension, type DrillList, type DrillSort, type Measure } from './dashboard.codes';
import { DrillDrawer } from './dashboard.drill';
import { FigureCards, type CardDrill } from './dashboard.figures';
import { CountingNotes } from './dashboard.notes';
import { dashboardQuery, type DrillParams } from './dashboard.queries';
import { ownDashboard } from './dashboard.scope';
import type { DashboardSearch } from './dashboard.search';
import { TrendCharts } from './dashboard.trends';

type SetSearch = (next: DashboardSearch) => void;

const NATIONAL: DashboardScope = { kind: 'national' };

/** 전국 대시보드 (national office only). */
export function NationalDashboardPage() {
  const search = useSearch({ from: '/app/dashboards/national' });
  const navigate = useNavigate({ from: '/dashboards/national' });
  return <DashboardScreen scope={NATIONAL} search={search} setSearch={(next) => void navigate({ search: (prev) => ({ ...prev, ...next }) })} />;
}

/** A center's dashboard (its staff and the national office). */
export function CenterDashboardPage() {
  const { centerId } = useParams({ from: '/app/dashboards/centers/$centerId' });
  const search = useSearch({ from: '/app/dashboards/centers/$centerId' });
  const navigate = useNavigate({ from: '/dashboards/centers/$centerId' });
  return <DashboardScreen key={centerId} scope={{ kind: 'center', id: centerId }} search={search} setSearch={(next) => void navigate({ search: (prev) => ({ ...prev, ...next }) })} />;
}

/** A mini-cluster's dashboard (its coordinators and the national office). */
export function ClusterDashboardPage() {
  const { clusterId } = useParams({ from: '/app/dashboards/clusters/$clusterId' });
  const search = useSearch({ from: '/app/dashboards/clusters/$clusterId' });
  const navigate = useNavigate({ from: '/dashboards/clusters/$clusterId' });
  return <DashboardScreen key={clusterId} scope={{ kind: 'cluster', id: clusterId }} search={search} setSearch={(next) => void navigate({ search: (prev) => ({ ...prev, ...next }) })} />;
}

/** Loads the dashboard of the asked year, or opens on the latest year with annual figures (preferredYear). */
function DashboardScreen({ scope, search, setSearch }: { scope: DashboardScope; search: DashboardSearch; setSearch: SetSearch }) {
  const first = useQuery(dashboardQuery(scope, search.year));
  const preferred = !search.year && first.data ? preferredYear(first.data) : undefined;
  const moved = preferred !== undefined && preferred !== first.data?.year;
  const second = useQuery({ ...dashboardQuery(scope, preferred), enabled: moved });
  const query = moved ? second : first;
  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 403) return <Forbidden />;
    if (query.error instanceof ApiError && query.error.status === 404) return <NotFound />;
    return <RouteError error={query.error} reset={() => void query.refetch()} />;
  }
  return <DashboardView scope={scope} dashboard={query.data} search={search} setSearch={setSearch} />;
}

/** A dashboard the person may not open (the national one, for anyone but the national office). */
function Forbidden() {
  const { t } = useTranslation();
  const own = ownDashboard(useMe());
  return (
    <Card maw={560} mx="auto" mt="xl" data-testid="dashboard-forbidden" role="alert">
      <Stack align="center" gap="sm" py="md">
        <LockIcon size={28} />
        <Title order={2} fz="lg">
          {t('dashboard.forbiddenTitle')}
        </Title>
        <Text c="dimmed" size="sm" ta="center">
          {t('dashboard.forbiddenBody')}
        </Text>
        {own ? <OwnDashboardButton scope={own} /> : null}
      </Stack>
    </Card>
  );
}

function OwnDashboardButton({ scope }: { scope: DashboardScope }) {
  const { t } = useTranslation();
  const label = t('dashboard.ownDashboard');
  if (scope.kind === 'national') return <RouterButton to="/dashboards/national">{label}</RouterButton>;
  if (scope.kind === 'center') return <RouterButton to="/dashboards/centers/$centerId" params={{ centerId: scope.id }}>{label}</RouterButton>;
  return <RouterButton to="/dashboards/clusters/$clusterId" params={{ clusterId: scope.id }}>{label}</RouterButton>;
}

const SORT_OF_MEASURE: Record<Measure, DrillSort> = { organizations: 'supportRecords', revenueKRW: 'revenueKRW', investmentKRW: 'investmentKRW', jobsCreated: 'jobsCreated', exportKRW: 'exportKRW' };

function DashboardView({ scope, dashboard: d, search, setSearch }: { scope: DashboardScope; dashboard: Dashboard; search: DashboardSearch; setSearch: SetSearch }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [measure, setMeasure] = useState<Measure>('organizations');
  const national = scope.kind === 'national';

  const centerLabel = useCenterLabel();
  const nameOf = (dimension: Dimension) => (row: BreakdownRow) =>
    dimension === 'kind' ? labels.kind(row.key as OrganizationKind)
    : dimension === 'supportKind' ? labels.supportKind(row.key as SupportKind)
    : dimension === 'center' ? centerLabel(row.key.slice(2), row.label)
    : row.label || t('dashboard.unclassified');
  const rows = (dimension: Dimension) => shownRows(d.breakdowns[dimension] ?? [], measure, nameOf(dimension));
  const open = (list: DrillList, key: string | undefined, sort: DrillSort) => setSearch({ year: d.year, list, key, sort, page: 1 });
  const openRow = (dimension: Dimension) => (r: ShownRow) => open(dimension, r.row.key, SORT_OF_MEASURE[measure]);
  const breakdown = (dimension: Dimension, limit?: number, footnote?: ReactNode) => (
    <BreakdownCard
      title={t(`dashboard.by.${dimension}`)}
      rows={rows(dimension)}
      measure={measure}
      onOpen={openRow(dimension)}
      limit={limit}
      footnote={footnote}
      labelWidth={dimension === 'industry' || dimension === 'program' ? { base: 120, sm: 200 } : undefined}
      testId={`breakdown-${dimension}`}
    />
  );
  const kinds = <ShareCard title={t('dashboard.by.kind')} rows={rows('kind')} measure={measure} onOpen={openRow('kind')} testId="breakdown-kind" />;

  const drill: DrillParams | null = search.list ? { year: d.year, list: search.list, key: search.key, sort: search.sort ?? 'revenueKRW', page: search.page ?? 1 } : null;
  const drillTitle = (() => {
    if (!drill) return '';
    const year = t('dashboard.yearLabel', { year: d.year });
    if (drill.list === 'all') return `${d.scope.name} · ${year} ${t('dashboard.figures.organizations')}`;
    if (drill.list === 'overlap') return `${year} · ${t('dashboard.overlapList')}`;
    const row = d.breakdowns[drill.list]?.find((r) => r.key === drill.key);
    return `${year} · ${t(`dashboard.by.${drill.list}`)}: ${row ? nameOf(drill.list)(row) : (drill.key ?? '')}`;
  })();

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('dashboard.title')}
        badges={
          <Badge variant="light" size="lg" radius="sm" data-testid="dashboard-scope">
            {d.scope.name}
          </Badge>
        }
        description={t('dashboard.lead', { year: d.year })}
        actions={
          <Group gap="sm" wrap="nowrap">
            {d.updating ? (
              <Tooltip label={t('dashboard.updatingHint')} withArrow multiline w={240}>
                <Badge color="orange" variant="light" leftSection={<Loader size={10} color="orange" />} data-testid="dashboard-updating">
                  {t('dashboard.updating')}
                </Badge>
              </Tooltip>
            ) : null}
            <Select
              aria-label={t('dashboard.year')}
              data={d.years.map((y) => ({ value: String(y), label: t('dashboard.yearLabel', { year: y }) }))}
              value={String(d.year)}
              onChange={(v) => v && setSearch({ year: Number(v), list: undefined, key: undefined, sort: undefined, page: undefined })}
              allowDeselect={false}
              w={120}
              data-testid="year-select"
            />
          </Group>
        }
      />

      <Stack gap="xs">
        <FigureCards
          totals={d.totals}
          previous={d.previous}
          onOpen={(c: CardDrill) => open(c.list, c.key, c.sort)}
          unverified={<UnverifiedCard count={d.totals.unverifiedFigures} year={d.year} />}
        />
        <Text size="xs" c="dimmed">
          {d.previous ? t('dashboard.cardsNote', { previous: d.year - 1 }) : t('dashboard.cardsNoteNoPrevious', { previous: d.year - 1 })} {t(`dashboard.scopeNote.${scope.kind}`)}
        </Text>
      </Stack>

      <TrendCharts dashboard={d} onYear={(year) => d.years.includes(year) && setSearch({ year, list: undefined, key: undefined, sort: undefined, page: undefined })} />

      {scope.kind === 'center' ? <TargetsCard scope={{ centerId: scope.id }} /> : scope.kind === 'cluster' ? <TargetsCard scope={{ clusterId: scope.id }} /> : null}

      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <div>
          <Title order={2} fz="lg">
            {t('dashboard.breakdownsTitle')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('dashboard.breakdownsHint')}
          </Text>
        </div>
        <SegmentedControl
          size="xs"
          value={measure}
          onChange={(v) => setMeasure(v as Measure)}
          data={measures.map((m) => ({ value: m, label: t(`dashboard.measures.${m}`) }))}
          aria-label={t('dashboard.measure')}
          data-testid="measure"
        />
      </Group>

      {national ? (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>{breakdown('center', 18, <OverlapNote dashboard={d} onOpen={() => open('overlap', undefined, SORT_OF_MEASURE[measure])} />)}</Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="lg">
              {breakdown('cluster', 12)}
              {kinds}
            </Stack>
          </Grid.Col>
          <Grid.Col span={12}>
            {/* Seventeen regions side by side read well on a wide screen; on a phone, as bars. */}
            <Box visibleFrom="sm">
              <ColumnsCard title={t('dashboard.by.region')} rows={rows('region')} measure={measure} onOpen={openRow('region')} testId="breakdown-region" />
            </Box>
            <Box hiddenFrom="sm">{breakdown('region', 8)}</Box>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>{breakdown('supportKind', 12)}</Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>{breakdown('industry', 12)}</Grid.Col>
        </Grid>
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 6 }}>{breakdown('supportKind', 12)}</Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>{breakdown('program', 12)}</Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="lg">
              {kinds}
              {breakdown('region', 6)}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>{breakdown('industry', 14)}</Grid.Col>
        </Grid>
      )}

      <CountingNotes />

      <DrillDrawer
        scope={scope}
        params={drill}
        title={drillTitle}
        extra={drill && drill.key && (drill.list === 'center' || drill.list === 'cluster') ? <ChildDashboardLink dimension={drill.list} scopeKey={drill.key} year={d.year} /> : null}
        onChange={(next) => setSearch({ ...next })}
        onClose={() => setSearch({ list: undefined, key: undefined, sort: undefined, page: undefined })}
      />
    </Stack>
  );
}

/** From the nation's breakdown to a center's or cluster's own dashboard (keys `c:<id>`, `k:<id>`). */
function ChildDashboardLink({ dimension, scopeKey, year }: { dimension: 'center' | 'cluster'; scopeKey: string; year: number }) {
  const { t } = useTranslation();
  const id = scopeKey.slice(2);
  const props = { size: 'sm', fw: 600, mb: 'sm', display: 'inline-block', 'data-testid': 'child-dashboard' } as const;
  return dimension === 'center' ? (
    <RouterAnchor to="/dashboards/centers/$centerId" params={{ centerId: id }} search={{ year }} {...props}>
      {t('dashboard.openCenterDashboard')}
    </RouterAnchor>
  ) : (
    <RouterAnchor to="/dashboards/clusters/$clusterId" params={{ clusterId: id }} search={{ year }} {...props}>
      {t('dashboard.openClusterDashboard')}
    </RouterAnchor>
  );
}

/** Figures counted but not verified yet (rule 6), with the way to the verification queue of that year. */
function UnverifiedCard({ count, year }: { count: number; year: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card padding="md" bg={count > 0 ? 'orange.0' : undefined} data-testid="figure-unverified">
      <Text size="xs" c="dimmed" fw={600}>
        {t('dashboard.figures.unverified')}
      </Text>
      <Text fz={{ base: 20, sm: 26 }} fw={700} lh={1.2} mt={6} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {t('dashboard.units.cases', { value: f.number(count) })}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {t('dashboard.figures.unverifiedSub')}
      </Text>
      {count > 0 ? (
        <RouterAnchor to="/outcomes" search={{ from: String(year), to: String(year) }} size="xs" fw={600} mt={4}>
          {t('dashboard.figures.unverifiedLink')}
        </RouterAnchor>
      ) : null}
    </Card>
  );
}

/** How much the centers add up to more than the organizations they supported (rule 2), the organizations only clusters supported, and the list of those more than one center counted. */
function OverlapNote({ dashboard: d, onOpen }: { dashboard: Dashboard; onOpen: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!d.centers) return null;
  const { sumOfCenterCounts: sum, supportedByAnyCenter: any } = d.centers;
  const nation = d.totals.organizations;
  const values = { sum: f.number(sum), any: f.number(any), national: f.number(nation), more: f.number(sum - any), clusterOnly: f.number(nation - any) };
  return (
    <Text size="xs" c="dimmed" mt="md" data-testid="overlap-note">
      {t('dashboard.overlapMore', values)}
      {nation > any ? ` ${t('dashboard.overlapClustersOnly', values)}` : ''}{' '}
      {d.centers.countedByMoreThanOneCenter > 0 ? (
        <UnstyledButton onClick={onOpen} data-testid="overlap-open">
          <Text span size="xs" c="brand.7" fw={600}>
            {t('dashboard.overlapOpen', { value: f.number(d.centers.countedByMoreThanOneCenter) })}
          </Text>
        </UnstyledButton>
      ) : null}
    </Text>
  );
}

