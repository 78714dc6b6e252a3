import { eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../../db/client.ts';
import type { Deps, RequestScope } from '../../../http/context.ts';
import { AppError } from '../../../http/errors.ts';
import { seoulDateTime } from '../../../shared/clock.ts';
import { audit } from '../../audit/audit.service.ts';
import type { Actor } from '../../auth/actor.ts';
import { hashPassword, startSession } from '../../auth/auth.service.ts';
import { memberships, people } from '../../people/person.table.ts';
import { statusOf } from '../rounds/round.service.ts';
import { evaluationRounds } from '../rounds/round.table.ts';
import { detectConflicts } from './conflict.detect.ts';
import { invitationFacts } from './judge.invitation-mail.ts';
import { sha256 } from '../../../shared/tokens.ts';
import { saveProfile } from './judge.profile.ts';
import type { InvitationAcceptIn } from './judge.schema.ts';
import { roundJudges } from './judge.table.ts';

type Found = { judge: typeof roundJudges.$inferSelect; person: typeof people.$inferSelect };

/** The invitation of a link's token, and the person invited; 404 for a token not (or no longer) on record. */
async function invitationOf(db: Db, token: string, lock = false): Promise<Found> {
  const query = db.select().from(roundJudges).where(eq(roundJudges.invitationTokenHash, sha256(token)));
  const [judge] = lock ? await query.for('update') : await query;
  if (!judge) throw AppError.notFound();
  const [person] = await db.select().from(people).where(eq(people.id, judge.personId));
  return { judge, person: person! };
}

const expired = (deps: Deps, judge: Found['judge']) => !judge.invitationExpiresAt || judge.invitationExpiresAt <= deps.clock.now();

/** What the invitation page shows: who is invited to which round, and whether they set a password on accepting. */
export async function getInvitation(deps: Deps, scope: RequestScope, token: string) {
  const { judge, person } = await invitationOf(deps.database.db, token);
  const facts = await invitationFacts(deps.database.db, judge.roundId);
  return {
    email: person.email,
    name: person.name,
    roundName: facts.roundName,
    callTitle: facts.callTitle,
    centerOrClusterName: facts.scopeName[scope.lang],
    needsPassword: !person.passwordHash,
    expired: expired(deps, judge),
    expiresAt: judge.invitationExpiresAt && seoulDateTime(judge.invitationExpiresAt),
    status: judge.status,
  };
}

function checkOpen(deps: Deps, judge: Found['judge']) {
  if (judge.status !== 'invited') throw new AppError('invitationNotPending');
  if (expired(deps, judge)) throw new AppError('invitationExpired', { expiresAt: judge.invitationExpiresAt ? seoulDateTime(judge.invitationExpiresAt) : '' });
}

/** The invitation answered in this request: still open, not expired, its round not closed. */
async function openInvitation(tx: Db, deps: Deps, token: string): Promise<Found & { round: typeof evaluationRounds.$inferSelect }> {
  const found = await invitationOf(tx, token, true);
  checkOpen(deps, found.judge);
  const [round] = await tx.select().from(evaluationRounds).where(eq(evaluationRounds.id, found.judge.roundId));
  if (statusOf(round!, deps.clock.now()) === 'closed') throw new AppError('roundClosed');
  return { ...found, round: round! };
}

/** Who a person is, for the audit of what they did before they were signed in. */
const actorOfPerson = (p: Found['person']): Actor => ({ personId: p.id, email: p.email, name: p.name, locale: p.locale, memberships: [], via: 'session' });

/**
 * Who may answer with this person's account: a person with a password signs in first (401, 403
 * when signed in as someone else); a person without one proves the address by the link, and
 * sets a password (required) while not signed in as anyone else.
 */
function checkCaller(actor: Actor | null, person: Found['person'], password: string | undefined) {
  if (person.disabled) throw new AppError('forbidden');
  if (person.passwordHash) {
    if (!actor) throw new AppError('unauthenticated');
    if (actor.personId !== person.id) throw new AppError('forbidden');
    return;
  }
  if (actor && actor.personId !== person.id) throw new AppError('forbidden');
  if (!password) throw AppError.field('password', 'validation.required');
}

/**
 * Accepts an invitation in one transaction: the password when the person has none, the name if
 * given, the round judge active and the link spent, the judge role for the call's center or
 * cluster, the profile if given, and conflict detection for the round (every open round of the
 * judge when the profile changed). A caller not signed in gets a session, as at sign-up.
 */
export async function acceptInvitation(deps: Deps, scope: RequestScope, token: string, input: InvitationAcceptIn) {
  // argon2 is slow: hash before the transaction, when a password will be set.
  const first = await invitationOf(deps.database.db, token);
  checkOpen(deps, first.judge);
  checkCaller(scope.actor, first.person, input.password);
  const passwordHash = !first.person.passwordHash && input.password ? await hashPassword(input.password) : null;

  const accepted = await deps.database.db.transaction(async (tx) => {
    const { judge, person, round } = await openInvitation(tx, deps, token);
    checkCaller(scope.actor, person, input.password);
    const now = deps.clock.now();
    const changes: Partial<typeof people.$inferInsert> = {};
    if (!person.passwordHash) changes.passwordHash = passwordHash ?? (await hashPassword(input.password!));
    if (input.name && input.name !== person.name) changes.name = input.name;
    if (Object.keys(changes).length) await tx.update(people).set({ ...changes, updatedAt: now }).where(eq(people.id, person.id));
    await tx
      .update(roundJudges)
      .set({ status: 'active', acceptedAt: now, invitationTokenHash: null, invitationExpiresAt: null, version: judge.version + 1 })
      .where(eq(roundJudges.id, judge.id));
    const [tenant] = await rowsOf<{ centerId: string | null; clusterId: string | null }>(tx, sql`
      select p.center_id as "centerId", p.cluster_id as "clusterId" from calls k join programs p on p.id = k.program_id where k.id = ${round.callId}::uuid`);
    const scopeOfCall = { centerId: tenant!.centerId, clusterId: tenant!.centerId ? null : tenant!.clusterId };
    await tx.insert(memberships).values({ personId: person.id, role: 'judge', ...scopeOfCall, createdAt: now }).onConflictDoNothing();
    const actor = scope.actor ?? actorOfPerson({ ...person, name: changes.name ?? person.name });
    await audit(
      tx,
      actor,
      {
        action: 'roundJudge.accepted',
        entityType: 'round_judge',
        entityId: judge.id,
        ...scopeOfCall,
        before: { status: judge.status },
        after: { status: 'active', passwordSet: !!changes.passwordHash, name: changes.name, profile: !!input.profile },
      },
      scope.requestId,
    );
    if (input.profile) await saveProfile(tx, deps, actor, person.id, input.profile, scope.requestId);
    else await detectConflicts(tx, deps, judge.roundId);
    return { roundId: judge.roundId, roundJudgeId: judge.id, personId: person.id };
  });
  const session = scope.actor ? null : await startSession(deps, accepted.personId);
  return { roundId: accepted.roundId, roundJudgeId: accepted.roundJudgeId, session };
}

/** Declines an invitation not yet answered; the link then shows it declined. Staff may invite again. */
export async function declineInvitation(deps: Deps, scope: RequestScope, token: string): Promise<void> {
  await deps.database.db.transaction(async (tx) => {
    const { judge, person } = await invitationOf(tx, token, true);
    if (judge.status !== 'invited') throw new AppError('invitationNotPending');
    await tx.update(roundJudges).set({ status: 'declined', version: judge.version + 1 }).where(eq(roundJudges.id, judge.id));
    const facts = await invitationFacts(tx, judge.roundId);
    await audit(
      tx,
      scope.actor ?? actorOfPerson(person),
      { action: 'roundJudge.declined', entityType: 'round_judge', entityId: judge.id, centerId: facts.centerId, clusterId: facts.clusterId, before: { status: 'invited' }, after: { status: 'declined' } },
      scope.requestId,
    );
  });
}
