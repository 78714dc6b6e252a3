import { getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError, fieldErrorsFromZod, type FieldError } from '../../http/errors.ts';
import { seoulToday } from '../../shared/clock.ts';
import { readTable, TableFormatError } from '../../shared/tabular.ts';
import { maintainSearchIndex } from '../../search/index.ts';
import { isNational, type Actor } from '../auth/actor.ts';
import { audit } from '../audit/audit.service.ts';
import { normalizeKsic } from '../reference/ksic.ts';
import { normalizeRegion } from '../reference/regions.ts';
import { codeOf, fieldOfHeader, kindLabels, organizationSheetColumns as sheetColumns, stageLabels, type ColumnField } from './organization.columns.ts';
import { mayCreate, mayManageAffiliation } from './organization.policy.ts';
import { OrganizationCreate } from './organization.schema.ts';
import { organizationSearchColumns } from './organization.search.ts';
import { dedupeKeyOf, organizationColumns, valuesOf, type OrganizationValues } from './organization.service.ts';
import { formatBrn } from './brn.ts';
import { affiliations, organizations } from './organization.table.ts';

export type ImportRow = {
  rowNumber: number;
  action: 'create' | 'update' | 'error';
  name: string;
  businessRegistrationNumber: string | null;
  existingId: string | null;
  errors: { field: string; code: string; params?: Record<string, string | number> }[];
};

export type ImportResult = {
  dryRun: boolean;
  committed: boolean;
  summary: { rows: number; create: number; update: number; errors: number };
  rows: ImportRow[];
};

type Parsed = { rowNumber: number; provided: Set<ColumnField>; values?: OrganizationValues; errors: FieldError[]; name: string; brnAsWritten: string | null };

/** Dates as people type them in spreadsheets: 2015-07-01, 2015.7.1, 2015/07/01, 20150701. */
export function normalizeDate(s: string): string {
  const m = /^(\d{4})[-./년\s]*(\d{1,2})[-./월\s]*(\d{1,2})일?$/.exec(s.trim()) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : s;
}

function parseRow(rowNumber: number, cells: Record<string, string>, today: string): Parsed {
  const raw: Partial<Record<ColumnField, string>> = {};
  for (const [header, value] of Object.entries(cells)) {
    const field = fieldOfHeader(header);
    if (field && value !== '') raw[field] = value;
  }
  const provided = new Set(Object.keys(raw) as ColumnField[]);
  const errors: FieldError[] = [];
  const candidate: Record<string, unknown> = {
    name: raw.name ?? '',
    kind: raw.kind ? codeOf(kindLabels, raw.kind) : undefined,
    businessRegistrationNumber: raw.businessRegistrationNumber,
    foundedOn: raw.foundedOn ? normalizeDate(raw.foundedOn) : undefined,
    stage: raw.stage ? codeOf(stageLabels, raw.stage) : undefined,
    description: raw.description,
    representative: raw.representative,
    products: raw.products,
    technologies: raw.technologies,
    website: raw.website ? (/^https?:\/\//i.test(raw.website) ? raw.website : `https://${raw.website}`) : undefined,
    contactEmail: raw.contactEmail,
    contactPhone: raw.contactPhone,
  };
  if (raw.region) {
    const region = normalizeRegion(raw.region);
    if (region) candidate.region = region;
    else errors.push({ path: `rows.${rowNumber}.region`, key: 'validation.unknownRegion', params: { value: raw.region.slice(0, 30) } });
  }
  if (raw.industry) {
    const code = normalizeKsic(raw.industry);
    if (code) candidate.ksicCode = code;
    else errors.push({ path: `rows.${rowNumber}.industry`, key: 'validation.unknownKsic', params: { value: raw.industry.slice(0, 30) } });
  }
  const parsed = OrganizationCreate.safeParse(Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined)));
  if (!parsed.success) errors.push(...fieldErrorsFromZod(parsed.error, ['rows', rowNumber]));
  if (parsed.success && parsed.data.foundedOn && parsed.data.foundedOn > today) {
    errors.push({ path: `rows.${rowNumber}.foundedOn`, key: 'validation.futureDate' });
  }
  const { affiliation: _none, ...values } = parsed.success ? parsed.data : { affiliation: undefined };
  return { rowNumber, provided, values: parsed.success ? (values as OrganizationValues) : undefined, errors, name: raw.name ?? '', brnAsWritten: raw.businessRegistrationNumber ?? null };
}

export type ImportOptions = { centerId?: string | null; clusterId?: string | null; dryRun: boolean };

/**
 * Imports organizations from CSV or XLSX: every row is checked first and the preview lists
 * row-level errors; then all rows are written in one transaction or none is. A row whose BRN
 * exists updates that organization with the columns the file provides.
 */
