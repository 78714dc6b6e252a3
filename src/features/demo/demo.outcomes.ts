import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { parsePeriod, type OutcomeMetric } from '../outcomes/outcome-metrics.ts';
import { jumpFlags } from '../outcomes/outcome.service.ts';
import type { OutcomeDetails, OutcomeFlag } from '../outcomes/outcome.table.ts';
import { addDays, dateBetween, minDate, Random } from '../../shared/random.ts';
import { DEMO_SEED, DEMO_TODAY, type DemoDataset, type DemoOrganization } from './demo.dataset.ts';

/**
 * 성과: the outcome figures of the demo companies, so the dashboards have something to show. Each
 * company the centers and clusters supported reports its year (revenue, new hires, the latest
 * headcounts, and where it applies patents, prototypes, export sales with countries, an overseas
 * subsidiary) for most of the years it was supported, and every investment deal as it happens, in
 * the spirit of seed 003 (투자 유치, 매출, 일자리, 해외 매출, 해외 법인) and its success stories.
 *
 * The last whole year (2025) is where the verification queue is: a few late reports wait for
 * staff, one was returned, one is flagged as ten times the year before. The year after the demo's
 * last whole year has its deals only, the annual survey of it comes later. Its own seeded stream,
 * so the rest of the demo dataset does not change.
 */

export type DemoOutcomeVersion = {
  version: number;
  change: 'created' | 'amended' | 'verified' | 'returned';
  value: number;
  status: 'reported' | 'verified' | 'returned';
  reason: string | null;
  changedBy: string | null;
  changedAt: string;
};

export type DemoOutcome = {
  id: string;
  organizationId: string;
  metric: OutcomeMetric;
  period: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  details: OutcomeDetails;
  note: string;
  source: 'report' | 'staff' | 'import';
  status: 'reported' | 'verified' | 'returned';
  statusReason: string | null;
  flags: OutcomeFlag[];
  createdBy: string | null;
  /** ISO timestamps; the last version's is the record's updatedAt. */
  versions: DemoOutcomeVersion[];
};

/** The last year whose annual survey is in; the first years came from the centers' spreadsheets. */
const LAST_SURVEY_YEAR = 2025;
const IMPORTED_UNTIL = 2016;
const M = 1_000_000;

const COUNTRIES: Record<string, readonly string[]> = {
  incheon: ['중국', '베트남', '미국', '일본', '홍콩'],
  jeonbuk: ['독일', '미국', '일본', '중국', '프랑스'],
  chungbuk: ['중국', '베트남', '페루', '멕시코', '미국'],
  gyeonggi: ['미국', '독일', '일본', '싱가포르', '이스라엘'],
  default: ['미국', '중국', '일본', '베트남', '인도네시아', '독일', '태국'],
};

type Company = {
  o: DemoOrganization;
  kind: 'startup' | 'sme' | 'midsize';
  /** The years someone supported it (≤ the demo's today), each with a staff member who logged its support then. */
  staff: Map<number, string>;
  first: number;
  centers: string[];
  prototypes: Set<number>;
  /** Revenue, employees and exports by year, from its founding (or 2014) to the last survey year. */
  revenue: Map<number, number>;
  employees: Map<number, number>;
  exports: Map<number, number>;
};

/** Story companies of seed 003 with the figures the article gives (the rest of their years are generated). */
type Story = { revenue?: Record<number, number>; extra?: (add: Adder) => void };
type Adder = (metric: OutcomeMetric, period: string, value: number, details?: OutcomeDetails, note?: string) => void;

