import { Badge, Card, Center, Group, Stack, Table, Text } from '@mantine/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { MegaphoneIcon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { RouterAnchor, RouterButton } from '../../components/router-link';
import { useFormat } from '../../i18n/format';
import { daysLeft } from '../calls/call.time';
import { ReviewStatusBadge } from './review.status';

const fetchMine = async () => (await unwrap(api.GET('/api/v1/applications'))).items;

type MyApplication = Awaited<ReturnType<typeof fetchMine>>[number];

export const myApplicationsQuery = queryOptions({ queryKey: ['applications', 'mine'], queryFn: fetchMine, staleTime: 0 });

const statusColor: Record<MyApplication['status'], string> = { draft: 'blue', submitted: 'teal', withdrawn: 'gray' };

/** 내 신청서: the applications of the signed-in person's organizations, drafts first to continue. */
export function MyApplicationsPage() {
  const { t } = useTranslation();
  const query = useQuery(myApplicationsQuery);
  return (
    <>
      <PageHeader title={t('myApplications.title')} description={t('myApplications.lead')} />
      <QueryState query={query}>{(items) => (items.length ? <ApplicationsTable items={items} /> : <Empty />)}</QueryState>
    </>
  );
}

function ApplicationsTable({ items }: { items: MyApplication[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card padding={0}>
      <Text size="sm" fw={600} px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }} data-testid="my-applications-total">
        {t('myApplications.total', { count: items.length })}
      </Text>
      <Table.ScrollContainer minWidth={880}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('myApplications.call')}</Table.Th>
              <Table.Th>{t('myApplications.statusLabel')}</Table.Th>
              <Table.Th>{t('myApplications.receiptNumber')}</Table.Th>
              <Table.Th>{t('myApplications.deadline')}</Table.Th>
              <Table.Th>{t('myApplications.updatedAt')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.id} data-testid="my-application-row">
                <Table.Td maw={420}>
                  <RouterAnchor to="/calls/$callId" params={{ callId: a.callId }} size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {a.callTitle}
                  </RouterAnchor>
                  <Text size="xs" c="dimmed" mt={2}>
                    {t('myApplications.organization')} · {a.organizationName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Badge radius="sm" variant={a.status === 'submitted' ? 'filled' : 'light'} color={statusColor[a.status]} data-testid="my-application-status">
                      {t(`myApplications.status.${a.status}`)}
                    </Badge>
                    {a.status === 'submitted' ? <ReviewStatusBadge status={a.reviewStatus} /> : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  {a.receiptNumber ? (
                    <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                      {a.receiptNumber}
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('myApplications.noReceipt')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Deadline closesAt={a.closesAt} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {f.dateTime(a.updatedAt)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <RouterButton
                    to="/applications/$applicationId"
                    params={{ applicationId: a.id }}
                    size="xs"
                    variant={a.status === 'draft' && Date.parse(a.closesAt) > Date.now() ? 'filled' : 'default'}
                    data-testid="my-application-open"
                  >
                    {a.status === 'draft' && Date.parse(a.closesAt) > Date.now() ? t('myApplications.continue') : t('myApplications.view')}
                  </RouterButton>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

/** The closing time, with D-N while open and a plain 마감 once closed. */
function Deadline({ closesAt }: { closesAt: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const closed = Date.parse(closesAt) < Date.now();
  const days = daysLeft(closesAt);
  return (
    <Stack gap={4} align="flex-start" data-testid="my-application-deadline">
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {f.dateTime(closesAt)}
      </Text>
      {closed ? (
        <Badge size="sm" radius="sm" variant="light" color="red">
          {t('call.status.closed')}
        </Badge>
      ) : (
        <Badge size="sm" radius="sm" variant="outline" color={days <= 3 ? 'red' : 'teal'}>
          {days <= 0 ? t('call.dDayToday') : t('call.dDay', { days })}
        </Badge>
      )}
    </Stack>
  );
}

function Empty() {
  const { t } = useTranslation();
  return (
    <Card data-testid="my-applications-empty">
      <Center py={40}>
        <Stack align="center" gap="sm" maw={520} ta="center">
          <MegaphoneIcon size={32} color="var(--mantine-color-gray-5)" />
          <Text fw={600}>{t('myApplications.empty')}</Text>
          <Text size="sm" c="dimmed">
            {t('myApplications.emptyHint')}
          </Text>
          <RouterButton to="/calls" mt="xs">
            {t('myApplications.browseCalls')}
          </RouterButton>
        </Stack>
      </Center>
    </Card>
  );
}
