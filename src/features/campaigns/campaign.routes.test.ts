import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { client, cluster, organization, user, type Call, type TestUser } from '../../../test/factories.ts';

let deps: Awaited<ReturnType<typeof testDeps>>;
let call: Call;
let manager: TestUser;
let busanManager: TestUser;
let coordinator: TestUser;
let national: TestUser;
let founder: TestUser;
let cofounder: TestUser;
let other: TestUser;
let orgA: string;
let orgB: string;
let busanOrg: string;

const mails = (kind: string) =>
  deps.database.rows<{ to_address: string; subject: string; body: string; locale: string; center_id: string | null }>(
    sql`select to_address, subject, body, locale, center_id from mail_outbox where kind = ${kind} order by to_address`,
  );

beforeAll(async () => {
  deps = await testDeps();
  call = client(deps).call;
  manager = await user(deps, 'center_manager', { centerId: 'incheon' });
  busanManager = await user(deps, 'center_manager', { centerId: 'busan' });
  national = await user(deps, 'national_admin');
  coordinator = await user(deps, 'cluster_coordinator', { clusterId: (await cluster(deps)).id });
  orgA = (await organization(deps, { name: '조사기업 가', kind: 'startup', centers: ['incheon'] })).id;
  orgB = (await organization(deps, { name: '조사기업 나', kind: 'sme', centers: ['incheon'] })).id;
  busanOrg = (await organization(deps, { name: '부산기업', centers: ['busan'] })).id;
  founder = await user(deps, 'company_member', { organizationId: orgA });
  cofounder = await user(deps, 'company_member', { organizationId: orgA });
  await deps.database.rows(sql`update people set locale = 'en' where id = ${cofounder.id}::uuid`);
  other = await user(deps, 'company_member', { organizationId: orgB });
});
afterAll(() => deps.database.close());

const survey = (overrides: Record<string, unknown> = {}) => ({
  title: '2026년 3분기 핵심 지표',
  instructions: '분기 말 기준으로 입력해 주세요.',
  centerId: 'incheon',
  period: '2026-Q3',
  metrics: ['revenue', 'employees', 'newHires'],
  dueOn: '2026-12-10',
  organizationIds: [orgA, orgB],
  ...overrides,
});

