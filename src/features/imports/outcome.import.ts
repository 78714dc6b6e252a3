import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client.ts';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError, type FieldError } from '../../http/errors.ts';
import { seoulToday } from '../../shared/clock.ts';
import { coordinatedClusters, isNational, staffCenters } from '../auth/actor.ts';
import { audit } from '../audit/audit.service.ts';
import { workedWithIdsSql } from '../organizations/organization.policy.ts';
import { maxValueOf, metricInfo, outcomeMetrics, parsePeriod, type OutcomeMetric, type Period } from '../outcomes/outcome-metrics.ts';
import { isJumpWatched, jumpFlags, yearBefore } from '../outcomes/outcome.service.ts';
import { outcomeRecords, outcomeRecordVersions } from '../outcomes/outcome.table.ts';
import { brnKey, ledgerResult, organizationOfRow, organizationsByBrn, parseAmount, readLedgerFile, rowError, rowKeys, shownBrn, type ColumnSpec, type LedgerImportResult, type LedgerImportRow } from './ledger-import.ts';

type Field = 'businessRegistrationNumber' | 'period' | 'metric' | 'value' | 'note';

export const outcomeColumns: ColumnSpec<Field>[] = [
  { field: 'businessRegistrationNumber', en: 'businessRegistrationNumber', ko: '사업자등록번호', required: true },
  { field: 'period', en: 'period', ko: '기간', required: true },
  { field: 'metric', en: 'metric', ko: '지표', required: true },
  { field: 'value', en: 'value', ko: '값', required: true },
  { field: 'note', en: 'note', ko: '비고', required: false },
];

/** The Korean names a spreadsheet may use for the metrics. */
const metricKo: Record<string, OutcomeMetric> = {
  매출액: 'revenue',
  매출: 'revenue',
  종업원수: 'employees',
  고용인원: 'employees',
  신규고용: 'newHires',
  투자유치: 'investment',
  수출액: 'exportSales',
  해외매출: 'exportSales',
  해외법인: 'overseasSubsidiaries',
  해외법인설립: 'overseasSubsidiaries',
  특허출원: 'patentApplications',
  특허등록: 'patentRegistrations',
  시제품: 'prototypes',
  시제품제작: 'prototypes',
  인증: 'certifications',
  인증취득: 'certifications',
  영업중: 'operating',
};

type Values = { organizationId: string; metric: OutcomeMetric; period: Period; value: number; note: string };

/** The figures a year before each (organization, metric, period) of the file, stored or in the file itself, for jumpFlags. */
async function valuesAYearBefore(db: Db, values: Values[]): Promise<Map<string, number>> {
  const wanted = values.filter((v) => isJumpWatched(v.metric));
  if (!wanted.length) return new Map();
  const rows = await rowsOf<{ organization_id: string; metric: string; period: string; value: string | number }>(db, sql`
    select r.organization_id, r.metric, r.period, r.value from outcome_records r
    join (select unnest(${sql.param(wanted.map((v) => v.organizationId))}::uuid[]) as organization_id, unnest(${sql.param(wanted.map((v) => v.metric))}::text[]) as metric,
      unnest(${sql.param(wanted.map((v) => yearBefore(v.period.period)))}::text[]) as period) w using (organization_id, metric, period)
    where r.status <> 'returned'`);
  const map = new Map(rows.map((r) => [`${r.organization_id}|${r.metric}|${r.period}`, Number(r.value)]));
  // A file with 2014 and 2015 compares 2015 with its own 2014 row.
  for (const v of values) map.set(`${v.organizationId}|${v.metric}|${v.period.period}`, v.value);
  return map;
}

const flagsOf = (v: Values, before: Map<string, number>) => jumpFlags(v.metric, v.period.period, v.value, before.get(`${v.organizationId}|${v.metric}|${yearBefore(v.period.period)}`));

