import type { TFunction } from 'i18next';
import type { Schemas } from '../../api/client';
import { fieldErrorsOf } from '../../api/form-errors';
import type { OrganizationKind, Region } from '../organizations/organization.codes';
import { seoulInputValue } from '../calls/call.time';
import type { AdvanceKind, EligibilityRules, FewJudges, Round, RoundMethod } from './round.codes';

type Num = number | string;

/** A rubric criterion as the form holds it; `id` is the key scores and tie-breaks refer to, never shown. */
type CriterionRow = { key: string; id: string; title: string; description: string; weight: Num; maxScore: Num; minScore: Num; commentBelow: Num };
/** One tie-break: `earlierSubmission`, or `criterion:<id>` for a criterion of the rubric. */
type TieBreakRow = { key: string; choice: string | null };
/** A quota: at least `min` of those advancing from the chosen regions; `rest` keeps conditions set elsewhere (the API). */
type QuotaRow = { key: string; id: string; label: string; min: Num; regions: Region[]; rest: EligibilityRules };
/** A bonus rule (가점): points for applicants meeting every condition given; `rest` keeps conditions set elsewhere. */
type BonusRow = {
  key: string;
  id: string;
  label: string;
  points: Num;
  regions: Region[];
  organizationKinds: OrganizationKind[];
  maxYearsInBusiness: Num;
  founderMaxAge: Num;
  rest: EligibilityRules;
};

/** A round as the form holds it: times as Korea wall time to the minute (2026-12-15T18:00), no number as ''. */
export type RoundFormValues = {
  name: string;
  description: string;
  scoringOpensAt: string;
  scoringClosesAt: string;
  judgesPerApplication: Num;
  blind: boolean;
  publishScores: boolean;
  conflictYears: Num;
  method: RoundMethod;
  fewJudges: FewJudges;
  criteria: CriterionRow[];
  tieBreaks: TieBreakRow[];
  advance: { kind: AdvanceKind; count: Num; score: Num };
  reserves: Num;
  quotas: QuotaRow[];
  bonusRules: BonusRow[];
  maxBonus: Num;
};

// Row keys only tell React the rows apart; saved rows get stable ones, so reopening the dialog is not an edit.
let nextRow = 0;
const rowKey = () => `new-${++nextRow}`;

