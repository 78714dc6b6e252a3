import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { client, organization, user, type Call, type TestUser } from '../../../test/factories.ts';
import { sendDueReminders } from './application.reminders.ts';

let deps: Awaited<ReturnType<typeof testDeps>>;
let call: Call;

const kst = (time: string) => new Date(`${time}+09:00`); // the test clock starts at 2026-11-28 12:00 in Korea

async function applicant(name: string): Promise<{ member: TestUser; orgId: string }> {
  const orgId = (await organization(deps, { name, kind: 'startup', region: '인천', centers: ['incheon'] })).id;
  return { member: await user(deps, 'company_member', { organizationId: orgId }), orgId };
}

let callId: string;
beforeAll(async () => {
  deps = await testDeps();
  call = client(deps).call;
  const manager = await user(deps, 'center_manager', { centerId: 'incheon' });
  const program = await call('POST', '/api/v1/programs', { token: manager.token, body: { name: '물류 스타트업 육성', type: 'commercialization' } });
  callId = (await call('POST', '/api/v1/calls', { token: manager.token, body: { programId: program.body.id, title: '마감 알림 확인 공고', opensAt: '2026-11-20T09:00', closesAt: '2026-11-30T18:00', published: true } })).body.id;
  await call('PUT', `/api/v1/calls/${callId}/form`, { token: manager.token, body: { sections: [{ title: { ko: '개요' }, fields: [{ key: 'teamName', type: 'text', label: { ko: '팀명' }, required: true }] }] } });
});
afterAll(() => deps.database.close());

const reminders = () => deps.database.rows<{ to_address: string; subject: string }>(sql`select to_address, subject from mail_outbox where kind = 'applicationReminder' order by created_at, subject`);

describe('deadline reminders', () => {
  it('go once 3 days and once 1 day before closing, to drafts only, and never twice across restarts', async () => {
    const drafting = await applicant('초안기업');
    const submitting = await applicant('제출기업');
    const draft = await call('POST', `/api/v1/calls/${callId}/applications`, { token: drafting.member.token, body: { organizationId: drafting.orgId } });
    expect(draft.status).toBe(201);
    const done = await call('POST', `/api/v1/calls/${callId}/applications`, { token: submitting.member.token, body: { organizationId: submitting.orgId } });
    await call('PATCH', `/api/v1/applications/${done.body.id}`, { token: submitting.member.token, body: { answers: { teamName: '제출' } }, headers: { 'if-match': '"1"' } });
    expect((await call('POST', `/api/v1/applications/${done.body.id}/submit`, { token: submitting.member.token, headers: { 'idempotency-key': 'reminder-test-1' } })).status).toBe(200);

    const saved = deps.clock.now();
    try {
      deps.clock.set(kst('2026-11-27T17:59:59')); // more than 3 days before
      expect(await sendDueReminders(deps)).toBe(0);
      deps.clock.set(kst('2026-11-28T12:00:00'));
      expect(await sendDueReminders(deps)).toBe(1);
      expect(await sendDueReminders(deps)).toBe(0); // a restart, the job again: nothing twice
      deps.clock.set(kst('2026-11-29T18:00:00'));
      expect(await sendDueReminders(deps)).toBe(1);
      expect(await sendDueReminders(deps)).toBe(0);
      deps.clock.set(kst('2026-11-30T18:00:01'));
      expect(await sendDueReminders(deps)).toBe(0);
    } finally {
      deps.clock.set(saved);
    }
    const mails = await reminders();
    expect(mails.map((m) => m.to_address)).toEqual([drafting.member.email, drafting.member.email]);
    expect(mails.map((m) => m.subject).sort()).toEqual(['[innohub] 마감 알림 확인 공고 마감 1일 전입니다 — 신청서가 아직 제출되지 않았습니다', '[innohub] 마감 알림 확인 공고 마감 3일 전입니다 — 신청서가 아직 제출되지 않았습니다']);
  });
});
