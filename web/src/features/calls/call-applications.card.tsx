import { Badge, Button, Card, Group, Select, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { DownloadIcon, SearchIcon } from '../../components/icons';
import { RouterAnchor } from '../../components/router-link';
import { SectionTitle } from '../../components/section-title';
import { useFormat } from '../../i18n/format';
import { isReviewStatus, reviewStatuses, type ReviewStatus } from '../applications/review.queries';
import { ReviewStatusBadge } from '../applications/review.status';

type Status = 'submitted' | 'withdrawn';
const PAGE = 50;

/** A call's applications for its staff: counts, a searchable table, the workbook and the documents. */
export function CallApplicationsCard({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const [status, setStatus] = useState<Status | null>(null);
  const [reviewStatus, setReviewStatus] = useState<ReviewStatus | null>(null);

  const query = useInfiniteQuery({
    queryKey: ['calls', callId, 'applications', { q: debounced, status, reviewStatus }],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/calls/{id}/applications', { params: { path: { id: callId }, query: { q: debounced || undefined, status: status ?? undefined, reviewStatus: reviewStatus ?? undefined, limit: PAGE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

  const first = query.data?.pages[0];
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Card data-testid="call-applications">
      <Group justify="space-between" align="flex-start" wrap="wrap" mb="sm">
        <SectionTitle>{t('callApplications.title')}</SectionTitle>
        <Group gap="sm">
          <Button component="a" href={`/api/v1/calls/${callId}/applications/export`} download variant="default" size="xs" leftSection={<DownloadIcon size={14} />} data-testid="applications-export">
            {t('callApplications.exportXlsx')}
          </Button>
          <Button component="a" href={`/api/v1/calls/${callId}/applications/files`} download variant="default" size="xs" leftSection={<DownloadIcon size={14} />} data-testid="applications-zip">
            {t('callApplications.downloadZip')}
          </Button>
        </Group>
      </Group>
      {first ? (
        <Stack gap={2} mb="sm">
          <Text size="sm" fw={500} data-testid="applications-counts">
            {t('callApplications.counts', { submitted: f.number(first.counts.submitted), withdrawn: f.number(first.counts.withdrawn), draft: f.number(first.counts.draft) })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('callApplications.draftHint')}
          </Text>
        </Stack>
      ) : null}
      <Group gap="sm" mb="sm" wrap="wrap">
        <TextInput
          aria-label={t('callApplications.search')}
          placeholder={t('callApplications.search')}
          leftSection={<SearchIcon size={16} />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          style={{ flex: 1, minWidth: 220 }}
          data-testid="applications-search"
        />
        <Select
          aria-label={t('callApplications.status')}
          w={160}
          value={status ?? 'all'}
          onChange={(v) => setStatus(v === 'submitted' || v === 'withdrawn' ? v : null)}
          data={[
            { value: 'all', label: t('callApplications.allStatuses') },
            { value: 'submitted', label: t('application.status.submitted') },
            { value: 'withdrawn', label: t('application.status.withdrawn') },
          ]}
          allowDeselect={false}
          data-testid="applications-status"
        />
        <Select
          aria-label={t('review.column')}
          w={180}
          value={reviewStatus ?? 'all'}
          onChange={(v) => setReviewStatus(isReviewStatus(v) ? v : null)}
          data={[{ value: 'all', label: t('review.allStatuses') }, ...reviewStatuses.map((s) => ({ value: s, label: t(`reviewStatus.${s}`) }))]}
          allowDeselect={false}
          data-testid="applications-review-status"
        />
      </Group>
      {query.isError ? (
        <Text size="sm" c="red" role="alert">
          {t('common.tryAgainLater')}
        </Text>
      ) : null}
      <Table.ScrollContainer minWidth={1000}>
        <Table verticalSpacing={6} striped data-testid="applications-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('callApplications.receiptNumber')}</Table.Th>
              <Table.Th>{t('callApplications.organization')}</Table.Th>
              <Table.Th>{t('callApplications.brn')}</Table.Th>
              <Table.Th>{t('callApplications.region')}</Table.Th>
              <Table.Th>{t('callApplications.submittedAt')}</Table.Th>
              <Table.Th ta="right">{t('callApplications.submissions')}</Table.Th>
              <Table.Th>{t('callApplications.completeness')}</Table.Th>
              <Table.Th>{t('callApplications.eligibility')}</Table.Th>
              <Table.Th>{t('callApplications.status')}</Table.Th>
              <Table.Th>{t('review.column')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {first && items.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={10}>
                  <Text size="sm" c="dimmed">
                    {t('callApplications.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : null}
            {items.map((a) => {
              const complete = a.completeness.answered >= a.completeness.required;
              return (
                <Table.Tr key={a.id} data-testid="application-row">
                  <Table.Td ff="monospace">
                    <RouterAnchor to="/applications/$applicationId" params={{ applicationId: a.id }} size="sm">
                      {a.receiptNumber}
                    </RouterAnchor>
                  </Table.Td>
                  <Table.Td>{a.organizationName}</Table.Td>
                  <Table.Td>{a.businessRegistrationNumber ?? '—'}</Table.Td>
                  <Table.Td>{a.region ?? '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.dateTime(a.submittedAt)}</Table.Td>
                  <Table.Td ta="right">{f.number(a.submissions)}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm">
                        {a.completeness.answered}/{a.completeness.required}
                      </Text>
                      <Badge size="sm" radius="sm" variant="light" color={complete ? 'teal' : 'orange'}>
                        {complete ? t('callApplications.complete') : t('callApplications.incomplete')}
                      </Badge>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label={a.eligibility.reasons.join('\n')} disabled={a.eligibility.reasons.length === 0} multiline maw={360} style={{ whiteSpace: 'pre-line' }}>
                      <Badge size="sm" radius="sm" variant="light" color={a.eligibility.eligible === true ? 'teal' : a.eligibility.eligible === false ? 'red' : 'gray'} data-testid="application-eligibility">
                        {t(a.eligibility.eligible === true ? 'callApplications.eligible.true' : a.eligibility.eligible === false ? 'callApplications.eligible.false' : 'callApplications.eligible.null')}
                      </Badge>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>
                    <Badge size="sm" radius="sm" variant="light" color={a.status === 'submitted' ? 'teal' : 'red'}>
                      {t(`application.status.${a.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <ReviewStatusBadge status={a.reviewStatus} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {first ? (
        <Group justify="space-between" mt="sm">
          <Text size="xs" c="dimmed">
            {t('callApplications.shown', { shown: f.number(items.length), total: f.number(first.total) })}
          </Text>
          {query.hasNextPage ? (
            <Button variant="default" size="xs" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
              {t('callApplications.more')}
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Card>
  );
}
