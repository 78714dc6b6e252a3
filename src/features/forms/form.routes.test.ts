import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { client, user, type Call, type TestUser } from '../../../test/factories.ts';

let deps: Awaited<ReturnType<typeof testDeps>>;
let call: Call;
let manager: TestUser;
let other: TestUser;
let founder: TestUser;
let callId: string;

const form = {
  sections: [
    {
      title: { ko: '기업 개요', en: 'Company' },
      fields: [
        { key: 'teamName', type: 'text', label: { ko: '팀명' }, required: true, maxLength: 30 },
        { key: 'summary', type: 'textarea', label: { ko: '사업 아이템 요약' }, required: true, maxLength: 500, help: { ko: '500자 이내' } },
        { key: 'stage', type: 'choice', label: { ko: '성장 단계' }, options: [{ value: 'idea', label: { ko: '아이디어' } }, { value: 'prototype', label: { ko: '시제품' } }] },
        { key: 'areas', type: 'multiChoice', label: { ko: '관심 분야' }, maxSelections: 2, options: [{ value: 'drone', label: { ko: '드론' } }, { value: 'cold', label: { ko: '콜드체인' } }, { value: 'ai', label: { ko: 'AI' } }] },
        { key: 'funding', type: 'amount', label: { ko: '희망 지원금 (원)' }, max: 100_000_000 },
        { key: 'hasPatent', type: 'yesNo', label: { ko: '보유 특허가 있습니까?' }, required: true },
        { key: 'patentCount', type: 'number', label: { ko: '특허 건수' }, required: true, min: 1, showIf: { field: 'hasPatent', equals: true } },
      ],
    },
    {
      title: { ko: '매출과 팀' },
      fields: [
        { key: 'sales', type: 'table', label: { ko: '연도별 매출' }, maxRows: 3, columns: [{ key: 'year', label: { ko: '연도' }, type: 'number', required: true }, { key: 'amount', label: { ko: '매출액' }, type: 'amount' }] },
        { key: 'plan', type: 'file', label: { ko: '사업계획서' }, required: true, accept: ['pdf', 'hwp'], maxSizeMb: 20 },
      ],
    },
  ],
};

beforeAll(async () => {
  deps = await testDeps();
  call = client(deps).call;
  manager = await user(deps, 'center_manager', { centerId: 'incheon' });
  other = await user(deps, 'center_manager', { centerId: 'jeonbuk' });
  founder = await user(deps, 'expert', { centerId: 'incheon' });
  const program = await call('POST', '/api/v1/programs', { token: manager.token, body: { name: '물류 스타트업 육성', type: 'commercialization' } });
  callId = (await call('POST', '/api/v1/calls', { token: manager.token, body: { programId: program.body.id, title: '물류 스타트업 모집', opensAt: '2026-11-20T09:00', closesAt: '2026-12-20T18:00', published: true } })).body.id;
});
afterAll(() => deps.database.close());

const answers = (extra: Record<string, unknown> = {}) => ({
  teamName: '날개물류',
  summary: '드론으로 섬 지역에 의약품을 배송합니다.',
  stage: 'prototype',
  areas: ['drone', 'cold'],
  funding: 50_000_000,
  hasPatent: false,
  sales: [{ year: 2025, amount: 120_000_000 }],
  plan: ['7c9e6679-7425-40de-944b-e07fc1f90ae7'],
  ...extra,
});
const check = (body: unknown, token = founder.token) => call('POST', `/api/v1/calls/${callId}/form/check`, { token, body });
const fields = (res: { body: { errors?: { field: string }[] } }) => (res.body.errors ?? []).map((e) => e.field).sort();

