import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { client, organization, user, type Call, type TestUser } from '../../../test/factories.ts';

let deps: Awaited<ReturnType<typeof testDeps>>;
let call: Call;
let manager: TestUser;
let callId: string;
const orgs: Record<string, string> = {};

const rules = {
  maxYearsInBusiness: 7,
  organizationKinds: ['startup', 'sme'],
  regions: ['인천'],
  ksicPrefixes: ['52', '49'],
  notSupportedWithin: [{ supportKind: 'investment_linkage', years: 3 }],
};

beforeAll(async () => {
  deps = await testDeps(); // today is 2026-11-28 in Korea
  call = client(deps).call;
  manager = await user(deps, 'center_manager', { centerId: 'incheon' });
  const base = { kind: 'startup' as const, region: '인천' as const, ksicCode: '52101', foundedOn: '2020-01-01', centers: ['incheon'] };
  orgs.fits = (await organization(deps, { ...base, name: '한빛드론물류' })).id;
  orgs.old = (await organization(deps, { ...base, name: '칠년된물류', foundedOn: '2019-11-28' })).id;
  orgs.young = (await organization(deps, { ...base, name: '칠년안된물류', foundedOn: '2019-11-29' })).id;
  orgs.team = (await organization(deps, { ...base, name: '예비창업팀 날개', foundedOn: undefined })).id;
  orgs.jeonbuk = (await organization(deps, { ...base, name: '전북탄소물류', region: '전북' as const })).id;
  orgs.noRegion = (await organization(deps, { ...base, name: '주소없는물류', region: undefined })).id;
  orgs.large = (await organization(deps, { ...base, name: '큰물류', kind: 'large' })).id;
  orgs.supported = (await organization(deps, { ...base, name: '투자받은물류' })).id;
  orgs.elsewhere = (await organization(deps, { ...base, name: '남의센터기업', centers: ['jeonbuk'] })).id;
  await deps.database.rows(sql`insert into support_records (organization_id, center_id, kind, started_on) values (${orgs.supported}::uuid, 'jeonbuk', 'investment_linkage', '2025-05-01')`);
  const program = await call('POST', '/api/v1/programs', { token: manager.token, body: { name: '물류 스타트업 육성', type: 'commercialization' } });
  const created = await call('POST', '/api/v1/calls', {
    token: manager.token,
    body: { programId: program.body.id, title: '물류 스타트업 모집', opensAt: '2026-11-20T09:00', closesAt: '2026-12-20T18:00', published: true, eligibility: rules },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  callId = created.body.id;
});
afterAll(() => deps.database.close());

const check = (org: string, token = manager.token) => call('GET', `/api/v1/calls/${callId}/eligibility?organizationId=${orgs[org]}`, { token });

describe('eligibility rules', () => {
  it('are stated in plain Korean and English on the public call page', async () => {
    const page = await call('GET', `/api/v1/calls/${callId}`);
    expect(page.body.eligibility.rules).toEqual(rules);
    expect(page.body.eligibility.statements.map((s: { ko: string }) => s.ko)).toEqual([
      '창업 7년 이내 (2019-11-29 이후 설립, 예비창업자 포함)',
      '기업구분: 창업기업, 중소기업',
      '소재지: 인천',
      '업종: 한국표준산업분류 52, 49로 시작하는 업종',
      '최근 3년 이내 투자 연계 지원을 받은 기업 제외 (모든 센터 기준, 2023-11-29 이후)',
    ]);
    expect(page.body.eligibility.statements[0].en).toBe('In business less than 7 years (founded on or after 2019-11-29; teams not yet founded included)');
    expect(page.body.eligibility.statements[2].en).toBe('Located in: Incheon');
  });

  it('tell an applicant which rule fails, before anything is written', async () => {
    const fits = await check('fits');
    expect(fits.status, JSON.stringify(fits.body)).toBe(200);
    expect(fits.body.eligible).toBe(true);
    expect(fits.body.results.every((r: { passed: boolean }) => r.passed)).toBe(true);
    const failing = async (org: string) => (await check(org)).body.results.filter((r: { passed: boolean | null }) => r.passed !== true);
    expect(await failing('old')).toMatchObject([{ rule: 'maxYearsInBusiness', passed: false, reason: { ko: '설립일 2019-11-28: 7년이 지났습니다.' } }]);
    expect(await failing('young')).toEqual([]);
    expect(await failing('team')).toEqual([]);
    expect(await failing('jeonbuk')).toMatchObject([{ rule: 'regions', passed: false, reason: { ko: '소재지가 전북입니다.', en: 'The organization is in Jeonbuk.' } }]);
    expect(await failing('large')).toMatchObject([{ rule: 'organizationKinds', passed: false }]);
    expect(await failing('supported')).toMatchObject([{ rule: 'notSupportedWithin', passed: false, reason: { ko: '2025-05-01 전북센터에서 투자 연계 지원을 받았습니다.' } }]);
    const unknown = await check('noRegion');
    expect(unknown.body.eligible).toBeNull();
    expect(unknown.body.results.find((r: { rule: string }) => r.rule === 'regions')).toMatchObject({ passed: null, reason: { ko: expect.stringMatching(/소재지가 없습니다/) } });
  });

  it("answers for one's own organization or one's center's, 404 for others and 401 without sign-in", async () => {
    const member = await user(deps, 'company_member', { organizationId: orgs.fits });
    expect((await check('fits', member.token)).status).toBe(200);
    expect((await check('old', member.token)).status).toBe(404);
    expect((await check('elsewhere')).status).toBe(404);
    expect((await call('GET', `/api/v1/calls/${callId}/eligibility?organizationId=${orgs.fits}`)).status).toBe(401);
    expect((await call('GET', `/api/v1/calls/${callId}/eligibility`, { token: manager.token })).status).toBe(422);
  });

  it('청년 and revenue bounds read the representative’s date of birth and the latest revenue; missing ones ask for the profile', async () => {
    const program = await call('POST', '/api/v1/programs', { token: manager.token, body: { name: '청년 창업 지원', type: 'commercialization' } });
    const youth = await call('POST', '/api/v1/calls', {
      token: manager.token,
      body: { programId: program.body.id, title: '청년 창업기업 모집', opensAt: '2026-11-20T09:00', closesAt: '2026-12-20T18:00', published: true, eligibility: { founderMaxAge: 39, maxRevenueKRW: 1_000_000_000 } },
    });
    expect(youth.status, JSON.stringify(youth.body)).toBe(201);
    expect(youth.body.eligibility.statements.map((s: { ko: string }) => s.ko)).toEqual(['대표자 만 39세 이하 (1986-11-29 이후 출생)', '최근 연도 매출액 10억 원 이하 (예비창업자 포함)']);
    expect(youth.body.eligibility.statements[1].en).toBe('Latest annual revenue of ₩1,000,000,000 or less (teams not yet founded included)');
    const base = { kind: 'startup' as const, region: '인천' as const, foundedOn: '2022-03-01', centers: ['incheon'] };
    const of = async (values: object) => {
      const id = (await organization(deps, { ...base, ...values })).id;
      const res = await call('GET', `/api/v1/calls/${youth.body.id}/eligibility?organizationId=${id}`, { token: manager.token });
      return res.body.results.map((r: { rule: string; passed: boolean | null; reason: { ko: string } | null }) => [r.rule, r.passed, r.reason?.ko ?? null]);
    };
    // Turning 40 tomorrow is still 39 today; turning 40 today is not.
    expect(await of({ name: '서른아홉', representativeBirthDate: '1986-11-29', revenueKRW: 1_000_000_000, revenueYear: 2025 })).toEqual([['founderMaxAge', true, null], ['maxRevenueKRW', true, null]]);
    expect(await of({ name: '마흔', representativeBirthDate: '1986-11-28', revenueKRW: 1_200_500_000, revenueYear: 2025 })).toEqual([
      ['founderMaxAge', false, '대표자 생년월일이 1986-11-28입니다 (만 39세 초과).'],
      ['maxRevenueKRW', false, '2025년 매출액이 12억 50만 원입니다.'],
    ]);
    expect(await of({ name: '모름' })).toEqual([
      ['founderMaxAge', null, '기업 정보에 대표자 생년월일이 없습니다. 기업 정보를 먼저 보완하세요.'],
      ['maxRevenueKRW', null, '기업 정보에 최근 연도 매출액이 없습니다. 기업 정보를 먼저 보완하세요.'],
    ]);
    expect(await of({ name: '예비팀', foundedOn: undefined, representativeBirthDate: '2000-01-01' })).toEqual([['founderMaxAge', true, null], ['maxRevenueKRW', true, null]]);
  });

  it('refuses rules it cannot evaluate, naming the field', async () => {
    const program = await call('POST', '/api/v1/programs', { token: manager.token, body: { name: '규칙 오류 확인', type: 'education' } });
    const bad = await call('POST', '/api/v1/calls', {
      token: manager.token,
      body: { programId: program.body.id, title: '잘못된 규칙', opensAt: '2026-11-20T09:00', closesAt: '2026-12-20T18:00', eligibility: { maxYearsInBusiness: 0, regions: ['화성'], founderAge: 39 } },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['eligibility', 'eligibility.maxYearsInBusiness', 'eligibility.regions.0']);
  });
});
