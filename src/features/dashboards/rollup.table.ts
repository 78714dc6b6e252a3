import { bigint, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

/** Support records and their won per support kind or per program: { mentoring: [2, 5000000] }. */
export type SupportTally = Record<string, [records: number, krw: number]>;

/**
 * The dashboards read rollups, kept current from the base tables (docs/counting-rules.md holds
 * the rules, report.service.ts the same rules over the base tables):
 *
 *   support_records, outcome_records, organizations
 *     → (triggers) rollup_dirty: which organization-years changed
 *     → (the rollup job, every few seconds) rollup_org_years and rollup_org_year_scopes for them,
 *       and rollup_dirty_cells: the years and scopes they touch
 *     → rollup_cells of those years and scopes, each summed once however many batches touched it.
 *
 * Figures of one year are a calendar year's report: an organization is supported in the year
 * when a support record overlaps it, figures are those whose period lies inside it.
 */

/** Organization-years whose rollups are stale; the triggers add, the rollup job takes. */
export const rollupDirty = pgTable('rollup_dirty', { organizationId: uuid('organization_id').notNull(), year: integer('year').notNull() }, (t) => [
  primaryKey({ columns: [t.organizationId, t.year] }),
]);

/** Cells whose organization-years were recomputed and that must be summed again; the rollup job takes them after the organization-years. */
export const rollupDirtyCells = pgTable('rollup_dirty_cells', { year: integer('year').notNull(), scope: text('scope').notNull() }, (t) => [
  primaryKey({ columns: [t.year, t.scope] }),
]);

/** One organization's year: whether anyone supported it, and its figures under the counting rules (none = null). */
export const rollupOrgYears = pgTable(
  'rollup_org_years',
  {
    organizationId: uuid('organization_id').notNull(),
    year: integer('year').notNull(),
    supported: integer('supported').notNull(),
    kind: text('kind').notNull(),
    region: text('region').notNull(),
    /** The KSIC division (2 digits), '' when unknown. */
    industry: text('industry').notNull(),
    revenue: bigint('revenue', { mode: 'number' }),
    newHires: bigint('new_hires', { mode: 'number' }),
    investmentKrw: bigint('investment_krw', { mode: 'number' }),
    investmentDeals: integer('investment_deals').notNull(),
    exportKrw: bigint('export_krw', { mode: 'number' }),
    overseasSubsidiaries: bigint('overseas_subsidiaries', { mode: 'number' }),
    patentApplications: bigint('patent_applications', { mode: 'number' }),
    patentRegistrations: bigint('patent_registrations', { mode: 'number' }),
    prototypes: bigint('prototypes', { mode: 'number' }),
    /** Figures counted that staff have not verified yet. */
    unverified: integer('unverified').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.organizationId] }), index('rollup_org_years_org_idx').on(t.organizationId)],
);

/** One organization's support in a year from one center (`c:<id>`) or cluster (`k:<id>`). */
export const rollupOrgYearScopes = pgTable(
  'rollup_org_year_scopes',
  {
    year: integer('year').notNull(),
    scope: text('scope').notNull(),
    organizationId: uuid('organization_id').notNull(),
    records: integer('records').notNull(),
    valueKrw: bigint('value_krw', { mode: 'number' }).notNull(),
    techTransfers: integer('tech_transfers').notNull(),
    byKind: jsonb('by_kind').$type<SupportTally>().notNull(),
    byProgram: jsonb('by_program').$type<SupportTally>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.scope, t.organizationId] }), index('rollup_org_year_scopes_org_idx').on(t.organizationId, t.year)],
);

/**
 * A dashboard's figures: per year and scope (`national`, `c:<center>`, `k:<cluster>`), the total
 * (dimension `total`, key '') and its breakdowns (region, industry, kind, supportKind, program).
 */
export const rollupCells = pgTable(
  'rollup_cells',
  {
    year: integer('year').notNull(),
    scope: text('scope').notNull(),
    dimension: text('dimension').notNull(),
    key: text('key').notNull(),
    organizations: integer('organizations').notNull(),
    startups: integer('startups').notNull(),
    smes: integer('smes').notNull(),
    supportRecords: integer('support_records').notNull(),
    supportKrw: bigint('support_krw', { mode: 'number' }).notNull(),
    revenue: bigint('revenue', { mode: 'number' }).notNull(),
    jobs: bigint('jobs', { mode: 'number' }).notNull(),
    investmentKrw: bigint('investment_krw', { mode: 'number' }).notNull(),
    investmentDeals: integer('investment_deals').notNull(),
    investmentCompanies: integer('investment_companies').notNull(),
    exportKrw: bigint('export_krw', { mode: 'number' }).notNull(),
    exportCompanies: integer('export_companies').notNull(),
    overseasSubsidiaries: bigint('overseas_subsidiaries', { mode: 'number' }).notNull(),
    patentApplications: bigint('patent_applications', { mode: 'number' }).notNull(),
    patentRegistrations: bigint('patent_registrations', { mode: 'number' }).notNull(),
    prototypes: bigint('prototypes', { mode: 'number' }).notNull(),
    techTransfers: integer('tech_transfers').notNull(),
    techRecipients: integer('tech_recipients').notNull(),
    unverified: integer('unverified').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.year, t.dimension, t.key] })],
);
