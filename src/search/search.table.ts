import { index, integer, pgSequence, pgTable, real, text, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * The search index beside each searchable table, kept by the `search_index_rows` trigger
 * (migration search_compact_postings) from the table's search_doc, search_terms and search_length:
 *   search_tokens    one row per (scope, token): its number and the documents that hold it (for IDF)
 *   search_postings  one row per (token, document) with its BM25 impact, read best-first
 *   search_stats     documents per scope
 * `scope` names the searchable table ('organizations'). Postings hold numbers, not text and
 * uuids: a posting is 12 bytes, the best-first index a third of its former size, and an import
 * of 10,000 organizations writes its 1.2 million postings into an index that stays in memory.
 */
export const searchDocSequence = pgSequence('search_doc_seq');

export const searchTokens = pgTable(
  'search_tokens',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    scope: text('scope').notNull(),
    token: text('token').notNull(),
    df: integer('df').notNull(),
  },
  (t) => [uniqueIndex('search_tokens_scope_token_key').on(t.scope, t.token)],
);

export const searchPostings = pgTable(
  'search_postings',
  {
    tokenId: integer('token_id').notNull(),
    impact: real('impact').notNull(),
    /** The document's search_doc: a number from search_doc_seq, unique across every searchable table. */
    doc: integer('doc').notNull(),
  },
  // By document with its tokens: a list in name order asks of each organization it walks whether
  // it holds one of the query's tokens, from this index alone.
  (t) => [index('search_postings_best_idx').on(t.tokenId, t.impact.desc(), t.doc), index('search_postings_doc_idx').on(t.doc, t.tokenId)],
);

export const searchStats = pgTable('search_stats', { scope: text('scope').primaryKey(), docs: integer('docs').notNull() });
