import { Badge, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PlusIcon } from '../../components/icons';
import { ListCard } from '../../components/list-card';
import { PageHeader } from '../../components/page-header';
import { RouterAnchor } from '../../components/router-link';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { isStaff } from '../auth/scope';
import { useMe } from '../auth/session.queries';
import { clustersQuery, useCenterLabel, useCenterOptions } from '../centers/center.queries';
import { ProgramCreateModal } from './program-create.modal';
import type { ProgramListSearch } from './program-list.search';
import { programTypes, type ProgramType } from './program.codes';
import { usePeriod } from './program.period';
import { programListQuery } from './program.queries';

const FIRST_YEAR = 2015;
const seoulYear = () => Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Seoul', year: 'numeric' }).format(new Date()));

/** The programs of every center and cluster, filtered by operator, type and year. */
export function ProgramListPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const me = useMe();
  const search = useSearch({ from: '/app/programs' });
  const navigate = useNavigate({ from: '/programs' });
  const [creating, create] = useDisclosure(false);
  const centerLabel = useCenterLabel();
  const period = usePeriod();
  const centers = useCenterOptions();
  const clusters = useQuery(clustersQuery);
  const update = (patch: Partial<ProgramListSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  // Centers and clusters in one select: a center's id is its code, a cluster's a UUID.
  const clusterIds = new Set((clusters.data ?? []).map((c) => c.id));
  const operators = [
    { group: t('program.centers'), items: centers },
    { group: t('program.clusters'), items: (clusters.data ?? []).map((c) => ({ value: c.id, label: c.name })) },
  ];
  const lastYear = seoulYear() + 1;
  const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => String(lastYear - i));
  const filtered = Object.values(search).some((v) => v !== undefined);

  const query = useQuery(programListQuery(search));
  const items = query.data ?? [];

  return (
    <>
      <PageHeader
        title={t('program.listTitle')}
        description={t('program.listLead')}
        actions={
          isStaff(me) ? (
            <Button leftSection={<PlusIcon size={16} />} onClick={create.open}>
              {t('program.create')}
            </Button>
          ) : null
        }
      />
      <Stack gap="md">
        <Card padding="md" role="search" aria-label={t('program.filters')}>
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <Select
              label={t('program.operator')}
              placeholder={t('common.all')}
              data={operators}
              value={search.centerId ?? search.clusterId ?? null}
              onChange={(v) => update(v && clusterIds.has(v) ? { clusterId: v, centerId: undefined } : { centerId: v ?? undefined, clusterId: undefined })}
              clearable
              searchable
            />
            <Select
              label={t('program.type')}
              placeholder={t('common.all')}
              data={programTypes.map((v) => ({ value: v, label: labels.programType(v) }))}
              value={search.type ?? null}
              onChange={(v) => update({ type: (v ?? undefined) as ProgramType | undefined })}
              clearable
            />
            <Select
              label={t('program.year')}
              placeholder={t('common.all')}
              data={years.map((y) => ({ value: y, label: t('program.yearOption', { year: y }) }))}
              value={search.year ? String(search.year) : null}
              onChange={(v) => update({ year: v ? Number(v) : undefined })}
              clearable
            />
          </SimpleGrid>
          {filtered ? (
            <Group justify="flex-end" mt="sm">
              <Button size="xs" variant="subtle" onClick={() => void navigate({ search: {}, replace: true })}>
                {t('common.resetFilters')}
              </Button>
            </Group>
          ) : null}
        </Card>
        <ListCard
          query={query}
          count={t('program.total', { count: items.length, formatted: f.number(items.length) })}
          empty={filtered ? t('program.noneFound') : t('program.none')}
          isEmpty={items.length === 0}
        >
          <Table.ScrollContainer minWidth={960}>
            <Table highlightOnHover data-testid="program-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="26%">{t('program.name')}</Table.Th>
                  <Table.Th>{t('program.operator')}</Table.Th>
                  <Table.Th>{t('program.type')}</Table.Th>
                  <Table.Th>{t('program.stages')}</Table.Th>
                  <Table.Th>{t('program.period')}</Table.Th>
                  <Table.Th ta="right">{t('program.budget')}</Table.Th>
                  <Table.Th ta="right">{t('program.partners')}</Table.Th>
                  <Table.Th ta="right">{t('cohort.title')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((p) => (
                  <Table.Tr key={p.id} data-testid="program-row">
                    <Table.Td>
                      <Stack gap={2}>
                        <RouterAnchor to="/programs/$programId" params={{ programId: p.id }} fw={600} size="sm">
                          {p.name}
                        </RouterAnchor>
                        {p.nameEn ? (
                          <Text size="xs" c="dimmed" lineClamp={1}>
                            {p.nameEn}
                          </Text>
                        ) : null}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="dot" color={p.clusterId ? 'orange' : 'teal'} radius="sm">
                        {p.centerId ? centerLabel(p.centerId, p.centerName) : p.clusterName}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" size="sm" radius="sm">
                        {labels.programType(p.type)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {p.stages.length ? (
                        <Group gap={4}>
                          {p.stages.map((s) => (
                            <Badge key={s} size="xs" variant="outline" color="grape" radius="sm">
                              {labels.programStage(s)}
                            </Badge>
                          ))}
                        </Group>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{period(p.startedOn, p.endedOn)}</Text>
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {p.budgetKrw !== null ? <span title={f.exactKrw(p.budgetKrw)}>{f.krw(p.budgetKrw)}</span> : '—'}
                    </Table.Td>
                    <Table.Td ta="right" data-testid="program-partner-count">
                      {f.number(p.partners.length)}
                    </Table.Td>
                    <Table.Td ta="right" data-testid="program-cohort-count">
                      {f.number(p.cohorts.length)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </ListCard>
      </Stack>
      {isStaff(me) ? <ProgramCreateModal opened={creating} onClose={create.close} /> : null}
    </>
  );
}
