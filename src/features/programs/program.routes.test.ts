import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { client, cluster, count, organization, user, type Call, type TestUser } from '../../../test/factories.ts';
import type { Deps } from '../../http/context.ts';

let deps: Deps;
let call: Call;
let incheon: TestUser;
let jeonbuk: TestUser;
let coordinator: TestUser;
let clusterId: string;
let hanjin: { id: string };
let sparklabs: { id: string };

beforeAll(async () => {
  deps = await testDeps();
  call = client(deps).call;
  incheon = await user(deps, 'center_manager', { centerId: 'incheon' });
  jeonbuk = await user(deps, 'center_manager', { centerId: 'jeonbuk' });
  clusterId = (await cluster(deps, '스마트 물류 MC')).id;
  coordinator = await user(deps, 'cluster_coordinator', { clusterId });
  hanjin = await organization(deps, { name: '(주)한진', kind: 'large' });
  sparklabs = await organization(deps, { name: '스파크랩', kind: 'investor' });
});
afterAll(() => deps.database.close());

const acceleration = () => ({
  name: '스마트 물류 액셀러레이팅',
  type: 'commercialization',
  stages: ['prototype', 'marketing', 'investment', 'marketing'],
  supportKinds: ['mentoring', 'investment_linkage'],
  budgetKrw: 1_950_000_000,
  startedOn: '2026-03-01',
  endedOn: '2026-12-31',
  description: '한진·스파크랩·시스코와 함께하는 물류 벤처 육성',
  partners: [
    { organizationId: hanjin.id, role: 'sponsor' },
    { organizationId: sparklabs.id, role: 'accelerator' },
  ],
});

