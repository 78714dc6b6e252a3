import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../../db/client.ts';
import { requireActor, type Deps, type RequestScope } from '../../../http/context.ts';
import { AppError, type FieldError } from '../../../http/errors.ts';
import { seoulDateTime, seoulMinute, seoulToday } from '../../../shared/clock.ts';
import { t, type Lang } from '../../../shared/i18n/index.ts';
import { addDays } from '../../../shared/random.ts';
import { audit } from '../../audit/audit.service.ts';
import { memberOrganizations, type Actor } from '../../auth/actor.ts';
import { enqueueMail } from '../../mail/mail.service.ts';
import { checkIfMatch } from '../../organizations/organization.service.ts';
import { mayWriteFor } from '../../support-records/support-record.policy.ts';
import { supportRecords } from '../../support-records/support-record.table.ts';
import { computeRanking } from '../ranking/ranking.service.ts';
import type { RankedApplication } from '../ranking/ranking.ts';
import { roundApplications } from '../rounds/round.applications.ts';
import { roundFor, statusOf, tenantOf, type RoundRow } from '../rounds/round.service.ts';
import { evaluationRounds } from '../rounds/round.table.ts';
import { bonusGrants, cohortMembers, evaluationAppeals, roundDecisions, type Decision } from './selection.table.ts';
import { linkOf as appLink } from '../../applications/application.review.ts';

/**
 * Selection (선정): staff confirm a closed round's results once, every application decided
 * (advance, reserve, rejected), with the ranking as it stood kept beside each decision. The last
 * round's advance is 선정: the application becomes selected, its organization joins the call's
 * cohort and gets a support record in the ledger. Applicants are told by mail and see the result
 * on their page (with their own scores and the judges' comments when the round publishes them),
 * and may appeal (이의신청) until the window closes; staff answer every appeal.
 */


/** The end of the Korea-time day `days` after today: the last moment of an appeal window. */
function endOfDayAfter(deps: Deps, days: number): Date {
  return new Date(`${addDays(seoulToday(deps.clock), days)}T23:59:59+09:00`);
}

async function isLastRound(db: Db, round: RoundRow): Promise<boolean> {
  const [later] = await rowsOf(db, sql`select 1 from evaluation_rounds where call_id = ${round.callId}::uuid and position > ${round.position} limit 1`);
  return !later;
}

export type DecisionIn = { applicationId: string; decision: Decision; note?: string };
export type ConfirmIn = { decisions: DecisionIn[]; appealDays: number; notify: boolean };

type Applicant = { applicationId: string; organizationId: string; organizationName: string; receiptNumber: string | null; name: string; email: string; locale: string };

async function applicantsOf(db: Db, roundId: string): Promise<Map<string, Applicant>> {
  const rows = await rowsOf<Applicant>(db, sql`
    select a.id as "applicationId", a.organization_id as "organizationId", o.name as "organizationName", a.receipt_number as "receiptNumber", p.name, p.email, p.locale
    from applications a join organizations o on o.id = a.organization_id join people p on p.id = a.applicant_id
    where a.call_id = (select call_id from evaluation_rounds where id = ${roundId}::uuid)`);
  return new Map(rows.map((r) => [r.applicationId, r]));
}

/** The review status an application gets from a decision: the last round's decides the selection. */
const reviewStatusOf = (decision: Decision, last: boolean) => (decision === 'advance' ? (last ? 'selected' : 'underReview') : decision === 'reserve' ? 'reserve' : 'notSelected');

/**
 * Confirms the round's results (If-Match with the round's version: two staff confirming at once,
 * the second is refused). Every application of the round is decided exactly once.
 */
