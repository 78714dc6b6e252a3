/**
 * The dashboards benchmark's ten years (2016–2025) of support and outcomes, on top of the
 * organizations of dataset.ts: deterministic for a given seed and size (mulberry32 from
 * src/shared/random.ts, one stream per organization so a counting pass and the writing pass draw
 * the same numbers). Rows come out in column arrays, ordered by organization id, ready for
 * `insert … select from unnest(…)` (dashboards.load.ts).
 */
import { supportKinds, type SupportKind } from '../src/features/support-records/support-kinds.ts';
import { Random } from '../src/shared/random.ts';

/** Bump when the generator changes. */
export const DASHBOARDS_GENERATOR_VERSION = 1;
export const FIRST_YEAR = 2016;
export const LAST_YEAR = 2025;
const SEED = 20261202;

/** An organization as loaded by load.ts, read back from the database (ordered by id). */
export type BenchOrg = { id: string; kind: string; foundedOn: string | null; region: string | null; affiliated: string[] };
export type BenchCenter = { id: string; region: string };

/** Support programs (사업명) of the centers and the national office. */
export const PROGRAMS = [
  '창업도약패키지', '초기창업패키지', '예비창업패키지', '스마트공장 보급확산', '혁신센터 보육', '글로벌 액셀러레이팅', '지역특화 실증',
  '미니클러스터 네트워크', '오픈이노베이션 챌린지', '투자연계 IR', '해외 바이어 매칭', '기술이전 사업화', 'ESG 경영 컨설팅', '탄소중립 실증',
];
const kindWeights: Record<SupportKind, number> = {
  consulting: 14, mentoring: 14, education: 12, space: 6, prototype: 8, funding: 10, investment_linkage: 6, tech_transfer: 4,
  marketing: 10, overseas: 6, smart_factory: 5, other: 5,
};
for (const k of supportKinds) if (!(k in kindWeights)) throw new Error(`support kind ${k} has no weight`);
const investors = ['한빛벤처스', '누리인베스트먼트', '가온파트너스', '미래캐피탈', 'Blue Ocean Ventures', '새봄액셀러레이터', '한국산업은행', '중소벤처기업진흥공단', 'KDB캐피탈', '다올인베스트먼트'];
const stages = ['seed', 'pre-A', 'Series A', 'Series B', 'Series C', 'bridge'];
const countries = ['중국', '베트남', '미국', '일본', '멕시코', '인도네시아', '태국', '독일', '프랑스', 'UAE'];
const returnReasons = ['증빙 자료(재무제표)가 첨부되지 않았습니다.', '전년 대비 증감이 커서 확인이 필요합니다.', '기간이 잘못 입력되었습니다.', '단위(천원/원)를 확인해 주세요.'];

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
/** Days since 1970-01-01, and back to YYYY-MM-DD through a table of the ten years. */
const dayOf = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
const firstDay = dayOf(`${FIRST_YEAR - 1}-01-01`);
const lastDay_ = dayOf(`${LAST_YEAR}-12-31`);
const dates = Array.from({ length: lastDay_ - firstDay + 1 }, (_, i) => new Date((firstDay + i) * 86_400_000).toISOString().slice(0, 10));
const dateOf = (day: number) => dates[day - firstDay]!;

/** One stream per organization: the same organization draws the same numbers in every pass. */
const streamOf = (seed: number, index: number) => new Random(Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b));

/** A log-normal draw around `median`. */
function lognormal(r: Random, median: number, sigma: number): number {
  const u = Math.max(1e-12, r.next());
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.next());
  return median * Math.exp(sigma * z);
}
const krw = (x: number) => Math.max(0, Math.round(x / 1000) * 1000);

/**
 * Splits `total` over `weights` exactly (cumulative rounding): the counts add up to `total`.
 */
