import { eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../../db/client.ts';
import { requireActor, type Deps, type RequestScope } from '../../../http/context.ts';
import { AppError } from '../../../http/errors.ts';
import { seoulDateTime } from '../../../shared/clock.ts';
import { t } from '../../../shared/i18n/index.ts';
import { audit } from '../../audit/audit.service.ts';
import type { Actor } from '../../auth/actor.ts';
import { people } from '../../people/person.table.ts';
import { statusOf, type RoundRow } from '../rounds/round.service.ts';
import { evaluationRounds } from '../rounds/round.table.ts';
import { invitationFacts } from './judge.invitation-mail.ts';
import type { JudgeRoundOut } from './judge.schema.ts';
import { roundJudges } from './judge.table.ts';


type MyRoundRow = {
  roundJudgeId: string;
  roundId: string;
  roundName: string;
  callId: string;
  callTitle: string;
  scoringOpensAt: Date | string;
  scoringClosesAt: Date | string;
  blind: boolean;
  pledgeSignedAt: Date | string | null;
  todo: number;
  inProgress: number;
  done: number;
};

/** The rounds I judge (accepted invitations), soonest first, with my pledge and my sheets by status. */
export async function listMyRounds(deps: Deps, scope: RequestScope): Promise<JudgeRoundOut[]> {
  const actor = requireActor(scope);
  const rows = await rowsOf<MyRoundRow>(deps.database.db, sql`
    select rj.id as "roundJudgeId", r.id as "roundId", r.name as "roundName", k.id as "callId", k.title as "callTitle",
      r.scoring_opens_at as "scoringOpensAt", r.scoring_closes_at as "scoringClosesAt", r.blind, rj.pledge_signed_at as "pledgeSignedAt",
      count(s.id) filter (where s.status = 'assigned')::int as todo,
      count(s.id) filter (where s.status = 'draft')::int as "inProgress",
      count(s.id) filter (where s.status = 'submitted')::int as done
    from round_judges rj
    join evaluation_rounds r on r.id = rj.round_id
    join calls k on k.id = r.call_id
    left join score_sheets s on s.round_id = rj.round_id and s.person_id = rj.person_id
    where rj.person_id = ${actor.personId}::uuid and rj.status = 'active'
    group by rj.id, r.id, k.id
    order by r.scoring_opens_at, r.id`);
  const now = deps.clock.now();
  return rows.map(({ todo, inProgress, done, pledgeSignedAt, ...r }) => {
    const opens = new Date(r.scoringOpensAt);
    const closes = new Date(r.scoringClosesAt);
    return {
      ...r,
      scoringOpensAt: seoulDateTime(opens),
      scoringClosesAt: seoulDateTime(closes),
      status: statusOf({ scoringOpensAt: opens, scoringClosesAt: closes } as RoundRow, now),
      pledge: { signedAt: pledgeSignedAt === null ? null : seoulDateTime(new Date(pledgeSignedAt)), needed: pledgeSignedAt === null },
      sheets: { todo, inProgress, done },
    };
  });
}

type Judging = { judge: typeof roundJudges.$inferSelect; round: RoundRow };

/** My place as an active judge of a round; 404 when I am not one (the round is not mine to see). */
async function judgingFor(db: Db, actor: Actor, roundId: string, lock = false): Promise<Judging> {
  const query = db
    .select()
    .from(roundJudges)
    .where(sql`${roundJudges.roundId} = ${roundId}::uuid and ${roundJudges.personId} = ${actor.personId}::uuid and ${roundJudges.status} = 'active'`);
  const [judge] = lock ? await query.for('update') : await query;
  if (!judge) throw AppError.notFound();
  const [round] = await db.select().from(evaluationRounds).where(eq(evaluationRounds.id, roundId));
  return { judge, round: round! };
}

async function pledgeOf(db: Db, scope: RequestScope, { judge, round }: Judging) {
  const facts = await invitationFacts(db, round.id);
  const [person] = await db.select({ name: people.name }).from(people).where(eq(people.id, judge.personId));
  return {
    roundId: round.id,
    name: person!.name,
    text: t(scope.lang, 'judgePledge.text', { roundName: round.name, callTitle: facts.callTitle, scope: facts.scopeName[scope.lang] }),
    signedAt: judge.pledgeSignedAt && seoulDateTime(judge.pledgeSignedAt),
    signature: judge.pledgeSignature,
  };
}

/** The round's conflict-of-interest pledge (이해충돌 방지 서약) in my language, and my signature if I signed. */
export async function getPledge(deps: Deps, scope: RequestScope, roundId: string) {
  const actor = requireActor(scope);
  return pledgeOf(deps.database.db, scope, await judgingFor(deps.database.db, actor, roundId));
}

/** Compared as the same name: Unicode-normalized (composed or decomposed Hangul alike), spaces ignored. */
const sameName = (a: string, b: string) => a.normalize('NFKC').replace(/\s+/g, '') === b.normalize('NFKC').replace(/\s+/g, '');

/**
 * Signs the pledge by typing my name. Signing again changes nothing and answers the first
 * signature; a round whose scoring has closed takes no new signature.
 */
export async function signPledge(deps: Deps, scope: RequestScope, roundId: string, signature: string) {
  const actor = requireActor(scope);
  await deps.database.db.transaction(async (tx) => {
    const { judge, round } = await judgingFor(tx, actor, roundId, true);
    if (judge.pledgeSignedAt) return;
    if (statusOf(round, deps.clock.now()) === 'closed') throw new AppError('roundClosed');
    const [person] = await tx.select({ name: people.name }).from(people).where(eq(people.id, judge.personId));
    if (!sameName(signature, person!.name)) throw AppError.field('signature', 'validation.signatureMismatch', { name: person!.name });
    const now = deps.clock.now();
    await tx.update(roundJudges).set({ pledgeSignature: signature, pledgeSignedAt: now, version: judge.version + 1 }).where(eq(roundJudges.id, judge.id));
    const facts = await invitationFacts(tx, roundId);
    await audit(
      tx,
      actor,
      { action: 'roundJudge.pledgeSigned', entityType: 'round_judge', entityId: judge.id, centerId: facts.centerId, clusterId: facts.clusterId, after: { signature, signedAt: now } },
      scope.requestId,
    );
  });
  return pledgeOf(deps.database.db, scope, await judgingFor(deps.database.db, actor, roundId));
}

/**
 * 회피 신청: I declare a conflict with an application assigned to me in the round. My sheet of it
 * is removed unless submitted (a submitted one stays, for staff to decide). Declaring again
 * after staff lifted it puts it back with the new reason.
 */
export async function declareConflict(deps: Deps, scope: RequestScope, roundId: string, input: { applicationId: string; reason: string }) {
  const actor = requireActor(scope);
  return deps.database.db.transaction(async (tx) => {
    const { round } = await judgingFor(tx, actor, roundId);
    const [sheet] = await rowsOf<{ id: string; status: string }>(tx, sql`
      select id, status from score_sheets
      where round_id = ${roundId}::uuid and person_id = ${actor.personId}::uuid and application_id = ${input.applicationId}::uuid for update`);
    if (!sheet) throw AppError.notFound();
    if (statusOf(round, deps.clock.now()) === 'closed') throw new AppError('roundClosed');
    const now = deps.clock.now().toISOString();
    const [conflict] = await rowsOf<{ id: string }>(tx, sql`
      insert into evaluation_conflicts (round_id, person_id, application_id, source, detail, created_by, created_at)
      values (${roundId}::uuid, ${actor.personId}::uuid, ${input.applicationId}::uuid, 'declared', ${input.reason}, ${actor.personId}::uuid, ${now}::timestamptz)
      on conflict (round_id, person_id, application_id, source) do update
        set detail = excluded.detail, created_by = excluded.created_by, created_at = excluded.created_at, lifted_at = null, lifted_by = null, lift_reason = null
      returning id`);
    const sheetRemoved = sheet.status !== 'submitted';
    if (sheetRemoved) await tx.execute(sql`delete from score_sheets where id = ${sheet.id}::uuid`);
    const facts = await invitationFacts(tx, roundId);
    await audit(
      tx,
      actor,
      {
        action: 'conflict.declared',
        entityType: 'evaluation_conflict',
        entityId: conflict!.id,
        centerId: facts.centerId,
        clusterId: facts.clusterId,
        after: { roundId, applicationId: input.applicationId, reason: input.reason, sheetRemoved, sheetStatus: sheet.status },
      },
      scope.requestId,
    );
    return { conflictId: conflict!.id, sheetRemoved };
  });
}
