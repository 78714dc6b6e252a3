import JSZip from 'jszip';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { client, organization, user, type TestUser } from '../../../test/factories.ts';
import { readTable } from '../../shared/tabular.ts';

// 보완 요청 and review statuses: the call's staff ask for documents by a deadline to the second
// and set the status; the applicant is mailed in their language and answers with files.
let deps: Awaited<ReturnType<typeof testDeps>>;
let app: ReturnType<typeof client>['app'];
let call: ReturnType<typeof client>['call'];
let manager: TestUser;
let jeonbuk: TestUser;
let founder: TestUser;
let stranger: TestUser;
let callId: string;
let appId: string;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const kst = (time: string) => new Date(`${time}+09:00`); // the test clock is 2026-11-28 12:00 in Korea

beforeAll(async () => {
  deps = await testDeps();
  ({ app, call } = client(deps));
  manager = await user(deps, 'center_manager', { centerId: 'incheon' });
  jeonbuk = await user(deps, 'center_manager', { centerId: 'jeonbuk' });
  const orgId = (await organization(deps, { name: '보완물류', kind: 'startup', region: '인천', centers: ['incheon'] })).id;
  founder = await user(deps, 'company_member', { organizationId: orgId });
  await deps.database.rows(sql`update people set locale = 'en' where id = ${founder.id}::uuid`);
  stranger = await user(deps, 'company_member', { organizationId: (await organization(deps, { name: '남의기업' })).id });
  const program = await call('POST', '/api/v1/programs', { token: manager.token, body: { name: '보완 확인 사업', type: 'commercialization' } });
  callId = (await call('POST', '/api/v1/calls', { token: manager.token, body: { programId: program.body.id, title: '보완 요청 공고', opensAt: '2026-11-20T09:00', closesAt: '2026-12-20T18:00', published: true } })).body.id;
  await call('PUT', `/api/v1/calls/${callId}/form`, { token: manager.token, body: { sections: [{ title: { ko: '개요' }, fields: [{ key: 'teamName', type: 'text', label: { ko: '팀명' }, required: true }] }] } });
  appId = (await call('POST', `/api/v1/calls/${callId}/applications`, { token: founder.token, body: { organizationId: orgId } })).body.id;
  await call('PATCH', `/api/v1/applications/${appId}`, { token: founder.token, body: { answers: { teamName: '보완팀' } }, headers: { 'if-match': '"1"' } });
});
afterAll(() => deps.database.close());

async function upload(name: string, field = '$supplement', token = founder.token) {
  const form = new FormData();
  form.append('field', field);
  form.append('file', new Blob([new Uint8Array(PDF)]), name);
  const res = await app.request(`/api/v1/applications/${appId}/files`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as any };
}
const outbox = (kind: string) => deps.database.rows<{ to_address: string; subject: string; body: string }>(sql`select to_address, subject, body from mail_outbox where kind = ${kind} order by created_at`);
const version = async () => (await call('GET', `/api/v1/applications/${appId}`, { token: founder.token })).body.version as number;

