import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../../db/client.ts';
import { requireActor, type Deps, type RequestScope } from '../../../http/context.ts';
import { AppError } from '../../../http/errors.ts';
import { seoulDateTime } from '../../../shared/clock.ts';
import { audit } from '../../audit/audit.service.ts';
import { roundApplicationIds } from '../rounds/round.applications.ts';
import { roundFor, tenantOf } from '../rounds/round.service.ts';
import { detectConflicts } from './conflict.detect.ts';
import type { ConflictOut } from './judge.schema.ts';


type Row = Omit<ConflictOut, 'createdAt' | 'liftedAt'> & { createdAt: Date | string; liftedAt: Date | string | null };

async function conflictsOf(db: Db, roundId: string, only?: string): Promise<ConflictOut[]> {
  const rows = await rowsOf<Row>(db, sql`
    select c.id, c.round_id as "roundId", c.person_id as "personId", p.name as "judgeName", c.application_id as "applicationId",
      a.receipt_number as "receiptNumber", o.name as "organizationName", c.source, c.detail, c.created_at as "createdAt",
      cb.name as "createdByName", c.lifted_at as "liftedAt", lb.name as "liftedByName", c.lift_reason as "liftReason"
    from evaluation_conflicts c
    join people p on p.id = c.person_id
    join applications a on a.id = c.application_id
    join organizations o on o.id = a.organization_id
    left join people cb on cb.id = c.created_by
    left join people lb on lb.id = c.lifted_by
    where c.round_id = ${roundId}::uuid ${only ? sql`and c.id = ${only}::uuid` : sql``}
    order by p.name, a.receipt_number nulls last, c.source, c.id`);
  return rows.map((r) => ({ ...r, createdAt: seoulDateTime(new Date(r.createdAt)), liftedAt: r.liftedAt === null ? null : seoulDateTime(new Date(r.liftedAt)) }));
}

/** A round's conflicts of interest, lifted ones included, for its call's staff and the national office. */
export async function listConflicts(deps: Deps, scope: RequestScope, roundId: string): Promise<ConflictOut[]> {
  const actor = requireActor(scope);
  await roundFor(deps.database.db, actor, roundId, false);
  return conflictsOf(deps.database.db, roundId);
}

/**
 * Staff record a conflict with a reason: the person must be an invited or active judge of the
 * round and the application one the round evaluates. The judge's sheet of it is removed unless
 * submitted, as when a judge declares one. A staff conflict lifted before is put back.
 */
export async function addConflict(deps: Deps, scope: RequestScope, roundId: string, input: { personId: string; applicationId: string; reason: string }): Promise<ConflictOut> {
  const actor = requireActor(scope);
  const id = await deps.database.db.transaction(async (tx) => {
    const { call } = await roundFor(tx, actor, roundId, true);
    const [judge] = await rowsOf(tx, sql`
      select 1 from round_judges where round_id = ${roundId}::uuid and person_id = ${input.personId}::uuid and status in ('invited', 'active')`);
    const [application] = await rowsOf(tx, sql`select 1 where ${input.applicationId}::uuid in (${roundApplicationIds(roundId)})`);
    const errors = [
      ...(judge ? [] : [{ path: 'personId', key: 'validation.notRoundJudge' }]),
      ...(application ? [] : [{ path: 'applicationId', key: 'validation.notInRound' }]),
    ];
    if (errors.length) throw AppError.validation(errors);
    const [existing] = await rowsOf<{ id: string; lifted: boolean }>(tx, sql`
      select id, lifted_at is not null as lifted from evaluation_conflicts
      where round_id = ${roundId}::uuid and person_id = ${input.personId}::uuid and application_id = ${input.applicationId}::uuid and source = 'staff' for update`);
    if (existing && !existing.lifted) throw new AppError('conflictExists');
    const now = deps.clock.now().toISOString();
    const [row] = await rowsOf<{ id: string }>(tx, sql`
      insert into evaluation_conflicts (round_id, person_id, application_id, source, detail, created_by, created_at)
      values (${roundId}::uuid, ${input.personId}::uuid, ${input.applicationId}::uuid, 'staff', ${input.reason}, ${actor.personId}::uuid, ${now}::timestamptz)
      on conflict (round_id, person_id, application_id, source) do update
        set detail = excluded.detail, created_by = excluded.created_by, created_at = excluded.created_at, lifted_at = null, lifted_by = null, lift_reason = null
      returning id`);
    const removed = await rowsOf(tx, sql`
      delete from score_sheets where round_id = ${roundId}::uuid and person_id = ${input.personId}::uuid and application_id = ${input.applicationId}::uuid and status <> 'submitted' returning id`);
    await audit(
      tx,
      actor,
      { action: 'conflict.added', entityType: 'evaluation_conflict', entityId: row!.id, ...tenantOf(call), after: { ...input, roundId, sheetRemoved: removed.length > 0, reinstated: !!existing } },
      scope.requestId,
    );
    return row!.id;
  });
  const [out] = await conflictsOf(deps.database.db, roundId, id);
  return out!;
}

/** Lifts a conflict with a reason: the judge may review the application after all. It stays on record, and detection never brings it back. */
export async function liftConflict(deps: Deps, scope: RequestScope, id: string, reason: string): Promise<ConflictOut> {
  const actor = requireActor(scope);
  const roundId = await deps.database.db.transaction(async (tx) => {
    const [conflict] = await rowsOf<{ roundId: string; lifted: boolean }>(tx, sql`
      select round_id as "roundId", lifted_at is not null as lifted from evaluation_conflicts where id = ${id}::uuid for update`);
    if (!conflict) throw AppError.notFound();
    const { call } = await roundFor(tx, actor, conflict.roundId, true);
    if (conflict.lifted) throw new AppError('conflictLifted');
    await tx.execute(sql`
      update evaluation_conflicts set lifted_at = ${deps.clock.now().toISOString()}::timestamptz, lifted_by = ${actor.personId}::uuid, lift_reason = ${reason}
      where id = ${id}::uuid`);
    await audit(tx, actor, { action: 'conflict.lifted', entityType: 'evaluation_conflict', entityId: id, ...tenantOf(call), after: { reason } }, scope.requestId);
    return conflict.roundId;
  });
  const [out] = await conflictsOf(deps.database.db, roundId, id);
  return out!;
}

/** Runs detection for the round now (profiles or applications changed): what it added, and the conflicts not lifted in all. */
export async function runDetection(deps: Deps, scope: RequestScope, roundId: string): Promise<{ added: number; total: number }> {
  const actor = requireActor(scope);
  return deps.database.db.transaction(async (tx) => {
    const { call } = await roundFor(tx, actor, roundId, true);
    const result = await detectConflicts(tx, deps, roundId);
    await audit(tx, actor, { action: 'conflict.detected', entityType: 'evaluation_round', entityId: roundId, ...tenantOf(call), after: result }, scope.requestId);
    return result;
  });
}
