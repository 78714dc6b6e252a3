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
 *   search_doc     integer   its number in the search index (from search_doc_seq)
 *   search_terms   jsonb     field-weighted term frequency per token, for BM25F
 *   search_length  integer   the field-weighted document length
 * and a trigger keeps the index (search_tokens, search_postings) from them. Documents and
 * queries go through the same tokenizer, and SQL gets tokens only as parameters, so any text is
 * safe to search. See docs/search.md.
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

/** BM25 parameters; the search_index_rows trigger (migration search_index_trigger) uses the same. */
export const K1 = 1.2;
export const B = 0.75;
/**
 * The length pivot of BM25's length normalisation. BM25 uses the average document length; a
 * fixed pivot keeps each stored impact valid however the table grows (see docs/search.md).
 */
export const PIVOT_LENGTH = 150;
/** Searches whose commonest token is in this many documents report "this many or more". */
export const TOTAL_CAP = 10_000;
/** How many postings per token the fast path reads, best first. */
export const TOP_K = 1000;
/**
 * Scores are rounded in SQL: floating-point sums can differ in their last bits between
 * PostgreSQL builds (and summation orders), and a tie must stay a tie on every database.
 */
const SCORE_DECIMALS = 6;

/** The impact a posting stores: BM25's saturated, length-normalised term frequency. */
export function impactOf(tf: number, length: number): number {
  return (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / PIVOT_LENGTH));
}

type Rows = <T>(statement: SQL) => Promise<T[]>;

export type RankedSearch = {
  /** The searchable table's scope in search_tokens ('organizations'). */
  scope: string;
  /** The table, aliased `o` in `filter`; it has the search_doc, search_terms and search_length columns. */
  table: SQL;
  query: SearchQuery;
  filter?: SQL;
  limit: number;
  offset: number;
  /** Postings read per token on the fast path (TOP_K; smaller in tests). */
  topK?: number;
  /** The "or more" total (TOTAL_CAP; smaller in tests). */
  totalCap?: number;
};

type Weighted = { token: string; id: number; df: number; w: number; optional: boolean };

/** The query's tokens that are in the index, with their numbers, document frequencies and BM25F weights. */
async function weightedTerms(rows: Rows, scope: string, query: SearchQuery): Promise<Weighted[]> {
  const tokens = query.terms.map((t) => t.token);
  const [stats] = await rows<{ docs: number; df: Record<string, [number, number]> | null }>(sql`
    select coalesce((select docs from search_stats where scope = ${scope}), 0)::int as docs,
      (select json_object_agg(token, json_build_array(id, df)) from search_tokens
        where scope = ${scope} and token in (select unnest(${sql.param(tokens)}::text[])) and df > 0) as df`);
  const n = Math.max(stats?.docs ?? 0, 1);
  const found = stats?.df ?? {};
  return query.terms.flatMap((t) => {
    const entry = found[t.token];
    if (!entry) return [];
    const [id, df] = entry;
    return [{ token: t.token, id, df, w: t.weight * Math.log(1 + (n - df + 0.5) / (df + 0.5)), optional: !!t.optional }];
  });
}

type Count = { total: number; totalExact: boolean };

/**
 * SQL true for the documents (`o`) a query matches: those with any of its tokens' postings, or,
 * when every token is needed (초성), with all of its required ones. The token numbers are given
 * as values: the planner then estimates a common token's postings from its statistics (20,000
 * for 스마트, not the average 80) and walks a sort index rather than sorting every match. Postings
 * name documents by search_doc, which the organization list's sort indexes carry.
 */
function matchSqlOf(query: SearchQuery, weighted: Weighted[]): SQL {
  if (query.match === 'all') {
    const required = query.terms.filter((t) => !t.optional).map((t) => t.token);
    const ids = weighted.filter((t) => required.includes(t.token)).map((t) => t.id);
    // A required token no document holds: nothing matches.
    if (ids.length < required.length || ids.length === 0) return sql`false`;
    return sql`o.search_doc in (select p.doc from search_postings p where p.token_id = any(${sql.param(ids)}::int[])
      group by p.doc having count(*) = ${ids.length})`;
  }
  if (weighted.length === 0) return sql`false`;
  return sql`o.search_doc in (select p.doc from search_postings p where p.token_id = any(${sql.param(weighted.map((t) => t.id))}::int[]))`;
}

/**
 * How many documents match. A token in TOTAL_CAP documents or more already tells "10,000 or
 * more" of an unfiltered search: counting every document of very common words would cost more
 * than ranking them.
 */