describe('review of a submitted application', () => {
  it('a draft has no review status and no staff actions; a submission is received', async () => {
    expect((await call('POST', `/api/v1/applications/${appId}/supplements`, { token: manager.token, body: { message: '보완', items: ['x'], dueAt: '2026-12-01T18:00' } })).status).toBe(404);
    expect((await call('POST', `/api/v1/applications/${appId}/submit`, { token: founder.token, headers: { 'idempotency-key': 'review-submit-1' } })).status).toBe(200);
    const got = await call('GET', `/api/v1/applications/${appId}`, { token: manager.token });
    expect(got.body.reviewStatus).toBe('received');
  });

  it('asks for supplementary documents by a deadline; the applicant is mailed in English; one open request at a time', async () => {
    const bad = await call('POST', `/api/v1/applications/${appId}/supplements`, { token: manager.token, body: { message: '', items: [], dueAt: '2026-11-28T11:59' } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['items', 'message']);
    const past = await call('POST', `/api/v1/applications/${appId}/supplements`, { token: manager.token, body: { message: '서류 보완', items: ['사업자등록증'], dueAt: '2026-11-28T11:59' } });
    expect(past.body.errors).toMatchObject([{ field: 'dueAt' }]);
    // Only the call's staff: the applicant is refused, others do not see it.
    expect((await call('POST', `/api/v1/applications/${appId}/supplements`, { token: founder.token, body: { message: 'x', items: ['x'], dueAt: '2026-12-01T18:00' } })).status).toBe(403);
    expect((await call('POST', `/api/v1/applications/${appId}/supplements`, { token: jeonbuk.token, body: { message: 'x', items: ['x'], dueAt: '2026-12-01T18:00' } })).status).toBe(404);
    const asked = await call('POST', `/api/v1/applications/${appId}/supplements`, {
      token: manager.token,
      body: { message: '제출하신 사업계획서의 매출 근거를 보완해 주세요.', items: ['부가세 과세표준증명원', '매출 근거 자료'], dueAt: '2026-12-01T18:00' },
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect(asked.body).toMatchObject({ status: 'open', dueAt: '2026-12-01T18:00:00+09:00', overdue: false, response: null });
    const [mail] = await outbox('supplementRequested');
    expect(mail!.to_address).toBe(founder.email);
    expect(mail!.subject).toContain('supplementary documents requested by 2026-12-01T18:00:00+09:00');
    expect(mail!.body).toContain('- 부가세 과세표준증명원\n- 매출 근거 자료');
    expect((await call('GET', `/api/v1/applications/${appId}`, { token: founder.token })).body.reviewStatus).toBe('supplementRequested');
    const twice = await call('POST', `/api/v1/applications/${appId}/supplements`, { token: manager.token, body: { message: '또', items: ['x'], dueAt: '2026-12-02T18:00' } });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('supplementOpen');
  });

  it('the applicant answers with files until the deadline second; the asker is mailed; the zip carries them', async () => {
    const [open] = (await call('GET', `/api/v1/applications/${appId}/supplements`, { token: founder.token })).body.items;
    expect((await call('GET', `/api/v1/applications/${appId}/supplements`, { token: stranger.token })).status).toBe(404);
    const file = await upload('부가세 과세표준증명원.pdf');
    expect(file.status, JSON.stringify(file.body)).toBe(201);
    expect((await upload('x.pdf', '$supplement', stranger.token)).status).toBe(404);
    const empty = await call('POST', `/api/v1/applications/${appId}/supplements/${open.id}/response`, { token: founder.token, body: { note: ' ' } });
    expect(empty.body.errors).toMatchObject([{ field: 'note' }]);
    const notOurs = await call('POST', `/api/v1/applications/${appId}/supplements/${open.id}/response`, { token: founder.token, body: { fileIds: ['00000000-0000-4000-8000-000000000000'] } });
    expect(notOurs.body.errors).toMatchObject([{ field: 'fileIds' }]);
    // The deadline's second itself is in time; the next one is not.
    deps.clock.set(kst('2026-12-01T18:00:00.999'));
    const answered = await call('POST', `/api/v1/applications/${appId}/supplements/${open.id}/response`, { token: founder.token, body: { note: '요청하신 서류를 첨부합니다.', fileIds: [file.body.id] } });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    expect(answered.body).toMatchObject({ status: 'answered', response: { note: '요청하신 서류를 첨부합니다.', files: [{ fileName: '부가세 과세표준증명원.pdf' }] } });
    const [mail] = await outbox('supplementAnswered');
    expect(mail!.to_address).toBe(manager.email);
    expect(mail!.subject).toContain('보완물류');
    expect((await call('GET', `/api/v1/applications/${appId}`, { token: manager.token })).body.reviewStatus).toBe('underReview');
    expect((await call('POST', `/api/v1/applications/${appId}/supplements/${open.id}/response`, { token: founder.token, body: { note: '다시' } })).body.code).toBe('supplementClosed');
    expect((await upload('late.pdf')).body.code).toBe('supplementClosed');

    const res = await app.request(`/api/v1/calls/${callId}/applications/files`, { headers: { authorization: `Bearer ${manager.token}` } });
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    expect(Object.keys(zip.files).filter((n) => !n.endsWith('/'))).toEqual([expect.stringMatching(/_보완물류\/보완서류_부가세 과세표준증명원\.pdf$/)]);
  });

  it('refuses an answer one second after the deadline, and a decision cancels an open request', async () => {
    const asked = await call('POST', `/api/v1/applications/${appId}/supplements`, { token: manager.token, body: { message: '추가 보완', items: ['재무제표'], dueAt: '2026-12-03T18:00' } });
    expect(asked.status).toBe(201);
    deps.clock.set(kst('2026-12-03T18:00:01'));
    const late = await call('POST', `/api/v1/applications/${appId}/supplements/${asked.body.id}/response`, { token: founder.token, body: { note: '늦었습니다' } });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'supplementOverdue', detail: expect.stringContaining('2026-12-03T18:00:00+09:00') });
    expect((await call('GET', `/api/v1/applications/${appId}/supplements`, { token: manager.token })).body.items[0]).toMatchObject({ status: 'open', overdue: true });

    const noMatch = await call('PUT', `/api/v1/applications/${appId}/review-status`, { token: manager.token, body: { status: 'eligible' } });
    expect(noMatch.status).toBe(428);
    const set = await call('PUT', `/api/v1/applications/${appId}/review-status`, {
      token: manager.token,
      body: { status: 'selected', message: 'Congratulations: the kick-off is on 12/10.' },
      headers: { 'if-match': `"${await version()}"` },
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.reviewStatus).toBe('selected');
    expect((await call('GET', `/api/v1/applications/${appId}/supplements`, { token: manager.token })).body.items[0].status).toBe('cancelled');
    const [mail] = await outbox('applicationStatusChanged');
    expect(mail).toMatchObject({ to_address: founder.email, subject: expect.stringContaining("is now 'Selected'") });
    expect(mail!.body).toContain('Congratulations: the kick-off is on 12/10.');
    // The same status again changes nothing and mails nobody; the applicant cannot set it.
    await call('PUT', `/api/v1/applications/${appId}/review-status`, { token: manager.token, body: { status: 'selected' }, headers: { 'if-match': '*' } });
    expect(await outbox('applicationStatusChanged')).toHaveLength(1);
    expect((await call('PUT', `/api/v1/applications/${appId}/review-status`, { token: founder.token, body: { status: 'selected' }, headers: { 'if-match': '*' } })).status).toBe(403);
    expect((await call('PUT', `/api/v1/applications/${appId}/review-status`, { token: manager.token, body: { status: 'supplementRequested' }, headers: { 'if-match': '*' } })).status).toBe(422);
  });

  it('lists and exports the review status, and keeps the audit trail for staff only', async () => {
    const list = await call('GET', `/api/v1/calls/${callId}/applications?reviewStatus=selected`, { token: manager.token });
    expect(list.body.items).toMatchObject([{ id: appId, reviewStatus: 'selected' }]);
    expect((await call('GET', `/api/v1/calls/${callId}/applications?reviewStatus=reserve`, { token: manager.token })).body.items).toEqual([]);
    const res = await app.request(`/api/v1/calls/${callId}/applications/export`, { headers: { authorization: `Bearer ${manager.token}` } });
    const table = await readTable(Buffer.from(await res.arrayBuffer()));
    expect(table.rows[0]!.cells['심사 상태']).toBe('선정');
    const history = await call('GET', `/api/v1/applications/${appId}/history`, { token: manager.token });
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual([
      'application.review_status_changed',
      'application.supplement_requested',
      'application.supplement_answered',
      'application.supplement_requested',
      'application.submitted',
      'application.started',
    ]);
    expect(history.body.items[0]).toMatchObject({ actor: expect.any(String), before: { reviewStatus: 'supplementRequested' }, after: { reviewStatus: 'selected' } });
    expect((await call('GET', `/api/v1/applications/${appId}/history`, { token: founder.token })).status).toBe(403);
    expect((await call('GET', `/api/v1/applications/${appId}/history`, { token: jeonbuk.token })).status).toBe(404);
  });
});
