import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { people } from '../../people/person.table.ts';
import type { AssignmentInput, AssignmentOutput, Objective } from '../assignment/assignment.schema.ts';
import { judgeApplicationColumns, roundColumn } from '../rounds/round.columns.ts';

/** Staff's fixed pairs for assignment: always assign this judge to this application (pin), or never (forbid). */
export const assignmentConstraints = pgTable(
  'assignment_constraints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...judgeApplicationColumns(),
    kind: text('kind').$type<'pin' | 'forbid'>().notNull(),
    reason: text('reason').notNull().default(''),
    createdBy: uuid('created_by').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('assignment_constraints_key').on(t.roundId, t.personId, t.applicationId), check('assignment_constraints_kind_check', sql`${t.kind} in ('pin', 'forbid')`)],
);

/** Every assignment run, with the problem exactly as the solver saw it and what it answered. */
export const assignmentRuns = pgTable(
  'assignment_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...roundColumn(),
    objective: text('objective').$type<Objective>().notNull(),
    input: jsonb('input').$type<AssignmentInput>().notNull(),
    output: jsonb('output').$type<AssignmentOutput>().notNull(),
    status: text('status').$type<AssignmentOutput['status']>().notNull(),
    /** When staff made this run the round's assignment. */
    appliedAt: timestamp('applied_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('assignment_runs_round_idx').on(t.roundId, t.createdAt)],
);

export const sheetStatuses = ['assigned', 'draft', 'submitted'] as const;
export type SheetStatus = (typeof sheetStatuses)[number];

/**
 * 평가표: one judge's scores of one application in a round. Created by an applied assignment
 * (assigned), saved as the judge types (draft), then submitted; staff reopen a submitted one with
 * a reason. Scores are kept per criterion; the total is computed, never stored.
 */
export const scoreSheets = pgTable(
  'score_sheets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...judgeApplicationColumns(),
    runId: uuid('run_id').references(() => assignmentRuns.id, { onDelete: 'set null' }),
    affinity: integer('affinity'),
    scores: jsonb('scores').$type<Record<string, number>>().notNull().default({}),
    comments: jsonb('comments').$type<Record<string, string>>().notNull().default({}),
    comment: text('comment').notNull().default(''),
    status: text('status').$type<SheetStatus>().notNull().default('assigned'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reopenedAt: timestamp('reopened_at', { withTimezone: true }),
    reopenReason: text('reopen_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('score_sheets_key').on(t.roundId, t.personId, t.applicationId),
    index('score_sheets_application_idx').on(t.roundId, t.applicationId),
    index('score_sheets_person_idx').on(t.personId, t.status),
    check('score_sheets_status_check', sql`${t.status} in ('assigned', 'draft', 'submitted')`),
  ],
);
