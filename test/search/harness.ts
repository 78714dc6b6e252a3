import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../src/features/auth/actor.ts';
import { insertOrganization, listOrganizations } from '../../src/features/organizations/organization.service.ts';
import { withCheckDigit } from '../../src/features/organizations/brn.ts';
import type { Deps, RequestScope } from '../../src/http/context.ts';
import { corpus } from './corpus.ts';
import { categories, type Category, type JudgedQuery } from './queries.ts';

/**
 * A uuid derived from the fixture key. Ranking ties are broken by id (ORDER BY score DESC, id);
 * random ids would make tied rankings differ from run to run and between the two databases.
 */
function stableId(key: string): string {
  const h = crypto.createHash('sha1').update(`innohub-search-fixture:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Inserts the corpus through the service's own insert (so search columns are computed as in production). */
export async function loadCorpus(deps: Deps): Promise<Map<string, string>> {
  const keyOf = new Map<string, string>();
  await deps.database.db.transaction(async (tx) => {
    for (const [i, { key, ...values }] of corpus.entries()) {
      const brn = withCheckDigit(String(200_000_000 + i * 7_919));
      const row = await insertOrganization(tx, deps, { ...values, businessRegistrationNumber: brn });
      const id = stableId(key);
      await tx.execute(sql`update organizations set id = ${id}::uuid where id = ${row.id}::uuid`);
      keyOf.set(id, key);
    }
  });
  return keyOf;
}

const nationalAdmin: RequestScope = {
  actor: {
    personId: '00000000-0000-4000-8000-000000000001',
    email: 'national@test.innohub',
    name: 'national',
    locale: 'ko',
    memberships: [{ id: 'm1', role: 'national_admin', centerId: null, clusterId: null, organizationId: null }],
    via: 'token',
  } satisfies Actor,
  lang: 'ko',
  requestId: 'search-quality',
};

export type Hit = { key: string; score: number };

/** The top ten of a query through the real list path. */
export async function topTen(deps: Deps, keyOf: Map<string, string>, q: string): Promise<Hit[]> {
  const { items } = await listOrganizations(deps, nationalAdmin, { q, limit: 10 } as Parameters<typeof listOrganizations>[2]);
  return items.map((item) => ({ key: keyOf.get(item.id) ?? `?${item.id}`, score: item.score ?? 0 }));
}

export type Measure = { recall: number; rr: number };

/** Recall@10 capped at the number of relevant documents (R_cap, as in BEIR), and the reciprocal rank within ten. */
export function measure(query: JudgedQuery, hits: Hit[]): Measure {
  const relevant = new Set(query.relevant);
  const found = hits.filter((h) => relevant.has(h.key)).length;
  const first = hits.findIndex((h) => relevant.has(h.key));
  return { recall: found / Math.min(relevant.size, 10), rr: first < 0 ? 0 : 1 / (first + 1) };
}

type Summary = { n: number; recall: number; mrr: number };

export function summarize(rows: { query: JudgedQuery; m: Measure }[]): { overall: Summary; byCategory: Record<Category, Summary> } {
  const avg = (xs: { m: Measure }[]): Summary => ({
    n: xs.length,
    recall: xs.reduce((s, x) => s + x.m.recall, 0) / Math.max(xs.length, 1),
    mrr: xs.reduce((s, x) => s + x.m.rr, 0) / Math.max(xs.length, 1),
  });
  const byCategory = Object.fromEntries(categories.map((c) => [c, avg(rows.filter((r) => r.query.category === c))])) as Record<Category, Summary>;
  return { overall: avg(rows), byCategory };
}

export function table(label: string, s: ReturnType<typeof summarize>): string {
  const line = (name: string, x: Summary) => `${name.padEnd(16)} ${String(x.n).padStart(4)}  ${x.recall.toFixed(3)}  ${x.mrr.toFixed(3)}`;
  return [
    `search quality on ${label}`,
    `${'category'.padEnd(16)} ${'n'.padStart(4)}  R@10   MRR`,
    ...categories.map((c) => line(c, s.byCategory[c])),
    line('overall', s.overall),
  ].join('\n');
}
