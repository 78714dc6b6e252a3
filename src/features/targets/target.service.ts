import { eq, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client.ts';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { seoulToday } from '../../shared/clock.ts';
import { audit } from '../audit/audit.service.ts';
import { isStaff, type Actor } from '../auth/actor.ts';
import { checkIfMatch } from '../organizations/organization.service.ts';
import { inScope, report, supportOverlaps, type Report, type ReportQuery, type ReportScope } from '../reports/report.service.ts';
import { tenantFor } from '../support-records/support-record.service.ts';
import type { TargetKind, TargetMetric } from './target.codes.ts';
import { mayReadTargets, mayWriteTargets, readableTargetsSql, writesAnyTargets, type TargetTenant } from './target.policy.ts';
import { countedWindow, progressOf } from './target.progress.ts';
import { normalFilter, targetRuleErrors, type TargetCreateIn, type TargetOut, type TargetUpdateIn } from './target.schema.ts';
import { targets, type TargetFilter } from './target.table.ts';

type TargetRow = Omit<TargetOut, 'progress' | 'permissions' | 'kind' | 'metric'> & {
  kind: TargetKind;
  metric: TargetMetric | null;
  filter: TargetFilter;
  /** The center or cluster it belongs to, its program's for a program target. */
  tenantCenterId: string | null;
  tenantClusterId: string | null;
  programName: string | null;
};

const tenantOf = (row: { tenantCenterId: string | null; tenantClusterId: string | null }): TargetTenant => ({ centerId: row.tenantCenterId, clusterId: row.tenantClusterId });

async function targetRows(db: Db, where: SQL, lock = false): Promise<TargetRow[]> {
  return rowsOf<TargetRow>(db, sql`
    select t.id, t.center_id as "centerId", t.cluster_id as "clusterId", t.program_id as "programId",
      coalesce(c.short_name, k.name, p.name) as "scopeName", p.name as "programName",
      coalesce(t.center_id, p.center_id) as "tenantCenterId", coalesce(t.cluster_id, p.cluster_id) as "tenantClusterId",
      t.title, t.kind, t.metric, t.filter, t.value::float8 as value, t.starts_on::text as "startsOn", t.deadline::text as deadline, t.note, t.version,
      to_char(t.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt",
      to_char(t.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt"
    from targets t left join programs p on p.id = t.program_id left join centers c on c.id = t.center_id left join clusters k on k.id = t.cluster_id
    where ${where}
    order by t.deadline, t.title collate "C", t.id ${lock ? sql`for update of t` : sql``}`);
}

/** A target's metric in the report of its scope. */
const metricOfReport: Record<TargetMetric, (r: Report) => number> = {
  revenue: (r) => r.revenueKRW,
  newHires: (r) => r.jobsCreated,
  investment: (r) => r.investment.amountKRW,
  exportSales: (r) => r.exportSales.amountKRW,
  overseasSubsidiaries: (r) => r.overseasSubsidiaries,
  patentApplications: (r) => r.patents.applications,
  patentRegistrations: (r) => r.patents.registrations,
  prototypes: (r) => r.prototypes,
};

/** The support a target counts: its center's or cluster's, or the records naming its program. */
const reportScopeOf = (row: TargetRow): ReportScope =>
  row.programId ? { centerId: row.tenantCenterId, clusterId: row.tenantClusterId, program: row.programName ?? '' } : { centerId: row.centerId, clusterId: row.clusterId };

/**
 * The organizations the scope supported in the window (rule 1 of the counting rules), each once,
 * that match every condition of the filter; one statement.
 */
async function organizationsCounted(deps: Deps, window: ReportQuery, scope: ReportScope, filter: TargetFilter, startsOn: string): Promise<number> {
  const conditions: SQL[] = [];
  if (filter.kinds?.length) conditions.push(sql`and o.kind = any(${sql.param(filter.kinds)}::text[])`);
  if (filter.ksicPrefixes?.length) conditions.push(sql`and o.ksic_code like any(${sql.param(filter.ksicPrefixes.map((p) => `${p}%`))}::text[])`);
  if (filter.regions?.length) conditions.push(sql`and o.region = any(${sql.param(filter.regions)}::text[])`);
  if (filter.foundedSinceStart) conditions.push(sql`and o.founded_on >= ${startsOn}::date`);
  if (filter.supportKinds?.length) conditions.push(sql`and s.kind = any(${sql.param(filter.supportKinds)}::text[])`);
  const [row] = await deps.database.rows<{ n: number }>(sql`
    select count(distinct s.organization_id)::int as n
    from support_records s join organizations o on o.id = s.organization_id
    where ${supportOverlaps(window)} ${inScope(scope)} ${sql.join(conditions, sql` `)}`);
  return row?.n ?? 0;
}

/** What the target has counted so far, under the counting rules, over [startsOn, min(today, deadline)]. */
async function currentOf(deps: Deps, row: TargetRow, today: string): Promise<number> {
  const window = countedWindow(row, today);
  if (!window) return 0;
  const scope = reportScopeOf(row);
  if (row.kind === 'metric') return metricOfReport[row.metric!](await report(deps, window, scope));
  return organizationsCounted(deps, window, scope, row.filter, row.startsOn);
}

async function present(deps: Deps, actor: Actor, row: TargetRow): Promise<TargetOut> {
  const today = seoulToday(deps.clock);
  const { tenantCenterId: _c, tenantClusterId: _k, programName: _p, ...out } = row;
  const mayWrite = mayWriteTargets(actor, tenantOf(row));
  return { ...out, progress: progressOf(row, await currentOf(deps, row, today), today), permissions: { update: mayWrite, delete: mayWrite } };
}

const readableSql = (actor: Actor) => readableTargetsSql(actor, { centerId: sql`coalesce(t.center_id, p.center_id)`, clusterId: sql`coalesce(t.cluster_id, p.cluster_id)` });

async function programTenant(db: Db, id: string): Promise<TargetTenant | null> {
  const [row] = await rowsOf<TargetTenant>(db, sql`select center_id as "centerId", cluster_id as "clusterId" from programs where id = ${id}::uuid`);
  return row ?? null;
}

/**
 * Targets the actor reads (national office: all; staff: their centers' and clusters' and their
 * programs'), of one center, cluster or program when asked; each with its progress.
 */
export async function listTargets(deps: Deps, scope: RequestScope, q: { centerId?: string; clusterId?: string; programId?: string }): Promise<TargetOut[]> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  if (!isStaff(actor)) throw new AppError('forbidden');
  const where: SQL[] = [readableSql(actor)];
  if (q.centerId) {
    if (!mayReadTargets(actor, { centerId: q.centerId, clusterId: null })) throw AppError.notFound();
    where.push(sql`t.center_id = ${q.centerId}`);
  }
  if (q.clusterId) {
    if (!mayReadTargets(actor, { centerId: null, clusterId: q.clusterId })) throw AppError.notFound();
    where.push(sql`t.cluster_id = ${q.clusterId}::uuid`);
  }
  if (q.programId) {
    const tenant = await programTenant(deps.database.db, q.programId);
    if (!tenant || !mayReadTargets(actor, tenant)) throw AppError.notFound();
    where.push(sql`t.program_id = ${q.programId}::uuid`);
  }
  const rows = await targetRows(deps.database.db, sql.join(where, sql` and `));
  return Promise.all(rows.map((r) => present(deps, actor, r)));
}

