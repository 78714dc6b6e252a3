import { integer, jsonb, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { calls } from '../calls/call.table.ts';
import { people } from '../people/person.table.ts';

/**
 * The application form of a call, one row per version: a change writes a new version and never
 * touches the old one, so an application keeps the form it was written against.
 */
export const callForms = pgTable(
  'call_forms',
  {
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id),
    version: integer('version').notNull(),
    definition: jsonb('definition').notNull(),
    createdBy: uuid('created_by').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.callId, t.version] })],
);
