import { describe, expect, it } from 'vitest';
import { rankRound, weightedTotal, type Criterion, type RankedApplication, type RankingInput, type RankingOutcome, type RankingResult, type ScoreSheet } from './ranking.ts';

// 서류 rubric: 사업성 40 points on a 10-point scale, 기술성 60 on a 5-point scale, 기술성 at least 2.
const criteria: Criterion[] = [
  { id: 'business', weight: 40, maxScore: 10 },
  { id: 'tech', weight: 60, maxScore: 5, minScore: 2 },
];

/** Sheets whose weighted totals are the given numbers (out of 100): both criteria at the same share. */
function sheetsFor(applicationId: string, totals: number[], judges = totals.map((_, i) => `j${i + 1}`)): ScoreSheet[] {
  return totals.map((t, i) => ({ applicationId, judgeId: judges[i]!, scores: { business: t / 10, tech: t / 20 } }));
}

const app = (id: string, submittedAt = '2026-11-01T09:00:00+09:00', bonuses: { points: number; reason: string }[] = []) => ({ id, submittedAt, bonuses });

function ranked(outcome: RankingOutcome): RankingResult {
  expect(outcome.status, JSON.stringify(outcome)).toBe('ranked');
  return outcome as RankingResult;
}
const byId = (result: RankingResult, id: string) => result.applications.find((a) => a.id === id)!;

