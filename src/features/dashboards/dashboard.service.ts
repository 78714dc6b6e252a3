import { sql, type SQL } from 'drizzle-orm';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { seoulToday } from '../../shared/clock.ts';
import type { Lang } from '../../shared/i18n/index.ts';
import { coordinatedClusters, isNational, staffCenters, type Actor } from '../auth/actor.ts';
import { ksicLookup } from '../reference/ksic.ts';
import { regions } from '../reference/regions.ts';

/** Whose figures: the nation, a center or a cluster. In the rollups: `national`, `c:<id>`, `k:<id>`. */
export type DashboardScope = { kind: 'national' } | { kind: 'center'; id: string } | { kind: 'cluster'; id: string };

export const scopeKey = (s: DashboardScope) => (s.kind === 'national' ? 'national' : `${s.kind === 'center' ? 'c' : 'k'}:${s.id}`);

/** A cell of rollup_cells as the API gives it (counting rules: docs/counting-rules.md). */
export type Figures = {
  organizations: number;
  startups: number;
  smes: number;
  supportRecords: number;
  supportKRW: number;
  revenueKRW: number;
  jobsCreated: number;
  investmentKRW: number;
  investmentDeals: number;
  investmentCompanies: number;
  exportKRW: number;
  exportCompanies: number;
  overseasSubsidiaries: number;
  patentApplications: number;
  patentRegistrations: number;
  prototypes: number;
  techTransfers: number;
  techRecipients: number;
  unverifiedFigures: number;
};

type CellRow = {
  year: number;
  scope: string;
  dimension: string;
  key: string;
  organizations: number;
  startups: number;
  smes: number;
  support_records: number;
  support_krw: string | number;
  revenue: string | number;
  jobs: string | number;
  investment_krw: string | number;
  investment_deals: number;
  investment_companies: number;
  export_krw: string | number;
  export_companies: number;
  overseas_subsidiaries: string | number;
  patent_applications: string | number;
  patent_registrations: string | number;
  prototypes: string | number;
  tech_transfers: number;
  tech_recipients: number;
  unverified: number;
};

const figuresOf = (r: CellRow): Figures => ({
  organizations: r.organizations,
  startups: r.startups,
  smes: r.smes,
  supportRecords: r.support_records,
  supportKRW: Number(r.support_krw),
  revenueKRW: Number(r.revenue),
  jobsCreated: Number(r.jobs),
  investmentKRW: Number(r.investment_krw),
  investmentDeals: r.investment_deals,
  investmentCompanies: r.investment_companies,
  exportKRW: Number(r.export_krw),
  exportCompanies: r.export_companies,
  overseasSubsidiaries: Number(r.overseas_subsidiaries),
  patentApplications: Number(r.patent_applications),
  patentRegistrations: Number(r.patent_registrations),
  prototypes: Number(r.prototypes),
  techTransfers: r.tech_transfers,
  techRecipients: r.tech_recipients,
  unverifiedFigures: r.unverified,
});

export const dimensions = ['center', 'cluster', 'region', 'industry', 'kind', 'supportKind', 'program'] as const;
export type Dimension = (typeof dimensions)[number];

export type BreakdownRow = { key: string; label: string; figures: Figures; previous: Figures | null };

export type Dashboard = {
  scope: { kind: DashboardScope['kind']; id: string | null; name: string };
  year: number;
  years: number[];
  totals: Figures;
  previous: Figures | null;
  series: { year: number; figures: Figures }[];
  breakdowns: Partial<Record<Dimension, BreakdownRow[]>>;
  centers: { sumOfCenterCounts: number; supportedByAnyCenter: number; countedByMoreThanOneCenter: number } | null;
  /** Changes are waiting to be rolled up (they show within seconds). */
  updating: boolean;
};

const EMPTY: Figures = figuresOf({
  organizations: 0, startups: 0, smes: 0, support_records: 0, support_krw: 0, revenue: 0, jobs: 0, investment_krw: 0, investment_deals: 0,
  investment_companies: 0, export_krw: 0, export_companies: 0, overseas_subsidiaries: 0, patent_applications: 0, patent_registrations: 0,
  prototypes: 0, tech_transfers: 0, tech_recipients: 0, unverified: 0,
} as CellRow);

/**
 * Who may see a scope's dashboard: the nation's, the national office alone (403 for anyone else);
 * a center's, its staff and the national office; a cluster's, its coordinators and the national
 * office (404 for anyone else, as for a center or cluster that does not exist).
 */
async function authorize(deps: Deps, actor: Actor | null, scope: DashboardScope, lang: Lang): Promise<string> {
  if (!actor) throw new AppError('unauthenticated');
  if (scope.kind === 'national') {
    if (!isNational(actor)) throw new AppError('forbidden');
    return lang === 'ko' ? '전국' : 'Nationwide';
  }
  const table = scope.kind === 'center' ? sql`centers` : sql`clusters`;
  const id = scope.kind === 'center' ? sql`${scope.id}` : sql`${/^[0-9a-f-]{36}$/i.test(scope.id) ? scope.id : '00000000-0000-0000-0000-000000000000'}::uuid`;
  const [row] = await deps.database.rows<{ name: string; name_en: string }>(sql`select name, name_en from ${table} where id = ${id}`);
  const allowed = isNational(actor) || (scope.kind === 'center' ? staffCenters(actor) : coordinatedClusters(actor)).includes(scope.id);
  if (!row || !allowed) throw AppError.notFound();
  return lang === 'ko' ? row.name : row.name_en;
}

