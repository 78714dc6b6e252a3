import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { client, cluster, count, organization, user, type Call, type TestUser } from '../../../test/factories.ts';
import type { Deps } from '../../http/context.ts';

// The seeds' targets (전북: 150 carbon startups by 2017; 경북: 100 smart factories this year;
// 광주: 30 automotive companies by 2017) and a few of 인천's, on small data, with the test clock
// at 2026-11-28 (KST): day 331 of the 364 from 2026-01-01 to 2026-12-31.

let deps: Deps;
let call: Call;
let incheon: TestUser;
let jeonbuk: TestUser;
let gyeongbuk: TestUser;
let gwangju: TestUser;
let coordinator: TestUser;
let admin: TestUser;
let founder: TestUser;
let sponsor: TestUser;
let clusterId: string;
let programId: string;
let otherProgramId: string;

const PROGRAM = '스마트 물류 액셀러레이팅';

async function support(organizationId: string, scope: { centerId?: string; clusterId?: string }, kind: string, startedOn: string, extra: { endedOn?: string; program?: string } = {}) {
  await deps.database.rows(sql`
    insert into support_records (organization_id, center_id, cluster_id, kind, started_on, ended_on, program)
    values (${organizationId}::uuid, ${scope.centerId ?? null}, ${scope.clusterId ?? null}::uuid, ${kind}, ${startedOn}::date, ${extra.endedOn ?? null}::date, ${extra.program ?? ''})`);
}

async function figure(organizationId: string, metric: string, period: string, start: string, end: string, value: number, status = 'reported') {
  await deps.database.rows(sql`
    insert into outcome_records (organization_id, metric, period, period_start, period_end, value, source, status)
    values (${organizationId}::uuid, ${metric}, ${period}, ${start}::date, ${end}::date, ${value}, 'staff', ${status})`);
}

const carbon = { title: '탄소 창업기업 150개 육성', kind: 'organizations', filter: { kinds: ['startup'], ksicPrefixes: ['20'], foundedSinceStart: true }, value: 150, startsOn: '2015-01-01', deadline: '2017-12-31' };
const smartFactories = { title: '스마트공장 100곳 보급', kind: 'organizations', filter: { supportKinds: ['smart_factory'] }, value: 100, startsOn: '2026-01-01', deadline: '2026-12-31' };
const automotive = { title: '자동차 기업 30개 육성', kind: 'organizations', filter: { ksicPrefixes: ['303'] }, value: 30, startsOn: '2015-01-01', deadline: '2017-12-31' };
const hires = { title: '신규 고용 40명', kind: 'metric', metric: 'newHires', value: 40, startsOn: '2026-01-01', deadline: '2026-12-31' };
const investment = { title: '투자 유치 10억 원', kind: 'metric', metric: 'investment', value: 1_000_000_000, startsOn: '2026-01-01', deadline: '2026-12-31' };

