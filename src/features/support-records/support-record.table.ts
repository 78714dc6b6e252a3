import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { centers } from '../centers/center.table.ts';
import { clusters } from '../clusters/cluster.table.ts';
import { organizations } from '../organizations/organization.table.ts';
import { people } from '../people/person.table.ts';

/** The ledger of every piece of support a center or a cluster gave an organization. */
export const supportRecords = pgTable(
  'support_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    centerId: text('center_id').references(() => centers.id),
    clusterId: uuid('cluster_id').references(() => clusters.id),
    kind: text('kind').notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    valueKrw: bigint('value_krw', { mode: 'number' }),
    program: text('program').notNull().default(''),
    staffPersonId: uuid('staff_person_id').references(() => people.id),
    notes: text('notes').notNull().default(''),
    /** A row of an import file: the same file again finds its rows instead of adding them. */
    importKey: text('import_key'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('support_records_org_idx').on(t.organizationId, t.startedOn),
    index('support_records_center_idx').on(t.centerId, t.startedOn),
    index('support_records_cluster_idx').on(t.clusterId, t.startedOn),
    // "The organizations a center works with" read from the index alone (list's mine, its count).
    index('support_records_center_org_idx').on(t.centerId, t.organizationId),
    index('support_records_cluster_org_idx').on(t.clusterId, t.organizationId),
    uniqueIndex('support_records_import_key').on(t.importKey),
    check('support_records_scope_check', sql`(${t.centerId} is null) <> (${t.clusterId} is null)`),
    check('support_records_value_check', sql`${t.valueKrw} is null or ${t.valueKrw} >= 0`),
    check('support_records_period_check', sql`${t.endedOn} is null or ${t.endedOn} >= ${t.startedOn}`),
  ],
);
