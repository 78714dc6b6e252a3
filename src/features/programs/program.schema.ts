import { z } from '@hono/zod-openapi';
import { msg } from '../../http/errors.ts';
import { DateString, Text } from '../../http/schemas.ts';
import { SupportKindSchema } from '../support-records/support-record.schema.ts';
import { partnerRoles, programStages, programTypes } from './program.codes.ts';

export const programTypeLabels: Record<(typeof programTypes)[number], { ko: string; en: string }> = {
  commercialization: { ko: '사업화', en: 'Commercialization' },
  education: { ko: '교육', en: 'Education' },
  space: { ko: '공간·보육', en: 'Space and incubation' },
  mentoring: { ko: '멘토링', en: 'Mentoring' },
  networking: { ko: '행사·네트워크', en: 'Events and networking' },
  rnd: { ko: 'R&D', en: 'R&D' },
  finance: { ko: '융자·투자', en: 'Loans and investment' },
  global: { ko: '글로벌', en: 'Global' },
};

const describeCodes = (labels: Record<string, { ko: string }>) => Object.entries(labels).map(([k, v]) => `${k} ${v.ko}`).join(', ');

export const ProgramTypeSchema = z.enum(programTypes).openapi({ description: describeCodes(programTypeLabels) });
export const ProgramStageSchema = z.enum(programStages).openapi({
  description: 'idea 아이디어, founding 창업, prototype 시제품, rnd R&D, marketing 마케팅, investment 투자, funding 자금, overseas 해외진출',
});
export const PartnerRoleSchema = z.enum(partnerRoles).openapi({
  description: 'sponsor 전담기업·후원, accelerator 액셀러레이터, university 대학, institute 연구기관, investor 투자사, other 기타',
});

const periodCheck = (r: { startedOn?: string | null; endedOn?: string | null }, ctx: z.RefinementCtx) => {
  if (r.startedOn && r.endedOn && r.endedOn < r.startedOn) ctx.addIssue({ code: 'custom', path: ['endedOn'], message: msg('validation.endBeforeStart') });
};

const distinct = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .transform((list) => [...new Set(list)] as z.infer<T>[]);

export const PartnerIn = z.object({ organizationId: z.uuid(), role: PartnerRoleSchema }).strict().openapi('ProgramPartnerIn');

const fields = {
  centerId: z.string().max(40).nullish().describe('The center that runs it (or clusterId).'),
  clusterId: z.uuid().nullish().describe('The cluster that runs it (or centerId).'),
  name: Text(200, 1).openapi({ example: '스마트 물류 액셀러레이팅' }),
  nameEn: Text(200).nullish(),
  type: ProgramTypeSchema,
  stages: distinct(ProgramStageSchema, programStages.length).default([]),
  supportKinds: distinct(SupportKindSchema, 12).default([]).describe('The support kinds it records in the support ledger.'),
  budgetKrw: z.number().int().min(0).max(1e15).nullish().describe('Budget in won.'),
  startedOn: DateString.nullish(),
  endedOn: DateString.nullish(),
  description: Text(10_000).optional(),
  partners: z.array(PartnerIn).max(50).default([]).describe('Partner organizations; one role each.'),
};

export const ProgramCreate = z.object(fields).strict().superRefine(periodCheck).openapi('ProgramCreate');
export type ProgramCreateIn = z.infer<typeof ProgramCreate>;

const { centerId: _c, clusterId: _k, ...editable } = fields;
export const ProgramUpdate = z
  .object({
    name: editable.name.optional(),
    nameEn: editable.nameEn,
    type: editable.type.optional(),
    stages: distinct(ProgramStageSchema, programStages.length).optional(),
    supportKinds: distinct(SupportKindSchema, 12).optional(),
    budgetKrw: editable.budgetKrw,
    startedOn: editable.startedOn,
    endedOn: editable.endedOn,
    description: editable.description,
    partners: z.array(PartnerIn).max(50).optional().describe('Replaces the partner list when given.'),
  })
  .strict()
  .superRefine(periodCheck)
  .openapi('ProgramUpdate');
export type ProgramUpdateIn = z.infer<typeof ProgramUpdate>;

export const CohortCreate = z
  .object({
    name: Text(100, 1).openapi({ example: '2026년 1기' }),
    startedOn: DateString.nullish(),
    endedOn: DateString.nullish(),
    capacity: z.number().int().min(1).max(100_000).nullish().describe('How many it takes.'),
  })
  .strict()
  .superRefine(periodCheck)
  .openapi('CohortCreate');
export type CohortCreateIn = z.infer<typeof CohortCreate>;

export const CohortUpdate = z
  .object({
    name: Text(100, 1).optional(),
    startedOn: DateString.nullish(),
    endedOn: DateString.nullish(),
    capacity: z.number().int().min(1).max(100_000).nullish(),
  })
  .strict()
  .superRefine(periodCheck)
  .openapi('CohortUpdate');

export const CohortSchema = z
  .object({ id: z.uuid(), name: z.string(), startedOn: z.string().nullable(), endedOn: z.string().nullable(), capacity: z.number().int().nullable() })
  .openapi('Cohort');

export const ProgramSchema = z
  .object({
    id: z.uuid(),
    centerId: z.string().nullable(),
    centerName: z.string().nullable(),
    clusterId: z.uuid().nullable(),
    clusterName: z.string().nullable(),
    name: z.string(),
    nameEn: z.string().nullable(),
    type: ProgramTypeSchema,
    stages: z.array(ProgramStageSchema),
    supportKinds: z.array(SupportKindSchema),
    budgetKrw: z.number().int().nullable(),
    startedOn: z.string().nullable(),
    endedOn: z.string().nullable(),
    description: z.string(),
    partners: z.array(z.object({ organizationId: z.uuid(), name: z.string(), role: PartnerRoleSchema })),
    cohorts: z.array(CohortSchema),
    version: z.number().int().describe('Send as If-Match to update.'),
    permissions: z.object({ update: z.boolean() }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Program');
export type ProgramOut = z.infer<typeof ProgramSchema>;

export const ProgramQuery = z
  .object({
    centerId: z.string().max(40).optional(),
    clusterId: z.uuid().optional(),
    type: ProgramTypeSchema.optional(),
    year: z.coerce.number().int().min(2000).max(2100).optional().describe('Programs running at some point in that year.'),
  })
  .strict();
