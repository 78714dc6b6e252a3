import { desc, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client.ts';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { seoulDateTime, seoulToday } from '../../shared/clock.ts';
import { t, type Lang } from '../../shared/i18n/index.ts';
import { coordinatedClusters, isNational, memberOrganizations, staffCenters, type Actor } from '../auth/actor.ts';
import { audit } from '../audit/audit.service.ts';
import { workedWithIdsSql } from '../organizations/organization.policy.ts';
import { checkIfMatch, tenantsOf } from '../organizations/organization.service.ts';
import { maxValueOf, parsePeriod, type OutcomeMetric, type Period } from './outcome-metrics.ts';
import type { OutcomeAmendIn, OutcomeCreateIn, OutcomeOut, OutcomeReviewIn } from './outcome.schema.ts';
import { outcomeRecords, outcomeRecordVersions, type OutcomeDetails, type OutcomeFlag } from './outcome.table.ts';

type Row = typeof outcomeRecords.$inferSelect;
type Source = 'report' | 'staff' | 'import';

/** What the actor may do with an organization's outcomes: read and write (its members, staff working with it, national), and verify (staff, national). */
export async function outcomeAccess(db: Db, actor: Actor, organizationId: string): Promise<{ write: boolean; verify: boolean; member: boolean }> {
  const member = memberOrganizations(actor).includes(organizationId);
  if (isNational(actor)) return { write: true, verify: true, member };
  const tenants = await tenantsOf(db, organizationId);
  const staff = tenants.centerIds.some((c) => staffCenters(actor).includes(c)) || tenants.clusterIds.some((c) => coordinatedClusters(actor).includes(c));
  return { write: member || staff, verify: staff, member };
}

/** The period of a figure, refused when it begins after today (Korea time). */
export function periodOf(text: string, today: string, path = 'period'): Period {
  const period = parsePeriod(text);
  if (!period) throw AppError.field(path, 'validation.period');
  if (period.start > today) throw AppError.field(path, 'validation.futurePeriod', { period: period.period });
  return period;
}

export function checkValue(metric: OutcomeMetric, value: number, path = 'value'): void {
  const max = maxValueOf(metric);
  if (value > max) throw AppError.field(path, 'validation.outcomeAbsurd', { maximum: max });
}

/** The metrics watched for a jump: a figure ten times (or more) the same period a year before. */
const JUMP_WATCHED = new Set<OutcomeMetric>(['revenue', 'exportSales', 'employees']);
export const isJumpWatched = (metric: OutcomeMetric) => JUMP_WATCHED.has(metric);
/** The same period a year before: 2015 → 2014, 2015-Q3 → 2014-Q3, 2015-07 → 2014-07. */
export const yearBefore = (period: string) => `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;

/** The flag of a figure ten times (or more) its value a year before (`prior`); none without a prior value. */
export function jumpFlags(metric: OutcomeMetric, period: string, value: number, prior: number | undefined): OutcomeFlag[] {
  if (!isJumpWatched(metric) || !prior || value < prior * 10) return [];
  return [{ code: 'jump', params: { previous: prior, period: yearBefore(period), ratio: Math.round(value / prior) } }];
}

/** Checks that ask a person to look, never refusals (jumpFlags), against the figure stored a year before. */
export async function flagsFor(db: Db, organizationId: string, metric: OutcomeMetric, period: Period, value: number): Promise<OutcomeFlag[]> {
  if (!isJumpWatched(metric)) return [];
  const rows = await rowsOf<{ value: string | number }>(db, sql`select value from outcome_records
    where organization_id = ${organizationId}::uuid and metric = ${metric} and period = ${yearBefore(period.period)} and status <> 'returned'`);
  return jumpFlags(metric, period.period, value, rows[0] ? Number(rows[0].value) : undefined);
}

export function presentOutcome(row: Presented, lang: Lang): OutcomeOut {
  return {
    id: row.id,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    evidenceCount: row.evidenceCount,
    metric: row.metric as OutcomeMetric,
    period: row.period,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    value: Number(row.value),
    details: row.details,
    note: row.note,
    source: row.source as Source,
    status: row.status as OutcomeOut['status'],
    statusReason: row.statusReason,
    flags: row.flags.map((f) => ({
      ...f,
      message: t(lang, `outcomeFlags.${f.code}`, {
        ...f.params,
        ...(typeof f.params?.previous === 'number' ? { previous: f.params.previous.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-US') } : {}),
        metric: t(lang, `metrics.${row.metric}`),
      }),
    })),
    version: row.version,
    createdAt: seoulDateTime(row.createdAt),
    updatedAt: seoulDateTime(row.updatedAt),
  };
}

/** A figure with its organization's name and how many evidence files it has, as presented. */
type Presented = Row & { organizationName: string; evidenceCount: number };
const presented = {
  record: outcomeRecords,
  organizationName: sql<string>`(select name from organizations o where o.id = ${outcomeRecords.organizationId})`,
  // Named in full: drizzle writes the column bare, which inside the subquery would be e.id.
  evidenceCount: sql<number>`(select count(*)::int from outcome_evidence e where e.record_id = outcome_records.id)`,
};
const flat = ({ record, ...extra }: { record: Row; organizationName: string; evidenceCount: number }): Presented => ({ ...record, ...extra });

export async function loadOutcome(db: Db, id: string, forUpdate = false): Promise<Presented | undefined> {
  const query = db
    .select(presented)
    .from(outcomeRecords)
    .where(sql`${outcomeRecords.id} = ${id}::uuid`);
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ? flat(row) : undefined;
}

async function writeVersion(tx: Db, row: Row, change: 'created' | 'amended' | 'verified' | 'returned', actor: Actor | null, at: Date, reason: string | null): Promise<void> {
  await tx.insert(outcomeRecordVersions).values({
    recordId: row.id,
    version: row.version,
    change,
    value: row.value,
    details: row.details,
    note: row.note,
    status: row.status,
    reason,
    changedBy: actor && !actor.personId.startsWith('00000000-') ? actor.personId : null,
    changedAt: at,
  });
}

/**
 * Inserts one figure inside `tx` (access already checked), with its first version and an audit
 * event; shared with imports. A second figure for the same organization, metric and period (not
 * a deal) is refused: it is an amendment of the first.
 */
export async function insertOutcome(
  tx: Db,
  deps: Deps,
  actor: Actor | null,
  input: { organizationId: string; metric: OutcomeMetric; period: Period; value: number; details?: OutcomeDetails; note?: string; source: Source; importKey?: string },
  requestId?: string,
): Promise<Row> {
  const now = deps.clock.now();
  const flags = await flagsFor(tx, input.organizationId, input.metric, input.period, input.value);
  const [row] = await tx
    .insert(outcomeRecords)
    .values({
      organizationId: input.organizationId,
      metric: input.metric,
      period: input.period.period,
      periodStart: input.period.start,
      periodEnd: input.period.end,
      value: input.value,
      details: input.details ?? {},
      note: input.note ?? '',
      source: input.source,
      flags,
      importKey: input.importKey ?? null,
      createdBy: actor && !actor.personId.startsWith('00000000-') ? actor.personId : null,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) {
    const [existing] = await tx
      .select({ id: outcomeRecords.id })
      .from(outcomeRecords)
      .where(sql`organization_id = ${input.organizationId}::uuid and metric = ${input.metric} and period = ${input.period.period} and metric <> 'investment'`);
    throw new AppError('outcomeExists', { period: input.period.period }, [], { existingId: existing?.id ?? null });
  }
  await writeVersion(tx, row, 'created', actor, now, null);
  await audit(tx, actor, { action: 'outcome.created', entityType: 'outcome', entityId: row.id, after: { organizationId: input.organizationId, metric: input.metric, period: input.period.period, value: input.value, source: input.source } }, requestId);
  return row;
}

/** A company reports (source report) or staff enter (source staff) one figure of an organization. */
export async function recordOutcome(deps: Deps, scope: RequestScope, organizationId: string, input: OutcomeCreateIn): Promise<OutcomeOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const db = deps.database.db;
  const access = await outcomeAccess(db, actor, organizationId);
  if (!access.write) throw AppError.notFound();
  const period = periodOf(input.period, seoulToday(deps.clock));
  checkValue(input.metric, input.value);
  const row = await db.transaction((tx) =>
    insertOutcome(tx, deps, actor, { organizationId, metric: input.metric, period, value: input.value, details: input.details, note: input.note, source: access.member ? 'report' : 'staff' }, scope.requestId),
  );
  return getOutcome(deps, scope, row.id);
}

export async function getOutcome(deps: Deps, scope: RequestScope, id: string): Promise<OutcomeOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const row = await loadOutcome(deps.database.db, id);
  if (!row || !(await outcomeAccess(deps.database.db, actor, row.organizationId)).write) throw AppError.notFound();
  return presentOutcome(row, scope.lang);
}

/**
 * Changes a figure: the value before stays in the history. A verified or returned figure that
 * changes is reported again and waits for staff.
 */
export async function amendOutcome(deps: Deps, scope: RequestScope, id: string, ifMatch: string | undefined, input: OutcomeAmendIn): Promise<OutcomeOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  await deps.database.db.transaction(async (tx) => {
    const before = await loadOutcome(tx, id, true);
    if (!before || !(await outcomeAccess(tx, actor, before.organizationId)).write) throw AppError.notFound();
    checkIfMatch(ifMatch, before.version);
    await writeAmendment(tx, deps, actor, before, input, scope.requestId);
  });
  return getOutcome(deps, scope, id);
}

/** Amends `before` inside `tx` (locked and access checked by the caller), as amendOutcome does; shared with campaign answers. */
export async function writeAmendment(tx: Db, deps: Deps, actor: Actor, before: Row, input: OutcomeAmendIn, requestId?: string): Promise<Row> {
  const id = before.id;
  const value = input.value ?? Number(before.value);
  checkValue(before.metric as OutcomeMetric, value);
  const period = parsePeriod(before.period)!;
  const now = deps.clock.now();
  const flags = input.value !== undefined ? await flagsFor(tx, before.organizationId, before.metric as OutcomeMetric, period, value) : before.flags;
  const [row] = await tx
    .update(outcomeRecords)
    .set({ value, details: input.details ?? before.details, note: input.note ?? before.note, status: 'reported', statusReason: null, flags, version: before.version + 1, updatedAt: now })
    .where(sql`${outcomeRecords.id} = ${id}::uuid`)
    .returning();
  await writeVersion(tx, row!, 'amended', actor, now, input.reason ?? null);
  await audit(tx, actor, { action: 'outcome.amended', entityType: 'outcome', entityId: id, before: { value: Number(before.value), status: before.status }, after: { value, reason: input.reason ?? null } }, requestId);
  return row!;
}

/** An organization's figures of one period for these metrics, locked for a change inside `tx` (a campaign's answer). */
export function lockFigures(tx: Db, organizationId: string, period: string, metrics: OutcomeMetric[]): Promise<Row[]> {
  return tx
    .select()
    .from(outcomeRecords)
    .where(sql`${outcomeRecords.organizationId} = ${organizationId}::uuid and ${outcomeRecords.period} = ${period} and ${outcomeRecords.metric} = any(${sql.param(metrics)}::text[])`)
    .for('update');
}

/** Staff verify figures, or return them with a reason, several at once: all or none. */
export async function reviewOutcomes(deps: Deps, scope: RequestScope, input: OutcomeReviewIn): Promise<{ updated: number }> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  if (input.decision === 'returned' && !input.reason) throw AppError.field('reason', 'validation.required');
  const ids = [...new Set(input.ids)];
  return deps.database.db.transaction(async (tx) => {
    const rows = await tx.select().from(outcomeRecords).where(sql`${outcomeRecords.id} = any(${sql.param(ids)}::uuid[])`).for('update');
    const verifiable = new Map<string, boolean>();
    for (const org of new Set(rows.map((r) => r.organizationId))) verifiable.set(org, (await outcomeAccess(tx, actor, org)).verify);
    const allowed = rows.filter((r) => verifiable.get(r.organizationId));
    if (allowed.length !== ids.length) {
      const missing = ids.filter((id) => !allowed.some((r) => r.id === id));
      throw new AppError('notFound', {}, missing.slice(0, 20).map((id) => ({ path: 'ids', key: 'errors.outcomeNotFound', params: { id } })));
    }
    const now = deps.clock.now();
    let updated = 0;
    for (const before of allowed) {
      if (before.status === input.decision) continue;
      const [row] = await tx
        .update(outcomeRecords)
        .set({ status: input.decision, statusReason: input.decision === 'returned' ? input.reason! : null, version: before.version + 1, updatedAt: now })
        .where(sql`${outcomeRecords.id} = ${before.id}::uuid`)
        .returning();
      await writeVersion(tx, row!, input.decision, actor, now, input.reason ?? null);
      updated++;
    }
    await audit(tx, actor, { action: `outcome.${input.decision}`, entityType: 'outcome', entityId: ids.length === 1 ? ids[0]! : `${ids.length} records`, after: { ids, reason: input.reason ?? null } }, scope.requestId);
    return { updated };
  });
}

/** Every version of a figure, oldest first, for whoever may read it. */
export async function outcomeHistory(deps: Deps, scope: RequestScope, id: string) {
  await getOutcome(deps, scope, id);
  const rows = await deps.database.rows<{ version: number; change: string; value: string | number; details: OutcomeDetails; note: string; status: string; reason: string | null; changed_by: string | null; changed_at: Date | string }>(sql`
    select v.version, v.change, v.value, v.details, v.note, v.status, v.reason, p.name as changed_by, v.changed_at
    from outcome_record_versions v left join people p on p.id = v.changed_by
    where v.record_id = ${id}::uuid order by v.version`);
  return rows.map((r) => ({
    version: r.version,
    change: r.change as 'created' | 'amended' | 'verified' | 'returned',
    value: Number(r.value),
    details: r.details,
    note: r.note,
    status: r.status as OutcomeOut['status'],
    reason: r.reason,
    changedBy: r.changed_by,
    changedAt: seoulDateTime(new Date(r.changed_at)),
  }));
}

export type OutcomeFilter = { organizationId?: string; metric?: OutcomeMetric; status?: OutcomeOut['status']; from?: string; to?: string };

/**
 * Figures, newest period first: of one organization (its members, staff working with it), or
 * across the organizations the actor works with (the verification queue; national: all).
 */
export async function listOutcomes(deps: Deps, scope: RequestScope, filter: OutcomeFilter, limit = 200): Promise<OutcomeOut[]> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const db = deps.database.db;
  if (filter.organizationId && !(await outcomeAccess(db, actor, filter.organizationId)).write) throw AppError.notFound();
  const worksWithAny = isNational(actor) || staffCenters(actor).length > 0 || coordinatedClusters(actor).length > 0 || memberOrganizations(actor).length > 0;
  if (!filter.organizationId && !worksWithAny) throw new AppError('forbidden');
  const where = [sql`true`];
  if (filter.organizationId) where.push(sql`${outcomeRecords.organizationId} = ${filter.organizationId}::uuid`);
  else if (!isNational(actor)) where.push(sql`${outcomeRecords.organizationId} in (${workedWithIdsSql(actor)})`);
  if (filter.metric) where.push(sql`${outcomeRecords.metric} = ${filter.metric}`);
  if (filter.status) where.push(sql`${outcomeRecords.status} = ${filter.status}`);
  if (filter.from) where.push(sql`${outcomeRecords.periodEnd} >= ${filter.from}::date`);
  if (filter.to) where.push(sql`${outcomeRecords.periodStart} <= ${filter.to}::date`);
  const rows = await db
    .select(presented)
    .from(outcomeRecords)
    .where(sql.join(where, sql` and `))
    .orderBy(desc(outcomeRecords.periodStart), outcomeRecords.metric, desc(outcomeRecords.createdAt))
    .limit(limit);
  return rows.map((r) => presentOutcome(flat(r), scope.lang));
}
