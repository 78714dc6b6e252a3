import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { centers } from '../centers/center.table.ts';
import { clusters } from '../clusters/cluster.table.ts';
import { organizations } from '../organizations/organization.table.ts';
import { people } from '../people/person.table.ts';

/**
 * 성과 조사: a reporting request staff send to chosen companies (the annual survey, a cohort's
 * monthly core metrics): which figures, for which period, by when. Each company gets one
 * outcome_request; its answer is ordinary outcome records (source report).
 */
export const outcomeCampaigns = pgTable(
  'outcome_campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: text('center_id').references(() => centers.id),
    clusterId: uuid('cluster_id').references(() => clusters.id),
    title: text('title').notNull(),
    instructions: text('instructions').notNull().default(''),
    /** The figures asked for (outcome-metrics.ts), in the order of the form. */
    metrics: text('metrics').array().notNull(),
    /** The period asked for, as written (2026, 2026-Q3, 2026-10), and its dates. */
    period: text('period').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** No more answers once closed; the figures stay. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('outcome_campaigns_center_idx').on(t.centerId, t.createdAt),
    index('outcome_campaigns_cluster_idx').on(t.clusterId, t.createdAt),
    check('outcome_campaigns_scope_check', sql`(${t.centerId} is null) <> (${t.clusterId} is null)`),
  ],
);

/** One company's part of a campaign: open until a member answers (submitted), answerable again until the campaign closes. */
export const outcomeRequests = pgTable(
  'outcome_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => outcomeCampaigns.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** open → submitted. */
    status: text('status').notNull().default('open'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('outcome_requests_campaign_org_key').on(t.campaignId, t.organizationId),
    index('outcome_requests_org_idx').on(t.organizationId, t.status),
    check('outcome_requests_status_check', sql`${t.status} in ('open', 'submitted')`),
  ],
);

/** The reminders sent for a request (d7, d3, d1 before the due date, overdue after it): none twice, whatever restarts. */
export const outcomeRequestReminders = pgTable(
  'outcome_request_reminders',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => outcomeRequests.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.kind] })],
);
