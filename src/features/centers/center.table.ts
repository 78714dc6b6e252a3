import { date, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/** An innovation center (창조경제혁신센터). Reference data: present in every installation. */
export const centers = pgTable('centers', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  nameEn: text('name_en').notNull(),
  shortName: text('short_name').notNull().unique(),
  region: text('region').notNull(),
  sponsorName: text('sponsor_name').notNull(),
  sponsorNameEn: text('sponsor_name_en').notNull(),
  specialty: text('specialty').notNull(),
  specialtyEn: text('specialty_en').notNull(),
  openedOn: date('opened_on', { mode: 'string' }),
  sortOrder: smallint('sort_order').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
