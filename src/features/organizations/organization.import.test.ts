import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { brn, client, count, organization, user, type TestUser } from '../../../test/factories.ts';
import type { Deps } from '../../http/context.ts';
import { readTable } from '../../shared/tabular.ts';
import { formatBrn } from './brn.ts';
import { organizationSearchColumns } from './organization.search.ts';

let deps: Deps;
let app: ReturnType<typeof client>['app'];
let manager: TestUser;
let other: TestUser;

beforeAll(async () => {
  deps = await testDeps();
  app = client(deps).app;
  manager = await user(deps, 'center_manager', { centerId: 'incheon' });
  other = await user(deps, 'center_manager', { centerId: 'jeonbuk' });
});
afterAll(() => deps.database.close());

async function upload(data: Buffer, query: string, token = manager.token, filename = 'orgs.csv') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)]), filename);
  const res = await app.request(`/api/v1/organizations/import?${query}`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as any };
}

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');

describe('importing organizations', () => {
  it('previews a Korean-header CSV with row-level errors and writes nothing', async () => {
    const before = await count(deps, 'organizations');
    const file = csv([
      '기업명,사업자등록번호,기업구분,지역,설립일,업종,기업소개',
      `한빛물류,${formatBrn(brn())},창업기업,인천광역시,2016.3.2,52101,드론 배송 스타트업`,
      '잘못된번호,124-81-00999,중소기업,인천,2015-01-01,,',
      '알수없는업종,,스타트업,화성,2015-01-01,99999,',
    ]);
    const { status, body } = await upload(file, 'dryRun=true&centerId=incheon');
    expect(status).toBe(200);
    expect(body.summary).toEqual({ rows: 3, create: 1, update: 0, errors: 2 });
    expect(body.rows[1]).toMatchObject({ rowNumber: 3, action: 'error', businessRegistrationNumber: '124-81-00999', errors: [{ field: 'businessRegistrationNumber', code: 'validation.brnChecksum' }] });
    expect(body.rows[2].errors.map((e: { field: string }) => e.field).sort()).toEqual(['industry', 'region']);
    expect(await count(deps, 'organizations')).toBe(before);
  });

  it('refuses the whole file when a row is bad (all or nothing)', async () => {
    const before = await count(deps, 'organizations');
    const file = csv(['name,businessRegistrationNumber,kind', `좋은기업,${brn()},startup`, '나쁜기업,,unicorn']);
    const { status, body } = await upload(file, 'centerId=incheon');
    expect(status).toBe(422);
    expect(body.code).toBe('importInvalid');
    expect(body.errors[0]).toMatchObject({ field: 'rows.3.kind', message: expect.stringMatching(/^행 3 · 구분:/) });
    expect(await count(deps, 'organizations')).toBe(before);
  });

  it('creates new organizations, updates existing BRNs instead of duplicating, and affiliates them', async () => {
    const existing = await organization(deps, { name: '기존기업', description: '옛 소개', region: '인천', centers: ['jeonbuk'] });
    const newBrn = brn();
    const file = csv([
      'name,businessRegistrationNumber,kind,region,foundedOn,industry,description',
      `새기업,${newBrn},startup,인천,2019-05-01,62010 컴퓨터 프로그래밍 서비스업,AI기반 물류 최적화`,
      `기존기업 주식회사,${formatBrn(existing.brn!)},sme,,,,새 소개`,
    ]);
    const { status, body } = await upload(file, 'centerId=incheon');
    expect(status).toBe(200);
    expect(body.summary).toMatchObject({ create: 1, update: 1, errors: 0 });
    const list = await client(deps).call('GET', `/api/v1/organizations?q=${encodeURIComponent('AI기반 물류')}`, { token: manager.token });
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    expect(list.body.items[0]).toMatchObject({ name: '새기업', ksicCode: '62010' });
    const updated = await client(deps).call('GET', `/api/v1/organizations/${existing.id}`, { token: manager.token });
    expect(updated.body).toMatchObject({ name: '기존기업 주식회사', kind: 'sme', description: '새 소개', region: '인천', version: 2 });
    expect(updated.body.affiliations.map((a: { centerId: string }) => a.centerId).sort()).toEqual(['incheon', 'jeonbuk']);
  });

  it('reads XLSX with Excel dates and a CSV saved by Korean Excel (CP949)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('기업');
    sheet.addRow(['기업명', '사업자등록번호', '기업구분', '설립일']);
    sheet.addRow(['엑셀기업', formatBrn(brn()), '중소기업', new Date(Date.UTC(2014, 8, 15))]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const preview = await upload(xlsx, 'dryRun=true&centerId=incheon', manager.token, 'orgs.xlsx');
    expect(preview.body.summary).toMatchObject({ create: 1, errors: 0 });
    const table = await readTable(xlsx);
    expect(table.rows[0]!.cells['설립일']).toBe('2014-09-15');

    // "기업명,기업구분\n한글기업,중소기업" in CP949
    const cp949 = Buffer.from('b1e2bef7b8ed2cb1e2bef7b1b8bad00d0ac7d1b1dbb1e2bef72cc1dfbcd2b1e2bef70d0a', 'hex');
    const parsed = await readTable(cp949);
    expect(parsed.headers).toEqual(['기업명', '기업구분']);
    expect(parsed.rows[0]!.cells).toEqual({ 기업명: '한글기업', 기업구분: '중소기업' });
  });

  it('refuses the same organization twice in one file, a file without the name column, and an empty file', async () => {
    const number = brn();
    const dup = await upload(csv(['name,businessRegistrationNumber,kind', `가,${number},sme`, `나,${formatBrn(number)},sme`]), 'dryRun=true&centerId=incheon');
    expect(dup.body.rows[1]).toMatchObject({ action: 'error', errors: [{ code: 'validation.duplicateInFile', params: { row: 2 } }] });
    const noName = await upload(csv(['businessRegistrationNumber,kind', `${brn()},sme`]), 'centerId=incheon');
    expect(noName.status).toBe(422);
    expect(noName.body.code).toBe('importHeaders');
    const empty = await upload(csv(['name,kind']), 'centerId=incheon');
    expect(empty.body.code).toBe('importEmpty');
    const garbage = await upload(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'centerId=incheon', manager.token, 'x.xlsx');
    expect(garbage.body.code).toBe('importFormat');
  });

  it('writes a file larger than one statement, every row indexed as a single create would be', async () => {
    const before = await count(deps, 'organizations');
    const lines = ['name,businessRegistrationNumber,kind,region,description'];
    for (let i = 0; i < 2100; i++) lines.push(`대량기업 ${i},${brn()},startup,인천,${i === 2099 ? '마지막행고유어 드론 정비' : '스마트 물류 자동화'}`);
    const { status, body } = await upload(csv(lines), 'centerId=incheon');
    expect(status, JSON.stringify(body).slice(0, 500)).toBe(200);
    expect(body.summary).toMatchObject({ create: 2100, errors: 0 });
    expect(await count(deps, 'organizations')).toBe(before + 2100);

    const [last] = await deps.database.rows<{ id: string; terms: number }>(
      sql`select o.id, (select count(*)::int from jsonb_object_keys(o.search_terms)) as terms from organizations o where o.name = '대량기업 2099'`,
    );
    const expected = organizationSearchColumns({ name: '대량기업 2099', kind: 'startup', region: '인천', description: '마지막행고유어 드론 정비' });
    const [stored] = await deps.database.rows<{ terms: Record<string, number>; length: number; postings: number }>(
      sql`select o.search_terms as terms, o.search_length as length, (select count(*)::int from search_postings p where p.doc = o.search_doc) as postings
        from organizations o where o.id = ${last!.id}::uuid`,
    );
    expect(stored).toMatchObject({ terms: expected.searchTerms, length: expected.searchLength });
    expect(stored!.postings).toBe(last!.terms);
    const found = await client(deps).call('GET', `/api/v1/organizations?q=${encodeURIComponent('마지막행고유어')}`, { token: manager.token });
    expect(found.body.items.map((o: { id: string }) => o.id)).toEqual([last!.id]);
    const affiliated = await deps.database.rows<{ n: number }>(sql`select count(*)::int as n from affiliations a join organizations o on o.id = a.organization_id where o.name like '대량기업 %' and a.center_id = 'incheon'`);
    expect(affiliated[0]!.n).toBe(2100);
  });

  it('lets staff import only into their own center', async () => {
    const file = csv(['name,kind', '남의센터기업,startup']);
    expect((await upload(file, 'centerId=incheon', other.token)).status).toBe(403);
  });
});

