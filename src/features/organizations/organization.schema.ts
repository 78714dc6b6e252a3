import { z } from '@hono/zod-openapi';
import { msg } from '../../http/errors.ts';
import { Cursor, DateString, Limit, Text } from '../../http/schemas.ts';
import { ksicLookup } from '../reference/ksic.ts';
import { regionCodes } from '../reference/regions.ts';
import { brnDigits, formatBrn, isValidBrn } from './brn.ts';

export const organizationKinds = ['startup', 'sme', 'midsize', 'large', 'university', 'institute', 'agency', 'investor', 'buyer'] as const;
export const stages = ['idea', 'founded', 'prototype', 'rnd', 'marketing', 'investment', 'overseas'] as const;
export const affiliationKinds = ['resident', 'portfolio', 'member', 'sponsor', 'partner'] as const;

export const KindSchema = z.enum(organizationKinds).openapi({ description: '기업구분: startup 창업기업, sme 중소기업, midsize 중견기업, large 대기업, university 대학, institute 연구기관, agency 지원기관, investor 투자기관, buyer 바이어' });
export const StageSchema = z.enum(stages).openapi({ description: '성장 단계: idea 아이디어, founded 창업, prototype 시제품, rnd 연구개발, marketing 마케팅, investment 투자유치, overseas 해외진출' });
export const AffiliationKindSchema = z.enum(affiliationKinds).openapi({ description: 'resident 입주, portfolio 보육, member 회원, sponsor 전담기업, partner 협력' });
export const RegionSchema = z.enum(regionCodes).openapi({ description: '시·도 (서울, 부산, … 제주)' });

/** 123-45-67890 with a valid check digit; stored as ten digits. */
export const BrnSchema = z
  .string()
  .trim()
  .refine((s) => brnDigits(s) !== undefined, msg('validation.brnFormat'))
  .refine((s) => isValidBrn(brnDigits(s) ?? ''), msg('validation.brnChecksum'))
  .transform((s) => brnDigits(s)!)
  .openapi({ example: '124-81-00998', description: 'Business registration number (사업자등록번호), check digit validated.' });

export const KsicSchema = z
  .string()
  .trim()
  .refine((s) => !!ksicLookup(s), { error: (iss) => msg('validation.unknownKsic', { value: String(iss.input).slice(0, 20) }) })
  .openapi({ example: '52101', description: 'KSIC code: a division (2 digits) or a subclass (5 digits).' });

const fields = {
  name: Text(200, 1).openapi({ example: '(주)스마트로지스' }),
  nameEn: Text(200).nullish(),
  businessRegistrationNumber: BrnSchema.nullish(),
  kind: KindSchema,
  foundedOn: DateString.nullish().describe('설립일; not in the future (Asia/Seoul).'),
  region: RegionSchema.nullish(),
  ksicCode: KsicSchema.nullish(),
  stage: StageSchema.nullish(),
  description: Text(5000).optional(),
  products: Text(2000).optional(),
  technologies: Text(2000).optional(),
  website: z.url({ protocol: /^https?$/ }).max(300).nullish(),
  representative: Text(100).nullish(),
  contactEmail: z.email().max(254).nullish(),
  contactPhone: Text(40).nullish(),
  representativeBirthDate: DateString.nullish().describe('대표자 생년월일, for age rules (청년: 만 39세 이하).'),
  revenueKRW: z.number().int().min(0).max(1e15).nullish().describe('최근 연도 매출액 in won, for revenue rules.'),
  revenueYear: z.number().int().min(1900).max(2100).nullish().describe('The year revenueKRW is of.'),
};

export const AffiliationInput = z
  .object({
    centerId: z.string().max(40).nullish(),
    clusterId: z.uuid().nullish(),
    kind: AffiliationKindSchema,
    startedOn: DateString.nullish(),
    endedOn: DateString.nullish(),
    note: Text(500).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (!a.centerId === !a.clusterId) ctx.addIssue({ code: 'custom', path: ['centerId'], message: msg('validation.required') });
    if (a.startedOn && a.endedOn && a.endedOn < a.startedOn) ctx.addIssue({ code: 'custom', path: ['endedOn'], message: msg('validation.endBeforeStart') });
  })
  .openapi('AffiliationInput');

export const OrganizationCreate = z
  .object({ ...fields, affiliation: AffiliationInput.optional() })
  .strict()
  .openapi('OrganizationCreate');