const STORIES: Record<string, Story> = {
  haebora: {
    revenue: { 2015: 420 * M, 2016: 1_150 * M },
    extra: (add) => {
      add('overseasSubsidiaries', '2016', 1, {}, '홍콩 현지 법인 설립 (IoT 액셀러레이팅 프로그램 지원)');
      add('exportSales', '2016', 380 * M, { countries: ['홍콩', '중국'] });
    },
  },
  plasmapp: {
    revenue: { 2015: 90 * M, 2016: 310 * M },
    extra: (add) => {
      add('investment', '2016-04', 3_000 * M, { investor: '케이브릿지벤처스', stage: 'Series A', date: '2016-04-15' }, 'VC 투자 30억 원 유치');
      add('patentApplications', '2016', 3);
    },
  },
  jeonwoo: { revenue: { 2014: 14_200 * M, 2015: 15_800 * M } },
  ces: { revenue: { 2015: 1_900 * M, 2016: 3_400 * M }, extra: (add) => add('patentRegistrations', '2016', 2, {}, '탄소섬유 발열케이블') },
  'beauty-cosmetics': { revenue: { 2015: 6_300 * M, 2016: 7_900 * M }, extra: (add) => add('exportSales', '2016', 1_250 * M, { countries: ['페루', '멕시코'] }, 'LG생활건강 마케팅 지원으로 남미 수출') },
  'cotton-queen': {
    revenue: { 2015: 8_800 * M, 2016: 10_400 * M },
    extra: (add) => {
      add('prototypes', '2015', 41, {}, '효성 상생협력 기능성 니트 원단 개발');
      add('prototypes', '2016', 28, {}, '기능성 니트 원단 69종 개발 완료');
    },
  },
  fiberfox: {
    revenue: { 2015: 4_100 * M, 2016: 10_600 * M },
    extra: (add) => add('exportSales', '2016', 2_700 * M, { countries: ['미국'] }, '미국 공군·해군 납품 계약'),
  },
  'marine-techno': { revenue: { 2015: 2_300 * M, 2016: 3_100 * M }, extra: (add) => add('exportSales', '2016', 640 * M, { countries: ['멕시코', '과테말라', '코스타리카', '페루', '미국'] }, '경제사절단 수출상담회 MOU 56만 달러') },
  'smart-logis': {
    extra: (add) => {
      add('investment', '2021-11', 1_200 * M, { investor: '스파크랩', stage: 'Seed', date: '2021-11-18' }, '시드 투자 유치');
      add('investment', '2023-05', 3_000 * M, { investor: '창조성장벤처펀드', stage: 'Series A', date: '2023-05-10' }, '시리즈A 투자 유치');
    },
  },
  tansomaru: { extra: (add) => add('investment', '2019-07', 800 * M, { investor: '전북 탄소특화 펀드', stage: 'Pre-A', date: '2019-07-11' }) },
};

const yearsOf = (from: string, to: string | null) => {
  const last = Math.min(Number((to ?? from).slice(0, 4)), Number(DEMO_TODAY.slice(0, 4)));
  return Array.from({ length: Math.max(0, last - Number(from.slice(0, 4)) + 1) }, (_, i) => Number(from.slice(0, 4)) + i);
};

/** A number spread evenly on a log scale between min and max. */
const logBetween = (random: Random, min: number, max: number) => Math.exp(Math.log(min) + random.next() * (Math.log(max) - Math.log(min)));
const round = (value: number, unit: number) => Math.max(unit, Math.round(value / unit) * unit);

