import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.ts';
import { encodeCursor } from '../src/http/schemas.ts';
import { sample, stats, type Budget, type Stats } from './measure.ts';
import { RequestTimeout } from './server.ts';

/** GET a path of the API as a signed-in client; throws unless 200. */
export type Get = (path: string, token: string) => Promise<unknown>;

export type CaseResult = { name: string; path: string; total: number | null; stats: Stats | null; note?: string };
export type GroupResult = { cases: CaseResult[]; all: Stats };

/** Queries people type into the organization search: Korean words, phrases, 초성, Latin, synonyms. */
export const searchQueries = [
  '물류', '스마트 물류', '탄소섬유', 'ㅎㅈ', 'AI기반', '배터리', '금형', '스마트공장', '화장품', '바이오',
  '진단키트', '콜드체인 배송', '인천 물류 스타트업', '전기차 충전', '수소연료전지', '클라우드', '빅데이터 분석 플랫폼', '전통주', '스마트팜', '드론',
  '3D프린팅', '반도체 검사 장비', '태양광', '한빛', 'logistics', 'mold', '자율주행 로봇', '천연 화장품 수출', '탄소중립', 'ㅅㅁㅌ',
  '관광 예약 플랫폼 서비스', '인공지능 기반 신약 개발',
];

const qs = (params: Record<string, string | string[]>) => {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const x of Array.isArray(v) ? v : [v]) u.append(k, x);
  return u.toString();
};

export function searchCases(): { name: string; path: string }[] {
  return searchQueries.map((q) => ({ name: q, path: `/api/v1/organizations?${qs({ q, limit: '20' })}` }));
}

/** Filtered lists as the list screen asks for them, including keyset pages deep into the list. */
export async function listCases(database: Database): Promise<{ name: string; path: string; token?: 'centerManager' }[]> {
  const orgs = (await database.rows<{ n: number }>(sql`select count(*)::int as n from organizations`))[0]!.n;
  const deep = Math.min(10_000, Math.floor(orgs / 2));
  const [byName] = await database.rows<{ name: string; id: string }>(sql`select name, id from organizations order by name, id offset ${deep - 1} limit 1`);
  const [byFounded] = await database.rows<{ k: string; id: string }>(
    sql`select coalesce(founded_on, '9999-12-31'::date)::text as k, id from organizations order by coalesce(founded_on, '9999-12-31'::date), id offset ${deep - 1} limit 1`,
  );
  const list = (params: Record<string, string | string[]>) => `/api/v1/organizations?${qs({ limit: '50', ...params })}`;
  return [
    { name: 'all, by name', path: list({}) },
    { name: 'kind=startup', path: list({ kind: 'startup' }) },
    { name: 'region=인천', path: list({ region: '인천' }) },
    { name: 'region=경북,경남', path: list({ region: ['경북', '경남'] }) },
    { name: 'centerId=incheon', path: list({ centerId: 'incheon' }) },
    { name: 'centerId=jeonbuk&affiliationKind=resident', path: list({ centerId: 'jeonbuk', affiliationKind: 'resident' }) },
    { name: 'stage=marketing&kind=startup', path: list({ stage: 'marketing', kind: 'startup' }) },
    { name: 'ksic=52 (warehousing)', path: list({ ksic: '52' }) },
    { name: 'founded 2020–2022, region=대전', path: list({ foundedFrom: '2020-01-01', foundedTo: '2022-12-31', region: '대전' }) },
    { name: 'sort=foundedOn', path: list({ sort: 'foundedOn' }) },
    { name: 'sort=-foundedOn&kind=sme', path: list({ sort: '-foundedOn', kind: 'sme' }) },
    { name: 'sort=-createdAt', path: list({ sort: '-createdAt' }) },
    { name: 'sort=-name&region=부산', path: list({ sort: '-name', region: '부산' }) },
    { name: `by name, cursor at row ${deep}`, path: list({ cursor: encodeCursor([byName!.name, byName!.id]) }) },
    { name: `sort=foundedOn, cursor at row ${deep}`, path: list({ sort: 'foundedOn', cursor: encodeCursor([byFounded!.k, byFounded!.id]) }) },
    { name: 'q=물류&region=인천 (filtered search)', path: list({ q: '물류', region: '인천', limit: '20' }) },
    { name: 'q=바이오&kind=startup&stage=rnd', path: list({ q: '바이오', kind: 'startup', stage: 'rnd', limit: '20' }) },
    { name: 'q=스마트&sort=name (search, sorted)', path: list({ q: '스마트', sort: 'name' }) },
    { name: 'q=물류, page at offset 500', path: list({ q: '물류', limit: '20', cursor: encodeCursor(500) }) },
    { name: 'mine=true (인천센터 manager)', path: list({ mine: 'true' }), token: 'centerManager' },
  ];
}

