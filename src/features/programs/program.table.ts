import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { centers } from '../centers/center.table.ts';
import { clusters } from '../clusters/cluster.table.ts';
import { organizations } from '../organizations/organization.table.ts';
import { people } from '../people/person.table.ts';

/**
 * A program of a center or a cluster (사업): acceleration, a competition, education, space …
 * Everything a center gives, it gives through one; calls (공고) open its cohorts.
 */
export const programs = pgTable(
  'programs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: text('center_id').references(() => centers.id),
    clusterId: uuid('cluster_id').references(() => clusters.id),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    type: text('type').notNull(),
    /** The support stages it covers (program.codes.ts). */
    stages: text('stages').array().notNull().default(sql`'{}'::text[]`),
    /** The support kinds it records in the support ledger. */
    supportKinds: text('support_kinds').array().notNull().default(sql`'{}'::text[]`),
    budgetKrw: bigint('budget_krw', { mode: 'number' }),
    startedOn: date('started_on', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
    description: text('description').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('programs_center_idx').on(t.centerId, t.startedOn),
    index('programs_cluster_idx').on(t.clusterId, t.startedOn),
    check('programs_scope_check', sql`(${t.centerId} is null) <> (${t.clusterId} is null)`),
    check('programs_period_check', sql`${t.endedOn} is null or ${t.startedOn} is null or ${t.endedOn} >= ${t.startedOn}`),
    check('programs_budget_check', sql`${t.budgetKrw} is null or ${t.budgetKrw} >= 0`),
  ],
);

/** Organizations a program works with: the sponsor conglomerate, accelerators, universities … */
export const programPartners = pgTable(
  'program_partners',
  {
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.organizationId] }), index('program_partners_org_idx').on(t.organizationId)],
);

/** A program's intake (기수): 2026년 1기, with its period and how many it takes. */
export const programCohorts = pgTable(
  'program_cohorts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    startedOn: date('started_on', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
    capacity: integer('capacity'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('program_cohorts_program_idx').on(t.programId, t.startedOn),
    check('program_cohorts_period_check', sql`${t.endedOn} is null or ${t.startedOn} is null or ${t.endedOn} >= ${t.startedOn}`),
    check('program_cohorts_capacity_check', sql`${t.capacity} is null or ${t.capacity} > 0`),
  ],
);