describe('application forms', () => {
  it('are built by staff as versions, public with their call, each version kept', async () => {
    expect((await call('GET', `/api/v1/calls/${callId}/form`)).status).toBe(404);
    const first = await call('PUT', `/api/v1/calls/${callId}/form`, { token: manager.token, body: form });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.version).toBe(1);
    const shown = await call('GET', `/api/v1/calls/${callId}/form`);
    expect(shown.status).toBe(200);
    expect(shown.body.definition.sections[0].fields[0]).toMatchObject({ key: 'teamName', required: true });
    expect((await call('PUT', `/api/v1/calls/${callId}/form`, { token: manager.token, body: form })).status).toBe(428);
    const changed = structuredClone(form) as { sections: { fields: { maxLength?: number }[] }[] };
    changed.sections[0]!.fields[0]!.maxLength = 40;
    const second = await call('PUT', `/api/v1/calls/${callId}/form`, { token: manager.token, body: changed, headers: { 'if-match': '"1"' } });
    expect(second.body.version).toBe(2);
    expect((await call('PUT', `/api/v1/calls/${callId}/form`, { token: manager.token, body: form, headers: { 'if-match': '"1"' } })).status).toBe(409);
    expect((await call('GET', `/api/v1/calls/${callId}/form?version=1`)).body.definition.sections[0].fields[0].maxLength).toBe(30);
    expect((await call('PUT', `/api/v1/calls/${callId}/form`, { token: other.token, body: form, headers: { 'if-match': '"2"' } })).status).toBe(403);
    expect((await call('PUT', `/api/v1/calls/${callId}/form`, { body: form, headers: { 'if-match': '"2"' } })).status).toBe(401);
  });

  it('refuse a definition that cannot be filled in, naming the place', async () => {
    const bad = {
      sections: [
        {
          title: { ko: '개요' },
          fields: [
            { key: 'pick', type: 'choice', label: { ko: '선택' } },
            { key: 'pick', type: 'text', label: { ko: '중복' } },
            { key: 'later', type: 'number', label: { ko: '조건' }, showIf: { field: 'after', equals: 'x' } },
            { key: 'after', type: 'choice', label: { ko: '뒤' }, options: [{ value: 'x', label: { ko: 'X' } }, { value: 'y', label: { ko: 'Y' } }] },
            { key: 'rows', type: 'table', label: { ko: '표' } },
          ],
        },
      ],
    };
    const res = await call('PUT', `/api/v1/calls/${callId}/form`, { token: manager.token, body: bad, headers: { 'if-match': '"2"' } });
    expect(res.status).toBe(422);
    expect(fields(res)).toEqual(['sections.0.fields.0.options', 'sections.0.fields.1.key', 'sections.0.fields.2.showIf.field', 'sections.0.fields.4.columns']);
  });

  it('check answers as a draft and as a submission, with conditions, tables and Korean messages', async () => {
    expect((await check({ answers: {} })).status).toBe(200);
    const empty = await check({ answers: {}, final: true });
    expect(empty.status).toBe(422);
    expect(fields(empty)).toEqual(['answers.hasPatent', 'answers.plan', 'answers.summary', 'answers.teamName']);
    expect(empty.body.errors[0].message).toMatch(/필수/);
    expect((await check({ answers: answers(), final: true })).body).toEqual({ valid: true, version: 2 });
    // A condition: the patent count is asked, and required, only with a patent.
    expect(fields(await check({ answers: answers({ hasPatent: true }), final: true }))).toEqual(['answers.patentCount']);
    expect((await check({ answers: answers({ hasPatent: true, patentCount: 3 }), final: true })).status).toBe(200);
    const wrong = await check({
      answers: answers({ teamName: '가'.repeat(41), stage: 'unicorn', areas: ['drone', 'cold', 'ai'], funding: -5, sales: [{ year: '작년', amount: 1.5 }, {}, {}, {}], plan: ['../../etc/passwd'], extra: 1 }),
    });
    expect(wrong.status).toBe(422);
    expect(fields(wrong)).toEqual([
      'answers',
      'answers.areas',
      'answers.funding',
      'answers.plan',
      'answers.sales',
      'answers.sales.0.amount',
      'answers.sales.0.year',
      'answers.stage',
      'answers.teamName',
    ]);
    const message = (field: string) => wrong.body.errors.find((e: { field: string }) => e.field === field).message;
    expect(message('answers.teamName')).toBe('팀명: 40자 이하여야 합니다.');
    expect(message('answers.sales.0.amount')).toBe('연도별 매출 1행 · 매출액: 정수여야 합니다.');
    expect((await call('POST', `/api/v1/calls/${callId}/form/check`, { body: { answers: {} } })).status).toBe(401);
  });
});
