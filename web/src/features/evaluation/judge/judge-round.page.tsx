import { Alert, Badge, Box, Card, Center, Group, Stack, Table, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { RouterAnchor, RouterButton } from '../../../components/router-link';
import { useFormat } from '../../../i18n/format';
import { roundStatusColor } from '../round.codes';
import { formatScore, queueTabs, sheetStatusColor } from './judge.codes';
import { queueQuery, type Queue, type QueueItem, type SheetStatus } from './judge.queries';
import { PledgeCard } from './pledge.card';

/** A round as its judge sees it: the pledge to sign first, then the queue of sheets in three tabs. */
export function JudgeRoundPage() {
  const { roundId } = useParams({ from: '/app/judging/$roundId' });
  const queue = useQuery(queueQuery(roundId));
  return (
    <QueryState query={queue}>
      {(q) => (
        <Box style={{ wordBreak: 'keep-all' }}>
          <RoundHeader queue={q} />
          {q.pledgeSigned ? <QueueTabs queue={q} /> : <PledgeCard roundId={roundId} />}
        </Box>
      )}
    </QueryState>
  );
}

function RoundHeader({ queue }: { queue: Queue }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { round } = queue;
  return (
    <>
      <RouterAnchor to="/judging" size="sm" mb="xs" display="inline-block">
        ← {t('judging.rounds.title')}
      </RouterAnchor>
      <PageHeader
        title={round.name}
        description={
          <>
            {round.callTitle}
            <br />
            {t('judging.queue.window', { opens: f.dateTime(round.scoringOpensAt), closes: f.dateTime(round.scoringClosesAt) })}
          </>
        }
        badges={
          <Group gap={6}>
            <Badge radius="sm" variant="light" color={roundStatusColor[round.status]} data-testid="queue-round-status">
              {t(`round.status.${round.status}`)}
            </Badge>
            {round.blind ? (
              <Badge radius="sm" variant="outline" color="gray">
                {t('round.blindBadge')}
              </Badge>
            ) : null}
          </Group>
        }
      />
      {round.status === 'setup' ? (
        <Alert color="blue" mb="lg" data-testid="queue-window-note">
          {t('judging.queue.notOpen', { opens: f.dateTime(round.scoringOpensAt) })}
        </Alert>
      ) : round.status === 'closed' ? (
        <Alert color="gray" mb="lg" data-testid="queue-window-note">
          {t('judging.queue.closed')}
        </Alert>
      ) : null}
    </>
  );
}

function QueueTabs({ queue }: { queue: Queue }) {
  const { t } = useTranslation();
  const f = useFormat();
  const byStatus = (s: SheetStatus) => queue.items.filter((i) => i.status === s);
  const [tab, setTab] = useState<SheetStatus>(() => queueTabs.find((s) => byStatus(s).length > 0) ?? 'assigned');
  if (queue.items.length === 0)
    return (
      <Card data-testid="queue-empty">
        <Center py={40}>
          <Stack align="center" gap={4} maw={520} ta="center">
            <Text fw={600}>{t('judging.queue.empty')}</Text>
            <Text size="sm" c="dimmed">
              {t('judging.queue.emptyHint')}
            </Text>
          </Stack>
        </Center>
      </Card>
    );
  return (
    <Card padding={0}>
      <Tabs value={tab} onChange={(v) => v && setTab(v as SheetStatus)}>
        <Tabs.List px="md" pt="xs">
          {queueTabs.map((s) => (
            <Tabs.Tab
              key={s}
              value={s}
              data-testid={`queue-tab-${s}`}
              rightSection={
                <Badge size="sm" radius="sm" variant={tab === s ? 'filled' : 'light'} color={sheetStatusColor[s] === 'gray' ? 'dark' : sheetStatusColor[s]} data-testid={`queue-count-${s}`}>
                  {f.number(byStatus(s).length)}
                </Badge>
              }
            >
              {t(`judging.queue.tab.${s}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {queueTabs.map((s) => (
          <Tabs.Panel key={s} value={s}>
            <QueueTable items={byStatus(s)} status={s} queue={queue} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Card>
  );
}

function QueueTable({ items, status, queue }: { items: QueueItem[]; status: SheetStatus; queue: Queue }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (items.length === 0)
    return (
      <Center py={40}>
        <Text c="dimmed" size="sm">
          {t(`judging.queue.none.${status}`)}
        </Text>
      </Center>
    );
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="queue-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{queue.round.blind ? t('judging.queue.code') : t('judging.queue.applicant')}</Table.Th>
            <Table.Th>{t('judging.queue.status')}</Table.Th>
            <Table.Th ta="right">{t('judging.queue.total')}</Table.Th>
            <Table.Th>{status === 'submitted' ? t('judging.queue.submittedAt') : t('judging.queue.updatedAt')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-testid="queue-row">
              <Table.Td>
                {queue.round.blind || !item.organizationName ? (
                  <Text size="sm" fw={600} data-testid="queue-row-name">
                    {t('judging.code', { code: item.code })}
                  </Text>
                ) : (
                  <>
                    <Text size="sm" fw={600} data-testid="queue-row-name">
                      {item.organizationName}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {item.receiptNumber ?? t('judging.code', { code: item.code })}
                    </Text>
                  </>
                )}
              </Table.Td>
              <Table.Td>
                <Badge radius="sm" variant={status === 'submitted' ? 'filled' : 'light'} color={sheetStatusColor[item.status]}>
                  {t(`judging.sheetStatus.${item.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" fw={item.total === null ? 400 : 600} c={item.total === null ? 'dimmed' : undefined} data-testid="queue-row-total" style={{ whiteSpace: 'nowrap' }}>
                  {item.total === null ? '—' : t('judging.outOf', { score: formatScore(item.total, f.lang), max: formatScore(queue.round.maxTotal, f.lang) })}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {item.status === 'assigned' ? '—' : f.dateTime(item.submittedAt ?? item.updatedAt)}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <RouterButton
                  to="/judging/sheets/$sheetId"
                  params={{ sheetId: item.id }}
                  size="xs"
                  variant={status !== 'submitted' && queue.round.status === 'scoring' ? 'filled' : 'default'}
                  data-testid="queue-row-open"
                >
                  {status === 'submitted' || queue.round.status !== 'scoring' ? t('judging.queue.view') : status === 'draft' ? t('judging.queue.continue') : t('judging.queue.start')}
                </RouterButton>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
