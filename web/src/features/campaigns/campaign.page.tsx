import { Badge, Button, Card, Group, SegmentedControl, SimpleGrid, Stack, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData, type UseInfiniteQueryResult } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { problemMessage } from '../../api/form-errors';
import { MailIcon } from '../../components/icons';
import { ListCard } from '../../components/list-card';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../components/query-state';
import { RouteError } from '../../components/route-error';
import { RouterAnchor, RouterButton } from '../../components/router-link';
import { StatCard } from '../../components/stat.card';
import { useFormat } from '../../i18n/format';
import { ConfirmPopover } from '../forms/form-confirm.popover';
import { CampaignProgress } from './campaign-progress';
import type { CampaignDetail, CampaignFigure, CampaignRequest, RequestFilter } from './campaign.codes';
import { useCampaignFormat } from './campaign.format';
import { campaignQuery } from './campaign.queries';
import { DueBadge } from './due.badge';

const figureColor = { reported: 'blue', verified: 'teal', returned: 'red' } as const;

/** A campaign for its staff: progress, the requests by status (the overdue list), remind and close. */
export function CampaignPage() {
  const { campaignId } = useParams({ from: '/app/campaigns/$campaignId' });
  const { status } = useSearch({ from: '/app/campaigns/$campaignId' });
  const query = useInfiniteQuery(campaignQuery(campaignId, status));
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <RouteError error={query.error} reset={() => void query.refetch()} />;
  return <CampaignView campaign={query.data.pages[0]!} requests={query.data.pages.flatMap((p) => p.requests)} status={status} query={query} />;
}

type Query = UseInfiniteQueryResult<InfiniteData<CampaignDetail>>;

