import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';

/** A spreadsheet read as text: one header row, then data rows numbered as the user sees them. */
export type Table = { headers: string[]; rows: { rowNumber: number; cells: Record<string, string> }[] };

export class TableFormatError extends Error {}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Reads CSV (UTF-8, with or without BOM, or the CP949/EUC-KR Korean Excel writes) or XLSX (first sheet). */
export async function readTable(data: Buffer): Promise<Table> {
  const grid = data.subarray(0, 4).equals(XLSX_MAGIC) ? await xlsxGrid(data) : csvGrid(data);
  const nonEmpty = grid.findIndex((row) => row.some((c) => c.trim() !== ''));
  if (nonEmpty < 0) return { headers: [], rows: [] };
  const headers = grid[nonEmpty]!.map((h) => h.replace(/^\uFEFF/, '').trim());
  const rows: Table['rows'] = [];
  for (let i = nonEmpty + 1; i < grid.length; i++) {
    const row = grid[i]!;
    if (row.every((c) => c.trim() === '')) continue;
    const cells: Record<string, string> = {};
    headers.forEach((h, j) => {
      if (h) cells[h] = (row[j] ?? '').trim();
    });
    rows.push({ rowNumber: i + 1, cells });
  }
  return { headers, rows };
}

function decodeText(data: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('euc-kr').decode(data);
  }
}

function csvGrid(data: Buffer): string[][] {
  try {
    return parse(decodeText(data), { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    throw new TableFormatError((error as Error).message);
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel dates have no zone; exceljs gives them as UTC midnight.
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

async function xlsxGrid(data: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new TableFormatError((error as Error).message);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const grid: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    grid[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(grid, (r) => r ?? []);
}

export type Column<T> = { header: string; value: (row: T) => string | number | null; width?: number; numFmt?: string };

/** An XLSX workbook with one sheet per entry; numbers stay numbers. */
export async function writeXlsx<T>(sheets: { name: string; columns: Column<T>[]; rows: Iterable<T> }[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'innohub';
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(s.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = s.columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width ?? 18, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
    sheet.getRow(1).font = { bold: true };
    for (const row of s.rows) sheet.addRow(s.columns.map((c) => c.value(row) ?? null));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** CSV in UTF-8 with a BOM, so Korean Excel opens it correctly. */
export function writeCsv<T>(columns: Column<T>[], rows: Iterable<T>): Buffer {
  const escape = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    // A leading = + - @ would run as a formula in a spreadsheet.
    const safe = /^[=+\-@]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [columns.map((c) => escape(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => escape(c.value(row))).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
