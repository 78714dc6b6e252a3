import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { client, user, type TestUser } from '../../../test/factories.ts';

// A call's own files (공고문, 신청 서식): its staff attach and remove them; anyone reads them
// once the call is published, and nobody before.
let deps: Awaited<ReturnType<typeof testDeps>>;
let app: ReturnType<typeof client>['app'];
let call: ReturnType<typeof client>['call'];
let manager: TestUser;
let jeonbuk: TestUser;
let callId: string;

const HWP = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 1, 2, 3]);

beforeAll(async () => {
  deps = await testDeps();
  ({ app, call } = client(deps));
  manager = await user(deps, 'center_manager', { centerId: 'incheon' });
  jeonbuk = await user(deps, 'center_manager', { centerId: 'jeonbuk' });
  const program = await call('POST', '/api/v1/programs', { token: manager.token, body: { name: '첨부 확인 사업', type: 'commercialization' } });
  callId = (await call('POST', '/api/v1/calls', { token: manager.token, body: { programId: program.body.id, title: '첨부 공고', opensAt: '2026-11-20T09:00', closesAt: '2026-12-20T18:00' } })).body.id;
});
afterAll(() => deps.database.close());

async function attach(name: string, bytes: Uint8Array, token = manager.token) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const res = await app.request(`/api/v1/calls/${callId}/attachments`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as any };
}
const download = (id: string, token?: string) => app.request(`/api/v1/calls/${callId}/attachments/${id}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('call attachments', () => {
  it('are attached by the call\'s staff, checked by kind and content, and listed on the call', async () => {
    const fake = await attach('공고문.hwp', Buffer.from('MZ not a hwp'));
    expect(fake.status).toBe(422);
    expect(fake.body.errors[0]).toMatchObject({ field: 'file', message: expect.stringMatching(/^첨부파일:/) });
    expect((await attach('x.hwp', HWP, jeonbuk.token)).status).toBe(404); // a draft of another center's call
    const added = await attach('../../2026 공고문.hwp', HWP);
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({ fileName: '2026 공고문.hwp', contentType: 'application/x-hwp', size: HWP.length });
    // Up to 30 MB, not the 1 MB of a JSON body.
    const notice = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2 * 1024 * 1024)]);
    const big = await attach('2026 공고문.pdf', notice);
    expect(big.status, JSON.stringify(big.body)).toBe(201);
    expect(big.body.size).toBe(notice.length);
    expect((await call('DELETE', `/api/v1/calls/${callId}/attachments/${big.body.id}`, { token: manager.token })).status).toBe(204);
    const got = await call('GET', `/api/v1/calls/${callId}`, { token: manager.token });
    expect(got.body.attachments).toMatchObject([{ id: added.body.id, fileName: '2026 공고문.hwp' }]);
  });

  it('are read by anyone once the call is published, not before; removed by its staff', async () => {
    const [first] = (await call('GET', `/api/v1/calls/${callId}`, { token: manager.token })).body.attachments;
    expect((await download(first.id)).status).toBe(404);
    const version = (await call('GET', `/api/v1/calls/${callId}`, { token: manager.token })).body.version;
    expect((await call('PATCH', `/api/v1/calls/${callId}`, { token: manager.token, body: { published: true }, headers: { 'if-match': `"${version}"` } })).status).toBe(200);
    const res = await download(first.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; .*filename\*=UTF-8''2026%20/);
    expect(Buffer.from(await res.arrayBuffer()).equals(HWP)).toBe(true);
    expect((await call('DELETE', `/api/v1/calls/${callId}/attachments/${first.id}`, { token: jeonbuk.token })).status).toBe(403);
    expect((await call('DELETE', `/api/v1/calls/${callId}/attachments/${first.id}`, { token: manager.token })).status).toBe(204);
    expect((await download(first.id)).status).toBe(404);
    expect((await call('GET', `/api/v1/calls/${callId}`)).body.attachments).toEqual([]);
  });
});
