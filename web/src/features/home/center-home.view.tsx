import { BarChart, DonutChart } from '@mantine/charts';
import { Badge, Box, Card, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { CountBars } from '../../components/count-bars';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { RouterButton } from '../../components/router-link';
import { StatCard } from '../../components/stat.card';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { isStaff } from '../auth/scope';
import { useMe } from '../auth/session.queries';
import { centerSummaryQuery, centersQuery, useCenterName } from '../centers/center.queries';
import { organizationKinds, stages, type Stage } from '../organizations/organization.codes';
import type { SupportKind } from '../support-records/support-record.codes';
import { TargetsCard } from '../targets/targets.card';

const kindColors = ['brand.6', 'teal.6', 'grape.6', 'orange.6', 'cyan.6', 'pink.6', 'lime.7', 'indigo.6', 'yellow.6'];

/** A center's home: its organizations by kind and stage, this year's support, support by year. */
export function CenterHome({ centerId }: { centerId: string }) {
  const { t, i18n } = useTranslation();
  const centers = useQuery(centersQuery);
  const summary = useQuery(centerSummaryQuery(centerId));
  const centerName = useCenterName();
  const me = useMe();
  const center = centers.data?.find((c) => c.id === centerId);
  const en = i18n.language === 'en';

  return (
    <>
      <PageHeader
        title={center ? centerName(center) : t('home.centerTitle')}
        description={center ? `${t('center.sponsor')} ${en ? center.sponsorNameEn : center.sponsorName} · ${en ? center.specialtyEn : center.specialty}` : undefined}
        actions={
          <>
            <RouterButton to="/organizations" search={{ centerId }} variant="default">
              {t('home.centerOrganizations')}
            </RouterButton>
            {isStaff(me) ? (
              <RouterButton to="/support-records" search={{ centerId }}>
                {t('home.centerLedger')}
              </RouterButton>
            ) : null}
          </>
        }
      />
      <QueryState query={summary}>{(s) => <SummaryBody summary={s} />}</QueryState>
      <Box mt="lg">
        <TargetsCard scope={{ centerId }} />
      </Box>
    </>
  );
}

function SummaryBody({ summary }: { summary: Schemas['CenterSummary'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const byKind = organizationKinds
    .map((k, i) => ({ name: labels.kind(k), value: summary.organizations.byKind[k] ?? 0, color: kindColors[i % kindColors.length]! }))
    .filter((d) => d.value > 0);
  const stageKeys: (Stage | 'unknown')[] = [...stages, 'unknown'];
  const byStage = stageKeys
    .map((k) => ({ stage: labels.stage(k), [t('home.organizationsSeries')]: summary.organizations.byStage[k] ?? 0 }))
    .filter((d) => (d[t('home.organizationsSeries')] as number) > 0);
  const supportKinds = Object.entries(summary.supportThisYear.byKind)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => ({ name: labels.supportKind(k as SupportKind), value: v }));
  const byYear = summary.supportByYear.map((y) => ({
    year: String(y.year),
    [t('home.recordsSeries')]: y.records,
    [t('home.organizationsSeries')]: y.organizations,
  }));

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <StatCard label={t('home.organizations')} value={f.number(summary.organizations.total)} hint={t('home.affiliatedHint')} />
        <StatCard label={t('home.recordsThisYear', { year: summary.year })} value={f.number(summary.supportThisYear.records)} />
        <StatCard label={t('home.supportedThisYear', { year: summary.year })} value={f.number(summary.supportThisYear.organizations)} />
        <StatCard
          label={t('home.valueThisYear', { year: summary.year })}
          value={f.krw(summary.supportThisYear.valueKrw)}
          hint={summary.supportThisYear.valueKrw >= 10_000 ? f.exactKrw(summary.supportThisYear.valueKrw) : undefined}
        />
      </SimpleGrid>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <ChartCard title={t('home.byKind')}>
            {byKind.length ? (
              <Group justify="center" align="center" gap="xl" wrap="wrap">
                <DonutChart data={byKind} size={180} thickness={26} withTooltip chartLabel={f.number(summary.organizations.total)} valueFormatter={f.number} />
                <Stack gap={6}>
                  {byKind.map((d) => (
                    <Group key={d.name} gap={8} wrap="nowrap">
                      <Badge color={d.color} variant="filled" size="xs" circle>
                        {' '}
                      </Badge>
                      <Text size="sm">{d.name}</Text>
                      <Text size="sm" c="dimmed">
                        {f.number(d.value)}
                      </Text>
                    </Group>
                  ))}
                </Stack>
              </Group>
            ) : (
              <Empty />
            )}
          </ChartCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <ChartCard title={t('home.byStage')}>
            {byStage.length ? (
              <BarChart
                h={240}
                data={byStage}
                dataKey="stage"
                series={[{ name: t('home.organizationsSeries'), color: 'brand.6' }]}
                valueFormatter={f.number}
                tickLine="y"
                gridAxis="y"
                maxBarWidth={56}
                yAxisProps={{ allowDecimals: false }}
              />
            ) : (
              <Empty />
            )}
          </ChartCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <ChartCard title={t('home.supportByKind', { year: summary.year })}>
            {supportKinds.length ? (
              <CountBars data={supportKinds} format={f.number} />
            ) : (
              <Empty />
            )}
          </ChartCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <ChartCard title={t('home.supportByYear')}>
            {byYear.length ? (
              <BarChart
                h={260}
                data={byYear}
                dataKey="year"
                withLegend
                series={[
                  { name: t('home.recordsSeries'), color: 'brand.6' },
                  { name: t('home.organizationsSeries'), color: 'teal.5' },
                ]}
                valueFormatter={f.number}
                tickLine="y"
                gridAxis="y"
                maxBarWidth={56}
                yAxisProps={{ allowDecimals: false }}
              />
            ) : (
              <Empty />
            )}
          </ChartCard>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function ChartCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card h="100%">
      <Title order={4} fz="md" mb="md">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Empty() {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" size="sm" py="xl" ta="center">
      {t('common.noData')}
    </Text>
  );
}
