import { z } from '@hono/zod-openapi';
import { DateString, Text } from '../../http/schemas.ts';
import { msg } from '../../http/errors.ts';
import { outcomeMetrics, parsePeriod } from './outcome-metrics.ts';

export const MetricSchema = z.enum(outcomeMetrics).openapi('OutcomeMetric', {
  description:
    'revenue 매출액(원), employees 기간 말 종업원 수, newHires 신규 고용, investment 투자 유치 1건(원), exportSales 수출액(원), overseasSubsidiaries 해외 법인 설립, ' +
    'patentApplications 특허 출원, patentRegistrations 특허 등록, prototypes 시제품, certifications 인증, operating 기간 말 영업 중(1) / 폐업(0)',
});

export const PeriodSchema = z
  .string()
  .max(20)
  .refine((s) => parsePeriod(s) !== null, msg('validation.period'))
  .openapi({ example: '2015-Q3', description: 'A year (2015), a quarter (2015-Q3) or a month (2015-07).' });

const Details = z
  .object({
    investor: Text(200).optional().describe('investment: 투자자'),
    stage: Text(40).optional().describe('investment: 단계 (seed, Series A …)'),
    date: DateString.optional().describe('investment: 투자일'),
    countries: z.array(Text(60, 1)).max(60).optional().describe('exportSales: 수출국'),
  })
  .strict();

export const OutcomeCreate = z
  .object({
    metric: MetricSchema,
    period: PeriodSchema,
    value: z.number().int().min(0).describe('Won for amounts, a count, or 1/0 for operating.'),
    details: Details.optional(),
    note: Text(1000).optional(),
  })
  .strict()
  .openapi('OutcomeCreate');
export type OutcomeCreateIn = z.infer<typeof OutcomeCreate>;

export const OutcomeAmend = z
  .object({
    value: z.number().int().min(0).optional(),
    details: Details.optional(),
    note: Text(1000).optional(),
    reason: Text(500).optional().describe('Why it changes; kept in the history.'),
  })
  .strict()
  .openapi('OutcomeAmend');
export type OutcomeAmendIn = z.infer<typeof OutcomeAmend>;

export const OutcomeReview = z
  .object({
    ids: z.array(z.uuid()).min(1).max(500),
    decision: z.enum(['verified', 'returned']),
    reason: Text(500).optional().describe('Required when returning: what the company should fix.'),
  })
  .strict()
  .openapi('OutcomeReview');
export type OutcomeReviewIn = z.infer<typeof OutcomeReview>;

const FlagSchema = z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional(), message: z.string() });

export const OutcomeSchema = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    organizationName: z.string(),
    evidenceCount: z.number().int().describe('Evidence files attached (GET /outcomes/{id}/evidence lists them).'),
    metric: MetricSchema,
    period: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    value: z.number().int(),
    details: Details,
    note: z.string(),
    source: z.enum(['report', 'staff', 'import']),
    status: z.enum(['reported', 'verified', 'returned']),
    statusReason: z.string().nullable(),
    flags: z.array(FlagSchema).describe('Checks that ask staff to look before verifying (not refusals), in the request language.'),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Outcome');
export type OutcomeOut = z.infer<typeof OutcomeSchema>;

export const OutcomeVersionSchema = z
  .object({
    version: z.number().int(),
    change: z.enum(['created', 'amended', 'verified', 'returned']),
    value: z.number().int(),
    details: Details,
    note: z.string(),
    status: z.enum(['reported', 'verified', 'returned']),
    reason: z.string().nullable(),
    changedBy: z.string().nullable().describe('The person, by name.'),
    changedAt: z.string(),
  })
  .openapi('OutcomeVersion');

export const OutcomeQuery = z
  .object({
    metric: MetricSchema.optional(),
    status: z.enum(['reported', 'verified', 'returned']).optional(),
    from: DateString.optional().describe('Periods ending on or after this day.'),
    to: DateString.optional().describe('Periods starting on or before this day.'),
  })
  .strict();
