import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { client, organization, user, type TestUser } from '../../../test/factories.ts';
import { safeFileName } from './application.files.ts';

let deps: Awaited<ReturnType<typeof testDeps>>;
let app: ReturnType<typeof client>['app'];
let call: ReturnType<typeof client>['call'];
let manager: TestUser;
let member: TestUser;
let stranger: TestUser;
let appId: string;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

beforeAll(async () => {
  deps = await testDeps();
  ({ app, call } = client(deps));
  manager = await user(deps, 'center_manager', { centerId: 'incheon' });
  const orgId = (await organization(deps, { name: '서류기업', kind: 'startup', region: '인천', centers: ['incheon'] })).id;
  member = await user(deps, 'company_member', { organizationId: orgId });
  stranger = await user(deps, 'company_member', { organizationId: (await organization(deps, { name: '남의기업' })).id });
  const program = await call('POST', '/api/v1/programs', { token: manager.token, body: { name: '서류 확인 사업', type: 'commercialization' } });
  const callId = (await call('POST', '/api/v1/calls', { token: manager.token, body: { programId: program.body.id, title: '서류 제출 공고', opensAt: '2026-11-20T09:00', closesAt: '2026-12-20T18:00', published: true } })).body.id;
  await call('PUT', `/api/v1/calls/${callId}/form`, {
    token: manager.token,
    body: { sections: [{ title: { ko: '서류' }, fields: [{ key: 'teamName', type: 'text', label: { ko: '팀명' } }, { key: 'plan', type: 'file', label: { ko: '사업계획서' }, required: true, accept: ['pdf', 'hwp'], maxSizeMb: 1 }] }] },
  });
  appId = (await call('POST', `/api/v1/calls/${callId}/applications`, { token: member.token, body: { organizationId: orgId } })).body.id;
});
afterAll(() => deps.database.close());

async function upload(name: string, bytes: Uint8Array, field = 'plan', token = member.token) {
  const form = new FormData();
  form.append('field', field);
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const res = await app.request(`/api/v1/applications/${appId}/files`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as any };
}

