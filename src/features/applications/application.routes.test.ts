import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { client, organization, user, type Call, type TestUser } from '../../../test/factories.ts';
import { readTable } from '../../shared/tabular.ts';

let deps: Awaited<ReturnType<typeof testDeps>>;
let call: Call;
let manager: TestUser;
let jeonbuk: TestUser;
let founder: TestUser;
let outsider: TestUser;
let orgId: string;
let jeonbukOrgId: string;
let callId: string;
let appId: string;

const kst = (time: string) => new Date(`${time}+09:00`); // the test clock is 2026-11-28 12:00 in Korea

beforeAll(async () => {
  deps = await testDeps();
  call = client(deps).call;
  manager = await user(deps, 'center_manager', { centerId: 'incheon' });
  jeonbuk = await user(deps, 'center_manager', { centerId: 'jeonbuk' });
  orgId = (await organization(deps, { name: '날개물류', kind: 'startup', region: '인천', centers: ['incheon'] })).id;
  jeonbukOrgId = (await organization(deps, { name: '전북드론', kind: 'startup', region: '전북', centers: ['jeonbuk'] })).id;
  founder = await user(deps, 'company_member', { organizationId: orgId });
  outsider = await user(deps, 'company_member', { organizationId: jeonbukOrgId });
  const program = await call('POST', '/api/v1/programs', { token: manager.token, body: { name: '물류 스타트업 육성', type: 'commercialization' } });
  callId = (
    await call('POST', '/api/v1/calls', {
      token: manager.token,
      body: { programId: program.body.id, title: '물류 스타트업 모집', opensAt: '2026-11-20T09:00', closesAt: '2026-11-28T18:00:00', published: true, eligibility: { regions: ['인천'] } },
    })
  ).body.id;
  const form = { sections: [{ title: { ko: '개요' }, fields: [{ key: 'teamName', type: 'text', label: { ko: '팀명' }, required: true }, { key: 'hasPatent', type: 'yesNo', label: { ko: '특허 보유' } }] }] };
  expect((await call('PUT', `/api/v1/calls/${callId}/form`, { token: manager.token, body: form })).status).toBe(200);
});
afterAll(() => deps.database.close());

const submit = (key?: string, token = founder.token) => call('POST', `/api/v1/applications/${appId}/submit`, { token, headers: key ? { 'idempotency-key': key } : {} });

