import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { people } from '../people/person.table.ts';
import { storedFileColumns } from '../people/stored-file.columns.ts';
import { programCohorts, programs } from '../programs/program.table.ts';

/**
 * A call (공고) of a program: what is offered, from when to when (to the second), how many are
 * selected. A draft is seen by its center's or cluster's staff only; once published, by anyone.
 */
export const calls = pgTable(
  'calls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    cohortId: uuid('cohort_id').references(() => programCohorts.id),
    title: text('title').notNull(),
    /** Sanitized HTML (call.body.ts): the only markup it can hold is the allowed list. */
    body: text('body').notNull().default(''),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    selectCount: integer('select_count'),
    contact: text('contact').notNull().default(''),
    /** Eligibility rules (call.eligibility.ts), evaluated on the applicant's organization. */
    eligibility: jsonb('eligibility').$type<Record<string, unknown>>().notNull().default({}),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Its number in the search index (search_postings.doc), kept by the search_index_rows trigger. */
    searchDoc: integer('search_doc')
      .notNull()
      .default(sql`nextval('search_doc_seq')`),
    searchTerms: jsonb('search_terms').$type<Record<string, number>>().notNull(),
    searchLength: integer('search_length').notNull(),
  },
  (t) => [
    index('calls_program_idx').on(t.programId),
    index('calls_published_idx').on(t.opensAt, t.id).where(sql`${t.publishedAt} is not null`),
    uniqueIndex('calls_search_doc_key').on(t.searchDoc),
    check('calls_period_check', sql`${t.closesAt} > ${t.opensAt}`),
    check('calls_select_count_check', sql`${t.selectCount} is null or ${t.selectCount} > 0`),
  ],
);

/** Files attached to the announcement itself (공고문, 신청 서식); the bytes are in the file store by sha256. */
export const callAttachments = pgTable(
  'call_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id),
    ...storedFileColumns(),
  },
  (t) => [index('call_attachments_call_idx').on(t.callId, t.uploadedAt)],
);
