import { sql } from 'drizzle-orm';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { writeCsv, writeXlsx, type Column } from '../../shared/tabular.ts';
import { ksicLookup } from '../reference/ksic.ts';
import { formatBrn } from './brn.ts';
import { headerOf, kindLabels, organizationSheetColumns, stageLabels, type ColumnField } from './organization.columns.ts';
import { fullAccessSql } from './organization.policy.ts';
import type { OrganizationQueryIn } from './organization.schema.ts';
import { listOrganizations } from './organization.service.ts';

type ExportRow = {
  id: string;
  name: string;
  brn: string | null;
  kind: string;
  region: string | null;
  founded_on: string | null;
  ksic_code: string | null;
  description: string;
  stage: string | null;
  representative: string | null;
  products: string;
  technologies: string;
  website: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  full: boolean;
};

export type ExportFormat = 'xlsx' | 'csv';

/**
 * Exports the organizations a list shows (same filters, same order) with the import's columns,
 * so a file exported can be edited and imported again. Fields beyond the public profile are
 * filled only for organizations the user works with.
 */
export async function exportOrganizations(
  deps: Deps,
  scope: RequestScope,
  query: Omit<OrganizationQueryIn, 'cursor' | 'limit'>,
  format: ExportFormat,
): Promise<{ data: Buffer; filename: string; contentType: string; count: number }> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listOrganizations(deps, scope, { ...query, limit: 200, cursor });
    ids.push(...page.items.map((i) => i.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);

  const byId = new Map<string, ExportRow>();
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = ids.slice(i, i + 1000);
    const rows = await deps.database.rows<ExportRow>(sql`
      select o.id, o.name, o.brn, o.kind, o.region, o.founded_on::text as founded_on, o.ksic_code, o.description, o.stage,
        o.representative, o.products, o.technologies, o.website, o.contact_email, o.contact_phone, ${fullAccessSql(actor)} as full
      from organizations o where o.id in (select unnest(${sql.param(chunk)}::uuid[]))`);
    for (const r of rows) byId.set(r.id, r);
  }
  const ordered = ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const lang = scope.lang;
  const label = (labels: typeof kindLabels, code: string | null) => (code ? (lang === 'ko' ? (labels[code]?.ko ?? code) : code) : null);
  const valueOf: Record<ColumnField, (r: ExportRow) => string | null> = {
    name: (r) => r.name,
    businessRegistrationNumber: (r) => (r.full && r.brn ? formatBrn(r.brn) : null),
    kind: (r) => label(kindLabels, r.kind),
    region: (r) => r.region,
    foundedOn: (r) => r.founded_on,
    industry: (r) => (r.ksic_code ? `${r.ksic_code} ${ksicLookup(r.ksic_code)?.ko ?? ''}`.trim() : null),
    description: (r) => r.description,
    stage: (r) => label(stageLabels, r.stage),
    representative: (r) => r.representative,
    products: (r) => r.products,
    technologies: (r) => r.technologies,
    website: (r) => r.website,
    contactEmail: (r) => (r.full ? r.contact_email : null),
    contactPhone: (r) => (r.full ? r.contact_phone : null),
  };
  const columns: Column<ExportRow>[] = organizationSheetColumns.map((c) => ({
    header: headerOf(c.field, lang),
    value: valueOf[c.field]!,
    width: c.field === 'description' ? 60 : c.field === 'name' ? 30 : 18,
  }));
  const stamp = new Date(deps.clock.now().getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
  const base = `${lang === 'ko' ? '기업목록' : 'organizations'}-${stamp}`;
  if (format === 'csv') {
    return { data: writeCsv(columns, ordered), filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8', count: ordered.length };
  }
  const data = await writeXlsx([{ name: lang === 'ko' ? '기업' : 'Organizations', columns, rows: ordered }]);
  return { data, filename: `${base}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', count: ordered.length };
}