export async function importOrganizations(deps: Deps, scope: RequestScope, data: Buffer, options: ImportOptions): Promise<ImportResult> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  if (!mayCreate(actor)) throw new AppError('forbidden');
  const target = { centerId: options.centerId ?? null, clusterId: options.clusterId ?? null };
  if ((target.centerId || target.clusterId) && !mayManageAffiliation(actor, target)) throw new AppError('forbidden');
  if (!target.centerId && !target.clusterId && !isNational(actor)) {
    throw new AppError('validation', {}, [{ path: 'centerId', key: 'validation.required' }]);
  }

  let table;
  try {
    table = await readTable(data);
  } catch (error) {
    if (error instanceof TableFormatError) throw new AppError('importFormat');
    throw error;
  }
  const known = table.headers.filter((h) => fieldOfHeader(h));
  const missing = sheetColumns.filter((c) => 'required' in c && c.required && !known.some((h) => fieldOfHeader(h) === c.field));
  if (missing.length > 0) throw new AppError('importHeaders', { missing: missing.map((c) => `${c.ko} (${c.en})`).join(', ') });
  if (table.rows.length === 0) throw new AppError('importEmpty');

  const today = seoulToday(deps.clock);
  const parsed = table.rows.map((r) => parseRow(r.rowNumber, r.cells, today));
  const db = deps.database.db;
  const existing = await existingByIdentity(db, parsed);

  // The same organization twice in one file is an error on the later row.
  const seen = new Map<string, number>();
  for (const p of parsed) {
    if (!p.values) continue;
    const key = identityKey(p.values);
    const first = seen.get(key);
    if (first !== undefined) p.errors.push({ path: `rows.${p.rowNumber}.businessRegistrationNumber`, key: 'validation.duplicateInFile', params: { row: first } });
    else seen.set(key, p.rowNumber);
  }

  const rows: ImportRow[] = parsed.map((p) => {
    const found = p.values ? existing.get(identityKey(p.values)) : undefined;
    return {
      rowNumber: p.rowNumber,
      action: p.errors.length > 0 ? 'error' : found ? 'update' : 'create',
      name: p.name,
      // As written in the file, so a row with a wrong number shows the number to fix.
      businessRegistrationNumber: p.values?.businessRegistrationNumber ? formatBrn(p.values.businessRegistrationNumber) : p.brnAsWritten,
      existingId: found?.id ?? null,
      errors: p.errors.map((e) => ({ field: e.path.split('.').slice(2).join('.'), code: e.key, params: e.params })),
    };
  });
  const summary = {
    rows: rows.length,
    create: rows.filter((r) => r.action === 'create').length,
    update: rows.filter((r) => r.action === 'update').length,
    errors: rows.filter((r) => r.action === 'error').length,
  };
  if (summary.errors > 0) {
    if (options.dryRun) return { dryRun: true, committed: false, summary, rows };
    throw new AppError('importInvalid', { count: summary.errors }, parsed.flatMap((p) => p.errors).slice(0, 200), { summary, rows });
  }
  if (options.dryRun) return { dryRun: true, committed: false, summary, rows };

  await db.transaction(async (tx) => {
    const now = deps.clock.now();
    const creates = parsed.filter((p) => !existing.has(identityKey(p.values!)));
    const createdIds: string[] = [];
    // Each chunk is prepared while the database writes the one before it (on PostgreSQL another
    // process on another core): tokenizing 10,000 organizations takes about 4 s.
    let next = bulkRows(creates.slice(0, CREATE_CHUNK), now);
    for (let i = 0; i < creates.length; i += CREATE_CHUNK) {
      const writing = insertBulk(tx, next);
      await new Promise((resolve) => setImmediate(resolve));
      next = bulkRows(creates.slice(i + CREATE_CHUNK, i + 2 * CREATE_CHUNK), now);
      createdIds.push(...(await writing));
    }
    const updatedIds: string[] = [];
    for (const p of parsed) {
      const found = existing.get(identityKey(p.values!));
      if (!found) continue;
      // Only the columns the file has overwrite; the rest of the record stays.
      const merged = { ...valuesOf(found.row) } as Record<string, unknown>;
      for (const field of p.provided) {
        const key = field === 'industry' ? 'ksicCode' : field;
        merged[key] = (p.values as Record<string, unknown>)[key];
      }
      const columns = organizationColumns(merged as OrganizationValues);
      await tx
        .update(organizations)
        .set({ ...columns, dedupeKey: columns.brn ? null : dedupeKeyOf(columns.name, columns.representative), ...organizationSearchColumns(columns), version: found.row.version + 1, updatedAt: now })
        .where(sql`${organizations.id} = ${found.id}`);
      updatedIds.push(found.id);
    }
    if (target.centerId || target.clusterId) {
      const ids = [...createdIds, ...updatedIds];
      const already = new Set(
        (
          (await tx.execute(sql`select organization_id from affiliations where organization_id in (select unnest(${sql.param(ids)}::uuid[]))
            and ${target.centerId ? sql`center_id = ${target.centerId}` : sql`cluster_id = ${target.clusterId}::uuid`} and ended_on is null`)) as unknown as {
            rows: { organization_id: string }[];
          }
        ).rows.map((r) => r.organization_id),
      );
      const fresh = ids.filter((id) => !already.has(id));
      for (let i = 0; i < fresh.length; i += 500) {
        await tx.insert(affiliations).values(
          fresh.slice(i, i + 500).map((organizationId) => ({
            organizationId,
            centerId: target.centerId,
            clusterId: target.clusterId,
            kind: target.centerId ? 'portfolio' : 'member',
            startedOn: today,
            createdAt: now,
          })),
        );
      }
    }
    await audit(tx, actor, {
      action: 'organization.imported',
      entityType: 'import',
      entityId: `${now.toISOString()}:${rows.length}`,
      centerId: target.centerId,
      clusterId: target.clusterId,
      after: { ...summary, created: createdIds, updated: updatedIds },
    }, scope.requestId);
  });
  await maintainSearchIndex(deps.database, ['organizations', 'affiliations', 'support_records']);
  return { dryRun: false, committed: true, summary, rows };
}