export type RunBudget = Budget & { slowMs: number; groupLimitMs: number };

async function timed(get: Get, path: string, token: string): Promise<{ ms: number; timedOut: boolean; total: number | null }> {
  const t = performance.now();
  try {
    const body = (await get(path, token)) as { total?: number };
    return { ms: performance.now() - t, timedOut: false, total: body.total ?? null };
  } catch (error) {
    if (!(error instanceof RequestTimeout)) throw error;
    return { ms: error.afterMs, timedOut: true, total: null };
  }
}

/**
 * Each case: one probe; a case slower than `slowMs` (or timed out) keeps that one sample, others
 * get a warm-up and up to `runs` samples. In `all`, every measured case weighs the same.
 */
export async function runCases(
  get: Get,
  cases: { name: string; path: string; token?: 'centerManager' }[],
  tokens: { national: string; centerManager: string },
  budget: RunBudget,
  log: (line: string) => void,
): Promise<GroupResult> {
  const results: CaseResult[] = [];
  const all: number[] = [];
  const groupDeadline = performance.now() + budget.groupLimitMs;
  for (const c of cases) {
    if (performance.now() > groupDeadline) {
      results.push({ name: c.name, path: c.path, total: null, stats: null, note: 'not measured: group time limit reached' });
      log(`    ${c.name.padEnd(44)} not measured (group time limit)`);
      continue;
    }
    const token = c.token ? tokens[c.token] : tokens.national;
    const probe = await timed(get, c.path, token);
    let samples: number[];
    let note: string | undefined;
    let total = probe.total;
    if (probe.timedOut || probe.ms > budget.slowMs) {
      samples = [probe.ms];
      note = probe.timedOut ? `timed out after ${Math.round(probe.ms)} ms (measured once)` : 'slow: measured once';
    } else {
      samples = await sample(async () => {
        const r = await timed(get, c.path, token);
        if (r.timedOut) throw new Error(`${c.path} timed out after a fast probe`);
        total = r.total;
      }, { ...budget, warmup: Math.max(0, budget.warmup - 1) });
    }
    const s = stats(samples);
    for (let i = 0; i < (samples.length === 1 ? budget.runs : 1); i++) all.push(...samples);
    results.push({ name: c.name, path: c.path, total, stats: s, ...(note ? { note } : {}) });
    log(`    ${c.name.padEnd(44)} p50 ${String(s.p50).padStart(7)}  p95 ${String(s.p95).padStart(7)}  n=${s.n}  total=${total}${note ? `  (${note})` : ''}`);
  }
  return { cases: results, all: stats(all) };
}

/** Organizations to open on the page benchmark: a fixed sample, the same on every run. */
export async function pageIds(database: Database, count: number): Promise<string[]> {
  return (await database.rows<{ id: string }>(sql`select id from organizations order by md5(id::text) limit ${count}`)).map((r) => r.id);
}

/** The organization page: the record and its support ledger, fetched together as the web app does. */
export async function runPage(
  get: Get,
  ids: string[],
  tokens: { national: string; centerManager: string },
  budget: { timeLimitMs: number },
): Promise<{ page: Stats; organization: Stats; supportRecords: Stats }> {
  const page: number[] = [];
  const org: number[] = [];
  const sup: number[] = [];
  const one = async (path: string, into: number[]) => {
    const t = performance.now();
    await get(path, tokens.national);
    into.push(performance.now() - t);
  };
  const pageOf = (id: string) => [`/api/v1/organizations/${id}`, `/api/v1/organizations/${id}/support-records`] as const;
  for (const id of ids.slice(0, 5)) await Promise.all(pageOf(id).map((p) => get(p, tokens.national)));
  const deadline = performance.now() + budget.timeLimitMs;
  for (const [i, id] of ids.slice(5).entries()) {
    if (i >= 20 && performance.now() > deadline) break;
    const [a, b] = pageOf(id);
    const t = performance.now();
    await Promise.all([one(a, org), one(b, sup)]);
    page.push(performance.now() - t);
  }
  return { page: stats(page), organization: stats(org), supportRecords: stats(sup) };
}
