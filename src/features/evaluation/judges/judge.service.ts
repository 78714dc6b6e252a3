import { eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../../db/client.ts';
import { requireActor, type Deps, type RequestScope } from '../../../http/context.ts';
import { AppError } from '../../../http/errors.ts';
import { seoulDateTime } from '../../../shared/clock.ts';
import { audit } from '../../audit/audit.service.ts';
import type { Actor } from '../../auth/actor.ts';
import { checkIfMatch } from '../../organizations/organization.service.ts';
import { people } from '../../people/person.table.ts';
import { roundFor, statusOf, tenantOf, type CallOfRound, type RoundRow } from '../rounds/round.service.ts';
import { detectConflicts } from './conflict.detect.ts';
import { invitationFacts, mailInvitation, newInvitation } from './judge.invitation-mail.ts';
import type { JudgeInviteIn, JudgeUpdateIn, RoundJudgeOut } from './judge.schema.ts';
import { roundJudges } from './judge.table.ts';

const isUniqueViolation = (error: unknown) =>
  (error as { code?: string })?.code === '23505' || (error as { cause?: { code?: string } })?.cause?.code === '23505';


type JudgeRow = Omit<RoundJudgeOut, 'pledgeSignedAt' | 'invitedAt' | 'invitationExpiresAt' | 'acceptedAt' | 'sheets' | 'conflicts'> & {
  pledgeSignedAt: Date | string | null;
  invitedAt: Date | string;
  invitationExpiresAt: Date | string | null;
  acceptedAt: Date | string | null;
  assigned: number;
  draft: number;
  submitted: number;
  conflicts: number;
};

const at = (v: Date | string | null) => (v === null ? null : seoulDateTime(new Date(v)));

/** A round's judges with their profile's headline, their sheets by status and their conflicts not lifted. */
async function judgesOf(db: Db, roundId: string, only?: string): Promise<RoundJudgeOut[]> {
  const rows = await rowsOf<JudgeRow>(db, sql`
    select rj.id as "roundJudgeId", rj.round_id as "roundId", rj.person_id as "personId", p.name, p.email, rj.status,
      jp.affiliation->>'name' as affiliation, coalesce(jp.position, '') as position, coalesce(jp.tags, '[]'::jsonb) as tags,
      rj.pledge_signed_at as "pledgeSignedAt", rj.min_load as "minLoad", rj.max_load as "maxLoad", rj.invited_at as "invitedAt",
      rj.invitation_expires_at as "invitationExpiresAt", rj.accepted_at as "acceptedAt", rj.version,
      coalesce(s.assigned, 0)::int as assigned, coalesce(s.draft, 0)::int as draft, coalesce(s.submitted, 0)::int as submitted, coalesce(c.n, 0)::int as conflicts
    from round_judges rj
    join people p on p.id = rj.person_id
    left join judge_profiles jp on jp.person_id = rj.person_id
    left join (
      select person_id, count(*) filter (where status = 'assigned') as assigned, count(*) filter (where status = 'draft') as draft, count(*) filter (where status = 'submitted') as submitted
      from score_sheets where round_id = ${roundId}::uuid group by person_id
    ) s on s.person_id = rj.person_id
    left join (select person_id, count(*) as n from evaluation_conflicts where round_id = ${roundId}::uuid and lifted_at is null group by person_id) c on c.person_id = rj.person_id
    where rj.round_id = ${roundId}::uuid ${only ? sql`and rj.id = ${only}::uuid` : sql``}
    order by p.name, rj.id`);
  return rows.map(({ assigned, draft, submitted, ...r }) => ({
    ...r,
    pledgeSignedAt: at(r.pledgeSignedAt),
    invitedAt: at(r.invitedAt)!,
    invitationExpiresAt: r.status === 'invited' ? at(r.invitationExpiresAt) : null,
    acceptedAt: at(r.acceptedAt),
    sheets: { assigned, draft, submitted },
  }));
}

/** A round's judges, for its call's staff and the national office. */
export async function listJudges(deps: Deps, scope: RequestScope, roundId: string): Promise<RoundJudgeOut[]> {
  const actor = requireActor(scope);
  await roundFor(deps.database.db, actor, roundId, false);
  return judgesOf(deps.database.db, roundId);
}

async function judgeOut(db: Db, roundId: string, id: string): Promise<RoundJudgeOut> {
  const [judge] = await judgesOf(db, roundId, id);
  if (!judge) throw AppError.notFound();
  return judge;
}

type RoundJudge = typeof roundJudges.$inferSelect;

/** A round judge and their round, for staff who may change the round (404 / 403 as the round answers); the judge row locked. */
async function judgeFor(tx: Db, actor: Actor, id: string): Promise<{ judge: RoundJudge; round: RoundRow; call: CallOfRound }> {
  const [judge] = await tx.select().from(roundJudges).where(sql`${roundJudges.id} = ${id}::uuid`).for('update');
  if (!judge) throw AppError.notFound();
  const { row: round, call } = await roundFor(tx, actor, judge.roundId, true);
  return { judge, round, call };
}

const refuseClosed = (deps: Deps, round: RoundRow) => {
  if (statusOf(round, deps.clock.now()) === 'closed') throw new AppError('roundClosed');
};

const loadError = (minLoad: number, maxLoad: number | null) =>
  maxLoad !== null && maxLoad < minLoad ? AppError.field('maxLoad', 'validation.maxLoadBelowMin', { minimum: minLoad }) : undefined;

/**
 * Invites a person by email to judge a round: the person is found by address or created without
 * a password, the round judge is invited with a link (its token stored hashed, 14 days), and the
 * mail is queued with it. A judge who declined or was removed is invited again; one invited or
 * active is refused. Detection runs at once, so staff see the new judge's conflicts.
 */
export async function inviteJudge(deps: Deps, scope: RequestScope, roundId: string, input: JudgeInviteIn): Promise<RoundJudgeOut> {
  const actor = requireActor(scope);
  const invalid = loadError(input.minLoad, input.maxLoad);
  if (invalid) throw invalid;
  const email = input.email.trim();
  const already = () => new AppError('judgeAlreadyInvited', { email }, [{ path: 'email', key: 'errors.judgeAlreadyInvited', params: { email } }]);
  let id: string;
  try {
    id = await deps.database.db.transaction(async (tx) => {
      const { row: round, call } = await roundFor(tx, actor, roundId, true);
      refuseClosed(deps, round);
      const now = deps.clock.now();
      const byEmail = sql`lower(${people.email}) = ${email.toLowerCase()}`;
      let [person] = await tx.select({ id: people.id, name: people.name, email: people.email, locale: people.locale }).from(people).where(byEmail);
      if (!person) {
        await tx.insert(people).values({ email, name: input.name, passwordHash: null, createdAt: now, updatedAt: now }).onConflictDoNothing();
        [person] = await tx.select({ id: people.id, name: people.name, email: people.email, locale: people.locale }).from(people).where(byEmail);
      }
      const [existing] = await tx.select().from(roundJudges).where(sql`${roundJudges.roundId} = ${roundId}::uuid and ${roundJudges.personId} = ${person!.id}::uuid`).for('update');
      if (existing && (existing.status === 'invited' || existing.status === 'active')) throw already();
      const invitation = newInvitation(deps);
      const values = {
        status: 'invited' as const,
        minLoad: input.minLoad,
        maxLoad: input.maxLoad,
        invitationTokenHash: invitation.hash,
        invitationExpiresAt: invitation.expiresAt,
        invitedBy: actor.personId,
        invitedAt: now,
        acceptedAt: null,
        pledgeSignature: null,
        pledgeSignedAt: null,
      };
      let judgeId: string;
      if (existing) {
        await tx.update(roundJudges).set({ ...values, version: existing.version + 1 }).where(eq(roundJudges.id, existing.id));
        judgeId = existing.id;
      } else {
        const [row] = await tx.insert(roundJudges).values({ ...values, roundId, personId: person!.id }).returning({ id: roundJudges.id });
        judgeId = row!.id;
      }
      await mailInvitation(tx, deps, person!, await invitationFacts(tx, roundId), invitation, actor.name, input.message);
      await audit(
        tx,
        actor,
        {
          action: 'roundJudge.invited',
          entityType: 'round_judge',
          entityId: judgeId,
          ...tenantOf(call),
          before: existing ? { status: existing.status } : undefined,
          after: { roundId, personId: person!.id, email: person!.email, minLoad: input.minLoad, maxLoad: input.maxLoad, expiresAt: invitation.expiresAt },
        },
        scope.requestId,
      );
      await detectConflicts(tx, deps, roundId);
      return judgeId;
    });
  } catch (error) {
    // The same person invited twice at once: the unique (round, person) decides.
    if (isUniqueViolation(error)) throw already();
    throw error;
  }
  return judgeOut(deps.database.db, roundId, id);
}

/** A new link for an invitation not yet answered (the old one stops working) and the mail again. */
export async function resendInvitation(deps: Deps, scope: RequestScope, id: string): Promise<RoundJudgeOut> {
  const actor = requireActor(scope);
  const roundId = await deps.database.db.transaction(async (tx) => {
    const { judge, round, call } = await judgeFor(tx, actor, id);
    refuseClosed(deps, round);
    if (judge.status !== 'invited') throw new AppError('invitationNotPending');
    const invitation = newInvitation(deps);
    await tx
      .update(roundJudges)
      .set({ invitationTokenHash: invitation.hash, invitationExpiresAt: invitation.expiresAt, version: judge.version + 1 })
      .where(eq(roundJudges.id, id));
    const [person] = await tx.select({ name: people.name, email: people.email, locale: people.locale }).from(people).where(eq(people.id, judge.personId));
    await mailInvitation(tx, deps, person!, await invitationFacts(tx, judge.roundId), invitation, actor.name, '');
    await audit(tx, actor, { action: 'roundJudge.invitationResent', entityType: 'round_judge', entityId: id, ...tenantOf(call), after: { expiresAt: invitation.expiresAt } }, scope.requestId);
    return judge.roundId;
  });
  return judgeOut(deps.database.db, roundId, id);
}

/** Changes a judge's load range in the round (If-Match with the round judge's version). */
export async function updateJudge(deps: Deps, scope: RequestScope, id: string, ifMatch: string | undefined, input: JudgeUpdateIn): Promise<RoundJudgeOut> {
  const actor = requireActor(scope);
  const roundId = await deps.database.db.transaction(async (tx) => {
    const { judge, round, call } = await judgeFor(tx, actor, id);
    checkIfMatch(ifMatch, judge.version);
    refuseClosed(deps, round);
    const minLoad = input.minLoad ?? judge.minLoad;
    const maxLoad = input.maxLoad === undefined ? judge.maxLoad : input.maxLoad;
    const invalid = loadError(minLoad, maxLoad);
    if (invalid) throw invalid;
    await tx.update(roundJudges).set({ minLoad, maxLoad, version: judge.version + 1 }).where(eq(roundJudges.id, id));
    await audit(
      tx,
      actor,
      { action: 'roundJudge.updated', entityType: 'round_judge', entityId: id, ...tenantOf(call), before: { minLoad: judge.minLoad, maxLoad: judge.maxLoad }, after: { minLoad, maxLoad } },
      scope.requestId,
    );
    return judge.roundId;
  });
  return judgeOut(deps.database.db, roundId, id);
}

/**
 * Removes a judge from the round (해촉): their link stops working and their sheets not yet
 * submitted are deleted; submitted ones stay with the round's record. Removing twice changes nothing.
 */
export async function removeJudge(deps: Deps, scope: RequestScope, id: string): Promise<void> {
  const actor = requireActor(scope);
  await deps.database.db.transaction(async (tx) => {
    const { judge, round, call } = await judgeFor(tx, actor, id);
    if (judge.status === 'removed') return;
    refuseClosed(deps, round);
    await tx.update(roundJudges).set({ status: 'removed', invitationTokenHash: null, invitationExpiresAt: null, version: judge.version + 1 }).where(eq(roundJudges.id, id));
    const removed = await rowsOf(tx, sql`
      delete from score_sheets where round_id = ${judge.roundId}::uuid and person_id = ${judge.personId}::uuid and status in ('assigned', 'draft') returning id`);
    await audit(
      tx,
      actor,
      { action: 'roundJudge.removed', entityType: 'round_judge', entityId: id, ...tenantOf(call), before: { status: judge.status }, after: { status: 'removed', sheetsRemoved: removed.length } },
      scope.requestId,
    );
  });
}
