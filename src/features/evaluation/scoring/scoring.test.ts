import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../../test/db.ts';
import { callWithApplications, seatJudges } from '../../../../test/evaluation.ts';
import { client, kstDaysFrom, user, type Call, type TestUser } from '../../../../test/factories.ts';
import { fileStoreOf } from '../../../shared/storage.ts';

// From applied assignment to a ranking: runs kept with their inputs, conflicts and pins
// respected, blind queues, autosave and submission, reopening with a reason, the ranking over
// the submitted sheets, and nothing changing after the round closes.
let deps: Awaited<ReturnType<typeof testDeps>>;
let call: Call;
let manager: TestUser;
let jeonbuk: TestUser;
let roundId: string;
let apps: Awaited<ReturnType<typeof callWithApplications>>['applications'];
const judges: Record<string, TestUser> = {};

const plans = [
  { name: '물류로봇랩', plan: '물류 창고 자동화 로봇과 피킹 로봇을 개발합니다. 물류 센터 자동화.' },
  { name: '바이오진단', plan: '바이오 진단 키트와 헬스케어 플랫폼, 체외 진단 바이오 기술.' },
  { name: '칩디자인', plan: 'AI 반도체 설계, 엣지 추론용 반도체 칩.' },
  { name: '그린팜', plan: '스마트팜 수직 농장과 농업 데이터 플랫폼.', region: '광주' as const },
  { name: '페이링크', plan: '핀테크 간편 결제와 금융 데이터 서비스.' },
  { name: '드론물류', plan: '드론 배송으로 물류 라스트마일을 혁신합니다. 물류 드론.' },
];
const experts = [
  { key: 'logistics', expertise: '물류 자동화, 로봇, 물류 센터 운영', tags: ['물류', '로봇'] },
  { key: 'bio', expertise: '바이오 진단 기술과 헬스케어 사업화', tags: ['바이오'] },
  { key: 'chip', expertise: 'AI 반도체 설계 20년', tags: ['반도체'] },
  { key: 'farm', expertise: '스마트팜, 농업 기술', tags: ['스마트팜'] },
  { key: 'fintech', expertise: '핀테크 결제와 금융 규제', tags: ['핀테크'] },
];
const criteria = [
  { id: 'business', title: '사업성', weight: 40, maxScore: 10 },
  { id: 'tech', title: '기술성', weight: 60, maxScore: 5, commentBelow: 2 },
];

const kst = (days: number, time?: string) => kstDaysFrom(deps, days, time);
const sheetsOf = (personId: string) =>
  deps.database.rows<{ id: string; application_id: string; status: string }>(sql`select id, application_id, status from score_sheets where round_id = ${roundId}::uuid and person_id = ${personId}::uuid order by application_id`);

beforeAll(async () => {
  deps = await testDeps();
  call = client(deps).call;
  manager = await user(deps, 'center_manager', { centerId: 'incheon' });
  jeonbuk = await user(deps, 'center_manager', { centerId: 'jeonbuk' });
  const fixture = await callWithApplications(deps, call, manager, 'incheon', plans);
  apps = fixture.applications;
  const round = await call('POST', `/api/v1/calls/${fixture.callId}/rounds`, {
    token: manager.token,
    body: {
      name: '서류 심사',
      criteria,
      judgesPerApplication: 3,
      blind: true,
      method: 'trimmedMean',
      fewJudges: 'mean',
      tieBreaks: [{ kind: 'criterion', criterionId: 'tech' }, { kind: 'earlierSubmission' }],
      advance: { kind: 'rank', count: 2 },
      reserves: 1,
      bonusRules: [{ id: 'gwangju', label: '광주 소재 기업', points: 2, when: { regions: ['광주'] } }],
      maxBonus: 3,
      scoringOpensAt: kst(-1, '09:00'),
      scoringClosesAt: kst(5),
    },
  });
  expect(round.status, JSON.stringify(round.body)).toBe(201);
  roundId = round.body.id;
  for (const e of experts) judges[e.key] = await user(deps, 'judge', { centerId: 'incheon' });
  await seatJudges(
    deps,
    roundId,
    experts.map((e) => ({ person: judges[e.key]!, expertise: e.expertise, tags: e.tags })),
  );
});
afterAll(() => deps.database.close());

