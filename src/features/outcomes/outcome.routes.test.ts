import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { client, organization, user, type TestUser } from '../../../test/factories.ts';
import { parsePeriod } from './outcome-metrics.ts';

let deps: Awaited<ReturnType<typeof testDeps>>;
let call: ReturnType<typeof client>['call'];
let app: ReturnType<typeof client>['app'];
let manager: TestUser;
let otherManager: TestUser;
let member: TestUser;
let stranger: TestUser;
let orgId: string;

beforeAll(async () => {
  deps = await testDeps();
  ({ call, app } = client(deps));
  manager = await user(deps, 'center_manager', { centerId: 'incheon' });
  otherManager = await user(deps, 'center_manager', { centerId: 'busan' });
  orgId = (await organization(deps, { name: '성과기업', kind: 'startup', region: '인천', centers: ['incheon'] })).id;
  member = await user(deps, 'company_member', { organizationId: orgId });
  stranger = await user(deps, 'company_member', { organizationId: (await organization(deps, { name: '남의기업' })).id });
});
afterAll(() => deps.database.close());

describe('outcome periods', () => {
  it('read years, quarters and months as people write them', () => {
    expect(parsePeriod('2015')).toEqual({ period: '2015', granularity: 'year', start: '2015-01-01', end: '2015-12-31' });
    expect(parsePeriod('2015-Q3')).toMatchObject({ period: '2015-Q3', start: '2015-07-01', end: '2015-09-30' });
    expect(parsePeriod('2015년 1분기')).toMatchObject({ period: '2015-Q1', end: '2015-03-31' });
    expect(parsePeriod('2016-2')).toMatchObject({ period: '2016-02', end: '2016-02-29' });
    expect(parsePeriod('2015.07')).toMatchObject({ period: '2015-07', end: '2015-07-31' });
    expect(parsePeriod('2015-13')).toBeNull();
    expect(parsePeriod('2015-Q5')).toBeNull();
    expect(parsePeriod('지난해')).toBeNull();
  });
});

describe('outcome records', () => {
  it('are reported by the company, flagged when absurd, amended with the old value kept, and verified by staff', async () => {
    const first = await call('POST', `/api/v1/organizations/${orgId}/outcomes`, { token: member.token, body: { metric: 'revenue', period: '2024', value: 120_000_000 } });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ source: 'report', status: 'reported', flags: [], periodStart: '2024-01-01', periodEnd: '2024-12-31' });
    const jump = await call('POST', `/api/v1/organizations/${orgId}/outcomes`, { token: member.token, body: { metric: 'revenue', period: '2025', value: 1_500_000_000 } });
    expect(jump.status).toBe(201);
    expect(jump.body.flags[0]).toMatchObject({ code: 'jump', params: { previous: 120_000_000, period: '2024', ratio: 13 }, message: '매출액 값이 전년 같은 기간(2024: 120,000,000)의 13배입니다. 검증 전에 확인하세요.' });

    const again = await call('POST', `/api/v1/organizations/${orgId}/outcomes`, { token: member.token, body: { metric: 'revenue', period: '2025', value: 1 } });
    expect(again.status).toBe(409);
    expect(again.body.title).toMatch(/이미 있습니다/);
    const future = await call('POST', `/api/v1/organizations/${orgId}/outcomes`, { token: member.token, body: { metric: 'newHires', period: '2026-12', value: 3 } });
    expect(future.body.errors[0]).toMatchObject({ field: 'period', code: 'validation.futurePeriod' });
    const negative = await call('POST', `/api/v1/organizations/${orgId}/outcomes`, { token: member.token, body: { metric: 'newHires', period: '2026-11', value: -1 } });
    expect(negative.body.errors[0].field).toBe('value');
    const absurd = await call('POST', `/api/v1/organizations/${orgId}/outcomes`, { token: member.token, body: { metric: 'employees', period: '2026-Q3', value: 5_000_000 } });
    expect(absurd.body.errors[0]).toMatchObject({ field: 'value', code: 'validation.outcomeAbsurd' });
    const badPeriod = await call('POST', `/api/v1/organizations/${orgId}/outcomes`, { token: member.token, body: { metric: 'employees', period: '작년', value: 5 } });
    expect(badPeriod.body.errors[0]).toMatchObject({ field: 'period', message: expect.stringMatching(/2015-Q3/) });

    // Two investment deals in one month are two records.
    for (const investor of ['한국투자파트너스', '스파크랩']) {
      const deal = await call('POST', `/api/v1/organizations/${orgId}/outcomes`, { token: member.token, body: { metric: 'investment', period: '2025-07', value: 500_000_000, details: { investor, stage: 'Seed' } } });
      expect(deal.status).toBe(201);
    }

    // Staff verify; the company amends a verified figure; the old value stays in the history.
    expect((await call('POST', '/api/v1/outcomes/review', { token: manager.token, body: { ids: [first.body.id], decision: 'verified' } })).body).toEqual({ updated: 1 });
    const amended = await call('PATCH', `/api/v1/outcomes/${first.body.id}`, { token: member.token, headers: { 'if-match': '"2"' }, body: { value: 130_000_000, reason: '결산 확정' } });
    expect(amended.status, JSON.stringify(amended.body)).toBe(200);
    expect(amended.body).toMatchObject({ value: 130_000_000, status: 'reported', version: 3 });
    const stale = await call('PATCH', `/api/v1/outcomes/${first.body.id}`, { token: member.token, headers: { 'if-match': '"2"' }, body: { value: 1 } });
    expect(stale.status).toBe(409);
    const history = await call('GET', `/api/v1/outcomes/${first.body.id}/history`, { token: manager.token });
    expect(history.body.items.map((v: any) => [v.change, v.value, v.status])).toEqual([
      ['created', 120_000_000, 'reported'],
      ['verified', 120_000_000, 'verified'],
      ['amended', 130_000_000, 'reported'],
    ]);
    expect(history.body.items[2].reason).toBe('결산 확정');

    // Returning needs a reason; the company sees it.
    const noReason = await call('POST', '/api/v1/outcomes/review', { token: manager.token, body: { ids: [jump.body.id], decision: 'returned' } });
    expect(noReason.body.errors[0].field).toBe('reason');
    await call('POST', '/api/v1/outcomes/review', { token: manager.token, body: { ids: [jump.body.id], decision: 'returned', reason: '감사보고서를 첨부해 주세요.' } });
    const mine = await call('GET', `/api/v1/organizations/${orgId}/outcomes?metric=revenue`, { token: member.token });
    expect(mine.body.items.map((o: any) => [o.period, o.status, o.statusReason])).toEqual([
      ['2025', 'returned', '감사보고서를 첨부해 주세요.'],
      ['2024', 'reported', null],
    ]);
    const queue = await call('GET', '/api/v1/outcomes?status=reported', { token: manager.token });
    expect(queue.body.items.map((o: any) => o.organizationName)).toContain('성과기업');
  });

  it('are 404 to another company and to another center, and not verifiable by the company itself', async () => {
    const own = await call('POST', `/api/v1/organizations/${orgId}/outcomes`, { token: manager.token, body: { metric: 'patentApplications', period: '2025-Q2', value: 2 } });
    expect(own.body.source).toBe('staff');
    expect((await call('POST', `/api/v1/organizations/${orgId}/outcomes`, { token: stranger.token, body: { metric: 'revenue', period: '2023', value: 1 } })).status).toBe(404);
    expect((await call('GET', `/api/v1/outcomes/${own.body.id}`, { token: stranger.token })).status).toBe(404);
    expect((await call('GET', `/api/v1/outcomes/${own.body.id}`, { token: otherManager.token })).status).toBe(404);
    expect((await call('GET', '/api/v1/outcomes', { token: otherManager.token })).body.items.some((o: any) => o.organizationId === orgId)).toBe(false);
    const self = await call('POST', '/api/v1/outcomes/review', { token: member.token, body: { ids: [own.body.id], decision: 'verified' } });
    expect(self.status).toBe(404);
    const mixed = await call('POST', '/api/v1/outcomes/review', { token: otherManager.token, body: { ids: [own.body.id], decision: 'verified' } });
    expect(mixed.status).toBe(404);
    expect((await call('GET', `/api/v1/outcomes/${own.body.id}`, { token: manager.token })).body.status).toBe('reported');
  });
});

