import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type EligibilityRulesIn } from '../calls/call.eligibility.ts';
import { FormDefinition } from '../forms/form.schema.ts';
import { seoulToday } from '../../shared/clock.ts';
import { demoForm } from './demo.programs.ts';
import { testDeps } from '../../../test/db.ts';
import type { Deps } from '../../http/context.ts';
import { signIn } from '../auth/auth.service.ts';
import { isValidBrn } from '../organizations/brn.ts';
import { OrganizationQuery } from '../organizations/organization.schema.ts';
import { listOrganizations } from '../organizations/organization.service.ts';
import { ksicLookup } from '../reference/ksic.ts';
import { DEMO_PASSWORD, demoAccounts } from './demo.accounts.ts';
import { MC_MEMBER_COMPANIES, MC_MEMBER_INSTITUTIONS } from './demo.clusters.ts';
import { DEMO_FIRST_DAY, DEMO_ORGANIZATION_COUNT, DEMO_TODAY, type DemoDataset } from './demo.dataset.ts';
import { JEONBUK_ONLY_ORGANIZATION } from './demo.fixed.ts';
import { generateDemoDataset } from './demo.generate.ts';
import { generateDemoOutcomes, type DemoOutcome } from './demo.outcomes.ts';
import { dashboard } from '../dashboards/dashboard.service.ts';
import { maxValueOf, parsePeriod } from '../outcomes/outcome-metrics.ts';
import { report } from '../reports/report.service.ts';
import { seedDemo } from './demo.seed.ts';
import { GWANGJU_CONTEST_CALL, GWANGJU_ENTRIES } from './demo.evaluation.ts';
import { computeRanking } from '../evaluation/ranking/ranking.service.ts';
import { evaluationRounds } from '../evaluation/rounds/round.table.ts';
import { themeByKey } from './demo.themes.ts';

let deps: Deps;
let summary: string;
let dataset: DemoDataset;
let outcomes: DemoOutcome[];

beforeAll(async () => {
  deps = await testDeps();
  summary = await seedDemo(deps, { onlyIfEmpty: true });
  dataset = generateDemoDataset();
  outcomes = generateDemoOutcomes(dataset);
}, 180_000);
afterAll(() => deps.database.close());

const one = async <T>(query: ReturnType<typeof sql>): Promise<T> => (await deps.database.rows<T>(query))[0]!;

describe('the generated dataset', () => {
  it('is the same on every run: ids, BRNs, names, dates and amounts', () => {
    expect(generateDemoDataset()).toEqual(dataset);
  });

  it('dates nothing before 2015 or after the demo today, and codes industries from ksic.ts only', () => {
    const dates = [
      ...dataset.supportRecords.flatMap((r) => [r.startedOn, r.endedOn]),
      ...dataset.affiliations.flatMap((a) => [a.startedOn, a.endedOn]),
      ...dataset.organizations.flatMap((o) => [o.values.foundedOn, o.createdOn]),
    ].filter((d): d is string => !!d);
    expect(dates.every((d) => d <= DEMO_TODAY)).toBe(true);
    expect(dataset.supportRecords.every((r) => r.startedOn >= DEMO_FIRST_DAY && (!r.endedOn || r.endedOn >= r.startedOn))).toBe(true);
    expect(dataset.organizations.every((o) => !o.values.ksicCode || ksicLookup(o.values.ksicCode))).toBe(true);
  });

  it('records support only within an affiliation with the center or cluster that gave it', () => {
    const spans = new Map<string, { from: string; to: string }[]>();
    for (const a of dataset.affiliations) {
      const key = `${a.organizationId}|${a.centerId ?? a.clusterKey}`;
      spans.set(key, [...(spans.get(key) ?? []), { from: a.startedOn, to: a.endedOn ?? DEMO_TODAY }]);
    }
    const outside = dataset.supportRecords.filter(
      (r) => !(spans.get(`${r.organizationId}|${r.centerId ?? r.clusterKey}`) ?? []).some((s) => s.from <= r.startedOn && r.startedOn <= s.to),
    );
    expect(outside).toEqual([]);
  });

  it('gives every 인천 smart-logistics organization a support history', () => {
    const withRecords = new Set(dataset.supportRecords.filter((r) => r.centerId === 'incheon').map((r) => r.organizationId));
    const incheon = new Set(dataset.affiliations.filter((a) => a.centerId === 'incheon').map((a) => a.organizationId));
    const logistics = dataset.organizations.filter((o) => incheon.has(o.id) && o.theme && themeByKey.get(o.theme)?.logistics);
    expect(logistics.length).toBeGreaterThan(150);
    expect(logistics.filter((o) => !withRecords.has(o.id))).toEqual([]);
  });

  it('matches the figures of the seeds', () => {
    const records = (program: string) => dataset.supportRecords.filter((r) => r.program === program);
    const smartFactories = [...records('스마트공장 구축 지원 (1차)'), ...records('스마트공장 구축 지원 (2차)')];
    expect(smartFactories.filter((r) => r.centerId === 'gyeongbuk' && r.startedOn.startsWith('2015'))).toHaveLength(100);
    expect(records('스마트공장 구축 지원 (1차)').every((r) => r.endedOn! <= '2015-06-30')).toBe(true);
    expect(records('삼성 공정 전문가 컨설팅').filter((r) => r.startedOn.startsWith('2015')).length).toBeGreaterThanOrEqual(150);
    expect(records('파리 복합소재 전시회')).toHaveLength(11);
    const campus = records('스마트벤처캠퍼스');
    expect([campus.length, campus.reduce((s, r) => s + r.valueKrw!, 0)]).toEqual([25, 1_950_000_000]);
    const fiberfox = dataset.organizations.find((o) => o.key === 'fiberfox')!;
    const patents = dataset.supportRecords.filter((r) => r.organizationId === fiberfox.id && r.kind === 'tech_transfer');
    expect(patents.map((r) => [r.centerId, r.valueKrw])).toEqual(Array(7).fill(['chungbuk', 0]));
  });
});