export function generateDemoOutcomes(d: DemoDataset): DemoOutcome[] {
  const random = new Random(DEMO_SEED + 6);
  // Per organization: the years it was supported (and who logged its support then), its centers,
  // its first overseas support and the years it had prototypes made.
  const ledger = new Map<string, { staff: Map<number, string>; centers: Set<string>; overseasFrom?: number; prototypes: Set<number> }>();
  for (const r of d.supportRecords) {
    let l = ledger.get(r.organizationId);
    if (!l) ledger.set(r.organizationId, (l = { staff: new Map(), centers: new Set(), prototypes: new Set() }));
    for (const y of yearsOf(r.startedOn, r.endedOn)) if (!l.staff.has(y)) l.staff.set(y, r.staffPersonId);
    if (r.centerId) l.centers.add(r.centerId);
    const y = Number(r.startedOn.slice(0, 4));
    if (r.kind === 'overseas') l.overseasFrom = Math.min(l.overseasFrom ?? y, y);
    if (r.kind === 'prototype') l.prototypes.add(y);
  }
  const investors = d.organizations.filter((o) => o.values.kind === 'investor');
  const investorNames = new Map(investors.map((o) => [o.id, o.values.name]));
  const investorsOf = new Map<string, string[]>();
  for (const a of d.affiliations) {
    const name = a.centerId ? investorNames.get(a.organizationId) : undefined;
    if (name) investorsOf.set(a.centerId!, [...(investorsOf.get(a.centerId!) ?? []), name]);
  }
  const founder = d.memberships.find((m) => m.role === 'company_member')!;

  const out: DemoOutcome[] = [];
  /** The company's figures so far by metric and period: one each (deals aside), and the year before for the jump check. */
  let mine = new Map<string, number>();
  const push = (c: Company, metric: OutcomeMetric, periodText: string, value: number, options: { details?: OutcomeDetails; note?: string } = {}) => {
    const period = parsePeriod(periodText)!;
    // A story's own figure comes first.
    const key = `${metric}${period.period}`;
    if (metric !== 'investment' && mine.has(key)) return;
    mine.set(key, value);
    const year = Number(period.period.slice(0, 4));
    const imported = year <= IMPORTED_UNTIL;
    const source = imported ? 'import' : c.o.key === 'smart-logis' || random.chance(0.8) ? 'report' : 'staff';
    // Staff who verify a company's figures of a year: one who supported it then, else the first who did.
    const verifier = c.staff.get(year) ?? c.staff.get(c.first) ?? null;
    const createdBy = source === 'report' ? (c.o.id === founder.organizationId ? founder.personId : null) : source === 'staff' ? verifier : null;
    // A deal is reported within weeks; a year's figures in the next year's survey (the first years' in the 2017 import).
    const reportedOn =
      metric === 'investment' ? addDays(options.details?.date ?? period.start, random.int(3, 40))
      : imported ? dateBetween(random, '2017-01-09', '2017-02-24')
      : dateBetween(random, `${year + 1}-01-12`, `${year + 1}-03-31`);
    const created = minDate(reportedOn, DEMO_TODAY);
    out.push({
      id: random.uuid(),
      organizationId: c.o.id,
      metric,
      period: period.period,
      periodStart: period.start,
      periodEnd: period.end,
      value,
      details: options.details ?? {},
      note: options.note ?? '',
      source,
      status: 'verified',
      statusReason: null,
      flags: metric === 'investment' ? [] : jumpFlags(metric, period.period, value, mine.get(`${metric}${year - 1}`)),
      createdBy,
      versions: [
        { version: 1, change: 'created', value, status: 'reported', reason: null, changedBy: createdBy, changedAt: `${created}T0${random.int(0, 8)}:${String(random.int(10, 59))}:00Z` },
        { version: 2, change: 'verified', value, status: 'verified', reason: null, changedBy: verifier, changedAt: `${minDate(addDays(created, random.int(2, 30)), DEMO_TODAY)}T0${random.int(0, 8)}:${String(random.int(10, 59))}:00Z` },
      ],
    });
  };

  const companies: Company[] = [];
  for (const o of d.organizations) {
    const kind = o.values.kind;
    const l = ledger.get(o.id);
    if (!l || !(kind === 'startup' || kind === 'sme' || kind === 'midsize') || (kind === 'startup' && !o.values.businessRegistrationNumber)) continue;
    companies.push({ ...model(random, o, kind, l.staff, l.overseasFrom, (o.key && STORIES[o.key]?.revenue) || {}), centers: [...l.centers], prototypes: l.prototypes });
  }

  for (const c of companies) {
    mine = new Map();
    const story = c.o.key ? STORIES[c.o.key] : undefined;
    const add: Adder = (metric, period, value, details, note) => push(c, metric, period, value, { details, note });
    story?.extra?.(add);
    const years = [...c.staff.keys()].filter((y) => y <= LAST_SURVEY_YEAR).sort();
    // The year before the first support, where it existed: the baseline the jump check compares with.
    const first = c.first;
    const founded = Number(c.o.values.foundedOn?.slice(0, 4) ?? first - 5);
    const baseline = first === 2015 && founded < 2014 && (story ? !!story.revenue?.[2014] : random.chance(0.7)) ? [2014] : [];
    for (const y of [...baseline, ...years]) {
      // Most answer the annual survey; the larger companies always do.
      if (!story && !baseline.includes(y) && !random.chance(c.kind === 'midsize' ? 1 : 0.86)) continue;
      add('revenue', String(y), c.revenue.get(y)!);
      if (baseline.includes(y)) continue;
      // Headcount of the last two surveys only: the dashboards count new hires (rule 9), and fewer rows keep the seed quick.
      if (y >= LAST_SURVEY_YEAR - 1) add('employees', String(y), c.employees.get(y)!);
      const hired = Math.max(0, c.employees.get(y)! - (c.employees.get(y - 1) ?? c.employees.get(y)!)) + Math.round(c.employees.get(y)! * random.next() * 0.08);
      add('newHires', String(y), hired);
      const exported = c.exports.get(y);
      if (exported && !(story && y <= 2016)) add('exportSales', String(y), exported, { countries: random.sample(COUNTRIES[c.centers[0] ?? ''] ?? COUNTRIES.default!, random.int(1, 3)) });
      const patents = c.kind === 'startup' ? 0.3 : c.kind === 'sme' ? 0.2 : 0.5;
      if (random.chance(patents)) add('patentApplications', String(y), random.int(1, c.kind === 'midsize' ? 8 : 3));
      if (random.chance(patents / 2)) add('patentRegistrations', String(y), random.int(1, 2));
      if (c.prototypes.has(y) && !story) add('prototypes', String(y), random.int(1, 3));
      if (random.chance(0.05)) add('certifications', String(y), 1, {}, random.pick(['벤처기업 확인', 'ISO 9001', '이노비즈 인증', '기업부설연구소 인정']));
      if (exported && c.exports.get(y - 1) && !story && random.chance(0.025)) add('overseasSubsidiaries', String(y), 1, {}, `${random.pick(COUNTRIES[c.centers[0] ?? ''] ?? COUNTRIES.default!)} 현지 법인 설립`);
    }
    // Deals as they happen, this year's too.
    if (c.kind !== 'midsize' && !story) {
      for (const y of [...c.staff.keys()].sort()) {
        const age = y - founded;
        const chance = c.kind === 'sme' ? 0.02 : age <= 1 ? 0.1 : age <= 4 ? 0.13 : 0.08;
        if (!random.chance(chance)) continue;
        const [stage, min, max] = c.kind === 'sme' ? (['Series A', 1_000, 5_000] as const) : age <= 1 ? (['Seed', 200, 1_000] as const) : age <= 4 ? random.pick([['Pre-A', 800, 2_000], ['Series A', 2_000, 6_000]] as const) : (['Series B', 5_000, 20_000] as const);
        const pool = [...new Set(c.centers.flatMap((id) => investorsOf.get(id) ?? []))];
        for (let deal = random.chance(0.25) ? 2 : 1; deal > 0; deal--) {
          const date = dateBetween(random, `${y}-01-05`, minDate(`${y}-12-28`, addDays(DEMO_TODAY, -10)));
          add('investment', date.slice(0, 7), round(logBetween(random, min * M, max * M), 10 * M), { investor: random.pick(pool.length ? pool : investors.map((i) => i.values.name)), stage, date });
        }
      }
    }
  }

  waitForStaff(random, out, companies, founder.organizationId!);
  return out;
}