export async function confirmResults(deps: Deps, scope: RequestScope, roundId: string, ifMatch: string | undefined, input: ConfirmIn) {
  const actor = requireActor(scope);
  const db = deps.database.db;
  const { row: before } = await roundFor(db, actor, roundId, true);
  if (before.confirmedAt) throw new AppError('resultsConfirmed');
  if (statusOf(before, deps.clock.now()) !== 'closed') throw new AppError('roundNotClosed', { closesAt: seoulDateTime(before.scoringClosesAt) });
  // Sheets no longer change once scoring closed: the ranking read here is the one confirmed.
  const ranking = await computeRanking(deps, before);
  const ranked = new Map<string, RankedApplication>(ranking.outcome.status === 'ranked' ? ranking.outcome.applications.map((a) => [a.id, a]) : []);
  const apps = await roundApplications(db, roundId);
  const errors: FieldError[] = [];
  const inRound = new Set(apps.map((a) => a.id));
  const seen = new Set<string>();
  input.decisions.forEach((d, i) => {
    if (!inRound.has(d.applicationId)) errors.push({ path: `decisions.${i}.applicationId`, key: 'validation.notInRound' });
    else if (seen.has(d.applicationId)) errors.push({ path: `decisions.${i}.applicationId`, key: 'validation.duplicateDecision' });
    seen.add(d.applicationId);
  });
  const missing = apps.filter((a) => !seen.has(a.id)).length;
  if (missing) errors.push({ path: 'decisions', key: 'validation.decisionMissing', params: { count: missing } });
  if (errors.length) throw AppError.validation(errors);

  const applicants = await applicantsOf(db, roundId);
  const result = await db.transaction(async (tx) => {
    const { row: round, call } = await roundFor(tx, actor, roundId, true, true);
    if (round.confirmedAt) throw new AppError('resultsConfirmed');
    checkIfMatch(ifMatch, round.version);
    const now = deps.clock.now();
    const last = await isLastRound(tx, round);
    const appealsCloseAt = endOfDayAfter(deps, input.appealDays);
    await tx.insert(roundDecisions).values(
      input.decisions.map((d) => {
        const r = ranked.get(d.applicationId);
        return {
          roundId,
          applicationId: d.applicationId,
          decision: d.decision,
          rank: r?.rank ?? null,
          ranking: r ? { aggregate: r.aggregate, bonus: r.bonus, final: r.final, method: r.method, criterionMeans: r.criterionMeans, failedCriteria: r.failedCriteria, proposal: r.proposal, tied: r.tied } : null,
          note: d.note ?? '',
          decidedBy: actor.personId,
          decidedAt: now,
        };
      }),
    );
    await tx
      .update(evaluationRounds)
      .set({ confirmedAt: now, confirmedBy: actor.personId, appealsCloseAt, version: round.version + 1, updatedAt: now })
      .where(sql`${evaluationRounds.id} = ${roundId}::uuid`);
    // The review status changes as a staff review does: a new version, not an edit of the answers (updated_at stays the applicant's).
    for (const decision of ['advance', 'reserve', 'rejected'] as const) {
      const ids = input.decisions.filter((d) => d.decision === decision).map((d) => d.applicationId);
      if (ids.length)
        await tx.execute(
          sql`update applications set review_status = ${reviewStatusOf(decision, last)}, version = version + 1 where id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`,
        );
    }
    const joined = last ? await enrolSelected(tx, deps, actor, round, input.decisions.filter((d) => d.decision === 'advance').map((d) => applicants.get(d.applicationId)!)) : 0;
    if (input.notify) {
      for (const d of input.decisions) {
        const to = applicants.get(d.applicationId)!;
        const locale: Lang = to.locale === 'en' ? 'en' : 'ko';
        await enqueueMail(tx, deps, {
          kind: 'evaluationResult',
          to: to.email,
          locale,
          params: {
            name: to.name,
            organization: to.organizationName,
            callTitle: call.title,
            roundName: round.name,
            decision: t(locale, `evaluation.decisions.${d.decision === 'advance' && last ? 'selected' : d.decision}`),
            scoresNote: t(locale, round.publishScores ? 'evaluation.scoresPublished' : 'evaluation.scoresNotPublished'),
            appealsCloseAt: seoulMinute(appealsCloseAt),
            url: appLink(deps, d.applicationId),
          },
          ...tenantOf(call),
        });
      }
    }
    const count = (k: Decision) => input.decisions.filter((d) => d.decision === k).length;
    const counts = { advance: count('advance'), reserve: count('reserve'), rejected: count('rejected') };
    await audit(tx, actor, { action: 'round.results_confirmed', entityType: 'evaluation_round', entityId: roundId, ...tenantOf(call), after: { ...counts, last, cohortMembers: joined, notified: input.notify } }, scope.requestId);
    return { ...counts, cohortMembers: joined };
  });
  return { ...result, round: roundId };
}

