/**
 * A round's ranking (issue 4, item 6), from the judges' score sheets to a proposed selection, with
 * every intermediate kept so anyone can recompute a rank by hand:
 *   1. each sheet's weighted total: Σ weight × score ÷ maximum over the rubric's criteria (a rubric
 *      whose weights are its maximums, the usual 배점, adds the raw scores up);
 *   2. per application, the round's method over its sheets' totals: the mean; the trimmed mean
 *      (one highest and one lowest dropped, with five judges or more; with fewer the rule says:
 *      the mean, the median, or a refusal); the median; or judge-normalized (each judge's totals as
 *      z-scores, refused with the reason when the judges do not overlap enough);
 *   3. bonus points (가점) added after the aggregate;
 *   4. criteria with a minimum: an application whose mean on one is below it fails (과락) and is
 *      ranked after every application that passed;
 *   5. the order: the final score, then the round's tie-breaks in order (a criterion's mean,
 *      earlier submission); applications still equal share a rank (1, 2, 2, 4);
 *   6. with a number of places: quotas filled first by their best-ranked members, the rest by rank,
 *      then reserves; a tie across the cut is flagged for staff to decide.
 * Pure: no database, no clock. Numbers are rounded to 1e-6 at each step so that floating point
 * noise never decides an order that hand arithmetic would call a tie.
 */

export type Criterion = { id: string; weight: number; maxScore: number; minScore?: number | null };
export type ScoreSheet = { applicationId: string; judgeId: string; scores: Record<string, number> };
export type Bonus = { points: number; reason: string };
export type RankedApplicationInput = { id: string; submittedAt: string; bonuses?: Bonus[] };
export type Method = 'mean' | 'trimmedMean' | 'median' | 'normalized';
export type TieBreak = { kind: 'criterion'; criterionId: string } | { kind: 'earlierSubmission' };
export type Quota = { id: string; min: number; applicationIds: string[] };

export type RankingRules = {
  method: Method;
  /** The trimmed mean with fewer than TRIM_MIN_JUDGES sheets: another method, or refuse the ranking. */
  fewJudges?: 'mean' | 'median' | 'refuse';
  /** Normalization needs each judge to have scored at least this many applications (default 3). */
  minSheetsPerJudge?: number;
  tieBreaks?: TieBreak[];
  places?: number;
  reserves?: number;
  quotas?: Quota[];
};

export type RankingInput = { criteria: Criterion[]; applications: RankedApplicationInput[]; sheets: ScoreSheet[]; rules: RankingRules };

export const TRIM_MIN_JUDGES = 5;

export type SheetResult = {
  judgeId: string;
  scores: Record<string, number>;
  /** Σ weight × score ÷ maximum. */
  total: number;
  /** Left out by the trimmed mean (the highest or the lowest). */
  dropped: 'highest' | 'lowest' | null;
  /** The total as a z-score of its judge's totals (normalized method only). */
  z: number | null;
};

export type Proposal = 'selected' | 'reserve' | 'notSelected' | 'failed';

export type RankedApplication = {
  id: string;
  submittedAt: string;
  sheets: SheetResult[];
  /** The method actually applied to this application (the trimmed mean falls back with few judges). */
  method: Method | 'none';
  aggregate: number | null;
  bonus: number;
  bonuses: Bonus[];
  final: number | null;
  /** Each criterion's mean over all the application's sheets (tie-breaks and minimums read it). */
  criterionMeans: Record<string, number>;
  failedCriteria: string[];
  rank: number | null;
  /** Shares its rank with another application after every tie-break. */
  tied: boolean;
  proposal: Proposal;
  /** Why it was proposed: by rank, by a quota (its id), or null. */
  selectedBy: 'rank' | { quota: string } | null;
};

export type NormalizationStats = { judgeId: string; sheets: number; mean: number; sd: number };

export type RankingResult = {
  status: 'ranked';
  applications: RankedApplication[];
  normalization: { overallMean: number; overallSd: number; judges: NormalizationStats[] } | null;
  /** The last selected place is equal, after every tie-break, to the first one left out. */
  tieAtCut: boolean;
};

