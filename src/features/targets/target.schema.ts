import { z } from '@hono/zod-openapi';
import { msg, type FieldError } from '../../http/errors.ts';
import { DateString, Text } from '../../http/schemas.ts';
import { KindSchema, RegionSchema } from '../organizations/organization.schema.ts';
import { ksicLookup } from '../reference/ksic.ts';
import { SupportKindSchema } from '../support-records/support-record.schema.ts';
import type { TargetFilter } from './target.table.ts';
import { stockMetrics, targetKinds, targetMetrics, targetStatuses } from './target.codes.ts';

const distinct = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .transform((list) => [...new Set(list)] as z.infer<T>[]);

/** A KSIC code prefix, 2 to 5 digits, whose division (the first two) exists. */
const KsicPrefix = z
  .string()
  .trim()
  .refine((s) => /^\d{2,5}$/.test(s), { error: (iss) => msg('validation.ksicPrefix', { value: String(iss.input).slice(0, 20) }), abort: true })
  .refine((s) => !!ksicLookup(s.slice(0, 2)), { error: (iss) => msg('validation.unknownKsic', { value: String(iss.input).slice(0, 20) }) });

const TargetFilterSchema = z
  .object({
    kinds: distinct(KindSchema, 9).optional().describe('Organization kinds, any of them.'),
    ksicPrefixes: distinct(KsicPrefix, 50).optional().describe('KSIC code prefixes of 2–5 digits, any of them (20 = 화학 물질 및 화학제품, where carbon fibre is made).'),
    regions: distinct(RegionSchema, 17).optional().describe("The organization's 시·도, any of them."),
    foundedSinceStart: z.boolean().optional().describe("Founded on or after the target's start: founded with the scope's support."),
    supportKinds: distinct(SupportKindSchema, 12).optional().describe('Supported with one of these kinds of support in the window.'),
  })
  .strict()
  .openapi('TargetFilter');

const MetricIn = z
  .string()
  .max(40)
  .openapi({
    enum: [...targetMetrics],
    description: `For a metric target: ${targetMetrics.join(', ')}. Not employees or operating: those are states at a period's end (stock), which do not add up over a period.`,
  });

const scopeFields = {
  centerId: z.string().max(40).nullish().describe("The center whose target it is (or clusterId, or programId; none: the writer's own center)."),
  clusterId: z.uuid().nullish().describe('The cluster whose target it is.'),
  programId: z.uuid().nullish().describe("The program whose target it is: counts the support records naming the program, of the program's center or cluster."),
};

const fields = {
  title: Text(200, 1).openapi({ example: '탄소 창업기업 150개 육성' }),
  kind: z.enum(targetKinds).openapi({ description: 'metric: a metric summed under the counting rules; organizations: how many organizations the scope supported that match the filter.' }),
  metric: MetricIn.nullish(),
  filter: TargetFilterSchema.optional().describe('For an organizations target: which organizations count (every condition given at once).'),
  value: z.number().int().min(1).max(1e15).describe('The value to reach: won for money metrics, else a count.'),
  startsOn: DateString.describe('Progress counts from this day …'),
  deadline: DateString.describe('… to this one (inclusive); after startsOn.'),
  note: Text(2000).optional(),
};

/** What a target must be as a whole: the checks of create and of an update's result. */
export type TargetShape = { kind: string; metric?: string | null; filter?: TargetFilter; startsOn: string; deadline: string };

const hasConditions = (f: TargetFilter | undefined) =>
  !!(f && (f.kinds?.length || f.ksicPrefixes?.length || f.regions?.length || f.foundedSinceStart || f.supportKinds?.length));

/**
 * 1. A metric target names a metric a report sums over a period, never a stock (employees,
 *    operating), and takes no organization filter: it is the scope's figure under the counting rules.
 * 2. An organizations target names no metric.
 * 3. The deadline comes after the start.
 */
