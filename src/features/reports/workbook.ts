import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client.ts';
import type { Deps, RequestScope } from '../../http/context.ts';
import { seoulDateTime } from '../../shared/clock.ts';
import { t, type Lang } from '../../shared/i18n/index.ts';
import { formatBrn } from '../organizations/brn.ts';
import { kindLabels } from '../organizations/organization.columns.ts';
import { ksicLookup } from '../reference/ksic.ts';
import { regions } from '../reference/regions.ts';
import { centerReport, nationalReport, type NationalReport, type Report, type ReportQuery } from './report.service.ts';
import { centerRows, companyRows, figuresOfReport, programRows, stageWorkbook, supportTotal, type CompanyRow, type FigureKey, type Figures, type ProgramRow } from './workbook.queries.ts';

/**
 * 성과 보고 workbook for the ministry (issue 5, item 8), for a period:
 *   작성 기준  the period, when, who, the counting rules (the text of docs/counting-rules.md) and
 *             how much the centers add up to more than the nation;
 *   총괄      the national figures: nationalReport itself;
 *   센터별    one row per center: the figures centerReport gives, so each row is the center's API figures;
 *   사업별    one row per center or cluster and program (사업명 on the support records);
 *   기업별    one row per organization supported in the period; each column adds up to 총괄.
 * A center's workbook is the same without 센터별, restricted to that center's support.
 *
 * 센터별 is one sheet with the centers as rows, not a sheet per center: an officer compares centers
 * side by side, sorts them and copies the block into the ministry's own tables, and one center's
 * programs and companies are one filter away on 사업별 and 기업별 (center column, autofilter).
 * Eighteen sheets of the same twenty figures would be harder to compare and to total; a center
 * that wants its own sheets downloads its own workbook.
 *
 * One repeatable-read transaction: every sheet sees the same snapshot, so 총괄 is the sum of 기업별
 * even while companies report. The base tables are read twice, by the report of 총괄 and by
 * stageWorkbook; the other sheets group its temporary tables (docs/PERFORMANCE.md: a year of the
 * benchmark's 10 million figures took 69–150 s as 19 reports over the base tables). Written with
 * exceljs's streaming writer: each sheet's rows come from one query and are written and let go of
 * before the next sheet's query runs.
 */

export type WorkbookOptions = { from: string; to: string; lang: Lang; centerId?: string };
export type MinistryWorkbook = { data: Buffer; fileName: string };

type Unit = 'krw' | 'companies' | 'cases' | 'people' | 'count';
type Cell = string | number | null;
type Column<T> = { header: string; width: number; numeric?: boolean; value: (row: T) => Cell };

/** Each figure's unit and the counting rules (docs/counting-rules.md numbers) it follows. */
const figureInfo: Record<FigureKey | 'sumOfCenterCounts' | 'countedByMoreThanOneCenter', { unit: Unit; rules: string }> = {
  startups: { unit: 'companies', rules: '1, 2, 3' },
  smes: { unit: 'companies', rules: '1, 2, 3' },
  organizations: { unit: 'companies', rules: '1, 2, 3' },
  supportRecords: { unit: 'cases', rules: '1' },
  supportKRW: { unit: 'krw', rules: '1, 8' },
  investmentKRW: { unit: 'krw', rules: '4–8, 10' },
  investmentDeals: { unit: 'cases', rules: '4–6, 10' },
  investmentCompanies: { unit: 'companies', rules: '4–6, 10' },
  revenueKRW: { unit: 'krw', rules: '4–8' },
  jobsCreated: { unit: 'people', rules: '4–7, 9' },
  exportCompanies: { unit: 'companies', rules: '4–7, 11' },
  exportKRW: { unit: 'krw', rules: '4–8, 11' },
  overseasSubsidiaries: { unit: 'count', rules: '4–7' },
  techTransfers: { unit: 'cases', rules: '12' },
  techRecipients: { unit: 'companies', rules: '12' },
  patentApplications: { unit: 'cases', rules: '4–7' },
  patentRegistrations: { unit: 'cases', rules: '4–7' },
  prototypes: { unit: 'count', rules: '4–7' },
  unverifiedFigures: { unit: 'cases', rules: '6' },
  sumOfCenterCounts: { unit: 'companies', rules: '2' },
  countedByMoreThanOneCenter: { unit: 'companies', rules: '2' },
};