describe('assignment runs', () => {
  it('give each application k judges by expertise, kept with their inputs, not applied until staff apply', async () => {
    const run = await call('POST', `/api/v1/rounds/${roundId}/assignment-runs`, { token: manager.token, body: { objective: 'total' } });
    expect(run.status, JSON.stringify(run.body)).toBe(201);
    expect(run.body).toMatchObject({ status: 'optimal', objective: 'total', appliedAt: null, fixedPairs: 0, defaultMaxLoad: Math.ceil((1.2 * 6 * 3) / 5) });
    for (const a of run.body.applications) expect(a.judges).toHaveLength(3);
    for (const j of run.body.judges) expect(j.load).toBeLessThanOrEqual(5);
    // Expertise decides: the logistics expert reviews both logistics companies, the chip designer the chip company.
    const judgesOf = (name: string) => run.body.applications.find((a: { organizationName: string }) => a.organizationName === name).judges.map((j: { personId: string }) => j.personId);
    expect(judgesOf('물류로봇랩')).toContain(judges.logistics!.id);
    expect(judgesOf('드론물류')).toContain(judges.logistics!.id);
    expect(judgesOf('칩디자인')).toContain(judges.chip!.id);
    const stored = await deps.database.rows<{ input: { problem: { affinities: unknown[] } } }>(sql`select input from assignment_runs where id = ${run.body.id}::uuid`);
    expect(stored[0]!.input.problem.affinities).toHaveLength(30);
    expect(await sheetsOf(judges.logistics!.id)).toHaveLength(0);

    const applied = await call('POST', `/api/v1/assignment-runs/${run.body.id}/apply`, { token: manager.token });
    expect(applied.body).toMatchObject({ added: 18, removed: 0, kept: 0, skippedForConflict: 0 });
    expect(applied.body.run.appliedAt).not.toBeNull();
    const list = await call('GET', `/api/v1/rounds/${roundId}/assignment-runs`, { token: manager.token });
    expect(list.body.items).toHaveLength(1);
    // Another center's staff see nothing of it.
    expect((await call('GET', `/api/v1/assignment-runs/${run.body.id}`, { token: jeonbuk.token })).status).toBe(403);
  });

  it('says why when more judges are needed than exist without conflicts', async () => {
    const round = await call('GET', `/api/v1/rounds/${roundId}`, { token: manager.token });
    await call('PATCH', `/api/v1/rounds/${roundId}`, { token: manager.token, body: { judgesPerApplication: 6 }, headers: { 'if-match': `"${round.body.version}"` } });
    const run = await call('POST', `/api/v1/rounds/${roundId}/assignment-runs`, { token: manager.token, body: { objective: 'fair' } });
    expect(run.body.status).toBe('infeasible');
    expect(run.body.reasons[0]).toMatchObject({ code: 'tooFewCandidates' });
    expect(run.body.reasons[0].applications.length).toBeGreaterThan(0);
    expect(run.body.reasons[0].message.ko).toBeTruthy();
    expect((await call('POST', `/api/v1/assignment-runs/${run.body.id}/apply`, { token: manager.token })).status).toBe(409);
    const again = await call('GET', `/api/v1/rounds/${roundId}`, { token: manager.token });
    await call('PATCH', `/api/v1/rounds/${roundId}`, { token: manager.token, body: { judgesPerApplication: 3 }, headers: { 'if-match': `"${again.body.version}"` } });
  });

  it('keeps pins and never assigns forbidden or conflicting pairs', async () => {
    const farmApp = apps.find((a) => a.name === '그린팜')!;
    const chipApp = apps.find((a) => a.name === '칩디자인')!;
    const pin = await call('POST', `/api/v1/rounds/${roundId}/assignment-constraints`, { token: manager.token, body: { personId: judges.fintech!.id, applicationId: farmApp.id, kind: 'pin', reason: '농업 금융 검토' } });
    expect(pin.status, JSON.stringify(pin.body)).toBe(201);
    await call('POST', `/api/v1/rounds/${roundId}/assignment-constraints`, { token: manager.token, body: { personId: judges.chip!.id, applicationId: chipApp.id, kind: 'forbid', reason: '공동 연구 이력' } });
    const notJudge = await call('POST', `/api/v1/rounds/${roundId}/assignment-constraints`, { token: manager.token, body: { personId: jeonbuk.id, applicationId: farmApp.id, kind: 'pin' } });
    expect(notJudge.body.errors).toMatchObject([{ field: 'personId' }]);
    const run = await call('POST', `/api/v1/rounds/${roundId}/assignment-runs`, { token: manager.token, body: { objective: 'fair' } });
    expect(run.body.status).not.toBe('infeasible');
    const of = (id: string) => run.body.applications.find((a: { applicationId: string }) => a.applicationId === id);
    expect(of(farmApp.id).judges).toContainEqual(expect.objectContaining({ personId: judges.fintech!.id, fixed: true }));
    expect(of(chipApp.id).judges.map((j: { personId: string }) => j.personId)).not.toContain(judges.chip!.id);
    const applied = await call('POST', `/api/v1/assignment-runs/${run.body.id}/apply`, { token: manager.token });
    expect(applied.status).toBe(200);
    const chipSheets = await deps.database.rows(sql`select 1 from score_sheets where round_id = ${roundId}::uuid and person_id = ${judges.chip!.id}::uuid and application_id = ${chipApp.id}::uuid`);
    expect(chipSheets).toHaveLength(0);
    for (const a of apps) expect((await deps.database.rows(sql`select 1 from score_sheets where round_id = ${roundId}::uuid and application_id = ${a.id}::uuid`)).length).toBe(3);
  });
});

