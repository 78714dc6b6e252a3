import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError, type FieldError } from '../../http/errors.ts';
import { decodeCursor, encodeCursor } from '../../http/schemas.ts';
import { seoulDateTime, seoulToday } from '../../shared/clock.ts';
import type { Lang } from '../../shared/i18n/index.ts';
import { audit } from '../audit/audit.service.ts';
import { isStaff, memberOrganizations, type Actor } from '../auth/actor.ts';
import { checkIfMatch } from '../organizations/organization.service.ts';
import type { OutcomeMetric } from '../outcomes/outcome-metrics.ts';
import { checkValue, insertOutcome, lockFigures, periodOf, writeAmendment } from '../outcomes/outcome.service.ts';
import { fullRecordSql, mayWriteFor } from '../support-records/support-record.policy.ts';
import { tenantFor } from '../support-records/support-record.service.ts';
import { daysBetween, mailMembers, type CampaignMailFacts } from './campaign.mail.ts';
import { campaignRows, figureRows, myRequestRows, notWorkedWith, requestRows, type CampaignRow, type FigureRow, type MyRequestRow } from './campaign.repository.ts';
import type { AnswerInput, CampaignCreateIn, CampaignOut, FigureOut, OutcomeRequestOut, requestFilters } from './campaign.schema.ts';
import { outcomeCampaigns, outcomeRequests } from './campaign.table.ts';

type Tenant = { centerId: string | null; clusterId: string | null };

const iso = (v: Date | string | null) => (v === null ? null : seoulDateTime(new Date(v)));
const scopeNameOf = (r: Pick<CampaignRow, 'center_name' | 'center_name_en' | 'cluster_name' | 'cluster_name_en'>) => ({
  ko: r.center_name ?? r.cluster_name ?? '',
  en: r.center_name_en ?? r.cluster_name_en ?? '',
});

function present(actor: Actor, r: CampaignRow, today: string, lang: Lang): CampaignOut {
  const open = r.closed_at === null;
  return {
    id: r.id,
    centerId: r.center_id,
    clusterId: r.cluster_id,
    scopeName: scopeNameOf(r)[lang],
    title: r.title,
    instructions: r.instructions,
    metrics: r.metrics,
    period: r.period,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    dueOn: r.due_on,
    daysLeft: daysBetween(today, r.due_on),
    closedAt: iso(r.closed_at),
    createdBy: r.created_by,
    createdAt: iso(r.created_at)!,
    version: r.version,
    progress: { requested: r.requested, submitted: r.submitted, overdue: r.overdue, verified: r.verified },
    permissions: { close: open && mayWriteFor(actor, { centerId: r.center_id, clusterId: r.cluster_id }), remind: open && mayWriteFor(actor, { centerId: r.center_id, clusterId: r.cluster_id }) },
  };
}

/** The campaign's metrics in order, each with the organization's figure for the period when there is one. */
function figuresOf(metrics: OutcomeMetric[], rows: FigureRow[]): FigureOut[] {
  return metrics.map((metric) => {
    const f = rows.find((r) => r.metric === metric);
    return {
      metric,
      recordId: f?.id ?? null,
      value: f ? Number(f.value) : null,
      note: f?.note ?? null,
      status: f?.status ?? null,
      statusReason: f?.status_reason ?? null,
      source: f?.source ?? null,
    };
  });
}

function signedIn(actor: Actor | null): Actor {
  if (!actor) throw new AppError('unauthenticated');
  return actor;
}

function staffOnly(actor: Actor | null): Actor {
  if (!actor) throw new AppError('unauthenticated');
  if (!isStaff(actor)) throw new AppError('forbidden');
  return actor;
}

/** The campaign for its staff (national: any); 404 for everyone else: others learn nothing of it. */
async function campaignFor(db: Db, actor: Actor, id: string, today: string): Promise<CampaignRow> {
  const [row] = await campaignRows(db, today, sql`c.id = ${id}::uuid`);
  if (!row || !mayWriteFor(actor, { centerId: row.center_id, clusterId: row.cluster_id })) throw AppError.notFound();
  return row;
}

const isPair = (v: unknown): v is [string, string] => Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string');