/** The last round's selected: members of the call's cohort (when it names one), each with a support record in the ledger. */
async function enrolSelected(tx: Db, deps: Deps, actor: Actor, round: RoundRow, selected: Applicant[]): Promise<number> {
  if (!selected.length) return 0;
  const [info] = await rowsOf<{ title: string; cohortId: string | null; cohortName: string | null; cohortStart: string | null; programName: string; centerId: string | null; clusterId: string | null; kinds: string[] }>(tx, sql`
    select k.title, k.cohort_id as "cohortId", c.name as "cohortName", c.started_on::text as "cohortStart", p.name as "programName",
      p.center_id as "centerId", p.cluster_id as "clusterId", p.support_kinds as kinds
    from calls k join programs p on p.id = k.program_id left join program_cohorts c on c.id = k.cohort_id where k.id = ${round.callId}::uuid`);
  const now = deps.clock.now();
  const today = seoulToday(deps.clock);
  let joined = 0;
  for (const s of selected) {
    const [record] = await tx
      .insert(supportRecords)
      .values({
        organizationId: s.organizationId,
        centerId: info!.centerId,
        clusterId: info!.clusterId,
        kind: info!.kinds[0] ?? 'other',
        startedOn: info!.cohortStart && info!.cohortStart > today ? info!.cohortStart : today,
        program: info!.cohortName ? `${info!.programName} ${info!.cohortName}` : info!.programName,
        notes: `${info!.title} 선정 (접수번호 ${s.receiptNumber ?? '-'})`,
        createdBy: actor.personId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: supportRecords.id });
    if (info!.cohortId) {
      const inserted = await tx
        .insert(cohortMembers)
        .values({ cohortId: info!.cohortId, organizationId: s.organizationId, applicationId: s.applicationId, supportRecordId: record!.id, joinedAt: now })
        .onConflictDoNothing()
        .returning({ id: cohortMembers.organizationId });
      joined += inserted.length;
    }
  }
  return joined;
}

/** The round's confirmed decisions, with the ranking kept at confirmation. */
export async function listDecisions(deps: Deps, scope: RequestScope, roundId: string) {
  const actor = requireActor(scope);
  const db = deps.database.db;
  const { row: round } = await roundFor(db, actor, roundId, false);
  const rows = await rowsOf<{ applicationId: string; receiptNumber: string | null; organizationName: string; decision: Decision; rank: number | null; ranking: Record<string, unknown> | null; note: string; decidedAt: Date; decidedBy: string | null }>(db, sql`
    select d.application_id as "applicationId", a.receipt_number as "receiptNumber", o.name as "organizationName", d.decision, d.rank, d.ranking, d.note, d.decided_at as "decidedAt", p.name as "decidedBy"
    from round_decisions d join applications a on a.id = d.application_id join organizations o on o.id = a.organization_id left join people p on p.id = d.decided_by
    where d.round_id = ${roundId}::uuid order by d.rank nulls last, a.receipt_number`);
  return {
    confirmedAt: round.confirmedAt && seoulDateTime(round.confirmedAt),
    appealsCloseAt: round.appealsCloseAt && seoulDateTime(round.appealsCloseAt),
    items: rows.map((r) => ({ ...r, decidedAt: seoulDateTime(new Date(r.decidedAt)) })),
  };
}