const score = (token: string, id: string, body: unknown, version?: number) =>
  call('PATCH', `/api/v1/score-sheets/${id}`, { token, body, headers: version ? { 'if-match': `"${version}"` } : {} });

describe('scoring', () => {
  it('shows a judge only their own queue, blind, and only after the pledge', async () => {
    const j = judges.logistics!;
    const queue = await call('GET', `/api/v1/rounds/${roundId}/my-sheets`, { token: j.token });
    expect(queue.status).toBe(200);
    expect(queue.body.pledgeSigned).toBe(true);
    expect(queue.body.items.length).toBeGreaterThan(0);
    for (const item of queue.body.items) expect(item).toMatchObject({ organizationName: null, receiptNumber: null, status: 'assigned' });
    const sheet = await call('GET', `/api/v1/score-sheets/${queue.body.items[0].id}`, { token: j.token });
    expect(sheet.body.application).toMatchObject({ blind: true, organizationName: null, businessRegistrationNumber: null, representative: null });
    expect(sheet.body.application.answers[0]).toMatchObject({ key: 'plan', hidden: false });
    // Staff read the same application unredacted.
    const staff = await call('GET', `/api/v1/score-sheets/${queue.body.items[0].id}`, { token: manager.token });
    expect(staff.body.application.organizationName).toBeTruthy();

    await deps.database.rows(sql`update round_judges set pledge_signed_at = null where round_id = ${roundId}::uuid and person_id = ${j.id}::uuid`);
    expect((await call('GET', `/api/v1/rounds/${roundId}/my-sheets`, { token: j.token })).body).toMatchObject({ pledgeSigned: false, items: [] });
    expect((await call('GET', `/api/v1/score-sheets/${queue.body.items[0].id}`, { token: j.token })).status).toBe(403);
    await deps.database.rows(sql`update round_judges set pledge_signed_at = now() where round_id = ${roundId}::uuid and person_id = ${j.id}::uuid`);
    // Not a judge of the round: no queue.
    expect((await call('GET', `/api/v1/rounds/${roundId}/my-sheets`, { token: jeonbuk.token })).status).toBe(404);
  });

  it('lets a judge download an application’s files only in a round that is not blind', async () => {
    const j = judges.logistics!;
    const [sheet] = await sheetsOf(j.id);
    const stored = await fileStoreOf(deps.config).put(Buffer.from('%PDF-1.4\n%%EOF\n'));
    const [file] = await deps.database.rows<{ id: string }>(sql`
      insert into application_files (application_id, field, file_name, content_type, size, sha256, uploaded_by, uploaded_at)
      values (${sheet!.application_id}::uuid, 'plan', '사업계획서.pdf', 'application/pdf', ${stored.size}, ${stored.sha256}, ${manager.id}::uuid, now()) returning id`);
    const download = () => client(deps).app.request(`/api/v1/applications/${sheet!.application_id}/files/${file!.id}`, { headers: { authorization: `Bearer ${j.token}` } });
    expect((await download()).status).toBe(404);
    await deps.database.rows(sql`update evaluation_rounds set blind = false where id = ${roundId}::uuid`);
    expect((await download()).status).toBe(200);
    // A judge of the round without a sheet of this application still cannot.
    const [outsider] = await deps.database.rows<{ person_id: string }>(sql`
      select person_id from round_judges where round_id = ${roundId}::uuid and person_id not in (
        select person_id from score_sheets where round_id = ${roundId}::uuid and application_id = ${sheet!.application_id}::uuid) limit 1`);
    const token = Object.values(judges).find((x) => x.id === outsider!.person_id)!.token;
    expect((await client(deps).app.request(`/api/v1/applications/${sheet!.application_id}/files/${file!.id}`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
    await deps.database.rows(sql`update evaluation_rounds set blind = true where id = ${roundId}::uuid`);
    await deps.database.rows(sql`delete from application_files where id = ${file!.id}::uuid`);
  });

  it('autosaves within the criterion ranges, asks for comments under the threshold, submits once', async () => {
    const j = judges.bio!;
    const [first] = await sheetsOf(j.id);
    const out = await score(j.token, first!.id, { scores: { business: 11, tech: 2.5, nope: 1 } });
    expect(out.status).toBe(422);
    expect(out.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['scores.business', 'scores.nope']);
    expect(out.body.errors.find((e: { field: string }) => e.field === 'scores.business').message).toContain('10');
    const saved = await score(j.token, first!.id, { scores: { business: 8 } }, 1);
    expect(saved.body).toMatchObject({ status: 'draft', version: 2, total: null, scores: { business: 8 } });
    expect((await score(j.token, first!.id, { scores: { tech: 1 } }, 1)).status).toBe(409);
    const low = await score(j.token, first!.id, { scores: { tech: 1.5 } }, 2);
    expect(low.body.total).toBe(50);
    const incomplete = await call('POST', `/api/v1/score-sheets/${first!.id}/submit`, { token: j.token });
    expect(incomplete.body.errors).toMatchObject([{ field: 'comments.tech' }]);
    await score(j.token, first!.id, { comments: { tech: '기술 검증 자료가 부족합니다.' }, comment: '시장성은 충분함' });
    const submitted = await call('POST', `/api/v1/score-sheets/${first!.id}/submit`, { token: j.token });
    expect(submitted.body).toMatchObject({ status: 'submitted', total: 50, permissions: { edit: false } });
    expect((await score(j.token, first!.id, { scores: { tech: 5 } })).status).toBe(409);
    // Another judge, even of the same application, cannot read it.
    expect([403, 404]).toContain((await call('GET', `/api/v1/score-sheets/${first!.id}`, { token: judges.chip!.token })).status);
  });

  it('lets staff reopen a submitted sheet with a reason, and shows progress', async () => {
    const j = judges.bio!;
    const [first] = await sheetsOf(j.id);
    expect((await call('POST', `/api/v1/score-sheets/${first!.id}/reopen`, { token: j.token, body: { reason: '다시' } })).status).toBe(403);
    expect((await call('POST', `/api/v1/score-sheets/${first!.id}/reopen`, { token: manager.token, body: { reason: '' } })).status).toBe(422);
    const reopened = await call('POST', `/api/v1/score-sheets/${first!.id}/reopen`, { token: manager.token, body: { reason: '기술성 점수 재검토 요청' } });
    expect(reopened.body).toMatchObject({ status: 'draft', reopenReason: '기술성 점수 재검토 요청' });
    const progress = await call('GET', `/api/v1/rounds/${roundId}/progress`, { token: manager.token });
    expect(progress.body.totals).toMatchObject({ sheets: 18, submitted: 0, applications: 6 });
    expect(progress.body.judges.find((x: { personId: string }) => x.personId === j.id)).toMatchObject({ draft: 1 });
    const events = await deps.database.rows(sql`select action from audit_events where entity_id = ${first!.id} order by id`);
    expect(events.map((e: any) => e.action)).toEqual(['score_sheet.saved', 'score_sheet.saved', 'score_sheet.saved', 'score_sheet.submitted', 'score_sheet.reopened']);
  });

  it('hides an application from a judge once a conflict is found (404, logged), and the ranking leaves the pair out', async () => {
    const j = judges.farm!;
    const [sheet] = await sheetsOf(j.id);
    await deps.database.rows(sql`insert into evaluation_conflicts (round_id, person_id, application_id, source, detail, created_at) values (${roundId}::uuid, ${j.id}::uuid, ${sheet!.application_id}::uuid, 'staff', '친족 관계', now())`);
    expect((await call('GET', `/api/v1/score-sheets/${sheet!.id}`, { token: j.token })).status).toBe(404);
    const queue = await call('GET', `/api/v1/rounds/${roundId}/my-sheets`, { token: j.token });
    expect(queue.body.items.map((i: { id: string }) => i.id)).not.toContain(sheet!.id);
    // Saving or submitting it is refused the same way, and each attempt is on record.
    expect((await score(j.token, sheet!.id, { scores: { business: 5 } })).status).toBe(404);
    expect((await call('POST', `/api/v1/score-sheets/${sheet!.id}/submit`, { token: j.token })).status).toBe(404);
    const logged = await deps.database.rows(sql`select 1 from audit_events where action = 'score_sheet.blocked_conflict' and entity_id = ${sheet!.id}`);
    expect(logged).toHaveLength(3);
    await deps.database.rows(sql`delete from evaluation_conflicts where round_id = ${roundId}::uuid and person_id = ${j.id}::uuid`);
  });
});

describe('ranking', () => {
  it('ranks the submitted sheets with the round method, bonus after aggregation, and stops changes after the round closes', async () => {
    // Every judge scores every sheet: business = 5 + judge index, tech = 3 + application index % 3 (0.5 steps).
    const keys = Object.keys(judges);
    for (const [ji, key] of keys.entries()) {
      const j = judges[key]!;
      for (const s of await sheetsOf(j.id)) {
        const ai = apps.findIndex((a) => a.id === s.application_id);
        const res = await score(j.token, s.id, { scores: { business: 5 + ji, tech: 3 + (ai % 3) * 0.5 } });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect((await call('POST', `/api/v1/score-sheets/${s.id}/submit`, { token: j.token })).status).toBe(200);
      }
    }
    const ranking = await call('GET', `/api/v1/rounds/${roundId}/ranking`, { token: manager.token });
    expect(ranking.status, JSON.stringify(ranking.body)).toBe(200);
    expect(ranking.body.pendingSheets).toBe(0);
    expect(ranking.body.outcome.status).toBe('ranked');
    const ranked = ranking.body.outcome.applications;
    expect(ranked).toHaveLength(6);
    // Three judges each: the trimmed mean falls back to the mean, as the round says.
    for (const a of ranked) expect(a.method).toBe('mean');
    // Recompute one by hand: the mean of its sheets' totals, plus 2 for 광주.
    const farm = ranked.find((a: { id: string }) => a.id === apps[3]!.id);
    const totals = farm.sheets.map((s: { scores: { business: number; tech: number } }) => (40 * s.scores.business) / 10 + (60 * s.scores.tech) / 5);
    expect(farm.aggregate).toBeCloseTo(totals.reduce((x: number, y: number) => x + y, 0) / totals.length, 6);
    expect(farm.bonus).toBe(2);
    expect(farm.final).toBeCloseTo(farm.aggregate + 2, 6);
    expect(ranked.filter((a: { proposal: string }) => a.proposal === 'selected')).toHaveLength(2);
    expect(ranked.filter((a: { proposal: string }) => a.proposal === 'reserve')).toHaveLength(1);
    // A method that cannot apply, chosen anyway: the trimmed mean with three judges and no fallback is refused, with the reason.
    const round = await call('GET', `/api/v1/rounds/${roundId}`, { token: manager.token });
    await call('PATCH', `/api/v1/rounds/${roundId}`, { token: manager.token, body: { fewJudges: 'refuse' }, headers: { 'if-match': `"${round.body.version}"` } });
    const refused = await call('GET', `/api/v1/rounds/${roundId}/ranking`, { token: manager.token });
    expect(refused.body.outcome).toMatchObject({ status: 'refused', reasons: [{ code: 'tooFewJudgesToTrim', required: 5 }] });
    expect(refused.body.outcome.reasons[0].applicationIds).toHaveLength(6);
    await call('PATCH', `/api/v1/rounds/${roundId}`, { token: manager.token, body: { fewJudges: 'mean' }, headers: { 'if-match': `"${round.body.version + 1}"` } });
    // Judges never read the ranking.
    expect((await call('GET', `/api/v1/rounds/${roundId}/ranking`, { token: judges.bio!.token })).status).toBe(403);

    deps.clock.advance(6 * 24 * 3_600_000);
    const [sheet] = await sheetsOf(judges.bio!.id);
    expect((await score(judges.bio!.token, sheet!.id, { scores: { business: 1 } })).body.type).toMatch(/roundClosed|sheetSubmitted/);
    const reopen = await call('POST', `/api/v1/score-sheets/${sheet!.id}/reopen`, { token: manager.token, body: { reason: '마감 후' } });
    expect(reopen.status).toBe(409);
    expect((await call('POST', `/api/v1/rounds/${roundId}/assignment-runs`, { token: manager.token, body: {} })).status).toBe(409);
    deps.clock.advance(-6 * 24 * 3_600_000);
  });
});