const allFigures = Object.keys(figureInfo).filter((k) => k !== 'sumOfCenterCounts' && k !== 'countedByMoreThanOneCenter') as FigureKey[];
const companyFigures = allFigures.filter((k) => !['startups', 'smes', 'organizations', 'investmentCompanies', 'exportCompanies', 'techRecipients'].includes(k)) as (keyof CompanyRow & FigureKey)[];

/** Column width in Excel's units: Hangul is about two Latin characters wide. */
const widthOf = (text: string) => [...text].reduce((w, ch) => w + (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(ch) ? 2 : 1.1), 0);

function figureColumns<T extends Partial<Figures>>(lang: Lang, keys: FigureKey[]): Column<T>[] {
  return keys.map((key) => {
    const label = t(lang, `workbook.figures.${key}`);
    const krw = figureInfo[key].unit === 'krw';
    const header = krw ? `${label} (${t(lang, 'workbook.units.krw')})` : label;
    return { header, width: Math.max(krw ? 18 : 10, Math.ceil(widthOf(header)) + 2), numeric: true, value: (row: T) => row[key] ?? 0 };
  });
}

/** ≤ 31 characters, none of \ / ? * [ ] :, unique in the workbook (Excel's rules for sheet names). */
function sheetNamer() {
  const used = new Set<string>();
  return (name: string) => {
    const base = name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
    let candidate = base;
    for (let i = 2; used.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
    used.add(candidate.toLowerCase());
    return candidate;
  };
}

/** A sheet of rows under a bold, frozen header with an autofilter; numbers as numbers in '#,##0'. */
function dataSheet<T>(book: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: Column<T>[], rows: T[], frozenColumns: number, trailing: Cell[][] = []) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', xSplit: frozenColumns, ySplit: 1 }] });
  // Text columns as wide as their longest value among the first rows (up to 50), as a person would drag them.
  const fit = (c: Column<T>) => Math.min(50, Math.ceil(Math.max(c.width, widthOf(c.header) + 2, ...rows.slice(0, 500).map((r) => widthOf(String(c.value(r) ?? '')) + 2))));
  sheet.columns = columns.map((c) => (c.numeric ? { width: c.width, style: { numFmt: '#,##0' } } : { width: fit(c) }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row))).commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + rows.length, column: columns.length } };
  if (trailing.length) sheet.addRow([]).commit();
  for (const cells of trailing) {
    const row = sheet.addRow(cells);
    row.font = { bold: true };
    row.commit();
  }
  sheet.commit();
}

const sum = (rows: Partial<Figures>[], key: FigureKey) => rows.reduce((s, r) => s + (r[key] ?? 0), 0);

type Book = ExcelJS.stream.xlsx.WorkbookWriter;
type Center = { id: string; name: string; nameEn: string };
/** What every sheet is written from: the request, the period and the report of the whole scope. */
type Context = { deps: Deps; scope: RequestScope; lang: Lang; options: WorkbookOptions; summary: Report | NationalReport; scopeLabel: string };

