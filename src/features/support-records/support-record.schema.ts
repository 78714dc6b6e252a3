import { z } from '@hono/zod-openapi';
import { msg } from '../../http/errors.ts';
import { Cursor, DateString, Limit, Text } from '../../http/schemas.ts';
import { supportKinds } from './support-kinds.ts';

export { supportKinds };

export const supportKindLabels: Record<(typeof supportKinds)[number], { ko: string; en: string }> = {
  consulting: { ko: '컨설팅', en: 'Consulting' },
  mentoring: { ko: '멘토링', en: 'Mentoring' },
  education: { ko: '교육', en: 'Education' },
  space: { ko: '공간·입주', en: 'Space' },
  prototype: { ko: '시제품 제작', en: 'Prototype' },
  funding: { ko: '자금 지원', en: 'Funding' },
  investment_linkage: { ko: '투자 연계', en: 'Investment linkage' },
  tech_transfer: { ko: '기술이전', en: 'Technology transfer' },
  marketing: { ko: '마케팅·판로', en: 'Marketing' },
  overseas: { ko: '해외진출', en: 'Overseas expansion' },
  smart_factory: { ko: '스마트공장', en: 'Smart factory' },
  other: { ko: '기타', en: 'Other' },
};

export const SupportKindSchema = z.enum(supportKinds).openapi({
  description: Object.entries(supportKindLabels).map(([k, v]) => `${k} ${v.ko}`).join(', '),
});

const base = {
  organizationId: z.uuid(),
  centerId: z.string().max(40).nullish(),
  clusterId: z.uuid().nullish(),
  kind: SupportKindSchema,
  startedOn: DateString.describe('The date of the support, or the first day of its period.'),
  endedOn: DateString.nullish().describe('The last day, for support given over a period.'),
  valueKrw: z.number().int().min(0).max(1e15).nullish().describe('Value in won, where there is one.'),
  program: Text(200).optional(),
  staffPersonId: z.uuid().nullish(),
  notes: Text(5000).optional(),
};

const periodCheck = (r: { startedOn?: string; endedOn?: string | null }, ctx: z.RefinementCtx) => {
  if (r.startedOn && r.endedOn && r.endedOn < r.startedOn) ctx.addIssue({ code: 'custom', path: ['endedOn'], message: msg('validation.endBeforeStart') });
};

export const SupportRecordCreate = z
  .object(base)
  .strict()
  .superRefine((r, ctx) => {
    periodCheck(r, ctx);
    if (r.centerId && r.clusterId) ctx.addIssue({ code: 'custom', path: ['clusterId'], message: msg('validation.scopeNotAllowed', { role: 'support', scope: 'clusterId' }) });
  })
  .openapi('SupportRecordCreate');

export const SupportRecordUpdate = z
  .object({
    kind: base.kind.optional(),
    startedOn: base.startedOn.optional(),
    endedOn: base.endedOn,
    valueKrw: base.valueKrw,
    program: base.program,
    staffPersonId: base.staffPersonId,
    notes: base.notes,
  })
  .strict()
  .superRefine(periodCheck)
  .openapi('SupportRecordUpdate');

export type SupportRecordCreateIn = z.infer<typeof SupportRecordCreate>;
export type SupportRecordUpdateIn = z.infer<typeof SupportRecordUpdate>;

export const SupportRecordSchema = z
  .object({
    id: z.uuid(),
    access: z.enum(['full', 'reduced']).describe("reduced: another center's entry, shown as center, kind and date only."),
    organizationId: z.uuid(),
    organizationName: z.string(),
    centerId: z.string().nullable(),
    centerName: z.string().nullable(),
    clusterId: z.uuid().nullable(),
    clusterName: z.string().nullable(),
    kind: SupportKindSchema,
    kindLabel: z.string(),
    startedOn: z.string(),
    endedOn: z.string().nullable(),
    valueKrw: z.number().int().nullable(),
    program: z.string().nullable(),
    staffPersonId: z.uuid().nullable(),
    staffName: z.string().nullable(),
    notes: z.string().nullable(),
    version: z.number().int().nullable(),
    createdAt: z.string().nullable(),
  })
  .openapi('SupportRecord');

export type SupportRecordOut = z.infer<typeof SupportRecordSchema>;

export const SupportRecordQuery = z.object({
  organizationId: z.uuid().optional(),
  centerId: z.string().max(40).optional(),
  clusterId: z.uuid().optional(),
  kind: SupportKindSchema.optional(),
  from: DateString.optional(),
  to: DateString.optional(),
  q: z.string().max(200).optional().openapi({ description: 'Searches program, notes and the organization name.' }),
  cursor: Cursor,
  limit: Limit,
});

export type SupportRecordQueryIn = z.infer<typeof SupportRecordQuery>;