beforeAll(async () => {
  deps = await testDeps();
  call = client(deps).call;
  clusterId = (await cluster(deps, '남동 스마트 물류 MC')).id;
  incheon = await user(deps, 'center_manager', { centerId: 'incheon' });
  jeonbuk = await user(deps, 'center_manager', { centerId: 'jeonbuk' });
  gyeongbuk = await user(deps, 'center_admin', { centerId: 'gyeongbuk' });
  gwangju = await user(deps, 'center_manager', { centerId: 'gwangju' });
  coordinator = await user(deps, 'cluster_coordinator', { clusterId });
  admin = await user(deps, 'national_admin');
  sponsor = await user(deps, 'sponsor', { centerId: 'incheon' });
  const own = await organization(deps, { name: '인천 물류 스타트업' });
  founder = await user(deps, 'company_member', { organizationId: own.id });

  // 전북: carbon startups founded since 2015 with the center's support, until the end of 2017.
  const startup = (name: string, ksicCode: string, foundedOn: string, kind: 'startup' | 'sme' = 'startup') => organization(deps, { name, kind, ksicCode, foundedOn, region: '전북' });
  const c1 = await startup('효성탄소 1호', '20501', '2015-03-02');
  await support(c1.id, { centerId: 'jeonbuk' }, 'mentoring', '2015-04-01');
  const c2 = await startup('탄소섬유 2호', '20501', '2016-01-10');
  await support(c2.id, { centerId: 'jeonbuk' }, 'space', '2016-02-01');
  await support(c2.id, { centerId: 'jeonbuk' }, 'funding', '2016-05-01');
  const c3 = await startup('탄소소재 3호', '20', '2015-06-01');
  await support(c3.id, { centerId: 'jeonbuk' }, 'prototype', '2017-12-31');
  const before = await startup('2014년 설립 탄소', '20501', '2014-05-01');
  await support(before.id, { centerId: 'jeonbuk' }, 'mentoring', '2015-04-01');
  const sme = await startup('탄소 중소기업', '20501', '2015-05-01', 'sme');
  await support(sme.id, { centerId: 'jeonbuk' }, 'mentoring', '2015-04-01');
  const chips = await startup('반도체 스타트업', '26110', '2015-05-01');
  await support(chips.id, { centerId: 'jeonbuk' }, 'mentoring', '2015-04-01');
  const elsewhere = await startup('광주 지원 탄소', '20501', '2015-05-01');
  await support(elsewhere.id, { centerId: 'gwangju' }, 'mentoring', '2015-06-01');
  const late = await startup('2018년 지원 탄소', '20501', '2016-05-01');
  await support(late.id, { centerId: 'jeonbuk' }, 'mentoring', '2018-01-02');

  // 광주: thirty automotive-parts companies supported by 2017, one too late and one of another industry.
  for (let i = 0; i < 30; i++) {
    const o = await organization(deps, { name: `광주 자동차부품 ${i + 1}`, kind: i % 3 ? 'sme' : 'startup', ksicCode: i % 10 ? '30320' : '30399', region: '광주' });
    await support(o.id, { centerId: 'gwangju' }, 'consulting', `${2015 + (i % 3)}-0${1 + (i % 9)}-15`);
  }
  const lateParts = await organization(deps, { name: '광주 자동차부품 2018', ksicCode: '30320' });
  await support(lateParts.id, { centerId: 'gwangju' }, 'consulting', '2018-03-01');
  const robots = await organization(deps, { name: '광주 로봇', ksicCode: '29280' });
  await support(robots.id, { centerId: 'gwangju' }, 'consulting', '2016-03-01');

  // 경북: smart-factory support this year: five, one begun last year and still running, not the others.
  for (const day of ['2026-02-10', '2026-04-01', '2026-06-15', '2026-09-01', '2026-11-28']) {
    const o = await organization(deps, { name: `경북 스마트공장 ${day}`, kind: 'sme', region: '경북' });
    await support(o.id, { centerId: 'gyeongbuk' }, 'smart_factory', day);
  }
  const running = await organization(deps, { name: '경북 스마트공장 이월', kind: 'sme' });
  await support(running.id, { centerId: 'gyeongbuk' }, 'smart_factory', '2025-12-01', { endedOn: '2026-01-31' });
  const lastYear = await organization(deps, { name: '경북 스마트공장 작년', kind: 'sme' });
  await support(lastYear.id, { centerId: 'gyeongbuk' }, 'smart_factory', '2025-06-01');
  const consulted = await organization(deps, { name: '경북 컨설팅 기업', kind: 'sme' });
  await support(consulted.id, { centerId: 'gyeongbuk' }, 'consulting', '2026-05-01');
  const future = await organization(deps, { name: '경북 스마트공장 12월', kind: 'sme' });
  await support(future.id, { centerId: 'gyeongbuk' }, 'smart_factory', '2026-12-05');
  await support(consulted.id, { centerId: 'gwangju' }, 'smart_factory', '2026-05-01');

  // 인천: one company's new hires by quarter (its months of a year with quarters do not count)
  // and two investment deals; figures of a company 인천 did not support do not count.
  const logistics = await organization(deps, { name: '인천 스마트물류', region: '인천' });
  await support(logistics.id, { centerId: 'incheon' }, 'mentoring', '2026-02-01');
  await figure(logistics.id, 'newHires', '2026-Q1', '2026-01-01', '2026-03-31', 12, 'verified');
  await figure(logistics.id, 'newHires', '2026-Q2', '2026-04-01', '2026-06-30', 12);
  await figure(logistics.id, 'newHires', '2026-Q3', '2026-07-01', '2026-09-30', 13);
  await figure(logistics.id, 'newHires', '2026-10', '2026-10-01', '2026-10-31', 5);
  await figure(logistics.id, 'newHires', '2025', '2025-01-01', '2025-12-31', 30);
  await figure(logistics.id, 'investment', '2026-03', '2026-03-01', '2026-03-31', 600_000_000);
  await figure(logistics.id, 'investment', '2026-09', '2026-09-01', '2026-09-30', 500_000_000);
  await figure(logistics.id, 'investment', '2026-10', '2026-10-01', '2026-10-31', 900_000_000, 'returned');
  const stranger = await organization(deps, { name: '인천 미지원 기업' });
  await figure(stranger.id, 'newHires', '2026-Q3', '2026-07-01', '2026-09-30', 50);

  // A program of 인천: records naming it count, of 인천 only.
  programId = (await deps.database.rows<{ id: string }>(sql`insert into programs (center_id, name, type, started_on) values ('incheon', ${PROGRAM}, 'commercialization', '2026-03-01') returning id`))[0]!.id;
  otherProgramId = (await deps.database.rows<{ id: string }>(sql`insert into programs (center_id, name, type) values ('jeonbuk', '탄소 창업 캠프', 'education') returning id`))[0]!.id;
  const p1 = await organization(deps, { name: '액셀러레이팅 1기 A' });
  const p2 = await organization(deps, { name: '액셀러레이팅 1기 B' });
  const p3 = await organization(deps, { name: '전북 같은 이름 사업' });
  await support(p1.id, { centerId: 'incheon' }, 'mentoring', '2026-04-01', { program: PROGRAM });
  await support(p2.id, { centerId: 'incheon' }, 'investment_linkage', '2026-06-01', { program: PROGRAM });
  await support(p2.id, { centerId: 'incheon' }, 'mentoring', '2026-07-01', { program: PROGRAM });
  await support(p3.id, { centerId: 'jeonbuk' }, 'mentoring', '2026-06-01', { program: PROGRAM });
  await support(logistics.id, { centerId: 'incheon' }, 'mentoring', '2026-05-01', { program: '다른 사업' });

  // A cluster's members.
  for (const name of ['남동 회원사 1', '남동 회원사 2']) {
    const o = await organization(deps, { name, kind: 'sme', clusters: [clusterId] });
    await support(o.id, { clusterId }, 'consulting', '2026-03-10');
  }
}, 120_000);
afterAll(() => deps.database.close());