describe('the generated outcome figures', () => {
  it('are the same on every run', () => {
    expect(generateDemoOutcomes(dataset)).toEqual(outcomes);
  });

  it('are figures the server would take: periods begun, values in range, one per organization, metric and period (deals aside), a history that ends in the status', () => {
    expect(outcomes.length).toBeGreaterThan(10_000);
    const companies = new Set(dataset.supportRecords.map((r) => r.organizationId));
    const seen = new Set<string>();
    const wrong = outcomes.filter((r) => {
      const period = parsePeriod(r.period);
      const key = `${r.organizationId}|${r.metric}|${r.period}`;
      const twice = r.metric !== 'investment' && seen.has(key);
      seen.add(key);
      return (
        twice ||
        !period ||
        `${period.period}|${period.start}|${period.end}` !== `${r.period}|${r.periodStart}|${r.periodEnd}` ||
        r.periodStart > DEMO_TODAY ||
        r.value < 0 ||
        r.value > maxValueOf(r.metric) ||
        !companies.has(r.organizationId) ||
        r.versions.some((v, i) => v.version !== i + 1 || v.changedAt.slice(0, 10) > DEMO_TODAY) ||
        r.versions.at(-1)!.status !== r.status
      );
    });
    expect(wrong).toEqual([]);
  });

  it('leave a verification queue: late reports, one returned with its reason, one flagged as ten times the year before', () => {
    const by = (status: string) => outcomes.filter((r) => r.status === status);
    expect(by('reported').length).toBeGreaterThan(20);
    expect(by('reported').length).toBeLessThan(outcomes.length / 50);
    expect(by('returned')).toHaveLength(1);
    expect(by('returned')[0]!.statusReason).toBeTruthy();
    const flagged = outcomes.filter((r) => r.flags.length > 0);
    expect(flagged.map((r) => [r.metric, r.status, r.flags[0]!.code])).toEqual([['revenue', 'reported', 'jump']]);
    expect(Number(flagged[0]!.flags[0]!.params!.ratio)).toBeGreaterThanOrEqual(10);
  });

  it("tell seed 003's stories: 플라즈맵's ₩3bn, 해보라's Hong Kong subsidiary, 파이버폭스's revenue up 150%, 마린테크노's five countries", () => {
    const of = (name: string) => {
      const id = dataset.organizations.find((o) => o.values.name === name)!.id;
      return outcomes.filter((r) => r.organizationId === id);
    };
    expect(of('플라즈맵').find((r) => r.metric === 'investment')).toMatchObject({ value: 3_000_000_000, period: '2016-04' });
    expect(of('해보라').find((r) => r.metric === 'overseasSubsidiaries')).toMatchObject({ value: 1, period: '2016' });
    const fiberfox = of('파이버폭스').filter((r) => r.metric === 'revenue');
    expect(fiberfox.find((r) => r.period === '2016')!.value / fiberfox.find((r) => r.period === '2015')!.value).toBeGreaterThan(2.5);
    expect(of('마린테크노').find((r) => r.metric === 'exportSales')!.details.countries).toHaveLength(5);
  });
});

