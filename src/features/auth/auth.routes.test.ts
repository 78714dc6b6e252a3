import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { client, count, user } from '../../../test/factories.ts';
import type { Deps } from '../../http/context.ts';
import type { fixedClock } from '../../shared/clock.ts';

let deps: Deps & { clock: ReturnType<typeof fixedClock> };
let app: ReturnType<typeof client>['app'];
const PASSWORD = 'correct-horse-battery';

beforeAll(async () => {
  deps = await testDeps();
  app = client(deps).app;
});
afterAll(() => deps.database.close());

async function signIn(email: string, password: string) {
  const res = await app.request('/api/v1/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
  return { status: res.status, body: (await res.json()) as any, cookie, setCookie: res.headers.get('set-cookie') ?? '' };
}

describe('sessions', () => {
  it('signs in with an httpOnly SameSite cookie and returns the memberships and a CSRF token', async () => {
    const u = await user(deps, 'center_manager', { centerId: 'incheon' }, { password: PASSWORD });
    const res = await signIn(u.email.toUpperCase(), PASSWORD);
    expect(res.status).toBe(200);
    expect(res.setCookie).toMatch(/HttpOnly/);
    expect(res.setCookie).toMatch(/SameSite=Lax/);
    expect(res.body.memberships[0]).toMatchObject({ role: 'center_manager', centerId: 'incheon', centerName: '인천센터' });
    const me = await app.request('/api/v1/auth/me', { headers: { cookie: res.cookie } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as any).csrfToken).toBe(res.body.csrfToken);
  });

  it('refuses writes with the cookie but without the CSRF token', async () => {
    const u = await user(deps, 'center_manager', { centerId: 'incheon' }, { password: PASSWORD });
    const { cookie, body } = await signIn(u.email, PASSWORD);
    const post = (headers: Record<string, string>) =>
      app.request('/api/v1/organizations', {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ name: 'CSRF 테스트', kind: 'startup' }),
      });
    const without = await post({});
    expect(without.status).toBe(403);
    expect(((await without.json()) as any).code).toBe('csrf');
    expect((await post({ 'x-csrf-token': body.csrfToken })).status).toBe(201);
  });

  it('says the same thing for a wrong password and an unknown email, then rate-limits the account', async () => {
    const u = await user(deps, 'expert', { centerId: 'incheon' }, { password: PASSWORD });
    const unknown = await signIn('nobody@test.innohub', 'whatever-password');
    expect(unknown.status).toBe(401);
    expect(unknown.body.code).toBe('badCredentials');
    for (let i = 0; i < 5; i++) expect((await signIn(u.email, 'wrong-password')).status).toBe(401);
    const limited = await signIn(u.email, PASSWORD);
    expect(limited.status).toBe(429);
    expect(limited.body.title).toMatch(/15분/);
    deps.clock.advance(16 * 60_000);
    expect((await signIn(u.email, PASSWORD)).status).toBe(200);
  });

  it('answers 401 sessionExpired for an expired session', async () => {
    const u = await user(deps, 'judge', { centerId: 'incheon' }, { password: PASSWORD });
    const { cookie } = await signIn(u.email, PASSWORD);
    deps.clock.advance((deps.config.sessionTtlHours + 1) * 3_600_000);
    const res = await app.request('/api/v1/organizations', { headers: { cookie } });
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).code).toBe('sessionExpired');
  });

  it('changes the password, ending the other sessions, and signs out', async () => {
    const u = await user(deps, 'center_admin', { centerId: 'incheon' }, { password: PASSWORD });
    const one = await signIn(u.email, PASSWORD);
    const two = await signIn(u.email, PASSWORD);
    const weak = await app.request('/api/v1/auth/password', {
      method: 'POST',
      headers: { cookie: one.cookie, 'x-csrf-token': one.body.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ currentPassword: PASSWORD, newPassword: 'short' }),
    });
    expect(weak.status).toBe(422);
    const changed = await app.request('/api/v1/auth/password', {
      method: 'POST',
      headers: { cookie: one.cookie, 'x-csrf-token': one.body.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ currentPassword: PASSWORD, newPassword: 'a-much-better-password' }),
    });
    expect(changed.status).toBe(204);
    expect((await app.request('/api/v1/auth/me', { headers: { cookie: two.cookie } })).status).toBe(401);
    expect((await app.request('/api/v1/auth/me', { headers: { cookie: one.cookie } })).status).toBe(200);
    expect((await signIn(u.email, PASSWORD)).status).toBe(401);
    const out = await app.request('/api/v1/auth/sign-out', { method: 'POST', headers: { cookie: one.cookie, 'x-csrf-token': one.body.csrfToken } });
    expect(out.status).toBe(204);
    expect((await app.request('/api/v1/auth/me', { headers: { cookie: one.cookie } })).status).toBe(401);
  });

  it('switches the active scope among my own memberships only', async () => {
    const u = await user(deps, 'center_manager', { centerId: 'incheon' }, { password: PASSWORD });
    const { call } = client(deps);
    const national = await user(deps, 'national_admin');
    const granted = await call('POST', `/api/v1/people/${u.id}/memberships`, { token: national.token, body: { role: 'judge', centerId: 'jeonbuk' } });
    expect(granted.status).toBe(201);
    const judgeMembership = granted.body.memberships.find((m: { role: string }) => m.role === 'judge').id;
    const s = await signIn(u.email, PASSWORD);
    const put = (membershipId: string) =>
      app.request('/api/v1/auth/scope', {
        method: 'PUT',
        headers: { cookie: s.cookie, 'x-csrf-token': s.body.csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify({ membershipId }),
      });
    const ok = await put(judgeMembership);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as any).activeMembershipId).toBe(judgeMembership);
    expect((await put(national.id)).status).toBe(404);
  });
});

describe('API tokens', () => {
  it('authenticates with a bearer token until it is revoked; stores only its hash', async () => {
    const u = await user(deps, 'center_manager', { centerId: 'incheon' });
    const { call } = client(deps);
    const created = await call('POST', '/api/v1/auth/tokens', { token: u.token, body: { name: '통계 연동' } });
    expect(created.status).toBe(201);
    const token: string = created.body.token;
    expect(token).toMatch(/^ihb_/);
    expect((await call('GET', '/api/v1/auth/me', { token })).status).toBe(200);
    const stored = await deps.database.rows<{ token_hash: string }>(sql`select token_hash from api_tokens where id = ${created.body.id}::uuid`);
    expect(stored[0]!.token_hash).not.toContain(token);
    expect((await call('DELETE', `/api/v1/auth/tokens/${created.body.id}`, { token: u.token })).status).toBe(204);
    expect((await call('GET', '/api/v1/auth/me', { token })).status).toBe(401);
    expect((await call('GET', '/api/v1/auth/me', { token: 'ihb_not-a-token' })).status).toBe(401);
  });

  it('writes an audit event for each change, in the same transaction', async () => {
    const before = await count(deps, 'audit_events');
    const u = await user(deps, 'center_manager', { centerId: 'incheon' });
    const { call } = client(deps);
    await call('POST', '/api/v1/organizations', { token: u.token, body: { name: '감사기록 기업', kind: 'sme' } });
    await call('POST', '/api/v1/organizations', { token: u.token, body: { name: '', kind: 'sme' } });
    expect(await count(deps, 'audit_events')).toBe(before + 1);
  });
});