export async function listCampaigns(deps: Deps, scope: RequestScope, q: { centerId?: string; clusterId?: string; limit: number; cursor?: string }) {
  const actor = staffOnly(scope.actor);
  const today = seoulToday(deps.clock);
  const where: SQL[] = [fullRecordSql(actor, sql`c`)];
  if (q.centerId) where.push(sql`c.center_id = ${q.centerId}`);
  if (q.clusterId) where.push(sql`c.cluster_id = ${q.clusterId}::uuid`);
  const after = decodeCursor(q.cursor, isPair);
  if (q.cursor && !after) throw AppError.field('cursor', 'validation.invalidCursor');
  if (after) where.push(sql`(c.created_at, c.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
  const rows = await campaignRows(deps.database.db, today, sql.join(where, sql` and `), sql`order by c.created_at desc, c.id desc limit ${q.limit + 1}`);
  const last = rows[q.limit - 1];
  return {
    items: rows.slice(0, q.limit).map((r) => present(actor, r, today, scope.lang)),
    nextCursor: rows.length > q.limit && last ? encodeCursor([new Date(last.created_at).toISOString(), last.id]) : null,
  };
}

/** A campaign with a page of its requests (by organization name), each with its figures; `status` picks open, submitted or overdue ones. */
export async function getCampaign(deps: Deps, scope: RequestScope, id: string, q: { status?: (typeof requestFilters)[number]; limit: number; cursor?: string } = { limit: 500 }) {
  const actor = signedIn(scope.actor);
  const db = deps.database.db;
  const today = seoulToday(deps.clock);
  const row = await campaignFor(db, actor, id, today);
  const where: SQL[] = [sql`true`];
  if (q.status === 'open') where.push(sql`r.status = 'open'`);
  if (q.status === 'submitted') where.push(sql`r.status = 'submitted'`);
  if (q.status === 'overdue') where.push(sql`r.status = 'open' and c.due_on < ${today}::date`);
  const after = decodeCursor(q.cursor, isPair);
  if (q.cursor && !after) throw AppError.field('cursor', 'validation.invalidCursor');
  if (after) where.push(sql`(o.name, r.id) > (${after[0]}, ${after[1]}::uuid)`);
  const requests = await requestRows(db, id, today, sql.join(where, sql` and `), q.limit + 1);
  const page = requests.slice(0, q.limit);
  const figures = await figureRows(db, page.map((r) => r.organization_id), row.period, row.metrics);
  const last = page[page.length - 1];
  return {
    ...present(actor, row, today, scope.lang),
    requests: page.map((r) => ({
      id: r.id,
      organizationId: r.organization_id,
      organizationName: r.organization_name,
      status: r.status,
      submittedAt: iso(r.submitted_at),
      overdue: r.overdue,
      figures: figuresOf(row.metrics, figures.filter((f) => f.organization_id === r.organization_id)),
    })),
    nextCursor: requests.length > q.limit && last ? encodeCursor([last.organization_name, last.id]) : null,
  };
}

/**
 * 성과 조사: asks the chosen companies for the figures of a period by a due date. One
 * transaction: the campaign, one request per company, a mail to every member of each company in
 * their language, the audit event.
 */
export async function createCampaign(deps: Deps, scope: RequestScope, input: CampaignCreateIn) {
  const actor = staffOnly(scope.actor);
  const tenant: Tenant = tenantFor(actor, input);
  if (!mayWriteFor(actor, tenant)) throw new AppError('forbidden');
  const today = seoulToday(deps.clock);
  const period = periodOf(input.period, today);
  if (input.dueOn < today) throw AppError.field('dueOn', 'validation.dueOnPast', { today });
  const organizationIds = [...new Set(input.organizationIds)];

  const id = await deps.database.db.transaction(async (tx) => {
    const [scopeRow] = await campaignScope(tx, tenant);
    if (!scopeRow) {
      if (tenant.centerId) throw new AppError('unknownCenter', { value: tenant.centerId }, [{ path: 'centerId', key: 'errors.unknownCenter', params: { value: tenant.centerId } }]);
      throw new AppError('unknownCluster', { value: tenant.clusterId! }, [{ path: 'clusterId', key: 'errors.unknownCluster', params: { value: tenant.clusterId! } }]);
    }
    const outside = await notWorkedWith(tx, tenant, organizationIds);
    if (outside.length) {
      throw AppError.validation(
        outside.map((o): FieldError => {
          const path = `organizationIds.${input.organizationIds.indexOf(o.id)}`;
          return o.name === null ? { path, key: 'errors.unknownOrganization', params: { value: o.id } } : { path, key: 'validation.notWorkedWith', params: { value: o.name } };
        }),
      );
    }
    const now = deps.clock.now();
    const [campaign] = await tx
      .insert(outcomeCampaigns)
      .values({
        ...tenant,
        title: input.title,
        instructions: input.instructions ?? '',
        metrics: input.metrics,
        period: period.period,
        periodStart: period.start,
        periodEnd: period.end,
        dueOn: input.dueOn,
        createdBy: actor.personId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: outcomeCampaigns.id });
    // One statement with one array parameter: thousands of rows of parameters took seconds.
    await tx.execute(sql`insert into outcome_requests (campaign_id, organization_id, created_at)
      select ${campaign!.id}::uuid, u.id, ${now}::timestamptz from unnest(${sql.param(organizationIds)}::uuid[]) as u(id)`);
    const facts: CampaignMailFacts = { ...tenant, title: input.title, instructions: input.instructions ?? '', metrics: input.metrics, period: period.period, dueOn: input.dueOn, scopeName: scopeRow };
    const mails = await mailMembers(tx, deps, 'campaignRequested', facts, organizationIds, today);
    await audit(
      tx,
      actor,
      { action: 'campaign.created', entityType: 'campaign', entityId: campaign!.id, ...tenant, after: { title: input.title, period: period.period, metrics: input.metrics, dueOn: input.dueOn, organizations: organizationIds.length, mails } },
      scope.requestId,
    );
    return campaign!.id;
  });
  return getCampaign(deps, scope, id);
}

async function campaignScope(tx: Db, tenant: Tenant): Promise<{ ko: string; en: string }[]> {
  const { rows } = (await tx.execute(
    tenant.centerId ? sql`select name as ko, name_en as en from centers where id = ${tenant.centerId}` : sql`select name as ko, name_en as en from clusters where id = ${tenant.clusterId}::uuid`,
  )) as unknown as { rows: { ko: string; en: string }[] };
  return rows;
}

/** No more answers once closed (If-Match); the figures stay. */
export async function closeCampaign(deps: Deps, scope: RequestScope, id: string, ifMatch: string | undefined): Promise<CampaignOut> {
  const actor = signedIn(scope.actor);
  const today = seoulToday(deps.clock);
  await deps.database.db.transaction(async (tx) => {
    await tx.execute(sql`select 1 from outcome_campaigns where id = ${id}::uuid for update`);
    const row = await campaignFor(tx, actor, id, today);
    if (row.closed_at !== null) throw new AppError('campaignClosed');
    checkIfMatch(ifMatch, row.version);
    const now = deps.clock.now();
    await tx.update(outcomeCampaigns).set({ closedAt: now, version: row.version + 1, updatedAt: now }).where(sql`${outcomeCampaigns.id} = ${id}::uuid`);
    await audit(tx, actor, { action: 'campaign.closed', entityType: 'campaign', entityId: id, centerId: row.center_id, clusterId: row.cluster_id, after: { progress: { requested: row.requested, submitted: row.submitted } } }, scope.requestId);
  });
  const row = await campaignFor(deps.database.db, actor, id, today);
  return present(actor, row, today, scope.lang);
}

/** Mails the members of every company that has not answered yet, now; how many requests and mails. */
export async function remindCampaign(deps: Deps, scope: RequestScope, id: string): Promise<{ requests: number; mails: number }> {
  const actor = signedIn(scope.actor);
  const today = seoulToday(deps.clock);
  return deps.database.db.transaction(async (tx) => {
    const row = await campaignFor(tx, actor, id, today);
    if (row.closed_at !== null) throw new AppError('campaignClosed');
    const open = await requestRows(tx, id, today, sql`r.status = 'open'`, 10_000);
    const organizationIds = open.map((r) => r.organization_id);
    const mails = await mailMembers(tx, deps, 'campaignReminder', factsOf(row), organizationIds, today);
    await audit(tx, actor, { action: 'campaign.reminded', entityType: 'campaign', entityId: id, centerId: row.center_id, clusterId: row.cluster_id, after: { requests: open.length, mails } }, scope.requestId);
    return { requests: open.length, mails };
  });
}

export const factsOf = (row: CampaignRow): CampaignMailFacts => ({
  title: row.title,
  instructions: row.instructions,
  metrics: row.metrics,
  period: row.period,
  dueOn: row.due_on,
  centerId: row.center_id,
  clusterId: row.cluster_id,
  scopeName: scopeNameOf(row),
});

function presentRequest(r: MyRequestRow, figures: FigureRow[], today: string, lang: Lang): OutcomeRequestOut {
  const closed = r.closed_at !== null;
  return {
    id: r.id,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    status: r.status,
    submittedAt: iso(r.submitted_at),
    overdue: r.overdue,
    answerable: !closed,
    campaign: {
      id: r.campaign_id,
      title: r.title,
      instructions: r.instructions,
      scopeName: scopeNameOf(r)[lang],
      period: r.period,
      periodStart: r.period_start,
      periodEnd: r.period_end,
      dueOn: r.due_on,
      daysLeft: daysBetween(today, r.due_on),
      closed,
    },
    figures: figuresOf(r.metrics, figures.filter((f) => f.organization_id === r.organization_id)),
  };
}

async function withFigures(db: Db, rows: MyRequestRow[], today: string, lang: Lang): Promise<OutcomeRequestOut[]> {
  const out: OutcomeRequestOut[] = [];
  for (const r of rows) out.push(presentRequest(r, await figureRows(db, [r.organization_id], r.period, r.metrics), today, lang));
  return out;
}

/** How long a submitted request stays on the member's list. */
const RECENT_DAYS = 90;

/**
 * The signed-in member's requests: the open ones of campaigns still open, by due date, then those
 * submitted in the last 90 days, newest first; each with its current figures, to prefill the form.
 */
export async function listMyRequests(deps: Deps, scope: RequestScope): Promise<OutcomeRequestOut[]> {
  const organizations = memberOrganizations(signedIn(scope.actor));
  if (organizations.length === 0) return [];
  const today = seoulToday(deps.clock);
  const since = new Date(deps.clock.now().getTime() - RECENT_DAYS * 86_400_000);
  const rows = await myRequestRows(
    deps.database.db,
    today,
    sql`r.organization_id = any(${sql.param(organizations)}::uuid[])
      and ((r.status = 'open' and c.closed_at is null) or (r.status = 'submitted' and r.submitted_at >= ${since}::timestamptz))`,
    sql`order by (r.status = 'open') desc, case when r.status = 'open' then c.due_on end, r.submitted_at desc, r.id limit 50`,
  );
  return withFigures(deps.database.db, rows, today, scope.lang);
}

/**
 * A member answers for their company: every metric of the campaign, as outcome records of its
 * period (source report) — created when missing, amended when changed (the old value kept), left
 * as they are when the same — and the request is submitted. Again until the campaign closes.
 */
export async function answerRequest(deps: Deps, scope: RequestScope, id: string, input: AnswerInput): Promise<OutcomeRequestOut> {
  const actor = signedIn(scope.actor);
  const db = deps.database.db;
  const today = seoulToday(deps.clock);
  const mine = sql`r.id = ${id}::uuid and r.organization_id = any(${sql.param(memberOrganizations(actor))}::uuid[])`;
  await db.transaction(async (tx) => {
    const [request] = await myRequestRows(tx, today, mine, sql`for update of r`);
    if (!request) throw AppError.notFound();
    if (request.closed_at !== null) throw new AppError('campaignClosed');
    const values = checkFigures(request.metrics, input);
    const period = periodOf(request.period, today);
    const existing = await lockFigures(tx, request.organization_id, period.period, request.metrics);
    const changes: Record<string, { before: number | null; after: number }> = {};
    for (const { metric, value, note } of values) {
      const before = existing.find((e) => e.metric === metric);
      if (!before) {
        await insertOutcome(tx, deps, actor, { organizationId: request.organization_id, metric, period, value, note, source: 'report' }, scope.requestId);
        changes[metric] = { before: null, after: value };
      } else if (Number(before.value) !== value || (note !== undefined && note !== before.note)) {
        await writeAmendment(tx, deps, actor, before, { value, note }, scope.requestId);
        changes[metric] = { before: Number(before.value), after: value };
      }
    }
    const now = deps.clock.now();
    await tx.update(outcomeRequests).set({ status: 'submitted', submittedAt: now, submittedBy: actor.personId }).where(sql`${outcomeRequests.id} = ${id}::uuid`);
    await audit(tx, actor, { action: 'outcomeRequest.answered', entityType: 'outcomeRequest', entityId: id, after: { campaignId: request.campaign_id, organizationId: request.organization_id, changes } }, scope.requestId);
  });
  const [row] = await myRequestRows(db, today, mine, sql``);
  return (await withFigures(db, [row!], today, scope.lang))[0]!;
}

/**
 * The answer's figures in the campaign's order, or the fields at fault: a figure of a metric not
 * asked, one given twice, a value out of range, a metric missing (figures.N names the campaign's
 * N-th metric then).
 */
function checkFigures(metrics: OutcomeMetric[], input: AnswerInput): { metric: OutcomeMetric; value: number; note?: string }[] {
  const errors: FieldError[] = [];
  input.figures.forEach((f, i) => {
    if (!metrics.includes(f.metric)) errors.push({ path: `figures.${i}.metric`, key: 'validation.notInCampaign', params: { value: f.metric } });
    else if (input.figures.findIndex((g) => g.metric === f.metric) < i) errors.push({ path: `figures.${i}.metric`, key: 'validation.duplicateValue' });
    else if (f.value !== undefined && f.value !== null) {
      try {
        checkValue(f.metric, f.value, `figures.${i}.value`);
      } catch (error) {
        errors.push(...(error as AppError).fields);
      }
    }
  });
  metrics.forEach((metric, n) => {
    const i = input.figures.findIndex((f) => f.metric === metric);
    const given = input.figures[i];
    if (given?.value === undefined || given.value === null) errors.push({ path: `figures.${i < 0 ? n : i}.value`, key: 'validation.required' });
  });
  if (errors.length) throw AppError.validation(errors);
  return metrics.map((metric) => {
    const f = input.figures.find((g) => g.metric === metric)!;
    return { metric, value: f.value!, note: f.note };
  });
}