export async function getTarget(deps: Deps, scope: RequestScope, id: string): Promise<TargetOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const [row] = await targetRows(deps.database.db, sql`t.id = ${id}::uuid`);
  if (!row || !mayReadTargets(actor, tenantOf(row))) throw AppError.notFound();
  return present(deps, actor, row);
}

/** The target's own scope columns and whose it is: a program's targets belong to the program's center or cluster. */
async function scopeOfNew(deps: Deps, actor: Actor, input: TargetCreateIn) {
  if (input.programId) {
    const tenant = await programTenant(deps.database.db, input.programId);
    if (!tenant) throw new AppError('unknownProgram', { value: input.programId }, [{ path: 'programId', key: 'errors.unknownProgram', params: { value: input.programId } }]);
    return { columns: { centerId: null, clusterId: null, programId: input.programId }, tenant };
  }
  const tenant = tenantFor(actor, input);
  return { columns: { ...tenant, programId: null }, tenant };
}

export async function createTarget(deps: Deps, scope: RequestScope, input: TargetCreateIn): Promise<TargetOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  if (!writesAnyTargets(actor)) throw new AppError('forbidden');
  const { columns, tenant } = await scopeOfNew(deps, actor, input);
  if (!mayWriteTargets(actor, tenant)) throw new AppError('forbidden');
  const id = await deps.database.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const [row] = await tx
      .insert(targets)
      .values({
        ...columns,
        title: input.title,
        kind: input.kind,
        metric: input.kind === 'metric' ? input.metric! : null,
        filter: normalFilter(input.filter),
        value: input.value,
        startsOn: input.startsOn,
        deadline: input.deadline,
        note: input.note ?? '',
        createdBy: actor.personId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await audit(tx, actor, { action: 'target.created', entityType: 'target', entityId: row!.id, ...tenant, after: row }, scope.requestId);
    return row!.id;
  });
  return getTarget(deps, scope, id);
}

