import { type AnyPgColumn, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A mini-cluster (미니클러스터) of an industrial complex, or a sub-cluster of one. */
export const clusters = pgTable('clusters', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  nameEn: text('name_en').notNull(),
  hostName: text('host_name').notNull(),
  region: text('region').notNull(),
  complex: text('complex').notNull(),
  industries: text('industries').array().notNull().default([]),
  description: text('description').notNull().default(''),
  parentId: uuid('parent_id').references((): AnyPgColumn => clusters.id),
  sortOrder: smallint('sort_order').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