export type Refusal =
  | { code: 'tooFewJudgesToTrim'; applicationIds: string[]; required: number }
  | { code: 'judgeScoredTooFew'; judgeIds: string[]; required: number }
  | { code: 'judgeWithoutSpread'; judgeIds: string[] }
  | { code: 'judgesDoNotOverlap'; groups: string[][] }
  | { code: 'quotasExceedPlaces'; quotaTotal: number; places: number }
  | { code: 'scoreOutOfRange'; applicationId: string; judgeId: string; criterionId: string; max: number };

export type RankingOutcome = RankingResult | { status: 'refused'; reasons: Refusal[] };

const round = (x: number) => Math.round(x * 1e6) / 1e6;
const mean = (xs: number[]) => round(xs.reduce((s, x) => s + x, 0) / xs.length);
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return round(s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2);
}
/** Population standard deviation: a judge's spread over the applications they scored. */
function sd(xs: number[]): number {
  const m = xs.reduce((s, x) => s + x, 0) / xs.length;
  return round(Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length));
}

export function weightedTotal(criteria: Criterion[], scores: Record<string, number>): number {
  return round(criteria.reduce((s, c) => s + (c.weight * (scores[c.id] ?? 0)) / c.maxScore, 0));
}

export function rankRound(input: RankingInput): RankingOutcome {
  const { criteria, rules } = input;
  const outOfRange = input.sheets.flatMap((sheet) =>
    criteria
      .filter((c) => {
        const v = sheet.scores[c.id];
        return v !== undefined && (v < 0 || v > c.maxScore);
      })
      .map((c): Refusal => ({ code: 'scoreOutOfRange', applicationId: sheet.applicationId, judgeId: sheet.judgeId, criterionId: c.id, max: c.maxScore })),
  );
  if (outOfRange.length) return { status: 'refused', reasons: outOfRange };

  const sheetsOf = new Map<string, SheetResult[]>(input.applications.map((a) => [a.id, []]));
  for (const sheet of input.sheets) {
    sheetsOf.get(sheet.applicationId)?.push({ judgeId: sheet.judgeId, scores: sheet.scores, total: weightedTotal(criteria, sheet.scores), dropped: null, z: null });
  }
  for (const list of sheetsOf.values()) list.sort((a, b) => (a.judgeId < b.judgeId ? -1 : a.judgeId > b.judgeId ? 1 : 0));

  const normalization = rules.method === 'normalized' ? normalize(sheetsOf, rules.minSheetsPerJudge ?? 3) : null;
  if (normalization && 'reasons' in normalization) return { status: 'refused', reasons: normalization.reasons };

  const fewJudges = rules.fewJudges ?? 'refuse';
  if (rules.method === 'trimmedMean' && fewJudges === 'refuse') {
    const short = input.applications.filter((a) => sheetsOf.get(a.id)!.length > 0 && sheetsOf.get(a.id)!.length < TRIM_MIN_JUDGES).map((a) => a.id);
    if (short.length) return { status: 'refused', reasons: [{ code: 'tooFewJudgesToTrim', applicationIds: short, required: TRIM_MIN_JUDGES }] };
  }

  const ranked: RankedApplication[] = input.applications.map((application) => {
    const sheets = sheetsOf.get(application.id)!;
    const bonuses = application.bonuses ?? [];
    const bonus = round(bonuses.reduce((s, b) => s + b.points, 0));
    const criterionMeans = Object.fromEntries(
      criteria.map((c) => {
        const values = sheets.map((s) => s.scores[c.id]).filter((v): v is number => v !== undefined);
        return [c.id, values.length ? mean(values) : 0];
      }),
    );
    const failedCriteria = sheets.length ? criteria.filter((c) => c.minScore != null && criterionMeans[c.id]! < c.minScore).map((c) => c.id) : [];
    const { method, aggregate } = aggregateOf(sheets, rules.method, fewJudges, normalization);
    return {
      id: application.id,
      submittedAt: application.submittedAt,
      sheets,
      method,
      aggregate,
      bonus,
      bonuses,
      final: aggregate === null ? null : round(aggregate + bonus),
      criterionMeans,
      failedCriteria,
      rank: null,
      tied: false,
      proposal: 'notSelected',
      selectedBy: null,
    };
  });

  const compare = comparator(rules.tieBreaks ?? []);
  const scored = ranked.filter((a) => a.final !== null).sort(compare);
  for (let i = 0; i < scored.length; i++) {
    const previous = scored[i - 1];
    const same = previous !== undefined && compare(previous, scored[i]!) === 0;
    scored[i]!.rank = same ? previous.rank : i + 1;
    if (same) previous.tied = scored[i]!.tied = true;
  }
  const unscored = ranked.filter((a) => a.final === null);

  const selection = propose(scored, rules, compare);
  if ('reasons' in selection) return { status: 'refused', reasons: selection.reasons };
  return {
    status: 'ranked',
    applications: [...scored, ...unscored],
    normalization: normalization ? { overallMean: normalization.overallMean, overallSd: normalization.overallSd, judges: normalization.judges } : null,
    tieAtCut: selection.tieAtCut,
  };
}

