import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../test/db.ts';
import { client, user, type TestUser } from '../../test/factories.ts';
import type { Deps } from './context.ts';

let deps: Deps;
let app: ReturnType<typeof client>['app'];
let manager: TestUser;

beforeAll(async () => {
  deps = await testDeps();
  app = client(deps).app;
  manager = await user(deps, 'center_manager', { centerId: 'incheon' });
});
afterAll(() => deps.database.close());

const auth = () => ({ authorization: `Bearer ${manager.token}` });

describe('the HTTP layer', () => {
  it('answers /healthz and /readyz (database reachable, migrations applied)', async () => {
    expect(await (await app.request('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await app.request('/readyz');
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { status: string }).status).toBe('ready');
  });

  it('turns malformed JSON into a problem naming the body, not a 500', async () => {
    const res = await app.request('/api/v1/organizations', { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: '{"name": "끝나지 않은' });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(((await res.json()) as { detail: string }).detail).toMatch(/JSON/);
  });

  it('refuses bodies over 1 MB', async () => {
    const res = await app.request('/api/v1/organizations', {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x', kind: 'sme', description: '가'.repeat(600_000) }),
    });
    expect(res.status).toBe(413);
    // A file sent to a JSON route is refused for its content type, never taken as the body.
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(2 * 1024 * 1024)]), 'big.bin');
    const misdirected = await app.request('/api/v1/organizations', { method: 'POST', headers: auth(), body: form });
    expect(misdirected.status).toBe(415);
    expect(((await misdirected.json()) as any).title).toMatch(/JSON\(application\/json\)으로 보내세요/);
  });

  it('answers unknown API paths with a 404 problem, and bad ids with a field error', async () => {
    const unknown = await app.request('/api/v1/nothing-here', { headers: auth() });
    expect(unknown.status).toBe(404);
    const badId = await app.request('/api/v1/organizations/not-a-uuid', { headers: auth() });
    expect(badId.status).toBe(422);
    expect(((await badId.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('id');
  });

  it('sends security headers and a request id', async () => {
    const res = await app.request('/api/v1/centers');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-request-id')).toMatch(/[0-9a-f-]{36}/);
  });

  it('speaks English when asked, Korean otherwise', async () => {
    const ko = await app.request('/api/v1/organizations/00000000-0000-4000-8000-000000000000', { headers: auth() });
    expect(((await ko.json()) as { title: string }).title).toBe('찾을 수 없습니다.');
    const en = await app.request('/api/v1/organizations/00000000-0000-4000-8000-000000000000?lang=en', { headers: auth() });
    expect(((await en.json()) as { title: string }).title).toBe('Not found.');
  });

  it('serves the API docs page with its assets from this server', async () => {
    const page = await (await app.request('/api/docs')).text();
    expect(page).toContain('/api/docs/swagger-ui-bundle.js');
    expect(page).not.toMatch(/https?:\/\//);
    const js = await app.request('/api/docs/swagger-ui-bundle.js');
    expect(js.status).toBe(200);
    expect((await js.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
  });

  it('serves the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/v1/organizations');
  });
});
