import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../../test/db.ts';
import { client, kstDaysFrom, user, type Call, type TestUser } from '../../../../test/factories.ts';

let deps: Awaited<ReturnType<typeof testDeps>>;
let call: Call;
let incheon: TestUser;
let jeonbuk: TestUser;
let admin: TestUser;
let member: TestUser;
let callId: string;
let draftCallId: string;

/** Korea time of the test clock, shifted by whole days. */
const kst = (days: number, time?: string) => kstDaysFrom(deps, days, time);

beforeAll(async () => {
  deps = await testDeps();
  call = client(deps).call;
  incheon = await user(deps, 'center_manager', { centerId: 'incheon' });
  jeonbuk = await user(deps, 'center_manager', { centerId: 'jeonbuk' });
  admin = await user(deps, 'national_admin');
  member = await user(deps, 'company_member');
  const programId = (await call('POST', '/api/v1/programs', { token: incheon.token, body: { name: '스마트벤처캠퍼스', type: 'commercialization' } })).body.id;
  const base = { programId, body: '', opensAt: kst(-10, '09:00'), closesAt: kst(-1) };
  callId = (await call('POST', '/api/v1/calls', { token: incheon.token, body: { ...base, title: '스마트벤처캠퍼스 25개 팀 모집', published: true } })).body.id;
  draftCallId = (await call('POST', '/api/v1/calls', { token: incheon.token, body: { ...base, title: '초안 공고' } })).body.id;
});
afterAll(() => deps.database.close());

/** 서류 심사 as a 광주 competition might set it: 사업성 40, 기술성 60 with a 과락, five judges, trimmed mean. */
const document = () => ({
  name: '서류 심사',
  criteria: [
    { id: 'business', title: '사업성', description: '시장성과 수익 모델', weight: 40, maxScore: 10 },
    { id: 'tech', title: '기술성', weight: 60, maxScore: 5, minScore: 2, commentBelow: 2 },
  ],
  bonusRules: [{ id: 'region', label: '광주 소재 기업', points: 2, when: { regions: ['광주'] } }],
  maxBonus: 3,
  judgesPerApplication: 5,
  blind: true,
  method: 'trimmedMean',
  fewJudges: 'mean',
  tieBreaks: [{ kind: 'criterion', criterionId: 'tech' }, { kind: 'earlierSubmission' }],
  advance: { kind: 'rank', count: 10 },
  reserves: 2,
  quotas: [{ id: 'gwangju', label: '광주 기업 최소 2곳', min: 2, when: { regions: ['광주'] } }],
  scoringOpensAt: kst(2, '09:00'),
  scoringClosesAt: kst(9),
});

