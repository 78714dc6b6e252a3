import { sql } from 'drizzle-orm';
import { rowsOf } from '../../../db/client.ts';
import { requireActor, type Deps, type RequestScope } from '../../../http/context.ts';
import { seoulToday } from '../../../shared/clock.ts';
import { evaluateMany, type EligibilityRulesIn } from '../../calls/call.eligibility.ts';
import { sheetInConflict } from '../judges/conflict.detect.ts';
import { roundApplications } from '../rounds/round.applications.ts';
import { roundFor, statusOf, type RoundRow } from '../rounds/round.service.ts';
import { rankRound, type Bonus, type RankingOutcome, type ScoreSheet } from './ranking.ts';

/**
 * A round's ranking from its stored sheets: the submitted sheets (a pair in conflict left out),
 * bonus points from the round's rules (the eligibility rules, judged on the applicant as it stood
 * on the day it submitted) and staff's grants, at most the round's maxBonus in all; quotas count
 * the applicants matching their rule. A threshold cut-off proposes every passing application at
 * or above the score; a staff cut-off proposes nothing.
 */
export type RoundRanking = {
  roundId: string;
  status: 'setup' | 'scoring' | 'closed';
  pendingSheets: number;
  labels: Record<string, { receiptNumber: string | null; organizationName: string }>;
  judges: Record<string, string>;
  outcome: RankingOutcome;
};

/** Bonuses in the order given, cut at the cap: the one crossing it counts only the points left. */
export function capBonuses(bonuses: Bonus[], cap: number): Bonus[] {
  const out: Bonus[] = [];
  let left = cap;
  for (const b of bonuses) {
    if (left <= 0) break;
    const points = Math.min(b.points, left);
    out.push(points === b.points ? b : { points, reason: `${b.reason} (한도 ${cap}점 / cap ${cap})` });
    left = Math.round((left - points) * 100) / 100;
  }
  return out;
}

export async function computeRanking(deps: Deps, round: RoundRow): Promise<RoundRanking> {
  const db = deps.database.db;
  const apps = await roundApplications(db, round.id);
  const sheets = await rowsOf<{ personId: string; applicationId: string; scores: Record<string, number>; status: string }>(db, sql`
    select s.person_id as "personId", s.application_id as "applicationId", s.scores, s.status from score_sheets s
    where s.round_id = ${round.id}::uuid
      and not ${sheetInConflict}`);
  const grants = await rowsOf<{ applicationId: string; points: string | number; reason: string }>(
    db,
    sql`select application_id as "applicationId", points, reason from bonus_grants where round_id = ${round.id}::uuid order by created_at, id`,
  );
  const judges = await rowsOf<{ id: string; name: string }>(db, sql`select distinct p.id, p.name from score_sheets s join people p on p.id = s.person_id where s.round_id = ${round.id}::uuid`);
  // Each rule judged on every applicant at once, each as it stood on the day it submitted.
  const items = apps.map((a) => ({ organizationId: a.organizationId, today: seoulToday({ now: () => a.submittedAt }) }));
  const matching = async (rules: EligibilityRulesIn) => (await evaluateMany(deps.database, rules, items)).map((results) => results.every((r) => r.passed === true));
  const bonusHits = await Promise.all(round.bonusRules.map((rule) => matching(rule.when)));
  const quotaHits = await Promise.all(round.quotas.map((q) => matching(q.when)));
  const grantsOf = new Map<string, Bonus[]>();
  for (const g of grants) grantsOf.set(g.applicationId, [...(grantsOf.get(g.applicationId) ?? []), { points: Number(g.points), reason: g.reason }]);
  const inputs = apps.map((app, i) => {
    const bonuses: Bonus[] = round.bonusRules.filter((_, r) => bonusHits[r]![i]).map((rule) => ({ points: rule.points, reason: rule.label }));
    bonuses.push(...(grantsOf.get(app.id) ?? []));
    return { id: app.id, submittedAt: app.submittedAt.toISOString(), bonuses: capBonuses(bonuses, round.maxBonus) };
  });
  const quotaMembers = new Map(round.quotas.map((q, r) => [q.id, apps.filter((_, i) => quotaHits[r]![i]).map((a) => a.id)]));
  const submitted: ScoreSheet[] = sheets.filter((s) => s.status === 'submitted').map((s) => ({ applicationId: s.applicationId, judgeId: s.personId, scores: s.scores }));
  const outcome = rankRound({
    criteria: round.criteria,
    applications: inputs,
    sheets: submitted,
    rules: {
      method: round.method,
      fewJudges: round.fewJudges,
      tieBreaks: round.tieBreaks,
      places: round.advance.kind === 'rank' ? round.advance.count : undefined,
      reserves: round.advance.kind === 'rank' ? round.reserves : undefined,
      quotas: round.quotas.map((q) => ({ id: q.id, min: q.min, applicationIds: quotaMembers.get(q.id)! })),
    },
  });
  if (outcome.status === 'ranked' && round.advance.kind === 'threshold') {
    const cut = round.advance.score;
    for (const a of outcome.applications)
      if (a.proposal !== 'failed') {
        a.proposal = a.final !== null && a.final >= cut ? 'selected' : 'notSelected';
        a.selectedBy = a.proposal === 'selected' ? 'rank' : null;
      }
  }
  return {
    roundId: round.id,
    status: statusOf(round, deps.clock.now()),
    pendingSheets: sheets.filter((s) => s.status !== 'submitted').length,
    labels: Object.fromEntries(apps.map((a) => [a.id, { receiptNumber: a.receiptNumber, organizationName: a.organizationName }])),
    judges: Object.fromEntries(judges.map((j) => [j.id, j.name])),
    outcome,
  };
}

/** The ranking for the round's staff (and the national office): never for judges. */
export async function getRanking(deps: Deps, scope: RequestScope, roundId: string): Promise<RoundRanking> {
  const actor = requireActor(scope);
  const { row } = await roundFor(deps.database.db, actor, roundId, false);
  return computeRanking(deps, row);
}