/**
 * `innohub import outcomes` and `POST /imports/outcomes`: outcome figures from CSV or XLSX, all
 * rows or none. A figure that exists (organization, metric, period) with the same value is left
 * as it is; with another value it is amended (the old value kept in its history, verification
 * asked again); an `investment` row is one deal, found again by its row key. A value ten times
 * the same period a year before is imported and flagged, never refused; a negative value, an
 * absurd one or a period that has not begun is a row error.
 */
export async function importOutcomes(deps: Deps, scope: RequestScope, data: Buffer, options: { dryRun: boolean }): Promise<LedgerImportResult> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  if (!isNational(actor) && staffCenters(actor).length === 0 && coordinatedClusters(actor).length === 0) throw new AppError('forbidden');
  const db = deps.database.db;
  const file = await readLedgerFile(data, outcomeColumns);
  const today = seoulToday(deps.clock);
  const orgs = await organizationsByBrn(db, file.rows.map((r) => r.values.businessRegistrationNumber ?? ''));
  // Staff import figures of the organizations their center or cluster works with.
  const allowed = isNational(actor)
    ? null
    : new Set(
        (await rowsOf<{ id: string }>(db, sql`select distinct w.id from (${workedWithIdsSql(actor)}) as w(id)`)).map((r) => r.id),
      );
  const errors: FieldError[] = [];
  const firstRow = new Map<string, number>();
  const parsed = file.rows.map(({ rowNumber, values: v }) => {
    const org = orgs.get(brnKey(v.businessRegistrationNumber) ?? '');
    const row: LedgerImportRow = { rowNumber, action: 'create', organizationName: org?.name ?? null, businessRegistrationNumber: shownBrn(v.businessRegistrationNumber), errors: [] };
    const fail = (field: string, key: string, params?: Record<string, string | number>) => rowError(row, errors, field, key, params);
    organizationOfRow(v.businessRegistrationNumber, orgs, fail);
    if (org && allowed && !allowed.has(org.id)) fail('businessRegistrationNumber', 'validation.notWorkedWith', { value: org.name });
    const metricText = (v.metric ?? '').trim();
    const metric = (outcomeMetrics as readonly string[]).includes(metricText) ? (metricText as OutcomeMetric) : metricKo[metricText.replace(/\s+/g, '')];
    if (!metricText) fail('metric', 'validation.required');
    else if (!metric) fail('metric', 'validation.unknownMetric', { value: metricText.slice(0, 40), options: outcomeMetrics.join(', ') });
    const period = v.period ? parsePeriod(v.period) : null;
    if (!v.period) fail('period', 'validation.required');
    else if (!period) fail('period', 'validation.period');
    else if (period.start > today) fail('period', 'validation.futurePeriod', { period: period.period });
    const value = v.value ? parseAmount(v.value) : null;
    if (!v.value) fail('value', 'validation.required');
    else if (value === null) fail('value', 'validation.notANumber', { value: v.value.slice(0, 30) });
    else if (value < 0) fail('value', 'validation.negative');
    else if (metric && value > maxValueOf(metric)) fail('value', 'validation.outcomeAbsurd', { maximum: maxValueOf(metric) });
    if ((v.note ?? '').length > 1000) fail('note', 'validation.tooLong', { maximum: 1000 });
    if (org && metric && period && metricInfo[metric].kind !== 'deal') {
      const figure = `${org.id}|${metric}|${period.period}`;
      const first = firstRow.get(figure);
      if (first !== undefined) fail('period', 'validation.outcomeInFile', { row: first });
      else firstRow.set(figure, rowNumber);
    }
    if (row.errors.length) {
      row.action = 'error';
      return { row };
    }
    return { row, values: { organizationId: org!.id, metric: metric!, period: period!, value: value!, note: v.note ?? '' } as Values };
  });

  // Deals are found again by their row key, other figures by (organization, metric, period).
  const keys = rowKeys(parsed.map((p) => (p.values?.metric === 'investment' ? JSON.stringify(['investment', p.values.organizationId, p.values.period.period, p.values.value, p.values.note]) : null)));
  const figures = parsed.flatMap((p) => (p.values && p.values.metric !== 'investment' ? [p.values] : []));
  const existingRows = await rowsOf<{ id: string; organization_id: string; metric: string; period: string; value: string | number; version: number; import_key: string | null }>(db, sql`
    select r.id, r.organization_id, r.metric, r.period, r.value, r.version, null as import_key from outcome_records r
    join (select unnest(${sql.param(figures.map((f) => f.organizationId))}::uuid[]) as organization_id, unnest(${sql.param(figures.map((f) => f.metric))}::text[]) as metric,
      unnest(${sql.param(figures.map((f) => f.period.period))}::text[]) as period) w using (organization_id, metric, period)
    where r.metric <> 'investment'
    union all
    select r.id, r.organization_id, r.metric, r.period, r.value, r.version, r.import_key from outcome_records r
    where r.import_key = any(${sql.param(keys.filter((k): k is string => !!k))}::text[])`);
  const existingFigure = new Map(existingRows.filter((r) => !r.import_key).map((r) => [`${r.organization_id}|${r.metric}|${r.period}`, r]));
  const existingKeys = new Set(existingRows.flatMap((r) => (r.import_key ? [r.import_key] : [])));
  const updates: { id: string; version: number; values: Values }[] = [];
  parsed.forEach((p, i) => {
    if (!p.values) return;
    if (p.values.metric === 'investment') {
      if (existingKeys.has(keys[i]!)) p.row.action = 'unchanged';
      return;
    }
    const found = existingFigure.get(`${p.values.organizationId}|${p.values.metric}|${p.values.period.period}`);
    if (!found) return;
    if (Number(found.value) === p.values.value) p.row.action = 'unchanged';
    else {
      p.row.action = 'update';
      updates.push({ id: found.id, version: found.version, values: p.values });
    }
  });
  const result = ledgerResult(
    parsed.map((p) => p.row),
    errors,
    options.dryRun,
  );
  if (options.dryRun) return result;

  const creates = parsed.flatMap((p, i) => (p.row.action === 'create' ? [{ values: p.values!, importKey: keys[i] }] : []));
  const before = await valuesAYearBefore(db, [...creates.map((c) => c.values), ...updates.map((u) => u.values)]);
  await db.transaction(async (tx) => {
    const now = deps.clock.now();
    const by = actor.personId.startsWith('00000000-') ? null : actor.personId;
    for (let i = 0; i < creates.length; i += 1000) {
      const inserted = await tx
        .insert(outcomeRecords)
        .values(
          creates.slice(i, i + 1000).map(({ values: v, importKey }) => ({
            organizationId: v.organizationId,
            metric: v.metric,
            period: v.period.period,
            periodStart: v.period.start,
            periodEnd: v.period.end,
            value: v.value,
            note: v.note,
            source: 'import',
            flags: flagsOf(v, before),
            importKey: importKey ?? null,
            createdBy: by,
            createdAt: now,
            updatedAt: now,
          })),
        )
        .returning();
      await tx.insert(outcomeRecordVersions).values(inserted.map((r) => ({ recordId: r.id, version: 1, change: 'created', value: r.value, details: r.details, note: r.note, status: r.status, reason: 'import', changedBy: by, changedAt: now })));
    }
    for (const u of updates) {
      const [row] = await tx
        .update(outcomeRecords)
        .set({ value: u.values.value, note: u.values.note, status: 'reported', statusReason: null, flags: flagsOf(u.values, before), version: sql`${outcomeRecords.version} + 1`, updatedAt: now })
        .where(sql`${outcomeRecords.id} = ${u.id}::uuid`)
        .returning();
      await tx.insert(outcomeRecordVersions).values({ recordId: row!.id, version: row!.version, change: 'amended', value: row!.value, details: row!.details, note: row!.note, status: row!.status, reason: 'import', changedBy: by, changedAt: now });
    }
    await audit(tx, actor, { action: 'outcome.imported', entityType: 'import', entityId: `${now.toISOString()}:${parsed.length}`, after: result.summary }, scope.requestId);
  });
  return { ...result, committed: true };
}
