import { sql } from 'drizzle-orm';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError, type FieldError } from '../../http/errors.ts';
import { seoulToday } from '../../shared/clock.ts';
import { isNational, staffCenters } from '../auth/actor.ts';
import { audit } from '../audit/audit.service.ts';
import { centerResolver } from '../centers/center.service.ts';
import { normalizeDate } from '../organizations/organization.import.ts';
import { supportKindKo, supportKinds, type SupportKind } from '../support-records/support-kinds.ts';
import { supportRecords } from '../support-records/support-record.table.ts';
import { brnKey, ledgerResult, organizationOfRow, organizationsByBrn, parseAmount, readLedgerFile, rowError, rowKeys, shownBrn, type ColumnSpec, type LedgerImportResult, type LedgerImportRow } from './ledger-import.ts';

type Field = 'businessRegistrationNumber' | 'center' | 'kind' | 'date' | 'valueKRW' | 'program' | 'note';

export const supportRecordColumns: ColumnSpec<Field>[] = [
  { field: 'businessRegistrationNumber', en: 'businessRegistrationNumber', ko: '사업자등록번호', required: true },
  { field: 'center', en: 'center', ko: '센터', required: true },
  { field: 'kind', en: 'kind', ko: '지원유형', required: true },
  { field: 'date', en: 'date', ko: '지원일', required: true },
  { field: 'valueKRW', en: 'valueKRW', ko: '지원금액', required: false },
  { field: 'program', en: 'program', ko: '사업명', required: false },
  { field: 'note', en: 'note', ko: '비고', required: false },
];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (s: string) => DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/**
 * `innohub import support-records` and `POST /imports/support-records`: the support ledger from
 * CSV or XLSX, all rows or none. The organization by its BRN (it must be registered), the center
 * by its id, name or region; center staff import their own center's rows only. A row already
 * imported (the same content, the same place among identical rows) is left as it is, so the same
 * file twice counts once.
 */
export async function importSupportRecords(deps: Deps, scope: RequestScope, data: Buffer, options: { dryRun: boolean }): Promise<LedgerImportResult> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  if (!isNational(actor) && staffCenters(actor).length === 0) throw new AppError('forbidden');
  const db = deps.database.db;
  const file = await readLedgerFile(data, supportRecordColumns);
  const today = seoulToday(deps.clock);
  const orgs = await organizationsByBrn(db, file.rows.map((r) => r.values.businessRegistrationNumber ?? ''));
  const centerOf = await centerResolver(db);
  const mine = new Set(staffCenters(actor));
  const errors: FieldError[] = [];
  type Parsed = { row: LedgerImportRow; values?: { organizationId: string; centerId: string; kind: SupportKind; startedOn: string; valueKrw: number | null; program: string; notes: string } };
  const parsed: Parsed[] = file.rows.map(({ rowNumber, values: v }) => {
    const org = orgs.get(brnKey(v.businessRegistrationNumber) ?? '');
    const row: LedgerImportRow = { rowNumber, action: 'create', organizationName: org?.name ?? null, businessRegistrationNumber: shownBrn(v.businessRegistrationNumber), errors: [] };
    const fail = (field: string, key: string, params?: Record<string, string | number>) => rowError(row, errors, field, key, params);
    organizationOfRow(v.businessRegistrationNumber, orgs, fail);
    const centerId = v.center ? centerOf(v.center) : undefined;
    if (!v.center) fail('center', 'validation.required');
    else if (!centerId) fail('center', 'validation.unknownCenterName', { value: v.center.slice(0, 40) });
    else if (!isNational(actor) && !mine.has(centerId)) fail('center', 'validation.notYourCenter', { value: v.center.slice(0, 40) });
    const kindText = v.kind?.trim() ?? '';
    const kind = (supportKinds as readonly string[]).includes(kindText) ? (kindText as SupportKind) : (Object.entries(supportKindKo).find(([, label]) => label === kindText)?.[0] as SupportKind | undefined);
    if (!kindText) fail('kind', 'validation.required');
    else if (!kind) fail('kind', 'validation.unknownSupportKind', { value: kindText.slice(0, 40) });
    const date = v.date ? normalizeDate(v.date) : '';
    if (!v.date) fail('date', 'validation.required');
    else if (!validDate(date)) fail('date', 'validation.invalidDate');
    else if (date > today) fail('date', 'validation.futureDate');
    let valueKrw: number | null = null;
    if (v.valueKRW) {
      valueKrw = parseAmount(v.valueKRW);
      if (valueKrw === null) fail('valueKRW', 'validation.notANumber', { value: v.valueKRW.slice(0, 30) });
      else if (valueKrw < 0) fail('valueKRW', 'validation.negative');
    }
    if ((v.program ?? '').length > 200) fail('program', 'validation.tooLong', { maximum: 200 });
    if ((v.note ?? '').length > 2000) fail('note', 'validation.tooLong', { maximum: 2000 });
    if (row.errors.length) {
      row.action = 'error';
      return { row };
    }
    return { row, values: { organizationId: org!.id, centerId: centerId!, kind: kind!, startedOn: date, valueKrw, program: v.program ?? '', notes: v.note ?? '' } };
  });
  const keys = rowKeys(parsed.map((p) => (p.values ? JSON.stringify(['support', p.values.organizationId, p.values.centerId, p.values.kind, p.values.startedOn, p.values.valueKrw, p.values.program, p.values.notes]) : null)));
  const known = new Set(
    (await deps.database.rows<{ import_key: string }>(sql`select import_key from support_records where import_key = any(${sql.param(keys.filter((k): k is string => !!k))}::text[])`)).map((r) => r.import_key),
  );
  parsed.forEach((p, i) => {
    if (p.values && known.has(keys[i]!)) p.row.action = 'unchanged';
  });
  const result = ledgerResult(
    parsed.map((p) => p.row),
    errors,
    options.dryRun,
  );
  if (options.dryRun) return result;
  const fresh = parsed.flatMap((p, i) => (p.row.action === 'create' ? [{ ...p.values!, importKey: keys[i]! }] : []));
  await db.transaction(async (tx) => {
    const now = deps.clock.now();
    const createdBy = actor.personId.startsWith('00000000-') ? null : actor.personId;
    for (let i = 0; i < fresh.length; i += 1000) {
      await tx
        .insert(supportRecords)
        .values(fresh.slice(i, i + 1000).map((r) => ({ ...r, clusterId: null, createdBy, createdAt: now, updatedAt: now })))
        .onConflictDoNothing();
    }
    await audit(tx, actor, { action: 'support_record.imported', entityType: 'import', entityId: `${now.toISOString()}:${parsed.length}`, after: result.summary }, scope.requestId);
  });
  return { ...result, committed: true };
}