describe('exporting organizations', () => {
  it('exports the filtered list with import headers, and the export imports back as updates only', async () => {
    await organization(deps, { name: '=수식주입 기업', centers: ['incheon'], region: '인천' });
    const { call } = client(deps);
    const res = await app.request('/api/v1/organizations/export?format=xlsx&centerId=incheon', { headers: { authorization: `Bearer ${manager.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    const data = Buffer.from(await res.arrayBuffer());
    const table = await readTable(data);
    expect(table.headers.slice(0, 7)).toEqual(['기업명', '사업자등록번호', '기업구분', '지역', '설립일', '업종', '기업소개']);
    const listed = await call('GET', '/api/v1/organizations?centerId=incheon&limit=200', { token: manager.token });
    expect(table.rows.length).toBe(listed.body.total);

    const again = await upload(data, 'dryRun=true&centerId=incheon', manager.token, 'export.xlsx');
    expect(again.body.summary.errors).toBe(0);
    expect(again.body.summary.create).toBe(0);

    const csvRes = await app.request('/api/v1/organizations/export?format=csv&centerId=incheon&lang=en', { headers: { authorization: `Bearer ${manager.token}` } });
    const text = await csvRes.text();
    expect(text.split('\r\n')[0]).toBe('name,businessRegistrationNumber,kind,region,foundedOn,industry,description,stage,representative,products,technologies,website,contactEmail,contactPhone');
    expect(text).toContain("'=수식주입 기업");
  });
});
