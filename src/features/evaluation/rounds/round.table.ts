import { sql } from 'drizzle-orm';
import { boolean, check, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { calls } from '../../calls/call.table.ts';
import { people } from '../../people/person.table.ts';
import type { Method, TieBreak } from '../ranking/ranking.ts';
// The jsonb columns hold what the API's schemas validated: their types are the schemas'.
import type { Advance, BonusRule, QuotaRule, RubricCriterion } from './round.schema.ts';

/**
 * 심사 단계: one round of a call's evaluation (서류 → 발표), in order, each with its own rubric,
 * scoring window, number of judges per application, aggregation method, tie-breaks and cut-off.
 */
export const evaluationRounds = pgTable(
  'evaluation_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    criteria: jsonb('criteria').$type<RubricCriterion[]>().notNull(),
    bonusRules: jsonb('bonus_rules').$type<BonusRule[]>().notNull().default([]),
    /** The most bonus points one application can get, rules and staff grants together. */
    maxBonus: integer('max_bonus').notNull().default(0),
    judgesPerApplication: integer('judges_per_application').notNull().default(3),
    /** Judges see no names, BRNs or identifying documents. */
    blind: boolean('blind').notNull().default(false),
    method: text('method').$type<Method>().notNull().default('mean'),
    /** The trimmed mean with fewer than five judges: mean, median or refuse. */
    fewJudges: text('few_judges').$type<'mean' | 'median' | 'refuse'>().notNull().default('refuse'),
    tieBreaks: jsonb('tie_breaks').$type<TieBreak[]>().notNull().default([]),
    advance: jsonb('advance').$type<Advance>().notNull(),
    reserves: integer('reserves').notNull().default(0),
    quotas: jsonb('quotas').$type<QuotaRule[]>().notNull().default([]),
    /** Applicants see their own scores and comments once results are out. */
    publishScores: boolean('publish_scores').notNull().default(false),
    /** A judge who belonged to an applicant within this many years has a conflict with it. */
    conflictYears: integer('conflict_years').notNull().default(3),
    scoringOpensAt: timestamp('scoring_opens_at', { withTimezone: true }).notNull(),
    scoringClosesAt: timestamp('scoring_closes_at', { withTimezone: true }).notNull(),
    /** When staff confirmed the results, and until when applicants may appeal (이의신청). */
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedBy: uuid('confirmed_by').references(() => people.id),
    appealsCloseAt: timestamp('appeals_close_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('evaluation_rounds_call_position_key').on(t.callId, t.position),
    check('evaluation_rounds_window_check', sql`${t.scoringClosesAt} > ${t.scoringOpensAt}`),
    check('evaluation_rounds_judges_check', sql`${t.judgesPerApplication} between 1 and 20`),
    check('evaluation_rounds_method_check', sql`${t.method} in ('mean', 'trimmedMean', 'median', 'normalized')`),
    check('evaluation_rounds_few_judges_check', sql`${t.fewJudges} in ('mean', 'median', 'refuse')`),
  ],
);