/** A company's figures over the years: revenue on a growth path by kind, headcount following it, exports for those who went abroad. */
function model(random: Random, o: DemoOrganization, kind: Company['kind'], staff: Map<number, string>, overseasFrom: number | undefined, told: Record<number, number>): Omit<Company, 'centers' | 'prototypes'> {
  const first = Math.min(...staff.keys());
  const founded = Number(o.values.foundedOn?.slice(0, 4) ?? first - 5);
  const start = Math.max(founded, 2013);
  const revenue = new Map<number, number>();
  const employees = new Map<number, number>();
  const exports = new Map<number, number>();
  let value =
    kind === 'startup' ? logBetween(random, 30 * M, 300 * M) * (1 + Math.max(0, start - founded) * 0.6)
    : kind === 'sme' ? logBetween(random, 800 * M, 15_000 * M)
    : logBetween(random, 30_000 * M, 120_000 * M);
  const pace = kind === 'startup' ? 0.25 + random.next() * 0.65 : kind === 'sme' ? random.next() * 0.16 - 0.04 : random.next() * 0.09 - 0.02;
  const exporter = overseasFrom !== undefined ? random.chance(0.7) : random.chance(kind === 'midsize' ? 0.5 : 0.04);
  const exportFrom = overseasFrom ?? start + random.int(1, 6);
  let share = 0.08 + random.next() * 0.3;
  for (let y = start; y <= LAST_SURVEY_YEAR; y++) {
    const age = y - founded;
    // Startups grow fast while young and settle; everyone has good and bad years.
    const growth = kind === 'startup' ? 1 + pace * 0.85 ** Math.max(0, age - 1) : 1 + pace;
    if (y > start) value *= growth * (0.88 + random.next() * 0.24);
    // A story's own figures, and its later years going on from them.
    value = told[y] ?? value;
    revenue.set(y, round(value, M));
    const perHead = kind === 'startup' ? 90 * M : kind === 'sme' ? 260 * M : 520 * M;
    employees.set(y, Math.max(kind === 'startup' ? 2 : 6, Math.round(value / perHead)));
    if (exporter && y >= exportFrom) {
      share = Math.min(0.6, share * (0.95 + random.next() * 0.2));
      exports.set(y, round(value * share, M));
    }
  }
  return { o, kind, staff, first, revenue, employees, exports };
}

