import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { client, user, type TestUser } from '../../../test/factories.ts';
import { centerReference } from '../centers/center.data.ts';
import { nationalYear, SEED_2015 } from '../../../test/fixtures/national-year.ts';

let deps: Awaited<ReturnType<typeof testDeps>>;
let app: ReturnType<typeof client>['app'];
let call: ReturnType<typeof client>['call'];
let admin: TestUser;
let seoulManager: TestUser;
let national: any;
let book: ExcelJS.Workbook;
let response: Response;

const YEAR = 'from=2015-01-01&to=2015-12-31';

async function upload(path: string, content: string) {
  const form = new FormData();
  form.append('file', new Blob([content], { type: 'text/csv' }), 'data.csv');
  const res = await app.request(`/api/v1${path}`, { method: 'POST', body: form, headers: { authorization: `Bearer ${admin.token}` } });
  expect(res.status, (await res.clone().text()).slice(0, 300)).toBe(200);
}

async function download(path: string, token?: string): Promise<{ res: Response; book: ExcelJS.Workbook }> {
  const res = await app.request(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const workbook = new ExcelJS.Workbook();
  if (res.status === 200) await workbook.xlsx.load((await res.clone().arrayBuffer()) as ExcelJS.Buffer);
  return { res, book: workbook };
}

/** The data rows of a sheet (header excluded) up to the first empty row, as arrays from column 1. */
function rowsOf(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const values = (sheet.getRow(r).values as ExcelJS.CellValue[]).slice(1);
    if (values.length === 0) break;
    rows.push(values);
  }
  return rows;
}

