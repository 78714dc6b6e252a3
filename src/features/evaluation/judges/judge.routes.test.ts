import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../../test/db.ts';
import { client, count, kstDaysFrom, organization, user, type Call, type TestUser } from '../../../../test/factories.ts';

let deps: Awaited<ReturnType<typeof testDeps>>;
let app: ReturnType<typeof client>['app'];
let call: Call;
let incheon: TestUser;
let jeonbuk: TestUser;
let admin: TestUser;
let founder: TestUser;
let roundId: string;
let hanjin: { id: string; name: string; brn: string | null };
let hanjinApp: string;
let nalgaeApp: string;
let otherRoundApp: string;

const kst = (days: number, time?: string) => kstDaysFrom(deps, days, time);

/** A submitted application of the organization to the call, with a receipt number. */
async function apply(callId: string, organizationId: string): Promise<string> {
  const [row] = await deps.database.rows<{ id: string }>(sql`
    insert into applications (call_id, organization_id, applicant_id, form_version, status, receipt_number, submitted_at)
    values (${callId}::uuid, ${organizationId}::uuid, ${founder.id}::uuid, 1, 'submitted', ${`2026-JDG-${crypto.randomBytes(3).toString('hex')}`}, now()) returning id`);
  return row!.id;
}

beforeAll(async () => {
  deps = await testDeps(); // 2026-11-28 12:00 in Korea
  ({ app, call } = client(deps));
  incheon = await user(deps, 'center_manager', { centerId: 'incheon' });
  jeonbuk = await user(deps, 'center_manager', { centerId: 'jeonbuk' });
  admin = await user(deps, 'national_admin');
  founder = await user(deps, 'company_member');
  const programId = (await call('POST', '/api/v1/programs', { token: incheon.token, body: { name: '물류벤처 육성프로그램', type: 'commercialization' } })).body.id;
  const callBody = { programId, body: '', opensAt: kst(-10, '09:00'), closesAt: kst(-1), published: true };
  const callId = (await call('POST', '/api/v1/calls', { token: incheon.token, body: { ...callBody, title: '물류벤처 10개 팀 모집' } })).body.id;
  const round = await call('POST', `/api/v1/calls/${callId}/rounds`, {
    token: incheon.token,
    body: { name: '서류 심사', criteria: [{ id: 'business', title: '사업성', weight: 100, maxScore: 10 }], advance: { kind: 'rank', count: 10 }, scoringOpensAt: kst(2, '09:00'), scoringClosesAt: kst(9) },
  });
  expect(round.status, JSON.stringify(round.body)).toBe(201);
  roundId = round.body.id;
  hanjin = await organization(deps, { name: '(주)한진물류' });
  hanjinApp = await apply(callId, hanjin.id);
  nalgaeApp = await apply(callId, (await organization(deps, { name: '날개로지스' })).id);
  const otherCall = (await call('POST', '/api/v1/calls', { token: incheon.token, body: { ...callBody, title: '다른 공고' } })).body.id;
  otherRoundApp = await apply(otherCall, (await organization(deps, { name: '다른기업' })).id);
});
afterAll(() => deps.database.close());

/** The token of the invitation link mailed to this address that is current (any mailed one when none is). */
async function invitationToken(email: string): Promise<string> {
  const mails = await deps.database.rows<{ body: string }>(sql`select body from mail_outbox where kind = 'judgeInvitation' and lower(to_address) = ${email.toLowerCase()}`);
  const tokens = mails.map((m) => /\/judge\/invitations\/([A-Za-z0-9_-]+)/.exec(m.body)![1]!);
  const current = await deps.database.rows<{ hash: string }>(sql`
    select rj.invitation_token_hash as hash from round_judges rj join people p on p.id = rj.person_id where lower(p.email) = ${email.toLowerCase()} and rj.invitation_token_hash is not null`);
  const hashes = new Set(current.map((r) => r.hash));
  return tokens.find((t) => hashes.has(crypto.createHash('sha256').update(t).digest('hex'))) ?? tokens[0]!;
}

