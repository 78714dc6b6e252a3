import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../test/db.ts';
import { organization } from '../../test/factories.ts';
import type { Deps } from '../http/context.ts';
import { impactOf, rankedSearch, searchQuery } from './index.ts';

let deps: Deps;

beforeAll(async () => {
  deps = await testDeps();
  for (let i = 0; i < 12; i++) {
    await organization(deps, { name: `물류기업 ${i}`, region: i % 3 === 0 ? '전북' : '인천', description: '물류 '.repeat(1 + (i % 4)) + '드론 배송' });
  }
  await organization(deps, { name: '탄소소재', region: '전북', description: '탄소섬유 복합소재' });
});
afterAll(() => deps.database.close());

const search = (q: string, options: { filter?: ReturnType<typeof sql>; limit?: number; offset?: number; topK?: number; totalCap?: number } = {}) =>
  rankedSearch(deps.database.rows, { scope: 'organizations', table: sql`organizations`, query: searchQuery(q)!, limit: 20, offset: 0, ...options });

describe('the search index', () => {
  it('is kept by the trigger: postings with the same impact as impactOf, df and document count', async () => {
    const [row] = await deps.database.rows<{ search_doc: number; search_terms: Record<string, number>; search_length: number }>(
      sql`select search_doc, search_terms, search_length from organizations where name = '탄소소재'`,
    );
    const postings = await deps.database.rows<{ token: string; impact: number }>(
      sql`select t.token, p.impact from search_postings p join search_tokens t on t.id = p.token_id where p.doc = ${row!.search_doc} order by t.token collate "C"`,
    );
    expect(postings.map((p) => p.token)).toEqual(Object.keys(row!.search_terms).sort());
    for (const p of postings) expect(p.impact).toBeCloseTo(impactOf(row!.search_terms[p.token]!, row!.search_length), 5);
    const [stats] = await deps.database.rows<{ docs: number }>(sql`select docs from search_stats where scope = 'organizations'`);
    expect(stats!.docs).toBe(13);
    const [df] = await deps.database.rows<{ df: number }>(sql`select df from search_tokens where scope = 'organizations' and token = '물류'`);
    expect(df!.df).toBe(12);
  });

  it('follows updates and deletes', async () => {
    const org = await organization(deps, { name: '임시기업', description: '양자컴퓨팅' });
    expect((await search('양자컴퓨팅')).hits.map((h) => h.id)).toEqual([org.id]);
    await deps.database.rows(sql`update organizations set search_terms = '{"다른말": 1}'::jsonb where id = ${org.id}::uuid`);
    expect((await search('양자컴퓨팅')).hits).toEqual([]);
    await deps.database.rows(sql`delete from organizations where id = ${org.id}::uuid`);
    const [stats] = await deps.database.rows<{ docs: number }>(sql`select docs from search_stats where scope = 'organizations'`);
    expect(stats!.docs).toBe(13);
    const [df] = await deps.database.rows<{ df: number }>(sql`select df from search_tokens where scope = 'organizations' and token = '다른말'`);
    expect(df!.df).toBe(0);
    const [left] = await deps.database.rows<{ n: number }>(sql`select count(*)::int as n from search_postings p join search_tokens t on t.id = p.token_id where t.token = '다른말'`);
    expect(left!.n).toBe(0);
  });

  it('numbers a token once, however often documents with it are written', async () => {
    const before = await deps.database.rows<{ id: number }>(sql`select id from search_tokens where scope = 'organizations' and token = '물류'`);
    const org = await organization(deps, { name: '물류 재작성', description: '물류 물류' });
    for (let i = 0; i < 3; i++) await deps.database.rows(sql`update organizations set version = version + 1 where id = ${org.id}::uuid`);
    const after = await deps.database.rows<{ id: number; df: number }>(sql`select id, df from search_tokens where scope = 'organizations' and token = '물류'`);
    expect(after).toEqual([{ id: before[0]!.id, df: 13 }]);
    // No number is spent on tokens already known: the sequence grew only by this document's new tokens.
    const [fresh] = await deps.database.rows<{ n: number; max: number }>(sql`select count(*)::int as n, max(id) as max from search_tokens`);
    expect(fresh!.max).toBe(fresh!.n);
    await deps.database.rows(sql`delete from organizations where id = ${org.id}::uuid`);
  });

  it('ranks the same on the fast path and over every posting, and pages without gaps', async () => {
    const exact = await search('물류 드론', { topK: 1000 });
    const fast = await search('물류 드론', { topK: 100 });
    expect(fast).toEqual(exact);
    const pages = [...(await search('물류 드론', { limit: 5 })).hits, ...(await search('물류 드론', { limit: 5, offset: 5 })).hits, ...(await search('물류 드론', { limit: 5, offset: 10 })).hits];
    expect(pages).toEqual(exact.hits);
    expect(exact.total).toBe(12);
  });

  it('falls back to every posting when a filter empties the best postings', async () => {
    // With only the best 2 postings per token read, the 전북 ones (fewer 물류 words) are not among them.
    const filter = sql`o.region = '전북'`;
    const withFallback = await search('물류', { topK: 2, filter, limit: 10 });
    const full = await search('물류', { topK: 1000, filter, limit: 10 });
    expect(withFallback.hits).toEqual(full.hits);
    expect(full.hits).toHaveLength(4);
    expect(full.total).toBe(4);
  });

  it('falls back from the fast path when the filter leaves less than a page', async () => {
    // 물류기업 0 has the fewest 물류 words: never among the best two postings.
    const only = await search('물류', { topK: 2, filter: sql`o.name = '물류기업 0'`, limit: 1 });
    expect(only.hits).toHaveLength(1);
    expect(only.total).toBe(1);
    expect(only.totalExact).toBe(true);
  });

  it('reports "this many or more" when a token alone is that common', async () => {
    const exact = await search('물류 드론');
    expect(exact).toMatchObject({ total: 12, totalExact: true });
    expect(await search('물류 드론', { totalCap: 13 })).toEqual(exact);
    const capped = await search('물류 드론', { totalCap: 10 });
    expect(capped.hits).toEqual(exact.hits);
    expect(capped).toMatchObject({ total: 10, totalExact: false });
    // With a filter the matches are counted.
    expect(await search('물류', { totalCap: 10, filter: sql`o.region = '전북'` })).toMatchObject({ total: 4, totalExact: true });
  });

  it('finds nothing for tokens no document has', async () => {
    expect(await search('존재하지않는단어')).toEqual({ hits: [], total: 0, totalExact: true });
  });
});
