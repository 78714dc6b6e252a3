import { z } from '@hono/zod-openapi';
import { msg, type FieldError } from '../../../http/errors.ts';
import { SeoulDateTime, Text } from '../../../http/schemas.ts';
import { EligibilityRules } from '../../calls/call.eligibility.ts';
import { TRIM_MIN_JUDGES } from '../ranking/ranking.ts';

const Key = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,40}$/, msg('validation.invalidFormat'))
  .describe('A short key, unique in its list (letters, digits, - and _), that scores and tie-breaks refer to.');
const Points = z.number().min(0).max(1000).multipleOf(0.01);

const Criterion = z
  .object({
    id: Key.openapi({ example: 'business' }),
    title: Text(200, 1).openapi({ example: '사업성' }),
    description: Text(2000).default(''),
    weight: z.number().gt(0).max(1000).multipleOf(0.01).describe('Points this criterion is worth in the total (배점); a full score earns all of them.'),
    maxScore: z.number().gt(0).max(1000).multipleOf(0.01).describe('Judges score from 0 to this.'),
    minScore: Points.nullable().default(null).describe('과락: a mean score below this fails the application.'),
    commentBelow: Points.nullable().default(null).describe('A judge scoring below this must write a comment.'),
  })
  .strict()
  .openapi('RubricCriterion');
export const RubricCriterionSchema = Criterion;
/** 평가 항목: scored from 0 to maxScore, worth `weight` points of the total. */
export type RubricCriterion = z.infer<typeof Criterion>;

const BonusRule = z
  .object({
    id: Key,
    label: Text(200, 1).openapi({ example: '지역 기업 가점' }),
    points: z.number().gt(0).max(100).multipleOf(0.01),
    when: EligibilityRules.describe('The applicant gets the points when it meets every rule given (the eligibility rules of calls).'),
  })
  .strict()
  .openapi('BonusRule');
/** 가점: points added after aggregation to applicants matching the rule (the eligibility rules' vocabulary). */
export type BonusRule = z.infer<typeof BonusRule>;

const QuotaRule = z
  .object({
    id: Key,
    label: Text(200, 1).openapi({ example: '광주 기업 최소 2곳' }),
    min: z.number().int().min(1).max(10_000),
    when: EligibilityRules.describe('Which applicants count toward the quota.'),
  })
  .strict()
  .openapi('QuotaRule');
/** At least `min` of the advancing applications from the applicants matching `when`. */
export type QuotaRule = z.infer<typeof QuotaRule>;

const TieBreakSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('criterion'), criterionId: Key.describe('The higher mean score on this criterion ranks first.') }).strict(),
    z.object({ kind: z.literal('earlierSubmission') }).strict(),
  ])
  .openapi('TieBreak');

const AdvanceSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('rank'), count: z.number().int().min(1).max(100_000).describe('The first N go on (or are selected, in the last round).') }).strict(),
    z.object({ kind: z.literal('threshold'), score: Points.describe('Every application with a final score at or above this goes on.') }).strict(),
    z.object({ kind: z.literal('staff') }).strict(),
  ])
  .openapi('RoundAdvance');
/** How applications go on from a round: the first N, every one at or above a score, or as staff decide. */
export type Advance = z.infer<typeof AdvanceSchema>;

const methods = ['mean', 'trimmedMean', 'median', 'normalized'] as const;

const fields = {
  name: Text(100, 1).openapi({ example: '서류 심사' }),
  description: Text(4000),
  criteria: z.array(Criterion).min(1).max(30),
  bonusRules: z.array(BonusRule).max(20),
  maxBonus: z.number().int().min(0).max(100).describe('The most bonus points one application can get, rules and staff grants together.'),
  judgesPerApplication: z.number().int().min(1).max(20),
  blind: z.boolean().describe('Judges see no names, BRNs or identifying documents.'),
  method: z.enum(methods).openapi({
    description: `mean; trimmedMean: one highest and one lowest total dropped (${TRIM_MIN_JUDGES} judges or more, see fewJudges); median; normalized: each judge's totals as z-scores (refused when judges do not overlap enough).`,
  }),
  fewJudges: z.enum(['mean', 'median', 'refuse']).describe(`With trimmedMean, an application with fewer than ${TRIM_MIN_JUDGES} judges: take the mean, the median, or refuse to rank.`),
  tieBreaks: z.array(TieBreakSchema).max(10).describe('Applied in order to equal final scores; still equal, they share a rank.'),
  advance: AdvanceSchema,
  reserves: z.number().int().min(0).max(10_000).describe('예비: how many of the next ranked are kept in reserve.'),
  quotas: z.array(QuotaRule).max(20),
  publishScores: z.boolean().describe('Applicants see their own scores and comments with the result.'),
  conflictYears: z.number().int().min(0).max(20).describe('A judge who belonged to an applicant (or was related to it) within this many years has a conflict of interest with it.'),
  scoringOpensAt: SeoulDateTime,
  scoringClosesAt: SeoulDateTime,
};

/** What a round must be as a whole: checked on create and on an update's result. */
export type RoundShape = {
  criteria: RubricCriterion[];
  bonusRules: BonusRule[];
  quotas: QuotaRule[];
  tieBreaks: z.infer<typeof TieBreakSchema>[];
  advance: Advance;
  scoringOpensAt: Date;
  scoringClosesAt: Date;
};

