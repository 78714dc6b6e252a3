import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { calls } from '../calls/call.table.ts';
import { organizations } from '../organizations/organization.table.ts';
import { people } from '../people/person.table.ts';
import { storedFileColumns } from '../people/stored-file.columns.ts';

/**
 * An organization's application to a call: one per organization and call. Its answers are the
 * draft being written; every submission is kept whole in application_submissions.
 */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** The person who started it. */
    applicantId: uuid('applicant_id')
      .notNull()
      .references(() => people.id),
    /** The form version it is written against (call_forms.version). */
    formVersion: integer('form_version').notNull(),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull().default({}),
    status: text('status').notNull().default('draft'),
    /** 심사 상태, set by the call's staff once submitted (received at first). */
    reviewStatus: text('review_status'),
    /** 접수번호, given at the first submission and kept through resubmissions. */
    receiptNumber: text('receipt_number'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('applications_call_org_key').on(t.callId, t.organizationId),
    uniqueIndex('applications_receipt_key').on(t.receiptNumber),
    index('applications_call_idx').on(t.callId, t.status),
    check('applications_status_check', sql`${t.status} in ('draft', 'submitted', 'withdrawn')`),
    check(
      'applications_review_status_check',
      sql`${t.reviewStatus} in ('received', 'underReview', 'supplementRequested', 'eligible', 'ineligible', 'selected', 'reserve', 'notSelected')`,
    ),
  ],
);

/**
 * A request for supplementary documents (보완 요청): what is missing, by when (to the second);
 * the applicant answers with a note and files until the deadline. One open request at a time.
 */
export const applicationSupplements = pgTable(
  'application_supplements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    message: text('message').notNull(),
    items: jsonb('items').$type<string[]>().notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    status: text('status').notNull().default('open'),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => people.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    responseNote: text('response_note'),
    responseFileIds: jsonb('response_file_ids').$type<string[]>(),
    respondedBy: uuid('responded_by').references(() => people.id),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
  },
  (t) => [
    index('application_supplements_app_idx').on(t.applicationId, t.requestedAt),
    uniqueIndex('application_supplements_open_key').on(t.applicationId).where(sql`${t.status} = 'open'`),
    check('application_supplements_status_check', sql`${t.status} in ('open', 'answered', 'cancelled')`),
  ],
);

/** Every submitted version of an application, as it was sent; the Idempotency-Key makes a retry one submission. */
export const applicationSubmissions = pgTable(
  'application_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    seq: integer('seq').notNull(),
    formVersion: integer('form_version').notNull(),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    submittedBy: uuid('submitted_by')
      .notNull()
      .references(() => people.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('application_submissions_seq_key').on(t.applicationId, t.seq), uniqueIndex('application_submissions_idempotency_key').on(t.applicationId, t.idempotencyKey)],
);

/** The last receipt number (접수번호) given per call: 2026-A1B2C3-0001, -0002 … */
export const callReceiptCounters = pgTable('call_receipt_counters', {
  callId: uuid('call_id')
    .primaryKey()
    .references(() => calls.id),
  last: integer('last').notNull(),
});

/** Reminders sent for an application's unsubmitted draft: one of each kind, ever (a restart resends nothing). */
export const applicationReminders = pgTable(
  'application_reminders',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    kind: text('kind').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('application_reminders_key').on(t.applicationId, t.kind)],
);

/** Files uploaded for an application's file questions; the bytes are in the file store by sha256. */
export const applicationFiles = pgTable(
  'application_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    field: text('field').notNull(),
    ...storedFileColumns(),
  },
  (t) => [index('application_files_app_idx').on(t.applicationId, t.field), uniqueIndex('application_files_same_key').on(t.applicationId, t.field, t.sha256)],
);