describe('applying', () => {
  it('tells an ineligible applicant which rule failed, and starts nothing for someone else\'s organization', async () => {
    const ineligible = await call('POST', `/api/v1/calls/${callId}/applications`, { token: outsider.token, body: { organizationId: jeonbukOrgId } });
    expect(ineligible.status).toBe(422);
    expect(ineligible.body.code).toBe('notEligible');
    expect(ineligible.body.errors[0]).toMatchObject({ field: 'eligibility.regions', message: expect.stringMatching(/소재지: 인천 — 소재지가 전북입니다/) });
    const notMine = await call('POST', `/api/v1/calls/${callId}/applications`, { token: outsider.token, body: { organizationId: orgId } });
    expect(notMine.status).toBe(422);
    expect(notMine.body.errors[0].field).toBe('organizationId');
    const [n] = await deps.database.rows<{ n: number }>(sql`select count(*)::int as n from applications`);
    expect(n!.n).toBe(0);
  });

  it('starts one draft per organization and saves its answers with If-Match', async () => {
    const started = await call('POST', `/api/v1/calls/${callId}/applications`, { token: founder.token, body: { organizationId: orgId } });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect(started.body).toMatchObject({ status: 'draft', formVersion: 1, receiptNumber: null, organizationName: '날개물류' });
    appId = started.body.id;
    const again = await call('POST', `/api/v1/calls/${callId}/applications`, { token: founder.token, body: { organizationId: orgId } });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(appId);
    expect((await call('PATCH', `/api/v1/applications/${appId}`, { token: founder.token, body: { answers: { hasPatent: true } } })).status).toBe(428);
    const saved = await call('PATCH', `/api/v1/applications/${appId}`, { token: founder.token, body: { answers: { hasPatent: true } }, headers: { 'if-match': '"1"' } });
    expect(saved.status).toBe(200);
    const wrong = await call('PATCH', `/api/v1/applications/${appId}`, { token: founder.token, body: { answers: { hasPatent: '네' } }, headers: { 'if-match': '"2"' } });
    expect(wrong.body.errors[0]).toMatchObject({ field: 'answers.hasPatent', message: expect.stringMatching(/^특허 보유:/) });
    // Staff do not read a draft; nor does another company.
    expect((await call('GET', `/api/v1/applications/${appId}`, { token: manager.token })).status).toBe(404);
    expect((await call('GET', `/api/v1/applications/${appId}`, { token: outsider.token })).status).toBe(404);
  });

  it('submits once per Idempotency-Key, with a receipt number and a confirmation mail', async () => {
    expect((await submit()).status).toBe(428);
    const incomplete = await submit('first-try-0001');
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.errors.map((e: { field: string }) => e.field)).toEqual(['answers.teamName']);
    await call('PATCH', `/api/v1/applications/${appId}`, { token: founder.token, body: { answers: { teamName: '날개', hasPatent: true } }, headers: { 'if-match': '"2"' } });
    const first = await submit('submit-key-0001');
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ seq: 1, replayed: false, receiptNumber: expect.stringMatching(/^2026-[0-9A-F]{6}-0001$/) });
    // A retry after a network cut, and two tabs sending the same submission at once: one submission.
    const [retry, tab] = await Promise.all([submit('submit-key-0001'), submit('submit-key-0001')]);
    expect(retry.body).toMatchObject({ seq: 1, replayed: true, receiptNumber: first.body.receiptNumber });
    expect(tab.body).toMatchObject({ seq: 1, replayed: true });
    const mails = await deps.database.rows<{ subject: string; to_address: string }>(sql`select subject, to_address from mail_outbox where kind = 'applicationSubmitted'`);
    expect(mails).toEqual([{ subject: `[innohub] 물류 스타트업 모집 신청서가 접수되었습니다 (접수번호 ${first.body.receiptNumber})`, to_address: founder.email }]);
    const resubmitted = await submit('submit-key-0002');
    expect(resubmitted.body).toMatchObject({ seq: 2, receiptNumber: first.body.receiptNumber });
    const seen = await call('GET', `/api/v1/applications/${appId}`, { token: manager.token });
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ status: 'submitted', submissions: [{ seq: 1 }, { seq: 2 }] });
    expect((await call('GET', `/api/v1/applications/${appId}`, { token: jeonbuk.token })).status).toBe(404);
  });

  it("lists a call's applications for its staff, with completeness, and exports them as XLSX", async () => {
    const list = await call('GET', `/api/v1/calls/${callId}/applications`, { token: manager.token });
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    expect(list.body.counts).toEqual({ draft: 0, submitted: 1, withdrawn: 0 });
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: appId, organizationName: '날개물류', status: 'submitted', submissions: 2, completeness: { answered: 1, required: 1 }, region: '인천', eligibility: { eligible: true, reasons: [] } }),
    ]);
    // Eligibility is evaluated as of today: an organization that moved since it applied is flagged.
    await deps.database.rows(sql`update organizations set region = '전북' where id = ${orgId}::uuid`);
    const moved = await call('GET', `/api/v1/calls/${callId}/applications`, { token: manager.token });
    expect(moved.body.items[0].eligibility).toEqual({ eligible: false, reasons: ['소재지: 인천 — 소재지가 전북입니다.'] });
    await deps.database.rows(sql`update organizations set region = '인천' where id = ${orgId}::uuid`);
    expect((await call('GET', `/api/v1/calls/${callId}/applications?q=${encodeURIComponent('날개')}`, { token: manager.token })).body.total).toBe(1);
    expect((await call('GET', `/api/v1/calls/${callId}/applications?q=${encodeURIComponent('없는기업')}`, { token: manager.token })).body.items).toEqual([]);
    expect((await call('GET', `/api/v1/calls/${callId}/applications`, { token: jeonbuk.token })).status).toBe(404);
    expect((await call('GET', `/api/v1/calls/${callId}/applications`, { token: founder.token })).status).toBe(404);
    const res = await client(deps).app.request(`/api/v1/calls/${callId}/applications/export`, { headers: { authorization: `Bearer ${manager.token}` } });
    expect(res.status).toBe(200);
    const table = await readTable(Buffer.from(await res.arrayBuffer()));
    expect(table.headers).toEqual(['접수번호', '상태', '심사 상태', '기업명', '사업자등록번호', '지역', '최종 제출 시각', '제출 횟수', '양식 버전', '팀명', '특허 보유']);
    expect(table.rows[0]!.cells).toMatchObject({ 기업명: '날개물류', 상태: '제출', 팀명: '날개', '특허 보유': '예' });
  });

  it('takes submissions to the closing second and refuses the next, keeping the draft', async () => {
    const saved = deps.clock.now();
    try {
      deps.clock.set(kst('2026-11-28T18:00:00.999'));
      expect((await submit('last-second-0001')).status).toBe(200);
      deps.clock.set(kst('2026-11-28T18:00:01'));
      const late = await submit('too-late-0001');
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('callClosed');
      expect(late.body.title).toMatch(/마감되었습니다 \(마감 2026-11-28T18:00:00\+09:00\)/);
      const current = (await call('GET', `/api/v1/applications/${appId}`, { token: founder.token })).body;
      const draft = await call('PATCH', `/api/v1/applications/${appId}`, { token: founder.token, body: { answers: { teamName: '날개 2', hasPatent: false } }, headers: { 'if-match': `"${current.version}"` } });
      expect(draft.status).toBe(200);
      const [n] = await deps.database.rows<{ n: number }>(sql`select count(*)::int as n from application_submissions where application_id = ${appId}::uuid`);
      expect(n!.n).toBe(3);
    } finally {
      deps.clock.set(saved);
    }
  });

  it("lists a company member's own applications, and nobody else's", async () => {
    const mine = await call('GET', '/api/v1/applications', { token: founder.token });
    expect(mine.status).toBe(200);
    expect(mine.body.items).toEqual([expect.objectContaining({ id: appId, callTitle: '물류 스타트업 모집', organizationName: '날개물류', status: 'submitted', closesAt: '2026-11-28T18:00:00+09:00' })]);
    expect((await call('GET', '/api/v1/applications', { token: outsider.token })).body.items).toEqual([]);
    expect((await call('GET', '/api/v1/applications', { token: manager.token })).body.items).toEqual([]);
  });

  it('withdraws, keeping what was submitted', async () => {
    const withdrawn = await call('POST', `/api/v1/applications/${appId}/withdraw`, { token: founder.token });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', submissions: [{ seq: 1 }, { seq: 2 }, { seq: 3 }] });
    expect((await submit('after-withdraw-1')).body.code).toBe('applicationWithdrawn');
    expect((await call('POST', `/api/v1/applications/${appId}/withdraw`, { token: manager.token })).status).toBe(403);
  });
});
