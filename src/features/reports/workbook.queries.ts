import { sql, type SQL } from 'drizzle-orm';
import type { Deps } from '../../http/context.ts';
import { countedFigures, inScope, supportOverlaps, type Report, type ReportQuery } from './report.service.ts';

/**
 * The rows of the ministry workbook's detail sheets: one SQL statement per sheet, grouped in the
 * database (never a query per organization), over the same rules as the reports: the supported
 * organizations of supportOverlaps and the figures of countedFigures, summed per program or per
 * organization instead of per report.
 */

export type FigureKey =
  | 'startups'
  | 'smes'
  | 'organizations'
  | 'supportRecords'
  | 'supportKRW'
  | 'investmentKRW'
  | 'investmentDeals'
  | 'investmentCompanies'
  | 'revenueKRW'
  | 'jobsCreated'
  | 'exportCompanies'
  | 'exportKRW'
  | 'overseasSubsidiaries'
  | 'techTransfers'
  | 'techRecipients'
  | 'patentApplications'
  | 'patentRegistrations'
  | 'prototypes'
  | 'unverifiedFigures';

export type Figures = Record<FigureKey, number>;

export type Support = { records: number; amountKRW: number };

/** A report's figures as a row, with the support given (a ledger sum, not part of a report). */
export function figuresOfReport(r: Report, support: Support): Figures {
  return {
    startups: r.organizationsSupported.startup,
    smes: r.organizationsSupported.sme,
    organizations: r.organizationsSupported.total,
    supportRecords: support.records,
    supportKRW: support.amountKRW,
    investmentKRW: r.investment.amountKRW,
    investmentDeals: r.investment.deals,
    investmentCompanies: r.investment.companies,
    revenueKRW: r.revenueKRW,
    jobsCreated: r.jobsCreated,
    exportCompanies: r.exportSales.companies,
    exportKRW: r.exportSales.amountKRW,
    overseasSubsidiaries: r.overseasSubsidiaries,
    techTransfers: r.techTransfers.transfers,
    techRecipients: r.techTransfers.recipients,
    patentApplications: r.patents.applications,
    patentRegistrations: r.patents.registrations,
    prototypes: r.prototypes,
    unverifiedFigures: r.unverifiedFigures,
  };
}

export type ProgramRow = Figures & { unitKind: 'center' | 'cluster'; unitName: string; unitNameEn: string; program: string };

export type CompanyRow = Omit<Figures, 'startups' | 'smes' | 'organizations' | 'investmentCompanies' | 'exportCompanies' | 'techRecipients'> & {
  brn: string | null;
  name: string;
  nameEn: string | null;
  kind: string;
  region: string | null;
  industry: string | null;
  supportedBy: string;
  supportedByEn: string;
};

// Money and counts come back as float8 so both drivers give numbers: exact to 2^53 won (9,000조),
// which is also as far as a spreadsheet cell goes.
const n = (expression: string) => sql.raw(`coalesce(${expression}, 0)::float8`);

/**
 * The support records of the period (of one center, for a center's workbook), the organizations
 * they supported, and each organization's counted figures summed per metric.
 */
function perOrganization(query: ReportQuery, centerId: string | null): SQL {
  const inCenter = inScope({ centerId });
  return sql`
    recs as (
      select s.organization_id, s.center_id, s.cluster_id, s.program, s.kind, s.value_krw from support_records s where ${supportOverlaps(query)} ${inCenter}
    ),
    supported as (select distinct organization_id from recs),
    counted as (${countedFigures(query, sql`supported`)}),
    per_org as (
      select organization_id,
        sum(value) filter (where metric = 'investment') as investment_krw,
        count(*) filter (where metric = 'investment') as investment_deals,
        sum(value) filter (where metric = 'revenue') as revenue_krw,
        sum(value) filter (where metric = 'newHires') as jobs_created,
        count(*) filter (where metric = 'exportSales') as export_figures,
        sum(value) filter (where metric = 'exportSales') as export_krw,
        sum(value) filter (where metric = 'overseasSubsidiaries') as overseas_subsidiaries,
        sum(value) filter (where metric = 'patentApplications') as patent_applications,
        sum(value) filter (where metric = 'patentRegistrations') as patent_registrations,
        sum(value) filter (where metric = 'prototypes') as prototypes,
        count(*) filter (where status <> 'verified') as unverified
      from counted group by organization_id
    )`;
}

/** Support records and their amount in the period: per center (centers without any are absent) and in all. */
export async function supportGiven(deps: Deps, query: ReportQuery, centerId: string | null): Promise<{ perCenter: Map<string, Support>; total: Support }> {
  const inCenter = inScope({ centerId });
  const rows = await deps.database.rows<{ center_id: string | null; is_total: number; records: number; amount: number }>(sql`
    select s.center_id, grouping(s.center_id) as is_total, count(*)::int as records, ${n('sum(s.value_krw)')} as amount
    from support_records s where ${supportOverlaps(query)} ${inCenter} group by grouping sets ((s.center_id), ())`);
  const perCenter = new Map<string, Support>();
  let total: Support = { records: 0, amountKRW: 0 };
  for (const r of rows) {
    if (r.is_total) total = { records: r.records, amountKRW: r.amount };
    else if (r.center_id) perCenter.set(r.center_id, { records: r.records, amountKRW: r.amount });
  }
  return { perCenter, total };
}

