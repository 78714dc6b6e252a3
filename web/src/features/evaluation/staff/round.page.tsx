import { Badge, Group, Tabs, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { RouterAnchor } from '../../../components/router-link';
import { useFormat } from '../../../i18n/format';
import { callQuery } from '../../calls/call.queries';
import { roundStatusColor, type Round } from '../round.codes';
import { roundsQuery } from '../round.queries';
import { AppealsTab } from './appeals.tab';
import { AssignmentTab } from './assignment.tab';
import { ConflictsTab } from './conflicts.tab';
import { JudgesTab } from './judges.tab';
import { ProgressTab } from './progress.tab';
import { RankingTab } from './ranking.tab';
import { ReportTab } from './report.tab';
import { roundTabs, type RoundTab } from './staff.codes';
import { roundQuery } from './staff.queries';

/** One evaluation round (심사 단계) for its staff: judges, conflicts, assignment, progress, ranking and selection, appeals, report. */
export function RoundPage() {
  const { roundId } = useParams({ from: '/app/rounds/$roundId' });
  const query = useQuery(roundQuery(roundId));
  return <QueryState query={query}>{(round) => <RoundView round={round} />}</QueryState>;
}

function RoundView({ round }: { round: Round }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { tab = 'judges' } = useSearch({ from: '/app/rounds/$roundId' });
  const navigate = useNavigate({ from: '/rounds/$roundId' });
  const call = useQuery(callQuery(round.callId));
  const rounds = useQuery(roundsQuery(round.callId));
  // The last round's advance is 선정; earlier rounds send applications on to the next one.
  const last = rounds.data ? Math.max(...rounds.data.map((r) => r.position)) === round.position : false;
  const canWrite = round.permissions.update;

  return (
    <>
      <PageHeader
        title={
          <Group gap={10} wrap="nowrap" component="span" align="baseline">
            <Text span fw={700} c="brand.7" fz="lg">
              {t('round.position', { n: round.position })}
            </Text>
            <span data-testid="round-title">{round.name}</span>
          </Group>
        }
        badges={
          <Group gap={6}>
            <Tooltip label={t(`round.statusHint.${round.status}`)} withArrow>
              <Badge size="md" radius="sm" variant={round.status === 'scoring' ? 'filled' : 'light'} color={roundStatusColor[round.status]} data-testid="round-page-status">
                {t(`round.status.${round.status}`)}
              </Badge>
            </Tooltip>
            {round.confirmedAt ? (
              <Badge size="md" radius="sm" variant="light" color="teal" data-testid="round-confirmed">
                {t('evaluation.staff.confirmedBadge')}
              </Badge>
            ) : null}
            {round.blind ? (
              <Badge size="md" radius="sm" variant="outline" color="gray">
                {t('round.blindBadge')}
              </Badge>
            ) : null}
          </Group>
        }
        description={
          <>
            <Text span size="sm" c="dimmed" data-testid="round-window">
              {t('evaluation.staff.window', { opens: f.dateTime(round.scoringOpensAt), closes: f.dateTime(round.scoringClosesAt) })}
            </Text>
            {round.appealsCloseAt ? (
              <Text span size="sm" c="dimmed">
                {' · '}
                {t('evaluation.staff.appealsUntil', { date: f.dateTime(round.appealsCloseAt) })}
              </Text>
            ) : null}
          </>
        }
        actions={
          <RouterAnchor to="/calls/$callId" params={{ callId: round.callId }} size="sm" data-testid="round-call-link">
            {call.data ? t('evaluation.staff.backToCall', { title: call.data.title }) : t('evaluation.staff.backToCallPlain')}
          </RouterAnchor>
        }
      />
      <Tabs
        value={tab}
        onChange={(v) => void navigate({ search: { tab: v && v !== 'judges' ? (v as RoundTab) : undefined }, replace: true })}
        keepMounted={false}
        variant="outline"
      >
        <Tabs.List mb="lg">
          {roundTabs.map((value) => (
            <Tabs.Tab key={value} value={value} data-testid={`round-tab-${value}`}>
              {t(`evaluation.staff.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="judges">
          <JudgesTab round={round} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="conflicts">
          <ConflictsTab round={round} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="assignment">
          <AssignmentTab round={round} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="progress">
          <ProgressTab round={round} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="ranking">
          <RankingTab round={round} canWrite={canWrite} last={last} />
        </Tabs.Panel>
        <Tabs.Panel value="appeals">
          <AppealsTab round={round} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="report">
          <ReportTab round={round} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