/** The raw upload: the body is the file, its name in the query. */
async function uploadRaw(name: string, bytes: Uint8Array, field = 'plan', token = member.token, headers: Record<string, string> = {}) {
  const res = await app.request(`/api/v1/applications/${appId}/fields/${encodeURIComponent(field)}/files?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    body: new Uint8Array(bytes),
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', ...headers },
  });
  return { status: res.status, body: (await res.json()) as any };
}

const download = (fileId: string, token: string) => app.request(`/api/v1/applications/${appId}/files/${fileId}`, { headers: { authorization: `Bearer ${token}` } });

describe('application files', () => {
  it('keep a file name without folders or control characters', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\kim\\사업계획서.pdf')).toBe('사업계획서.pdf');
    expect(safeFileName('..\u0000숨김.pdf')).toBe('숨김.pdf');
    expect(safeFileName(`${'가'.repeat(200)}.pdf`)).toHaveLength(150);
  });

  it('are checked against their question: kind by name and content, size, not empty', async () => {
    const stored = await upload('../../사업계획서.pdf', PDF);
    expect(stored.status, JSON.stringify(stored.body)).toBe(201);
    expect(stored.body).toMatchObject({ field: 'plan', fileName: '사업계획서.pdf', contentType: 'application/pdf', size: PDF.byteLength });
    expect((await upload('다시올림.pdf', PDF)).body.id).toBe(stored.body.id); // a retried upload is the same file
    const disguised = await upload('악성.pdf', Buffer.from('MZ\x90\x00 this is not a pdf'));
    expect(disguised.body.errors[0]).toMatchObject({ field: 'file', code: 'validation.fileContent', message: expect.stringMatching(/^사업계획서: 파일 내용이 pdf 형식이 아닙니다/) });
    expect((await upload('setup.exe', PDF)).body.errors[0].code).toBe('validation.fileKind');
    expect((await upload('빈파일.pdf', new Uint8Array())).body.errors[0].code).toBe('validation.fileEmpty');
    expect((await upload('큰파일.pdf', Buffer.concat([PDF, Buffer.alloc(1024 * 1024)]))).body.errors[0]).toMatchObject({ code: 'validation.fileTooLarge', message: expect.stringMatching(/1MB 이하/) });
    expect((await upload('팀명.pdf', PDF, 'teamName')).body.errors[0].field).toBe('field');
    expect((await upload('남의것.pdf', PDF, 'plan', stranger.token)).status).toBe(404);
  });

  it('upload as the raw body with the same checks, and the same bytes are the same file either way', async () => {
    const final = Buffer.concat([PDF, Buffer.from('% 최종본\n')]);
    const raw = await uploadRaw('../사업계획서(최종).pdf', final);
    expect(raw.status, JSON.stringify(raw.body)).toBe(201);
    expect(raw.body).toMatchObject({ field: 'plan', fileName: '사업계획서(최종).pdf', contentType: 'application/pdf', size: final.byteLength });
    expect((await upload('사업계획서(최종).pdf', final)).body.id).toBe(raw.body.id);
    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024)]);
    expect((await uploadRaw('큰파일.pdf', big)).body.errors[0]).toMatchObject({ field: 'file', code: 'validation.fileTooLarge', message: expect.stringMatching(/^사업계획서: .*1MB 이하/) });
    expect((await uploadRaw('거짓크기.pdf', big, 'plan', member.token, { 'content-length': String(big.byteLength) })).status).toBe(422);
    expect((await uploadRaw('악성.pdf', Buffer.from('MZ\x90\x00 not a pdf'))).body.errors[0].code).toBe('validation.fileContent');
    expect((await uploadRaw('빈파일.pdf', new Uint8Array())).body.errors[0].code).toBe('validation.fileEmpty');
    expect((await uploadRaw('팀명.pdf', PDF, 'teamName')).body.errors[0].field).toBe('field');
    expect((await uploadRaw('남의것.pdf', PDF, 'plan', stranger.token)).status).toBe(404);
    const nameless = await app.request(`/api/v1/applications/${appId}/fields/plan/files`, { method: 'POST', body: PDF, headers: { authorization: `Bearer ${member.token}` } });
    expect(nameless.status).toBe(422);
    expect(((await nameless.json()) as any).errors[0].field).toBe('name');
  });

  it('are named in answers only when uploaded to this application, and read by the applicant and, once submitted, the staff', async () => {
    const stored = await upload('사업계획서.pdf', PDF);
    const bad = await call('PATCH', `/api/v1/applications/${appId}`, { token: member.token, body: { answers: { plan: ['00000000-0000-4000-8000-000000000000'] } }, headers: { 'if-match': '"1"' } });
    expect(bad.body.errors[0]).toMatchObject({ field: 'answers.plan', code: 'validation.fileUnknown' });
    const saved = await call('PATCH', `/api/v1/applications/${appId}`, { token: member.token, body: { answers: { plan: [stored.body.id] } }, headers: { 'if-match': '"1"' } });
    expect(saved.status).toBe(200);
    const mine = await download(stored.body.id, member.token);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-disposition')).toMatch(/^attachment; .*filename\*=UTF-8''%EC%82%AC/);
    expect(Buffer.from(await mine.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await download(stored.body.id, manager.token)).status).toBe(404); // a draft's files are the applicant's
    expect((await download(stored.body.id, stranger.token)).status).toBe(404);
    expect((await call('POST', `/api/v1/applications/${appId}/submit`, { token: member.token, headers: { 'idempotency-key': 'files-submit-1' } })).status).toBe(200);
    expect((await download(stored.body.id, manager.token)).status).toBe(200);
    const listed = await call('GET', `/api/v1/applications/${appId}/files`, { token: manager.token });
    expect(listed.body.items).toContainEqual(expect.objectContaining({ id: stored.body.id, field: 'plan', fileName: '사업계획서.pdf', contentType: 'application/pdf', size: PDF.length }));
    expect((await call('GET', `/api/v1/applications/${appId}/files`, { token: stranger.token })).status).toBe(404);

    // The staff's zip of the call's documents: a folder per application, files named by their question.
    const { receiptNumber, callId } = (await call('GET', `/api/v1/applications/${appId}`, { token: member.token })).body;
    const zipped = await app.request(`/api/v1/calls/${callId}/applications/files`, { headers: { authorization: `Bearer ${manager.token}` } });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get('content-type')).toBe('application/zip');
    const zip = await JSZip.loadAsync(Buffer.from(await zipped.arrayBuffer()));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    expect(names).toEqual([`${receiptNumber}_서류기업/사업계획서_사업계획서.pdf`]);
    expect((await zip.file(names[0]!)!.async('nodebuffer')).equals(PDF)).toBe(true);
    expect((await app.request(`/api/v1/calls/${callId}/applications/files`, { headers: { authorization: `Bearer ${member.token}` } })).status).toBe(404);
  });
});
