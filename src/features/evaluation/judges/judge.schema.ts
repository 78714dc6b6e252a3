import { z } from '@hono/zod-openapi';
import { msg } from '../../../http/errors.ts';
import { DateString, Text } from '../../../http/schemas.ts';
import { MeSchema } from '../../auth/auth.schema.ts';
import { BrnSchema } from '../../organizations/organization.schema.ts';
import { Password } from '../../people/person.schema.ts';
import { roundStatuses } from '../rounds/round.schema.ts';
import { conflictSources } from './judge.table.ts';

// ---------- Profile (심사위원 프로필) ----------

const organizationFields = {
  name: Text(200, 1).openapi({ example: '(주)한진' }),
  businessRegistrationNumber: BrnSchema.nullish()
    .transform((v) => v ?? null)
    .describe('Optional; with one, conflicts match by BRN rather than by name.'),
};

const NamedOrganizationInput = z.object(organizationFields).strict().openapi('NamedOrganizationInput');
const PastAffiliationInput = z
  .object({ ...organizationFields, until: DateString.describe('The day the affiliation ended; it counts for a round’s conflictYears after it.') })
  .strict()
  .openapi('PastAffiliationInput');
const RelationInput = z
  .object({ ...organizationFields, relation: Text(200, 1).describe('투자, 자문, 가족 …').openapi({ example: '자문' }) })
  .strict()
  .openapi('DeclaredRelationInput');

/** Tags trimmed, each once (compared case-insensitively after Unicode normalization). */
const Tags = z
  .array(Text(40, 1))
  .max(30)
  .superRefine((tags, ctx) => {
    const seen = new Set<string>();
    tags.forEach((tag, i) => {
      const key = tag.normalize('NFKC').toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i], message: msg('validation.duplicateValue') });
      seen.add(key);
    });
  })
  .describe('Fields of expertise for assignment (물류, 탄소소재 …): at most 30, each 1–40 characters, no repeats.');

export const JudgeProfileInput = z
  .object({
    affiliation: NamedOrganizationInput.nullable().default(null).describe('Where the judge works now; null when independent.'),
    position: Text(100).default('').describe('직위'),
    pastAffiliations: z.array(PastAffiliationInput).max(50).default([]),
    relations: z.array(RelationInput).max(50).default([]).describe('관계 기관: organizations the judge invested in, advises, or has family ties with.'),
    expertise: Text(4000).default(''),
    tags: Tags.default([]),
  })
  .strict()
  .openapi('JudgeProfileInput');
export type JudgeProfileIn = z.infer<typeof JudgeProfileInput>;

const NamedOrganizationOut = z.object({ name: z.string(), businessRegistrationNumber: z.string().nullable().describe('123-45-67890') });

export const JudgeProfileSchema = z
  .object({
    affiliation: NamedOrganizationOut.nullable(),
    position: z.string(),
    pastAffiliations: z.array(NamedOrganizationOut.extend({ until: z.string() })),
    relations: z.array(NamedOrganizationOut.extend({ relation: z.string() })),
    expertise: z.string(),
    tags: z.array(z.string()),
    version: z.number().int().describe('0 before the first save; send as If-Match.'),
    updatedAt: z.string().nullable(),
  })
  .openapi('JudgeProfile');
export type JudgeProfileOut = z.infer<typeof JudgeProfileSchema>;

// ---------- A round's judges, for staff ----------

const judgeStatuses = ['invited', 'active', 'declined', 'removed'] as const;
const JudgeStatus = z.enum(judgeStatuses).openapi({ description: 'invited 초대됨, active 수락, declined 거절, removed 해촉' });

const Load = z.number().int().min(0).max(10_000);

export const JudgeInvite = z
  .object({
    email: z.email().max(254),
    name: Text(100, 1).describe('Used when the person is new; an existing person keeps their name.'),
    minLoad: Load.default(0).describe('The fewest applications this judge reviews in the round.'),
    maxLoad: Load.nullable().default(null).describe('The most; null for no limit of their own.'),
    message: Text(2000).default('').describe('A note from staff, added to the invitation mail.'),
  })
  .strict()
  .openapi('JudgeInvite');
export type JudgeInviteIn = z.infer<typeof JudgeInvite>;

export const JudgeUpdate = z
  .object({ minLoad: Load.optional(), maxLoad: Load.nullable().optional() })
  .strict()
  .openapi('JudgeUpdate');
export type JudgeUpdateIn = z.infer<typeof JudgeUpdate>;

export const RoundJudgeSchema = z
  .object({
    roundJudgeId: z.uuid(),
    roundId: z.uuid(),
    personId: z.uuid(),
    name: z.string(),
    email: z.string(),
    status: JudgeStatus,
    affiliation: z.string().nullable().describe('The name of the current affiliation in the profile.'),
    position: z.string(),
    tags: z.array(z.string()),
    pledgeSignedAt: z.string().nullable().describe('When the judge signed the conflict-of-interest pledge (Korea time).'),
    minLoad: z.number().int(),
    maxLoad: z.number().int().nullable(),
    invitedAt: z.string(),
    invitationExpiresAt: z.string().nullable().describe('While invited: when the link stops working.'),
    acceptedAt: z.string().nullable(),
    sheets: z.object({ assigned: z.number().int(), draft: z.number().int(), submitted: z.number().int() }).describe('The judge’s score sheets in the round, by status.'),
    conflicts: z.number().int().describe('Conflicts of interest in the round not lifted.'),
    version: z.number().int().describe('Send as If-Match to change the loads.'),
  })
  .openapi('RoundJudge');
