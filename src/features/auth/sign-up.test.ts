import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { client, count, organization, user } from '../../../test/factories.ts';
import type { Deps } from '../../http/context.ts';
import { withCheckDigit } from '../organizations/brn.ts';

let deps: Deps;
let app: ReturnType<typeof client>['app'];
let call: ReturnType<typeof client>['call'];

beforeAll(async () => {
  deps = await testDeps(); // today is 2026-11-28 in Korea
  ({ app, call } = client(deps));
});
afterAll(() => deps.database.close());

const brn = (n: number) => withCheckDigit(`2208${String(n).padStart(5, '0')}`);
const person = (email: string) => ({ name: '김하늘', email, password: 'sky-founder-2026', phone: '010-1234-5678', representativeBirthDate: '1994-03-02', acceptTerms: true });

async function signUp(body: unknown, lang = 'ko') {
  const res = await app.request('/api/v1/auth/sign-up', { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': lang }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any, cookie: res.headers.get('set-cookie')?.split(';')[0] ?? '' };
}

describe('founder sign-up', () => {
  it('with a BRN: the person, the organization and the membership, signed in at once', async () => {
    const res = await signUp({ ...person('haneul@skylogis.kr'), organization: { type: 'company', businessRegistrationNumber: brn(1), name: '(주)스카이로지스', foundedOn: '2024-05-01', region: '인천', ksicCode: '52101' } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.memberships).toMatchObject([{ role: 'company_member', organizationName: '(주)스카이로지스' }]);
    const me = await app.request('/api/v1/auth/me', { headers: { cookie: res.cookie } });
    expect(me.status).toBe(200);
    const orgId = res.body.memberships[0].organizationId;
    const org = await app.request(`/api/v1/organizations/${orgId}`, { headers: { cookie: res.cookie } });
    expect(await org.json()).toMatchObject({ access: 'full', kind: 'startup', representative: '김하늘', representativeBirthDate: '1994-03-02', contactEmail: 'haneul@skylogis.kr', region: '인천' });
    // The password works for a later sign-in.
    const again = await call('POST', '/api/v1/auth/sign-in', { body: { email: 'HANEUL@skylogis.kr', password: 'sky-founder-2026' } });
    expect(again.status).toBe(200);
  });

  it('without a BRN: a team of prospective founders, at the idea stage', async () => {
    const res = await signUp({ ...person('team@nalgae.kr'), organization: { type: 'team', name: '예비창업팀 날개', region: '광주', description: '전기차 배터리 재사용 아이디어' } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const org = await (await app.request(`/api/v1/organizations/${res.body.memberships[0].organizationId}`, { headers: { cookie: res.cookie } })).json();
    expect(org).toMatchObject({ businessRegistrationNumber: null, kind: 'startup', stage: 'idea', foundedOn: null, name: '예비창업팀 날개' });
  });

  it('refuses a registered organization, a taken email, a bad BRN and missing consent, naming the field, and writes nothing', async () => {
    const existing = await organization(deps, { name: '(주)이미있음', businessRegistrationNumber: brn(2) });
    const before = { people: await count(deps, 'people'), organizations: await count(deps, 'organizations'), memberships: await count(deps, 'memberships') };
    const registered = await signUp({ ...person('new@imi.kr'), organization: { type: 'company', businessRegistrationNumber: brn(2), name: '이미있음' } });
    expect(registered.status).toBe(409);
    expect(registered.body.code).toBe('organizationRegistered');
    expect(registered.body.errors).toMatchObject([{ field: 'organization.businessRegistrationNumber' }]);
    expect(JSON.stringify(registered.body)).not.toContain(existing.id);

    const member = await user(deps, 'company_member', { organizationId: existing.id });
    const taken = await signUp({ ...person(member.email.toUpperCase()), organization: { type: 'team', name: '다른 팀' } });
    expect(taken.status).toBe(409);
    expect(taken.body.errors).toMatchObject([{ field: 'email', message: expect.stringContaining('이미 등록된 이메일') }]);

    const bad = await signUp({ ...person('x@y.kr'), password: 'short', acceptTerms: false, organization: { type: 'company', businessRegistrationNumber: '220-81-00000', name: '체크' } }, 'en');
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['acceptTerms', 'organization.businessRegistrationNumber', 'password']);

    const future = await signUp({ ...person('f@y.kr'), representativeBirthDate: '2027-01-01', organization: { type: 'team', name: '미래팀' } });
    expect(future.status).toBe(422);
    expect(future.body.errors).toMatchObject([{ field: 'representativeBirthDate' }]);
    expect({ people: await count(deps, 'people'), organizations: await count(deps, 'organizations'), memberships: await count(deps, 'memberships') }).toEqual({
      ...before,
      people: before.people + 1, // the member made above, not by a sign-up
      memberships: before.memberships + 1,
    });
  });

  it('two sign-ups with one email at once: one account', async () => {
    const [a, b] = await Promise.all([
      signUp({ ...person('twice@same.kr'), organization: { type: 'team', name: '동시 팀 하나' } }),
      signUp({ ...person('twice@same.kr'), organization: { type: 'team', name: '동시 팀 둘' } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
  });
});
