import { z } from '@hono/zod-openapi';
import { msg } from '../../http/errors.ts';
import { Cursor, DateString, Text } from '../../http/schemas.ts';
import { MetricSchema, PeriodSchema } from '../outcomes/outcome.schema.ts';

/** Request states as staff filter them: overdue is an open request whose due date has passed (Korea time). */
export const requestFilters = ['open', 'submitted', 'overdue'] as const;

export const CampaignCreate = z
  .object({
    title: Text(200, 1).openapi({ example: '2026년 연간 성과 조사' }),
    instructions: Text(4000).optional().describe('What the companies should know: which figures, how counted.'),
    centerId: z.string().max(40).nullish().describe("The center asking (or clusterId); without either, the writer's own center or cluster."),
    clusterId: z.uuid().nullish(),
    period: PeriodSchema.describe('The period asked for; it must have begun (like any outcome figure).'),
    metrics: z
      .array(MetricSchema)
      .min(1)
      .max(12)
      .superRefine((list, ctx) => {
        list.forEach((metric, i) => {
          // Deals are many a period: they are reported one by one on the organization's outcome card.
          if (metric === 'investment') ctx.addIssue({ code: 'custom', path: [i], message: msg('validation.investmentInCampaign') });
          else if (list.indexOf(metric) < i) ctx.addIssue({ code: 'custom', path: [i], message: msg('validation.duplicateValue') });
        });
      })
      .describe('The figures asked for, in the order of the form: 1–12, no duplicates, not investment.'),
    dueOn: DateString.describe('The last day to answer (Korea time): today or later.'),
    organizationIds: z
      .array(z.uuid())
      .min(1)
      .max(5000)
      .describe('The companies asked: each one the center or cluster works with (an affiliation or a support record). Duplicates count once.'),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.centerId && v.clusterId) ctx.addIssue({ code: 'custom', path: ['clusterId'], message: msg('validation.invalidFormat') });
  })
  .openapi('CampaignCreate');
export type CampaignCreateIn = z.infer<typeof CampaignCreate>;

export const CampaignQuery = z
  .object({
    centerId: z.string().max(40).optional(),
    clusterId: z.uuid().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ description: 'Page size, 1–200.' }),
    cursor: Cursor,
  })
  .strict();

export const CampaignDetailQuery = z
  .object({
    status: z.enum(requestFilters).optional().describe('open, submitted, or overdue (open and past the due date).'),
    limit: z.coerce.number().int().min(1).max(1000).default(500).openapi({ description: 'Requests per page, 1–1000.' }),
    cursor: Cursor,
  })
  .strict();

const Progress = z
  .object({
    requested: z.number().int(),
    submitted: z.number().int(),
    overdue: z.number().int().describe('Open, and the due date has passed (Korea time).'),
    verified: z.number().int().describe("Requests whose figures for the campaign's metrics and period are all verified."),
  })
  .openapi('CampaignProgress');

export const CampaignSchema = z
  .object({
    id: z.uuid(),
    centerId: z.string().nullable(),
    clusterId: z.uuid().nullable(),
    scopeName: z.string().describe('The center or cluster, by name in the request language.'),
    title: z.string(),
    instructions: z.string(),
    metrics: z.array(MetricSchema),
    period: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    dueOn: z.string(),
    daysLeft: z.number().int().describe('Days from today (Korea time) to the due date: 0 on the day, negative once past.'),
    closedAt: z.string().nullable(),
    createdBy: z.string().nullable().describe('The person, by name.'),
    createdAt: z.string(),
    version: z.number().int(),
    progress: Progress,
    permissions: z.object({ close: z.boolean(), remind: z.boolean() }),
  })
  .openapi('Campaign');
export type CampaignOut = z.infer<typeof CampaignSchema>;

export const FigureSchema = z
  .object({
    metric: MetricSchema,
    recordId: z.uuid().nullable().describe('The outcome record, when there is one.'),
    value: z.number().int().nullable(),
    note: z.string().nullable(),
    status: z.enum(['reported', 'verified', 'returned']).nullable(),
    statusReason: z.string().nullable().describe('Why staff returned it.'),
    source: z.enum(['report', 'staff', 'import']).nullable(),
  })
  .openapi('CampaignFigure');
export type FigureOut = z.infer<typeof FigureSchema>;

export const CampaignRequestSchema = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    organizationName: z.string(),
    status: z.enum(['open', 'submitted']),
    submittedAt: z.string().nullable(),
    overdue: z.boolean(),
    figures: z.array(FigureSchema).describe("The campaign's metrics in its order, with the figures there are."),
  })
  .openapi('CampaignRequest');

export const CampaignDetailSchema = CampaignSchema.extend({
  requests: z.array(CampaignRequestSchema).describe('By organization name, filtered by `status`.'),
  nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page of requests; null on the last page.'),
}).openapi('CampaignDetail');

export const RemindResult = z
  .object({ requests: z.number().int().describe('Open requests reminded.'), mails: z.number().int().describe('Mails queued.') })
  .openapi('CampaignRemindResult');

export const OutcomeRequestSchema = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    organizationName: z.string(),
    status: z.enum(['open', 'submitted']),
    submittedAt: z.string().nullable(),
    overdue: z.boolean(),
    answerable: z.boolean().describe('False once the campaign is closed.'),
    campaign: z.object({
      id: z.uuid(),
      title: z.string(),
      instructions: z.string(),
      scopeName: z.string(),
      period: z.string(),
      periodStart: z.string(),
      periodEnd: z.string(),
      dueOn: z.string(),
      daysLeft: z.number().int(),
      closed: z.boolean(),
    }),
    figures: z.array(FigureSchema).describe('Every metric asked, in order, with its current value (null when none yet): the form prefilled.'),
  })
  .openapi('OutcomeRequest');
export type OutcomeRequestOut = z.infer<typeof OutcomeRequestSchema>;

export const AnswerIn = z
  .object({
    figures: z
      .array(
        z
          .object({
            metric: MetricSchema,
            value: z.number().int().min(0).nullish().describe('Won for amounts, a count, or 1/0 for operating.'),
            note: Text(1000).optional(),
          })
          .strict(),
      )
      .max(12)
      .describe("One per metric of the campaign, in its order (figures.N is the campaign's N-th metric when one is missing)."),
  })
  .strict()
  .openapi('OutcomeRequestAnswer');
export type AnswerInput = z.infer<typeof AnswerIn>;