/** Names of the keys of a breakdown in the request language (kinds and support kinds the client names from its own labels). */
async function labeller(deps: Deps, lang: Lang): Promise<(dimension: string, key: string) => string> {
  const named = await deps.database.rows<{ id: string; name: string; name_en: string }>(sql`
    select 'c:' || id as id, name, name_en from centers union all select 'k:' || id::text, name, name_en from clusters`);
  const names = new Map(named.map((n) => [n.id, lang === 'ko' ? n.name : n.name_en]));
  return (dimension, key) => {
    if (dimension === 'center' || dimension === 'cluster') return names.get(key) ?? key;
    if (dimension === 'region') return lang === 'ko' ? key : (regions.find((r) => r.code === key)?.en ?? key);
    if (dimension === 'industry') {
      const k = ksicLookup(key);
      return k ? (lang === 'ko' ? k.ko : k.en) : key;
    }
    return key;
  };
}

/**
 * A dashboard: the year's figures, the year before, every year's totals, and the breakdowns, all
 * read from rollup_cells (a few hundred rows by primary key, whatever the size of the ledger).
 */
export async function dashboard(deps: Deps, scope: RequestScope, target: DashboardScope, query: { year?: number }): Promise<Dashboard> {
  const name = await authorize(deps, scope.actor, target, scope.lang);
  const key = scopeKey(target);
  const thisYear = Number(seoulToday(deps.clock).slice(0, 4));
  // Without a year: the latest one with figures (this year's are often still to come).
  const latest = query.year
    ? []
    : await deps.database.rows<{ year: number | null }>(sql`select max(year) as year from rollup_cells where scope = ${key} and dimension = 'total' and year <= ${thisYear}`);
  const year = query.year ?? latest[0]?.year ?? thisYear;
  const national = target.kind === 'national';
  const [cells, children, pending] = await Promise.all([
    deps.database.rows<CellRow>(sql`select * from rollup_cells where scope = ${key} and (dimension = 'total' or year in (${year}, ${year - 1}))`),
    // The nation's breakdown by center and by cluster is each center's and cluster's own total.
    national
      ? deps.database.rows<CellRow>(sql`select * from rollup_cells where (scope like 'c:%' or scope like 'k:%') and dimension = 'total' and year in (${year}, ${year - 1})`)
      : Promise.resolve([]),
    deps.database.rows<{ pending: boolean }>(sql`select exists (select 1 from rollup_dirty) or exists (select 1 from rollup_dirty_cells) as pending`),
  ]);
  const label = await labeller(deps, scope.lang);
  const cellOf = (y: number, dimension: string, k = '') => cells.find((c) => c.year === y && c.dimension === dimension && c.key === k);
  const current = cellOf(year, 'total');
  const before = cellOf(year - 1, 'total');

  const breakdowns: Partial<Record<Dimension, BreakdownRow[]>> = {};
  const add = (dimension: Dimension, rows: CellRow[], keyOf: (r: CellRow) => string) => {
    const previous = new Map(rows.filter((r) => r.year === year - 1).map((r) => [keyOf(r), r]));
    breakdowns[dimension] = rows
      .filter((r) => r.year === year)
      .map((r) => {
        const prior = previous.get(keyOf(r));
        return { key: keyOf(r), label: label(dimension, keyOf(r)), figures: figuresOf(r), previous: prior ? figuresOf(prior) : null };
      })
      .sort((a, b) => b.figures.organizations - a.figures.organizations || a.label.localeCompare(b.label, 'ko'));
  };
  for (const dimension of ['region', 'industry', 'kind', 'supportKind', 'program'] as const) {
    if (dimension === 'program' && national) continue;
    add(dimension, cells.filter((c) => c.dimension === dimension), (r) => r.key);
  }
  if (national) {
    add('center', children.filter((c) => c.scope.startsWith('c:')), (r) => r.scope);
    add('cluster', children.filter((c) => c.scope.startsWith('k:')), (r) => r.scope);
  }
  const centerRows = breakdowns.center ?? [];
  return {
    scope: { kind: target.kind, id: target.kind === 'national' ? null : target.id, name },
    year,
    years: [...new Set(cells.filter((c) => c.dimension === 'total').map((c) => c.year))].sort((a, b) => b - a),
    totals: current ? figuresOf(current) : EMPTY,
    previous: before ? figuresOf(before) : null,
    series: cells
      .filter((c) => c.dimension === 'total')
      .sort((a, b) => a.year - b.year)
      .map((c) => ({ year: c.year, figures: figuresOf(c) })),
    breakdowns,
    centers: national
      ? {
          sumOfCenterCounts: centerRows.reduce((sum, r) => sum + r.figures.organizations, 0),
          supportedByAnyCenter: cellOf(year, 'overlap', 'anyCenter')?.organizations ?? 0,
          countedByMoreThanOneCenter: cellOf(year, 'overlap', 'centers')?.organizations ?? 0,
        }
      : null,
    updating: pending[0]?.pending ?? false,
  };
}