describe('a round ranking', () => {
  it('weights each criterion by its share of the maximum', () => {
    expect(weightedTotal(criteria, { business: 8, tech: 4 })).toBe(80); // 40 × 8/10 + 60 × 4/5
    expect(weightedTotal(criteria, { business: 7.5, tech: 3.5 })).toBe(72);
    expect(weightedTotal(criteria, {})).toBe(0);
  });

  it('drops one highest and one lowest with five judges, and keeps which ones it dropped', () => {
    const input: RankingInput = { criteria, applications: [app('a')], sheets: sheetsFor('a', [70, 80, 90, 60, 100]), rules: { method: 'trimmedMean' } };
    const a = byId(ranked(rankRound(input)), 'a');
    expect(a.method).toBe('trimmedMean');
    expect(a.aggregate).toBe(80);
    expect(a.sheets.map((s) => [s.judgeId, s.total, s.dropped])).toEqual([
      ['j1', 70, null],
      ['j2', 80, null],
      ['j3', 90, null],
      ['j4', 60, 'lowest'],
      ['j5', 100, 'highest'],
    ]);
  });

  it('refuses the trimmed mean with fewer than five judges unless the rule says what to do instead', () => {
    const input: RankingInput = { criteria, applications: [app('a'), app('b')], sheets: [...sheetsFor('a', [70, 80, 90, 60, 100]), ...sheetsFor('b', [60, 70, 92])], rules: { method: 'trimmedMean' } };
    expect(rankRound(input)).toEqual({ status: 'refused', reasons: [{ code: 'tooFewJudgesToTrim', applicationIds: ['b'], required: 5 }] });
    const b = byId(ranked(rankRound({ ...input, rules: { method: 'trimmedMean', fewJudges: 'mean' } })), 'b');
    expect([b.method, b.aggregate]).toEqual(['mean', 74]);
    const median = byId(ranked(rankRound({ ...input, rules: { method: 'trimmedMean', fewJudges: 'median' } })), 'b');
    expect([median.method, median.aggregate]).toEqual(['median', 70]);
  });

  it('takes the median, the middle pair averaged', () => {
    const result = ranked(rankRound({ criteria, applications: [app('a'), app('b')], sheets: [...sheetsFor('a', [60, 100, 70]), ...sheetsFor('b', [60, 100, 70, 80])], rules: { method: 'median' } }));
    expect([byId(result, 'a').aggregate, byId(result, 'b').aggregate]).toEqual([70, 75]);
  });

  it('adds bonus points after the aggregate, and they can change the order', () => {
    const result = ranked(
      rankRound({
        criteria,
        applications: [app('a'), app('b', undefined, [{ points: 2, reason: '여성기업' }, { points: 1, reason: '지역기업' }])],
        sheets: [...sheetsFor('a', [80, 82]), ...sheetsFor('b', [78, 80])],
        rules: { method: 'mean' },
      }),
    );
    const b = byId(result, 'b');
    expect([b.aggregate, b.bonus, b.final, b.rank]).toEqual([79, 3, 82, 1]);
    expect(byId(result, 'a').rank).toBe(2);
  });

  it('ranks an application below a criterion minimum after every one that passed, and never proposes it', () => {
    const weak: ScoreSheet[] = [
      { applicationId: 'weak', judgeId: 'j1', scores: { business: 10, tech: 1 } },
      { applicationId: 'weak', judgeId: 'j2', scores: { business: 10, tech: 2 } },
    ];
    const result = ranked(rankRound({ criteria, applications: [app('weak'), app('ok')], sheets: [...weak, ...sheetsFor('ok', [60, 60])], rules: { method: 'mean', places: 2 } }));
    const w = byId(result, 'weak');
    expect(w.criterionMeans).toEqual({ business: 10, tech: 1.5 });
    expect(w.final).toBe(58);
    expect([w.failedCriteria, w.rank, w.proposal]).toEqual([['tech'], 2, 'failed']);
    expect([byId(result, 'ok').rank, byId(result, 'ok').proposal]).toEqual([1, 'selected']);
  });

  it('breaks ties by the rules in order, and applications still equal share a rank', () => {
    const sheets: ScoreSheet[] = [
      // 76 each: b stronger on 기술성 (28 + 48) than the others (40 + 36); d submitted before c and e, a after; e equal to c in everything.
      { applicationId: 'a', judgeId: 'j1', scores: { business: 10, tech: 3 } },
      { applicationId: 'b', judgeId: 'j1', scores: { business: 7, tech: 4 } },
      { applicationId: 'c', judgeId: 'j1', scores: { business: 10, tech: 3 } },
      { applicationId: 'd', judgeId: 'j1', scores: { business: 10, tech: 3 } },
      { applicationId: 'e', judgeId: 'j1', scores: { business: 10, tech: 3 } },
      { applicationId: 'f', judgeId: 'j1', scores: { business: 1, tech: 1 } },
    ];
    const applications = [app('a', '2026-11-03T10:00:00+09:00'), app('b'), app('c', '2026-11-02T10:00:00+09:00'), app('d', '2026-11-01T10:00:00+09:00'), app('e', '2026-11-02T10:00:00+09:00'), app('f')];
    const result = ranked(rankRound({ criteria, applications, sheets, rules: { method: 'mean', tieBreaks: [{ kind: 'criterion', criterionId: 'tech' }, { kind: 'earlierSubmission' }] } }));
    expect(result.applications.map((a) => [a.id, a.final, a.rank, a.tied])).toEqual([
      ['b', 76, 1, false],
      ['d', 76, 2, false],
      ['c', 76, 3, true],
      ['e', 76, 3, true],
      ['a', 76, 5, false],
      ['f', 16, 6, false],
    ]);
    // Without tie-breaks all five share the first place.
    expect(ranked(rankRound({ criteria, applications, sheets, rules: { method: 'mean' } })).applications.map((a) => a.rank)).toEqual([1, 1, 1, 1, 1, 6]);
  });

  describe('judge-normalized', () => {
    // Three judges each scoring four of five applications (every pair of judges shares some).
    const plan: [string, string[]][] = [
      ['j1', ['a', 'b', 'c', 'd']],
      ['j2', ['b', 'c', 'd', 'e']],
      ['j3', ['a', 'c', 'd', 'e']],
    ];
    const quality: Record<string, number> = { a: 90, b: 80, c: 70, d: 60, e: 50 };
    const sheets = (shift: Record<string, number>, scale: Record<string, number> = {}) =>
      plan.flatMap(([judge, apps]) => apps.flatMap((a) => sheetsFor(a, [36 + ((quality[a]! - 36) * (scale[judge] ?? 1) + (shift[judge] ?? 0))], [judge])));
    const rules = { method: 'normalized' as const };
    const applications = Object.keys(quality).map((id) => app(id));

    it('undoes a harsh and a lenient judge: shifting or stretching one judge’s totals changes no rank', () => {
      const fair = ranked(rankRound({ criteria, applications, sheets: sheets({}), rules }));
      const skewed = ranked(rankRound({ criteria, applications, sheets: sheets({ j1: -12, j2: 9 }, { j3: 0.5 }), rules }));
      expect(fair.applications.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
      expect(skewed.applications.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
      const z = (r: RankingResult) => r.applications.map((a) => a.sheets.map((s) => s.z));
      expect(z(skewed)).toEqual(z(fair));
      // The plain mean is fooled by the same judges: e, scored by the lenient j2, passes d.
      const plain = ranked(rankRound({ criteria, applications, sheets: sheets({ j1: -12, j2: 9 }, { j3: 0.5 }), rules: { method: 'mean' } }));
      expect(plain.applications.map((a) => a.id)).not.toEqual(['a', 'b', 'c', 'd', 'e']);
      // Every intermediate is there to recompute by hand: z = (total − judge mean) ÷ judge sd.
      const stats = new Map(skewed.normalization!.judges.map((j) => [j.judgeId, j]));
      for (const a of skewed.applications) {
        for (const s of a.sheets) expect(s.z).toBeCloseTo((s.total - stats.get(s.judgeId)!.mean) / stats.get(s.judgeId)!.sd, 5);
        const meanZ = a.sheets.reduce((t, s) => t + s.z!, 0) / a.sheets.length;
        expect(a.aggregate).toBeCloseTo(skewed.normalization!.overallMean + skewed.normalization!.overallSd * meanZ, 4);
      }
    });

    it('is refused with the reason when the judges do not overlap enough', () => {
      const two = plan.map(([j, apps]) => [j, j === 'j3' ? ['a', 'c'] : apps] as [string, string[]]);
      const fewSheets = two.flatMap(([judge, apps]) => apps.flatMap((a) => sheetsFor(a, [quality[a]!], [judge])));
      expect(rankRound({ criteria, applications, sheets: fewSheets, rules })).toEqual({ status: 'refused', reasons: [{ code: 'judgeScoredTooFew', judgeIds: ['j3'], required: 3 }] });

      const apart = [...sheetsFor('a', [90], ['j1']), ...sheetsFor('b', [80], ['j1']), ...sheetsFor('c', [70], ['j1']), ...sheetsFor('d', [60], ['j2']), ...sheetsFor('e', [50], ['j2']), ...sheetsFor('f', [55], ['j2'])];
      expect(rankRound({ criteria, applications: [...applications, app('f')], sheets: apart, rules })).toEqual({ status: 'refused', reasons: [{ code: 'judgesDoNotOverlap', groups: [['j1'], ['j2']] }] });

      const flat = plan.flatMap(([judge, apps]) => apps.flatMap((a) => sheetsFor(a, [judge === 'j2' ? 70 : quality[a]!], [judge])));
      expect(rankRound({ criteria, applications, sheets: flat, rules })).toEqual({ status: 'refused', reasons: [{ code: 'judgeWithoutSpread', judgeIds: ['j2'] }] });
    });
  });

  describe('the proposed selection', () => {
    // Seven applications ranked g1 … g7 by their totals; g5 and g7 are from 광주.
    const applications = ['g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7'].map((id) => app(id));
    const sheets = applications.flatMap((a, i) => sheetsFor(a.id, [96 - i * 4]));

    it('fills the quota with its best-ranked member first, the other places by rank, then reserves', () => {
      const result = ranked(rankRound({ criteria, applications, sheets, rules: { method: 'mean', places: 3, reserves: 2, quotas: [{ id: '광주', min: 1, applicationIds: ['g5', 'g7'] }] } }));
      expect(result.applications.map((a) => [a.id, a.proposal, a.selectedBy])).toEqual([
        ['g1', 'selected', 'rank'],
        ['g2', 'selected', 'rank'],
        ['g3', 'reserve', null],
        ['g4', 'reserve', null],
        ['g5', 'selected', { quota: '광주' }],
        ['g6', 'notSelected', null],
        ['g7', 'notSelected', null],
      ]);
      // A quota already met by rank takes no place of its own.
      const met = ranked(rankRound({ criteria, applications, sheets, rules: { method: 'mean', places: 3, quotas: [{ id: '상위', min: 1, applicationIds: ['g2'] }] } }));
      expect(met.applications.filter((a) => a.proposal === 'selected').map((a) => a.id)).toEqual(['g1', 'g2', 'g3']);
      expect(rankRound({ criteria, applications, sheets, rules: { method: 'mean', places: 1, quotas: [{ id: '광주', min: 2, applicationIds: ['g5', 'g7'] }] } })).toEqual({
        status: 'refused',
        reasons: [{ code: 'quotasExceedPlaces', quotaTotal: 2, places: 1 }],
      });
    });

    it('flags a tie across the cut for staff to decide', () => {
      const tied = [...sheetsFor('x', [80]), ...sheetsFor('y', [80]), ...sheetsFor('z', [90])];
      const result = ranked(rankRound({ criteria, applications: [app('x'), app('y'), app('z')], sheets: tied, rules: { method: 'mean', places: 2 } }));
      expect(result.tieAtCut).toBe(true);
      expect(ranked(rankRound({ criteria, applications: [app('x', '2026-11-02T00:00:00Z'), app('y', '2026-11-01T00:00:00Z'), app('z')], sheets: tied, rules: { method: 'mean', places: 2, tieBreaks: [{ kind: 'earlierSubmission' }] } })).tieAtCut).toBe(false);
    });
  });

  it('refuses a score outside its criterion’s range, naming the sheet and the criterion', () => {
    const sheets: ScoreSheet[] = [{ applicationId: 'a', judgeId: 'j1', scores: { business: 11, tech: 3 } }];
    expect(rankRound({ criteria, applications: [app('a')], sheets, rules: { method: 'mean' } })).toEqual({
      status: 'refused',
      reasons: [{ code: 'scoreOutOfRange', applicationId: 'a', judgeId: 'j1', criterionId: 'business', max: 10 }],
    });
  });

  it('leaves an application nobody scored unranked, after the others', () => {
    const result = ranked(rankRound({ criteria, applications: [app('none'), app('a')], sheets: sheetsFor('a', [70]), rules: { method: 'mean', places: 2 } }));
    const none: RankedApplication = byId(result, 'none');
    expect([result.applications.at(-1)!.id, none.rank, none.final, none.method, none.proposal]).toEqual(['none', null, null, 'none', 'notSelected']);
  });
});