describe('collection campaigns', () => {
  let campaignId: string;
  let requestA: string;
  let requestB: string;

  it('are created by the center staff for companies it works with, and every member is mailed in their language', async () => {
    const created = await call('POST', '/api/v1/campaigns', { token: manager.token, body: survey() });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.body).toMatchObject({
      centerId: 'incheon',
      period: '2026-Q3',
      periodStart: '2026-07-01',
      periodEnd: '2026-09-30',
      dueOn: '2026-12-10',
      daysLeft: 12,
      progress: { requested: 2, submitted: 0, overdue: 0, verified: 0 },
      permissions: { close: true, remind: true },
    });
    expect(created.body.requests.map((r: any) => [r.organizationName, r.status, r.figures.map((f: any) => f.metric)])).toEqual([
      ['조사기업 가', 'open', ['revenue', 'employees', 'newHires']],
      ['조사기업 나', 'open', ['revenue', 'employees', 'newHires']],
    ]);
    campaignId = created.body.id;
    requestA = created.body.requests[0].id;
    requestB = created.body.requests[1].id;

    const sent = await mails('campaignRequested');
    expect(sent.map((m) => [m.to_address, m.locale])).toEqual(
      [
        [founder.email, 'ko'],
        [cofounder.email, 'en'],
        [other.email, 'ko'],
      ].sort((a, b) => a[0]!.localeCompare(b[0]!)),
    );
    const ko = sent.find((m) => m.to_address === founder.email)!;
    expect(ko.subject).toBe('[innohub] 인천창조경제혁신센터 성과 조사: 2026년 3분기 핵심 지표 — 2026년 12월 10일 (목)까지 제출해 주세요');
    expect(ko.body).toContain('항목: 매출액, 종업원 수, 신규 고용');
    expect(ko.body).toContain('기간: 2026년 3분기');
    expect(ko.body).toContain('분기 말 기준으로 입력해 주세요.');
    expect(ko.center_id).toBe('incheon');
    expect(sent.find((m) => m.to_address === cofounder.email)!.subject).toMatch(/^\[innohub\] .* outcome survey: 2026년 3분기 핵심 지표 — please answer by Thu, Dec 10, 2026$/);
  });

  it('refuse what cannot be asked, naming the field', async () => {
    const fields = async (body: unknown, token = manager.token) => {
      const res = await call('POST', '/api/v1/campaigns', { token, body });
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      return res.body.errors.map((e: any) => [e.field, e.code]);
    };
    expect(await fields(survey({ organizationIds: [orgA, busanOrg] }))).toEqual([['organizationIds.1', 'validation.notWorkedWith']]);
    const unknown = await call('POST', '/api/v1/campaigns', { token: manager.token, body: survey({ organizationIds: ['00000000-0000-4000-8000-000000000001', orgB] }) });
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'organizationIds.0', code: 'errors.unknownOrganization' })]);
    expect(await fields(survey({ metrics: ['revenue', 'investment', 'revenue'] }))).toEqual([
      ['metrics.1', 'validation.investmentInCampaign'],
      ['metrics.2', 'validation.duplicateValue'],
    ]);
    expect(await fields(survey({ metrics: [] }))).toEqual([['metrics', 'validation.empty']]);
    expect(await fields(survey({ period: '2026-12' }))).toEqual([['period', 'validation.futurePeriod']]);
    expect(await fields(survey({ dueOn: '2026-11-27' }))).toEqual([['dueOn', 'validation.dueOnPast']]);
    expect(await fields(survey({ organizationIds: [] }))).toEqual([['organizationIds', 'validation.empty']]);
    // A campaign's title is its name (조사명), not a person's 직함.
    const untitled = await call('POST', '/api/v1/campaigns', { token: manager.token, body: survey({ title: '' }) });
    expect(untitled.body.errors[0]).toMatchObject({ field: 'title', message: expect.stringMatching(/^조사명: /) });
    // The national office asks for a center, among the companies that center works with.
    expect(await fields(survey({ organizationIds: [busanOrg] }), national.token)).toEqual([['organizationIds.0', 'validation.notWorkedWith']]);
  });

  it('are created by staff only: founders 403, other centers 403 for a center not theirs', async () => {
    expect((await call('POST', '/api/v1/campaigns', { token: founder.token, body: survey() })).status).toBe(403);
    expect((await call('POST', '/api/v1/campaigns', { token: busanManager.token, body: survey() })).status).toBe(403);
    expect((await call('POST', '/api/v1/campaigns', { token: coordinator.token, body: survey({ centerId: undefined }) })).status).toBe(422);
  });

  it('are invisible to other centers and to founders (404), and listed for their staff and national', async () => {
    for (const token of [busanManager.token, founder.token, coordinator.token]) {
      expect((await call('GET', `/api/v1/campaigns/${campaignId}`, { token })).status).toBe(404);
      expect((await call('POST', `/api/v1/campaigns/${campaignId}/remind`, { token })).status).toBe(404);
      expect((await call('POST', `/api/v1/campaigns/${campaignId}/close`, { token, headers: { 'if-match': '"1"' } })).status).toBe(404);
    }
    expect((await call('GET', '/api/v1/campaigns', { token: busanManager.token })).body.items).toEqual([]);
    expect((await call('GET', '/api/v1/campaigns', { token: founder.token })).status).toBe(403);
    expect((await call('GET', '/api/v1/campaigns', { token: national.token })).body.items.map((c: any) => c.id)).toContain(campaignId);
    const mine = await call('GET', '/api/v1/campaigns', { token: manager.token });
    expect(mine.body.items.map((c: any) => [c.title, c.scopeName])).toEqual([['2026년 3분기 핵심 지표', '인천창조경제혁신센터']]);
  });

  it('are seen by the company members, and answered with every metric; others get 404', async () => {
    const seen = await call('GET', '/api/v1/outcome-requests', { token: founder.token });
    expect(seen.body.items).toHaveLength(1);
    expect(seen.body.items[0]).toMatchObject({
      id: requestA,
      organizationName: '조사기업 가',
      status: 'open',
      overdue: false,
      answerable: true,
      campaign: { title: '2026년 3분기 핵심 지표', instructions: '분기 말 기준으로 입력해 주세요.', period: '2026-Q3', dueOn: '2026-12-10', daysLeft: 12, closed: false },
    });
    expect(seen.body.items[0].figures.map((f: any) => [f.metric, f.value])).toEqual([
      ['revenue', null],
      ['employees', null],
      ['newHires', null],
    ]);
    expect((await call('GET', '/api/v1/outcome-requests', { token: manager.token })).body.items).toEqual([]);

    const missing = await call('POST', `/api/v1/outcome-requests/${requestA}/answer`, {
      token: founder.token,
      body: { figures: [{ metric: 'revenue', value: 300_000_000 }, { metric: 'employees', value: null }] },
    });
    expect(missing.status).toBe(422);
    expect(missing.body.errors.map((e: any) => e.field)).toEqual(['figures.1.value', 'figures.2.value']);
    const stray = await call('POST', `/api/v1/outcome-requests/${requestA}/answer`, {
      token: founder.token,
      body: { figures: [{ metric: 'prototypes', value: 1 }, { metric: 'revenue', value: 1 }, { metric: 'employees', value: 5_000_000 }, { metric: 'newHires', value: 1 }] },
    });
    expect(stray.body.errors.map((e: any) => [e.field, e.code])).toEqual([
      ['figures.0.metric', 'validation.notInCampaign'],
      ['figures.2.value', 'validation.outcomeAbsurd'],
    ]);
    const answer = { figures: [{ metric: 'revenue', value: 300_000_000 }, { metric: 'employees', value: 12 }, { metric: 'newHires', value: 3, note: '개발자 3명' }] };
    for (const token of [other.token, manager.token, busanManager.token]) {
      expect((await call('POST', `/api/v1/outcome-requests/${requestA}/answer`, { token, body: answer })).status).toBe(404);
    }

    const done = await call('POST', `/api/v1/outcome-requests/${requestA}/answer`, { token: founder.token, body: answer });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.status).toBe('submitted');
    expect(done.body.figures.map((f: any) => [f.metric, f.value, f.status, f.source])).toEqual([
      ['revenue', 300_000_000, 'reported', 'report'],
      ['employees', 12, 'reported', 'report'],
      ['newHires', 3, 'reported', 'report'],
    ]);
    const records = await call('GET', `/api/v1/organizations/${orgA}/outcomes`, { token: founder.token });
    expect(records.body.items.map((o: any) => [o.metric, o.period, o.value, o.note]).sort()).toEqual([
      ['employees', '2026-Q3', 12, ''],
      ['newHires', '2026-Q3', 3, '개발자 3명'],
      ['revenue', '2026-Q3', 300_000_000, ''],
    ]);

    // Answering again amends what changed, the old value kept; what did not change is left alone.
    const again = await call('POST', `/api/v1/outcome-requests/${requestA}/answer`, {
      token: cofounder.token,
      body: { figures: [{ metric: 'revenue', value: 320_000_000 }, { metric: 'employees', value: 12 }, { metric: 'newHires', value: 3 }] },
    });
    expect(again.status).toBe(200);
    const revenue = again.body.figures[0];
    const history = await call('GET', `/api/v1/outcomes/${revenue.recordId}/history`, { token: founder.token });
    expect(history.body.items.map((v: any) => [v.change, v.value])).toEqual([
      ['created', 300_000_000],
      ['amended', 320_000_000],
    ]);
    const employees = await call('GET', `/api/v1/outcomes/${again.body.figures[1].recordId}/history`, { token: founder.token });
    expect(employees.body.items).toHaveLength(1);
  });

  it('show staff their progress: submitted, then overdue once the due date passes in Korea, then verified', async () => {
    let detail = await call('GET', `/api/v1/campaigns/${campaignId}`, { token: manager.token });
    expect(detail.body.progress).toEqual({ requested: 2, submitted: 1, overdue: 0, verified: 0 });
    expect(detail.body.requests.map((r: any) => [r.organizationName, r.status, r.overdue])).toEqual([
      ['조사기업 가', 'submitted', false],
      ['조사기업 나', 'open', false],
    ]);
    expect(detail.body.requests[0].submittedAt).toMatch(/\+09:00$/);

    const saved = deps.clock.now();
    try {
      deps.clock.set(new Date('2026-12-10T14:59:59Z')); // 23:59:59 on the due date in Korea
      expect((await call('GET', `/api/v1/campaigns/${campaignId}`, { token: manager.token })).body.progress.overdue).toBe(0);
      deps.clock.set(new Date('2026-12-10T15:00:00Z')); // the day after, in Korea
      detail = await call('GET', `/api/v1/campaigns/${campaignId}?status=overdue`, { token: manager.token });
      expect(detail.body.progress).toMatchObject({ submitted: 1, overdue: 1 });
      expect(detail.body.requests.map((r: any) => [r.organizationName, r.overdue])).toEqual([['조사기업 나', true]]);
      expect((await call('GET', `/api/v1/campaigns/${campaignId}?status=submitted`, { token: manager.token })).body.requests.map((r: any) => r.id)).toEqual([requestA]);
      const list = await call('GET', '/api/v1/campaigns', { token: manager.token });
      expect(list.body.items[0].progress).toEqual({ requested: 2, submitted: 1, overdue: 1, verified: 0 });
      const late = await call('GET', '/api/v1/outcome-requests', { token: other.token });
      expect(late.body.items[0]).toMatchObject({ overdue: true, campaign: { daysLeft: -1 } });
    } finally {
      deps.clock.set(saved);
    }

    const submitted = await call('GET', `/api/v1/campaigns/${campaignId}?status=submitted`, { token: manager.token });
    const ids = submitted.body.requests[0].figures.map((f: any) => f.recordId);
    expect((await call('POST', '/api/v1/outcomes/review', { token: manager.token, body: { ids: ids.slice(0, 2), decision: 'verified' } })).status).toBe(200);
    expect((await call('GET', `/api/v1/campaigns/${campaignId}`, { token: manager.token })).body.progress.verified).toBe(0);
    expect((await call('POST', '/api/v1/outcomes/review', { token: manager.token, body: { ids: [ids[2]], decision: 'verified' } })).status).toBe(200);
    detail = await call('GET', `/api/v1/campaigns/${campaignId}`, { token: manager.token });
    expect(detail.body.progress.verified).toBe(1);
    expect(detail.body.requests[0].figures.map((f: any) => f.status)).toEqual(['verified', 'verified', 'verified']);
  });

  it('send reminders to the open requests now, and close with If-Match; then no answer is taken', async () => {
    const reminded = await call('POST', `/api/v1/campaigns/${campaignId}/remind`, { token: manager.token });
    expect(reminded.body).toEqual({ requests: 1, mails: 1 });
    const sent = await mails('campaignReminder');
    expect(sent.map((m) => m.to_address)).toEqual([other.email]);
    expect(sent[0]!.subject).toBe('[innohub] 2026년 3분기 핵심 지표 — 마감 12일 전입니다 (미제출)');

    expect((await call('POST', `/api/v1/campaigns/${campaignId}/close`, { token: manager.token })).status).toBe(428);
    expect((await call('POST', `/api/v1/campaigns/${campaignId}/close`, { token: manager.token, headers: { 'if-match': '"7"' } })).status).toBe(409);
    const closed = await call('POST', `/api/v1/campaigns/${campaignId}/close`, { token: manager.token, headers: { 'if-match': '"1"' } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({ version: 2, permissions: { close: false, remind: false } });
    expect(closed.body.closedAt).toMatch(/\+09:00$/);

    const late = await call('POST', `/api/v1/outcome-requests/${requestB}/answer`, {
      token: other.token,
      body: { figures: [{ metric: 'revenue', value: 1 }, { metric: 'employees', value: 1 }, { metric: 'newHires', value: 0 }] },
    });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'campaignClosed', title: expect.stringMatching(/마감된 성과 조사/) });
    expect((await call('POST', `/api/v1/campaigns/${campaignId}/remind`, { token: manager.token })).status).toBe(409);
    // A closed campaign's open request leaves the member's list; the submitted one stays a while.
    expect((await call('GET', '/api/v1/outcome-requests', { token: other.token })).body.items).toEqual([]);
    expect((await call('GET', '/api/v1/outcome-requests', { token: founder.token })).body.items[0]).toMatchObject({ status: 'submitted', answerable: false });
  });

  it('audit creating, answering and closing', async () => {
    const events = await deps.database.rows<{ action: string }>(sql`select action from audit_events where entity_type in ('campaign', 'outcomeRequest') order by id`);
    expect(events.map((e) => e.action)).toEqual(['campaign.created', 'outcomeRequest.answered', 'outcomeRequest.answered', 'campaign.reminded', 'campaign.closed']);
  });
});
