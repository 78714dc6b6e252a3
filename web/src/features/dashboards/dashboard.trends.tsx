import { CompositeChart } from '@mantine/charts';
import { Card, Grid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { Dashboard } from './dashboard.codes';
import classes from './dashboard.module.css';

/**
 * Every year at a glance: organizations supported with the jobs they created, and their revenue
 * with the investment and export sales; the year shown is marked, a click on another year opens it.
 */
export function TrendCharts({ dashboard, onYear }: { dashboard: Dashboard; onYear: (year: number) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const names = {
    organizations: t('dashboard.series.organizations'),
    jobs: t('dashboard.series.jobs'),
    revenue: t('dashboard.series.revenue'),
    investment: t('dashboard.series.investment'),
    export: t('dashboard.series.export'),
  };
  // Annual figures (revenue, jobs, exports) come after the year ends: years after the last with any
  // are left open rather than drawn as a fall to zero. Deals are recorded as they happen.
  const annual = dashboard.series.filter((s) => s.figures.revenueKRW > 0 || s.figures.jobsCreated > 0 || s.figures.exportKRW > 0).map((s) => s.year);
  const lastAnnual = annual.length ? Math.max(...annual) : Infinity;
  const data = dashboard.series.map((s) => {
    const reported = s.year <= lastAnnual;
    return {
      year: String(s.year),
      [names.organizations]: s.figures.organizations,
      [names.jobs]: reported ? s.figures.jobsCreated : null,
      [names.revenue]: reported ? s.figures.revenueKRW : null,
      [names.investment]: s.figures.investmentKRW,
      [names.export]: reported ? s.figures.exportKRW : null,
    };
  });
  const marked = [{ x: String(dashboard.year), color: 'gray.5', strokeDasharray: '4 4' }];
  const open = { onClick: (state: { activeLabel?: string | number }) => state.activeLabel !== undefined && onYear(Number(state.activeLabel)) };
  const axis = { width: 64, tickFormatter: (v: number) => f.krwShort(v, false) };
  const counts = { width: 48, allowDecimals: false, tickFormatter: (v: number) => f.number(v) };
  if (data.length === 0) return null;
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Card h="100%" data-testid="trend-organizations">
          <Title order={3} fz="md">
            {t('dashboard.trendOrganizations')}
          </Title>
          <Text size="xs" c="dimmed" mb="sm">
            {t('dashboard.trendHint')}
          </Text>
          <CompositeChart
            h={260}
            className={classes.chart}
            data={data}
            dataKey="year"
            withLegend
            withRightYAxis
            series={[
              { name: names.organizations, type: 'bar', color: 'brand.5' },
              { name: names.jobs, type: 'line', color: 'orange.6', yAxisId: 'right' },
            ]}
            valueFormatter={f.number}
            yAxisProps={counts}
            rightYAxisProps={counts}
            referenceLines={marked}
            connectNulls={false}
            maxBarWidth={36}
            gridAxis="y"
            composedChartProps={open}
          />
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Card h="100%" data-testid="trend-money">
          <Title order={3} fz="md">
            {t('dashboard.trendMoney')}
          </Title>
          <Text size="xs" c="dimmed" mb="sm">
            {t('dashboard.trendMoneyHint')}
          </Text>
          <CompositeChart
            h={260}
            className={classes.chart}
            data={data}
            dataKey="year"
            withLegend
            withRightYAxis
            series={[
              { name: names.revenue, type: 'area', color: 'teal.5' },
              { name: names.investment, type: 'line', color: 'grape.6', yAxisId: 'right' },
              { name: names.export, type: 'line', color: 'cyan.7', yAxisId: 'right' },
            ]}
            valueFormatter={(v) => f.krwShort(v)}
            yAxisProps={axis}
            rightYAxisProps={axis}
            referenceLines={marked}
            connectNulls={false}
            gridAxis="y"
            composedChartProps={open}
          />
        </Card>
      </Grid.Col>
    </Grid>
  );
}
