import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { people } from '../../people/person.table.ts';
import { judgeApplicationColumns, roundColumn } from '../rounds/round.columns.ts';

/** An organization a judge names in their profile: by BRN when they know it, else by name. */
export type NamedOrganization = { name: string; businessRegistrationNumber: string | null };
/** A past affiliation, ended on `until` (a date); conflicts look back a round's number of years from it. */
export type PastAffiliation = NamedOrganization & { until: string };
/** 관계 기관: an organization the judge declares a relation with (investment, family, advisory …). */
export type DeclaredRelation = NamedOrganization & { relation: string };

/**
 * 심사위원 프로필: what assignment reads (expertise, tags) and what conflict detection reads
 * (affiliation now and before, declared relations). One per person, kept across rounds.
 */
export const judgeProfiles = pgTable('judge_profiles', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  affiliation: jsonb('affiliation').$type<NamedOrganization | null>(),
  position: text('position').notNull().default(''),
  pastAffiliations: jsonb('past_affiliations').$type<PastAffiliation[]>().notNull().default([]),
  relations: jsonb('relations').$type<DeclaredRelation[]>().notNull().default([]),
  expertise: text('expertise').notNull().default(''),
  tags: jsonb('tags').$type<string[]>().notNull().default([]),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A judge of a round: invited by mail (the link's token is stored hashed), active once they
 * accept, able to score once they sign the round's conflict-of-interest pledge (이해충돌 서약).
 */
export const roundJudges = pgTable(
  'round_judges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...roundColumn(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    status: text('status').$type<'invited' | 'active' | 'declined' | 'removed'>().notNull().default('invited'),
    minLoad: integer('min_load').notNull().default(0),
    maxLoad: integer('max_load'),
    invitationTokenHash: text('invitation_token_hash'),
    invitationExpiresAt: timestamp('invitation_expires_at', { withTimezone: true }),
    invitedBy: uuid('invited_by').references(() => people.id),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    /** The name the judge typed under the pledge, and when. */
    pledgeSignature: text('pledge_signature'),
    pledgeSignedAt: timestamp('pledge_signed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('round_judges_round_person_key').on(t.roundId, t.personId),
    uniqueIndex('round_judges_token_key').on(t.invitationTokenHash),
    index('round_judges_person_idx').on(t.personId),
    check('round_judges_status_check', sql`${t.status} in ('invited', 'active', 'declined', 'removed')`),
    check('round_judges_load_check', sql`${t.minLoad} >= 0 and (${t.maxLoad} is null or ${t.maxLoad} >= ${t.minLoad})`),
  ],
);

export const conflictSources = ['affiliation', 'pastAffiliation', 'teamMember', 'relation', 'declared', 'staff'] as const;
export type ConflictSource = (typeof conflictSources)[number];

/**
 * 이해충돌: a judge who may not review an application in a round. Detected ones (affiliation,
 * past affiliation, team member, declared relation) are found from the profiles; the judge
 * declares one (회피 신청) or staff add one with a reason. Staff lift one with a reason; a lifted
 * conflict stays on record.
 */
export const evaluationConflicts = pgTable(
  'evaluation_conflicts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...judgeApplicationColumns(),
    source: text('source').$type<ConflictSource>().notNull(),
    /** What was matched (the organization's name) or the reason given. */
    detail: text('detail').notNull().default(''),
    createdBy: uuid('created_by').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    liftedBy: uuid('lifted_by').references(() => people.id),
    liftedAt: timestamp('lifted_at', { withTimezone: true }),
    liftReason: text('lift_reason'),
  },
  (t) => [
    uniqueIndex('evaluation_conflicts_key').on(t.roundId, t.personId, t.applicationId, t.source),
    index('evaluation_conflicts_application_idx').on(t.applicationId),
    check('evaluation_conflicts_source_check', sql`${t.source} in ('affiliation', 'pastAffiliation', 'teamMember', 'relation', 'declared', 'staff')`),
  ],
);