describe('evaluation rounds', () => {
  it('are set up by the call’s center in order, each with its rubric and rules, read by the national office', async () => {
    const first = await call('POST', `/api/v1/calls/${callId}/rounds`, { token: incheon.token, body: document() });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({
      callId,
      position: 1,
      name: '서류 심사',
      maxTotal: 100,
      method: 'trimmedMean',
      status: 'setup',
      blind: true,
      version: 1,
      permissions: { update: true, delete: true },
      criteria: [expect.objectContaining({ id: 'business', minScore: null, commentBelow: null }), expect.objectContaining({ id: 'tech', minScore: 2 })],
    });
    expect(first.body.scoringOpensAt).toMatch(/T09:00:00\+09:00$/);
    const second = await call('POST', `/api/v1/calls/${callId}/rounds`, {
      token: incheon.token,
      body: { name: '발표 심사', criteria: [{ id: 'pitch', title: '발표', weight: 100, maxScore: 100 }], advance: { kind: 'staff' }, scoringOpensAt: kst(12, '10:00'), scoringClosesAt: kst(12, '18:00') },
    });
    expect(second.body).toMatchObject({ position: 2, method: 'mean', judgesPerApplication: 3, fewJudges: 'refuse', bonusRules: [], quotas: [] });

    const listed = await call('GET', `/api/v1/calls/${callId}/rounds`, { token: admin.token });
    expect(listed.body.items.map((r: { name: string; position: number }) => [r.name, r.position])).toEqual([
      ['서류 심사', 1],
      ['발표 심사', 2],
    ]);
    // Another center's staff and a company see the call but not its evaluation; a draft call is not there at all.
    expect((await call('GET', `/api/v1/calls/${callId}/rounds`, { token: jeonbuk.token })).status).toBe(403);
    expect((await call('GET', `/api/v1/rounds/${first.body.id}`, { token: member.token })).status).toBe(403);
    expect((await call('POST', `/api/v1/calls/${callId}/rounds`, { token: member.token, body: document() })).status).toBe(403);
    expect((await call('GET', `/api/v1/calls/${draftCallId}/rounds`, { token: jeonbuk.token })).status).toBe(404);
  });

  it('refuse a rubric or rules that cannot work, naming each field in Korean', async () => {
    const bad = {
      ...document(),
      criteria: [
        { id: 'business', title: '사업성', weight: 40, maxScore: 10, minScore: 12 },
        { id: 'business', title: '기술성', weight: 60, maxScore: 5 },
      ],
      tieBreaks: [{ kind: 'criterion', criterionId: 'team' }],
      advance: { kind: 'rank', count: 1 },
      scoringClosesAt: kst(1),
    };
    const res = await call('POST', `/api/v1/calls/${callId}/rounds`, { token: incheon.token, body: bad });
    expect(res.status).toBe(422);
    const byField = Object.fromEntries(res.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]));
    expect(byField).toEqual({
      'criteria.0.minScore': '과락 점수: 최고 점수(10)보다 클 수 없습니다.',
      'criteria.1.id': '키: 중복된 값입니다.',
      'tieBreaks.0.criterionId': '평가 항목: 평가 항목에 없는 키입니다: team',
      quotas: '할당: 할당 합계(2)가 진출 인원(1)보다 많습니다.',
      scoringClosesAt: expect.stringMatching(/^심사 마감: /),
    });
    const zero = await call('POST', `/api/v1/calls/${callId}/rounds`, { token: incheon.token, body: { ...document(), criteria: [{ id: 'x', title: 'x', weight: 0, maxScore: 10 }] } });
    // The tie-break still names 기술성, which this rubric lacks: both errors at once.
    expect(zero.body.errors.map((e: { field: string }) => e.field)).toEqual(['criteria.0.weight', 'tieBreaks.0.criterionId']);
    const staffQuota = await call('POST', `/api/v1/calls/${callId}/rounds`, { token: incheon.token, body: { ...document(), advance: { kind: 'staff' } } });
    expect(staffQuota.body.errors.map((e: { field: string }) => e.field)).toEqual(['quotas']);
  });

  it('change with If-Match; the criteria are fixed once scoring opens, and a started round stays', async () => {
    const created = await call('POST', `/api/v1/calls/${callId}/rounds`, { token: incheon.token, body: { ...document(), name: '현장 실사', scoringOpensAt: kst(-1, '09:00'), scoringClosesAt: kst(5) } });
    const id = created.body.id;
    expect(created.body.status).toBe('scoring');
    expect((await call('PATCH', `/api/v1/rounds/${id}`, { token: incheon.token, body: { name: 'x' } })).status).toBe(428);
    const renamed = await call('PATCH', `/api/v1/rounds/${id}`, { token: incheon.token, headers: { 'if-match': '"1"' }, body: { name: '현장 실사 (2차)', reserves: 3 } });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(renamed.body).toMatchObject({ name: '현장 실사 (2차)', reserves: 3, version: 2, permissions: { update: true, delete: false } });
    expect((await call('PATCH', `/api/v1/rounds/${id}`, { token: incheon.token, headers: { 'if-match': '"1"' }, body: { name: 'y' } })).status).toBe(409);
    const criteria = [{ id: 'business', title: '사업성', weight: 100, maxScore: 10 }];
    const locked = await call('PATCH', `/api/v1/rounds/${id}`, { token: incheon.token, headers: { 'if-match': '"2"' }, body: { criteria, tieBreaks: [] } });
    expect(locked.status).toBe(422);
    expect(locked.body.errors).toEqual([expect.objectContaining({ field: 'criteria', message: '평가 항목: 심사가 시작된 뒤에는 평가 항목을 바꿀 수 없습니다.' })]);
    // The result of a change is checked whole: a tie-break left naming a criterion the change took away.
    const orphan = await call('PATCH', `/api/v1/rounds/${id}`, { token: incheon.token, headers: { 'if-match': '"2"' }, body: { tieBreaks: [{ kind: 'criterion', criterionId: 'gone' }] } });
    expect(orphan.body.errors.map((e: { field: string }) => e.field)).toEqual(['tieBreaks.0.criterionId']);

    const deleted = await call('DELETE', `/api/v1/rounds/${id}`, { token: incheon.token });
    expect([deleted.status, deleted.body.title]).toEqual([409, '심사가 시작된 단계는 삭제할 수 없습니다.']);
    expect((await call('PATCH', `/api/v1/rounds/${id}`, { token: jeonbuk.token, headers: { 'if-match': '"2"' }, body: { name: 'z' } })).status).toBe(403);
  });

  it('delete a round before it starts, and the rounds after it move up', async () => {
    const other = (await call('POST', '/api/v1/calls', { token: incheon.token, body: { programId: (await call('GET', `/api/v1/calls/${callId}`, { token: incheon.token })).body.program.id, body: '', title: '세 단계 공고', opensAt: kst(-3, '09:00'), closesAt: kst(3), published: true } })).body.id;
    const ids: string[] = [];
    for (const name of ['서류', '발표', '현장']) ids.push((await call('POST', `/api/v1/calls/${other}/rounds`, { token: incheon.token, body: { ...document(), name } })).body.id);
    expect((await call('DELETE', `/api/v1/rounds/${ids[0]}`, { token: incheon.token, headers: { 'if-match': '"1"' } })).status).toBe(204);
    const left = await call('GET', `/api/v1/calls/${other}/rounds`, { token: incheon.token });
    expect(left.body.items.map((r: { name: string; position: number }) => [r.name, r.position])).toEqual([
      ['발표', 1],
      ['현장', 2],
    ]);
    expect((await call('GET', `/api/v1/rounds/${ids[0]}`, { token: incheon.token })).status).toBe(404);
    const history = await deps.database.rows<{ action: string }>(sql`select action from audit_events where entity_id = ${ids[0]} order by id`);
    expect(history.map((h) => h.action)).toEqual(['round.created', 'round.deleted']);
  });
});
