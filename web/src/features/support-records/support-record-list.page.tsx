import { ActionIcon, Badge, Card, Select, SimpleGrid, Stack, Table, Text, TextInput, Tooltip, VisuallyHidden } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditIcon, SearchIcon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { ListCard, MorePager } from '../../components/list-card';
import { RouterAnchor } from '../../components/router-link';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { isNationalAdmin, staffCenterIds } from '../auth/scope';
import { useMe } from '../auth/session.queries';
import { useCenterLabel, useCenterOptions } from '../centers/center.queries';
import { supportKinds, type SupportKind } from './support-record.codes';
import type { SupportRecordListSearch } from './support-record-list.search';
import { useRecordEditor } from './support-record-edit.state';
import { SupportRecordModal } from './support-record.modal';
import { supportRecordListQuery } from './support-record.queries';

/** The support ledger of the person's centers and clusters. */
export function SupportRecordListPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const me = useMe();
  const search = useSearch({ from: '/app/support-records' });
  const navigate = useNavigate({ from: '/support-records' });
  const national = isNationalAdmin(me);
  const centers = useCenterOptions((c) => national || staffCenterIds(me).includes(c.id));
  const centerLabel = useCenterLabel();
  const [text, setText] = useState(search.q ?? '');
  useEffect(() => setText(search.q ?? ''), [search.q]);
  const update = (patch: Partial<SupportRecordListSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  const editor = useRecordEditor();
  const query = useInfiniteQuery(supportRecordListQuery(search));
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const total = query.data?.pages[0]?.total ?? 0;

  return (
    <>
      <PageHeader title={t('support.listTitle')} description={t('support.listLead')} />
      <Stack gap="md">
        <Card padding="md">
          <form
            role="search"
            onSubmit={(e) => {
              e.preventDefault();
              update({ q: text.trim() || undefined });
            }}
          >
            <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
              <TextInput
                label={t('common.search')}
                placeholder={t('support.searchPlaceholder')}
                leftSection={<SearchIcon size={16} />}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                onBlur={() => update({ q: text.trim() || undefined })}
                // The form has several fields and no submit button, so Enter would not submit it.
                onKeyDown={(e) => {
                  if (e.key === 'Enter') update({ q: text.trim() || undefined });
                }}
              />
              <Select
                label={t('support.center')}
                placeholder={t('common.all')}
                data={centers}
                value={search.centerId ?? null}
                onChange={(v) => update({ centerId: v ?? undefined })}
                clearable
                searchable
              />
              <Select
                label={t('support.kind')}
                placeholder={t('common.all')}
                data={supportKinds.map((k) => ({ value: k, label: labels.supportKind(k) }))}
                value={search.kind ?? null}
                onChange={(v) => update({ kind: (v ?? undefined) as SupportKind | undefined })}
                clearable
              />
              <DateInput label={t('support.from')} valueFormat="YYYY-MM-DD" placeholder="YYYY-MM-DD" value={search.from ?? null} onChange={(v) => update({ from: v ?? undefined })} clearable />
              <DateInput label={t('support.to')} valueFormat="YYYY-MM-DD" placeholder="YYYY-MM-DD" value={search.to ?? null} onChange={(v) => update({ to: v ?? undefined })} clearable />
            </SimpleGrid>
          </form>
        </Card>
        <ListCard query={query} count={t('support.total', { count: total, formatted: f.number(total) })} empty={t('support.noneFound')} isEmpty={items.length === 0}>
          <Table.ScrollContainer minWidth={820}>
            <Table highlightOnHover data-testid="support-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('support.date')}</Table.Th>
                  <Table.Th>{t('support.organization')}</Table.Th>
                  <Table.Th>{t('support.kind')}</Table.Th>
                  <Table.Th>{t('support.center')}</Table.Th>
                  <Table.Th>{t('support.program')}</Table.Th>
                  <Table.Th ta="right">{t('support.value')}</Table.Th>
                  <Table.Th w={56}>
                    <VisuallyHidden>{t('support.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r) => (
                  <Table.Tr key={r.id} data-testid="support-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.date(r.startedOn)}</Table.Td>
                    <Table.Td>
                      <RouterAnchor to="/organizations/$organizationId" params={{ organizationId: r.organizationId }} size="sm" fw={600}>
                        {r.organizationName}
                      </RouterAnchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" radius="sm" size="sm">
                        {labels.supportKind(r.kind)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{r.centerId ? centerLabel(r.centerId, r.centerName) : r.clusterName}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={1}>
                        {r.program || '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {r.valueKrw !== null ? <span title={f.exactKrw(r.valueKrw)}>{f.krw(r.valueKrw)}</span> : '—'}
                    </Table.Td>
                    <Table.Td>
                      {r.access === 'full' && r.version !== null ? (
                        <Tooltip label={t('support.editEntry')} withArrow>
                          <ActionIcon variant="subtle" color="gray" aria-label={t('support.editEntry')} onClick={() => editor.open(r)}>
                            <EditIcon size={16} />
                          </ActionIcon>
                        </Tooltip>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </ListCard>
        <MorePager query={query} shown={items.length} total={total} />
      </Stack>
      {editor.record ? (
        <SupportRecordModal
          opened={editor.opened}
          onClose={editor.close}
          organizationId={editor.record.organizationId}
          organizationName={editor.record.organizationName}
          record={editor.record}
        />
      ) : null}
    </>
  );
}
