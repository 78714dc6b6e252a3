import { index, integer, pgTable, primaryKey, real, text, uuid } from 'drizzle-orm/pg-core';

/**
 * The search index beside each searchable table, kept by the `search_index_rows` trigger
 * (migration search_postings) from the table's search_terms and search_length:
 *   search_postings  one row per (token, document) with its BM25 impact, read best-first
 *   search_df        documents per token, for IDF
 *   search_stats     documents per scope
 * `scope` names the searchable table ('organizations').
 */
export const searchPostings = pgTable(
  'search_postings',
  {
    scope: text('scope').notNull(),
    token: text('token').notNull(),
    docId: uuid('doc_id').notNull(),
    impact: real('impact').notNull(),
  },
  (t) => [index('search_postings_best_idx').on(t.scope, t.token, t.impact.desc(), t.docId), index('search_postings_doc_idx').on(t.scope, t.docId)],
);

export const searchDf = pgTable('search_df', { scope: text('scope').notNull(), token: text('token').notNull(), df: integer('df').notNull() }, (t) => [
  primaryKey({ columns: [t.scope, t.token] }),
]);

export const searchStats = pgTable('search_stats', { scope: text('scope').primaryKey(), docs: integer('docs').notNull() });
