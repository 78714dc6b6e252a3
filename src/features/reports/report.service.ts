import { sql, type SQL } from 'drizzle-orm';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { isNational, staffCenters } from '../auth/actor.ts';

export type ReportQuery = { from: string; to: string; verifiedOnly?: boolean };

export type Report = {
  from: string;
  to: string;
  verifiedOnly: boolean;
  organizationsSupported: { startup: number; sme: number; total: number };
  investment: { amountKRW: number; deals: number; companies: number };
  revenueKRW: number;
  jobsCreated: number;
  exportSales: { companies: number; amountKRW: number };
  overseasSubsidiaries: number;
  patents: { applications: number; registrations: number };
  prototypes: number;
  techTransfers: { transfers: number; recipients: number };
  /** Figures counted that staff have not verified yet (0 with verifiedOnly). */
  unverifiedFigures: number;
};

export type NationalReport = Report & {
  /** Centers count each organization they supported, so their sum is more than the nation's: by this much. */
  centers: { sumOfCenterCounts: number; supportedByAnyCenter: number; countedByMoreThanOneCenter: number };
};

/** Rule 1: a support record (alias `s`) counts in [from, to] when it overlaps it. */
export const supportOverlaps = (query: ReportQuery): SQL => sql`s.started_on <= ${query.to}::date and coalesce(s.ended_on, s.started_on) >= ${query.from}::date`;

/** Rule 7's order of a figure of outcome_records `r`: 1 a year, 2 a quarter, 3 a month (the lowest present counts). */
export const GRAIN = sql.raw(`case when length(r.period) = 4 then 1 when r.period like '%Q%' then 2 else 3 end`);

/**
 * Rules 4–11 of docs/counting-rules.md: the figures counted for the organizations of `supported`
 * (a relation with an organization_id column, each organization once), one row per figure
 * (organization_id, metric, value, status). A report sums them; the workbook groups them.
 * 1. Figures whose period lies inside [from, to], not returned (with verifiedOnly, verified only).
 * 2. Flow figures (revenue, new hires, export sales, subsidiaries, patents, prototypes) of one
 *    organization, metric and calendar year are taken at one granularity: the year's figure if
 *    there is one, else its quarters, else its months; never two of them added up.
 * 3. An investment is one deal: deals and their amounts add up as they are.
 */
export function countedFigures(query: ReportQuery, supported: SQL): SQL {
  const status: SQL = query.verifiedOnly ? sql`r.status = 'verified'` : sql`r.status <> 'returned'`;
  return sql`
    with figures as (
      select r.organization_id, r.metric, r.value, r.status,
        ${GRAIN} as grain,
        extract(year from r.period_start)::int as year
      from outcome_records r join ${supported} using (organization_id)
      where ${status} and r.period_start >= ${query.from}::date and r.period_end <= ${query.to}::date
    ),
    flows as (
      select f.*, min(f.grain) over (partition by f.organization_id, f.metric, f.year) as best from figures f where f.metric not in ('investment', 'employees', 'operating')
    )
    select organization_id, metric, value, status from flows where grain = best
    union all select organization_id, metric, value, status from figures where metric = 'investment'`;
}

/**
 * Whose support a report counts: null for the nation, else a center's or a cluster's records and,
 * with `program`, only those of its program of that name (support records name their program in
 * free text). A target's progress (targets/) uses the same statement with its scope.
 */
export type ReportScope = { centerId?: string | null; clusterId?: string | null; program?: string } | null;

/** The conditions of a scope on a support record (alias `s`), each starting with `and`. */
export function inScope(scope: ReportScope): SQL {
  const parts: SQL[] = [];
  if (scope?.centerId) parts.push(sql`and s.center_id = ${scope.centerId}`);
  if (scope?.clusterId) parts.push(sql`and s.cluster_id = ${scope.clusterId}::uuid`);
  if (scope?.program !== undefined) parts.push(sql`and s.program = ${scope.program}`);
  return sql.join(parts, sql` `);
}

/**
 * The counting rules of docs/counting-rules.md, in one statement over the base tables:
 * 1. An organization is supported in [from, to] when one of its support records (of the scope,
 *    for a center's, a cluster's or a program's report) overlaps it; each organization counts once.
 * 2. Its figures are counted as countedFigures says.
 * 3. Technology transfers are the support records of kind tech_transfer in [from, to]: transfers
 *    counted as records, recipients as distinct organizations.
 */
