import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client.ts';
import type { OutcomeMetric } from '../outcomes/outcome-metrics.ts';

/** A campaign with its scope's names, its author and its progress counts. */
export type CampaignRow = {
  id: string;
  center_id: string | null;
  cluster_id: string | null;
  center_name: string | null;
  center_name_en: string | null;
  cluster_name: string | null;
  cluster_name_en: string | null;
  title: string;
  instructions: string;
  metrics: OutcomeMetric[];
  period: string;
  period_start: string;
  period_end: string;
  due_on: string;
  closed_at: Date | string | null;
  version: number;
  created_by: string | null;
  created_at: Date | string;
  requested: number;
  submitted: number;
  overdue: number;
  verified: number;
};

/**
 * Campaigns (`c`) matching `where`, with their progress: `today` (Korea time) decides what is
 * overdue; a request counts as verified when every metric of the campaign has a verified figure
 * for its period.
 */
export function campaignRows(db: Db, today: string, where: SQL, tail: SQL = sql``): Promise<CampaignRow[]> {
  return rowsOf<CampaignRow>(
    db,
    sql`select c.id, c.center_id, c.cluster_id, ce.name as center_name, ce.name_en as center_name_en, k.name as cluster_name, k.name_en as cluster_name_en,
      c.title, c.instructions, c.metrics, c.period, c.period_start::text as period_start, c.period_end::text as period_end, c.due_on::text as due_on,
      c.closed_at, c.version, p.name as created_by, c.created_at,
      coalesce(s.requested, 0)::int as requested, coalesce(s.submitted, 0)::int as submitted, coalesce(s.overdue, 0)::int as overdue, coalesce(s.verified, 0)::int as verified
    from outcome_campaigns c
      left join centers ce on ce.id = c.center_id
      left join clusters k on k.id = c.cluster_id
      left join people p on p.id = c.created_by
      left join lateral (
        select count(*) as requested,
          count(*) filter (where r.status = 'submitted') as submitted,
          count(*) filter (where r.status = 'open' and c.due_on < ${today}::date) as overdue,
          count(*) filter (where (
            select count(*) from outcome_records o
            where o.organization_id = r.organization_id and o.period = c.period and o.metric = any(c.metrics) and o.status = 'verified'
          ) = cardinality(c.metrics)) as verified
        from outcome_requests r where r.campaign_id = c.id
      ) s on true
    where ${where} ${tail}`,
  );
}

export type RequestRow = {
  id: string;
  organization_id: string;
  organization_name: string;
  status: 'open' | 'submitted';
  submitted_at: Date | string | null;
  overdue: boolean;
};

/** A campaign's requests (`r`, the organization `o`) matching `where`, by organization name. */
export function requestRows(db: Db, campaignId: string, today: string, where: SQL, limit: number): Promise<RequestRow[]> {
  return rowsOf<RequestRow>(
    db,
    sql`select r.id, r.organization_id, o.name as organization_name, r.status, r.submitted_at, (r.status = 'open' and c.due_on < ${today}::date) as overdue
    from outcome_requests r join outcome_campaigns c on c.id = r.campaign_id join organizations o on o.id = r.organization_id
    where r.campaign_id = ${campaignId}::uuid and ${where}
    order by o.name, r.id limit ${limit}`,
  );
}

/** A company member's requests (`r`) with their campaigns (`c`) and organizations (`o`), matching `where`. */
export type MyRequestRow = RequestRow & {
  campaign_id: string;
  title: string;
  instructions: string;
  metrics: OutcomeMetric[];
  period: string;
  period_start: string;
  period_end: string;
  due_on: string;
  closed_at: Date | string | null;
  center_name: string | null;
  center_name_en: string | null;
  cluster_name: string | null;
  cluster_name_en: string | null;
};

export function myRequestRows(db: Db, today: string, where: SQL, tail: SQL): Promise<MyRequestRow[]> {
  return rowsOf<MyRequestRow>(
    db,
    sql`select r.id, r.organization_id, o.name as organization_name, r.status, r.submitted_at, (r.status = 'open' and c.due_on < ${today}::date) as overdue,
      c.id as campaign_id, c.title, c.instructions, c.metrics, c.period, c.period_start::text as period_start, c.period_end::text as period_end,
      c.due_on::text as due_on, c.closed_at, ce.name as center_name, ce.name_en as center_name_en, k.name as cluster_name, k.name_en as cluster_name_en
    from outcome_requests r join outcome_campaigns c on c.id = r.campaign_id join organizations o on o.id = r.organization_id
      left join centers ce on ce.id = c.center_id left join clusters k on k.id = c.cluster_id
    where ${where} ${tail}`,
  );
}

export type FigureRow = {
  id: string;
  organization_id: string;
  metric: OutcomeMetric;
  value: string | number;
  note: string;
  status: 'reported' | 'verified' | 'returned';
  status_reason: string | null;
  source: 'report' | 'staff' | 'import';
};

/** The figures of these organizations for one period and these metrics (a campaign's answers). */
export function figureRows(db: Db, organizationIds: string[], period: string, metrics: OutcomeMetric[]): Promise<FigureRow[]> {
  if (organizationIds.length === 0) return Promise.resolve([]);
  return rowsOf<FigureRow>(
    db,
    sql`select o.id, o.organization_id, o.metric, o.value, o.note, o.status, o.status_reason, o.source from outcome_records o
    where o.organization_id = any(${sql.param(organizationIds)}::uuid[]) and o.period = ${period} and o.metric = any(${sql.param(metrics)}::text[])`,
  );
}

/**
 * The entries of `ids` the center or cluster does not work with (no affiliation, no support
 * record), in order, with their position and, for an organization that exists, its name.
 */
export function notWorkedWith(db: Db, tenant: { centerId: string | null; clusterId: string | null }, ids: string[]) {
  const column = tenant.centerId ? sql`w.center_id = ${tenant.centerId}` : sql`w.cluster_id = ${tenant.clusterId}::uuid`;
  return rowsOf<{ id: string; n: number; name: string | null }>(
    db,
    sql`select u.id, u.n::int as n, o.name from unnest(${sql.param(ids)}::uuid[]) with ordinality as u(id, n)
      left join organizations o on o.id = u.id
    where not exists (select 1 from affiliations w where w.organization_id = u.id and ${column})
      and not exists (select 1 from support_records w where w.organization_id = u.id and ${column})
    order by u.n limit 20`,
  );
}

export type MemberRow = { organization_id: string; organization: string; name: string; email: string; locale: string };

/** The people with a membership in these organizations (not disabled): whom a request is mailed to. */
export function membersOf(db: Db, organizationIds: string[]): Promise<MemberRow[]> {
  if (organizationIds.length === 0) return Promise.resolve([]);
  return rowsOf<MemberRow>(
    db,
    sql`select distinct m.organization_id, o.name as organization, p.name, p.email, p.locale
    from memberships m join people p on p.id = m.person_id join organizations o on o.id = m.organization_id
    where m.organization_id = any(${sql.param(organizationIds)}::uuid[]) and not p.disabled
    order by m.organization_id, p.email`,
  );
}
