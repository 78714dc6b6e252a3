import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { brn, client, count, organization, user, type Call, type TestUser } from '../../../test/factories.ts';
import type { Deps } from '../../http/context.ts';
import { formatBrn } from './brn.ts';

let deps: Deps;
let call: Call;
let incheon: TestUser;
let jeonbuk: TestUser;
let national: TestUser;

beforeAll(async () => {
  deps = await testDeps();
  call = client(deps).call;
  incheon = await user(deps, 'center_manager', { centerId: 'incheon' });
  jeonbuk = await user(deps, 'center_manager', { centerId: 'jeonbuk' });
  national = await user(deps, 'national_admin');
});
afterAll(() => deps.database.close());

describe('creating organizations', () => {
  it('creates one attached to the creator\'s center, with BRN formatted and years in business derived', async () => {
    const number = brn();
    const res = await call('POST', '/api/v1/organizations', {
      token: incheon.token,
      body: { name: '(주)스마트로지스', kind: 'startup', businessRegistrationNumber: formatBrn(number), foundedOn: '2015-07-01', region: '인천', ksicCode: '52101' },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.body.businessRegistrationNumber).toBe(formatBrn(number));
    expect(res.body.yearsInBusiness).toBe(11);
    expect(res.body.industry).toBe('일반 창고업');
    expect(res.body.access).toBe('full');
    expect(res.body.affiliations).toMatchObject([{ centerId: 'incheon', kind: 'portfolio' }]);
  });

  it('names each bad field in Korean, and in English when asked, and saves nothing', async () => {
    const before = await count(deps, 'organizations');
    const body = { name: '', kind: 'startup', businessRegistrationNumber: '124-81-00999', foundedOn: '2999-01-01', ksicCode: '99999' };
    const ko = await call('POST', '/api/v1/organizations', { token: incheon.token, body });
    expect(ko.status).toBe(422);
    expect(ko.headers.get('content-type')).toContain('application/problem+json');
    const fields = ko.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['businessRegistrationNumber', 'ksicCode', 'name']);
    expect(ko.body.errors.find((e: { field: string }) => e.field === 'businessRegistrationNumber').message).toMatch(/^사업자등록번호: .*검증번호/);
    const en = await call('POST', '/api/v1/organizations', { token: incheon.token, body, headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(en.body.errors.find((e: { field: string }) => e.field === 'ksicCode').message).toMatch(/^Industry code is not a known KSIC/);
    expect(await count(deps, 'organizations')).toBe(before);
  });

  it('refuses a founding date in the future (Asia/Seoul)', async () => {
    const res = await call('POST', '/api/v1/organizations', { token: incheon.token, body: { name: '미래기업', kind: 'startup', foundedOn: '2026-12-01' } });
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ field: 'foundedOn', code: 'validation.futureDate' });
  });

  it('refuses a duplicate BRN with a link to the existing record', async () => {
    const number = brn();
    const first = await call('POST', '/api/v1/organizations', { token: incheon.token, body: { name: '원조기업', kind: 'sme', businessRegistrationNumber: number } });
    const second = await call('POST', '/api/v1/organizations', { token: jeonbuk.token, body: { name: '다른이름', kind: 'sme', businessRegistrationNumber: formatBrn(number) } });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('duplicateBrn');
    expect(second.body.existingId).toBe(first.body.id);
  });

  it('deduplicates organizations without a BRN by name and representative', async () => {
    const body = { name: '김창업 예비창업팀', kind: 'startup', representative: '김창업' };
    expect((await call('POST', '/api/v1/organizations', { token: incheon.token, body })).status).toBe(201);
    const again = await call('POST', '/api/v1/organizations', { token: incheon.token, body: { ...body, name: ' 김창업  예비창업팀 ' } });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('duplicateIdentity');
    const otherRep = await call('POST', '/api/v1/organizations', { token: incheon.token, body: { ...body, representative: '이창업' } });
    expect(otherRep.status).toBe(201);
  });

  it('stores HTML as text, unchanged', async () => {
    const name = '<script>alert(1)</script> 기업';
    const res = await call('POST', '/api/v1/organizations', { token: incheon.token, body: { name, kind: 'startup', description: '<img src=x onerror=alert(1)>' } });
    expect(res.status).toBe(201);
    const got = await call('GET', `/api/v1/organizations/${res.body.id}`, { token: incheon.token });
    expect(got.body.name).toBe(name);
    expect(got.body.description).toBe('<img src=x onerror=alert(1)>');
  });

  it('refuses over-long names and unknown fields', async () => {
    const res = await call('POST', '/api/v1/organizations', { token: incheon.token, body: { name: '가'.repeat(201), kind: 'startup', color: 'red' } });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { code: string }) => e.code).sort()).toEqual(['validation.tooLong', 'validation.unknownKeys']);
  });
});

