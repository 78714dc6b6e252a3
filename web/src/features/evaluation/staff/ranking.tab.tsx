import { Alert, List, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import type { Round } from '../round.codes';
import { BonusCard } from './bonus.card';
import { RankingTable } from './ranking.table';
import { ConfirmCard } from './results.confirm';
import { ResultsView } from './results.view';
import { applicationLabel, decisionOf, type Decision, type Refusal, type RoundRanking } from './staff.codes';
import { Loading } from './staff.parts';
import { rankingQuery } from './staff.queries';

/**
 * 순위·선정: the ranking from the submitted sheets with every intermediate, staff's bonus points,
 * and the confirmation of the results (a decision per application, pre-filled from the proposal);
 * once confirmed, the decisions as they were made.
 */
export function RankingTab({ round, canWrite, last }: { round: Round; canWrite: boolean; last: boolean }) {
  if (round.confirmedAt) return <ResultsView round={round} last={last} />;
  return <Ranking round={round} canWrite={canWrite} last={last} />;
}

function Ranking({ round, canWrite, last }: { round: Round; canWrite: boolean; last: boolean }) {
  const { t } = useTranslation();
  const query = useQuery(rankingQuery(round.id));
  // Only the decisions staff changed are kept: the rest follow the proposal, also after a bonus moves it.
  const [overrides, setOverrides] = useState<Record<string, Decision>>({});
  const deciding = canWrite && round.status === 'closed';

  return (
    <Stack gap="lg" data-testid="round-ranking">
      <Loading query={query}>
        {(ranking) => (
          <>
            {ranking.pendingSheets > 0 ? (
              <Alert color="orange" variant="light" data-testid="ranking-pending">
                {t('evaluation.staff.ranking.pending', { count: ranking.pendingSheets })}
              </Alert>
            ) : null}
            {ranking.outcome.status === 'refused' ? (
              <Refused ranking={ranking} reasons={ranking.outcome.reasons} round={round} />
            ) : (
              <>
                {ranking.outcome.tieAtCut ? (
                  <Alert color="yellow" variant="light" data-testid="ranking-tie-at-cut">
                    {t('evaluation.staff.ranking.tieAtCut')}
                  </Alert>
                ) : null}
                <RankingTable
                  round={round}
                  ranking={ranking}
                  ranked={ranking.outcome}
                  last={last}
                  decide={
                    deciding
                      ? {
                          decisionFor: (a) => overrides[a.id] ?? decisionOf(a.proposal),
                          onChange: (id, d) => setOverrides((o) => ({ ...o, [id]: d })),
                        }
                      : null
                  }
                />
              </>
            )}
            <BonusCard round={round} canWrite={canWrite} />
            <ConfirmCard
              round={round}
              canWrite={canWrite}
              last={last}
              decisions={ranking.outcome.status === 'ranked' ? ranking.outcome.applications.map((a) => ({ applicationId: a.id, decision: overrides[a.id] ?? decisionOf(a.proposal), proposed: decisionOf(a.proposal) })) : null}
            />
          </>
        )}
      </Loading>
    </Stack>
  );
}

/** Why the ranking cannot be computed, in words, naming the applications and judges concerned. */
function Refused({ ranking, reasons, round }: { ranking: RoundRanking; reasons: Refusal[]; round: Round }) {
  const { t } = useTranslation();
  const f = useFormat();
  const app = (id: string) => (ranking.labels[id] ? applicationLabel(ranking.labels[id]) : id);
  const judge = (id: string) => ranking.judges[id] ?? id;
  const list = (items: string[]) => items.join(', ');
  const criterion = (id: string) => round.criteria.find((c) => c.id === id)?.title ?? id;
  const text = (r: Refusal): string => {
    switch (r.code) {
      case 'tooFewJudgesToTrim':
        return t('evaluation.staff.refusals.tooFewJudgesToTrim', { required: r.required ?? 5, applications: list((r.applicationIds ?? []).map(app)) });
      case 'judgeScoredTooFew':
        return t('evaluation.staff.refusals.judgeScoredTooFew', { required: r.required ?? 3, judges: list((r.judgeIds ?? []).map(judge)) });
      case 'judgeWithoutSpread':
        return t('evaluation.staff.refusals.judgeWithoutSpread', { judges: list((r.judgeIds ?? []).map(judge)) });
      case 'judgesDoNotOverlap':
        return t('evaluation.staff.refusals.judgesDoNotOverlap', { groups: (r.groups ?? []).map((g) => `(${list(g.map(judge))})`).join(' / ') });
      case 'quotasExceedPlaces':
        return t('evaluation.staff.refusals.quotasExceedPlaces', { total: r.quotaTotal ?? 0, places: r.places ?? 0 });
      case 'scoreOutOfRange':
        return t('evaluation.staff.refusals.scoreOutOfRange', { judge: judge(r.judgeId ?? ''), application: app(r.applicationId ?? ''), criterion: criterion(r.criterionId ?? ''), max: f.number(r.max ?? 0) });
    }
  };
  return (
    <Alert color="red" variant="light" title={t('evaluation.staff.ranking.refusedTitle')} data-testid="ranking-refused">
      <List size="sm" spacing={4}>
        {reasons.map((r, i) => (
          <List.Item key={i}>{text(r)}</List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt="xs">
        {t('evaluation.staff.ranking.refusedHint')}
      </Text>
    </Alert>
  );
}
