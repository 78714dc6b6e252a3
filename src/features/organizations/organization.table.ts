import { sql } from 'drizzle-orm';
import { type AnyPgColumn, bigint, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { centers } from '../centers/center.table.ts';
import { clusters } from '../clusters/cluster.table.ts';


/** The columns the organization list filters on (its sort indexes carry them). */
const listed = (t: { kind: AnyPgColumn; stage: AnyPgColumn; region: AnyPgColumn; ksicCode: AnyPgColumn; foundedOn: AnyPgColumn; searchDoc: AnyPgColumn }) => [
  t.kind,
  t.stage,
  t.region,
  t.ksicCode,
  t.foundedOn,
  t.searchDoc,
];

/** One national record per organization, deduplicated by BRN, or by name + representative without one. */
export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Ten digits, no dashes; null for teams of prospective founders, foreign buyers … */
    brn: text('brn'),
    /** Normalised name + representative; the identity of an organization without a BRN. */
    dedupeKey: text('dedupe_key'),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    kind: text('kind').notNull(),
    foundedOn: date('founded_on', { mode: 'string' }),
    region: text('region'),
    ksicCode: text('ksic_code'),
    stage: text('stage'),
    description: text('description').notNull().default(''),
    products: text('products').notNull().default(''),
    technologies: text('technologies').notNull().default(''),
    website: text('website'),
    representative: text('representative'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    /** 대표자 생년월일: for age rules such as 청년 (만 39세 이하). */
    representativeBirthDate: date('representative_birth_date', { mode: 'string' }),
    /** The latest full year's revenue (최근 연도 매출액), in won, and its year. */
    revenueKrw: bigint('revenue_krw', { mode: 'number' }),
    revenueYear: integer('revenue_year'),
    /** The organization's number in the search index (search_postings.doc). */
    searchDoc: integer('search_doc')
      .notNull()
      .default(sql`nextval('search_doc_seq')`),
    /** Field-weighted term frequencies for BM25 ranking: { token: tf }. */
    searchTerms: jsonb('search_terms').$type<Record<string, number>>().notNull(),
    searchLength: integer('search_length').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organizations_brn_key').on(t.brn),
    uniqueIndex('organizations_dedupe_key').on(t.dedupeKey),
    uniqueIndex('organizations_search_doc_key').on(t.searchDoc),
    index('organizations_kind_idx').on(t.kind),
    index('organizations_region_idx').on(t.region),
    // Every column the list filters on: its totals are counted from this index alone, not from the
    // wide rows (stage=marketing&kind=startup at 100,000 organizations: 169 → 4 ms).
    index('organizations_filter_idx').on(t.kind, t.stage, t.region, t.ksicCode, t.foundedOn, t.searchDoc, t.id),
    // The list's sort orders, each carrying every filtered column after its key: a page is found
    // by walking one index alone (no wide row read for the rows a filter skips), then only its
    // rows are read. The founding-date sorts put organizations without a date last (ascending)
    // or first.
    index('organizations_name_idx').on(t.name, t.id, ...listed(t)),
    index('organizations_created_idx').on(t.createdAt, t.id, ...listed(t)),
    index('organizations_founded_asc_idx').on(sql`coalesce(${t.foundedOn}, '9999-12-31'::date)`, t.id, ...listed(t)),
    index('organizations_founded_desc_idx').on(sql`coalesce(${t.foundedOn}, '0001-01-01'::date)`, t.id, ...listed(t)),
    check('organizations_identity_check', sql`${t.brn} is not null or ${t.dedupeKey} is not null`),
  ],
);

/** An organization's tie to a center or a cluster: exactly one of the two. */
export const affiliations = pgTable(
  'affiliations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    centerId: text('center_id').references(() => centers.id),
    clusterId: uuid('cluster_id').references(() => clusters.id),
    kind: text('kind').notNull(),
    startedOn: date('started_on', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('affiliations_org_idx').on(t.organizationId),
    index('affiliations_center_idx').on(t.centerId, t.organizationId),
    index('affiliations_cluster_idx').on(t.clusterId, t.organizationId),
    check('affiliations_scope_check', sql`(${t.centerId} is null) <> (${t.clusterId} is null)`),
  ],
);