/** 작성 기준: the period, when and by whom, the counting rules (docs/counting-rules.md 1–12) and the centers' overlap. */
function rulesSheet(book: Book, name: string, { deps, scope, lang, options, summary, scopeLabel }: Context) {
  const sheet = book.addWorksheet(name);
  sheet.columns = [{ width: 22 }, { width: 100, style: { alignment: { wrapText: true, vertical: 'top' } } }];
  const line = (cells: Cell[], heading = false) => {
    const row = sheet.addRow(cells);
    if (heading) row.font = { bold: true };
    else row.getCell(1).font = { bold: true };
    row.commit();
  };
  const generatedAt = seoulDateTime(deps.clock.now());
  line([`${t(lang, 'workbook.title')} · ${scopeLabel}`], true);
  line([t(lang, 'workbook.info.period'), `${options.from} ~ ${options.to}`]);
  line([t(lang, 'workbook.info.generatedAt'), `${generatedAt.slice(0, 10)} ${generatedAt.slice(11, 16)} (KST)`]);
  line([t(lang, 'workbook.info.generatedBy'), scope.actor ? `${scope.actor.name} <${scope.actor.email}>` : '']);
  line([t(lang, 'workbook.info.scope'), scopeLabel]);
  line([t(lang, 'workbook.info.figures'), t(lang, 'workbook.info.figuresAll', { count: summary.unverifiedFigures })]);
  line([]);
  line([t(lang, 'workbook.info.rules')], true);
  for (let i = 0; t('ko', `workbook.rules.${i}`) !== `workbook.rules.${i}`; i++) line([`${i + 1}`, t(lang, `workbook.rules.${i}`)]);
  if ('centers' in summary) {
    const { sumOfCenterCounts, countedByMoreThanOneCenter } = summary.centers;
    const total = summary.organizationsSupported.total;
    line([]);
    line([t(lang, 'workbook.info.centersVsNation')], true);
    line(['', t(lang, 'workbook.info.centersNote', { sum: sumOfCenterCounts, total, diff: sumOfCenterCounts - total, multi: countedByMoreThanOneCenter })]);
  }
  line([]);
  line([t(lang, 'workbook.info.sheetsGuide')], true);
  for (const key of 'centers' in summary ? ['summary', 'centers', 'programs', 'companies'] : ['summary', 'programs', 'companies']) {
    line([t(lang, `workbook.sheets.${key}`), t(lang, `workbook.guide.${key}`)]);
  }
  sheet.commit();
}

/** 총괄: the report, one figure a row with its unit and the rules it follows. */
function summarySheet(book: Book, name: string, { lang, summary }: Context, figures: Figures) {
  type Row = { key: keyof typeof figureInfo; value: number };
  const rows: Row[] = allFigures.map((key) => ({ key, value: figures[key] }));
  if ('centers' in summary) {
    rows.push({ key: 'sumOfCenterCounts', value: summary.centers.sumOfCenterCounts }, { key: 'countedByMoreThanOneCenter', value: summary.centers.countedByMoreThanOneCenter });
  }
  const columns: Column<Row>[] = [
    { header: t(lang, 'workbook.columns.item'), width: 30, value: (r) => t(lang, `workbook.figures.${r.key}`) },
    { header: t(lang, 'workbook.columns.value'), width: 20, numeric: true, value: (r) => r.value },
    { header: t(lang, 'workbook.columns.unit'), width: 10, value: (r) => t(lang, `workbook.units.${figureInfo[r.key].unit}`) },
    { header: t(lang, 'workbook.columns.rule'), width: 12, value: (r) => figureInfo[r.key].rules },
  ];
  dataSheet(book, name, columns, rows, 1);
}

/** 센터별: each center's figures as its report counts them (GET /reports/centers/{id}), every center a row; then the sum, the nation, the difference. */
async function centersSheet(book: Book, name: string, { deps, lang }: Context, centers: Center[], national: Figures) {
  type Row = Figures & { center: string };
  const byCenter = new Map((await centerRows(deps.database.rows)).map((r) => [r.centerId, r]));
  const none = Object.fromEntries(allFigures.map((k) => [k, 0])) as Figures;
  const rows: Row[] = centers.map((center) => ({ ...none, ...byCenter.get(center.id), center: lang === 'en' ? center.nameEn : center.name }));
  const columns: Column<Row>[] = [{ header: t(lang, 'workbook.columns.center'), width: 14, value: (r) => r.center }, ...figureColumns<Row>(lang, allFigures)];
  const centersSum = allFigures.map((k) => sum(rows, k));
  dataSheet(book, name, columns, rows, 1, [
    [t(lang, 'workbook.rows.centersSum'), ...centersSum],
    [t(lang, 'workbook.rows.national'), ...allFigures.map((k) => national[k])],
    [t(lang, 'workbook.rows.difference'), ...allFigures.map((k, i) => centersSum[i]! - national[k])],
  ]);
}

/** 사업별: one row per center or cluster and program. */
async function programsSheet(book: Book, name: string, { deps, lang }: Context) {
  const columns: Column<ProgramRow>[] = [
    { header: t(lang, 'workbook.columns.unitKind'), width: 10, value: (r) => t(lang, `workbook.rows.${r.unitKind}`) },
    { header: t(lang, 'workbook.columns.unitName'), width: 18, value: (r) => (lang === 'en' ? r.unitNameEn : r.unitName) },
    { header: t(lang, 'workbook.columns.program'), width: 30, value: (r) => r.program || t(lang, 'workbook.rows.noProgram') },
    ...figureColumns<ProgramRow>(lang, allFigures),
  ];
  dataSheet(book, name, columns, await programRows(deps.database.rows), 3);
}