export async function report(deps: Deps, query: ReportQuery, scope: ReportScope): Promise<Report> {
  const { from, to } = query;
  const verifiedOnly = !!query.verifiedOnly;
  const scoped = inScope(scope);
  const rows = await deps.database.rows<{
    startups: number;
    smes: number;
    total: number;
    totals: Record<string, { amount: number | string; companies: number; n: number; unverified: number }>;
    transfers: { transfers: number; recipients: number };
  }>(sql`
    with supported as (
      select distinct s.organization_id from support_records s where ${supportOverlaps(query)} ${scoped}
    ),
    counted as (${countedFigures(query, sql`supported`)}),
    totals as (
      select metric, sum(value)::bigint as amount, count(distinct organization_id)::int as companies, count(*)::int as n, count(*) filter (where status <> 'verified')::int as unverified
      from counted group by metric
    ),
    transfers as (
      select count(*)::int as transfers, count(distinct s.organization_id)::int as recipients from support_records s
      where s.kind = 'tech_transfer' and ${supportOverlaps(query)} ${scoped}
    )
    select
      (select count(*) filter (where o.kind = 'startup')::int from supported join organizations o on o.id = supported.organization_id) as startups,
      (select count(*) filter (where o.kind = 'sme')::int from supported join organizations o on o.id = supported.organization_id) as smes,
      (select count(*)::int from supported) as total,
      (select coalesce(json_object_agg(metric, json_build_object('amount', amount, 'companies', companies, 'n', n, 'unverified', unverified)), '{}'::json) from totals) as totals,
      (select json_build_object('transfers', t.transfers, 'recipients', t.recipients) from transfers t) as transfers`);
  const r = rows[0]!;
  const amount = (metric: string) => Number(r.totals[metric]?.amount ?? 0);
  return {
    from,
    to,
    verifiedOnly,
    organizationsSupported: { startup: r.startups, sme: r.smes, total: r.total },
    investment: { amountKRW: amount('investment'), deals: r.totals.investment?.n ?? 0, companies: r.totals.investment?.companies ?? 0 },
    revenueKRW: amount('revenue'),
    jobsCreated: amount('newHires'),
    exportSales: { companies: r.totals.exportSales?.companies ?? 0, amountKRW: amount('exportSales') },
    overseasSubsidiaries: amount('overseasSubsidiaries'),
    patents: { applications: amount('patentApplications'), registrations: amount('patentRegistrations') },
    prototypes: amount('prototypes'),
    techTransfers: { transfers: r.transfers.transfers, recipients: r.transfers.recipients },
    unverifiedFigures: Object.values(r.totals).reduce((sum, t) => sum + t.unverified, 0),
  };
}

function checkRange(query: ReportQuery): void {
  if (query.to < query.from) throw AppError.field('to', 'validation.endBeforeStart');
}

/** The nation's figures: the national office only. */
export async function nationalReport(deps: Deps, scope: RequestScope, query: ReportQuery): Promise<NationalReport> {
  if (!scope.actor) throw new AppError('unauthenticated');
  if (!isNational(scope.actor)) throw new AppError('forbidden');
  checkRange(query);
  const base = await report(deps, query, null);
  const rows = await deps.database.rows<{ pairs: number; any: number; multi: number }>(sql`
    select sum(n)::int as pairs, count(*)::int as any, (count(*) filter (where n > 1))::int as multi
    from (select s.organization_id, count(distinct s.center_id) as n from support_records s
      where s.center_id is not null and ${supportOverlaps(query)} group by s.organization_id) p`);
  const r = rows[0]!;
  return { ...base, centers: { sumOfCenterCounts: r.pairs ?? 0, supportedByAnyCenter: r.any, countedByMoreThanOneCenter: r.multi } };
}

/** A center's figures: its staff and the national office; any other center's staff get 404. */
export async function centerReport(deps: Deps, scope: RequestScope, centerId: string, query: ReportQuery): Promise<Report & { centerId: string }> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const rows = await deps.database.rows<{ id: string }>(sql`select id from centers where id = ${centerId}`);
  if (!rows[0] || !(isNational(actor) || staffCenters(actor).includes(centerId))) throw AppError.notFound();
  checkRange(query);
  return { centerId, ...(await report(deps, query, { centerId })) };
}
