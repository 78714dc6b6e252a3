import { eq, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../../../db/client.ts';
import { requireActor, type Deps, type RequestScope } from '../../../http/context.ts';
import { AppError, type FieldError } from '../../../http/errors.ts';
import { seoulDateTime } from '../../../shared/clock.ts';
import { audit } from '../../audit/audit.service.ts';
import { isNational, type Actor } from '../../auth/actor.ts';
import { checkIfMatch } from '../../organizations/organization.service.ts';
import { mayWriteFor } from '../../support-records/support-record.policy.ts';
import { roundRuleErrors, type RoundCreateIn, type RoundOut, type RoundUpdateIn } from './round.schema.ts';
import { evaluationRounds } from './round.table.ts';

/** Whose a call is: its program's center or cluster. Its staff set up its rounds; the national office reads them. */
type Tenant = { centerId: string | null; clusterId: string | null };
export type CallOfRound = Tenant & { callId: string; title: string; published: boolean };

const mayRead = (actor: Actor, tenant: Tenant) => isNational(actor) || mayWriteFor(actor, tenant);

export async function callTenant(db: Db, callId: string): Promise<CallOfRound | undefined> {
  const [row] = await rowsOf<CallOfRound>(db, sql`
    select k.id as "callId", k.title, p.center_id as "centerId", p.cluster_id as "clusterId", k.published_at is not null as published
    from calls k join programs p on p.id = k.program_id where k.id = ${callId}::uuid`);
  return row;
}

/**
 * The call for this actor: 404 when it does not exist or is a draft they may not see (as the call
 * itself answers), 403 when they see the call but not its evaluation.
 */
async function callFor(db: Db, actor: Actor, callId: string, write: boolean): Promise<CallOfRound> {
  const call = await callTenant(db, callId);
  if (!call || (!call.published && !mayWriteFor(actor, call))) throw AppError.notFound();
  if (!(write ? mayWriteFor(actor, call) : mayRead(actor, call))) throw new AppError('forbidden');
  return call;
}

export type RoundRow = typeof evaluationRounds.$inferSelect;
type Row = RoundRow;

export function statusOf(row: Row, now: Date): RoundOut['status'] {
  if (now < row.scoringOpensAt) return 'setup';
  return now < row.scoringClosesAt ? 'scoring' : 'closed';
}

function present(row: Row, actor: Actor, tenant: Tenant, now: Date): RoundOut {
  const status = statusOf(row, now);
  const mayWrite = mayWriteFor(actor, tenant);
  const { createdBy: _by, confirmedBy: _confirmedBy, ...rest } = row;
  return {
    ...rest,
    confirmedAt: row.confirmedAt && seoulDateTime(row.confirmedAt),
    appealsCloseAt: row.appealsCloseAt && seoulDateTime(row.appealsCloseAt),
    maxTotal: row.criteria.reduce((s, c) => s + c.weight, 0),
    scoringOpensAt: seoulDateTime(row.scoringOpensAt),
    scoringClosesAt: seoulDateTime(row.scoringClosesAt),
    createdAt: seoulDateTime(row.createdAt),
    updatedAt: seoulDateTime(row.updatedAt),
    status,
    permissions: { update: mayWrite, delete: mayWrite && status === 'setup' },
  };
}

const byCall = (callId: string): SQL => sql`${evaluationRounds.callId} = ${callId}::uuid`;

/** A call's rounds in order, for its staff and the national office. */
export async function listRounds(deps: Deps, scope: RequestScope, callId: string): Promise<RoundOut[]> {
  const actor = requireActor(scope);
  const call = await callFor(deps.database.db, actor, callId, false);
  const rows = await deps.database.db.select().from(evaluationRounds).where(byCall(callId)).orderBy(evaluationRounds.position);
  const now = deps.clock.now();
  return rows.map((r) => present(r, actor, call, now));
}

/** A round and its call, for this actor (404 when they may not see its call, 403 when they may not see its evaluation). */
export async function roundFor(db: Db, actor: Actor, id: string, write: boolean, lock = false): Promise<{ row: Row; call: CallOfRound }> {
  const query = db.select().from(evaluationRounds).where(sql`${evaluationRounds.id} = ${id}::uuid`);
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw AppError.notFound();
  return { row, call: await callFor(db, actor, row.callId, write) };
}

export async function getRound(deps: Deps, scope: RequestScope, id: string): Promise<RoundOut> {
  const actor = requireActor(scope);
  const { row, call } = await roundFor(deps.database.db, actor, id, false);
  return present(row, actor, call, deps.clock.now());
}

/** Adds a round after the call's last one. */
export async function createRound(deps: Deps, scope: RequestScope, callId: string, input: RoundCreateIn): Promise<RoundOut> {
  const actor = requireActor(scope);
  const id = await deps.database.db.transaction(async (tx) => {
    const call = await callFor(tx, actor, callId, true);
    // Two staff adding rounds at once queue here rather than fight over the next position.
    await tx.execute(sql`select id from calls where id = ${callId}::uuid for update`);
    const [last] = await rowsOf<{ position: number | null }>(tx, sql`select max(position) as position from evaluation_rounds where call_id = ${callId}::uuid`);
    const now = deps.clock.now();
    const [row] = await tx
      .insert(evaluationRounds)
      .values({ ...input, callId, position: (last?.position ?? 0) + 1, createdBy: actor.personId, createdAt: now, updatedAt: now })
      .returning();
    await audit(tx, actor, { action: 'round.created', entityType: 'evaluation_round', entityId: row!.id, ...tenantOf(call), after: input }, scope.requestId);
    return row!.id;
  });
  return getRound(deps, scope, id);
}

export const tenantOf = (call: CallOfRound): Tenant => ({ centerId: call.centerId, clusterId: call.clusterId });

/**
 * Changes a round (If-Match with its version). Once scoring has opened its rubric is what judges
 * score against: the criteria no longer change.
 */
export async function updateRound(deps: Deps, scope: RequestScope, id: string, ifMatch: string | undefined, input: RoundUpdateIn): Promise<RoundOut> {
  const actor = requireActor(scope);
  await deps.database.db.transaction(async (tx) => {
    const { row: before, call } = await roundFor(tx, actor, id, true, true);
    checkIfMatch(ifMatch, before.version);
    const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<Row>;
    const after = { ...before, ...changes };
    const errors: FieldError[] = roundRuleErrors(after);
    if (input.criteria && statusOf(before, deps.clock.now()) !== 'setup' && JSON.stringify(input.criteria) !== JSON.stringify(before.criteria)) {
      errors.push({ path: 'criteria', key: 'validation.rubricLocked' });
    }
    if (errors.length) throw AppError.validation(errors);
    await tx
      .update(evaluationRounds)
      .set({ ...changes, version: before.version + 1, updatedAt: deps.clock.now() })
      .where(eq(evaluationRounds.id, id));
    await audit(tx, actor, { action: 'round.updated', entityType: 'evaluation_round', entityId: id, ...tenantOf(call), before, after: input }, scope.requestId);
  });
  return getRound(deps, scope, id);
}

/** Deletes a round before its scoring opens; the rounds after it move up. */
export async function deleteRound(deps: Deps, scope: RequestScope, id: string, ifMatch: string | undefined): Promise<void> {
  const actor = requireActor(scope);
  await deps.database.db.transaction(async (tx) => {
    const { row: before, call } = await roundFor(tx, actor, id, true, true);
    if (ifMatch) checkIfMatch(ifMatch, before.version);
    if (statusOf(before, deps.clock.now()) !== 'setup') throw new AppError('roundStarted');
    await tx.execute(sql`select id from calls where id = ${before.callId}::uuid for update`);
    await tx.delete(evaluationRounds).where(eq(evaluationRounds.id, id));
    // One at a time, in order, so the unique (call, position) never sees two rounds at one place.
    const later = await rowsOf<{ id: string }>(tx, sql`select id from evaluation_rounds where call_id = ${before.callId}::uuid and position > ${before.position} order by position`);
    for (const r of later) await tx.execute(sql`update evaluation_rounds set position = position - 1 where id = ${r.id}::uuid`);
    await audit(tx, actor, { action: 'round.deleted', entityType: 'evaluation_round', entityId: id, ...tenantOf(call), before }, scope.requestId);
  });
}