/** Staff's bonus points for one application (가점 부여), with the reason; not once results are confirmed. */
export async function grantBonus(deps: Deps, scope: RequestScope, roundId: string, input: { applicationId: string; points: number; reason: string }) {
  const actor = requireActor(scope);
  await deps.database.db.transaction(async (tx) => {
    const { row: round, call } = await roundFor(tx, actor, roundId, true, true);
    if (round.confirmedAt) throw new AppError('resultsConfirmed');
    const apps = await roundApplications(tx, roundId);
    if (!apps.some((a) => a.id === input.applicationId)) throw AppError.field('applicationId', 'validation.notInRound');
    const [row] = await tx.insert(bonusGrants).values({ roundId, ...input, createdBy: actor.personId, createdAt: deps.clock.now() }).returning({ id: bonusGrants.id });
    await audit(tx, actor, { action: 'round.bonus_granted', entityType: 'evaluation_round', entityId: roundId, ...tenantOf(call), after: { id: row!.id, ...input } }, scope.requestId);
  });
  return listBonusGrants(deps, scope, roundId);
}

export async function listBonusGrants(deps: Deps, scope: RequestScope, roundId: string) {
  const actor = requireActor(scope);
  const db = deps.database.db;
  await roundFor(db, actor, roundId, false);
  const rows = await rowsOf<{ id: string; applicationId: string; receiptNumber: string | null; organizationName: string; points: string | number; reason: string; createdBy: string | null; createdAt: Date }>(db, sql`
    select g.id, g.application_id as "applicationId", a.receipt_number as "receiptNumber", o.name as "organizationName", g.points, g.reason, p.name as "createdBy", g.created_at as "createdAt"
    from bonus_grants g join applications a on a.id = g.application_id join organizations o on o.id = a.organization_id left join people p on p.id = g.created_by
    where g.round_id = ${roundId}::uuid order by g.created_at, g.id`);
  return rows.map((r) => ({ ...r, points: Number(r.points), createdAt: seoulDateTime(new Date(r.createdAt)) }));
}

export async function revokeBonus(deps: Deps, scope: RequestScope, id: string) {
  const actor = requireActor(scope);
  await deps.database.db.transaction(async (tx) => {
    const [grant] = await tx.select().from(bonusGrants).where(sql`${bonusGrants.id} = ${id}::uuid`);
    if (!grant) throw AppError.notFound();
    const { row: round, call } = await roundFor(tx, actor, grant.roundId, true, true);
    if (round.confirmedAt) throw new AppError('resultsConfirmed');
    await tx.delete(bonusGrants).where(sql`${bonusGrants.id} = ${id}::uuid`);
    await audit(tx, actor, { action: 'round.bonus_revoked', entityType: 'evaluation_round', entityId: grant.roundId, ...tenantOf(call), before: grant }, scope.requestId);
  });
}

/** An application and whether the actor is of its organization or its call's staff (404 to anyone else). */
async function applicationFor(db: Db, actor: Actor, applicationId: string) {
  const [app] = await rowsOf<{ id: string; organizationId: string; organizationName: string; callId: string; callTitle: string; centerId: string | null; clusterId: string | null; status: string }>(db, sql`
    select a.id, a.organization_id as "organizationId", o.name as "organizationName", a.call_id as "callId", k.title as "callTitle", p.center_id as "centerId", p.cluster_id as "clusterId", a.status
    from applications a join organizations o on o.id = a.organization_id join calls k on k.id = a.call_id join programs p on p.id = k.program_id where a.id = ${applicationId}::uuid`);
  if (!app) throw AppError.notFound();
  const member = memberOrganizations(actor).includes(app.organizationId);
  const staff = app.status !== 'draft' && mayWriteFor(actor, app);
  if (!member && !staff) throw AppError.notFound();
  return { app, member, staff };
}

/**
 * The applicant's view of its evaluation: each round whose results are confirmed, the decision,
 * and, when the round publishes scores, its own scores (the mean per criterion, the aggregate,
 * bonus and final), its rank, and the judges' comments under anonymous numbers.
 */