const create = (token: string, body: unknown, headers: Record<string, string> = {}) => call('POST', '/api/v1/targets', { token, body, headers });

describe('targets: progress, forecast and status', () => {
  it('전북 150 carbon startups by 2017: three counted, the deadline passed: missed', async () => {
    const res = await create(jeonbuk.token, carbon);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.body).toMatchObject({ centerId: 'jeonbuk', clusterId: null, programId: null, scopeName: '전북센터', kind: 'organizations', metric: null, version: 1, permissions: { update: true, delete: true } });
    expect(res.body.filter).toEqual({ kinds: ['startup'], ksicPrefixes: ['20'], foundedSinceStart: true });
    expect(res.body.progress).toEqual({ current: 3, forecast: 3, percent: 2, elapsedPercent: 100, status: 'missed', asOf: '2026-11-28' });
  });

  it('광주 30 automotive companies by 2017: met', async () => {
    const res = await create(gwangju.token, automotive);
    expect(res.body.progress).toEqual({ current: 30, forecast: 30, percent: 100, elapsedPercent: 100, status: 'met', asOf: '2026-11-28' });
  });

  it('경북 100 smart factories this year: six so far, 6 × 364 / 331 → 6 forecast: at risk', async () => {
    const res = await create(gyeongbuk.token, smartFactories);
    expect(res.body.progress).toEqual({ current: 6, forecast: 6, percent: 6, elapsedPercent: 90.9, status: 'at_risk', asOf: '2026-11-28' });
  });

  it("인천 40 new hires this year: the quarters' 37 (not the October month, not last year) forecast 40: on track", async () => {
    const res = await create(incheon.token, hires);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.progress).toEqual({ current: 37, forecast: 40, percent: 92.5, elapsedPercent: 90.9, status: 'on_track', asOf: '2026-11-28' });
  });

  it('인천 ₩1bn investment this year: two deals (the returned one not counted), met before the deadline', async () => {
    const res = await create(incheon.token, investment);
    expect(res.body.progress).toEqual({ current: 1_100_000_000, forecast: 1_209_667_673, percent: 110, elapsedPercent: 90.9, status: 'met', asOf: '2026-11-28' });
  });

  it("a program's target counts the records naming the program, of its center; a cluster's its records", async () => {
    const res = await create(incheon.token, { programId, title: '1기 4개사 투자 연계', kind: 'organizations', value: 4, startsOn: '2026-03-01', deadline: '2026-12-31' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ centerId: null, programId, scopeName: PROGRAM });
    // 2 of 4 after 272 of 305 days: 2 × 305 / 272 = 2.24.
    expect(res.body.progress).toEqual({ current: 2, forecast: 2, percent: 50, elapsedPercent: 89.2, status: 'at_risk', asOf: '2026-11-28' });
    const ofCluster = await create(coordinator.token, { clusterId, title: '회원사 2곳 지원', kind: 'organizations', value: 2, startsOn: '2026-01-01', deadline: '2026-12-31' });
    expect(ofCluster.body).toMatchObject({ clusterId, scopeName: '남동 스마트 물류 MC', progress: { current: 2, status: 'met' } });
  });

  it('has no forecast on its first day and counts nothing before it starts', async () => {
    const today = await create(incheon.token, { ...hires, title: '오늘 시작', startsOn: '2026-11-28' });
    expect(today.body.progress).toEqual({ current: 0, forecast: null, percent: 0, elapsedPercent: 0, status: 'on_track', asOf: '2026-11-28' });
    const later = await create(incheon.token, { ...smartFactories, title: '내년 목표', startsOn: '2027-01-01', deadline: '2027-12-31' });
    expect(later.body.progress).toMatchObject({ current: 0, forecast: null, status: 'on_track' });
  });

  it('lists the targets each reader may read, nearest deadline first', async () => {
    const mine = await call('GET', '/api/v1/targets', { token: incheon.token });
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((t: { title: string }) => t.title)).toEqual(['1기 4개사 투자 연계', '신규 고용 40명', '오늘 시작', '투자 유치 10억 원', '내년 목표']);
    const ofCenter = await call('GET', '/api/v1/targets?centerId=incheon', { token: incheon.token });
    expect(ofCenter.body.items).toHaveLength(4);
    const ofProgram = await call('GET', `/api/v1/targets?programId=${programId}`, { token: incheon.token });
    expect(ofProgram.body.items.map((t: { title: string }) => t.title)).toEqual(['1기 4개사 투자 연계']);
    const national = await call('GET', '/api/v1/targets', { token: admin.token });
    expect(national.body.items).toHaveLength(9);
    expect(national.body.items.every((t: { permissions: { update: boolean } }) => !t.permissions.update)).toBe(true);
    const statuses = new Set(national.body.items.map((t: { progress: { status: string } }) => t.progress.status));
    expect([...statuses].sort()).toEqual(['at_risk', 'met', 'missed', 'on_track']);
  });
});

