import { sql, type SQL } from 'drizzle-orm';
import { synonymsOf, synonymsWithin } from './synonyms.ts';
import {
  analyzeWord,
  exactToken,
  initialRankTokens,
  initialTokens,
  isInitialsQuery,
  normalizeText,
  splitWords,
  tokenUnits,
  tokenize,
  withoutLegalForm,
} from './tokenize.ts';

export { tokenize, initialTokens, isInitialsQuery } from './tokenize.ts';

/**
 * Korean-aware search, one module for every feature. A searchable table carries three columns:
 *   search_vector  tsvector  the distinct tokens (array_to_tsvector), under a GIN index
 *   search_terms   jsonb     field-weighted term frequency per token, for BM25F
 *   search_length  integer   the field-weighted document length
 * Documents and queries go through the same tokenizer; the tsquery is built from tokens, never
 * from raw input, so any text is safe to search. See docs/search.md.
 */

/** A field of a document; a `name` field also gives its 초성 tokens and a whole-name token. */
export type SearchField = { text: string | null | undefined; weight: number; name?: boolean };

export type SearchDocument = { tokens: string[]; terms: Record<string, number>; length: number };

export function searchDocument(fields: SearchField[]): SearchDocument {
  const terms: Record<string, number> = {};
  let length = 0;
  for (const field of fields) {
    if (!field.text) continue;
    const text = field.name ? withoutLegalForm(field.text) : field.text;
    const tokens = tokenize(text);
    length += tokens.length * field.weight;
    if (field.name) {
      // Not counted in the length: a name's initials and whole-name token are lookups, not words.
      tokens.push(...initialTokens(field.text));
      const exact = exactToken(field.text);
      if (exact) tokens.push(exact);
    }
    for (const token of tokens) terms[token] = (terms[token] ?? 0) + field.weight;
  }
  const tokens = Object.keys(terms).sort();
  // array_to_tsvector refuses an empty array element but takes an empty array.
  return { tokens, terms, length: Math.max(length, 1) };
}

export type SearchTerm = {
  token: string;
  /** Query weight: each written unit of the query weighs 1 in all, shared by its tokens. */
  weight: number;
  /** Ranks without being needed to match (only meaningful when match is 'all'). */
  optional?: boolean;
};

export type SearchQuery = {
  terms: SearchTerm[];
  /** 'any' ranks documents with any token; 'all' (initials) needs every non-optional token. */
  match: 'any' | 'all';
};

/** A synonym of a whole word or phrase of the query, and one found inside a longer word. */
const SYNONYM_WEIGHT = 0.8;
const PART_SYNONYM_WEIGHT = 0.5;
/** The gram across a space (스마트 팜 → 트팜) hints at a compound, less surely than a written word. */
const JOINT_WEIGHT = 0.5;
/** The query read as a whole name. */
const EXACT_WEIGHT = 1;
/** Synonyms are also looked up on phrases of up to this many words (스마트 공장, smart factory). */
const PHRASE_WORDS = 3;
/** A long pasted query is cut to its heaviest terms, to bound the cost of one search. */
const MAX_TERMS = 48;

class QueryTerms {
  private readonly weights = new Map<string, { weight: number; optional: boolean }>();

  add(token: string, weight: number, optional = false) {
    const seen = this.weights.get(token);
    this.weights.set(token, { weight: Math.max(seen?.weight ?? 0, weight), optional: (seen?.optional ?? true) && optional });
  }

  /** A unit of `weight` shared by its tokens. */
  unit(tokens: string[], weight: number) {
    const distinct = [...new Set(tokens)];
    for (const token of distinct) this.add(token, weight / distinct.length);
  }

  /** A text (a synonym) of `weight` in all, shared by its units. */
  text(text: string, weight: number) {
    const units = tokenUnits(text);
    for (const unit of units) this.unit(unit, weight / units.length);
  }

  /** The heaviest terms, at most MAX_TERMS (each costs a document-frequency lookup). */
  list(): SearchTerm[] {
    return [...this.weights]
      .map(([token, { weight, optional }]) => (optional ? { token, weight, optional } : { token, weight }))
      .sort((a, b) => b.weight - a.weight || (a.token < b.token ? -1 : a.token > b.token ? 1 : 0))
      .slice(0, MAX_TERMS);
  }
}

