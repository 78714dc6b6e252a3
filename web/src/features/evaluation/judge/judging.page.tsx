import { Badge, Card, Center, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { RouterAnchor, RouterButton } from '../../../components/router-link';
import { useFormat } from '../../../i18n/format';
import { roundStatusColor } from '../round.codes';
import { JudgingIcon } from './judge.icons';
import { myJudgeRoundsQuery, type JudgeRound } from './judge.queries';

/** 심사: the rounds the signed-in person judges, with the scoring window, the pledge and the sheets by status. */
export function JudgingPage() {
  const { t } = useTranslation();
  const rounds = useQuery(myJudgeRoundsQuery);
  return (
    <>
      <PageHeader
        title={t('judging.rounds.title')}
        description={t('judging.rounds.lead')}
        actions={
          <RouterButton to="/me/judge-profile" variant="default" data-testid="judge-profile-link">
            {t('judging.profile.title')}
          </RouterButton>
        }
      />
      <QueryState query={rounds}>{(items) => (items.length ? <RoundsTable rounds={items} /> : <Empty />)}</QueryState>
    </>
  );
}

function RoundsTable({ rounds }: { rounds: JudgeRound[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card padding={0}>
      <Text size="sm" fw={600} px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }} data-testid="judge-rounds-total">
        {t('judging.rounds.total', { count: rounds.length })}
      </Text>
      <Table.ScrollContainer minWidth={960}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('judging.rounds.round')}</Table.Th>
              <Table.Th>{t('judging.rounds.window')}</Table.Th>
              <Table.Th>{t('judging.rounds.status')}</Table.Th>
              <Table.Th>{t('judging.rounds.pledge')}</Table.Th>
              <Table.Th ta="right">{t('judging.queue.tab.assigned')}</Table.Th>
              <Table.Th ta="right">{t('judging.queue.tab.draft')}</Table.Th>
              <Table.Th ta="right">{t('judging.queue.tab.submitted')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rounds.map((r) => {
              const open = r.status === 'scoring';
              const left = r.sheets.todo + r.sheets.inProgress;
              return (
                <Table.Tr key={r.roundJudgeId} data-testid="judge-round-row">
                  <Table.Td maw={380}>
                    <RouterAnchor to="/judging/$roundId" params={{ roundId: r.roundId }} size="sm" fw={600} data-testid="judge-round-name">
                      {r.roundName}
                    </RouterAnchor>
                    <Text size="xs" c="dimmed" mt={2} style={{ overflowWrap: 'anywhere' }}>
                      {r.callTitle}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {f.dateTime(r.scoringOpensAt)}
                    </Text>
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      ~ {f.dateTime(r.scoringClosesAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Badge radius="sm" variant="light" color={roundStatusColor[r.status]} data-testid="judge-round-status">
                        {t(`round.status.${r.status}`)}
                      </Badge>
                      {r.blind ? (
                        <Badge radius="sm" variant="outline" color="gray">
                          {t('round.blindBadge')}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {r.pledge.signedAt ? (
                      <Stack gap={2}>
                        <Badge radius="sm" variant="light" color="teal" data-testid="judge-round-pledge">
                          {t('judging.rounds.pledgeSigned')}
                        </Badge>
                        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                          {f.dateTime(r.pledge.signedAt)}
                        </Text>
                      </Stack>
                    ) : (
                      <Badge radius="sm" variant="outline" color="orange" data-testid="judge-round-pledge">
                        {t('judging.rounds.pledgeNeeded')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Count value={r.sheets.todo} testId="judge-round-todo" />
                  <Count value={r.sheets.inProgress} testId="judge-round-in-progress" />
                  <Count value={r.sheets.done} testId="judge-round-done" />
                  <Table.Td ta="right">
                    <RouterButton
                      to="/judging/$roundId"
                      params={{ roundId: r.roundId }}
                      size="xs"
                      variant={open && (r.pledge.needed || left > 0) ? 'filled' : 'default'}
                      data-testid="judge-round-open"
                    >
                      {open && r.pledge.needed ? t('judging.rounds.signAndStart') : open && left > 0 ? t('judging.rounds.score') : t('judging.rounds.view')}
                    </RouterButton>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function Count({ value, testId }: { value: number; testId: string }) {
  const f = useFormat();
  return (
    <Table.Td ta="right">
      <Text size="sm" fw={value ? 600 : 400} c={value ? undefined : 'dimmed'} data-testid={testId}>
        {f.number(value)}
      </Text>
    </Table.Td>
  );
}

function Empty() {
  const { t } = useTranslation();
  return (
    <Card data-testid="judge-rounds-empty">
      <Center py={40}>
        <Stack align="center" gap="sm" maw={520} ta="center">
          <JudgingIcon size={32} color="var(--mantine-color-gray-5)" />
          <Text fw={600}>{t('judging.rounds.empty')}</Text>
          <Text size="sm" c="dimmed">
            {t('judging.rounds.emptyHint')}
          </Text>
        </Stack>
      </Center>
    </Card>
  );
}