/**
 * One row per center or cluster and program (사업명 as recorded on the support records): the
 * organizations it supported (each once per program) and their figures.
 */
export async function programRows(deps: Deps, query: ReportQuery, centerId: string | null): Promise<ProgramRow[]> {
  return deps.database.rows<ProgramRow>(sql`
    with ${perOrganization(query, centerId)},
    pairs as (
      select center_id, cluster_id, program, organization_id, count(*) as records, sum(value_krw) as support_krw,
        count(*) filter (where kind = 'tech_transfer') as transfers
      from recs group by center_id, cluster_id, program, organization_id
    )
    select case when p.center_id is null then 'cluster' else 'center' end as "unitKind",
      coalesce(c.short_name, k.name) as "unitName", coalesce(c.name_en, k.name_en) as "unitNameEn", p.program,
      count(*) filter (where o.kind = 'startup')::int as "startups",
      count(*) filter (where o.kind = 'sme')::int as "smes",
      count(*)::int as "organizations",
      ${n('sum(p.records)')} as "supportRecords",
      ${n('sum(p.support_krw)')} as "supportKRW",
      ${n('sum(f.investment_krw)')} as "investmentKRW",
      ${n('sum(f.investment_deals)')} as "investmentDeals",
      (count(*) filter (where f.investment_deals > 0))::int as "investmentCompanies",
      ${n('sum(f.revenue_krw)')} as "revenueKRW",
      ${n('sum(f.jobs_created)')} as "jobsCreated",
      (count(*) filter (where f.export_figures > 0))::int as "exportCompanies",
      ${n('sum(f.export_krw)')} as "exportKRW",
      ${n('sum(f.overseas_subsidiaries)')} as "overseasSubsidiaries",
      ${n('sum(p.transfers)')} as "techTransfers",
      (count(*) filter (where p.transfers > 0))::int as "techRecipients",
      ${n('sum(f.patent_applications)')} as "patentApplications",
      ${n('sum(f.patent_registrations)')} as "patentRegistrations",
      ${n('sum(f.prototypes)')} as "prototypes",
      ${n('sum(f.unverified)')} as "unverifiedFigures"
    from pairs p join organizations o on o.id = p.organization_id left join per_org f on f.organization_id = p.organization_id
      left join centers c on c.id = p.center_id left join clusters k on k.id = p.cluster_id
    group by p.center_id, p.cluster_id, p.program, c.short_name, c.name_en, c.sort_order, k.name, k.name_en
    order by c.sort_order nulls last, k.name, p.program`);
}

/** One row per organization supported in the period, with who supported it and its figures. */
export async function companyRows(deps: Deps, query: ReportQuery, centerId: string | null): Promise<CompanyRow[]> {
  return deps.database.rows<CompanyRow>(sql`
    with ${perOrganization(query, centerId)},
    by_org as (
      select organization_id, count(*) as records, sum(value_krw) as support_krw, count(*) filter (where kind = 'tech_transfer') as transfers
      from recs group by organization_id
    ),
    units as (
      select distinct r.organization_id, coalesce(c.sort_order, 1000) as ord, coalesce(c.short_name, k.name) as name, coalesce(c.name_en, k.name_en) as name_en
      from recs r left join centers c on c.id = r.center_id left join clusters k on k.id = r.cluster_id
    ),
    names as (
      select organization_id, string_agg(name, ', ' order by ord, name) as ko, string_agg(name_en, ', ' order by ord, name) as en from units group by organization_id
    )
    select o.brn, o.name, o.name_en as "nameEn", o.kind, o.region, o.ksic_code as industry, u.ko as "supportedBy", u.en as "supportedByEn",
      ${n('b.records')} as "supportRecords",
      ${n('b.support_krw')} as "supportKRW",
      ${n('f.investment_krw')} as "investmentKRW",
      ${n('f.investment_deals')} as "investmentDeals",
      ${n('f.revenue_krw')} as "revenueKRW",
      ${n('f.jobs_created')} as "jobsCreated",
      ${n('f.export_krw')} as "exportKRW",
      ${n('f.overseas_subsidiaries')} as "overseasSubsidiaries",
      ${n('b.transfers')} as "techTransfers",
      ${n('f.patent_applications')} as "patentApplications",
      ${n('f.patent_registrations')} as "patentRegistrations",
      ${n('f.prototypes')} as "prototypes",
      ${n('f.unverified')} as "unverifiedFigures"
    from by_org b join organizations o on o.id = b.organization_id join names u on u.organization_id = b.organization_id
      left join per_org f on f.organization_id = b.organization_id
    order by o.name, o.id`);
}