export function searchQuery(q: string): SearchQuery | undefined {
  const text = q.trim();
  if (!text) return undefined;
  const terms = new QueryTerms();
  if (isInitialsQuery(text)) {
    const tokens = initialTokens(text.replace(/\s+/g, '')).filter((t) => !t.startsWith('^=') && !t.startsWith('^<'));
    if (!tokens.length) return undefined;
    for (const token of tokens) terms.add(token, 1);
    for (const token of initialRankTokens(text)) terms.add(token, 1, true);
    return { terms: terms.list(), match: 'all' };
  }

  const words = splitWords(text);
  const analyzed = words.map(analyzeWord);
  analyzed.forEach((word, i) => {
    for (const unit of word.units) terms.unit(unit, 1);
    const next = analyzed[i + 1];
    if (next && words[i]!.spaceAfter && word.last && next.first) terms.unit([word.last + next.first], JOINT_WEIGHT);
  });

  // The query as a whole name, with and without a particle at its end (한진의 → 한진).
  for (const name of new Set([text, analyzed.map((w) => w.stem).join('')])) {
    const exact = exactToken(name);
    if (exact) terms.unit([exact], EXACT_WEIGHT);
  }

  // Synonyms of each word, each run of a mixed word, each phrase of a few words, the whole query.
  const phrases = new Set<string>([normalizeText(text).replace(/\s+/g, '')]);
  analyzed.forEach((word, i) => {
    phrases.add(word.stem);
    for (const part of word.parts) phrases.add(part);
    for (let n = 2; n <= PHRASE_WORDS && i + n <= analyzed.length; n++) {
      const phrase = analyzed.slice(i, i + n);
      phrases.add(phrase.map((w) => w.stem).join(''));
    }
  });
  for (const phrase of phrases) for (const synonym of synonymsOf(phrase)) terms.text(synonym, SYNONYM_WEIGHT);
  for (const word of analyzed) for (const synonym of synonymsWithin(word.stem)) terms.text(synonym, PART_SYNONYM_WEIGHT);

  const list = terms.list();
  return list.length ? { terms: list, match: 'any' } : undefined;
}

/** A tsquery literal from our own tokens, each quoted as a lexeme; optional terms only rank. */
export function tsqueryText(query: SearchQuery): string {
  const quote = (t: SearchTerm) => `'${t.token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
  if (query.match === 'all') return query.terms.filter((t) => !t.optional).map(quote).join(' & ');
  return query.terms.map(quote).join(' | ');
}

/** The value of a search_vector column for a document. */
export function vectorSql(doc: SearchDocument): SQL {
  return sql`array_to_tsvector(${sql.param(doc.tokens)}::text[])`;
}

const K1 = 1.2;
const B = 0.75;
/**
 * Scores are rounded in SQL: floating-point sums can differ in their last bits between
 * PostgreSQL builds (and summation orders), and a tie must stay a tie on every database.
 */
const SCORE_DECIMALS = 6;

/** Our own numeric constants, inlined as float8 literals (a bound parameter's type would be guessed). */
const num = (n: number) => sql.raw(`${n}::float8`);

/**
 * BM25F over a table with the three search columns. Returns SQL for a CTE body yielding
 * (id, score) for the documents matching `query` among those `filter` admits. The statistics
 * CTEs are MATERIALIZED: inlined, the planner re-ran each document-frequency count once per
 * candidate row and token.
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
    ), stats as materialized (
      select greatest(count(*), 1)::float8 as n, greatest(coalesce(avg(search_length), 1), 1)::float8 as avgdl from ${table}
    ), df as materialized (
      select q.tok, q.w,
        (select count(*) from ${table} d where d.search_vector @@ quote_literal(q.tok)::tsquery)::float8 as df
      from q
    ), idf as materialized (
      select df.tok, df.w * ln(1 + (stats.n - df.df + 0.5) / (df.df + 0.5)) as idf from df, stats
    )
    select ${alias}.id as id,
      round(sum(idf.idf * (tf.v * ${num(K1 + 1)}) / (tf.v + ${num(K1)} * (1 - ${num(B)} + ${num(B)} * ${alias}.search_length / stats.avgdl)))::numeric, ${sql.raw(String(SCORE_DECIMALS))})::float8 as score
    from ${table} ${alias}
      cross join stats
      cross join idf
      cross join lateral (select (${alias}.search_terms ->> idf.tok)::float8 as v) tf
    where ${alias}.search_vector @@ ${tsq}::tsquery and tf.v is not null${filter}
    group by ${alias}.id`;
}
