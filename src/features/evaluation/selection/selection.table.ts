import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { applications } from '../../applications/application.table.ts';
import { organizations } from '../../organizations/organization.table.ts';
import { people } from '../../people/person.table.ts';
import { programCohorts } from '../../programs/program.table.ts';
import { supportRecords } from '../../support-records/support-record.table.ts';
import { roundApplicationColumns } from '../rounds/round.columns.ts';

/** 가점 부여: bonus points staff grant one application in a round, with the reason. */
export const bonusGrants = pgTable(
  'bonus_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...roundApplicationColumns(),
    points: numeric('points', { precision: 8, scale: 2, mode: 'number' }).notNull(),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('bonus_grants_round_idx').on(t.roundId, t.applicationId), check('bonus_grants_points_check', sql`${t.points} > 0`)],
);

export const decisions = ['advance', 'reserve', 'rejected'] as const;
export type Decision = (typeof decisions)[number];

/**
 * A round's confirmed result for one application: advance (selected, in the last round),
 * reserve (예비) or rejected, with the rank and scores as they were confirmed: the ranking is
 * kept as it was decided even if a sheet is later reopened.
 */
export const roundDecisions = pgTable(
  'round_decisions',
  {
    ...roundApplicationColumns(),
    decision: text('decision').$type<Decision>().notNull(),
    rank: integer('rank'),
    /** The ranked row (aggregate, bonus, final, criterion means, sheets used) at confirmation. */
    ranking: jsonb('ranking').$type<Record<string, unknown>>(),
    note: text('note').notNull().default(''),
    decidedBy: uuid('decided_by').references(() => people.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('round_decisions_key').on(t.roundId, t.applicationId),
    check('round_decisions_decision_check', sql`${t.decision} in ('advance', 'reserve', 'rejected')`),
  ],
);

/** 이의신청: an applicant's objection to a round's result, within the appeal window, and staff's answer. */
export const evaluationAppeals = pgTable(
  'evaluation_appeals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...roundApplicationColumns(),
    body: text('body').notNull(),
    submittedBy: uuid('submitted_by')
      .notNull()
      .references(() => people.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    status: text('status').$type<'open' | 'upheld' | 'dismissed'>().notNull().default('open'),
    response: text('response'),
    respondedBy: uuid('responded_by').references(() => people.id),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('evaluation_appeals_key').on(t.roundId, t.applicationId),
    check('evaluation_appeals_status_check', sql`${t.status} in ('open', 'upheld', 'dismissed')`),
  ],
);

/**
 * 선정 기업: an organization in a program's cohort (기수), by the application that won it its
 * place, with the support record its selection opened in the ledger.
 */
export const cohortMembers = pgTable(
  'cohort_members',
  {
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => programCohorts.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    applicationId: uuid('application_id').references(() => applications.id),
    supportRecordId: uuid('support_record_id').references(() => supportRecords.id),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('cohort_members_key').on(t.cohortId, t.organizationId), index('cohort_members_org_idx').on(t.organizationId)],
);