function CampaignView({ campaign, requests, status, query }: { campaign: CampaignDetail; requests: CampaignRequest[]; status: RequestFilter | undefined; query: Query }) {
  const { t } = useTranslation();
  const f = useFormat();
  const cf = useCampaignFormat();
  const navigate = useNavigate({ from: '/campaigns/$campaignId' });
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['campaigns'] });
  const closed = campaign.closedAt !== null;

  const remind = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/campaigns/{id}/remind', { params: { path: { id: campaign.id } } })),
    onSuccess: (r) => notifications.show({ color: 'teal', message: r.requests ? t('campaign.remind.sent', { requests: r.requests, mails: r.mails }) : t('campaign.remind.none') }),
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(error, t('common.tryAgainLater')) }),
  });
  const close = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/campaigns/{id}/close', { params: { path: { id: campaign.id }, header: { 'if-match': `"${campaign.version}"` } } })),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('campaign.closeDone') });
      await refresh();
    },
    onError: async (error) => {
      notifications.show({ color: 'red', message: problemMessage(error, t('common.tryAgainLater')) });
      if (error instanceof ApiError && error.status === 409) await refresh();
    },
  });

  const { progress } = campaign;
  return (
    <>
      <PageHeader
        title={campaign.title}
        badges={<DueBadge daysLeft={campaign.daysLeft} closed={closed} submitted={progress.requested > 0 && progress.submitted === progress.requested} />}
        description={t('campaign.detailLead', { scope: campaign.scopeName, period: cf.period(campaign.period), due: f.date(campaign.dueOn), by: campaign.createdBy ?? '—' })}
        actions={
          <>
            <RouterButton to="/outcomes" search={{ status: 'reported', from: campaign.period, to: campaign.period }} variant="default" data-testid="campaign-verify">
              {t('campaign.verifyQueue')}
            </RouterButton>
            {campaign.permissions.remind ? (
              <ConfirmPopover
                question={t('campaign.remind.question', { count: progress.requested - progress.submitted })}
                confirmLabel={t('campaign.remind.confirm')}
                onConfirm={() => remind.mutate()}
                position="bottom-end"
                width={320}
                target={(toggle) => (
                  <Button variant="light" leftSection={<MailIcon size={16} />} onClick={toggle} loading={remind.isPending} disabled={progress.submitted === progress.requested} data-testid="campaign-remind">
                    {t('campaign.remind.button')}
                  </Button>
                )}
              />
            ) : null}
            {campaign.permissions.close ? (
              <ConfirmPopover
                question={t('campaign.closeQuestion')}
                confirmLabel={t('campaign.closeConfirm')}
                onConfirm={() => close.mutate()}
                position="bottom-end"
                width={320}
                target={(toggle) => (
                  <Button color="red" variant="outline" onClick={toggle} loading={close.isPending} data-testid="campaign-close">
                    {t('campaign.closeButton')}
                  </Button>
                )}
              />
            ) : null}
          </>
        }
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <StatCard label={t('campaign.stats.requested')} value={f.number(progress.requested)} />
          <StatCard label={t('campaign.stats.submitted')} value={f.number(progress.submitted)} hint={t('campaign.stats.rate', { rate: progress.requested ? Math.round((progress.submitted / progress.requested) * 100) : 0 })} />
          <StatCard label={t('campaign.stats.overdue')} value={<Text span inherit c={progress.overdue ? 'red' : undefined}>{f.number(progress.overdue)}</Text>} />
          <StatCard label={t('campaign.stats.verified')} value={f.number(progress.verified)} hint={t('campaign.stats.verifiedHint')} />
        </SimpleGrid>
        <Card>
          <CampaignProgress progress={progress} />
          {campaign.instructions ? (
            <Text size="sm" c="dimmed" mt="md" style={{ whiteSpace: 'pre-wrap' }}>
              {campaign.instructions}
            </Text>
          ) : null}
        </Card>
        <ListCard
          query={query}
          count={t('campaign.requestCount', { count: requests.length, n: f.number(requests.length) })}
          aside={
            <SegmentedControl
              size="xs"
              aria-label={t('campaign.filterLabel')}
              data={[
                { value: 'all', label: t('common.all') },
                { value: 'open', label: t('campaign.status.open') },
                { value: 'submitted', label: t('campaign.status.submitted') },
                { value: 'overdue', label: t('campaign.overdue') },
              ]}
              value={status ?? 'all'}
              onChange={(v) => void navigate({ search: { status: v === 'all' ? undefined : (v as RequestFilter) }, replace: true })}
              data-testid="campaign-filter"
            />
          }
          empty={t('campaign.noRequests')}
          isEmpty={requests.length === 0}
        >
          <Table.ScrollContainer minWidth={640 + campaign.metrics.length * 130}>
            <Table verticalSpacing="sm" highlightOnHover striped="even" data-testid="campaign-requests">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('campaign.company')}</Table.Th>
                  <Table.Th>{t('campaign.statusLabel')}</Table.Th>
                  <Table.Th>{t('campaign.submittedAt')}</Table.Th>
                  {campaign.metrics.map((m) => (
                    <Table.Th key={m} ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {cf.metric(m)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {requests.map((r) => (
                  <Table.Tr key={r.id} data-testid="campaign-request">
                    <Table.Td>
                      <RouterAnchor to="/organizations/$organizationId" params={{ organizationId: r.organizationId }} size="sm" fw={600}>
                        {r.organizationName}
                      </RouterAnchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge radius="sm" variant={r.status === 'submitted' ? 'light' : r.overdue ? 'filled' : 'outline'} color={r.status === 'submitted' ? 'teal' : r.overdue ? 'red' : 'gray'} data-testid="campaign-request-status">
                        {r.status === 'submitted' ? t('campaign.status.submitted') : r.overdue ? t('campaign.overdue') : t('campaign.status.open')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                        {r.submittedAt ? f.dateTime(r.submittedAt) : '—'}
                      </Text>
                    </Table.Td>
                    {r.figures.map((figure) => (
                      <Table.Td key={figure.metric} ta="right">
                        <FigureCell figure={figure} />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group gap="md" px="md" py="sm" justify="flex-end" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
            {(['reported', 'verified', 'returned'] as const).map((s) => (
              <Group key={s} gap={6} wrap="nowrap">
                <Badge size="xs" circle color={figureColor[s]}>
                  {' '}
                </Badge>
                <Text size="xs" c="dimmed">
                  {t(`campaign.figureStatus.${s}`)}
                </Text>
              </Group>
            ))}
          </Group>
          {query.hasNextPage ? (
            <Group justify="center" p="md">
              <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
                {t('common.more')}
              </Button>
            </Group>
          ) : null}
        </ListCard>
      </Stack>
    </>
  );
}

/** A figure as staff read it, its verification state as the dot's colour. */
function FigureCell({ figure }: { figure: CampaignFigure }) {
  const { t } = useTranslation();
  const cf = useCampaignFormat();
  if (figure.value === null || figure.status === null) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Tooltip label={t(`campaign.figureStatus.${figure.status}`)}>
      <Group gap={6} justify="flex-end" wrap="nowrap">
        <Text size="sm" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
          {cf.value(figure.metric, figure.value)}
        </Text>
        <Badge size="xs" circle color={figureColor[figure.status]} aria-label={t(`campaign.figureStatus.${figure.status}`)}>
          {' '}
        </Badge>
      </Group>
    </Tooltip>
  );
}
