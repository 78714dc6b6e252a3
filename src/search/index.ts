import { sql, type SQL } from 'drizzle-orm';
import { synonymsOf } from './synonyms.ts';
import { initialTokens, isInitialsQuery, normalizeText, splitWords, stripParticle, tokenize } from './tokenize.ts';

export { tokenize, initialTokens, isInitialsQuery } from './tokenize.ts';

/**
 * Korean-aware search, one module for every feature. A searchable table carries three columns:
 *   search_vector  tsvector  the distinct tokens (array_to_tsvector), under a GIN index
 *   search_terms   jsonb     field-weighted term frequency per token, for BM25F
 *   search_length  integer   the field-weighted document length
 * Documents and queries go through the same tokenizer; the tsquery is built from tokens, never
 * from raw input, so any text is safe to search.
 */

export type SearchField = { text: string | null | undefined; weight: number; initials?: boolean };

export type SearchDocument = { tokens: string[]; terms: Record<string, number>; length: number };

export function searchDocument(fields: SearchField[]): SearchDocument {
  const terms: Record<string, number> = {};
  let length = 0;
  for (const field of fields) {
    if (!field.text) continue;
    const tokens = tokenize(field.text);
    if (field.initials) tokens.push(...initialTokens(field.text));
    for (const token of tokens) terms[token] = (terms[token] ?? 0) + field.weight;
    length += tokens.length * field.weight;
  }
  const tokens = Object.keys(terms).sort();
  // array_to_tsvector refuses an empty array element but takes an empty array.
  return { tokens, terms, length: Math.max(length, 1) };
}

export type SearchQuery = {
  /** Distinct tokens with their query weight (1 for typed words, less for synonyms). */
  terms: { token: string; weight: number }[];
  /** 'any' ranks documents with any token; 'all' (initials) needs every token. */
  match: 'any' | 'all';
};

const SYNONYM_WEIGHT = 0.8;

export function searchQuery(q: string): SearchQuery | undefined {
  const text = q.trim();
  if (!text) return undefined;
  if (isInitialsQuery(text)) {
    const tokens = initialTokens(text.replace(/\s+/g, ''));
    return tokens.length ? { terms: tokens.map((token) => ({ token, weight: 1 })), match: 'all' } : undefined;
  }
  const weights = new Map<string, number>();
  const add = (token: string, weight: number) => weights.set(token, Math.max(weights.get(token) ?? 0, weight));
  for (const token of tokenize(text)) add(token, 1);
  // Synonyms are looked up on whole words (and on the whole query, for "smart factory").
  const words = splitWords(text).map((runs) => stripParticle(runs.map((r) => r.text).join('')));
  for (const word of [...words, normalizeText(text).replace(/\s+/g, '')]) {
    for (const synonym of synonymsOf(word)) for (const token of tokenize(synonym)) add(token, SYNONYM_WEIGHT);
  }
  if (weights.size === 0) return undefined;
  return { terms: [...weights].map(([token, weight]) => ({ token, weight })), match: 'any' };
}

/** A tsquery literal from our own tokens, each quoted as a lexeme. */
export function tsqueryText(query: SearchQuery): string {
  const op = query.match === 'all' ? ' & ' : ' | ';
  return query.terms.map((t) => `'${t.token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(op);
}

/** The value of a search_vector column for a document. */
export function vectorSql(doc: SearchDocument): SQL {
  return sql`array_to_tsvector(${sql.param(doc.tokens)}::text[])`;
}

const K1 = 1.2;
const B = 0.75;

/**
 * BM25F over a table with the three search columns. Returns SQL for a CTE body yielding
 * (id, score) for the documents matching `query` among those `filter` admits.
 */
export function bm25Sql(options: { table: SQL; alias: SQL; query: SearchQuery; filter?: SQL }): SQL {
  const { table, alias, query } = options;
  const tokens = query.terms.map((t) => t.token);
  const weights = query.terms.map((t) => t.weight);
  const tsq = tsqueryText(query);
  const filter = options.filter ? sql` and ${options.filter}` : sql``;
  return sql`
    with q as (
      select u.tok, u.w from unnest(${sql.param(tokens)}::text[], ${sql.param(weights)}::float8[]) as u(tok, w)
    ), stats as (
      select greatest(count(*), 1)::float8 as n, greatest(coalesce(avg(search_length), 1), 1)::float8 as avgdl from ${table}
    ), df as (
      select q.tok, q.w,
        (select count(*) from ${table} d where d.search_vector @@ quote_literal(q.tok)::tsquery)::float8 as df
      from q
    ), idf as (
      select df.tok, df.w * ln(1 + (stats.n - df.df + 0.5) / (df.df + 0.5)) as idf from df, stats
    )
    select ${alias}.id as id,
      sum(idf.idf * (tf.v * ${sql.raw(String(K1 + 1))}) / (tf.v + ${sql.raw(String(K1))} * (1 - ${sql.raw(String(B))} + ${sql.raw(String(B))} * ${alias}.search_length / stats.avgdl))) as score
    from ${table} ${alias}
      cross join stats
      cross join idf
      cross join lateral (select (${alias}.search_terms ->> idf.tok)::float8 as v) tf
    where ${alias}.search_vector @@ ${tsq}::tsquery and tf.v is not null${filter}
    group by ${alias}.id`;
}