describe('editing with If-Match', () => {
  it('needs If-Match, refuses a stale version with 409, and keeps the first writer\'s change', async () => {
    const org = await organization(deps, { centers: ['incheon'] });
    const missing = await call('PATCH', `/api/v1/organizations/${org.id}`, { token: incheon.token, body: { stage: 'prototype' } });
    expect(missing.status).toBe(428);
    const first = await call('PATCH', `/api/v1/organizations/${org.id}`, { token: incheon.token, body: { stage: 'prototype' }, headers: { 'if-match': '"1"' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"2"');
    const stale = await call('PATCH', `/api/v1/organizations/${org.id}`, { token: incheon.token, body: { stage: 'idea' }, headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('versionConflict');
    const now = await call('GET', `/api/v1/organizations/${org.id}`, { token: incheon.token });
    expect(now.body.stage).toBe('prototype');
  });

  it('lets two concurrent edits of one version through exactly once', async () => {
    const org = await organization(deps, { centers: ['incheon'] });
    const results = await Promise.all(
      ['marketing', 'overseas'].map((stage) => call('PATCH', `/api/v1/organizations/${org.id}`, { token: incheon.token, body: { stage }, headers: { 'if-match': '"1"' } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });
});

describe('tenant scope', () => {
  it('shows another center\'s organization as a public profile and hides its support history (404)', async () => {
    const org = await organization(deps, { centers: ['jeonbuk'], contactEmail: 'ceo@carbon.kr', representative: '박탄소' });
    await call('POST', '/api/v1/support-records', { token: jeonbuk.token, body: { organizationId: org.id, kind: 'mentoring', startedOn: '2016-03-02', valueKrw: 1_000_000 } });
    const seen = await call('GET', `/api/v1/organizations/${org.id}`, { token: incheon.token });
    expect(seen.status).toBe(200);
    expect(seen.body.access).toBe('public');
    expect(seen.body.contactEmail).toBeNull();
    expect(seen.body.businessRegistrationNumber).toBeNull();
    expect(seen.body.permissions.update).toBe(false);
    const history = await call('GET', `/api/v1/organizations/${org.id}/support-records`, { token: incheon.token });
    expect(history.status).toBe(404);
    const edit = await call('PATCH', `/api/v1/organizations/${org.id}`, { token: incheon.token, body: { stage: 'idea' }, headers: { 'if-match': '"1"' } });
    expect(edit.status).toBe(403);
  });

  it('shows the whole history to a center that works with it, other centers\' entries reduced', async () => {
    const org = await organization(deps, { centers: ['jeonbuk', 'incheon'] });
    await call('POST', '/api/v1/support-records', { token: jeonbuk.token, body: { organizationId: org.id, kind: 'funding', startedOn: '2016-01-05', valueKrw: 50_000_000, notes: '탄소펀드', program: '탄소 창업' } });
    await call('POST', '/api/v1/support-records', { token: incheon.token, body: { organizationId: org.id, kind: 'consulting', startedOn: '2016-02-01', program: '수출물류 컨설팅' } });
    const history = await call('GET', `/api/v1/organizations/${org.id}/support-records`, { token: incheon.token });
    expect(history.status).toBe(200);
    const [own, other] = history.body.items;
    expect(own).toMatchObject({ centerId: 'incheon', access: 'full', program: '수출물류 컨설팅', kindLabel: '컨설팅' });
    expect(other).toMatchObject({ centerId: 'jeonbuk', access: 'reduced', kind: 'funding', startedOn: '2016-01-05', valueKrw: null, notes: null, program: null });
    const all = await call('GET', `/api/v1/organizations/${org.id}/support-records`, { token: national.token });
    expect(all.body.items.every((r: { access: string }) => r.access === 'full')).toBe(true);
  });

  it('answers 404, not 403, for another center\'s support record', async () => {
    const org = await organization(deps, { centers: ['jeonbuk'] });
    const made = await call('POST', '/api/v1/support-records', { token: jeonbuk.token, body: { organizationId: org.id, kind: 'education', startedOn: '2016-04-01' } });
    expect(made.status).toBe(201);
    expect((await call('GET', `/api/v1/support-records/${made.body.id}`, { token: incheon.token })).status).toBe(404);
    expect((await call('GET', `/api/v1/support-records/${made.body.id}`, { token: jeonbuk.token })).status).toBe(200);
  });
});