export async function applicationEvaluation(deps: Deps, scope: RequestScope, applicationId: string) {
  const actor = requireActor(scope);
  const db = deps.database.db;
  const { app } = await applicationFor(db, actor, applicationId);
  const rounds = await rowsOf<{ id: string; name: string; position: number; publishScores: boolean; criteria: RoundRow['criteria']; confirmedAt: Date; appealsCloseAt: Date | null; decision: Decision; rank: number | null; ranking: Record<string, unknown> | null }>(db, sql`
    select r.id, r.name, r.position, r.publish_scores as "publishScores", r.criteria, r.confirmed_at as "confirmedAt", r.appeals_close_at as "appealsCloseAt", d.decision, d.rank, d.ranking
    from evaluation_rounds r join round_decisions d on d.round_id = r.id and d.application_id = ${applicationId}::uuid
    where r.call_id = ${app.callId}::uuid and r.confirmed_at is not null order by r.position`);
  const [later] = await rowsOf<{ position: number }>(db, sql`select max(position) as position from evaluation_rounds where call_id = ${app.callId}::uuid`);
  const now = deps.clock.now();
  const out = [];
  for (const r of rounds) {
    const comments = r.publishScores
      ? await rowsOf<{ comments: Record<string, string>; comment: string }>(db, sql`
          select s.comments, s.comment from score_sheets s where s.round_id = ${r.id}::uuid and s.application_id = ${applicationId}::uuid and s.status = 'submitted'
          order by md5(s.id::text)`)
      : [];
    const [appeal] = await db.select().from(evaluationAppeals).where(sql`${evaluationAppeals.roundId} = ${r.id}::uuid and ${evaluationAppeals.applicationId} = ${applicationId}::uuid`);
    const ranking = r.ranking as { aggregate: number | null; bonus: number; final: number | null; criterionMeans: Record<string, number> } | null;
    const appealsCloseAt = r.appealsCloseAt ? new Date(r.appealsCloseAt) : null;
    out.push({
      roundId: r.id,
      name: r.name,
      position: r.position,
      decision: r.decision,
      last: r.position === later?.position,
      confirmedAt: seoulDateTime(new Date(r.confirmedAt)),
      appealsCloseAt: appealsCloseAt && seoulDateTime(appealsCloseAt),
      appealOpen: !!appealsCloseAt && now <= appealsCloseAt && !appeal,
      scores:
        r.publishScores && ranking
          ? {
              rank: r.rank,
              aggregate: ranking.aggregate,
              bonus: ranking.bonus,
              final: ranking.final,
              maxTotal: r.criteria.reduce((s, c) => s + c.weight, 0),
              criteria: r.criteria.map((c) => ({ id: c.id, title: c.title, weight: c.weight, maxScore: c.maxScore, mean: ranking.criterionMeans[c.id] ?? null })),
              // Judges who wrote nothing are left out rather than shown as an empty 심사위원 n.
              comments: comments.filter((s) => s.comment.trim() || Object.values(s.comments).some((c) => c.trim())).map((s, i) => ({
                judge: i + 1,
                overall: s.comment,
                byCriterion: r.criteria.filter((c) => s.comments[c.id]).map((c) => ({ criterionId: c.id, title: c.title, text: s.comments[c.id]! })),
              })),
            }
          : null,
      appeal: appeal
        ? {
            id: appeal.id,
            body: appeal.body,
            status: appeal.status,
            submittedAt: seoulDateTime(appeal.submittedAt),
            response: appeal.response,
            respondedAt: appeal.respondedAt && seoulDateTime(appeal.respondedAt),
          }
        : null,
    });
  }
  return { applicationId, rounds: out };
}

