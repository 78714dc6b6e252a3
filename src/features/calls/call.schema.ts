import { z } from '@hono/zod-openapi';
import { msg } from '../../http/errors.ts';
import { Cursor, Limit, SeoulDateTime, Text } from '../../http/schemas.ts';
import { ProgramTypeSchema } from '../programs/program.schema.ts';
import { EligibilityRules } from './call.eligibility.ts';

export const callStatuses = ['draft', 'upcoming', 'open', 'closed'] as const;
export const CallStatusSchema = z.enum(callStatuses).openapi({
  description: 'draft 작성 중 (staff only), upcoming 접수 예정, open 접수 중, closed 마감. Open from opensAt to closesAt, both included.',
});

const periodCheck = (r: { opensAt?: Date; closesAt?: Date }, ctx: z.RefinementCtx) => {
  if (r.opensAt && r.closesAt && r.closesAt <= r.opensAt) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: msg('validation.closesBeforeOpens') });
};

const fields = {
  programId: z.uuid(),
  cohortId: z.uuid().nullish().describe("The program's cohort the call selects for."),
  title: Text(200, 1).openapi({ example: '2026년 스마트 물류 스타트업 액셀러레이팅 참여기업 모집' }),
  body: z.string().max(100_000).optional().describe('HTML; only headings, paragraphs, lists, emphasis, tables and http(s)/mailto links are kept.'),
  opensAt: SeoulDateTime,
  closesAt: SeoulDateTime,
  selectCount: z.number().int().min(1).max(100_000).nullish().describe('How many are selected.'),
  contact: Text(500).optional().openapi({ example: '인천센터 창업지원팀 032-000-0000' }),
  published: z.boolean().optional().describe('Publish now (the call becomes public) or keep it a draft.'),
  eligibility: EligibilityRules.optional(),
};

export const CallCreate = z.object(fields).strict().superRefine(periodCheck).openapi('CallCreate');
export type CallCreateIn = z.infer<typeof CallCreate>;

const { programId: _p, ...editable } = fields;
export const CallUpdate = z
  .object({ ...editable, title: editable.title.optional(), opensAt: SeoulDateTime.optional(), closesAt: SeoulDateTime.optional() })
  .strict()
  .superRefine(periodCheck)
  .openapi('CallUpdate');
export type CallUpdateIn = z.infer<typeof CallUpdate>;

const summary = {
  id: z.uuid(),
  title: z.string(),
  status: CallStatusSchema,
  opensAt: z.string().openapi({ example: '2026-12-01T09:00:00+09:00' }),
  closesAt: z.string().openapi({ example: '2026-12-15T18:00:00+09:00' }),
  selectCount: z.number().int().nullable(),
  program: z.object({ id: z.uuid(), name: z.string(), type: ProgramTypeSchema }),
  centerId: z.string().nullable(),
  centerName: z.string().nullable(),
  clusterId: z.uuid().nullable(),
  clusterName: z.string().nullable(),
  region: z.string().nullable().describe("The center's region."),
  publishedAt: z.string().nullable(),
};

export const CallSummarySchema = z.object({ ...summary, score: z.number().nullable() }).openapi('CallSummary');
export type CallSummaryOut = z.infer<typeof CallSummarySchema>;

export const CallSchema = z
  .object({
    ...summary,
    body: z.string().describe('Sanitized HTML, safe to render.'),
    contact: z.string(),
    cohort: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    attachments: z
      .array(z.object({ id: z.uuid(), fileName: z.string(), contentType: z.string(), size: z.number().int(), uploadedAt: z.string() }))
      .describe('Files attached to the announcement (공고문, 신청 서식): GET /calls/{id}/attachments/{attachmentId}.'),
    eligibility: z.object({
      rules: EligibilityRules,
      statements: z.array(z.object({ rule: z.string(), ko: z.string(), en: z.string() })).describe('The rules in words, as of today (Korea time).'),
    }),
    version: z.number().int(),
    permissions: z.object({ update: z.boolean() }),
  })
  .openapi('Call');
export type CallOut = z.infer<typeof CallSchema>;

export const CallQuery = z
  .object({
    q: z.string().max(200).optional(),
    centerId: z.string().max(40).optional(),
    clusterId: z.uuid().optional(),
    programId: z.uuid().optional(),
    type: ProgramTypeSchema.optional(),
    region: z.string().max(20).optional(),
    status: CallStatusSchema.optional().describe('draft lists the drafts of the programs you run.'),
    limit: Limit,
    cursor: Cursor,
  })
  .strict();
export type CallQueryIn = z.infer<typeof CallQuery>;

const Words = z.object({ ko: z.string(), en: z.string() });

export const EligibilityQuery = z.object({ organizationId: z.uuid().describe('The applying organization: your own, or one your center works with.') }).strict();

export const EligibilityResultSchema = z
  .object({
    eligible: z.boolean().nullable().describe('null when the organization record lacks what a rule needs (see each result).'),
    results: z.array(
      z.object({
        rule: z.string(),
        statement: Words,
        passed: z.boolean().nullable(),
        reason: Words.nullable().describe('Why it failed, or what is missing.'),
      }),
    ),
  })
  .openapi('EligibilityResult');