async function countMatches(rows: Rows, options: Omit<RankedSearch, 'limit' | 'offset' | 'topK'>, weighted: Weighted[]): Promise<Count> {
  const { table, query, filter } = options;
  if (weighted.length === 0) return { total: 0, totalExact: true };
  const cap = options.totalCap ?? TOTAL_CAP;
  if (!filter && query.match === 'any' && weighted.some((t) => t.df >= cap)) return { total: cap, totalExact: false };
  const [count] =
    filter || query.match === 'all'
      ? await rows<{ n: number }>(sql`select count(*)::int as n from ${table} o where ${matchSqlOf(query, weighted)} and ${filter ?? sql`true`}`)
      : await rows<{ n: number }>(sql`
          select count(distinct doc)::int as n from search_postings
          where token_id in (select unnest(${sql.param(weighted.map((t) => t.id))}::int[]))`);
  return { total: count?.n ?? 0, totalExact: true };
}

/**
 * A search as a filter, for lists in another order than relevance: the SQL that matches its
 * documents (`o`), and their number as rankedSearch reports it.
 */
export async function searchMatch(rows: Rows, options: Omit<RankedSearch, 'limit' | 'offset' | 'topK'>): Promise<Count & { match: SQL }> {
  const weighted = await weightedTerms(rows, options.scope, options.query);
  return { match: matchSqlOf(options.query, weighted), ...(await countMatches(rows, options, weighted)) };
}

/**
 * BM25F ranking read from the postings index (search_postings): each query token's best TOP_K
 * postings are summed per document, so a search costs about tokens × TOP_K index entries
 * however many documents match. When a filter leaves too few of those, or the page is deep, the
 * ranking is computed over every posting of the query's tokens instead.
 */
export async function rankedSearch(rows: Rows, options: RankedSearch): Promise<{ hits: { id: string; score: number }[] } & Count> {
  const { scope, table, query, limit, offset } = options;
  const topK = options.topK ?? TOP_K;
  const weighted = await weightedTerms(rows, scope, query);
  if (weighted.length === 0) return { hits: [], total: 0, totalExact: true };

  const conditions = [sql`true`];
  if (query.match === 'all') conditions.push(matchSqlOf(query, weighted));
  if (options.filter) conditions.push(options.filter);
  const where = sql.join(conditions, sql` and `);
  const q = sql`select u.tid, u.w from unnest(${sql.param(weighted.map((t) => t.id))}::int[], ${sql.param(weighted.map((t) => t.w))}::float8[]) as u(tid, w)`;
  const rounded = sql`round(h.score::numeric, ${sql.raw(String(SCORE_DECIMALS))})::float8`;
  // Without a filter every hit qualifies: the page is cut first and only its documents are read.
  const page = (hits: SQL) =>
    rows<{ id: string; score: number }>(
      conditions.length > 1
        ? sql`
          with q as (${q}), hits as (${hits})
          select o.id, ${rounded} as score
          from hits h join ${table} o on o.search_doc = h.doc where ${where}
          order by 2 desc, h.doc limit ${limit} offset ${offset}`
        : sql`
          with q as (${q}), hits as (${hits}),
            top as (select h.doc, ${rounded} as score from hits h order by 2 desc, 1 limit ${limit} offset ${offset})
          select o.id, top.score from top join ${table} o on o.search_doc = top.doc
          order by top.score desc, top.doc`,
    );

  const truncated = weighted.some((t) => t.df > topK);
  let hits: { id: string; score: number }[] | undefined;
  if (offset + limit <= topK / 2) {
    hits = await page(sql`
      select p.doc, sum(q.w * p.impact) as score
      from q cross join lateral (
        select s.doc, s.impact from search_postings s
        where s.token_id = q.tid
        order by s.impact desc nulls last, s.doc limit ${topK}) p
      group by p.doc`);
    // Fewer than a page although more documents match: the filter needs the full lists.
    if (truncated && hits.length < limit) hits = undefined;
  }
  hits ??= await page(sql`
    select s.doc, sum(q.w * s.impact) as score
    from q join search_postings s on s.token_id = q.tid
    group by s.doc`);

  const count = await countMatches(rows, options, weighted);
  return { hits: hits.map((h) => ({ id: h.id, score: Number(h.score) })), ...count };
}

/**
 * Analyzes the search index and `tables` after a bulk write (an import, the demo seed); on the
 * embedded PGlite also vacuums them, then and every 15 minutes. A server's autovacuum does that;
 * PGlite has none, and without it the planner reads whole posting lists and every index entry
 * visits the table (100,000 organizations searched in 150–350 ms before a vacuum, 30–55 ms
 * after), and the organization list's totals, counted from an index alone, need the visibility
 * map too.
 */
export async function maintainSearchIndex(database: { rows: Rows; kind: 'pglite' | 'postgres' }, tables: string[] = []): Promise<void> {
  if (database.kind === 'pglite') {
    await database.rows(sql.raw(`vacuum analyze ${['search_postings', 'search_tokens', ...tables].join(', ')}`));
    return;
  }
  // On a server autovacuum keeps the visibility map and the postings' statistics; what a bulk
  // write needs at once is fresh statistics of the tables it wrote (vacuuming and analyzing the
  // 12-million-posting index of 100,000 organizations would add 2–4 s to an import).
  await database.rows(sql.raw(`analyze ${['search_tokens', ...tables].join(', ')}`));
}
