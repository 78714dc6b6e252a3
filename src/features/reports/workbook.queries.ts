import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { countedFigures, inScope, supportOverlaps, type Report, type ReportQuery } from './report.service.ts';

/**
 * The rows of the ministry workbook's sheets. stageWorkbook reads the base tables once, inside the
 * workbook's transaction: the period's support records (of one center, for a center's workbook)
 * and, for each organization they supported, its figures as countedFigures counts them, summed per
 * metric, into two temporary tables dropped at commit. Every sheet then groups those in the
 * database (never a query per organization or per center), over the same rules as the reports:
 * a center's row, a program's row and a company's row are sums over its organizations of the
 * same per-organization figures a report sums.
 */

type Rows = Database['rows'];

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
const float = (expression: string) => `coalesce(${expression}, 0)::float8`;
const n = (expression: string) => sql.raw(float(expression));

/** wb_support and wb_figures for [from, to] (one center's support, for its workbook); call inside a transaction. */
export async function stageWorkbook(rows: Rows, query: ReportQuery, centerId: string | null): Promise<void> {
  await rows(sql`create temp table wb_support on commit drop as
    select s.organization_id, s.center_id, s.cluster_id, s.program, s.kind, s.value_krw from support_records s
    where ${supportOverlaps(query)} ${inScope({ centerId })}`);
  await rows(sql`create temp table wb_figures on commit drop as
    with supported as (select distinct organization_id from wb_support),
    counted as (${countedFigures(query, sql`supported`)})
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
    from counted group by organization_id`);
  // Planned on real counts, not a temporary table's defaults.
  await rows(sql`analyze wb_support`);
  await rows(sql`analyze wb_figures`);
}

/** The support given in the period (a ledger sum, not part of a report): records and won. */
export async function supportTotal(rows: Rows): Promise<Support> {
  const [r] = await rows<Support>(sql`select count(*)::int as records, ${n('sum(value_krw)')} as "amountKRW" from wb_support`);
  return r!;
}

/** A group of the period's support records: how many, their won, and how many were technology transfers. */
const supportOfGroup = sql.raw(`count(*) as records, sum(value_krw) as support_krw, count(*) filter (where kind = 'tech_transfer') as transfers`);

/**
 * The figures of a group of (unit, organization) pairs `p` joined to organizations `o` and their
 * figures `f`: each organization of a group counted once, as a report of that unit counts it.
 * `p` carries records, support_krw and transfers of the pair.
 */
const groupFigures = sql.raw(`
      count(*) filter (where o.kind = 'startup')::int as "startups",
      count(*) filter (where o.kind = 'sme')::int as "smes",
      count(*)::int as "organizations",
      ${float('sum(p.records)')} as "supportRecords",
      ${float('sum(p.support_krw)')} as "supportKRW",
      ${float('sum(f.investment_krw)')} as "investmentKRW",
      ${float('sum(f.investment_deals)')} as "investmentDeals",
      (count(*) filter (where f.investment_deals > 0))::int as "investmentCompanies",
      ${float('sum(f.revenue_krw)')} as "revenueKRW",
      ${float('sum(f.jobs_created)')} as "jobsCreated",
      (count(*) filter (where f.export_figures > 0))::int as "exportCompanies",
      ${float('sum(f.export_krw)')} as "exportKRW",
      ${float('sum(f.overseas_subsidiaries)')} as "overseasSubsidiaries",
      ${float('sum(p.transfers)')} as "techTransfers",
      (count(*) filter (where p.transfers > 0))::int as "techRecipients",
      ${float('sum(f.patent_applications)')} as "patentApplications",
      ${float('sum(f.patent_registrations)')} as "patentRegistrations",
      ${float('sum(f.prototypes)')} as "prototypes",
      ${float('sum(f.unverified)')} as "unverifiedFigures"`);

/** One row per center with support in the period: what centerReport answers, with the support it gave. */
export async function centerRows(rows: Rows): Promise<(Figures & { centerId: string })[]> {
  return rows<Figures & { centerId: string }>(sql`
    with p as (
      select center_id, organization_id, ${supportOfGroup} from wb_support where center_id is not null group by center_id, organization_id
    )
    select p.center_id as "centerId", ${groupFigures}
    from p join organizations o on o.id = p.organization_id left join wb_figures f on f.organization_id = p.organization_id
    group by p.center_id`);
}

/**
 * One row per center or cluster and program (사업명 as recorded on the support records): the
 * organizations it supported (each once per program) and their figures.
 */
export async function programRows(rows: Rows): Promise<ProgramRow[]> {
  return rows<ProgramRow>(sql`
    with p as (
      select center_id, cluster_id, program, organization_id, ${supportOfGroup} from wb_support group by center_id, cluster_id, program, organization_id
    )
    select case when p.center_id is null then 'cluster' else 'center' end as "unitKind",
      coalesce(c.short_name, k.name) as "unitName", coalesce(c.name_en, k.name_en) as "unitNameEn", p.program,
      ${groupFigures}
    from p join organizations o on o.id = p.organization_id left join wb_figures f on f.organization_id = p.organization_id
      left join centers c on c.id = p.center_id left join clusters k on k.id = p.cluster_id
    group by p.center_id, p.cluster_id, p.program, c.short_name, c.name_en, c.sort_order, k.name, k.name_en
    order by c.sort_order nulls last, k.name, p.program`);
}

/** One row per organization supported in the period, with who supported it and its figures. */
export async function companyRows(rows: Rows): Promise<CompanyRow[]> {
  return rows<CompanyRow>(sql`
    with by_org as (
      select organization_id, ${supportOfGroup} from wb_support group by organization_id
    ),
    units as (
      select distinct r.organization_id, coalesce(c.sort_order, 1000) as ord, coalesce(c.short_name, k.name) as name, coalesce(c.name_en, k.name_en) as name_en
      from wb_support r left join centers c on c.id = r.center_id left join clusters k on k.id = r.cluster_id
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
      left join wb_figures f on f.organization_id = b.organization_id
    order by o.name, o.id`);
}
