import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { client, count, kstDaysFrom, user, type Call, type TestUser } from '../../../test/factories.ts';

let deps: Awaited<ReturnType<typeof testDeps>>;
let call: Call;
let incheon: TestUser;
let jeonbuk: TestUser;
let programId: string;
let cohortId: string;
let jeonbukProgramId: string;

/** Korea time of the test clock, shifted by whole days. */
const kst = (days: number, time?: string) => kstDaysFrom(deps, days, time);

beforeAll(async () => {
  deps = await testDeps();
  call = client(deps).call;
  incheon = await user(deps, 'center_manager', { centerId: 'incheon' });
  jeonbuk = await user(deps, 'center_manager', { centerId: 'jeonbuk' });
  const program = await call('POST', '/api/v1/programs', { token: incheon.token, body: { name: '스마트 물류 액셀러레이팅', type: 'commercialization' } });
  programId = program.body.id;
  cohortId = (await call('POST', `/api/v1/programs/${programId}/cohorts`, { token: incheon.token, body: { name: '2026년 1기', capacity: 10 } })).body.cohorts[0].id;
  jeonbukProgramId = (await call('POST', '/api/v1/programs', { token: jeonbuk.token, body: { name: '탄소 창업 교육', type: 'education' } })).body.id;
});
afterAll(() => deps.database.close());

const logisticsCall = () => ({
  programId,
  cohortId,
  title: '2026년 스마트 물류 스타트업 액셀러레이팅 참여기업 모집',
  body: '<h2>지원 내용</h2><p onclick="steal()">드론 배송·콜드체인 스타트업 <b>10개사</b> 선발</p><script>alert(1)</script><a href="javascript:alert(1)">x</a><a href="https://incheon.ccei.kr">센터</a>',
  opensAt: kst(-1, '09:00'),
  closesAt: kst(1),
  selectCount: 10,
  contact: '인천센터 창업지원팀 032-000-0000',
});

