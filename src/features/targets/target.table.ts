import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { centers } from '../centers/center.table.ts';
import { clusters } from '../clusters/cluster.table.ts';
import { programs } from '../programs/program.table.ts';
import { people } from '../people/person.table.ts';

/** Which organizations an `organizations` target counts (all given conditions at once). */
export type TargetFilter = {
  kinds?: string[];
  /** KSIC code prefixes: 20 (chemicals), 2029 …; any of them. */
  ksicPrefixes?: string[];
  regions?: string[];
  /** Founded on or after the target's start: "founded with the center's support". */
  foundedSinceStart?: boolean;
  /** Support kinds (support-record.codes); any of them. */
  supportKinds?: string[];
};

/**
 * 목표: a value to reach by a deadline, for a center, a cluster or a program. Either a metric
 * summed under the counting rules (revenue, newHires …) or a count of the organizations the scope
 * supported that match a filter (전북: 150 carbon startups by 2017).
 */
export const targets = pgTable(
  'targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: text('center_id').references(() => centers.id),
    clusterId: uuid('cluster_id').references(() => clusters.id),
    programId: uuid('program_id').references(() => programs.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** metric | organizations. */
    kind: text('kind').notNull(),
    metric: text('metric'),
    filter: jsonb('filter').$type<TargetFilter>().notNull().default({}),
    value: bigint('value', { mode: 'number' }).notNull(),
    /** Progress counts from this day … */
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    /** … to this one. */
    deadline: date('deadline', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('targets_center_idx').on(t.centerId),
    index('targets_cluster_idx').on(t.clusterId),
    index('targets_program_idx').on(t.programId),
    check('targets_scope_check', sql`num_nonnulls(${t.centerId}, ${t.clusterId}, ${t.programId}) = 1`),
    check('targets_kind_check', sql`(${t.kind} = 'metric' and ${t.metric} is not null) or (${t.kind} = 'organizations' and ${t.metric} is null)`),
    check('targets_value_check', sql`${t.value} > 0`),
    check('targets_period_check', sql`${t.deadline} > ${t.startsOn}`),
  ],
);