describe('targets: who may do what', () => {
  let id: string;
  beforeAll(async () => {
    id = (await create(incheon.token, { ...hires, title: '권한 확인용' })).body.id;
  });

  it("answers 404 to those outside the target's center, 403 on the list to those with no targets", async () => {
    expect((await call('GET', `/api/v1/targets/${id}`, { token: jeonbuk.token })).status).toBe(404);
    expect((await call('GET', `/api/v1/targets/${id}`, { token: founder.token })).status).toBe(404);
    expect((await call('GET', `/api/v1/targets/${id}`, { token: sponsor.token })).status).toBe(404);
    expect((await call('GET', '/api/v1/targets', { token: founder.token })).status).toBe(403);
    expect((await call('GET', '/api/v1/targets', { token: sponsor.token })).status).toBe(403);
    expect((await call('GET', '/api/v1/targets?centerId=incheon', { token: jeonbuk.token })).status).toBe(404);
    expect((await call('GET', `/api/v1/targets?programId=${programId}`, { token: jeonbuk.token })).status).toBe(404);
    expect((await call('GET', `/api/v1/targets?clusterId=${clusterId}`, { token: incheon.token })).status).toBe(404);
    expect((await call('PATCH', `/api/v1/targets/${id}`, { token: jeonbuk.token, body: { value: 1 }, headers: { 'if-match': '"1"' } })).status).toBe(404);
    expect((await call('DELETE', `/api/v1/targets/${id}`, { token: jeonbuk.token })).status).toBe(404);
    expect((await call('GET', `/api/v1/targets/${id}`)).status).toBe(401);
  });

  it('lets the national office read but not change them, and staff write only their own', async () => {
    const read = await call('GET', `/api/v1/targets/${id}`, { token: admin.token });
    expect(read.status).toBe(200);
    expect(read.body.permissions).toEqual({ update: false, delete: false });
    expect((await call('PATCH', `/api/v1/targets/${id}`, { token: admin.token, body: { value: 1 }, headers: { 'if-match': '"1"' } })).status).toBe(403);
    expect((await call('DELETE', `/api/v1/targets/${id}`, { token: admin.token })).status).toBe(403);
    expect((await create(admin.token, { ...hires, centerId: 'incheon' })).status).toBe(403);
    expect((await create(jeonbuk.token, { ...hires, centerId: 'incheon' })).status).toBe(403);
    expect((await create(jeonbuk.token, { ...hires, programId })).status).toBe(403);
    expect((await create(founder.token, hires)).status).toBe(403);
    expect((await create(admin.token, hires)).status).toBe(403);
    expect((await create(founder.token, { ...hires, centerId: 'incheon' })).status).toBe(403);
    expect((await create(incheon.token, { ...hires, programId: otherProgramId })).status).toBe(403);
    const unknown = await create(incheon.token, { ...hires, programId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.body.errors[0]).toMatchObject({ field: 'programId', code: 'errors.unknownProgram' });
  });

  it('updates with If-Match, recomputes the progress, refuses a stale version, and deletes', async () => {
    expect((await call('PATCH', `/api/v1/targets/${id}`, { token: incheon.token, body: { value: 30 } })).status).toBe(428);
    const updated = await call('PATCH', `/api/v1/targets/${id}`, { token: incheon.token, body: { value: 30, title: '신규 고용 30명' }, headers: { 'if-match': '"1"' } });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(updated.body).toMatchObject({ title: '신규 고용 30명', value: 30, version: 2, progress: { current: 37, status: 'met' } });
    const toOrganizations = await call('PATCH', `/api/v1/targets/${id}`, { token: incheon.token, body: { kind: 'organizations', metric: null, filter: { regions: ['인천'] }, value: 2 }, headers: { 'if-match': '"2"' } });
    expect(toOrganizations.body).toMatchObject({ kind: 'organizations', metric: null, filter: { regions: ['인천'] }, progress: { current: 1, forecast: 1, status: 'at_risk' } });
    expect((await call('PATCH', `/api/v1/targets/${id}`, { token: incheon.token, body: { value: 5 }, headers: { 'if-match': '"2"' } })).status).toBe(409);
    expect((await call('DELETE', `/api/v1/targets/${id}`, { token: incheon.token, headers: { 'if-match': '"2"' } })).status).toBe(409);
    expect((await call('DELETE', `/api/v1/targets/${id}`, { token: incheon.token, headers: { 'if-match': '"3"' } })).status).toBe(204);
    expect((await call('GET', `/api/v1/targets/${id}`, { token: incheon.token })).status).toBe(404);
    const events = await deps.database.rows<{ action: string }>(sql`select action from audit_events where entity_type = 'target' and entity_id = ${id}`);
    expect(events.map((e) => e.action).sort()).toEqual(['target.created', 'target.deleted', 'target.updated', 'target.updated']);
  });
});

describe('targets: validation names the fields', () => {
  const fieldsOf = (body: { errors: { field: string }[] }) => body.errors.map((e) => e.field).sort();

  it('a metric target needs a metric that adds up over time, and no organization filter', async () => {
    const before = await count(deps, 'targets');
    const none = await create(incheon.token, { ...hires, metric: undefined });
    expect(none.status).toBe(422);
    expect(none.body.errors).toEqual([expect.objectContaining({ field: 'metric', code: 'validation.required', label: '지표' })]);
    const stock = await create(incheon.token, { ...hires, metric: 'employees' });
    expect(stock.body.errors[0]).toMatchObject({ field: 'metric', code: 'validation.stockMetric' });
    expect(stock.body.errors[0].message).toContain('기간 말의 상태');
    const unknown = await create(incheon.token, { ...hires, metric: 'happiness' });
    expect(unknown.body.errors[0]).toMatchObject({ field: 'metric', code: 'validation.invalidEnum' });
    const filtered = await create(incheon.token, { ...hires, filter: { regions: ['인천'] } });
    expect(fieldsOf(filtered.body)).toEqual(['filter']);
    const organizations = await create(incheon.token, { ...carbon, metric: 'revenue' });
    expect(organizations.body.errors[0]).toMatchObject({ field: 'metric', code: 'validation.metricNotForOrganizations' });
    expect(await count(deps, 'targets')).toBe(before);
  });

  it('checks the value, the dates, the title and the filter against the reference lists', async () => {
    const bad = await create(incheon.token, {
      ...carbon,
      title: ' ',
      value: 0,
      startsOn: '2026-05-01',
      deadline: '2026-05-01',
      filter: { kinds: ['unicorn'], ksicPrefixes: ['2', '04', '20a'], regions: ['화성'], supportKinds: ['lottery'] },
    });
    expect(bad.status).toBe(422);
    expect(fieldsOf(bad.body)).toEqual(['filter.kinds.0', 'filter.ksicPrefixes.0', 'filter.ksicPrefixes.1', 'filter.ksicPrefixes.2', 'filter.regions.0', 'filter.supportKinds.0', 'title', 'value']);
    const byField = Object.fromEntries(bad.body.errors.map((e: { field: string }) => [e.field, e]));
    expect(byField.title).toMatchObject({ label: '목표 이름', message: '목표 이름: 비어 있을 수 없습니다.' });
    expect(byField.value).toMatchObject({ label: '목표값', code: 'validation.tooSmall' });
    expect(byField['filter.ksicPrefixes.0']).toMatchObject({ code: 'validation.ksicPrefix', label: '업종 코드' });
    expect(byField['filter.ksicPrefixes.1']).toMatchObject({ code: 'validation.unknownKsic' });
    expect(byField['filter.regions.0'].label).toBe('소재지');
    expect(byField['filter.supportKinds.0'].label).toBe('지원 유형');
    const dates = await create(incheon.token, { ...carbon, startsOn: '2026-05-01', deadline: '2026-04-30' }, { 'accept-language': 'en' });
    expect(dates.body.errors).toEqual([expect.objectContaining({ field: 'deadline', label: 'Deadline', message: 'Deadline must be after the start date.' })]);
    const twoScopes = await create(incheon.token, { ...carbon, centerId: 'incheon', programId });
    expect(fieldsOf(twoScopes.body)).toEqual(['programId']);
  });

  it('checks an update as a whole: the kind, the metric and the dates after the change', async () => {
    const target = (await create(incheon.token, { ...hires, title: '검증용' })).body;
    const ifMatch = { 'if-match': '"1"' };
    const organizations = await call('PATCH', `/api/v1/targets/${target.id}`, { token: incheon.token, body: { kind: 'organizations' }, headers: ifMatch });
    expect(organizations.body.errors[0]).toMatchObject({ field: 'metric', code: 'validation.metricNotForOrganizations' });
    const backwards = await call('PATCH', `/api/v1/targets/${target.id}`, { token: incheon.token, body: { deadline: '2025-12-31' }, headers: ifMatch });
    expect(backwards.body.errors[0]).toMatchObject({ field: 'deadline', code: 'validation.deadlineAfterStart' });
    const stock = await call('PATCH', `/api/v1/targets/${target.id}`, { token: incheon.token, body: { metric: 'operating' }, headers: ifMatch });
    expect(stock.body.errors[0]).toMatchObject({ field: 'metric', code: 'validation.stockMetric' });
    expect((await call('PATCH', `/api/v1/targets/${target.id}`, { token: incheon.token, body: { title: '' }, headers: ifMatch })).body.errors[0].label).toBe('목표 이름');
  });
});