/** Calls with a session cookie (and its CSRF token on writes), as the browser does. */
const asSession = (cookie: string, csrf: string) => async (method: string, path: string, body?: unknown) => {
  const headers: Record<string, string> = { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrf }) };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await app.request(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
};

async function invite(email: string, name: string, extra: Record<string, unknown> = {}) {
  return call('POST', `/api/v1/rounds/${roundId}/judges`, { token: incheon.token, body: { email, name, ...extra } });
}

const fields = (res: { body: { errors?: { field: string }[] } }) => (res.body.errors ?? []).map((e) => e.field);

describe('judges', () => {
  it('are invited by mail, accept with a password and a profile, are signed in, and sign the pledge', async () => {
    const people = await count(deps, 'people');
    const invited = await invite('kim.judge@univ.ac.kr', '김심사', { minLoad: 2, maxLoad: 10, message: '서류 심사 일정은 12월 첫 주입니다.' });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    expect(invited.body).toMatchObject({ name: '김심사', email: 'kim.judge@univ.ac.kr', status: 'invited', minLoad: 2, maxLoad: 10, acceptedAt: null, sheets: { assigned: 0, draft: 0, submitted: 0 } });
    expect(invited.body.invitationExpiresAt).toBe('2026-12-12T12:00:00+09:00');
    expect(await count(deps, 'people')).toBe(people + 1);
    const [person] = await deps.database.rows<{ password_hash: string | null }>(sql`select password_hash from people where email = 'kim.judge@univ.ac.kr'`);
    expect(person!.password_hash).toBeNull();

    const [mail] = await deps.database.rows<{ subject: string; body: string; center_id: string }>(sql`select subject, body, center_id from mail_outbox where kind = 'judgeInvitation'`);
    expect(mail).toMatchObject({ center_id: 'incheon', subject: '[innohub] 인천창조경제혁신센터 「물류벤처 10개 팀 모집」 서류 심사 심사위원으로 초대합니다' });
    expect(mail!.body).toContain('서류 심사 일정은 12월 첫 주입니다.');
    const token = await invitationToken('kim.judge@univ.ac.kr');
    expect(mail!.body).toContain(`http://localhost:3000/judge/invitations/${token}`);
    // Only the token's hash is stored.
    const [stored] = await deps.database.rows<{ hash: string }>(sql`select invitation_token_hash as hash from round_judges where id = ${invited.body.roundJudgeId}::uuid`);
    expect(stored!.hash).toBe(crypto.createHash('sha256').update(token).digest('hex'));

    const page = await call('GET', `/api/v1/judge-invitations/${token}`);
    expect(page.body).toEqual({
      email: 'kim.judge@univ.ac.kr',
      name: '김심사',
      roundName: '서류 심사',
      callTitle: '물류벤처 10개 팀 모집',
      centerOrClusterName: '인천창조경제혁신센터',
      needsPassword: true,
      expired: false,
      expiresAt: '2026-12-12T12:00:00+09:00',
      status: 'invited',
    });
    expect((await call('GET', '/api/v1/judge-invitations/not-a-token')).status).toBe(404);

    const noPassword = await call('POST', `/api/v1/judge-invitations/${token}/accept`, { body: { acceptTerms: true } });
    expect([noPassword.status, fields(noPassword)]).toEqual([422, ['password']]);
    const profile = {
      affiliation: { name: '한진물류 주식회사' },
      position: '교수',
      pastAffiliations: [{ name: 'CJ대한통운', businessRegistrationNumber: '124-81-00998', until: '2022-02-28' }],
      relations: [],
      expertise: '물류 최적화, 통관',
      tags: ['물류', ' 통관 '],
    };
    const res = await app.request(`/api/v1/judge-invitations/${token}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '김 심사', password: 'judge-pass-2026', acceptTerms: true, profile }),
    });
    const accepted = (await res.json()) as any;
    expect(res.status, JSON.stringify(accepted)).toBe(200);
    expect(accepted).toMatchObject({ roundId, roundJudgeId: invited.body.roundJudgeId, me: { person: { name: '김 심사' } } });
    expect(accepted.me.memberships).toMatchObject([{ role: 'judge', centerId: 'incheon' }]);
    const session = asSession(res.headers.get('set-cookie')!.split(';')[0]!, accepted.me.csrfToken);
    // The link is spent; the password signs in.
    expect((await call('GET', `/api/v1/judge-invitations/${token}`)).status).toBe(404);
    expect((await call('POST', '/api/v1/auth/sign-in', { body: { email: 'kim.judge@univ.ac.kr', password: 'judge-pass-2026' } })).status).toBe(200);

    const mine = await session('GET', '/api/v1/me/judge-rounds');
    expect(mine.body.items).toEqual([
      {
        roundJudgeId: invited.body.roundJudgeId,
        roundId,
        roundName: '서류 심사',
        callId: expect.any(String),
        callTitle: '물류벤처 10개 팀 모집',
        scoringOpensAt: '2026-11-30T09:00:00+09:00',
        scoringClosesAt: '2026-12-07T18:00:00+09:00',
        status: 'setup',
        blind: false,
        pledge: { signedAt: null, needed: true },
        sheets: { todo: 0, inProgress: 0, done: 0 },
      },
    ]);
    const savedProfile = await session('GET', '/api/v1/me/judge-profile');
    expect(savedProfile.body).toMatchObject({ ...profile, tags: ['물류', '통관'], pastAffiliations: [{ businessRegistrationNumber: '124-81-00998' }], version: 1 });
    // The profile's affiliation is an applicant: detected on accepting.
    const conflicts = await call('GET', `/api/v1/rounds/${roundId}/conflicts`, { token: incheon.token });
    expect(conflicts.body.items).toMatchObject([{ judgeName: '김 심사', applicationId: hanjinApp, organizationName: '(주)한진물류', source: 'affiliation', detail: '(주)한진물류', createdByName: null, liftedAt: null }]);

    const pledge = await session('GET', `/api/v1/rounds/${roundId}/pledge`);
    expect(pledge.body).toMatchObject({ roundId, name: '김 심사', signedAt: null, signature: null });
    expect(pledge.body.text).toContain('「물류벤처 10개 팀 모집」 서류 심사');
    expect(pledge.body.text).toMatch(/이해관계도 없습니다[\s\S]*신고하겠습니다[\s\S]*비밀로 유지/);
    const wrong = await session('POST', `/api/v1/rounds/${roundId}/pledge`, { signature: '김삼사', agree: true });
    expect([wrong.status, wrong.body.errors]).toEqual([422, [expect.objectContaining({ field: 'signature', message: '서명: 서명은 본인 이름(김 심사)과 같아야 합니다 (띄어쓰기는 상관없습니다).' })]]);
    const unagreed = await session('POST', `/api/v1/rounds/${roundId}/pledge`, { signature: '김심사', agree: false });
    expect(fields(unagreed)).toEqual(['agree']);
    const signed = await session('POST', `/api/v1/rounds/${roundId}/pledge`, { signature: '김심사', agree: true });
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    expect(signed.body).toMatchObject({ signature: '김심사', signedAt: '2026-11-28T12:00:00+09:00' });
    const again = await session('POST', `/api/v1/rounds/${roundId}/pledge`, { signature: '김 심 사', agree: true });
    expect([again.status, again.body.signature]).toEqual([200, '김심사']);
    expect((await session('GET', '/api/v1/me/judge-rounds')).body.items[0].pledge).toEqual({ signedAt: '2026-11-28T12:00:00+09:00', needed: false });

    const listed = await call('GET', `/api/v1/rounds/${roundId}/judges`, { token: admin.token });
    expect(listed.body.items).toMatchObject([
      { personId: expect.any(String), name: '김 심사', status: 'active', affiliation: '한진물류 주식회사', position: '교수', tags: ['물류', '통관'], pledgeSignedAt: '2026-11-28T12:00:00+09:00', conflicts: 1, invitationExpiresAt: null },
    ]);
    const history = await deps.database.rows<{ action: string }>(sql`select action from audit_events where entity_id = ${invited.body.roundJudgeId} order by id`);
    expect(history.map((h) => h.action)).toEqual(['roundJudge.invited', 'roundJudge.accepted', 'roundJudge.pledgeSigned']);
    // Someone who is not a judge of the round does not see its pledge.
    expect((await call('GET', `/api/v1/rounds/${roundId}/pledge`, { token: founder.token })).status).toBe(404);
  });

  it('accept with an existing account only signed in as that account', async () => {
    const expert = await user(deps, 'expert', { centerId: 'incheon' }, { password: 'expert-pass-2026' });
    const other = await user(deps, 'expert', { centerId: 'incheon' });
    const people = await count(deps, 'people');
    expect((await invite(expert.email.toUpperCase(), '새 이름')).status).toBe(201);
    expect(await count(deps, 'people')).toBe(people);
    const again = await invite(expert.email, '새 이름');
    expect([again.status, again.body.code, fields(again)]).toEqual([409, 'judgeAlreadyInvited', ['email']]);

    const token = await invitationToken(expert.email);
    expect((await call('GET', `/api/v1/judge-invitations/${token}`)).body).toMatchObject({ needsPassword: false, name: 'expert ' + expert.email.split('.')[1]!.split('@')[0] });
    const path = `/api/v1/judge-invitations/${token}/accept`;
    expect((await call('POST', path, { body: { acceptTerms: true, password: 'someone-else-1' } })).status).toBe(401);
    expect((await call('POST', path, { token: other.token, body: { acceptTerms: true } })).status).toBe(403);
    const accepted = await call('POST', path, { token: expert.token, body: { acceptTerms: true } });
    expect([accepted.status, accepted.body.me]).toEqual([200, null]);
    const me = await call('GET', '/api/v1/auth/me', { token: expert.token });
    expect(me.body.memberships.map((m: { role: string }) => m.role).sort()).toEqual(['expert', 'judge']);
  });

  it('expire, are sent again with a new link, declined and invited again', async () => {
    const invited = await invite('late@judge.kr', '박지각');
    const first = await invitationToken('late@judge.kr');
    await deps.database.rows(sql`update round_judges set invitation_expires_at = '2026-11-27T12:00:00+09:00' where id = ${invited.body.roundJudgeId}::uuid`);
    expect((await call('GET', `/api/v1/judge-invitations/${first}`)).body.expired).toBe(true);
    const expired = await call('POST', `/api/v1/judge-invitations/${first}/accept`, { body: { acceptTerms: true, password: 'late-judge-2026' } });
    expect([expired.status, expired.body.code]).toEqual([409, 'invitationExpired']);

    expect((await call('POST', `/api/v1/round-judges/${invited.body.roundJudgeId}/resend`, { token: jeonbuk.token })).status).toBe(403);
    const resent = await call('POST', `/api/v1/round-judges/${invited.body.roundJudgeId}/resend`, { token: incheon.token });
    expect([resent.status, resent.body.invitationExpiresAt]).toEqual([200, '2026-12-12T12:00:00+09:00']);
    const second = await invitationToken('late@judge.kr');
    expect(second).not.toBe(first);
    expect((await call('GET', `/api/v1/judge-invitations/${first}`)).status).toBe(404);

    expect((await call('POST', `/api/v1/judge-invitations/${second}/decline`)).status).toBe(204);
    expect((await call('GET', `/api/v1/judge-invitations/${second}`)).body.status).toBe('declined');
    const late = await call('POST', `/api/v1/judge-invitations/${second}/accept`, { body: { acceptTerms: true, password: 'late-judge-2026' } });
    expect([late.status, late.body.code]).toEqual([409, 'invitationNotPending']);
    expect((await call('POST', `/api/v1/round-judges/${invited.body.roundJudgeId}/resend`, { token: incheon.token })).body.code).toBe('invitationNotPending');
    // Declined: staff may invite again, with a fresh link.
    const reinvited = await invite('late@judge.kr', '박지각');
    expect([reinvited.status, reinvited.body.roundJudgeId, reinvited.body.status]).toEqual([201, invited.body.roundJudgeId, 'invited']);
    expect(await invitationToken('late@judge.kr')).not.toBe(second);
  });

  it('have loads changed with If-Match, and on removal lose the sheets they have not submitted', async () => {
    const invited = await invite('load@judge.kr', '최부하');
    const id = invited.body.roundJudgeId;
    expect((await call('PATCH', `/api/v1/round-judges/${id}`, { token: incheon.token, body: { minLoad: 3 } })).status).toBe(428);
    const below = await call('PATCH', `/api/v1/round-judges/${id}`, { token: incheon.token, headers: { 'if-match': '"1"' }, body: { minLoad: 5, maxLoad: 4 } });
    expect([below.status, fields(below)]).toEqual([422, ['maxLoad']]);
    const changed = await call('PATCH', `/api/v1/round-judges/${id}`, { token: incheon.token, headers: { 'if-match': '"1"' }, body: { minLoad: 3, maxLoad: 8 } });
    expect(changed.body).toMatchObject({ minLoad: 3, maxLoad: 8, version: 2 });
    expect((await call('PATCH', `/api/v1/round-judges/${id}`, { token: incheon.token, headers: { 'if-match': '"1"' }, body: { minLoad: 1 } })).status).toBe(409);

    const [extra] = [await apply((await deps.database.rows<{ call_id: string }>(sql`select call_id from evaluation_rounds where id = ${roundId}::uuid`))[0]!.call_id, (await organization(deps)).id)];
    for (const [applicationId, status] of [[hanjinApp, 'assigned'], [nalgaeApp, 'draft'], [extra!, 'submitted']] as const) {
      await deps.database.rows(sql`
        insert into score_sheets (round_id, person_id, application_id, status, created_at, updated_at)
        values (${roundId}::uuid, ${invited.body.personId}::uuid, ${applicationId}::uuid, ${status}, now(), now())`);
    }
    const before = (await call('GET', `/api/v1/rounds/${roundId}/judges`, { token: incheon.token })).body.items.find((j: { roundJudgeId: string }) => j.roundJudgeId === id);
    expect(before.sheets).toEqual({ assigned: 1, draft: 1, submitted: 1 });
    expect((await call('DELETE', `/api/v1/round-judges/${id}`, { token: jeonbuk.token })).status).toBe(403);
    expect((await call('DELETE', `/api/v1/round-judges/${id}`, { token: incheon.token })).status).toBe(204);
    const left = await deps.database.rows<{ status: string }>(sql`select status from score_sheets where person_id = ${invited.body.personId}::uuid`);
    expect(left.map((s) => s.status)).toEqual(['submitted']);
    const [removed] = await deps.database.rows<{ after: { sheetsRemoved: number } }>(sql`select after from audit_events where entity_id = ${id} and action = 'roundJudge.removed'`);
    expect(removed!.after.sheetsRemoved).toBe(2);
    const after = (await call('GET', `/api/v1/rounds/${roundId}/judges`, { token: incheon.token })).body.items.find((j: { roundJudgeId: string }) => j.roundJudgeId === id);
    expect(after).toMatchObject({ status: 'removed', sheets: { assigned: 0, draft: 0, submitted: 1 } });
    // The removed judge's link no longer works.
    expect((await call('GET', `/api/v1/judge-invitations/${await invitationToken('load@judge.kr')}`)).status).toBe(404);
  });

  it('have conflicts added and lifted by staff with a reason; a lifted one stays lifted', async () => {
    const judge = (await call('GET', `/api/v1/rounds/${roundId}/judges`, { token: incheon.token })).body.items.find((j: { email: string }) => j.email === 'kim.judge@univ.ac.kr');
    const notInRound = await call('POST', `/api/v1/rounds/${roundId}/conflicts`, { token: incheon.token, body: { personId: founder.id, applicationId: otherRoundApp, reason: '친족' } });
    expect([notInRound.status, fields(notInRound)]).toEqual([422, ['personId', 'applicationId']]);
    expect((await call('POST', `/api/v1/rounds/${roundId}/conflicts`, { token: jeonbuk.token, body: { personId: judge.personId, applicationId: nalgaeApp, reason: '친족' } })).status).toBe(403);
    const added = await call('POST', `/api/v1/rounds/${roundId}/conflicts`, { token: incheon.token, body: { personId: judge.personId, applicationId: nalgaeApp, reason: '대표자와 친족 관계' } });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({ source: 'staff', detail: '대표자와 친족 관계', organizationName: '날개로지스', createdByName: incheon.email.replace(/^center_manager\.(\d+)@.*$/, 'center_manager $1') });
    expect((await call('POST', `/api/v1/rounds/${roundId}/conflicts`, { token: incheon.token, body: { personId: judge.personId, applicationId: nalgaeApp, reason: '다시' } })).body.code).toBe('conflictExists');

    const detected = (await call('GET', `/api/v1/rounds/${roundId}/conflicts`, { token: incheon.token })).body.items.find((c: { source: string }) => c.source === 'affiliation');
    const noReason = await call('POST', `/api/v1/conflicts/${detected.id}/lift`, { token: incheon.token, body: { reason: '  ' } });
    expect([noReason.status, fields(noReason)]).toEqual([422, ['reason']]);
    const lifted = await call('POST', `/api/v1/conflicts/${detected.id}/lift`, { token: incheon.token, body: { reason: '2015년 퇴직 확인' } });
    expect(lifted.body).toMatchObject({ liftedAt: '2026-11-28T12:00:00+09:00', liftReason: '2015년 퇴직 확인', liftedByName: expect.stringMatching(/^center_manager /) });
    const twice = await call('POST', `/api/v1/conflicts/${detected.id}/lift`, { token: incheon.token, body: { reason: '다시' } });
    expect([twice.status, twice.body.code]).toEqual([409, 'conflictLifted']);

    const rerun = await call('POST', `/api/v1/rounds/${roundId}/conflicts/detect`, { token: incheon.token });
    expect(rerun.body).toEqual({ added: 0, total: 1 });
    const after = (await call('GET', `/api/v1/rounds/${roundId}/conflicts`, { token: admin.token })).body.items.find((c: { id: string }) => c.id === detected.id);
    expect(after.liftReason).toBe('2015년 퇴직 확인');
    expect((await call('GET', `/api/v1/rounds/${roundId}/conflicts`, { token: jeonbuk.token })).status).toBe(403);
  });

  it('declare a conflict with an application assigned to them, and their unsubmitted sheet goes', async () => {
    const judge = await user(deps, 'judge', { centerId: 'incheon' });
    await deps.database.rows(sql`
      insert into round_judges (round_id, person_id, status, invited_at, accepted_at) values (${roundId}::uuid, ${judge.id}::uuid, 'active', now(), now())`);
    const sheet = (applicationId: string, status: string) =>
      deps.database.rows(sql`insert into score_sheets (round_id, person_id, application_id, status, created_at, updated_at) values (${roundId}::uuid, ${judge.id}::uuid, ${applicationId}::uuid, ${status}, now(), now())`);
    await sheet(hanjinApp, 'draft');
    await sheet(nalgaeApp, 'submitted');
    const path = `/api/v1/rounds/${roundId}/declared-conflicts`;
    expect((await call('POST', path, { token: judge.token, body: { applicationId: otherRoundApp, reason: '전 직장' } })).status).toBe(404);
    expect((await call('POST', path, { token: incheon.token, body: { applicationId: hanjinApp, reason: '전 직장' } })).status).toBe(404);
    const declared = await call('POST', path, { token: judge.token, body: { applicationId: hanjinApp, reason: '3년 전까지 재직' } });
    expect([declared.status, declared.body.sheetRemoved]).toEqual([201, true]);
    const submitted = await call('POST', path, { token: judge.token, body: { applicationId: nalgaeApp, reason: '대표가 지인' } });
    expect([submitted.status, submitted.body.sheetRemoved]).toEqual([201, false]);
    const sheets = await deps.database.rows<{ application_id: string }>(sql`select application_id from score_sheets where person_id = ${judge.id}::uuid`);
    expect(sheets.map((s) => s.application_id)).toEqual([nalgaeApp]);
    const mine = (await call('GET', `/api/v1/rounds/${roundId}/conflicts`, { token: incheon.token })).body.items.filter((c: { personId: string }) => c.personId === judge.id);
    expect(mine.map((c: { source: string; detail: string; createdByName: string }) => [c.source, c.detail, c.createdByName]).sort()).toEqual([
      ['declared', '3년 전까지 재직', `judge ${judge.email.split('.')[1]!.split('@')[0]}`],
      ['declared', '대표가 지인', `judge ${judge.email.split('.')[1]!.split('@')[0]}`],
    ]);
    const [audited] = await deps.database.rows<{ n: number }>(sql`select count(*)::int as n from audit_events where action = 'conflict.declared' and actor_person_id = ${judge.id}::uuid`);
    expect(audited!.n).toBe(2);
  });

  it('keep one profile, saved with If-Match, checked field by field', async () => {
    const person = await user(deps, 'company_member');
    const empty = await call('GET', '/api/v1/me/judge-profile', { token: person.token });
    expect([empty.body.version, empty.headers.get('etag'), empty.body.affiliation, empty.body.tags]).toEqual([0, '"0"', null, []]);
    const body = { affiliation: { name: '해보라', businessRegistrationNumber: '124-81-00998' }, position: '대표', tags: ['하드웨어', '음향'] };
    expect((await call('PUT', '/api/v1/me/judge-profile', { token: person.token, body })).status).toBe(428);
    const bad = await call('PUT', '/api/v1/me/judge-profile', {
      token: person.token,
      headers: { 'if-match': '"0"' },
      body: { ...body, affiliation: { name: '해보라', businessRegistrationNumber: '124-81-00999' }, tags: ['음향', ' 음향'], pastAffiliations: [{ name: '', until: '2025-02-30' }] },
    });
    expect(bad.status).toBe(422);
    expect(fields(bad).sort()).toEqual(['affiliation.businessRegistrationNumber', 'pastAffiliations.0.name', 'pastAffiliations.0.until', 'tags.1']);
    const saved = await call('PUT', '/api/v1/me/judge-profile', { token: person.token, headers: { 'if-match': '"0"' }, body });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ affiliation: { name: '해보라', businessRegistrationNumber: '124-81-00998' }, position: '대표', version: 1, expertise: '', relations: [] });
    expect((await call('PUT', '/api/v1/me/judge-profile', { token: person.token, headers: { 'if-match': '"0"' }, body })).status).toBe(409);
    expect((await call('PUT', '/api/v1/me/judge-profile', { token: person.token, headers: { 'if-match': '"1"' }, body: { ...body, tags: Array.from({ length: 31 }, (_, i) => `t${i}`) } })).status).toBe(422);
  });

  it('are not invited to a closed round', async () => {
    await deps.database.rows(sql`update evaluation_rounds set scoring_opens_at = '2026-11-10T09:00:00+09:00', scoring_closes_at = '2026-11-20T18:00:00+09:00' where id = ${roundId}::uuid`);
    const closed = await invite('closed@judge.kr', '마감');
    expect([closed.status, closed.body.code]).toEqual([409, 'roundClosed']);
  });
});