/**
 * What is left for staff: late reports of the last survey year (the founder's company among them),
 * one returned with a reason, one flagged as ten times the year before, one amended, and the deals
 * of the last weeks.
 */
function waitForStaff(random: Random, out: DemoOutcome[], companies: Company[], founderOrg: string): void {
  const last = String(LAST_SURVEY_YEAR);
  const reported = (r: DemoOutcome, on: string) => {
    r.status = 'reported';
    r.versions = [{ ...r.versions[0]!, changedAt: `${on}T01:20:00Z` }];
  };
  const late = new Set(companies.filter((c) => c.o.id === founderOrg || random.chance(0.03)).map((c) => c.o.id));
  for (const r of out) {
    if (r.period === last && late.has(r.organizationId)) reported(r, dateBetween(random, '2026-10-01', DEMO_TODAY));
    if (r.metric === 'investment' && r.details.date && r.details.date >= addDays(DEMO_TODAY, -40)) reported(r, minDate(addDays(r.details.date, 5), DEMO_TODAY));
  }
  // An 인천 startup that won a large logistics contract: its revenue of the year is ten times the one before.
  const revenues = new Map(out.filter((r) => r.metric === 'revenue').map((r) => [`${r.organizationId}|${r.period}`, r]));
  const revenueOf = (orgId: string, year: string) => revenues.get(`${orgId}|${year}`);
  const incheon = companies.filter((c) => c.centers.includes('incheon') && c.o.id !== founderOrg);
  const jumper = incheon.find((c) => c.kind === 'startup' && !late.has(c.o.id) && revenueOf(c.o.id, last) && revenueOf(c.o.id, String(LAST_SURVEY_YEAR - 1)));
  if (jumper) {
    const r = revenueOf(jumper.o.id, last)!;
    const prior = revenueOf(jumper.o.id, String(LAST_SURVEY_YEAR - 1))!.value;
    r.value = round(prior * 12.4, M);
    r.note = '대형 물류센터 운영 계약 수주';
    r.flags = jumpFlags('revenue', r.period, r.value, prior);
    reported(r, '2026-11-10');
    r.versions[0]!.value = r.value;
  }
  // Returned: the figure does not match the financial statement; the company is to report it again.
  const returned = incheon.map((c) => revenueOf(c.o.id, last)).find((r) => r && r.status === 'verified' && r.organizationId !== jumper?.o.id);
  if (returned) {
    const reason = '재무제표의 매출액과 다릅니다. 재무제표를 첨부해 다시 보고해 주세요.';
    returned.status = 'returned';
    returned.statusReason = reason;
    returned.versions[1] = { ...returned.versions[1]!, change: 'returned', status: 'returned', reason };
  }
  // Amended: the founder's company corrected a year's revenue to the closing figure, and staff verified it.
  const amended = revenueOf(founderOrg, String(LAST_SURVEY_YEAR - 1));
  if (amended) {
    const [created, verified] = amended.versions as [DemoOutcomeVersion, DemoOutcomeVersion];
    const first = round(amended.value * 0.93, M);
    amended.versions = [
      { ...created, value: first },
      { ...created, version: 2, change: 'amended', value: amended.value, reason: '결산 확정치로 수정', changedAt: created.changedAt.replace(/T0/, 'T1') },
      { ...verified, version: 3 },
    ];
  }
}