type Normalization = { overallMean: number; overallSd: number; judges: NormalizationStats[] };

/**
 * Per-judge z-scores, on the scale of the totals: overall mean + overall spread × the mean z of an
 * application's judges. Comparable only when every judge scored enough applications with some
 * spread and the judges are linked through shared applications (one connected group).
 */
function normalize(sheetsOf: Map<string, SheetResult[]>, minSheets: number): Normalization | { reasons: Refusal[] } {
  const byJudge = new Map<string, SheetResult[]>();
  for (const list of sheetsOf.values()) for (const s of list) byJudge.set(s.judgeId, [...(byJudge.get(s.judgeId) ?? []), s]);
  const judges = [...byJudge.keys()].sort();
  const tooFew = judges.filter((j) => byJudge.get(j)!.length < minSheets);
  if (tooFew.length) return { reasons: [{ code: 'judgeScoredTooFew', judgeIds: tooFew, required: minSheets }] };
  const stats = judges.map((j) => {
    const totals = byJudge.get(j)!.map((s) => s.total);
    return { judgeId: j, sheets: totals.length, mean: mean(totals), sd: sd(totals) };
  });
  const flat = stats.filter((s) => s.sd === 0).map((s) => s.judgeId);
  if (flat.length) return { reasons: [{ code: 'judgeWithoutSpread', judgeIds: flat }] };

  // Judges are linked when they scored the same application: union-find over each application's judges.
  const parent = new Map(judges.map((j) => [j, j]));
  const find = (j: string): string => {
    while (parent.get(j) !== j) {
      parent.set(j, parent.get(parent.get(j)!)!);
      j = parent.get(j)!;
    }
    return j;
  };
  for (const list of sheetsOf.values()) for (let i = 1; i < list.length; i++) parent.set(find(list[i]!.judgeId), find(list[0]!.judgeId));
  const groups = new Map<string, string[]>();
  for (const j of judges) groups.set(find(j), [...(groups.get(find(j)) ?? []), j]);
  if (groups.size > 1) return { reasons: [{ code: 'judgesDoNotOverlap', groups: [...groups.values()] }] };

  const all = [...sheetsOf.values()].flat().map((s) => s.total);
  const byId = new Map(stats.map((s) => [s.judgeId, s]));
  for (const list of sheetsOf.values()) for (const s of list) s.z = round((s.total - byId.get(s.judgeId)!.mean) / byId.get(s.judgeId)!.sd);
  return { overallMean: mean(all), overallSd: sd(all), judges: stats };
}