/** 이의신청: a member of the applicant organization objects to a confirmed round's result, inside its window, once. */
export async function submitAppeal(deps: Deps, scope: RequestScope, applicationId: string, input: { roundId: string; body: string }) {
  const actor = requireActor(scope);
  await deps.database.db.transaction(async (tx) => {
    const { app, member } = await applicationFor(tx, actor, applicationId);
    if (!member) throw new AppError('forbidden');
    const [round] = await tx.select().from(evaluationRounds).where(sql`${evaluationRounds.id} = ${input.roundId}::uuid and ${evaluationRounds.callId} = ${app.callId}::uuid`);
    const [decided] = round ? await rowsOf(tx, sql`select 1 from round_decisions where round_id = ${round.id}::uuid and application_id = ${applicationId}::uuid`) : [];
    if (!round || !decided) throw AppError.field('roundId', 'validation.notInRound');
    if (!round.appealsCloseAt || deps.clock.now() > round.appealsCloseAt) throw new AppError('appealClosed');
    const inserted = await tx
      .insert(evaluationAppeals)
      .values({ roundId: round.id, applicationId, body: input.body, submittedBy: actor.personId, submittedAt: deps.clock.now() })
      .onConflictDoNothing()
      .returning({ id: evaluationAppeals.id });
    if (!inserted.length) throw new AppError('appealExists');
    await audit(tx, actor, { action: 'appeal.submitted', entityType: 'evaluation_appeal', entityId: inserted[0]!.id, centerId: app.centerId, clusterId: app.clusterId, after: input }, scope.requestId);
  });
  return applicationEvaluation(deps, scope, applicationId);
}

/** The round's appeals, for its staff. */
export async function listAppeals(deps: Deps, scope: RequestScope, roundId: string) {
  const actor = requireActor(scope);
  const db = deps.database.db;
  await roundFor(db, actor, roundId, false);
  const rows = await rowsOf<{ id: string; applicationId: string; receiptNumber: string | null; organizationName: string; body: string; status: 'open' | 'upheld' | 'dismissed'; submittedAt: Date; submittedBy: string; response: string | null; respondedAt: Date | null; respondedBy: string | null; version: number }>(db, sql`
    select e.id, e.application_id as "applicationId", a.receipt_number as "receiptNumber", o.name as "organizationName", e.body, e.status, e.submitted_at as "submittedAt",
      sp.name as "submittedBy", e.response, e.responded_at as "respondedAt", rp.name as "respondedBy", e.version
    from evaluation_appeals e join applications a on a.id = e.application_id join organizations o on o.id = a.organization_id
    join people sp on sp.id = e.submitted_by left join people rp on rp.id = e.responded_by
    where e.round_id = ${roundId}::uuid order by e.submitted_at, e.id`);
  return rows.map((r) => ({ ...r, submittedAt: seoulDateTime(new Date(r.submittedAt)), respondedAt: r.respondedAt && seoulDateTime(new Date(r.respondedAt)) }));
}

/** Staff answer an appeal (upheld or dismissed, with the response); the applicant is mailed. Once. */
export async function answerAppeal(deps: Deps, scope: RequestScope, id: string, input: { status: 'upheld' | 'dismissed'; response: string }) {
  const actor = requireActor(scope);
  let roundId = '';
  await deps.database.db.transaction(async (tx) => {
    const [appeal] = await tx.select().from(evaluationAppeals).where(sql`${evaluationAppeals.id} = ${id}::uuid`).for('update');
    if (!appeal) throw AppError.notFound();
    roundId = appeal.roundId;
    const { row: round, call } = await roundFor(tx, actor, appeal.roundId, true);
    if (appeal.status !== 'open') throw new AppError('appealAnswered');
    const now = deps.clock.now();
    await tx
      .update(evaluationAppeals)
      .set({ status: input.status, response: input.response, respondedBy: actor.personId, respondedAt: now, version: appeal.version + 1 })
      .where(sql`${evaluationAppeals.id} = ${id}::uuid`);
    const to = (await applicantsOf(tx, appeal.roundId)).get(appeal.applicationId)!;
    const locale: Lang = to.locale === 'en' ? 'en' : 'ko';
    await enqueueMail(tx, deps, {
      kind: 'appealAnswered',
      to: to.email,
      locale,
      params: { name: to.name, organization: to.organizationName, callTitle: call.title, roundName: round.name, status: t(locale, `evaluation.appealStatus.${input.status}`), response: input.response, url: appLink(deps, appeal.applicationId) },
      ...tenantOf(call),
    });
    await audit(tx, actor, { action: 'appeal.answered', entityType: 'evaluation_appeal', entityId: id, ...tenantOf(call), before: { status: 'open' }, after: input }, scope.requestId);
  });
  return listAppeals(deps, scope, roundId);
}