export type RoundJudgeOut = z.infer<typeof RoundJudgeSchema>;

// ---------- Conflicts (이해충돌) ----------

export const ConflictSchema = z
  .object({
    id: z.uuid(),
    roundId: z.uuid(),
    personId: z.uuid(),
    judgeName: z.string(),
    applicationId: z.uuid(),
    receiptNumber: z.string().nullable(),
    organizationName: z.string(),
    source: z.enum(conflictSources).openapi({
      description: 'affiliation 현 소속, pastAffiliation 전 소속 (conflictYears 이내), relation 관계 기관, teamMember 신청 기업 구성원·신청자, declared 회피 신청, staff 담당자 지정',
    }),
    detail: z.string().describe('The organization matched, or the reason given.'),
    createdAt: z.string(),
    createdByName: z.string().nullable().describe('Who added it; null for a detected conflict.'),
    liftedAt: z.string().nullable(),
    liftedByName: z.string().nullable(),
    liftReason: z.string().nullable(),
  })
  .openapi('Conflict');
export type ConflictOut = z.infer<typeof ConflictSchema>;

const Reason = Text(1000, 1);

export const ConflictCreate = z.object({ personId: z.uuid(), applicationId: z.uuid(), reason: Reason }).strict().openapi('ConflictCreate');
export const ConflictLift = z.object({ reason: Reason.describe('Why the judge may review the application after all (required).') }).strict().openapi('ConflictLift');
export const DetectResult = z
  .object({ added: z.number().int().describe('Conflicts found now that were not on record.'), total: z.number().int().describe('Conflicts in the round not lifted, every source.') })
  .openapi('ConflictDetection');

// ---------- Invitations, by token ----------

export const TokenParam = z.object({ token: z.string().min(1).max(200).openapi({ param: { name: 'token', in: 'path' }, description: 'The token of the invitation link.' }) });

export const InvitationSchema = z
  .object({
    email: z.string(),
    name: z.string(),
    roundName: z.string(),
    callTitle: z.string(),
    centerOrClusterName: z.string(),
    needsPassword: z.boolean().describe('The person has no password yet: accepting sets one. Otherwise they accept signed in.'),
    expired: z.boolean(),
    expiresAt: z.string().nullable(),
    status: JudgeStatus,
  })
  .openapi('JudgeInvitation');

export const InvitationAccept = z
  .object({
    name: Text(100, 1).optional().describe('The judge’s name, if it should change.'),
    password: Password.optional().describe('Required when the person has no password yet (needsPassword).'),
    acceptTerms: z.literal(true, { error: msg('validation.mustAccept') }).describe('이용약관 및 개인정보 수집·이용 동의.'),
    profile: JudgeProfileInput.optional(),
  })
  .strict()
  .openapi('JudgeInvitationAccept');
export type InvitationAcceptIn = z.infer<typeof InvitationAccept>;

export const InvitationAccepted = z
  .object({
    roundId: z.uuid(),
    roundJudgeId: z.uuid(),
    me: MeSchema.nullable().describe('The session started (its cookie is set) when the caller was not signed in; null when they were.'),
  })
  .openapi('JudgeInvitationAccepted');

// ---------- The judge's own ----------

export const JudgeRoundSchema = z
  .object({
    roundJudgeId: z.uuid(),
    roundId: z.uuid(),
    roundName: z.string(),
    callId: z.uuid(),
    callTitle: z.string(),
    scoringOpensAt: z.string(),
    scoringClosesAt: z.string(),
    status: z.enum(roundStatuses),
    blind: z.boolean(),
    pledge: z.object({ signedAt: z.string().nullable(), needed: z.boolean().describe('True until the judge signs the round’s pledge.') }),
    sheets: z.object({
      todo: z.number().int().describe('Assigned, not started.'),
      inProgress: z.number().int().describe('Saved as a draft.'),
      done: z.number().int().describe('Submitted.'),
    }),
  })
  .openapi('JudgeRound');
export type JudgeRoundOut = z.infer<typeof JudgeRoundSchema>;

export const PledgeSchema = z
  .object({
    roundId: z.uuid(),
    name: z.string().describe('The name to type as the signature.'),
    text: z.string().describe('The pledge in the request language.'),
    signedAt: z.string().nullable(),
    signature: z.string().nullable(),
  })
  .openapi('Pledge');

export const PledgeSign = z
  .object({
    signature: Text(100, 1).describe('The judge’s name, typed (spaces do not matter).'),
    agree: z.literal(true, { error: msg('validation.mustAccept') }),
  })
  .strict()
  .openapi('PledgeSign');

export const DeclaredConflictCreate = z
  .object({ applicationId: z.uuid(), reason: Reason.describe('Why the judge may not review it (회피 사유).') })
  .strict()
  .openapi('DeclaredConflictCreate');

export const DeclaredConflictSchema = z
  .object({
    conflictId: z.uuid(),
    sheetRemoved: z.boolean().describe('The judge’s unsubmitted score sheet was removed; a submitted one stays for staff to decide.'),
  })
  .openapi('DeclaredConflict');
