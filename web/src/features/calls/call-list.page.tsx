import { Badge, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchIcon } from '../../components/icons';
import { ListCard, MorePager } from '../../components/list-card';
import { PageHeader } from '../../components/page-header';
import { RouterAnchor } from '../../components/router-link';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { useCenterLabel, useCenterOptions } from '../centers/center.queries';
import { regions } from '../organizations/organization.codes';
import { programTypes, type ProgramType } from '../programs/program.codes';
import type { CallListSearch } from './call-list.search';
import { CallStatusBadges } from './call-status';
import { publicCallStatuses, type CallSummary, type PublicCallStatus } from './call.codes';
import { callListQuery } from './call.queries';

/** The public announcement list (공고): anyone may search it, no sign-in needed. */
export function CallListPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const search = useSearch({ from: '/public/calls' });
  const navigate = useNavigate({ from: '/calls' });
  const centers = useCenterOptions();
  const [text, setText] = useState(search.q ?? '');
  useEffect(() => setText(search.q ?? ''), [search.q]);
  const update = (patch: Partial<CallListSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const filtered = Object.entries(search).some(([k, v]) => k !== 'q' && v !== undefined);

  const query = useInfiniteQuery(callListQuery(search));
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const total = query.data?.pages[0]?.total ?? 0;
  const totalKey = query.data?.pages[0]?.totalExact === false ? 'call.totalAtLeast' : 'call.total';

  return (
    <>
      <PageHeader title={t('call.listTitle')} description={t('call.listLead')} />
      <Stack gap="md">
        <Card padding="md">
          <form
            role="search"
            aria-label={t('call.searchLabel')}
            onSubmit={(e) => {
              e.preventDefault();
              void navigate({ search: (prev) => ({ ...prev, q: text.trim() || undefined }) });
            }}
          >
            <Stack gap="sm">
              <Group gap="sm" wrap="nowrap" align="flex-end">
                <TextInput
                  flex={1}
                  size="md"
                  aria-label={t('call.searchLabel')}
                  placeholder={t('call.searchPlaceholder')}
                  leftSection={<SearchIcon />}
                  value={text}
                  onChange={(e) => setText(e.currentTarget.value)}
                  name="q"
                />
                <Button type="submit" size="md">
                  {t('common.search')}
                </Button>
              </Group>
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
                <Select
                  label={t('call.center')}
                  placeholder={t('common.all')}
                  data={centers}
                  value={search.centerId ?? null}
                  onChange={(v) => update({ centerId: v ?? undefined })}
                  clearable
                  searchable
                />
                <Select
                  label={t('call.programType')}
                  placeholder={t('common.all')}
                  data={programTypes.map((v) => ({ value: v, label: labels.programType(v) }))}
                  value={search.type ?? null}
                  onChange={(v) => update({ type: (v ?? undefined) as ProgramType | undefined })}
                  clearable
                />
                <Select
                  label={t('call.region')}
                  placeholder={t('common.all')}
                  data={regions.map((r) => ({ value: r, label: labels.region(r) }))}
                  value={search.region ?? null}
                  onChange={(v) => update({ region: v ?? undefined })}
                  clearable
                  searchable
                />
                <Select
                  label={t('call.statusLabel')}
                  placeholder={t('common.all')}
                  data={publicCallStatuses.map((s) => ({ value: s, label: t(`call.status.${s}`) }))}
                  value={search.status ?? null}
                  onChange={(v) => update({ status: (v ?? undefined) as PublicCallStatus | undefined })}
                  clearable
                />
              </SimpleGrid>
              {filtered ? (
                <Group justify="flex-end">
                  <Button size="xs" variant="subtle" onClick={() => void navigate({ search: search.q ? { q: search.q } : {}, replace: true })}>
                    {t('common.resetFilters')}
                  </Button>
                </Group>
              ) : null}
            </Stack>
          </form>
        </Card>

        <ListCard
          query={query}
          count={t(totalKey, { count: total, formatted: f.number(total) })}
          countTestId="call-total"
          aside={
            search.q ? (
              <Text size="sm" c="dimmed">
                {t('call.resultsFor', { q: search.q })}
              </Text>
            ) : null
          }
          isEmpty={items.length === 0}
          empty={search.q || filtered ? t('call.noneFound') : t('call.none')}
          emptyHint={search.q || filtered ? t('call.noneFoundHint') : null}
        >
          <CallTable items={items} />
        </ListCard>
        <MorePager query={query} shown={items.length} total={total} />
      </Stack>
    </>
  );
}

function CallTable({ items }: { items: CallSummary[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const centerLabel = useCenterLabel();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table highlightOnHover data-testid="call-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="34%">{t('call.title')}</Table.Th>
            <Table.Th>{t('call.program')}</Table.Th>
            <Table.Th>{t('call.statusLabel')}</Table.Th>
            <Table.Th>{t('call.period')}</Table.Th>
            <Table.Th ta="right">{t('call.selectCount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id} data-testid="call-row">
              <Table.Td>
                <Stack gap={4}>
                  <RouterAnchor to="/calls/$callId" params={{ callId: c.id }} fw={600} size="sm">
                    {c.title}
                  </RouterAnchor>
                  <Badge size="sm" variant="dot" color={c.clusterId ? 'orange' : 'teal'} radius="sm">
                    {c.centerId ? centerLabel(c.centerId, c.centerName) : c.clusterName}
                  </Badge>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <Text size="sm" lineClamp={2}>
                    {c.program.name}
                  </Text>
                  <Badge variant="light" size="xs" radius="sm">
                    {labels.programType(c.program.type)}
                  </Badge>
                </Stack>
              </Table.Td>
              <Table.Td>
                <CallStatusBadges status={c.status} closesAt={c.closesAt} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {f.dateTime(c.opensAt)} ~
                </Text>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {f.dateTime(c.closesAt)}
                </Text>
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {c.selectCount !== null ? t('call.selectCountValue', { count: c.selectCount, formatted: f.number(c.selectCount) }) : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