/** Rows per statement: each column is one array parameter, so a chunk is bounded by memory, not by parameters. */
const CHUNK = 5000;

/** Inserts the figures and their histories the way the demo inserts its ledger: INSERT … SELECT FROM unnest(arrays). */
export async function insertDemoOutcomes(tx: Db, outcomes: DemoOutcome[]): Promise<void> {
  for (let i = 0; i < outcomes.length; i += CHUNK) {
    const chunk = outcomes.slice(i, i + CHUNK);
    const column = <T>(f: (r: DemoOutcome) => T) => sql.param(chunk.map(f));
    const last = (r: DemoOutcome) => r.versions[r.versions.length - 1]!;
    await tx.execute(sql`
      insert into outcome_records (id, organization_id, metric, period, period_start, period_end, value, details, note, source, status, status_reason,
        flags, version, created_by, created_at, updated_at)
      select u.id, u.organization_id, u.metric, u.period, u.period_start, u.period_end, u.value, u.details::jsonb, u.note, u.source, u.status, u.status_reason,
        u.flags::jsonb, u.version, u.created_by, u.created_at, u.updated_at
      from unnest(${column((r) => r.id)}::uuid[], ${column((r) => r.organizationId)}::uuid[], ${column((r) => r.metric)}::text[],
        ${column((r) => r.period)}::text[], ${column((r) => r.periodStart)}::date[], ${column((r) => r.periodEnd)}::date[], ${column((r) => r.value)}::bigint[],
        ${column((r) => JSON.stringify(r.details))}::text[], ${column((r) => r.note)}::text[], ${column((r) => r.source)}::text[], ${column((r) => r.status)}::text[],
        ${column((r) => r.statusReason)}::text[], ${column((r) => JSON.stringify(r.flags))}::text[], ${column((r) => last(r).version)}::int[],
        ${column((r) => r.createdBy)}::uuid[], ${column((r) => r.versions[0]!.changedAt)}::timestamptz[], ${column((r) => last(r).changedAt)}::timestamptz[])
        as u(id, organization_id, metric, period, period_start, period_end, value, details, note, source, status, status_reason, flags, version, created_by, created_at, updated_at)`);
    const versions = chunk.flatMap((r) => r.versions.map((v) => ({ ...v, recordId: r.id, details: JSON.stringify(r.details), note: r.note })));
    const field = <T>(f: (v: (typeof versions)[number]) => T) => sql.param(versions.map(f));
    await tx.execute(sql`
      insert into outcome_record_versions (record_id, version, change, value, details, note, status, reason, changed_by, changed_at)
      select u.record_id, u.version, u.change, u.value, u.details::jsonb, u.note, u.status, u.reason, u.changed_by, u.changed_at
      from unnest(${field((v) => v.recordId)}::uuid[], ${field((v) => v.version)}::int[], ${field((v) => v.change)}::text[], ${field((v) => v.value)}::bigint[],
        ${field((v) => v.details)}::text[], ${field((v) => v.note)}::text[], ${field((v) => v.status)}::text[], ${field((v) => v.reason)}::text[],
        ${field((v) => v.changedBy)}::uuid[], ${field((v) => v.changedAt)}::timestamptz[])
        as u(record_id, version, change, value, details, note, status, reason, changed_by, changed_at)`);
  }
}
