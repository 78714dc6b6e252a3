import { z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError, msg } from '../../http/errors.ts';
import { DateString, Text } from '../../http/schemas.ts';
import { seoulToday } from '../../shared/clock.ts';
import { audit } from '../audit/audit.service.ts';
import { BrnSchema, KsicSchema, RegionSchema } from '../organizations/organization.schema.ts';
import { insertOrganization } from '../organizations/organization.service.ts';
import { memberships, people } from '../people/person.table.ts';
import { Password } from '../people/person.schema.ts';
import { hashPassword, startSession } from './auth.service.ts';
import type { Actor } from './actor.ts';

const Person = {
  name: Text(100, 1),
  email: z.email().max(254),
  password: Password,
  phone: Text(40).nullish(),
  locale: z.enum(['ko', 'en']).default('ko'),
  representativeBirthDate: DateString.nullish().describe("The founder's date of birth (대표자 생년월일), for age rules such as 청년."),
  acceptTerms: z.literal(true, { error: msg('validation.mustAccept') }).describe('이용약관 및 개인정보 수집·이용 동의.'),
};

/** A registered business (with its BRN) or a team of prospective founders (예비창업팀, no BRN yet). */
const SignUpOrganization = z
  .discriminatedUnion('type', [
    z
      .object({
        type: z.literal('company'),
        businessRegistrationNumber: BrnSchema,
        name: Text(200, 1),
        kind: z.enum(['startup', 'sme']).default('startup'),
        foundedOn: DateString.nullish(),
        region: RegionSchema.nullish(),
        ksicCode: KsicSchema.nullish(),
      })
      .strict(),
    z
      .object({
        type: z.literal('team'),
        name: Text(200, 1).describe('The team or project name.'),
        region: RegionSchema.nullish(),
        description: Text(2000).optional().describe('What the team is building.'),
      })
      .strict(),
  ])
  .openapi('SignUpOrganization');

export const SignUpInput = z
  .object({ ...Person, organization: SignUpOrganization })
  .strict()
  .openapi('SignUp');
export type SignUpIn = z.infer<typeof SignUpInput>;

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === '23505' || (error as { cause?: { code?: string } })?.cause?.code === '23505';

/**
 * Founders sign themselves up (공고 신청을 위한 회원가입): a person with a password, member of a
 * new organization: a registered business, or a team of prospective founders without a BRN. An
 * organization already on record is not joined by whoever knows its BRN: its members or its
 * center invite new members. One transaction; the session starts when it commits.
 */
export async function signUp(deps: Deps, scope: RequestScope, input: SignUpIn) {
  const today = seoulToday(deps.clock);
  const org = input.organization;
  if (org.type === 'company' && org.foundedOn && org.foundedOn > today) throw AppError.field('organization.foundedOn', 'validation.futureDate');
  if (input.representativeBirthDate && input.representativeBirthDate > today) throw AppError.field('representativeBirthDate', 'validation.futureDate');
  const email = input.email.trim();
  const taken = () => new AppError('duplicateEmail', { email }, [{ path: 'email', key: 'errors.duplicateEmail', params: { email } }]);
  const passwordHash = await hashPassword(input.password);
  let personId: string;
  try {
    personId = await deps.database.db.transaction(async (tx) => {
      const [existing] = await tx.select({ id: people.id }).from(people).where(sql`lower(${people.email}) = ${email.toLowerCase()}`);
      if (existing) throw taken();
      const now = deps.clock.now();
      const [person] = await tx
        .insert(people)
        .values({ email, name: input.name, phone: input.phone ?? null, passwordHash, locale: input.locale, createdAt: now, updatedAt: now })
        .returning({ id: people.id });
      const values =
        org.type === 'company'
          ? { businessRegistrationNumber: org.businessRegistrationNumber, name: org.name, kind: org.kind, foundedOn: org.foundedOn, region: org.region, ksicCode: org.ksicCode }
          : { name: org.name, kind: 'startup' as const, stage: 'idea' as const, region: org.region, description: org.description };
      const organization = await insertOrganization(tx, deps, {
        ...values,
        representative: input.name,
        representativeBirthDate: input.representativeBirthDate,
        contactEmail: email,
        contactPhone: input.phone,
      }).catch((error: unknown) => {
        if (error instanceof AppError && (error.code === 'duplicateBrn' || error.code === 'duplicateIdentity')) {
          const path = org.type === 'company' ? 'organization.businessRegistrationNumber' : 'organization.name';
          throw new AppError('organizationRegistered', { name: org.name }, [{ path, key: 'errors.organizationRegistered', params: { name: org.name } }]);
        }
        throw error;
      });
      const [membership] = await tx
        .insert(memberships)
        .values({ personId: person!.id, role: 'company_member', organizationId: organization.id, createdAt: now })
        .returning({ id: memberships.id });
      const actor: Actor = {
        personId: person!.id,
        email,
        name: input.name,
        locale: input.locale,
        memberships: [{ id: membership!.id, role: 'company_member', centerId: null, clusterId: null, organizationId: organization.id }],
        via: 'session',
      };
      await audit(tx, actor, { action: 'person.signed_up', entityType: 'person', entityId: person!.id, after: { email, organizationId: organization.id, type: org.type } }, scope.requestId);
      return person!.id;
    });
  } catch (error) {
    // Two sign-ups with one address at once: the unique index decides, the loser hears why.
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
  return startSession(deps, personId);
}