describe('the seeded database', () => {
  it('holds the 18 centers, 3,000 organizations and a ledger of 15,000–25,000 records', async () => {
    expect(summary).toMatch(/^demo data: 3,000 organizations/);
    const counts = await one<{ centers: number; organizations: number; records: number; clusters: number; subs: number }>(sql`select
      (select count(*)::int from centers) as centers, (select count(*)::int from organizations) as organizations,
      (select count(*)::int from support_records) as records, (select count(*)::int from clusters) as clusters,
      (select count(*)::int from clusters where parent_id is not null) as subs`);
    expect(counts).toMatchObject({ centers: 18, organizations: DEMO_ORGANIZATION_COUNT, clusters: 10, subs: 2 });
    expect(counts.records).toBeGreaterThanOrEqual(15_000);
    expect(counts.records).toBeLessThanOrEqual(25_000);
    const kinds = await deps.database.rows<{ kind: string }>(sql`select distinct kind from support_records`);
    expect(kinds).toHaveLength(12);
  });

  it('has 618 member companies and 79 support institutions in the mini-clusters of 남동산단', async () => {
    const members = await one<{ companies: number; institutions: number }>(sql`
      select count(*) filter (where o.kind not in ('university', 'institute', 'agency'))::int as companies,
        count(*) filter (where o.kind in ('university', 'institute', 'agency'))::int as institutions
      from organizations o where exists (select 1 from affiliations a where a.organization_id = o.id and a.cluster_id is not null and a.kind = 'member')`);
    expect(members).toEqual({ companies: MC_MEMBER_COMPANIES, institutions: MC_MEMBER_INSTITUTIONS });
    const taejin = await one<{ cluster: string }>(sql`
      select k.name as cluster from organizations o join affiliations a on a.organization_id = o.id join clusters k on k.id = a.cluster_id
      where o.name = '(주)태진이엔지'`);
    expect(taejin.cluster).toBe('모빌리티 MC');
  });

  it('stores only valid, unique BRNs, and identities for those without one', async () => {
    const rows = await deps.database.rows<{ brn: string | null; dedupe_key: string | null }>(sql`select brn, dedupe_key from organizations`);
    const brns = rows.flatMap((r) => (r.brn ? [r.brn] : []));
    expect(brns.every(isValidBrn)).toBe(true);
    expect(new Set(brns).size).toBe(brns.length);
    expect(rows.filter((r) => !r.brn).every((r) => r.dedupe_key)).toBe(true);
  });

  it('lets every demo account sign in with its role in its scope', async () => {
    for (const account of demoAccounts) {
      const { actor } = await signIn(deps, { email: account.email, password: DEMO_PASSWORD, ip: '192.0.2.1' });
      const [membership] = await deps.database.rows<{ role: string; center_id: string | null; cluster: string | null; organization: string | null }>(sql`
        select m.role, m.center_id, k.name as cluster, o.name as organization from memberships m
          left join clusters k on k.id = m.cluster_id left join organizations o on o.id = m.organization_id
        where m.id = ${actor.activeMembershipId!}`);
      expect({ email: account.email, ...membership }).toEqual({
        email: account.email,
        role: account.role,
        center_id: account.scope.centerId ?? null,
        cluster: account.scope.clusterName ?? null,
        organization: account.scope.organizationName ?? null,
      });
    }
  });

  it('keeps a 전북-only organization: affiliated with 전북 and supported by 전북 alone', async () => {
    const tenants = await deps.database.rows<{ center_id: string | null; cluster_id: string | null }>(sql`
      select a.center_id, a.cluster_id from affiliations a join organizations o on o.id = a.organization_id where o.name = ${JEONBUK_ONLY_ORGANIZATION}
      union select r.center_id, r.cluster_id from support_records r join organizations o on o.id = r.organization_id where o.name = ${JEONBUK_ONLY_ORGANIZATION}`);
    expect(tenants).toEqual([{ center_id: 'jeonbuk', cluster_id: null }]);
  });

  it('has every center record logged by a staff member of that center', async () => {
    const stray = await one<{ n: number }>(sql`
      select count(*)::int as n from support_records r where r.center_id is not null and not exists (
        select 1 from memberships m where m.person_id = r.staff_person_id and m.center_id = r.center_id and m.role in ('center_admin', 'center_manager'))`);
    expect(stray.n).toBe(0);
  });

  it('is findable by the words users type, synonyms included', async () => {
    const { actor } = await signIn(deps, { email: 'admin@innohub.kr', password: DEMO_PASSWORD, ip: '192.0.2.1' });
    const scope = { actor, lang: 'ko' as const, requestId: 'demo-test' };
    const smartFactory = await listOrganizations(deps, scope, OrganizationQuery.parse({ q: '스마트팩토리', region: '경북', limit: 20 }));
    expect(smartFactory.total).toBeGreaterThan(20);
    const drone = await listOrganizations(deps, scope, OrganizationQuery.parse({ q: '드론 배송', limit: 10 }));
    expect(drone.items.filter((o) => o.region === '인천').length).toBeGreaterThan(5);
    const fiberfox = await listOrganizations(deps, scope, OrganizationQuery.parse({ q: '광섬유 융착', limit: 3 }));
    expect(fiberfox.items[0]?.name).toBe('파이버폭스');
  });

  it("holds the centers' and clusters' programs, the seeds' named ones with their partners and cohorts", async () => {
    const logistics = await one<{ center_id: string; partners: string[]; capacity: number }>(sql`
      select p.center_id, array(select o.name from program_partners pp join organizations o on o.id = pp.organization_id where pp.program_id = p.id order by pp.role) as partners,
        (select capacity from program_cohorts h where h.program_id = p.id limit 1) as capacity
      from programs p where p.name = '물류벤처 육성프로그램 (한진·스파크랩·시스코)'`);
    expect(logistics).toMatchObject({ center_id: 'incheon', capacity: 10 });
    expect([...logistics.partners].sort()).toEqual(['(주)한진', '스파크랩', '시스코시스템즈코리아'].sort());
    const campus = await one<{ budget: number; capacity: number }>(sql`
      select p.budget_krw::float8 as budget, h.capacity from programs p join program_cohorts h on h.program_id = p.id where p.name = '스마트벤처캠퍼스'`);
    expect(campus).toEqual({ budget: 1_950_000_000, capacity: 25 });
    const perCenter = await one<{ centers: number; clusters: number }>(sql`
      select count(distinct center_id)::int as centers, count(distinct cluster_id)::int as clusters from programs`);
    expect(perCenter.centers).toBeGreaterThanOrEqual(10);
    expect(perCenter.clusters).toBeGreaterThanOrEqual(1);
    const now = deps.clock.now();
    const callStates = await one<{ open: number; upcoming: number; closed: number }>(sql`
      select count(*) filter (where opens_at <= ${now}::timestamptz and closes_at >= ${now}::timestamptz)::int as open,
        count(*) filter (where opens_at > ${now}::timestamptz)::int as upcoming, count(*) filter (where closes_at < ${now}::timestamptz)::int as closed
      from calls where published_at is not null`);
    expect(callStates).toEqual({ open: 1, upcoming: 1, closed: 1 });
    // Every call has a valid application form, and the demo founder may apply to the open one.
    expect(FormDefinition.safeParse(demoForm).success).toBe(true);
    const forms = await one<{ n: number }>(sql`select count(*)::int as n from call_forms`);
    expect(forms.n).toBe(3);
    const open = await one<{ eligibility: EligibilityRulesIn }>(sql`select eligibility from calls where opens_at <= ${now}::timestamptz and closes_at >= ${now}::timestamptz`);
    const founderOrg = await one<{ id: string }>(sql`select id from organizations where name = '(주)스마트로지스'`);
    const results = await evaluate(deps.database, open.eligibility, founderOrg.id, seoulToday(deps.clock));
    expect(results.every((r) => r.passed)).toBe(true);
  });

  it("holds seed 002's 광주 창업공모전 in evaluation: 71 entries, 서류 평가 being scored by eight judges, a conflict detected, a ranking", async () => {
    const [call] = await deps.database.rows<{ id: string }>(sql`select id from calls where title = ${GWANGJU_CONTEST_CALL}`);
    const apps = await one<{ n: number }>(sql`select count(*)::int as n from applications where call_id = ${call!.id}::uuid and status = 'submitted'`);
    expect(apps.n).toBe(GWANGJU_ENTRIES);
    const rounds = await deps.database.rows<{ id: string; name: string; opens: Date; closes: Date }>(sql`
      select id, name, scoring_opens_at as opens, scoring_closes_at as closes from evaluation_rounds where call_id = ${call!.id}::uuid order by position`);
    expect(rounds.map((r) => r.name)).toEqual(['서류 평가', '발표 평가']);
    const now = deps.clock.now();
    expect(new Date(rounds[0]!.opens) < now && now < new Date(rounds[0]!.closes)).toBe(true);
    const judges = await one<{ n: number; pledged: number }>(sql`
      select count(*)::int as n, count(pledge_signed_at)::int as pledged from round_judges where round_id = ${rounds[0]!.id}::uuid and status = 'active'`);
    expect(judges).toEqual({ n: 8, pledged: 6 });
    const conflicts = await deps.database.rows<{ source: string }>(sql`select source from evaluation_conflicts where round_id = ${rounds[0]!.id}::uuid`);
    expect(conflicts.map((c) => c.source)).toContain('pastAffiliation');
    // Five judges per entry, none in conflict; most sheets in.
    const sheets = await deps.database.rows<{ per: number; n: number }>(sql`
      select count(*)::int as per, count(*) filter (where status = 'submitted')::int as n from score_sheets where round_id = ${rounds[0]!.id}::uuid group by application_id`);
    expect(sheets).toHaveLength(GWANGJU_ENTRIES);
    expect(sheets.every((s) => s.per === 5)).toBe(true);
    const clash = await one<{ n: number }>(sql`
      select count(*)::int as n from score_sheets s join evaluation_conflicts k on k.round_id = s.round_id and k.person_id = s.person_id and k.application_id = s.application_id
      where s.round_id = ${rounds[0]!.id}::uuid`);
    expect(clash.n).toBe(0);
    const [round] = await deps.database.db.select().from(evaluationRounds).where(sql`${evaluationRounds.id} = ${rounds[0]!.id}::uuid`);
    const ranking = await computeRanking(deps, round!);
    expect(ranking.outcome.status).toBe('ranked');
    expect(ranking.pendingSheets).toBeGreaterThan(0);
  });

  it('fills the dashboards at first sight: rollups current, and the same figures as the report over the base tables', async () => {
    const pending = await one<{ n: number }>(sql`select (select count(*) from rollup_dirty)::int + (select count(*) from rollup_dirty_cells)::int as n`);
    expect(pending.n).toBe(0);
    const counts = await one<{ records: number; versions: number }>(sql`
      select (select count(*)::int from outcome_records) as records, (select count(*)::int from outcome_record_versions) as versions`);
    expect(counts).toEqual({ records: outcomes.length, versions: outcomes.reduce((n, r) => n + r.versions.length, 0) });
    const { actor } = await signIn(deps, { email: 'admin@innohub.kr', password: DEMO_PASSWORD, ip: '192.0.2.1' });
    const nation = await dashboard(deps, { actor, lang: 'ko', requestId: 'demo-test' }, { kind: 'national' }, { year: 2025 });
    const base = await report(deps, { from: '2025-01-01', to: '2025-12-31' }, null);
    expect(nation.updating).toBe(false);
    expect(nation.totals).toMatchObject({
      organizations: base.organizationsSupported.total,
      revenueKRW: base.revenueKRW,
      jobsCreated: base.jobsCreated,
      investmentKRW: base.investment.amountKRW,
      investmentDeals: base.investment.deals,
      exportKRW: base.exportSales.amountKRW,
      exportCompanies: base.exportSales.companies,
      overseasSubsidiaries: base.overseasSubsidiaries,
    });
    expect(Math.min(nation.totals.revenueKRW, nation.totals.jobsCreated, nation.totals.investmentDeals, nation.totals.exportCompanies, nation.totals.unverifiedFigures)).toBeGreaterThan(0);
    expect(nation.previous?.revenueKRW).toBeGreaterThan(0);
  });

  it('does nothing on a second start, nor when asked again', async () => {
    const before = await one<{ n: number }>(sql`select count(*)::int as n from support_records`);
    expect(await seedDemo(deps, { onlyIfEmpty: true })).toMatch(/already present/);
    expect(await seedDemo(deps, { onlyIfEmpty: false })).toMatch(/already present/);
    expect(await one<{ n: number }>(sql`select count(*)::int as n from support_records`)).toEqual(before);
  });
});