const regionEn = new Map<string, string>(regions.map((r) => [r.code, r.en]));

/** 기업별: one row per organization supported in the period. */
async function companiesSheet(book: Book, name: string, { deps, lang }: Context) {
  const columns: Column<CompanyRow>[] = [
    { header: t(lang, 'workbook.columns.brn'), width: 14, value: (r) => (r.brn ? formatBrn(r.brn) : null) },
    { header: t(lang, 'workbook.columns.name'), width: 24, value: (r) => (lang === 'en' ? r.nameEn || r.name : r.name) },
    { header: t(lang, 'workbook.columns.kind'), width: 12, value: (r) => kindLabels[r.kind]?.[lang] ?? r.kind },
    { header: t(lang, 'workbook.columns.region'), width: 10, value: (r) => (r.region && lang === 'en' ? (regionEn.get(r.region) ?? r.region) : r.region) },
    { header: t(lang, 'workbook.columns.industry'), width: 28, value: (r) => (r.industry ? `${r.industry} ${ksicLookup(r.industry)?.[lang] ?? ''}`.trim() : null) },
    { header: t(lang, 'workbook.columns.supportedBy'), width: 22, value: (r) => (lang === 'en' ? r.supportedByEn : r.supportedBy) },
    ...figureColumns<CompanyRow>(lang, companyFigures),
  ];
  dataSheet(book, name, columns, await companyRows(deps.database.rows), 2);
}

/**
 * The workbook for [from, to]: the nation's (national office) or one center's (its staff and the
 * national office). The same policy as the reports it is built from: 403 and 404 alike.
 */
export async function buildMinistryWorkbook(deps: Deps, scope: RequestScope, options: WorkbookOptions): Promise<MinistryWorkbook> {
  return deps.database.db.transaction(
    (tx) => writeWorkbook({ ...deps, database: { ...deps.database, db: tx, rows: (statement) => rowsOf(tx, statement) } }, scope, options),
    { isolationLevel: 'repeatable read' },
  );
}

async function writeWorkbook(deps: Deps, scope: RequestScope, options: WorkbookOptions): Promise<MinistryWorkbook> {
  const { lang, centerId } = options;
  const query: ReportQuery = { from: options.from, to: options.to };
  // The report is also the policy check: nothing is read before it passes.
  const summary: Report | NationalReport = centerId ? await centerReport(deps, scope, centerId, query) : await nationalReport(deps, scope, query);
  const centers = await deps.database.rows<Center>(
    sql`select id, short_name as name, name_en as "nameEn" from centers ${centerId ? sql`where id = ${centerId}` : sql``} order by sort_order`,
  );
  const scopeLabel = centerId ? (lang === 'en' ? centers[0]!.nameEn : centers[0]!.name) : t(lang, 'workbook.scopeNational');
  const context: Context = { deps, scope, lang, options, summary, scopeLabel };
  await stageWorkbook(deps.database.rows, query, centerId ?? null);
  const figures = figuresOfReport(summary, await supportTotal(deps.database.rows));

  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  book.creator = 'innohub';
  book.created = deps.clock.now();
  const sheetName = sheetNamer();
  rulesSheet(book, sheetName(t(lang, 'workbook.sheets.rules')), context);
  summarySheet(book, sheetName(t(lang, 'workbook.sheets.summary')), context, figures);
  if (!centerId) await centersSheet(book, sheetName(t(lang, 'workbook.sheets.centers')), context, centers, figures);
  await programsSheet(book, sheetName(t(lang, 'workbook.sheets.programs')), context);
  await companiesSheet(book, sheetName(t(lang, 'workbook.sheets.companies')), context);
  await book.commit();

  const fileName = t(lang, 'workbook.fileName', { scope: centerId && lang === 'en' ? centerId : scopeLabel, from: options.from, to: options.to });
  return { data: Buffer.concat(chunks), fileName };
}