export const drillSorts = ['name', 'revenueKRW', 'jobsCreated', 'investmentKRW', 'exportKRW', 'supportRecords', 'supportKRW'] as const;
export type DrillQuery = { year: number; dimension?: Dimension | 'overlap'; key?: string; sort?: (typeof drillSorts)[number]; page: number; pageSize: number };

export type DrillRow = {
  id: string;
  name: string;
  brn: string | null;
  kind: string;
  region: string;
  industry: string;
  supportRecords: number;
  supportKRW: number;
  revenueKRW: number | null;
  jobsCreated: number | null;
  investmentKRW: number | null;
  investmentDeals: number;
  exportKRW: number | null;
  unverifiedFigures: number;
};

const SORT_COLUMN: Record<(typeof drillSorts)[number], string> = {
  name: 'o.name',
  revenueKRW: 'y.revenue',
  jobsCreated: 'y.new_hires',
  investmentKRW: 'y.investment_krw',
  exportKRW: 'y.export_krw',
  supportRecords: 'b.records',
  supportKRW: 'b.krw',
};

/** The organizations behind a dashboard figure: the same rows the cell was summed from, one page at a time. */
export async function drillDown(deps: Deps, scope: RequestScope, target: DashboardScope, query: DrillQuery): Promise<{ items: DrillRow[]; total: number }> {
  await authorize(deps, scope.actor, target, scope.lang);
  const { year, key = '' } = query;
  const national = target.kind === 'national';
  const base: SQL = national
    ? sql`(select s.organization_id, sum(s.records)::int as records, sum(s.value_krw)::bigint as krw, jsonb_agg(s.scope) as scopes,
          (count(*) filter (where s.scope like 'c:%'))::int as centers, bool_or(s.by_kind ? ${key}) as has_kind, bool_or(s.by_program ? ${key}) as has_program
        from rollup_org_year_scopes s where s.year = ${year} group by s.organization_id)`
    : sql`(select s.organization_id, s.records, s.value_krw as krw, jsonb_build_array(s.scope) as scopes,
          (s.scope like 'c:%')::int as centers, s.by_kind ? ${key} as has_kind, s.by_program ? ${key} as has_program
        from rollup_org_year_scopes s where s.year = ${year} and s.scope = ${scopeKey(target)})`;
  const filter: SQL = (() => {
    switch (query.dimension) {
      case 'region':
        return sql`and y.region = ${key}`;
      case 'industry':
        return sql`and y.industry = ${key}`;
      case 'kind':
        return sql`and y.kind = ${key}`;
      case 'supportKind':
        return sql`and b.has_kind`;
      case 'program':
        return sql`and b.has_program`;
      case 'center':
      case 'cluster':
        return sql`and b.scopes ? ${key}`;
      case 'overlap':
        // Counted in the aggregate: a subquery over b.scopes here hid how many rows pass from the
        // planner, which then looped over the whole year (115 s, docs/PERFORMANCE.md).
        return sql`and b.centers > ${key === 'anyCenter' ? 0 : 1}`;
      default:
        return sql``;
    }
  })();
  const sort = query.sort ?? 'revenueKRW';
  const order = sort === 'name' ? sql.raw('o.name collate "C", o.id') : sql.raw(`${SORT_COLUMN[sort]} desc nulls last, o.name collate "C", o.id`);
  const rows = await deps.database.rows<{
    id: string; name: string; brn: string | null; kind: string; region: string; industry: string; records: number; krw: string | number;
    revenue: string | null; new_hires: string | null; investment_krw: string | null; investment_deals: number; export_krw: string | null; unverified: number; total: number;
  }>(sql`
    select o.id, o.name, o.brn, y.kind, y.region, y.industry, b.records, b.krw, y.revenue, y.new_hires, y.investment_krw, y.investment_deals, y.export_krw, y.unverified,
      count(*) over ()::int as total
    from ${base} b join rollup_org_years y on y.year = ${year} and y.organization_id = b.organization_id join organizations o on o.id = b.organization_id
    where true ${filter}
    order by ${order}
    limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`);
  const num = (v: string | number | null) => (v === null ? null : Number(v));
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      brn: r.brn,
      kind: r.kind,
      region: r.region,
      industry: r.industry,
      supportRecords: r.records,
      supportKRW: Number(r.krw),
      revenueKRW: num(r.revenue),
      jobsCreated: num(r.new_hires),
      investmentKRW: num(r.investment_krw),
      investmentDeals: r.investment_deals,
      exportKRW: num(r.export_krw),
      unverifiedFigures: r.unverified,
    })),
  };
}
