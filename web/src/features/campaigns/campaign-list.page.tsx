import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PlusIcon } from '../../components/icons';
import { ListCard } from '../../components/list-card';
import { PageHeader } from '../../components/page-header';
import { RouterAnchor } from '../../components/router-link';
import { useFormat } from '../../i18n/format';
import { CampaignCreateModal } from './campaign-create.modal';
import { CampaignProgress } from './campaign-progress';
import { useCampaignFormat } from './campaign.format';
import { campaignListQuery } from './campaign.queries';
import { DueBadge } from './due.badge';

/** 성과 조사: the campaigns of the staff member's centers and clusters, with their progress. */
export function CampaignListPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const cf = useCampaignFormat();
  const [creating, create] = useDisclosure(false);
  const query = useInfiniteQuery(campaignListQuery);
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader
        title={t('campaign.listTitle')}
        description={t('campaign.listLead')}
        actions={
          <Button leftSection={<PlusIcon size={16} />} onClick={create.open} data-testid="campaign-create">
            {t('campaign.createButton')}
          </Button>
        }
      />
      <Stack gap="md">
        <ListCard
          query={query}
          count={t('campaign.count', { count: items.length, n: f.number(items.length) })}
          empty={t('campaign.empty')}
          emptyHint={t('campaign.emptyHint')}
          isEmpty={items.length === 0}
        >
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing="md" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('campaign.title')}</Table.Th>
                  <Table.Th>{t('campaign.period')}</Table.Th>
                  <Table.Th>{t('campaign.dueOn')}</Table.Th>
                  <Table.Th w="34%">{t('campaign.progressTitle')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => (
                  <Table.Tr key={c.id} data-testid="campaign-row">
                    <Table.Td maw={360}>
                      <RouterAnchor to="/campaigns/$campaignId" params={{ campaignId: c.id }} fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                        {c.title}
                      </RouterAnchor>
                      <Text size="xs" c="dimmed" mt={2}>
                        {c.scopeName} · {t('campaign.metricCount', { count: c.metrics.length })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {cf.period(c.period)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {f.date(c.dueOn)}
                        </Text>
                        <DueBadge daysLeft={c.daysLeft} closed={c.closedAt !== null} submitted={c.progress.submitted === c.progress.requested} />
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <CampaignProgress progress={c.progress} size="md" />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {query.hasNextPage ? (
            <Group justify="center" p="md">
              <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
                {t('common.more')}
              </Button>
            </Group>
          ) : null}
        </ListCard>
      </Stack>
      <CampaignCreateModal opened={creating} onClose={create.close} />
    </>
  );
}
