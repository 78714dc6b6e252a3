import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { centers } from '../centers/center.table.ts';
import { clusters } from '../clusters/cluster.table.ts';
import { organizations } from '../organizations/organization.table.ts';

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    phone: text('phone'),
    title: text('title'),
    expertise: text('expertise').notNull().default(''),
    /** argon2id; null for people who cannot sign in (contacts, invited experts). */
    passwordHash: text('password_hash'),
    locale: text('locale').notNull().default('ko'),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('people_email_key').on(sql`lower(${t.email})`)],
);

/** A role a person holds in a scope: national (no scope), a center, a cluster or an organization. */
export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    centerId: text('center_id').references(() => centers.id),
    clusterId: uuid('cluster_id').references(() => clusters.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('memberships_person_idx').on(t.personId),
    index('memberships_center_idx').on(t.centerId),
    uniqueIndex('memberships_unique_key').on(
      t.personId,
      t.role,
      sql`coalesce(${t.centerId}, '')`,
      sql`coalesce(${t.clusterId}::text, '')`,
      sql`coalesce(${t.organizationId}::text, '')`,
    ),
  ],
);