/** The first free key `<prefix><n>`, n counting from `from` (a criterion's position). */
function freeId(prefix: string, taken: string[], from = 1): string {
  let n = Math.max(from, 1);
  while (taken.includes(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

export const newCriterion = (taken: string[], position: number): CriterionRow => ({
  key: rowKey(),
  id: freeId('c', taken, position),
  title: '',
  description: '',
  weight: '',
  maxScore: '',
  minScore: '',
  commentBelow: '',
});
export const newTieBreak = (): TieBreakRow => ({ key: rowKey(), choice: null });
export const newQuota = (taken: string[]): QuotaRow => ({ key: rowKey(), id: freeId('quota', taken), label: '', min: '', regions: [], rest: {} });
export const newBonus = (taken: string[]): BonusRow => ({
  key: rowKey(),
  id: freeId('bonus', taken),
  label: '',
  points: '',
  regions: [],
  organizationKinds: [],
  maxYearsInBusiness: '',
  founderMaxAge: '',
  rest: {},
});

export const criterionChoice = (id: string) => `criterion:${id}`;
export const EARLIER = 'earlierSubmission';

/** A new round: one empty criterion, three judges, the mean, the call's selection count as the cut-off. */
export const emptyRoundValues = (selectCount: number | null): RoundFormValues => ({
  name: '',
  description: '',
  scoringOpensAt: '',
  scoringClosesAt: '',
  judgesPerApplication: 3,
  blind: false,
  publishScores: false,
  conflictYears: 3,
  method: 'mean',
  fewJudges: 'refuse',
  criteria: [newCriterion([], 1)],
  tieBreaks: [],
  advance: { kind: 'rank', count: selectCount ?? '', score: '' },
  reserves: 0,
  quotas: [],
  bonusRules: [],
  maxBonus: 0,
});

const without = <K extends keyof EligibilityRules>(when: EligibilityRules, keys: readonly K[]): EligibilityRules => {
  const out: EligibilityRules = { ...when };
  for (const k of keys) delete out[k];
  return out;
};
const bonusKeys = ['regions', 'organizationKinds', 'maxYearsInBusiness', 'founderMaxAge'] as const;

export const valuesOf = (r: Round): RoundFormValues => ({
  name: r.name,
  description: r.description,
  scoringOpensAt: seoulInputValue(r.scoringOpensAt),
  scoringClosesAt: seoulInputValue(r.scoringClosesAt),
  judgesPerApplication: r.judgesPerApplication,
  blind: r.blind,
  publishScores: r.publishScores,
  conflictYears: r.conflictYears,
  method: r.method,
  fewJudges: r.fewJudges,
  criteria: r.criteria.map((c, i) => ({
    key: `saved-${i}`,
    id: c.id,
    title: c.title,
    description: c.description,
    weight: c.weight,
    maxScore: c.maxScore,
    minScore: c.minScore ?? '',
    commentBelow: c.commentBelow ?? '',
  })),
  tieBreaks: r.tieBreaks.map((tb, i) => ({ key: `saved-${i}`, choice: tb.kind === 'criterion' ? criterionChoice(tb.criterionId) : EARLIER })),
  advance: { kind: r.advance.kind, count: r.advance.kind === 'rank' ? r.advance.count : '', score: r.advance.kind === 'threshold' ? r.advance.score : '' },
  reserves: r.reserves,
  quotas: r.quotas.map((q, i) => ({ key: `saved-${i}`, id: q.id, label: q.label, min: q.min, regions: [...(q.when.regions ?? [])], rest: without(q.when, ['regions']) })),
  bonusRules: r.bonusRules.map((b, i) => ({
    key: `saved-${i}`,
    id: b.id,
    label: b.label,
    points: b.points,
    regions: [...(b.when.regions ?? [])],
    organizationKinds: [...(b.when.organizationKinds ?? [])],
    maxYearsInBusiness: b.when.maxYearsInBusiness ?? '',
    founderMaxAge: b.when.founderMaxAge ?? '',
    rest: without(b.when, bonusKeys),
  })),
  maxBonus: r.maxBonus,
});

const num = (v: Num) => (typeof v === 'number' ? v : 0);
const optional = (v: Num) => (typeof v === 'number' ? v : null);
/** The row's position in a list rule's path: `criteria.2.minScore` → 2. */
const indexIn = (path: string) => Number(path.split('.')[1]);

/** The weights added up: the total a full score earns (만점). */
export const weightSum = (criteria: CriterionRow[]) => Math.round(criteria.reduce((s, c) => s + (typeof c.weight === 'number' ? c.weight : 0), 0) * 100) / 100;

/** Whether a bonus rule names any condition at all (one without would give every applicant the points). */
const bonusHasCondition = (b: BonusRow) =>
  b.regions.length > 0 || b.organizationKinds.length > 0 || typeof b.maxYearsInBusiness === 'number' || typeof b.founderMaxAge === 'number' || Object.keys(b.rest).length > 0;

/**
 * The rules a person gets wrong while typing, checked before a round trip; the server checks the
 * rest (upper bounds, quotas against places) and its answers land on the same fields.
 */
export const roundValidate = (t: TFunction) => {
  const required = (v: Num) => (typeof v !== 'number' ? t('validation.required') : null);
  const positive = (v: Num) => required(v) ?? (typeof v === 'number' && v <= 0 ? t('round.mustBePositive') : null);
  const atLeast = (min: number) => (v: Num) => required(v) ?? (typeof v === 'number' && v < min ? t('validation.tooSmall', { minimum: min }) : null);
  const withinMax = (v: Num, values: RoundFormValues, path: string) => {
    const max = values.criteria[indexIn(path)]?.maxScore;
    return typeof v === 'number' && typeof max === 'number' && v > max ? t('round.aboveMaxScore', { max }) : null;
  };
  return {
    name: (v: string) => (v.trim() ? null : t('validation.required')),
    scoringOpensAt: (v: string) => (v ? null : t('validation.required')),
    scoringClosesAt: (v: string, values: RoundFormValues) =>
      !v ? t('validation.required') : values.scoringOpensAt && v <= values.scoringOpensAt ? t('round.closesBeforeOpens') : null,
    judgesPerApplication: atLeast(1),
    conflictYears: atLeast(0),
    criteria: {
      title: (v: string) => (v.trim() ? null : t('validation.required')),
      weight: positive,
      maxScore: positive,
      minScore: withinMax,
      commentBelow: withinMax,
    },
    tieBreaks: { choice: (v: string | null) => (v ? null : t('validation.required')) },
    advance: {
      count: (v: Num, values: RoundFormValues) => (values.advance.kind === 'rank' ? atLeast(1)(v) : null),
      score: (v: Num, values: RoundFormValues) => (values.advance.kind === 'threshold' ? atLeast(0)(v) : null),
    },
    reserves: atLeast(0),
    quotas: {
      label: (v: string, values: RoundFormValues) => (values.advance.kind === 'rank' && !v.trim() ? t('validation.required') : null),
      min: (v: Num, values: RoundFormValues) => (values.advance.kind === 'rank' ? atLeast(1)(v) : null),
      regions: (v: Region[], values: RoundFormValues, path: string) =>
        values.advance.kind === 'rank' && !v.length && !Object.keys(values.quotas[indexIn(path)]?.rest ?? {}).length ? t('round.chooseRegion') : null,
    },
    bonusRules: {
      label: (v: string) => (v.trim() ? null : t('validation.required')),
      points: positive,
      regions: (_: Region[], values: RoundFormValues, path: string) => {
        const rule = values.bonusRules[indexIn(path)];
        return rule && !bonusHasCondition(rule) ? t('round.bonusNeedsCondition') : null;
      },
    },
    maxBonus: atLeast(0),
  };
};

type Body = Schemas['RoundCreate'];

// Without an offset the server reads the times as Korea time, which is what the form shows.
export function bodyOf(v: RoundFormValues): Body {
  const advance: Body['advance'] =
    v.advance.kind === 'rank' ? { kind: 'rank', count: num(v.advance.count) } : v.advance.kind === 'threshold' ? { kind: 'threshold', score: num(v.advance.score) } : { kind: 'staff' };
  return {
    name: v.name.trim(),
    description: v.description.trim(),
    scoringOpensAt: v.scoringOpensAt,
    scoringClosesAt: v.scoringClosesAt,
    judgesPerApplication: num(v.judgesPerApplication),
    blind: v.blind,
    publishScores: v.publishScores,
    conflictYears: num(v.conflictYears),
    method: v.method,
    fewJudges: v.fewJudges,
    criteria: v.criteria.map((c) => ({
      id: c.id,
      title: c.title.trim(),
      description: c.description.trim(),
      weight: num(c.weight),
      maxScore: num(c.maxScore),
      minScore: optional(c.minScore),
      commentBelow: optional(c.commentBelow),
    })),
    tieBreaks: v.tieBreaks.flatMap((tb): Body['tieBreaks'] =>
      tb.choice === EARLIER ? [{ kind: 'earlierSubmission' }] : tb.choice?.startsWith('criterion:') ? [{ kind: 'criterion', criterionId: tb.choice.slice('criterion:'.length) }] : [],
    ),
    advance,
    reserves: num(v.reserves),
    // Only a rank cut-off has places to reserve for a quota; with another the quotas wait, unsent.
    quotas:
      v.advance.kind === 'rank'
        ? v.quotas.map((q) => ({ id: q.id, label: q.label.trim(), min: num(q.min), when: { ...q.rest, ...(q.regions.length ? { regions: q.regions } : {}) } }))
        : [],
    bonusRules: v.bonusRules.map((b) => ({
      id: b.id,
      label: b.label.trim(),
      points: num(b.points),
      when: {
        ...b.rest,
        ...(b.regions.length ? { regions: b.regions } : {}),
        ...(b.organizationKinds.length ? { organizationKinds: b.organizationKinds } : {}),
        ...(typeof b.maxYearsInBusiness === 'number' ? { maxYearsInBusiness: b.maxYearsInBusiness } : {}),
        ...(typeof b.founderMaxAge === 'number' ? { founderMaxAge: b.founderMaxAge } : {}),
      },
    })),
    maxBonus: num(v.maxBonus),
  };
}

/** Only what changed, so a save does not overwrite fields nobody touched (nor resend a rubric fixed by scoring). */
export function changedBody(before: RoundFormValues, after: RoundFormValues): Schemas['RoundUpdate'] {
  const a = bodyOf(before);
  const b = bodyOf(after);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(b) as (keyof Body)[]) if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) out[key] = b[key];
  return out as Schemas['RoundUpdate'];
}

const bonusInputs = new Set<string>(bonusKeys);

/** The API's field path as the form's input that shows it. */
function formPathOf(path: string): string {
  const parts = path.split('.');
  const [list, index, field, sub] = parts;
  if (list === 'tieBreaks' && index !== undefined) return `tieBreaks.${index}.choice`;
  if (list === 'advance') return field === 'count' || field === 'score' ? `advance.${field}` : 'advance.kind';
  if ((list === 'criteria' || list === 'quotas' || list === 'bonusRules') && index !== undefined) {
    // Keys are made here, so a bad key is the row's: show it on the row's name.
    if (field === 'id') return `${list}.${index}.${list === 'criteria' ? 'title' : 'label'}`;
    if (field === 'when') return list === 'bonusRules' && sub && bonusInputs.has(sub) ? `bonusRules.${index}.${sub}` : `${list}.${index}.regions`;
    if (field) return `${list}.${index}.${field}`;
  }
  return parts.length > 1 && (list === 'criteria' || list === 'quotas' || list === 'bonusRules') ? list : path;
}

/** The server's field errors keyed by the form's inputs. */
export function roundErrorsOf(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrorsOf(error))) out[formPathOf(path)] ??= message;
  return out;
}