function column(sheet: ExcelJS.Worksheet, header: string): number {
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
  const index = headers.indexOf(header);
  expect(index, `${sheet.name}: no column ${header} in ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
  return index;
}

const sumOf = (rows: ExcelJS.CellValue[][], index: number) => rows.reduce((s, r) => s + (r[index] as number), 0);

// One national year (2,740 organizations) imported once; every test reads the same workbook.
beforeAll(async () => {
  deps = await testDeps();
  ({ app, call } = client(deps));
  admin = await user(deps, 'national_admin');
  seoulManager = await user(deps, 'center_manager', { centerId: 'seoul' });
  const files = nationalYear();
  await upload('/organizations/import', files.organizations);
  await upload('/imports/support-records', files.supportRecords);
  await upload('/imports/outcomes', files.outcomes);
  national = (await call('GET', `/api/v1/reports/national?${YEAR}`, { token: admin.token })).body;
  ({ res: response, book } = await download(`/api/v1/reports/national/workbook?${YEAR}`, admin.token));
}, 180_000);
afterAll(() => deps.database.close());

describe('the ministry workbook', () => {
  it('is an XLSX download with the counting rules first and the sheets the ministry reads', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${encodeURIComponent('성과보고_전국_2015-01-01_2015-12-31.xlsx')}"; filename*=UTF-8''${encodeURIComponent('성과보고_전국_2015-01-01_2015-12-31.xlsx')}`);
    expect(book.worksheets.map((s) => s.name)).toEqual(['작성 기준', '총괄', '센터별', '사업별', '기업별']);

    const rules = book.getWorksheet('작성 기준')!;
    const text = rules.getSheetValues().flatMap((r) => (Array.isArray(r) ? r.filter((c) => c !== undefined && c !== null).map(String) : []));
    expect(text).toContain('2015-01-01 ~ 2015-12-31');
    expect(text).toContain('2026-11-28 12:00 (KST)');
    expect(text.some((c) => c.includes(admin.email))).toBe(true);
    // The twelve counting rules of docs/counting-rules.md, numbered as there.
    expect(text).toContain('12');
    expect(text).toContain('일자리 창출은 신규 고용 인원이며 종업원 수가 아닙니다.');
    const { sumOfCenterCounts, countedByMoreThanOneCenter } = national.centers;
    expect(text.find((c) => c.startsWith('센터별 지원 기업 수의 합계'))).toBe(
      `센터별 지원 기업 수의 합계는 ${sumOfCenterCounts}개사, 전국은 2740개사입니다 (차이 ${sumOfCenterCounts - 2740}개사). 둘 이상의 센터가 지원한 ${countedByMoreThanOneCenter}개사는 지원한 센터마다 한 번씩 세고, 전국에서는 한 번 셉니다 (집계 기준 2).`,
    );
  });

  it('gives the national report’s figures on 총괄, exactly and as numbers', () => {
    const sheet = book.getWorksheet('총괄')!;
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const value = new Map(rowsOf(sheet).map((r) => [r[0] as string, r[1]]));
    const expected: Record<string, number> = {
      '지원 기업 (창업기업)': national.organizationsSupported.startup,
      '지원 기업 (중소기업)': national.organizationsSupported.sme,
      '지원 기업 (전체)': national.organizationsSupported.total,
      '투자 유치액': national.investment.amountKRW,
      '투자 유치 건수': national.investment.deals,
      '투자 유치 기업': national.investment.companies,
      매출액: national.revenueKRW,
      '일자리 창출 (신규 고용)': national.jobsCreated,
      '수출 기업': national.exportSales.companies,
      수출액: national.exportSales.amountKRW,
      '해외 법인 설립': national.overseasSubsidiaries,
      기술이전: national.techTransfers.transfers,
      '기술이전 기업': national.techTransfers.recipients,
      '특허 출원': national.patents.applications,
      '특허 등록': national.patents.registrations,
      '시제품 제작': national.prototypes,
      '검증 전 성과': national.unverifiedFigures,
      '센터별 지원 기업 합계': national.centers.sumOfCenterCounts,
      '둘 이상의 센터가 지원한 기업': national.centers.countedByMoreThanOneCenter,
    };
    for (const [label, figure] of Object.entries(expected)) expect(value.get(label), label).toBe(figure);
    // The seed-003 figures themselves.
    expect([value.get('지원 기업 (창업기업)'), value.get('지원 기업 (중소기업)'), value.get('투자 유치액'), value.get('투자 유치 건수')]).toEqual([1135, 1605, 283_400_000_000, 400]);
    expect([value.get('매출액'), value.get('일자리 창출 (신규 고용)'), value.get('수출 기업'), value.get('수출액'), value.get('해외 법인 설립')]).toEqual([
      160_500_000_000, 1359, 78, 131_800_000_000, 19,
    ]);
    expect([value.get('기술이전'), value.get('기술이전 기업')]).toEqual([974, 219]);
    // Every support record of 2015 (the one of 2014 is outside): each organization's, the 300 second ones, the transfers.
    expect(value.get('지원 건수')).toBe(2740 + SEED_2015.multiCenter + SEED_2015.techTransfers);
    expect(value.get('지원 금액')).toBe(2740 * 1_000_000);
    const amount = rowsOf(sheet).findIndex((r) => r[0] === '매출액') + 2;
    expect(sheet.getCell(amount, 2).numFmt).toBe('#,##0');
    expect(sheet.getCell(amount, 3).value).toBe('원');
  });

  it('has one row per supported organization on 기업별, and its columns add up to 총괄', () => {
    const sheet = book.getWorksheet('기업별')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 2 });
    const rows = rowsOf(sheet);
    expect(rows).toHaveLength(2740);
    expect(sumOf(rows, column(sheet, '매출액 (원)'))).toBe(national.revenueKRW);
    expect(sumOf(rows, column(sheet, '투자 유치액 (원)'))).toBe(283_400_000_000);
    expect(sumOf(rows, column(sheet, '투자 유치 건수'))).toBe(400);
    expect(sumOf(rows, column(sheet, '일자리 창출 (신규 고용)'))).toBe(1359);
    expect(sumOf(rows, column(sheet, '수출액 (원)'))).toBe(131_800_000_000);
    expect(sumOf(rows, column(sheet, '검증 전 성과'))).toBe(national.unverifiedFigures);
    const transfers = column(sheet, '기술이전');
    expect(sumOf(rows, transfers)).toBe(974);
    expect(rows.filter((r) => (r[transfers] as number) > 0)).toHaveLength(219);
    for (const r of rows) for (let i = column(sheet, '지원 건수'); i < r.length; i++) expect(typeof r[i]).toBe('number');

    // 성과기업 1: two centers, quarterly revenue counted once by the quarters (not the months beside them).
    const first = rows.find((r) => r[1] === '성과기업 1')!;
    expect(first.slice(0, 6)).toEqual([expect.stringMatching(/^\d{3}-\d{2}-\d{5}$/), '성과기업 1', '창업기업', '서울', null, '서울센터, 부산센터'].map((v) => (v === null ? undefined : v)));
    expect(first[column(sheet, '매출액 (원)')]).toBe(160_500_000);
    expect(rows.some((r) => r[1] === '미지원기업')).toBe(false);
  });

  it('gives each center its own report on 센터별; the centers add up to more than the nation, by as much as 작성 기준 says', async () => {
    const sheet = book.getWorksheet('센터별')!;
    const rows = rowsOf(sheet);
    expect(rows).toHaveLength(18);
    const organizations = column(sheet, '지원 기업 (전체)');
    expect(sumOf(rows, organizations)).toBe(national.centers.sumOfCenterCounts);
    // Every center's row is its report: every figure of GET /reports/centers/{id}.
    expect(centerReference).toHaveLength(18);
    for (const center of centerReference) {
      const report = (await call('GET', `/api/v1/reports/centers/${center.id}?${YEAR}`, { token: admin.token })).body;
      const row = rows.find((r) => r[0] === center.shortName)!;
      const cell = (header: string) => row[column(sheet, header)];
      expect(
        [cell('지원 기업 (창업기업)'), cell('지원 기업 (중소기업)'), cell('지원 기업 (전체)'), cell('투자 유치액 (원)'), cell('투자 유치 건수'), cell('투자 유치 기업'), cell('매출액 (원)'), cell('일자리 창출 (신규 고용)'), cell('수출 기업'), cell('수출액 (원)'), cell('해외 법인 설립'), cell('기술이전'), cell('기술이전 기업'), cell('특허 출원'), cell('특허 등록'), cell('시제품 제작'), cell('검증 전 성과')],
        center.id,
      ).toEqual([
        report.organizationsSupported.startup, report.organizationsSupported.sme, report.organizationsSupported.total,
        report.investment.amountKRW, report.investment.deals, report.investment.companies, report.revenueKRW, report.jobsCreated,
        report.exportSales.companies, report.exportSales.amountKRW, report.overseasSubsidiaries, report.techTransfers.transfers, report.techTransfers.recipients,
        report.patents.applications, report.patents.registrations, report.prototypes, report.unverifiedFigures,
      ]);
    }
    expect(rows.find((r) => r[0] === '경북센터')![column(sheet, '기술이전')]).toBe(974);
    expect(rows.find((r) => r[0] === '포항센터')![organizations]).toBe(0);
    // Below the centers: their sum, the nation, the difference.
    const after = (label: string) => sheet.getColumn(1).values.indexOf(label);
    expect(sheet.getCell(after('센터 합계 (단순 합)'), organizations + 1).value).toBe(national.centers.sumOfCenterCounts);
    expect(sheet.getCell(after('전국 (기업마다 한 번)'), organizations + 1).value).toBe(2740);
    expect(sheet.getCell(after('차이'), organizations + 1).value).toBe(national.centers.sumOfCenterCounts - 2740);
  });

  it('gives each center’s programs on 사업별, the support given and the outcomes of the organizations supported', () => {
    const sheet = book.getWorksheet('사업별')!;
    const rows = rowsOf(sheet);
    const byName = (center: string, program: string) => rows.find((r) => r[1] === center && r[2] === program)!;
    const organizations = column(sheet, '지원 기업 (전체)');
    // 보육 프로그램: every organization once, by its own center.
    const nursery = rows.filter((r) => r[2] === '보육 프로그램');
    expect(nursery).toHaveLength(17);
    expect(sumOf(nursery, organizations)).toBe(2740);
    expect(sumOf(nursery, column(sheet, '지원 금액 (원)'))).toBe(2740 * 1_000_000);
    expect(sumOf(nursery, column(sheet, '매출액 (원)'))).toBe(national.revenueKRW);
    const patents = byName('경북센터', '특허 개방');
    expect([patents[0], patents[organizations], patents[column(sheet, '지원 건수')], patents[column(sheet, '기술이전')], patents[column(sheet, '기술이전 기업')]]).toEqual(['센터', 219, 974, 974, 219]);
    expect(sumOf(rows.filter((r) => r[2] === '(사업명 없음)'), organizations)).toBe(SEED_2015.multiCenter);
  });

  it('speaks English with lang=en', async () => {
    const { res, book: en } = await download(`/api/v1/reports/national/workbook?${YEAR}&lang=en`, admin.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('report_National_2015-01-01_2015-12-31.xlsx');
    expect(en.worksheets.map((s) => s.name)).toEqual(['Counting rules', 'Summary', 'By center', 'By program', 'By company']);
    const summary = new Map(rowsOf(en.getWorksheet('Summary')!).map((r) => [r[0], r[1]]));
    expect(summary.get('Revenue')).toBe(160_500_000_000);
    const companies = en.getWorksheet('By company')!;
    expect(companies.getRow(1).getCell(1).value).toBe('BRN');
    expect(rowsOf(companies).find((r) => r[1] === '성과기업 1')!.slice(2, 4)).toEqual(['Startup', 'Seoul']);
  });

  it('is the national office’s; a center’s staff get their own center’s, and nobody else’s', async () => {
    expect((await download(`/api/v1/reports/national/workbook?${YEAR}`, seoulManager.token)).res.status).toBe(403);
    expect((await download(`/api/v1/reports/national/workbook?${YEAR}`)).res.status).toBe(401);
    expect((await download(`/api/v1/reports/centers/busan/workbook?${YEAR}`, seoulManager.token)).res.status).toBe(404);
    expect((await download(`/api/v1/reports/centers/nowhere/workbook?${YEAR}`, admin.token)).res.status).toBe(404);
    const backwards = await call('GET', '/api/v1/reports/national/workbook?from=2015-12-31&to=2015-01-01', { token: admin.token });
    expect(backwards.status).toBe(422);
    expect((backwards.body as any).errors[0].field).toBe('to');

    const { res, book: seoul } = await download(`/api/v1/reports/centers/seoul/workbook?${YEAR}`, seoulManager.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('성과보고_서울센터_2015-01-01_2015-12-31.xlsx'));
    expect(seoul.worksheets.map((s) => s.name)).toEqual(['작성 기준', '총괄', '사업별', '기업별']);
    const report = (await call('GET', `/api/v1/reports/centers/seoul?${YEAR}`, { token: seoulManager.token })).body as any;
    const summary = new Map(rowsOf(seoul.getWorksheet('총괄')!).map((r) => [r[0], r[1]]));
    expect(summary.get('지원 기업 (전체)')).toBe(report.organizationsSupported.total);
    expect(summary.get('매출액')).toBe(report.revenueKRW);
    expect(summary.has('센터별 지원 기업 합계')).toBe(false);
    const companies = rowsOf(seoul.getWorksheet('기업별')!);
    expect(companies).toHaveLength(report.organizationsSupported.total);
    // Only the center's own support: another center's name never shows.
    expect(companies.every((r) => r[5] === '서울센터')).toBe(true);
  });
});
