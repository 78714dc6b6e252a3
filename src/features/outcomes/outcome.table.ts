import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organization.table.ts';
import { people } from '../people/person.table.ts';
import { storedFileColumns } from '../people/stored-file.columns.ts';

export type OutcomeDetails = { investor?: string; stage?: string; date?: string; countries?: string[] };
export type OutcomeFlag = { code: string; params?: Record<string, string | number> };

/**
 * 성과: one figure of one organization for one period (revenue of 2015, employees at the end of
 * 2015-Q3, one investment deal). Who gave it (`source`), whether staff checked it (`status`), and
 * every change in outcome_record_versions.
 */
export const outcomeRecords = pgTable(
  'outcome_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    metric: text('metric').notNull(),
    /** As written: 2015, 2015-Q3, 2015-07. */
    period: text('period').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    /** Won for amounts, a number for counts, 1/0 for operating. */
    value: bigint('value', { mode: 'number' }).notNull(),
    details: jsonb('details').$type<OutcomeDetails>().notNull().default({}),
    note: text('note').notNull().default(''),
    /** report (the company), staff, import. */
    source: text('source').notNull(),
    /** reported → verified, or returned with a reason. */
    status: text('status').notNull().default('reported'),
    statusReason: text('status_reason'),
    /** Checks that ask a person to look (revenue ten times last year's …); never a refusal. */
    flags: jsonb('flags').$type<OutcomeFlag[]>().notNull().default([]),
    /** A row of an import file: the same file again finds its rows instead of adding them. */
    importKey: text('import_key'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // An organization's figures of a period: reports and the rollup job read them a year at a time
    // (by metric the figure key below serves, and an organization has few figures a year).
    index('outcome_records_org_period_idx').on(t.organizationId, t.periodStart),
    index('outcome_records_metric_idx').on(t.metric, t.periodStart),
    // One figure per organization, metric and period, except deals (many investments a month).
    uniqueIndex('outcome_records_figure_key').on(t.organizationId, t.metric, t.period).where(sql`metric <> 'investment'`),
    uniqueIndex('outcome_records_import_key').on(t.importKey),
    check('outcome_records_value_check', sql`${t.value} >= 0`),
    check('outcome_records_status_check', sql`${t.status} in ('reported', 'verified', 'returned')`),
    check('outcome_records_source_check', sql`${t.source} in ('report', 'staff', 'import')`),
    check('outcome_records_period_check', sql`${t.periodEnd} >= ${t.periodStart}`),
  ],
);

/** Every state an outcome record has had, the first included: an amendment never loses the value before it. */
export const outcomeRecordVersions = pgTable(
  'outcome_record_versions',
  {
    recordId: uuid('record_id')
      .notNull()
      .references(() => outcomeRecords.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** created, amended, verified, returned. */
    change: text('change').notNull(),
    value: bigint('value', { mode: 'number' }).notNull(),
    details: jsonb('details').$type<OutcomeDetails>().notNull(),
    note: text('note').notNull(),
    status: text('status').notNull(),
    reason: text('reason'),
    changedBy: uuid('changed_by').references(() => people.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.recordId, t.version] })],
);

/** 증빙: files behind a figure (a financial statement, an investment agreement); the bytes are in the file store by sha256. */
export const outcomeEvidence = pgTable(
  'outcome_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => outcomeRecords.id, { onDelete: 'cascade' }),
    ...storedFileColumns(),
  },
  (t) => [index('outcome_evidence_record_idx').on(t.recordId, t.uploadedAt)],
);
