import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client.ts';
import { AppError, type FieldError } from '../../http/errors.ts';
import { readTable, TableFormatError, type Table } from '../../shared/tabular.ts';
import { brnDigits, formatBrn } from '../organizations/brn.ts';

/**
 * What the support-record and outcome imports share: columns named in English or Korean, a
 * preview of every row (create, update, unchanged, error) before anything is written, all or
 * nothing, and a key per row so the same file imported twice adds nothing the second time.
 */
export type LedgerImportRow = {
  rowNumber: number;
  action: 'create' | 'update' | 'unchanged' | 'error';
  organizationName: string | null;
  businessRegistrationNumber: string | null;
  errors: { field: string; code: string; params?: Record<string, string | number> }[];
};

export type LedgerImportResult = {
  dryRun: boolean;
  committed: boolean;
  summary: { rows: number; create: number; update: number; unchanged: number; errors: number };
  rows: LedgerImportRow[];
};

export type ColumnSpec<F extends string> = { field: F; en: string; ko: string; required: boolean };

/** The table of a file with its headers mapped to fields; refuses a file it cannot read or that lacks a required column. */
export async function readLedgerFile<F extends string>(data: Buffer, columns: ColumnSpec<F>[]): Promise<{ rows: { rowNumber: number; values: Partial<Record<F, string>> }[] }> {
  let table: Table;
  try {
    table = await readTable(data);
  } catch (error) {
    if (error instanceof TableFormatError) throw new AppError('importFormat');
    throw error;
  }
  const norm = (h: string) => h.replace(/\s+/g, '').toLowerCase();
  const fieldOf = new Map<string, F>();
  for (const c of columns) for (const name of [c.en, c.ko]) fieldOf.set(norm(name), c.field);
  const present = new Set(table.headers.map((h) => fieldOf.get(norm(h))).filter((f): f is F => !!f));
  const missing = columns.filter((c) => c.required && !present.has(c.field));
  if (missing.length) throw new AppError('importHeaders', { missing: missing.map((c) => `${c.ko} (${c.en})`).join(', ') });
  if (table.rows.length === 0) throw new AppError('importEmpty');
  return {
    rows: table.rows.map((r) => {
      const values: Partial<Record<F, string>> = {};
      for (const [header, value] of Object.entries(r.cells)) {
        const field = fieldOf.get(norm(header));
        if (field && value !== '') values[field] = value;
      }
      return { rowNumber: r.rowNumber, values };
    }),
  };
}

/** An amount or a count as people type it: 1,200,000 / 1 200 000 / ₩1,200,000 / 1200000원. */
export function parseAmount(text: string): number | null {
  const s = text.replace(/[,\s₩원명건개]/g, '');
  if (!/^-?\d+$/.test(s)) return null;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : null;
}

/** The organizations of the file's BRNs, by their ten digits. */
export async function organizationsByBrn(db: Db, brns: string[]): Promise<Map<string, { id: string; name: string }>> {
  const digits = [...new Set(brns.map((b) => brnDigits(b)).filter((d): d is string => !!d))];
  if (!digits.length) return new Map();
  const rows = await rowsOf<{ id: string; name: string; brn: string }>(db, sql`select id, name, brn from organizations where brn = any(${sql.param(digits)}::text[])`);
  return new Map(rows.map((r) => [r.brn, { id: r.id, name: r.name }]));
}

export const brnKey = (text: string | undefined) => (text ? brnDigits(text) : undefined);
export const shownBrn = (text: string | undefined) => {
  const digits = brnKey(text);
  return digits ? formatBrn(digits) : (text ?? null);
};

/**
 * The key of a row of a ledger file: its content and how many identical rows came before it in
 * the file. The same file imported again gives the same keys (and finds its rows); two identical
 * rows in one file are two records (two mentoring sessions on one day).
 */
export function rowKeys(contents: (string | null)[]): (string | null)[] {
  const seen = new Map<string, number>();
  return contents.map((content) => {
    if (content === null) return null;
    const n = (seen.get(content) ?? 0) + 1;
    seen.set(content, n);
    return crypto.createHash('sha256').update(`${content}#${n}`).digest('hex');
  });
}

/** Builds the result, and refuses (422, nothing written) a file with any row error unless it is a preview. */
export function ledgerResult(rows: LedgerImportRow[], errors: FieldError[], dryRun: boolean): LedgerImportResult {
  const count = (a: LedgerImportRow['action']) => rows.filter((r) => r.action === a).length;
  const summary = { rows: rows.length, create: count('create'), update: count('update'), unchanged: count('unchanged'), errors: count('error') };
  const result = { dryRun, committed: false, summary, rows };
  if (summary.errors > 0 && !dryRun) throw new AppError('importInvalid', { count: summary.errors }, errors.slice(0, 200), result);
  return result;
}

/** A row's problem, as a field error for the 422 and as the row's own list. */
export function rowError(row: { rowNumber: number; errors: LedgerImportRow['errors'] }, all: FieldError[], field: string, key: string, params?: Record<string, string | number>): void {
  row.errors.push({ field, code: key, params });
  all.push({ path: `rows.${row.rowNumber}.${field}`, key, params });
}

/** The organization of a row's BRN: required, ten digits, registered; otherwise a row error on the column. */
export function organizationOfRow(
  brnText: string | undefined,
  orgs: Map<string, { id: string; name: string }>,
  fail: (field: string, key: string, params?: Record<string, string | number>) => void,
): { id: string; name: string } | undefined {
  const org = orgs.get(brnKey(brnText) ?? '');
  if (!brnText) fail('businessRegistrationNumber', 'validation.required');
  else if (!brnKey(brnText)) fail('businessRegistrationNumber', 'validation.brnFormat');
  else if (!org) fail('businessRegistrationNumber', 'validation.unknownBrn', { value: shownBrn(brnText)! });
  return org;
}
