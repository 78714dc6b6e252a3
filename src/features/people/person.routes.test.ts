import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { client, organization, user, type Call, type TestUser } from '../../../test/factories.ts';
import type { Deps } from '../../http/context.ts';

let deps: Deps;
let call: Call;
let admin: TestUser;

beforeAll(async () => {
  deps = await testDeps();
  call = client(deps).call;
  admin = await user(deps, 'center_admin', { centerId: 'incheon' });
});
afterAll(() => deps.database.close());

describe('people and memberships', () => {
  it('creates a person with a role in the admin\'s center, and lists people of the center in name order with a cursor', async () => {
    for (const [i, name] of ['다람쥐', '가나다', '나비'].entries()) {
      const res = await call('POST', '/api/v1/people', { token: admin.token, body: { email: `expert${i}@incheon.kr`, name, memberships: [{ role: 'expert', centerId: 'incheon' }] } });
      expect(res.status).toBe(201);
      expect(res.body.canSignIn).toBe(false);
    }
    const first = await call('GET', '/api/v1/people?role=expert&limit=2', { token: admin.token });
    expect(first.body.total).toBe(3);
    expect(first.body.items.map((p: { name: string }) => p.name)).toEqual(['가나다', '나비']);
    const second = await call('GET', `/api/v1/people?role=expert&limit=2&cursor=${first.body.nextCursor}`, { token: admin.token });
    expect(second.body.items.map((p: { name: string }) => p.name)).toEqual(['다람쥐']);
    expect(second.body.nextCursor).toBeNull();
    const search = await call('GET', `/api/v1/people?q=${encodeURIComponent('나비')}`, { token: admin.token });
    expect(search.body.items.map((p: { name: string }) => p.name)).toEqual(['나비']);
  });

  it('requires the scope a role needs, and refuses a scope it cannot have', async () => {
    const missing = await call('POST', '/api/v1/people', { token: admin.token, body: { email: 'x1@incheon.kr', name: 'X', memberships: [{ role: 'center_manager' }] } });
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0]).toMatchObject({ field: 'memberships.0.centerId', code: 'validation.scopeForRole' });
    const extra = await call('POST', '/api/v1/people', {
      token: admin.token,
      body: { email: 'x2@incheon.kr', name: 'X', memberships: [{ role: 'center_manager', centerId: 'incheon', organizationId: '00000000-0000-4000-8000-000000000000' }] },
    });
    expect(extra.status).toBe(422);
    const unknownCenter = await call('POST', '/api/v1/people', { token: admin.token, body: { email: 'x3@incheon.kr', name: 'X', memberships: [{ role: 'expert', centerId: 'mars' }] } });
    expect(unknownCenter.status).toBe(422);
    expect(unknownCenter.body.code).toBe('unknownCenter');
  });

  it('lets a center admin grant company membership only for organizations the center works with', async () => {
    const ours = await organization(deps, { centers: ['incheon'] });
    const theirs = await organization(deps, { centers: ['jeonbuk'] });
    const ok = await call('POST', '/api/v1/people', { token: admin.token, body: { email: 'ceo@ours.kr', name: '대표', memberships: [{ role: 'company_member', organizationId: ours.id }] } });
    expect(ok.status).toBe(201);
    const no = await call('POST', '/api/v1/people', { token: admin.token, body: { email: 'ceo@theirs.kr', name: '대표', memberships: [{ role: 'company_member', organizationId: theirs.id }] } });
    expect(no.status).toBe(403);
  });

  it('refuses duplicate emails whatever their case, and a second identical membership', async () => {
    await call('POST', '/api/v1/people', { token: admin.token, body: { email: 'Same@Incheon.kr', name: '같은사람' } });
    const dup = await call('POST', '/api/v1/people', { token: admin.token, body: { email: 'same@incheon.kr', name: '같은사람' } });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0].field).toBe('email');
    const person = await call('POST', '/api/v1/people', { token: admin.token, body: { email: 'twice@incheon.kr', name: '두번', memberships: [{ role: 'judge', centerId: 'incheon' }] } });
    const again = await call('POST', `/api/v1/people/${person.body.id}/memberships`, { token: admin.token, body: { role: 'judge', centerId: 'incheon' } });
    expect(again.status).toBe(409);
  });

  it('keeps the last administrator of a center', async () => {
    const solo = await call('GET', `/api/v1/people/${admin.id}`, { token: admin.token });
    const membership = solo.body.memberships[0].id;
    const other = await user(deps, 'center_admin', { centerId: 'incheon' });
    expect((await call('DELETE', `/api/v1/people/${other.id}/memberships/${(await call('GET', `/api/v1/people/${other.id}`, { token: admin.token })).body.memberships[0].id}`, { token: admin.token })).status).toBe(200);
    const last = await call('DELETE', `/api/v1/people/${admin.id}/memberships/${membership}`, { token: admin.token });
    expect(last.status).toBe(409);
    expect(last.body.code).toBe('lastAdmin');
  });

  it('lets people edit their own profile but not disable themselves', async () => {
    const me = await user(deps, 'expert', { centerId: 'incheon' });
    expect((await call('PATCH', `/api/v1/people/${me.id}`, { token: me.token, body: { title: '물류 컨설턴트', expertise: '통관, 관세' } })).status).toBe(200);
    expect((await call('PATCH', `/api/v1/people/${me.id}`, { token: me.token, body: { disabled: true } })).status).toBe(403);
    const disabled = await call('PATCH', `/api/v1/people/${me.id}`, { token: admin.token, body: { disabled: true } });
    expect(disabled.body.disabled).toBe(true);
    expect((await call('GET', '/api/v1/auth/me', { token: me.token })).status).toBe(401);
  });
});