export function allocate(weights: Float64Array, total: number): Uint32Array {
  const sum = weights.reduce((s, w) => s + w, 0);
  const out = new Uint32Array(weights.length);
  if (sum <= 0) return out;
  let cumulative = 0;
  let given = 0;
  for (let i = 0; i < weights.length; i++) {
    cumulative += weights[i]!;
    const upTo = Math.round((total * cumulative) / sum);
    out[i] = upTo - given;
    given = upTo;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Support records

export type SupportColumns = {
  org: string[]; center: (string | null)[]; cluster: (string | null)[]; kind: string[]; started: string[]; ended: (string | null)[];
  value: (number | null)[]; program: string[]; notes: string[];
};
const supportColumns = (): SupportColumns => ({ org: [], center: [], cluster: [], kind: [], started: [], ended: [], value: [], program: [], notes: [] });

type SupportPlan = { centers: string[]; cluster: string | null; firstYear: number; lastYear: number };

const supportable = (kind: string) => kind === 'startup' || kind === 'sme' || kind === 'midsize';

/** Who is supported, by which centers (about 30 % by two) and clusters, in which years. */
function supportPlan(org: BenchOrg, index: number, centers: BenchCenter[], clusters: string[]): SupportPlan | null {
  const r = streamOf(SEED + 1, index);
  if (!r.chance(supportable(org.kind) ? 0.88 : org.kind === 'large' ? 0.2 : 0.1)) return null;
  const inRegion = centers.filter((c) => c.region === org.region);
  const primary = org.affiliated[0] ?? (inRegion.length && r.chance(0.8) ? r.pick(inRegion).id : r.pick(centers).id);
  const list = [primary];
  if (r.chance(0.3)) {
    const second = org.affiliated.find((c) => c !== primary) ?? r.pick(centers.filter((c) => c.id !== primary)).id;
    list.push(second);
  }
  const cluster = clusters.length && r.chance(org.region === '인천' ? 0.35 : 0.03) ? r.pick(clusters) : null;
  const founded = org.foundedOn ? Number(org.foundedOn.slice(0, 4)) : FIRST_YEAR - 5;
  const firstYear = Math.min(LAST_YEAR, Math.max(FIRST_YEAR, founded) + r.int(0, 2));
  const lastYear = Math.min(LAST_YEAR, firstYear + r.int(1, 7));
  return { centers: list, cluster, firstYear, lastYear };
}

/**
 * `total` support records over 2016–2025 for the organizations (ordered by id), in chunks of
 * `chunk`: 88 % of startups, SMEs and mid-size firms supported over a window of years by their
 * center (about 30 % also by a second one) and, in 인천, often by a mini-cluster; kinds and
 * programs as the ledger has them; some records run into the next year.
 */
export function* supportRecords(orgs: BenchOrg[], centers: BenchCenter[], clusters: string[], total: number, chunk: number): Generator<SupportColumns> {
  const plans = orgs.map((o, i) => supportPlan(o, i, centers, clusters));
  const weights = new Float64Array(orgs.length);
  plans.forEach((p, i) => {
    if (p) weights[i] = (p.lastYear - p.firstYear + 1) * lognormal(streamOf(SEED + 2, i), 1, 0.7);
  });
  const counts = allocate(weights, total);
  let out = supportColumns();
  for (let i = 0; i < orgs.length; i++) {
    const p = plans[i];
    if (!p || counts[i] === 0) continue;
    const r = streamOf(SEED + 3, i);
    const from = dayOf(iso(p.firstYear, 1, 1));
    const span = dayOf(iso(p.lastYear, 12, 31)) - from;
    for (let k = 0; k < counts[i]!; k++) {
      const started = from + r.int(0, span);
      const kind = r.weighted(kindWeights);
      const byCluster = p.cluster !== null && r.chance(0.2);
      out.org.push(orgs[i]!.id);
      out.center.push(byCluster ? null : p.centers.length > 1 && r.chance(0.4) ? p.centers[1]! : p.centers[0]!);
      out.cluster.push(byCluster ? p.cluster : null);
      out.kind.push(kind);
      out.started.push(dateOf(started));
      // Most support is a day to a few months; some of it runs into the next year (then it counts in both).
      out.ended.push(r.chance(0.1) ? null : dateOf(Math.min(lastDay_, started + (r.chance(0.5) ? 0 : r.int(1, 240)))));
      out.value.push(kind === 'funding' || kind === 'prototype' || kind === 'smart_factory' ? r.int(50, 5_000) * 100_000 : kind === 'investment_linkage' && r.chance(0.3) ? r.int(10, 300) * 1_000_000 : null);
      out.program.push(r.chance(0.9) ? r.pick(PROGRAMS) : '');
      out.notes.push('');
      if (out.org.length === chunk) {
        yield out;
        out = supportColumns();
      }
    }
  }
  if (out.org.length) yield out;
}

// ---------------------------------------------------------------------------------------------
// Outcome records

export type OutcomeColumns = {
  /** A counter: the id is built from it in SQL (time-ordered, ascending, like UUIDv7). */
  seq: number[]; org: string[]; metric: string[]; period: string[]; start: string[]; end: string[]; value: number[]; details: string[];
  source: string[]; status: string[]; reason: (string | null)[];
  /** Recorded this many minutes after the period ended. */
  after: number[];
};
const outcomeColumns = (): OutcomeColumns => ({ seq: [], org: [], metric: [], period: [], start: [], end: [], value: [], details: [], source: [], status: [], reason: [], after: [] });

type Period = { period: string; start: string; end: string; year: number };
type Emit = (metric: string, p: Period, value: number, details: string) => void;

// The periods, made once: 10 years of years, quarters and months.
const periods = new Map<string, Period>();
const cached = (period: string, start: string, end: string, year: number) => {
  let p = periods.get(period);
  if (!p) periods.set(period, (p = { period, start, end, year }));
  return p;
};
const yearP = (y: number) => cached(`${y}`, iso(y, 1, 1), iso(y, 12, 31), y);
const quarterP = (y: number, q: number) => cached(`${y}-Q${q}`, iso(y, q * 3 - 2, 1), iso(y, q * 3, lastDay(y, q * 3)), y);
const monthP = (y: number, m: number) => cached(`${y}-${pad(m)}`, iso(y, m, 1), iso(y, m, lastDay(y, m)), y);

const reports = (kind: string) => supportable(kind) || kind === 'large';

/** The years an organization reports figures for: from its founding (or 2016) to 2025. */
function reportingYears(org: BenchOrg): [number, number] | null {
  if (!reports(org.kind) || !org.foundedOn) return null;
  const first = Math.max(FIRST_YEAR, Number(org.foundedOn.slice(0, 4)));
  return first > LAST_YEAR ? null : [first, LAST_YEAR];
}

/**
 * The figures of one organization's years, except the monthly series (below): yearly revenue,
 * employees, new hires and survival nearly always; export sales for exporters (some also per
 * quarter); quarterly revenue beside the yearly figure for a fifth, and for a few quarters
 * instead of a year; patents, prototypes, certifications and subsidiaries now and then;
 * investment deals for a share of startup-years.
 */
function baseFigures(org: BenchOrg, index: number, emit: Emit): void {
  const years = reportingYears(org);
  if (!years) return;
  const r = streamOf(SEED + 4, index);
  const scale = org.kind === 'startup' ? lognormal(r, 4e8, 1.1) : org.kind === 'sme' ? lognormal(r, 6e9, 1) : org.kind === 'midsize' ? lognormal(r, 1.5e11, 0.6) : lognormal(r, 2e12, 0.5);
  const staff = org.kind === 'startup' ? r.int(2, 15) : org.kind === 'sme' ? r.int(10, 120) : org.kind === 'midsize' ? r.int(300, 1_000) : r.int(1_000, 8_000);
  const exporter = r.chance(org.kind === 'startup' ? 0.18 : 0.4);
  const quarterly = r.chance(0.2);
  const innovator = r.chance(0.3);
  const growth = 1 + (org.kind === 'startup' ? r.next() * 0.6 : r.next() * 0.15 - 0.03);
  let revenue = scale;
  let employees = staff;
  for (let y = years[0]; y <= years[1]; y++) {
    const yearPeriod = yearP(y);
    const quartersOnly = quarterly && r.chance(0.15);
    const yearRevenue = krw(revenue * (0.8 + r.next() * 0.4));
    if (!quartersOnly && r.chance(0.95)) emit('revenue', yearPeriod, yearRevenue, '{}');
    if (quarterly) {
      for (let q = 1; q <= 4; q++) emit('revenue', quarterP(y, q), krw((yearRevenue / 4) * (0.85 + r.next() * 0.3)), '{}');
    }
    const hires = Math.max(0, Math.round(employees * (org.kind === 'startup' ? 0.25 + r.next() * 0.4 : 0.05 + r.next() * 0.12)));
    employees = Math.max(1, Math.round(employees * (growth + (r.next() - 0.5) * 0.1)));
    if (r.chance(0.9)) emit('employees', yearPeriod, employees, '{}');
    if (r.chance(0.85)) emit('newHires', yearPeriod, hires, '{}');
    if (r.chance(0.5)) emit('operating', yearPeriod, r.chance(0.97) ? 1 : 0, '{}');
    if (exporter && r.chance(0.75)) {
      const exports = krw(yearRevenue * (0.05 + r.next() * 0.5));
      const details = JSON.stringify({ countries: r.sample(countries, r.int(1, 3)) });
      if (quarterly && r.chance(0.5)) {
        for (let q = 1; q <= 4; q++) emit('exportSales', quarterP(y, q), krw((exports / 4) * (0.7 + r.next() * 0.6)), details);
      } else emit('exportSales', yearPeriod, exports, details);
      if (r.chance(0.04)) emit('overseasSubsidiaries', yearPeriod, 1, '{}');
    }
    if (innovator && r.chance(0.5)) emit('patentApplications', yearPeriod, r.int(1, 8), '{}');
    if (innovator && r.chance(0.3)) emit('patentRegistrations', yearPeriod, r.int(1, 4), '{}');
    if (innovator && r.chance(0.3)) emit('prototypes', yearPeriod, r.int(1, 3), '{}');
    if (r.chance(0.08)) emit('certifications', yearPeriod, r.int(1, 2), '{}');
    if (org.kind === 'startup' && r.chance(0.14)) {
      for (let d = r.int(1, 3); d > 0; d--) emit('investment', yearPeriod, krw(lognormal(r, 8e8, 1.2)), investmentDetails(r, y));
    }
    revenue *= growth + (r.next() - 0.5) * 0.2;
  }
}

function investmentDetails(r: Random, year: number): string {
  return JSON.stringify({ investor: r.pick(investors), stage: r.pick(stages), date: iso(year, r.int(1, 12), r.int(1, 28)) });
}

/** Monthly core metrics of a cohort's year (revenue, new hires, employees at month end): 36 figures. */
function monthlyFigures(index: number, year: number, emit: Emit): void {
  const r = streamOf(SEED + 5 + year, index);
  const revenue = lognormal(r, 4e7, 1);
  let employees = r.int(2, 60);
  for (let m = 1; m <= 12; m++) {
    const period = monthP(year, m);
    emit('revenue', period, krw(revenue * (0.6 + r.next() * 0.8)), '{}');
    const hires = r.chance(0.3) ? r.int(1, 3) : 0;
    employees += hires - (r.chance(0.15) ? 1 : 0);
    emit('newHires', period, hires, '{}');
    emit('employees', period, Math.max(1, employees), '{}');
  }
}

/** Counts what baseFigures gives, without keeping it. */
function countBase(orgs: BenchOrg[]): { base: number; orgYears: number } {
  let base = 0;
  let orgYears = 0;
  const emit: Emit = () => void base++;
  orgs.forEach((o, i) => {
    baseFigures(o, i, emit);
    const years = reportingYears(o);
    if (years) orgYears += years[1] - years[0] + 1;
  });
  return { base, orgYears };
}

/**
 * Exactly `total` outcome records for the organizations (ordered by id), in chunks of `chunk`:
 * the figures of baseFigures, then monthly series for a cohort of organization-years drawn
 * (selection sampling, seeded) so the count comes out exact, and the last few as extra deals.
 * Statuses: older years nearly all verified; of 2025 a quarter still reported; 2 % returned.
 * Ids are time-ordered (ascending, like UUIDv7), so the primary key fills as it would over years.
 */
export function* outcomeRecords(orgs: BenchOrg[], total: number, chunk: number): Generator<OutcomeColumns> {
  const { base, orgYears } = countBase(orgs);
  if (base > total) throw new Error(`the base figures alone are ${base}, more than ${total}`);
  const series = Math.floor((total - base) / 36);
  let extraDeals = total - base - series * 36;
  if (series > orgYears) throw new Error(`${total} outcome records need ${series} monthly series but there are ${orgYears} organization-years`);
  const cohort = new Random(SEED + 6);
  let seriesLeft = series;
  let orgYearsLeft = orgYears;
  let out = outcomeColumns();
  let n = 0;
  let r = streamOf(SEED + 7, 0);
  let org = orgs[0]!;
  const flushes: OutcomeColumns[] = [];
  const emit: Emit = (metric, p, value, details) => {
    const year = p.year;
    const u = r.next();
    const recent = year === LAST_YEAR ? 0.25 : year === LAST_YEAR - 1 ? 0.06 : 0.015;
    const status = u < 0.02 ? 'returned' : u < 0.02 + recent ? 'reported' : 'verified';
    n++;
    out.seq.push(n);
    out.org.push(org.id);
    out.metric.push(metric);
    out.period.push(p.period);
    out.start.push(p.start);
    out.end.push(p.end);
    out.value.push(value);
    out.details.push(details);
    out.source.push(r.chance(0.55) ? 'import' : r.chance(0.7) ? 'report' : 'staff');
    out.status.push(status);
    out.reason.push(status === 'returned' ? r.pick(returnReasons) : null);
    out.after.push(r.int(5 * 1440, 75 * 1440));
    if (out.seq.length === chunk) {
      flushes.push(out);
      out = outcomeColumns();
    }
  };
  for (let i = 0; i < orgs.length; i++) {
    org = orgs[i]!;
    r = streamOf(SEED + 7, i);
    baseFigures(org, i, emit);
    const years = reportingYears(org);
    if (years) {
      for (let y = years[0]; y <= years[1]; y++) {
        // Selection sampling (Knuth's algorithm S): exactly `series` of the organization-years.
        if (cohort.next() * orgYearsLeft < seriesLeft) {
          monthlyFigures(i, y, emit);
          seriesLeft--;
        }
        orgYearsLeft--;
      }
      if (extraDeals > 0 && org.kind === 'startup') {
        emit('investment', yearP(LAST_YEAR), krw(lognormal(r, 5e8, 1)), investmentDetails(r, LAST_YEAR));
        extraDeals--;
      }
    }
    while (flushes.length) yield flushes.shift()!;
  }
  if (extraDeals > 0) throw new Error(`${extraDeals} outcome records short`);
  if (out.seq.length) yield out;
  if (n !== total) throw new Error(`generated ${n} outcome records, not ${total}`);
}
