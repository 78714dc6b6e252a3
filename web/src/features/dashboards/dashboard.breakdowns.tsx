import { BarChart, DonutChart } from '@mantine/charts';
import { Badge, Box, Button, Card, Group, Progress, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { Change } from './dashboard.figures';
import { isMoney, type BreakdownRow, type Measure } from './dashboard.codes';
import classes from './dashboard.module.css';

const palette = ['brand.6', 'teal.6', 'grape.6', 'orange.6', 'cyan.6', 'pink.6', 'lime.7', 'indigo.6', 'yellow.6', 'gray.6'];

/** A breakdown row as the screen shows it: its name in the current language and the measured value. */
export type ShownRow = { row: BreakdownRow; name: string; value: number; previous: number | undefined };

/** The rows measured by `measure`, largest first. */
export function shownRows(rows: BreakdownRow[], measure: Measure, nameOf: (row: BreakdownRow) => string): ShownRow[] {
  return rows
    .map((row) => ({ row, name: nameOf(row), value: row.figures[measure], previous: row.previous ? row.previous[measure] : undefined }))
    .sort((a, b) => b.value - a.value || b.row.figures.organizations - a.row.figures.organizations);
}

export function useMeasureFormat(measure: Measure) {
  const { t } = useTranslation();
  const f = useFormat();
  if (isMoney(measure)) return (v: number) => f.krwShort(v);
  if (measure === 'jobsCreated') return (v: number) => t('dashboard.units.people', { value: f.number(v) });
  return (v: number) => t('dashboard.units.companies', { value: f.number(v) });
}

/**
 * One breakdown as labelled bars, each row a button that opens the organizations behind it; the
 * change against the year before beside the value. Long lists show the first `limit` rows.
 */
export function BreakdownCard(props: {
  title: string;
  rows: ShownRow[];
  measure: Measure;
  onOpen: (row: ShownRow) => void;
  limit?: number;
  footnote?: ReactNode;
  testId?: string;
  labelWidth?: { base: number; sm: number };
}) {
  const { t } = useTranslation();
  const format = useMeasureFormat(props.measure);
  const [all, setAll] = useState(false);
  const limit = props.limit ?? 10;
  const rows = all ? props.rows : props.rows.slice(0, limit);
  const max = Math.max(1, ...props.rows.map((r) => r.value));
  return (
    <Card h="100%" data-testid={props.testId}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={3} fz="md">
          {props.title}
        </Title>
        <Badge variant="light" color="gray" radius="sm">
          {t('dashboard.rows', { total: props.rows.length })}
        </Badge>
      </Group>
      {props.rows.length === 0 ? (
        <Text c="dimmed" size="sm" py="lg" ta="center">
          {t('common.noData')}
        </Text>
      ) : (
        <Stack gap={0}>
          {rows.map((r) => (
            <UnstyledButton
              key={r.row.key}
              className={classes.row}
              onClick={() => props.onOpen(r)}
             
              aria-label={`${r.name} ${format(r.value)} — ${t('dashboard.openList')}`}
              data-testid="breakdown-row"
            >
              <Group gap="sm" wrap="nowrap">
                <Text size="sm" w={props.labelWidth ?? { base: 96, sm: 132 }} style={{ flexShrink: 0 }} lineClamp={1} title={r.name}>
                  {r.name}
                </Text>
                <Progress value={(r.value / max) * 100} size="lg" radius="sm" flex={1} color="brand.5" aria-hidden />
                <Text size="sm" fw={600} w={{ base: 76, sm: 84 }} ta="right" style={{ flexShrink: 0, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {format(r.value)}
                </Text>
                <Box w={58} visibleFrom="sm" style={{ flexShrink: 0, textAlign: 'right' }}>
                  <Change current={r.value} previous={r.previous} size="xs" />
                </Box>
              </Group>
            </UnstyledButton>
          ))}
        </Stack>
      )}
      {props.rows.length > limit ? (
        <Button variant="subtle" size="xs" mt="xs" onClick={() => setAll(!all)}>
          {all ? t('dashboard.showFewer') : t('dashboard.showAll', { total: props.rows.length })}
        </Button>
      ) : null}
      {props.footnote}
    </Card>
  );
}

/** Shares of a whole (organizations by kind): a donut, and its legend as buttons that open each share's organizations. */
export function ShareCard({ title, rows, measure, onOpen, testId }: { title: string; rows: ShownRow[]; measure: Measure; onOpen: (row: ShownRow) => void; testId?: string }) {
  const { t } = useTranslation();
  const format = useMeasureFormat(measure);
  const shown = rows.filter((r) => r.value > 0);
  const total = shown.reduce((sum, r) => sum + r.value, 0);
  const data = shown.map((r, i) => ({ name: r.name, value: r.value, color: palette[i % palette.length]! }));
  return (
    <Card h="100%" data-testid={testId}>
      <Title order={3} fz="md" mb="sm">
        {title}
      </Title>
      {shown.length === 0 ? (
        <Text c="dimmed" size="sm" py="lg" ta="center">
          {t('common.noData')}
        </Text>
      ) : (
        <Group justify="center" align="center" gap="lg" wrap="wrap">
          <DonutChart
            data={data}
            size={170}
            thickness={24}
            withTooltip
            tooltipDataSource="segment"
            valueFormatter={format}
            chartLabel={format(total)}
            className={classes.chart}
            pieProps={{ onClick: (_: unknown, index: number) => shown[index] && onOpen(shown[index]) }}
          />
          <Stack gap={2} style={{ minWidth: 180, flex: '1 1 180px' }}>
            {shown.map((r, i) => (
              <UnstyledButton key={r.row.key} className={classes.row} onClick={() => onOpen(r)} aria-label={`${r.name} ${format(r.value)} — ${t('dashboard.openList')}`} data-testid="breakdown-row">
                <Group gap={8} wrap="nowrap" justify="space-between">
                  <Group gap={8} wrap="nowrap">
                    <Badge color={data[i]!.color} variant="filled" size="xs" circle>
                      {' '}
                    </Badge>
                    <Text size="sm">{r.name}</Text>
                  </Group>
                  <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                    {format(r.value)} · {total ? Math.round((r.value / total) * 100) : 0}%
                  </Text>
                </Group>
              </UnstyledButton>
            ))}
          </Stack>
        </Group>
      )}
    </Card>
  );
}

/** A breakdown with many short names (regions) as columns side by side; a click on a column opens its organizations. */
export function ColumnsCard({ title, rows, measure, onOpen, testId }: { title: string; rows: ShownRow[]; measure: Measure; onOpen: (row: ShownRow) => void; testId?: string }) {
  const { t } = useTranslation();
  const format = useMeasureFormat(measure);
  const f = useFormat();
  const series = t(`dashboard.measures.${measure}`);
  const data = rows.map((r) => ({ name: r.name, [series]: r.value }));
  return (
    <Card data-testid={testId}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={3} fz="md">
          {title}
        </Title>
        <Text size="xs" c="dimmed">
          {t('dashboard.columnsHint')}
        </Text>
      </Group>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm" py="lg" ta="center">
          {t('common.noData')}
        </Text>
      ) : (
        <BarChart
          h={220}
          className={classes.chart}
          data={data}
          dataKey="name"
          series={[{ name: series, color: 'brand.5' }]}
          valueFormatter={format}
          yAxisProps={{ width: 56, tickFormatter: (v: number) => (isMoney(measure) ? f.krwShort(v, false) : f.number(v)) }}
          xAxisProps={{ interval: 0, tick: { fontSize: 11, fill: 'currentColor', transform: 'translate(0, 6)' } }}
          gridAxis="y"
          maxBarWidth={32}
          barProps={{ onClick: (_: unknown, index: number) => rows[index] && onOpen(rows[index]) }}
        />
      )}
    </Card>
  );
}