describe('programs', () => {
  it("creates a program of the manager's own center with its partners, stages and support kinds", async () => {
    const res = await call('POST', '/api/v1/programs', { token: incheon.token, body: acceleration() });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      centerId: 'incheon',
      centerName: '인천센터',
      clusterId: null,
      type: 'commercialization',
      stages: ['prototype', 'marketing', 'investment'],
      supportKinds: ['mentoring', 'investment_linkage'],
      budgetKrw: 1_950_000_000,
      version: 1,
      permissions: { update: true },
      cohorts: [],
    });
    // The sponsor first, then the other roles in their order.
    expect(res.body.partners).toEqual([
      { organizationId: hanjin.id, name: '(주)한진', role: 'sponsor' },
      { organizationId: sparklabs.id, name: '스파크랩', role: 'accelerator' },
    ]);
    const seen = await call('GET', `/api/v1/programs/${res.body.id}`, { token: jeonbuk.token });
    expect(seen.body).toMatchObject({ name: '스마트 물류 액셀러레이팅', permissions: { update: false } });
  });

  it('names each bad field in Korean and writes nothing', async () => {
    const before = await count(deps, 'programs');
    const bad = await call('POST', '/api/v1/programs', { token: incheon.token, body: { ...acceleration(), type: 'lottery', budgetKrw: -1, stages: ['space-travel'] } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['budgetKrw', 'stages.0', 'type']);
    expect(bad.body.errors.find((e: { field: string }) => e.field === 'type').message).toMatch(/[가-힣]/);
    const backwards = await call('POST', '/api/v1/programs', { token: incheon.token, body: { ...acceleration(), startedOn: '2026-05-01', endedOn: '2026-04-01' } });
    expect(backwards.body.errors[0]).toMatchObject({ field: 'endedOn', code: 'validation.endBeforeStart' });
    const unknownPartner = await call('POST', '/api/v1/programs', {
      token: incheon.token,
      body: { ...acceleration(), partners: [{ organizationId: hanjin.id, role: 'sponsor' }, { organizationId: '00000000-0000-4000-8000-000000000000', role: 'university' }] },
    });
    expect(unknownPartner.status).toBe(422);
    expect(unknownPartner.body.errors[0]).toMatchObject({ field: 'partners.1.organizationId', code: 'errors.unknownOrganization' });
    expect(await count(deps, 'programs')).toBe(before);
    expect(await count(deps, 'program_partners')).toBe(2);
  });

  it("lets staff write only their own tenant's programs", async () => {
    const other = await call('POST', '/api/v1/programs', { token: jeonbuk.token, body: { ...acceleration(), centerId: 'incheon' } });
    expect(other.status).toBe(403);
    const ofCluster = await call('POST', '/api/v1/programs', { token: coordinator.token, body: { name: '스마트 서브MC 기술교류회', type: 'networking' } });
    expect(ofCluster.status).toBe(201);
    expect(ofCluster.body).toMatchObject({ centerId: null, clusterId, clusterName: '스마트 물류 MC' });
    const mine = await call('POST', '/api/v1/programs', { token: incheon.token, body: { name: '인천 창업 교육', type: 'education' } });
    const patch = await call('PATCH', `/api/v1/programs/${mine.body.id}`, { token: jeonbuk.token, body: { name: '가로채기' }, headers: { 'if-match': '"1"' } });
    expect(patch.status).toBe(403);
    const missing = await call('PATCH', '/api/v1/programs/00000000-0000-4000-8000-000000000000', { token: incheon.token, body: { name: '없음' }, headers: { 'if-match': '"1"' } });
    expect(missing.status).toBe(404);
  });

  it('updates with If-Match, replaces partners, and refuses a stale version', async () => {
    const created = await call('POST', '/api/v1/programs', { token: incheon.token, body: acceleration() });
    const id = created.body.id;
    expect((await call('PATCH', `/api/v1/programs/${id}`, { token: incheon.token, body: { budgetKrw: 2_000_000_000 } })).status).toBe(428);
    const updated = await call('PATCH', `/api/v1/programs/${id}`, {
      token: incheon.token,
      body: { budgetKrw: 2_000_000_000, partners: [{ organizationId: hanjin.id, role: 'sponsor' }], endedOn: null },
      headers: { 'if-match': '"1"' },
    });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(updated.body).toMatchObject({ budgetKrw: 2_000_000_000, version: 2, endedOn: null, partners: [{ organizationId: hanjin.id, role: 'sponsor' }] });
    const stale = await call('PATCH', `/api/v1/programs/${id}`, { token: incheon.token, body: { name: '늦은 수정' }, headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(409);
    const backwards = await call('PATCH', `/api/v1/programs/${id}`, { token: incheon.token, body: { endedOn: '2025-01-01' }, headers: { 'if-match': '"2"' } });
    expect(backwards.body.errors[0]).toMatchObject({ field: 'endedOn' });
  });

  it('adds and edits cohorts', async () => {
    const created = await call('POST', '/api/v1/programs', { token: incheon.token, body: { name: '스마트벤처캠퍼스', type: 'commercialization', budgetKrw: 1_950_000_000 } });
    const id = created.body.id;
    const first = await call('POST', `/api/v1/programs/${id}/cohorts`, { token: incheon.token, body: { name: '2026년 1기', startedOn: '2026-04-01', endedOn: '2026-12-31', capacity: 25 } });
    expect(first.status).toBe(201);
    expect(first.body.cohorts).toEqual([{ id: expect.any(String), name: '2026년 1기', startedOn: '2026-04-01', endedOn: '2026-12-31', capacity: 25 }]);
    const cohortId = first.body.cohorts[0].id;
    const edited = await call('PATCH', `/api/v1/programs/${id}/cohorts/${cohortId}`, { token: incheon.token, body: { capacity: 30 } });
    expect(edited.body.cohorts[0].capacity).toBe(30);
    expect((await call('PATCH', `/api/v1/programs/${id}/cohorts/${cohortId}`, { token: incheon.token, body: { endedOn: '2026-01-01' } })).status).toBe(422);
    expect((await call('POST', `/api/v1/programs/${id}/cohorts`, { token: jeonbuk.token, body: { name: '남의 기수' } })).status).toBe(403);
    expect((await call('POST', `/api/v1/programs/${id}/cohorts`, { token: incheon.token, body: { name: '', capacity: 0 } })).status).toBe(422);
  });

  it('lists programs by center, cluster, type and year', async () => {
    const byCenter = await call('GET', '/api/v1/programs?centerId=incheon', { token: jeonbuk.token });
    expect(byCenter.status).toBe(200);
    expect(byCenter.body.items.length).toBeGreaterThanOrEqual(3);
    expect(byCenter.body.items.every((p: { centerId: string }) => p.centerId === 'incheon')).toBe(true);
    const byCluster = await call('GET', `/api/v1/programs?clusterId=${clusterId}`, { token: incheon.token });
    expect(byCluster.body.items.map((p: { name: string }) => p.name)).toEqual(['스마트 서브MC 기술교류회']);
    const education = await call('GET', '/api/v1/programs?type=education', { token: incheon.token });
    expect(education.body.items.map((p: { name: string }) => p.name)).toEqual(['인천 창업 교육']);
    const in2025 = await call('GET', '/api/v1/programs?year=2025&centerId=incheon', { token: incheon.token });
    expect(in2025.body.items.map((p: { name: string }) => p.name).sort()).toEqual(['스마트벤처캠퍼스', '인천 창업 교육']);
    expect((await call('GET', '/api/v1/programs?type=lottery', { token: incheon.token })).status).toBe(422);
    expect((await call('GET', '/api/v1/programs')).status).toBe(401);
  });
});