export const OrganizationUpdate = z
  .object({
    ...fields,
    name: fields.name.optional(),
    kind: fields.kind.optional(),
  })
  .strict()
  .openapi('OrganizationUpdate');

export type OrganizationCreateIn = z.infer<typeof OrganizationCreate>;
export type OrganizationUpdateIn = z.infer<typeof OrganizationUpdate>;

export const AffiliationSchema = z
  .object({
    id: z.uuid(),
    centerId: z.string().nullable(),
    centerName: z.string().nullable(),
    clusterId: z.uuid().nullable(),
    clusterName: z.string().nullable(),
    kind: AffiliationKindSchema,
    startedOn: z.string().nullable(),
    endedOn: z.string().nullable(),
    note: z.string(),
  })
  .openapi('Affiliation');

export const OrganizationSchema = z
  .object({
    id: z.uuid(),
    access: z.enum(['full', 'public']).describe('full: you work with this organization; public: its public profile only.'),
    name: z.string(),
    nameEn: z.string().nullable(),
    businessRegistrationNumber: z.string().nullable().describe('123-45-67890; null on a public profile or without one.'),
    kind: KindSchema,
    foundedOn: z.string().nullable(),
    yearsInBusiness: z.number().int().nullable().describe('업력: full years since founding, in Asia/Seoul.'),
    region: z.string().nullable(),
    ksicCode: z.string().nullable(),
    industry: z.string().nullable().describe('The KSIC name of ksicCode.'),
    stage: StageSchema.nullable(),
    description: z.string(),
    products: z.string(),
    technologies: z.string(),
    website: z.string().nullable(),
    representative: z.string().nullable(),
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
    representativeBirthDate: z.string().nullable().describe('Null on a public profile.'),
    revenueKRW: z.number().int().nullable().describe('Null on a public profile.'),
    revenueYear: z.number().int().nullable(),
    affiliations: z.array(AffiliationSchema),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    permissions: z.object({ update: z.boolean(), addSupportRecord: z.boolean(), manageAffiliations: z.boolean() }),
  })
  .openapi('Organization');

export type OrganizationOut = z.infer<typeof OrganizationSchema>;

export const OrganizationListItem = OrganizationSchema.pick({
  id: true,
  access: true,
  name: true,
  kind: true,
  region: true,
  ksicCode: true,
  industry: true,
  stage: true,
  foundedOn: true,
  yearsInBusiness: true,
  businessRegistrationNumber: true,
  representative: true,
})
  .extend({
    summary: z.string().describe('The first line of the description.'),
    centers: z.array(z.object({ id: z.string(), name: z.string() })),
    score: z.number().nullable().describe('BM25 relevance when searching with q.'),
  })
  .openapi('OrganizationListItem');

export type OrganizationListItemOut = z.infer<typeof OrganizationListItem>;

const many = <T extends z.ZodType>(item: T) =>
  z
    .union([item, z.array(item)])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[])
    .optional();

export const sorts = ['relevance', 'name', '-name', 'foundedOn', '-foundedOn', 'createdAt', '-createdAt'] as const;

export const OrganizationQuery = z.object({
  q: z.string().max(200).optional().openapi({ description: 'Korean-aware search over name, products, technologies and description; 초성 (ㅎㅈ) searches names.' }),
  kind: many(KindSchema).openapi({ description: 'Repeat for several.' }),
  region: many(RegionSchema),
  stage: many(StageSchema),
  ksic: z.string().regex(/^\d{1,5}$/).optional().openapi({ description: 'KSIC code prefix.' }),
  centerId: z.string().max(40).optional().openapi({ description: 'Affiliated with this center.' }),
  clusterId: z.uuid().optional(),
  affiliationKind: AffiliationKindSchema.optional(),
  foundedFrom: DateString.optional(),
  foundedTo: DateString.optional(),
  mine: z.enum(['true', 'false']).optional().openapi({ description: 'Only organizations you work with (full access).' }),
  sort: z.enum(sorts).optional().openapi({ description: 'relevance (default with q), name (default), foundedOn, createdAt; a leading - sorts descending.' }),
  cursor: Cursor,
  limit: Limit,
});

export type OrganizationQueryIn = z.infer<typeof OrganizationQuery>;

export { formatBrn };
