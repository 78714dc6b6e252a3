import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../db.ts';
import { corpus } from './corpus.ts';
import { loadCorpus, measure, summarize, table, topTen, type Hit, type Measure } from './harness.ts';
import { categories, queries, type Category, type JudgedQuery } from './queries.ts';

/**
 * Search quality over a judged fixture (test/search/corpus.ts, test/search/queries.ts), through
 * the real ranking path, on whichever database testDeps gives (PGlite, or PostgreSQL with
 * INNOHUB_TEST_PG). The rankings must equal the committed golden file on both databases.
 * Regenerate it with UPDATE_GOLDEN=1 after an intended ranking change; SEARCH_VERBOSE=1 prints
 * every query's misses.
 */

// Measured on the committed fixture, identically on PGlite and PostgreSQL (docs/search.md):
// overall recall@10 0.959 and MRR 0.992. The thresholds sit a little below.
const MIN_RECALL = 0.94;
const MIN_MRR = 0.97;
// Per category, measured [recall@10, MRR]; no category may fall more than MARGIN below its own.
const measured: Record<Category, [number, number]> = {
  particle: [0.971, 1.0],
  'compound-spaced': [0.903, 1.0],
  'compound-joined': [0.927, 1.0],
  'two-syllable': [0.973, 1.0],
  'one-syllable': [1.0, 1.0],
  'mixed-script': [0.929, 0.975],
  synonym: [0.969, 1.0],
  initials: [1.0, 1.0],
  english: [0.939, 0.972],
  'multi-word': [0.932, 0.975],
  'long-phrase': [0.984, 0.969],
  name: [1.0, 1.0],
};
const MARGIN = 0.05;

const goldenPath = path.join(import.meta.dirname, 'rankings.golden.json');

type Golden = Record<string, [string, number][]>;

describe('search quality', () => {
  let deps: Awaited<ReturnType<typeof testDeps>>;
  const results: { query: JudgedQuery; hits: Hit[]; m: Measure }[] = [];

  beforeAll(async () => {
    deps = await testDeps();
    const keyOf = await loadCorpus(deps);
    for (const query of queries) {
      const hits = await topTen(deps, keyOf, query.q);
      results.push({ query, hits, m: measure(query, hits) });
    }
  }, 120_000);

  afterAll(async () => {
    await deps?.database.close();
  });

  it('has a judged fixture of the promised size', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(queries.length).toBeGreaterThanOrEqual(150);
    const keys = new Set(corpus.map((o) => o.key));
    expect(keys.size).toBe(corpus.length);
    for (const q of queries) {
      expect(q.relevant.length, q.q).toBeGreaterThan(0);
      for (const key of q.relevant) expect(keys.has(key), `${q.q} → ${key}`).toBe(true);
    }
    expect(new Set(queries.map((q) => q.q)).size).toBe(queries.length);
  });

  it('holds recall@10 and MRR overall and in every category', () => {
    const summary = summarize(results);
    console.log(table(deps.database.kind, summary));
    if (process.env.SEARCH_VERBOSE) {
      for (const { query, hits, m } of results) {
        if (m.recall === 1 && m.rr === 1) continue;
        const rel = new Set(query.relevant);
        const missed = query.relevant.filter((k) => !hits.some((h) => h.key === k));
        console.log(
          `[${query.category}] ${query.q}  R=${m.recall.toFixed(2)} RR=${m.rr.toFixed(2)}\n  top: ${hits.map((h) => `${rel.has(h.key) ? '+' : '-'}${h.key}(${h.score})`).join(' ')}\n  missed: ${missed.join(' ')}`,
        );
      }
    }
    expect(summary.overall.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(summary.overall.mrr).toBeGreaterThanOrEqual(MIN_MRR);
    for (const c of categories) {
      expect(summary.byCategory[c].recall, `${c} recall@10`).toBeGreaterThanOrEqual(measured[c][0] - MARGIN);
      expect(summary.byCategory[c].mrr, `${c} MRR`).toBeGreaterThanOrEqual(measured[c][1] - MARGIN);
    }
  });

  it('ranks exactly as the golden file, on every database', () => {
    const actual: Golden = Object.fromEntries(results.map(({ query, hits }) => [query.q, hits.map((h): [string, number] => [h.key, h.score])]));
    if (process.env.UPDATE_GOLDEN) {
      fs.writeFileSync(goldenPath, `${JSON.stringify(actual, null, 0).replace(/\],"/g, '],\n"')}\n`);
      return;
    }
    const golden = JSON.parse(fs.readFileSync(goldenPath, 'utf8')) as Golden;
    expect(Object.keys(actual).sort()).toEqual(Object.keys(golden).sort());
    for (const q of Object.keys(golden)) expect(actual[q], q).toEqual(golden[q]);
  });
});