/**
 * Rows per INSERT of new organizations: each statement runs the search index trigger once, and
 * a larger one writes its postings with better locality.
 */
const CREATE_CHUNK = 2000;

/** The columns an import writes, by their SQL names; the rest take their defaults. */
const bulkColumns = Object.values(getTableColumns(organizations))
  .map((c) => c.name)
  .filter((name) => !['id', 'search_doc', 'version'].includes(name));
const sqlNameOf = Object.fromEntries(Object.entries(getTableColumns(organizations)).map(([key, c]) => [key, c.name]));

/** New organizations as one JSON document of rows keyed by column name. */
function bulkRows(chunk: Parsed[], now: Date): string {
  return JSON.stringify(
    chunk.map((p) => {
      const columns = organizationColumns(p.values!);
      const { searchTerms, searchLength } = organizationSearchColumns(columns);
      const row: Record<string, unknown> = {
        ...columns,
        dedupeKey: columns.brn ? null : dedupeKeyOf(columns.name, columns.representative),
        searchTerms,
        searchLength,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
      return Object.fromEntries(Object.entries(row).map(([key, value]) => [sqlNameOf[key]!, value]));
    }),
  );
}

/**
 * One INSERT of many organizations from a single JSON parameter: a statement of 2,000 rows ×
 * 20 parameters costs the driver more to build than the database to read one document.
 */
async function insertBulk(tx: Db, rowsJson: string): Promise<string[]> {
  if (rowsJson === '[]') return [];
  const { rows } = (await tx.execute(sql`
    insert into organizations (${sql.raw(bulkColumns.map((c) => `"${c}"`).join(', '))})
    select ${sql.raw(bulkColumns.map((c) => `r."${c}"`).join(', '))}
    from jsonb_populate_recordset(null::organizations, ${rowsJson}::jsonb) r
    returning id`)) as unknown as { rows: { id: string }[] };
  return rows.map((r) => r.id);
}

const identityKey = (v: OrganizationValues) =>
  v.businessRegistrationNumber ? `brn:${v.businessRegistrationNumber}` : `key:${dedupeKeyOf(v.name, v.representative)}`;

async function existingByIdentity(db: Db, parsed: Parsed[]) {
  const brns = parsed.flatMap((p) => (p.values?.businessRegistrationNumber ? [p.values.businessRegistrationNumber] : []));
  const keys = parsed.flatMap((p) => (p.values && !p.values.businessRegistrationNumber ? [dedupeKeyOf(p.values.name, p.values.representative)] : []));
  const rows = await db
    .select()
    .from(organizations)
    .where(sql`${organizations.brn} in (select unnest(${sql.param(brns)}::text[])) or ${organizations.dedupeKey} in (select unnest(${sql.param(keys)}::text[]))`);
  const map = new Map<string, { id: string; row: (typeof rows)[number] }>();
  for (const row of rows) map.set(row.brn ? `brn:${row.brn}` : `key:${row.dedupeKey}`, { id: row.id, row });
  return map;
}

