import { integer, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from './person.table.ts';

/** The columns of a row naming a file in the content-addressed store (src/shared/storage.ts), and who put it there when. */
export const storedFileColumns = () => ({
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  uploadedBy: uuid('uploaded_by')
    .notNull()
    .references(() => people.id),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
});