export function targetRuleErrors(t: TargetShape): FieldError[] {
  const out: FieldError[] = [];
  if (t.kind === 'metric') {
    if (!t.metric) out.push({ path: 'metric', key: 'validation.required' });
    else if ((stockMetrics as readonly string[]).includes(t.metric)) out.push({ path: 'metric', key: 'validation.stockMetric' });
    else if (!(targetMetrics as readonly string[]).includes(t.metric)) out.push({ path: 'metric', key: 'validation.invalidEnum', params: { options: targetMetrics.join(', ') } });
    if (hasConditions(t.filter)) out.push({ path: 'filter', key: 'validation.filterNotForMetric' });
  } else if (t.metric) {
    out.push({ path: 'metric', key: 'validation.metricNotForOrganizations' });
  }
  if (t.deadline <= t.startsOn) out.push({ path: 'deadline', key: 'validation.deadlineAfterStart' });
  return out;
}

/** Only the conditions given, so an empty list and a missing one are stored alike. */
export function normalFilter(f: TargetFilter | undefined): TargetFilter {
  const out: TargetFilter = {};
  if (f?.kinds?.length) out.kinds = f.kinds;
  if (f?.ksicPrefixes?.length) out.ksicPrefixes = f.ksicPrefixes;
  if (f?.regions?.length) out.regions = f.regions;
  if (f?.foundedSinceStart) out.foundedSinceStart = true;
  if (f?.supportKinds?.length) out.supportKinds = f.supportKinds;
  return out;
}

const addIssues = (errors: FieldError[], ctx: z.RefinementCtx) => {
  for (const e of errors) ctx.addIssue({ code: 'custom', path: e.path.split('.'), message: msg(e.key, e.params) });
};

export const TargetCreate = z
  .object({ ...scopeFields, ...fields })
  .strict()
  .superRefine((t, ctx) => {
    if ([t.centerId, t.clusterId, t.programId].filter(Boolean).length > 1) ctx.addIssue({ code: 'custom', path: ['programId'], message: msg('validation.oneScope') });
    addIssues(targetRuleErrors(t), ctx);
  })
  .openapi('TargetCreate');
export type TargetCreateIn = z.infer<typeof TargetCreate>;

export const TargetUpdate = z
  .object({
    title: fields.title.optional(),
    kind: fields.kind.optional(),
    metric: fields.metric,
    filter: fields.filter,
    value: fields.value.optional(),
    startsOn: fields.startsOn.optional(),
    deadline: fields.deadline.optional(),
    note: fields.note,
  })
  .strict()
  .openapi('TargetUpdate');
export type TargetUpdateIn = z.infer<typeof TargetUpdate>;

const ProgressSchema = z
  .object({
    current: z.number().describe('Counted so far, over [startsOn, min(asOf, deadline)].'),
    forecast: z.number().nullable().describe('Straight line to the deadline: current × (deadline − startsOn) / (asOf − startsOn) days, rounded down; null on the first day.'),
    percent: z.number().describe('current / value, in percent (one decimal).'),
    elapsedPercent: z.number().describe('The share of the period passed, in percent (one decimal).'),
    status: z.enum(targetStatuses).openapi({ description: 'met 달성 (current ≥ value), missed 미달성 (deadline passed), on_track 순항 (forecast ≥ value), at_risk 위험' }),
    asOf: z.string().describe('Today in Asia/Seoul.'),
  })
  .openapi('TargetProgress');

export const TargetSchema = z
  .object({
    id: z.uuid(),
    centerId: z.string().nullable(),
    clusterId: z.uuid().nullable(),
    programId: z.uuid().nullable(),
    scopeName: z.string().describe('The short name of the center, the cluster or the program.'),
    title: z.string(),
    kind: z.enum(targetKinds),
    metric: z.enum(targetMetrics).nullable(),
    filter: z.object({
      kinds: z.array(KindSchema).optional(),
      ksicPrefixes: z.array(z.string()).optional(),
      regions: z.array(RegionSchema).optional(),
      foundedSinceStart: z.boolean().optional(),
      supportKinds: z.array(SupportKindSchema).optional(),
    }),
    value: z.number().int(),
    startsOn: z.string(),
    deadline: z.string(),
    note: z.string(),
    version: z.number().int().describe('Send as If-Match to update.'),
    progress: ProgressSchema,
    permissions: z.object({ update: z.boolean(), delete: z.boolean() }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Target');
export type TargetOut = z.infer<typeof TargetSchema>;

export const TargetQuery = z
  .object({
    centerId: z.string().max(40).optional().describe("The center's own targets."),
    clusterId: z.uuid().optional().describe("The cluster's own targets."),
    programId: z.uuid().optional().describe("The program's targets."),
  })
  .strict();