describe('evidence files', () => {
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const attach = async (recordId: string, token: string, name: string, bytes: Uint8Array) => {
    const res = await app.request(`/api/v1/outcomes/${recordId}/evidence?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      body: bytes,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  it('are attached by the company, checked, kept once, read by staff, and removable by the company only until verified', async () => {
    const figure = await call('POST', `/api/v1/organizations/${orgId}/outcomes`, { token: member.token, body: { metric: 'exportSales', period: '2025', value: 80_000_000, details: { countries: ['베트남'] } } });
    const added = await attach(figure.body.id, member.token, '../2025_수출실적.pdf', PDF);
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({ fileName: '2025_수출실적.pdf', contentType: 'application/pdf', size: PDF.byteLength });
    expect((await attach(figure.body.id, member.token, '다시.pdf', PDF)).body.id).toBe(added.body.id);
    const fake = await attach(figure.body.id, member.token, '가짜.pdf', Buffer.from('not a pdf'));
    expect(fake.body.errors[0]).toMatchObject({ field: 'file', code: 'validation.fileContent' });
    expect((await attach(figure.body.id, stranger.token, 'x.pdf', PDF)).status).toBe(404);
    expect((await attach(figure.body.id, otherManager.token, 'x.pdf', PDF)).status).toBe(404);

    expect((await call('GET', `/api/v1/outcomes/${figure.body.id}`, { token: member.token })).body.evidenceCount).toBe(1);
    const list = await call('GET', `/api/v1/outcomes/${figure.body.id}/evidence`, { token: manager.token });
    expect(list.body.items.map((e: any) => e.fileName)).toEqual(['2025_수출실적.pdf']);
    const download = await app.request(`/api/v1/outcomes/${figure.body.id}/evidence/${added.body.id}`, { headers: { authorization: `Bearer ${manager.token}` } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);

    // Verified: the company can no longer take its evidence away; staff can.
    await call('POST', '/api/v1/outcomes/review', { token: manager.token, body: { ids: [figure.body.id], decision: 'verified' } });
    expect((await call('DELETE', `/api/v1/outcomes/${figure.body.id}/evidence/${added.body.id}`, { token: member.token })).status).toBe(403);
    expect((await call('GET', `/api/v1/outcomes/${figure.body.id}`, { token: member.token })).body.status).toBe('verified');
    expect((await call('DELETE', `/api/v1/outcomes/${figure.body.id}/evidence/${added.body.id}`, { token: manager.token })).status).toBe(204);
    expect((await call('GET', `/api/v1/outcomes/${figure.body.id}/evidence`, { token: member.token })).body.items).toEqual([]);
    const listed = await call('GET', `/api/v1/organizations/${orgId}/outcomes`, { token: manager.token });
    expect(listed.body.items.find((o: any) => o.id === figure.body.id).evidenceCount).toBe(0);
  });
});