/**
 * 1. Keys are unique in their list; a tie-break names a criterion of the rubric.
 * 2. A criterion's minimum and comment threshold lie within its range.
 * 3. Quotas fit in the places of a rank cut-off, and only a rank cut-off has places to fill.
 * 4. Scoring closes after it opens.
 */
export function roundRuleErrors(r: RoundShape): FieldError[] {
  const out: FieldError[] = [];
  const unique = (list: { id: string }[], path: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) out.push({ path: `${path}.${i}.id`, key: 'validation.duplicateValue', params: { value: item.id } });
      seen.add(item.id);
    });
  };
  unique(r.criteria, 'criteria');
  unique(r.bonusRules, 'bonusRules');
  unique(r.quotas, 'quotas');
  r.criteria.forEach((c, i) => {
    if (c.minScore !== null && c.minScore > c.maxScore) out.push({ path: `criteria.${i}.minScore`, key: 'validation.aboveMaxScore', params: { max: c.maxScore } });
    if (c.commentBelow !== null && c.commentBelow > c.maxScore) out.push({ path: `criteria.${i}.commentBelow`, key: 'validation.aboveMaxScore', params: { max: c.maxScore } });
  });
  const ids = new Set(r.criteria.map((c) => c.id));
  r.tieBreaks.forEach((t, i) => {
    if (t.kind === 'criterion' && !ids.has(t.criterionId)) out.push({ path: `tieBreaks.${i}.criterionId`, key: 'validation.unknownCriterion', params: { value: t.criterionId } });
  });
  const quotaTotal = r.quotas.reduce((s, q) => s + q.min, 0);
  if (r.quotas.length && r.advance.kind !== 'rank') out.push({ path: 'quotas', key: 'validation.quotasNeedRank' });
  else if (r.advance.kind === 'rank' && quotaTotal > r.advance.count) out.push({ path: 'quotas', key: 'validation.quotasExceedPlaces', params: { total: quotaTotal, places: r.advance.count } });
  if (r.scoringClosesAt <= r.scoringOpensAt) out.push({ path: 'scoringClosesAt', key: 'validation.scoringClosesBeforeOpens' });
  return out;
}

const addIssues = (errors: FieldError[], ctx: z.RefinementCtx) => {
  for (const e of errors) ctx.addIssue({ code: 'custom', path: e.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message: msg(e.key, e.params) });
};

export const RoundCreate = z
  .object({
    ...fields,
    description: fields.description.default(''),
    bonusRules: fields.bonusRules.default([]),
    maxBonus: fields.maxBonus.default(0),
    judgesPerApplication: fields.judgesPerApplication.default(3),
    blind: fields.blind.default(false),
    method: fields.method.default('mean'),
    fewJudges: fields.fewJudges.default('refuse'),
    tieBreaks: fields.tieBreaks.default([]),
    reserves: fields.reserves.default(0),
    quotas: fields.quotas.default([]),
    publishScores: fields.publishScores.default(false),
    conflictYears: fields.conflictYears.default(3),
  })
  .strict()
  .superRefine((r, ctx) => addIssues(roundRuleErrors(r), ctx))
  .openapi('RoundCreate');
export type RoundCreateIn = z.infer<typeof RoundCreate>;

export const RoundUpdate = z
  .object(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])) as { [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]> })
  .strict()
  .openapi('RoundUpdate');
export type RoundUpdateIn = z.infer<typeof RoundUpdate>;

export const roundStatuses = ['setup', 'scoring', 'closed'] as const;

export const RoundSchema = z
  .object({
    id: z.uuid(),
    callId: z.uuid(),
    position: z.number().int().describe('1 for the first round of the call, 2 for the next …'),
    name: z.string(),
    description: z.string(),
    criteria: z.array(Criterion),
    /** The total a full score earns: Σ weight. */
    maxTotal: z.number().describe('The total of a full score: the sum of the weights.'),
    bonusRules: z.array(BonusRule),
    maxBonus: z.number().int(),
    judgesPerApplication: z.number().int(),
    blind: z.boolean(),
    method: z.enum(methods),
    fewJudges: z.enum(['mean', 'median', 'refuse']),
    tieBreaks: z.array(TieBreakSchema),
    advance: AdvanceSchema,
    reserves: z.number().int(),
    quotas: z.array(QuotaRule),
    publishScores: z.boolean(),
    conflictYears: z.number().int(),
    scoringOpensAt: z.string(),
    scoringClosesAt: z.string(),
    confirmedAt: z.string().nullable().describe('When staff confirmed the results (null before).'),
    appealsCloseAt: z.string().nullable().describe('The end of the appeal window (이의신청 기간), once results are confirmed.'),
    status: z.enum(roundStatuses).openapi({ description: 'setup 준비 (before scoring opens), scoring 심사 중, closed 마감 (scoring closed).' }),
    version: z.number().int().describe('Send as If-Match to update.'),
    permissions: z.object({ update: z.boolean(), delete: z.boolean() }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Round');
export type RoundOut = z.infer<typeof RoundSchema>;
