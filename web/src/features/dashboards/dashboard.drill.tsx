import { Badge, Drawer, Group, Pagination, Select, Stack, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/query-state';
import { RouteError } from '../../components/route-error';
import { RouterAnchor } from '../../components/router-link';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import type { OrganizationKind } from '../organizations/organization.codes';
import type { DashboardScope, DrillRow, DrillSort } from './dashboard.codes';
import { DRILL_PAGE_SIZE, drillQuery, type DrillParams } from './dashboard.queries';

type Column = { sort: DrillSort; label: string; value: (r: DrillRow) => string | null; exact?: (r: DrillRow) => string | null };

/**
 * The organizations behind a figure, in a drawer over the dashboard: sortable by each figure
 * (largest first), a page at a time, each name a link to the organization.
 */
export function DrillDrawer({ scope, params, title, extra, onChange, onClose }: {
  scope: DashboardScope;
  params: DrillParams | null;
  title: string;
  /** Above the list: a way on (a center's own dashboard). */
  extra?: ReactNode;
  onChange: (next: Partial<DrillParams>) => void;
  onClose: () => void;
}) {
  const small = useMediaQuery('(max-width: 48em)');
  return (
    <Drawer opened={!!params} onClose={onClose} position="right" size={small ? '100%' : 'min(920px, 90vw)'} title={<Text fw={700}>{title}</Text>} data-testid="drill-drawer">
      {extra}
      {params ? <DrillTable scope={scope} params={params} onChange={onChange} compact={!!small} /> : null}
    </Drawer>
  );
}

function DrillTable({ scope, params, onChange, compact }: { scope: DashboardScope; params: DrillParams; onChange: (next: Partial<DrillParams>) => void; compact: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const query = useQuery(drillQuery(scope, params));
  const money = (v: number | null) => (v === null ? null : f.krwShort(v));
  const exact = (v: number | null) => (v !== null && v >= 10_000 ? f.exactKrw(v) : null);
  const columns: Column[] = [
    { sort: 'supportRecords', label: t('dashboard.columns.supportRecords'), value: (r) => f.number(r.supportRecords) },
    { sort: 'revenueKRW', label: t('dashboard.columns.revenue'), value: (r) => money(r.revenueKRW), exact: (r) => exact(r.revenueKRW) },
    { sort: 'jobsCreated', label: t('dashboard.columns.jobs'), value: (r) => (r.jobsCreated === null ? null : f.number(r.jobsCreated)) },
    {
      sort: 'investmentKRW',
      label: t('dashboard.columns.investment'),
      value: (r) => (r.investmentKRW === null ? null : `${money(r.investmentKRW)}${r.investmentDeals > 1 ? ` · ${t('dashboard.units.deals', { value: r.investmentDeals })}` : ''}`),
      exact: (r) => exact(r.investmentKRW),
    },
    { sort: 'exportKRW', label: t('dashboard.columns.export'), value: (r) => money(r.exportKRW), exact: (r) => exact(r.exportKRW) },
  ];
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <RouteError error={query.error} reset={() => void query.refetch()} />;
  const { items, total } = query.data;
  const pages = Math.max(1, Math.ceil(total / DRILL_PAGE_SIZE));
  const header = (sort: DrillSort, label: string, align: 'left' | 'right' = 'right') => (
    <Table.Th ta={align} aria-sort={params.sort === sort ? (sort === 'name' ? 'ascending' : 'descending') : undefined}>
      <UnstyledButton onClick={() => onChange({ sort, page: 1 })} data-testid={`sort-${sort}`}>
        <Text size="sm" fw={params.sort === sort ? 700 : 600} c={params.sort === sort ? 'brand.7' : undefined} style={{ whiteSpace: 'nowrap' }}>
          {label}
          {params.sort === sort ? (sort === 'name' ? ' ↑' : ' ↓') : ''}
        </Text>
      </UnstyledButton>
    </Table.Th>
  );
  const name = (r: DrillRow) => (
    <>
      <Group gap={6} wrap="nowrap">
        <RouterAnchor to="/organizations/$organizationId" params={{ organizationId: r.id }} fw={600} size="sm" lineClamp={1}>
          {r.name}
        </RouterAnchor>
        {r.unverifiedFigures > 0 ? (
          <Tooltip label={t('dashboard.unverifiedHint', { value: r.unverifiedFigures })} withArrow>
            <Badge size="xs" color="orange" variant="light" radius="sm" style={{ flexShrink: 0 }}>
              {t('dashboard.unverifiedBadge', { value: r.unverifiedFigures })}
            </Badge>
          </Tooltip>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed" lineClamp={1}>
        {[labels.kind(r.kind as OrganizationKind), labels.region(r.region)].filter(Boolean).join(' · ')}
      </Text>
    </>
  );
  const pager =
    pages > 1 ? (
      <Group justify="center">
        <Pagination total={pages} value={params.page} onChange={(page) => onChange({ page })} size="sm" siblings={compact ? 0 : 1} getControlProps={(control) => ({ 'aria-label': t(`dashboard.page.${control}`) })} />
      </Group>
    ) : null;
  if (compact) {
    // A phone: one column of names with the figure sorted by, the sort as a select.
    const shown = columns.find((c) => c.sort === params.sort) ?? columns[1]!;
    return (
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text size="sm" c="dimmed" data-testid="drill-total">
            {t('dashboard.drillTotal', { total: f.number(total) })}
          </Text>
          <Select
            size="xs"
            w={150}
            aria-label={t('dashboard.sortBy')}
            data={[...columns.map((c) => ({ value: c.sort, label: c.label })), { value: 'name', label: t('dashboard.columns.organization') }]}
            value={params.sort}
            onChange={(v) => v && onChange({ sort: v as DrillSort, page: 1 })}
            allowDeselect={false}
          />
        </Group>
        <Stack gap={0} style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }} data-testid="drill-table">
          {items.map((r) => (
            <Group key={r.id} justify="space-between" wrap="nowrap" gap="sm" py={8} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }} data-testid="drill-row">
              <div style={{ minWidth: 0 }}>{name(r)}</div>
              <div style={{ textAlign: 'right', flexShrink: 0 }}>
                <Text size="sm" fw={700} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {shown.value(r) ?? '–'}
                </Text>
                <Text size="xs" c="dimmed">
                  {shown.label}
                </Text>
              </div>
            </Group>
          ))}
        </Stack>
        {items.length === 0 ? (
          <Text c="dimmed" size="sm" ta="center">
            {t('common.noData')}
          </Text>
        ) : null}
        {pager}
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm" c="dimmed" data-testid="drill-total">
          {t('dashboard.drillTotal', { total: f.number(total) })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('dashboard.drillSortHint')}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table striped="even" highlightOnHover data-testid="drill-table" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
          <Table.Thead>
            <Table.Tr>
              {header('name', t('dashboard.columns.organization'), 'left')}
              {columns.map((c) => header(c.sort, c.label))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((r) => (
              <Table.Tr key={r.id} data-testid="drill-row">
                <Table.Td>{name(r)}</Table.Td>
                {columns.map((c) => {
                  const value = c.value(r);
                  const exactValue = c.exact?.(r);
                  const cell = (
                    <Text size="sm" fw={params.sort === c.sort ? 700 : 400} c={value === null ? 'dimmed' : undefined} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                      {value ?? '–'}
                    </Text>
                  );
                  return (
                    <Table.Td key={c.sort} ta="right">
                      {exactValue ? (
                        <Tooltip label={exactValue} withArrow>
                          {cell}
                        </Tooltip>
                      ) : (
                        cell
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {items.length === 0 ? (
        <Text c="dimmed" size="sm" ta="center">
          {t('common.noData')}
        </Text>
      ) : null}
      {pager}
    </Stack>
  );
}