/** The target for a change by this actor: 404 when they may not read it, 403 when they only read it (the national office). */
async function targetForWrite(tx: Db, actor: Actor, id: string) {
  const [row] = await targetRows(tx, sql`t.id = ${id}::uuid`, true);
  if (!row || !mayReadTargets(actor, tenantOf(row))) throw AppError.notFound();
  if (!mayWriteTargets(actor, tenantOf(row))) throw new AppError('forbidden');
  return row;
}

export async function updateTarget(deps: Deps, scope: RequestScope, id: string, ifMatch: string | undefined, input: TargetUpdateIn): Promise<TargetOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  await deps.database.db.transaction(async (tx) => {
    const before = await targetForWrite(tx, actor, id);
    checkIfMatch(ifMatch, before.version);
    const after = {
      title: input.title ?? before.title,
      kind: input.kind ?? before.kind,
      metric: input.metric !== undefined ? input.metric : before.metric,
      filter: input.filter !== undefined ? normalFilter(input.filter) : before.filter,
      value: input.value ?? before.value,
      startsOn: input.startsOn ?? before.startsOn,
      deadline: input.deadline ?? before.deadline,
      note: input.note ?? before.note,
    };
    const errors = targetRuleErrors(after);
    if (errors.length) throw AppError.validation(errors);
    await tx
      .update(targets)
      .set({ ...after, version: before.version + 1, updatedAt: deps.clock.now() })
      .where(eq(targets.id, id));
    await audit(tx, actor, { action: 'target.updated', entityType: 'target', entityId: id, ...tenantOf(before), before, after: input }, scope.requestId);
  });
  return getTarget(deps, scope, id);
}

/** Deletes a target; an If-Match, when sent, must name the version on screen. */
export async function deleteTarget(deps: Deps, scope: RequestScope, id: string, ifMatch: string | undefined): Promise<void> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  await deps.database.db.transaction(async (tx) => {
    const before = await targetForWrite(tx, actor, id);
    if (ifMatch) checkIfMatch(ifMatch, before.version);
    await tx.delete(targets).where(eq(targets.id, id));
    await audit(tx, actor, { action: 'target.deleted', entityType: 'target', entityId: id, ...tenantOf(before), before }, scope.requestId);
  });
}
