import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { client, cluster, count, organization, user, type Call, type TestUser } from '../../../test/factories.ts';
import type { Deps } from '../../http/context.ts';

let deps: Deps;
let call: Call;
let manager: TestUser;
let org: { id: string };

beforeAll(async () => {
  deps = await testDeps();
  call = client(deps).call;
  manager = await user(deps, 'center_manager', { centerId: 'incheon' });
  org = await organization(deps, { name: '한빛로지스', centers: ['incheon'] });
});
afterAll(() => deps.database.close());

describe('the support ledger', () => {
  it('records support to the writer\'s center by default, with its Korean label and value in won', async () => {
    const res = await call('POST', '/api/v1/support-records', {
      token: manager.token,
      body: { organizationId: org.id, kind: 'investment_linkage', startedOn: '2016-06-01', endedOn: '2016-08-31', valueKrw: 283_400_000_000, program: '물류벤처 육성프로그램 (한진·스파크랩·시스코)' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ centerId: 'incheon', centerName: '인천센터', kind: 'investment_linkage', kindLabel: '투자 연계', valueKrw: 283_400_000_000, version: 1 });
    const en = await call('GET', `/api/v1/support-records/${res.body.id}?lang=en`, { token: manager.token });
    expect(en.body.kindLabel).toBe('Investment linkage');
  });

  it('names each bad field and writes nothing', async () => {
    const before = await count(deps, 'support_records');
    const bad = await call('POST', '/api/v1/support-records', {
      token: manager.token,
      body: { organizationId: org.id, kind: 'bribery', startedOn: '2016-02-30', valueKrw: -5 },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'startedOn', 'valueKrw']);
    const backwards = await call('POST', '/api/v1/support-records', { token: manager.token, body: { organizationId: org.id, kind: 'education', startedOn: '2016-05-01', endedOn: '2016-04-01' } });
    expect(backwards.body.errors[0]).toMatchObject({ field: 'endedOn', code: 'validation.endBeforeStart' });
    const unknownOrg = await call('POST', '/api/v1/support-records', { token: manager.token, body: { organizationId: '00000000-0000-4000-8000-000000000000', kind: 'education', startedOn: '2016-05-01' } });
    expect(unknownOrg.body.code).toBe('unknownOrganization');
    const otherCenter = await call('POST', '/api/v1/support-records', { token: manager.token, body: { organizationId: org.id, centerId: 'jeonbuk', kind: 'education', startedOn: '2016-05-01' } });
    expect(otherCenter.status).toBe(403);
    expect(await count(deps, 'support_records')).toBe(before);
  });

  it('lists the center\'s ledger newest first, filtered by kind, period and text, page by page', async () => {
    for (const [day, kind] of [['2017-01-10', 'mentoring'], ['2017-02-10', 'mentoring'], ['2017-03-10', 'education'], ['2018-01-10', 'mentoring']] as const) {
      await call('POST', '/api/v1/support-records', { token: manager.token, body: { organizationId: org.id, kind, startedOn: day, program: '종합물류컨설팅' } });
    }
    const page1 = await call('GET', '/api/v1/support-records?kind=mentoring&from=2017-01-01&to=2017-12-31&limit=1', { token: manager.token });
    expect(page1.body.total).toBe(2);
    expect(page1.body.items[0].startedOn).toBe('2017-02-10');
    const page2 = await call('GET', `/api/v1/support-records?kind=mentoring&from=2017-01-01&to=2017-12-31&limit=1&cursor=${page1.body.nextCursor}`, { token: manager.token });
    expect(page2.body.items[0].startedOn).toBe('2017-01-10');
    expect(page2.body.nextCursor).toBeNull();
    const text = await call('GET', `/api/v1/support-records?q=${encodeURIComponent('물류컨설팅')}`, { token: manager.token });
    expect(text.body.total).toBe(4);
  });

  it('corrects with If-Match and deletes with an audit trail', async () => {
    const made = await call('POST', '/api/v1/support-records', { token: manager.token, body: { organizationId: org.id, kind: 'prototype', startedOn: '2019-04-01', valueKrw: 5_000_000 } });
    const stale = await call('PATCH', `/api/v1/support-records/${made.body.id}`, { token: manager.token, body: { valueKrw: 6_000_000 }, headers: { 'if-match': '"7"' } });
    expect(stale.status).toBe(409);
    const fixed = await call('PATCH', `/api/v1/support-records/${made.body.id}`, { token: manager.token, body: { valueKrw: 6_000_000 }, headers: { 'if-match': '"1"' } });
    expect(fixed.body).toMatchObject({ valueKrw: 6_000_000, version: 2 });
    const backwards = await call('PATCH', `/api/v1/support-records/${made.body.id}`, { token: manager.token, body: { endedOn: '2019-01-01' }, headers: { 'if-match': '"2"' } });
    expect(backwards.status).toBe(422);
    expect((await call('DELETE', `/api/v1/support-records/${made.body.id}`, { token: manager.token, headers: { 'if-match': '"2"' } })).status).toBe(204);
    expect((await call('GET', `/api/v1/support-records/${made.body.id}`, { token: manager.token })).status).toBe(404);
    const [event] = await deps.database.rows<{ action: string; before: { valueKrw: number } }>(
      sql`select action, before from audit_events where entity_id = ${made.body.id} order by id desc limit 1`,
    );
    expect(event).toMatchObject({ action: 'support_record.deleted', before: { valueKrw: 6_000_000 } });
  });

  it('keeps a cluster\'s ledger for its coordinators', async () => {
    const k = await cluster(deps);
    const coordinator = await user(deps, 'cluster_coordinator', { clusterId: k.id });
    const member = await organization(deps, { clusters: [k.id] });
    const res = await call('POST', '/api/v1/support-records', { token: coordinator.token, body: { organizationId: member.id, kind: 'other', startedOn: '2021-04-25', program: '공동 R&BD 과제 기획' } });
    expect(res.body).toMatchObject({ clusterId: k.id, centerId: null });
    expect((await call('GET', `/api/v1/support-records/${res.body.id}`, { token: manager.token })).status).toBe(404);
  });
});