function aggregateOf(sheets: SheetResult[], method: Method, fewJudges: 'mean' | 'median' | 'refuse', normalization: Normalization | null): { method: Method | 'none'; aggregate: number | null } {
  if (sheets.length === 0) return { method: 'none', aggregate: null };
  const totals = sheets.map((s) => s.total);
  switch (method) {
    case 'mean':
      return { method, aggregate: mean(totals) };
    case 'median':
      return { method, aggregate: median(totals) };
    case 'normalized':
      return { method, aggregate: round(normalization!.overallMean + normalization!.overallSd * mean(sheets.map((s) => s.z!))) };
    case 'trimmedMean': {
      if (sheets.length < TRIM_MIN_JUDGES) return aggregateOf(sheets, fewJudges === 'median' ? 'median' : 'mean', fewJudges, normalization);
      // One of each end, the judge first in id order among equals: the kept totals are the same whichever.
      const order = [...sheets].sort((a, b) => a.total - b.total || (a.judgeId < b.judgeId ? -1 : 1));
      order[0]!.dropped = 'lowest';
      order[order.length - 1]!.dropped = 'highest';
      return { method, aggregate: mean(order.slice(1, -1).map((s) => s.total)) };
    }
  }
}

/** Passed before failed, then the final score, then each tie-break in order; 0 means tied after all of them. */
function comparator(tieBreaks: TieBreak[]) {
  return (a: RankedApplication, b: RankedApplication): number => {
    const failed = Number(a.failedCriteria.length > 0) - Number(b.failedCriteria.length > 0);
    if (failed) return failed;
    if (a.final !== b.final) return b.final! - a.final!;
    for (const rule of tieBreaks) {
      const d =
        rule.kind === 'criterion'
          ? (b.criterionMeans[rule.criterionId] ?? 0) - (a.criterionMeans[rule.criterionId] ?? 0)
          : Date.parse(a.submittedAt) - Date.parse(b.submittedAt);
      if (d) return d;
    }
    return 0;
  };
}

/** Quotas first (each by its best-ranked members that passed), the other places by rank, then reserves. */
function propose(scored: RankedApplication[], rules: RankingRules, compare: (a: RankedApplication, b: RankedApplication) => number): { tieAtCut: boolean } | { reasons: Refusal[] } {
  for (const a of scored) a.proposal = a.failedCriteria.length ? 'failed' : 'notSelected';
  if (rules.places === undefined) return { tieAtCut: false };
  const quotas = rules.quotas ?? [];
  const quotaTotal = quotas.reduce((s, q) => s + q.min, 0);
  if (quotaTotal > rules.places) return { reasons: [{ code: 'quotasExceedPlaces', quotaTotal, places: rules.places }] };
  const passed = scored.filter((a) => a.proposal !== 'failed');
  const select = (a: RankedApplication, by: RankedApplication['selectedBy']) => {
    a.proposal = 'selected';
    a.selectedBy = by;
  };
  for (const quota of quotas) {
    const members = new Set(quota.applicationIds);
    const have = passed.filter((a) => a.proposal === 'selected' && members.has(a.id)).length;
    passed.filter((a) => a.proposal !== 'selected' && members.has(a.id)).slice(0, Math.max(0, quota.min - have)).forEach((a) => select(a, { quota: quota.id }));
  }
  let left = rules.places - passed.filter((a) => a.proposal === 'selected').length;
  for (const a of passed) {
    if (left <= 0) break;
    if (a.proposal !== 'selected') {
      select(a, 'rank');
      left--;
    }
  }
  let reserves = rules.reserves ?? 0;
  for (const a of passed) {
    if (reserves <= 0) break;
    if (a.proposal === 'notSelected') {
      a.proposal = 'reserve';
      reserves--;
    }
  }
  // Staff decide a tie across the cut: the last taken by rank equal to the first passed over.
  const lastByRank = passed.filter((a) => a.selectedBy === 'rank').at(-1);
  const firstOut = passed.find((a) => a.proposal !== 'selected');
  return { tieAtCut: !!lastByRank && !!firstOut && compare(lastByRank, firstOut) === 0 };
}