describe('calls', () => {
  it('keeps a draft to the staff of its program, with a safe body and times in Korea time', async () => {
    const res = await call('POST', '/api/v1/calls', { token: incheon.token, body: logisticsCall() });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ status: 'draft', centerId: 'incheon', centerName: '인천센터', region: '인천', selectCount: 10, cohort: { id: cohortId, name: '2026년 1기' }, publishedAt: null });
    expect(res.body.opensAt).toBe(`${kst(-1, '09:00')}:00+09:00`);
    expect(res.body.closesAt).toBe(`${kst(1)}+09:00`);
    expect(res.body.body).toContain('<b>10개사</b>');
    expect(res.body.body).not.toMatch(/script|onclick|javascript:/);
    expect(res.body.body).toContain('<a href="https://incheon.ccei.kr" rel="noopener noreferrer nofollow" target="_blank">센터</a>');
    expect((await call('GET', `/api/v1/calls/${res.body.id}`)).status).toBe(404);
    expect((await call('GET', `/api/v1/calls/${res.body.id}`, { token: jeonbuk.token })).status).toBe(404);
    expect((await call('GET', '/api/v1/calls')).body.items).toEqual([]);
    const drafts = await call('GET', '/api/v1/calls?status=draft', { token: incheon.token });
    expect(drafts.body.items.map((c: { id: string }) => c.id)).toEqual([res.body.id]);
    expect((await call('GET', '/api/v1/calls?status=draft', { token: jeonbuk.token })).body.items).toEqual([]);
    expect((await call('GET', '/api/v1/calls?status=draft')).status).toBe(401);
  });

  it('publishes with If-Match, and the public list and page need no sign-in', async () => {
    const draft = await call('POST', '/api/v1/calls', { token: incheon.token, body: { ...logisticsCall(), title: '물류 데모데이 참가기업 모집' } });
    expect((await call('PATCH', `/api/v1/calls/${draft.body.id}`, { token: incheon.token, body: { published: true } })).status).toBe(428);
    const published = await call('PATCH', `/api/v1/calls/${draft.body.id}`, { token: incheon.token, body: { published: true }, headers: { 'if-match': '"1"' } });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body).toMatchObject({ status: 'open', version: 2, permissions: { update: true } });
    const page = await call('GET', `/api/v1/calls/${draft.body.id}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ title: '물류 데모데이 참가기업 모집', permissions: { update: false } });
    const list = await call('GET', '/api/v1/calls');
    expect(list.body.items.map((c: { id: string }) => c.id)).toContain(draft.body.id);
    const stranger = await call('PATCH', `/api/v1/calls/${draft.body.id}`, { token: jeonbuk.token, body: { title: '가로채기' }, headers: { 'if-match': '"2"' } });
    expect(stranger.status).toBe(403);
  });

  it('is open from its opening to its closing second, both included', async () => {
    const created = await call('POST', '/api/v1/calls', {
      token: incheon.token,
      body: { ...logisticsCall(), title: '마감 시각 확인용 공고', opensAt: kst(0, '09:00:00'), closesAt: kst(0, '18:00:00'), published: true },
    });
    const id = created.body.id;
    const at = (time: string) => deps.clock.set(new Date(`${kst(0, time)}+09:00`));
    const status = async () => (await call('GET', `/api/v1/calls/${id}`)).body.status;
    const saved = deps.clock.now();
    try {
      at('08:59:59');
      expect(await status()).toBe('upcoming');
      at('09:00:00');
      expect(await status()).toBe('open');
      at('18:00:00');
      expect(await status()).toBe('open');
      at('18:00:01');
      expect(await status()).toBe('closed');
    } finally {
      deps.clock.set(saved);
    }
  });

  it('filters the public list by status, center, type and region, and finds calls by Korean search', async () => {
    await call('POST', '/api/v1/calls', { token: incheon.token, body: { ...logisticsCall(), title: '콜드체인 실증 지원 (예정)', opensAt: kst(3, '09:00'), closesAt: kst(10), published: true } });
    await call('POST', '/api/v1/calls', { token: incheon.token, body: { ...logisticsCall(), title: '지난 물류 공모', opensAt: kst(-10, '09:00'), closesAt: kst(-3), published: true } });
    await call('POST', '/api/v1/calls', {
      token: jeonbuk.token,
      body: { programId: jeonbukProgramId, title: '탄소섬유 창업 아카데미 교육생 모집', body: '<p>탄소소재 창업 교육</p>', opensAt: kst(-1, '09:00'), closesAt: kst(5), published: true },
    });
    const titles = async (query: string) => ((await call('GET', `/api/v1/calls?${query}`)).body.items as { title: string }[]).map((c) => c.title);
    expect(await titles('status=upcoming')).toEqual(['콜드체인 실증 지원 (예정)']);
    expect(await titles('status=closed')).toEqual(['지난 물류 공모']);
    expect(await titles('status=open&centerId=jeonbuk')).toEqual(['탄소섬유 창업 아카데미 교육생 모집']);
    expect(await titles('type=education')).toEqual(['탄소섬유 창업 아카데미 교육생 모집']);
    expect(await titles(`region=${encodeURIComponent('전북')}`)).toEqual(['탄소섬유 창업 아카데미 교육생 모집']);
    expect((await titles(`q=${encodeURIComponent('탄소 교육')}`))[0]).toBe('탄소섬유 창업 아카데미 교육생 모집');
    const cold = await call('GET', `/api/v1/calls?q=${encodeURIComponent('콜드체인')}&status=upcoming`);
    expect(cold.body.items.map((c: { title: string }) => c.title)).toEqual(['콜드체인 실증 지원 (예정)']);
    expect(cold.body.total).toBe(1);
    expect(await titles(`programId=${jeonbukProgramId}`)).toEqual(['탄소섬유 창업 아카데미 교육생 모집']);
    const paged = await call('GET', '/api/v1/calls?limit=2');
    expect(paged.body.items).toHaveLength(2);
    const next = await call('GET', `/api/v1/calls?limit=2&cursor=${paged.body.nextCursor}`);
    expect(next.body.items.map((c: { id: string }) => c.id)).not.toContain(paged.body.items[0].id);
    expect(paged.body.total).toBe(next.body.total);
  });

  it("stays findable by its program's new name after the program is renamed", async () => {
    const program = await call('POST', '/api/v1/programs', { token: incheon.token, body: { name: '글로벌 진출 지원', type: 'global' } });
    await call('POST', '/api/v1/calls', { token: incheon.token, body: { programId: program.body.id, title: '해외 전시회 참가기업 모집', opensAt: kst(-1), closesAt: kst(5), published: true } });
    const find = async (q: string) => ((await call('GET', `/api/v1/calls?q=${encodeURIComponent(q)}`)).body.items as { title: string }[]).map((c) => c.title);
    expect(await find('실리콘밸리')).toEqual([]);
    const renamed = await call('PATCH', `/api/v1/programs/${program.body.id}`, { token: incheon.token, body: { name: '실리콘밸리 진출 프로그램' }, headers: { 'if-match': '"1"' } });
    expect(renamed.status).toBe(200);
    expect(await find('실리콘밸리')).toEqual(['해외 전시회 참가기업 모집']);
  });

  it('names each bad field in Korean and writes nothing', async () => {
    const before = await count(deps, 'calls');
    const backwards = await call('POST', '/api/v1/calls', { token: incheon.token, body: { ...logisticsCall(), opensAt: kst(1), closesAt: kst(0) } });
    expect(backwards.status).toBe(422);
    expect(backwards.body.errors[0]).toMatchObject({ field: 'closesAt', code: 'validation.closesBeforeOpens', message: expect.stringMatching(/마감/) });
    const badDate = await call('POST', '/api/v1/calls', { token: incheon.token, body: { ...logisticsCall(), opensAt: '2026-02-30T09:00', closesAt: 'tomorrow' } });
    expect(badDate.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['closesAt', 'opensAt']);
    const untitled = await call('POST', '/api/v1/calls', { token: incheon.token, body: { ...logisticsCall(), title: '' } });
    expect(untitled.body.errors[0]).toMatchObject({ field: 'title', message: expect.stringMatching(/^공고명: /) });
    const noProgram = await call('POST', '/api/v1/calls', { token: incheon.token, body: { ...logisticsCall(), programId: '00000000-0000-4000-8000-000000000000', cohortId: null } });
    expect(noProgram.body.errors[0]).toMatchObject({ field: 'programId', code: 'errors.unknownProgram' });
    const foreignCohort = await call('POST', '/api/v1/calls', { token: jeonbuk.token, body: { ...logisticsCall(), programId: jeonbukProgramId } });
    expect(foreignCohort.body.errors[0]).toMatchObject({ field: 'cohortId', code: 'errors.unknownCohort' });
    const otherCenter = await call('POST', '/api/v1/calls', { token: jeonbuk.token, body: logisticsCall() });
    expect(otherCenter.status).toBe(403);
    expect(await count(deps, 'calls')).toBe(before);
  });
});
