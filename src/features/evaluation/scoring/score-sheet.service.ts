import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../../db/client.ts';
import { requireActor, type Deps, type RequestScope } from '../../../http/context.ts';
import { AppError, type FieldError } from '../../../http/errors.ts';
import { seoulDateTime, seoulMinute } from '../../../shared/clock.ts';
import { audit } from '../../audit/audit.service.ts';
import type { Actor } from '../../auth/actor.ts';
import { enqueueMail } from '../../mail/mail.service.ts';
import { checkIfMatch } from '../../organizations/organization.service.ts';
import { formVersion } from '../../forms/form.service.ts';
import type { FormFieldIn } from '../../forms/form.schema.ts';
import { mayWriteFor } from '../../support-records/support-record.policy.ts';
import { weightedTotal } from '../ranking/ranking.ts';
import { roundApplicationIds } from '../rounds/round.applications.ts';
import { callTenant, roundFor, statusOf, tenantOf, type RoundRow } from '../rounds/round.service.ts';
import { pairInConflict, sheetInConflict } from '../judges/conflict.detect.ts';
import type { RubricCriterion } from '../rounds/round.schema.ts';
import { evaluationRounds } from '../rounds/round.table.ts';
import { scoreSheets, type SheetStatus } from './score-sheet.table.ts';
import { webUrl } from '../../../shared/config.ts';

/**
 * 평가표: a judge's queue and score sheets, and staff's view of the round's progress.
 *
 * A judge reaches only their own sheets, in rounds where they are an active judge who signed the
 * pledge; a sheet whose pair came into conflict is not found (404), and the attempt is logged.
 * Judges see no one else's scores: nothing here returns another judge's sheet to a judge. Blind
 * rounds hide the applicant's name, BRN, representative and every uploaded file; the queue then
 * names applications by a code (평가대상 07) stable within the round.
 */
type SheetRow = typeof scoreSheets.$inferSelect;


/** The round's applications numbered 1… in an order that says nothing about them (a hash of round and application). */
function codesSql(roundId: string) {
  return sql`select id, row_number() over (order by md5(${roundId}::text || id::text)) as code from (${roundApplicationIds(roundId)}) ids`;
}

type JudgeSeat = { id: string; status: string; pledgeSignedAt: Date | null };

async function seatOf(db: Db, roundId: string, personId: string): Promise<JudgeSeat | undefined> {
  const [row] = await rowsOf<JudgeSeat>(
    db,
    sql`select id, status, pledge_signed_at as "pledgeSignedAt" from round_judges where round_id = ${roundId}::uuid and person_id = ${personId}::uuid`,
  );
  return row;
}

async function roundRow(db: Db, roundId: string): Promise<RoundRow | undefined> {
  const [row] = await db.select().from(evaluationRounds).where(sql`${evaluationRounds.id} = ${roundId}::uuid`);
  return row;
}

const totalOf = (criteria: RubricCriterion[], scores: Record<string, number>) =>
  criteria.every((c) => typeof scores[c.id] === 'number') ? weightedTotal(criteria, scores) : null;

/** The judge's queue in a round: to do (assigned), in progress (draft), done (submitted). */
export async function myQueue(deps: Deps, scope: RequestScope, roundId: string) {
  const actor = requireActor(scope);
  const db = deps.database.db;
  const seat = await seatOf(db, roundId, actor.personId);
  const round = seat && seat.status === 'active' ? await roundRow(db, roundId) : undefined;
  if (!round) throw AppError.notFound();
  const [call] = await rowsOf<{ title: string }>(db, sql`select title from calls where id = ${round.callId}::uuid`);
  const items = seat!.pledgeSignedAt
    ? await rowsOf<{ id: string; applicationId: string; code: number; organizationName: string; receiptNumber: string | null; status: SheetStatus; scores: Record<string, number>; updatedAt: Date; submittedAt: Date | null }>(db, sql`
        select s.id, s.application_id as "applicationId", c.code::int as code, o.name as "organizationName", a.receipt_number as "receiptNumber",
          s.status, s.scores, s.updated_at as "updatedAt", s.submitted_at as "submittedAt"
        from score_sheets s join applications a on a.id = s.application_id join organizations o on o.id = a.organization_id
        join (${codesSql(roundId)}) c on c.id = s.application_id
        where s.round_id = ${roundId}::uuid and s.person_id = ${actor.personId}::uuid
          and not ${sheetInConflict}
        order by c.code`)
    : [];
  return {
    round: {
      id: round.id,
      name: round.name,
      callTitle: call?.title ?? '',
      status: statusOf(round, deps.clock.now()),
      blind: round.blind,
      scoringOpensAt: seoulDateTime(round.scoringOpensAt),
      scoringClosesAt: seoulDateTime(round.scoringClosesAt),
      maxTotal: round.criteria.reduce((s, c) => s + c.weight, 0),
    },
    pledgeSigned: !!seat!.pledgeSignedAt,
    items: items.map((s) => ({
      id: s.id,
      code: s.code,
      organizationName: round.blind ? null : s.organizationName,
      receiptNumber: round.blind ? null : s.receiptNumber,
      status: s.status,
      total: totalOf(round.criteria, s.scores),
      updatedAt: seoulDateTime(new Date(s.updatedAt)),
      submittedAt: s.submittedAt && seoulDateTime(new Date(s.submittedAt)),
    })),
  };
}

type Access = { sheet: SheetRow; round: RoundRow; as: 'judge' | 'staff'; tenant: { centerId: string | null; clusterId: string | null } };

/** A sheet's judge who has a conflict with its application: 404 to them, and the attempt logged. */
class BlockedByConflict extends Error {
  constructor(
    readonly sheetId: string,
    readonly applicationId: string,
    readonly roundId: string,
  ) {
    super('blocked by a conflict of interest');
  }
}

/**
 * Runs a judge's request on a sheet; one blocked by a conflict is logged and audited after the
 * request's own transaction is over (its rollback must not take the record with it, and the
 * embedded database runs one transaction at a time), then answered 404.
 */
async function loggingBlocked<T>(deps: Deps, actor: Actor, requestId: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof BlockedByConflict)) throw error;
    deps.logger.warn({ personId: actor.personId, sheetId: error.sheetId, applicationId: error.applicationId }, 'judge with a conflict of interest tried to open an application');
    const [round] = await deps.database.db.select({ callId: evaluationRounds.callId }).from(evaluationRounds).where(sql`${evaluationRounds.id} = ${error.roundId}::uuid`);
    const call = await callTenant(deps.database.db, round!.callId);
    await deps.database.db.transaction((tx) =>
      audit(tx, actor, { action: 'score_sheet.blocked_conflict', entityType: 'score_sheet', entityId: error.sheetId, ...tenantOf(call!), after: { applicationId: error.applicationId } }, requestId),
    );
    throw AppError.notFound();
  }
}

/**
 * A sheet for this actor: its judge (active, pledge signed, no conflict) or the round's staff.
 * A judge blocked by a conflict gets BlockedByConflict (see loggingBlocked).
 */
async function sheetFor(db: Db, actor: Actor, id: string, lock = false): Promise<Access> {
  const query = db.select().from(scoreSheets).where(sql`${scoreSheets.id} = ${id}::uuid`);
  const [sheet] = lock ? await query.for('update') : await query;
  if (!sheet) throw AppError.notFound();
  if (sheet.personId === actor.personId) {
    const seat = await seatOf(db, sheet.roundId, actor.personId);
    if (!seat || seat.status !== 'active') throw AppError.notFound();
    if (await pairInConflict(db, sheet.roundId, actor.personId, sheet.applicationId)) throw new BlockedByConflict(id, sheet.applicationId, sheet.roundId);
    if (!seat.pledgeSignedAt) throw new AppError('pledgeRequired', {}, [], { roundId: sheet.roundId });
    const round = (await roundRow(db, sheet.roundId))!;
    return { sheet, round, as: 'judge', tenant: tenantOf((await callTenant(db, round.callId))!) };
  }
  const { row: round, call } = await roundFor(db, actor, sheet.roundId, false);
  return { sheet, round, as: 'staff', tenant: tenantOf(call) };
}

type AnswerOut = Pick<FormFieldIn, 'key' | 'label' | 'type' | 'options' | 'columns'> & { value: unknown; hidden: boolean };

/** The submitted application as a judge reads it: every answered question, files and identity hidden in a blind round. */
async function applicationView(db: Db, round: RoundRow, applicationId: string, blind: boolean) {
  const [app] = await rowsOf<{ callId: string; formVersion: number; answers: Record<string, unknown>; organizationName: string; receiptNumber: string | null; brn: string | null; representative: string | null; code: number }>(db, sql`
    select a.call_id as "callId", last.form_version as "formVersion", last.answers, o.name as "organizationName", a.receipt_number as "receiptNumber",
      o.brn, o.representative, c.code::int as code
    from applications a join organizations o on o.id = a.organization_id
    cross join lateral (select s.answers, s.form_version from application_submissions s where s.application_id = a.id order by s.seq desc limit 1) last
    left join (${codesSql(round.id)}) c on c.id = a.id
    where a.id = ${applicationId}::uuid`);
  if (!app) throw AppError.notFound();
  const form = await formVersion(db, app.callId, app.formVersion);
  const answers: AnswerOut[] = [];
  for (const section of form?.sections ?? [])
    for (const field of section.fields) {
      const value = app.answers[field.key];
      if (value === undefined || value === null || value === '') continue;
      const hidden = blind && field.type === 'file';
      answers.push({ key: field.key, label: field.label, type: field.type, options: field.options, columns: field.columns, value: hidden ? null : value, hidden });
    }
  const files = blind
    ? []
    : await rowsOf<{ id: string; field: string; fileName: string; size: number }>(
        db,
        sql`select id, field, file_name as "fileName", size from application_files where application_id = ${applicationId}::uuid order by field, uploaded_at`,
      );
  return {
    id: applicationId,
    code: app.code,
    blind,
    organizationName: blind ? null : app.organizationName,
    receiptNumber: blind ? null : app.receiptNumber,
    businessRegistrationNumber: blind ? null : app.brn,
    representative: blind ? null : app.representative,
    answers,
    files,
  };
}

function presentSheet(access: Access, now: Date, actor: Actor) {
  const { sheet, round } = access;
  const status = statusOf(round, now);
  return {
    id: sheet.id,
    roundId: sheet.roundId,
    applicationId: sheet.applicationId,
    status: sheet.status,
    scores: sheet.scores,
    comments: sheet.comments,
    comment: sheet.comment,
    total: totalOf(round.criteria, sheet.scores),
    submittedAt: sheet.submittedAt && seoulDateTime(sheet.submittedAt),
    reopenedAt: sheet.reopenedAt && seoulDateTime(sheet.reopenedAt),
    reopenReason: sheet.reopenReason,
    updatedAt: seoulDateTime(sheet.updatedAt),
    version: sheet.version,
    round: {
      id: round.id,
      name: round.name,
      status,
      blind: round.blind,
      criteria: round.criteria,
      maxTotal: round.criteria.reduce((s, c) => s + c.weight, 0),
      scoringOpensAt: seoulDateTime(round.scoringOpensAt),
      scoringClosesAt: seoulDateTime(round.scoringClosesAt),
    },
    permissions: {
      edit: access.as === 'judge' && status === 'scoring' && sheet.status !== 'submitted',
      reopen: access.as === 'staff' && mayWriteFor(actor, access.tenant) && status === 'scoring' && sheet.status === 'submitted',
    },
  };
}

export async function getSheet(deps: Deps, scope: RequestScope, id: string) {
  const actor = requireActor(scope);
  const db = deps.database.db;
  const access = await loggingBlocked(deps, actor, scope.requestId, () => sheetFor(db, actor, id));
  const blind = access.as === 'judge' && access.round.blind;
  return {
    ...presentSheet(access, deps.clock.now(), actor),
    application: await applicationView(db, access.round, access.sheet.applicationId, blind),
  };
}

export type SheetIn = { scores?: Record<string, number | null>; comments?: Record<string, string>; comment?: string };

/** Each score given is a criterion of the rubric, from 0 to its maximum. */
function scoreErrors(criteria: RubricCriterion[], scores: Record<string, number | null>): FieldError[] {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const out: FieldError[] = [];
  for (const [id, score] of Object.entries(scores)) {
    const c = byId.get(id);
    if (!c) out.push({ path: `scores.${id}`, key: 'validation.unknownCriterion', params: { value: id } });
    else if (score !== null && (!Number.isFinite(score) || score < 0 || score > c.maxScore || Math.abs(Math.round(score * 100) - score * 100) > 1e-6))
      out.push({ path: `scores.${id}`, key: 'validation.scoreRange', params: { max: c.maxScore }, label: { ko: c.title, en: c.title } });
  }
  return out;
}

/** What a submitted sheet needs: every criterion scored, a comment under each criterion's threshold. */
function submitErrors(criteria: RubricCriterion[], sheet: Pick<SheetRow, 'scores' | 'comments'>): FieldError[] {
  const out: FieldError[] = [];
  for (const c of criteria) {
    const score = sheet.scores[c.id];
    if (typeof score !== 'number') out.push({ path: `scores.${c.id}`, key: 'validation.scoreMissing', label: { ko: c.title, en: c.title } });
    else if (c.commentBelow !== null && score < c.commentBelow && !sheet.comments[c.id]?.trim())
      out.push({ path: `comments.${c.id}`, key: 'validation.commentRequired', params: { below: c.commentBelow }, label: { ko: c.title, en: c.title } });
  }
  return out;
}

function assertScoring(round: RoundRow, now: Date) {
  const status = statusOf(round, now);
  if (status === 'setup') throw new AppError('scoringNotOpen', { opensAt: seoulDateTime(round.scoringOpensAt) });
  if (status === 'closed') throw new AppError('roundClosed');
}

async function judgeSheetForWrite(deps: Deps, tx: Db, actor: Actor, id: string, ifMatch: string | undefined) {
  const access = await sheetFor(tx, actor, id, true);
  if (access.as !== 'judge') throw new AppError('forbidden');
  assertScoring(access.round, deps.clock.now());
  if (access.sheet.status === 'submitted') throw new AppError('sheetSubmitted');
  if (ifMatch !== undefined) checkIfMatch(ifMatch, access.sheet.version);
  return access;
}

const changeOf = (before: SheetRow, after: Pick<SheetRow, 'scores' | 'comments' | 'comment'>) => ({
  before: { scores: before.scores, comments: before.comments, comment: before.comment },
  after: { scores: after.scores, comments: after.comments, comment: after.comment },
});

/**
 * Autosave: the scores and comments given replace those criteria's (null clears one); the sheet
 * becomes a draft. Only the judge, only while scoring is open, never after submission. If-Match
 * is optional (a stale autosave from another tab is refused when sent).
 */
export async function saveSheet(deps: Deps, scope: RequestScope, id: string, ifMatch: string | undefined, input: SheetIn) {
  const actor = requireActor(scope);
  return loggingBlocked(deps, actor, scope.requestId, () => deps.database.db.transaction(async (tx) => {
    const access = await judgeSheetForWrite(deps, tx, actor, id, ifMatch);
    const { sheet, round } = access;
    const errors = scoreErrors(round.criteria, input.scores ?? {});
    const known = new Set(round.criteria.map((c) => c.id));
    for (const key of Object.keys(input.comments ?? {})) if (!known.has(key)) errors.push({ path: `comments.${key}`, key: 'validation.unknownCriterion', params: { value: key } });
    if (errors.length) throw AppError.validation(errors);
    const scores = { ...sheet.scores };
    for (const [k, v] of Object.entries(input.scores ?? {})) {
      if (v === null) delete scores[k];
      else scores[k] = v;
    }
    const comments = { ...sheet.comments };
    for (const [k, v] of Object.entries(input.comments ?? {})) {
      if (v.trim()) comments[k] = v;
      else delete comments[k];
    }
    const next = { scores, comments, comment: input.comment ?? sheet.comment };
    const now = deps.clock.now();
    const [row] = await tx
      .update(scoreSheets)
      .set({ ...next, status: 'draft', version: sheet.version + 1, updatedAt: now })
      .where(sql`${scoreSheets.id} = ${id}::uuid`)
      .returning();
    await audit(tx, actor, { action: 'score_sheet.saved', entityType: 'score_sheet', entityId: id, ...access.tenant, ...changeOf(sheet, next) }, scope.requestId);
    return presentSheet({ ...access, sheet: row! }, now, actor);
  }));
}

/** Submits a complete sheet (every criterion scored, comments where the rubric asks). */
export async function submitSheet(deps: Deps, scope: RequestScope, id: string, ifMatch: string | undefined) {
  const actor = requireActor(scope);
  return loggingBlocked(deps, actor, scope.requestId, () => deps.database.db.transaction(async (tx) => {
    const access = await judgeSheetForWrite(deps, tx, actor, id, ifMatch);
    const { sheet, round } = access;
    const errors = submitErrors(round.criteria, sheet);
    if (errors.length) throw AppError.validation(errors);
    const now = deps.clock.now();
    const [row] = await tx
      .update(scoreSheets)
      .set({ status: 'submitted', submittedAt: now, version: sheet.version + 1, updatedAt: now })
      .where(sql`${scoreSheets.id} = ${id}::uuid`)
      .returning();
    await audit(
      tx,
      actor,
      { action: 'score_sheet.submitted', entityType: 'score_sheet', entityId: id, ...access.tenant, after: { scores: sheet.scores, total: totalOf(round.criteria, sheet.scores) } },
      scope.requestId,
    );
    return presentSheet({ ...access, sheet: row! }, now, actor);
  }));
}

/** Staff reopen a submitted sheet for its judge, with the reason (kept, and shown to the judge). Not after scoring closed. */
export async function reopenSheet(deps: Deps, scope: RequestScope, id: string, reason: string) {
  const actor = requireActor(scope);
  return deps.database.db.transaction(async (tx) => {
    const [sheet] = await tx.select().from(scoreSheets).where(sql`${scoreSheets.id} = ${id}::uuid`).for('update');
    if (!sheet) throw AppError.notFound();
    const { row: round, call } = await roundFor(tx, actor, sheet.roundId, true);
    assertScoring(round, deps.clock.now());
    if (sheet.status !== 'submitted') throw AppError.field('status', 'validation.notSubmitted');
    const now = deps.clock.now();
    const [row] = await tx
      .update(scoreSheets)
      .set({ status: 'draft', reopenedAt: now, reopenReason: reason, version: sheet.version + 1, updatedAt: now })
      .where(sql`${scoreSheets.id} = ${id}::uuid`)
      .returning();
    await audit(tx, actor, { action: 'score_sheet.reopened', entityType: 'score_sheet', entityId: id, ...tenantOf(call), before: { status: 'submitted', submittedAt: sheet.submittedAt }, after: { reason } }, scope.requestId);
    return presentSheet({ sheet: row!, round, as: 'staff', tenant: tenantOf(call) }, now, actor);
  });
}

/** Staff's view of scoring: per judge and per application, how many sheets are assigned, started, submitted. */
export async function roundProgress(deps: Deps, scope: RequestScope, roundId: string) {
  const actor = requireActor(scope);
  const db = deps.database.db;
  const { row: round } = await roundFor(db, actor, roundId, false);
  const judges = await rowsOf<{ personId: string; name: string; email: string; status: string; pledgeSignedAt: Date | null; assigned: number; draft: number; submitted: number; lastActivity: Date | null }>(db, sql`
    select rj.person_id as "personId", p.name, p.email, rj.status, rj.pledge_signed_at as "pledgeSignedAt",
      count(s.id) filter (where s.status = 'assigned')::int as assigned, count(s.id) filter (where s.status = 'draft')::int as draft,
      count(s.id) filter (where s.status = 'submitted')::int as submitted, max(s.updated_at) filter (where s.status <> 'assigned') as "lastActivity"
    from round_judges rj join people p on p.id = rj.person_id left join score_sheets s on s.round_id = rj.round_id and s.person_id = rj.person_id
    where rj.round_id = ${roundId}::uuid and rj.status in ('invited', 'active')
    group by rj.person_id, p.name, p.email, rj.status, rj.pledge_signed_at order by p.name, rj.person_id`);
  const applications = await rowsOf<{ applicationId: string; receiptNumber: string | null; organizationName: string; assigned: number; submitted: number }>(db, sql`
    select a.id as "applicationId", a.receipt_number as "receiptNumber", o.name as "organizationName",
      count(s.id)::int as assigned, count(s.id) filter (where s.status = 'submitted')::int as submitted
    from applications a join organizations o on o.id = a.organization_id left join score_sheets s on s.round_id = ${roundId}::uuid and s.application_id = a.id
    where a.id in (${roundApplicationIds(roundId)})
    group by a.id, a.receipt_number, o.name order by a.receipt_number nulls last, a.id`);
  const sheetRows = await rowsOf<{ id: string; personId: string; applicationId: string; status: SheetStatus; scores: Record<string, number>; submittedAt: Date | null; reopenReason: string | null }>(db, sql`
    select id, person_id as "personId", application_id as "applicationId", status, scores, submitted_at as "submittedAt", reopen_reason as "reopenReason"
    from score_sheets where round_id = ${roundId}::uuid order by application_id, person_id`);
  const sheets = judges.reduce((s, j) => s + j.assigned + j.draft + j.submitted, 0);
  return {
    roundId,
    status: statusOf(round, deps.clock.now()),
    judgesPerApplication: round.judgesPerApplication,
    totals: { sheets, submitted: judges.reduce((s, j) => s + j.submitted, 0), applications: applications.length, complete: applications.filter((a) => a.assigned > 0 && a.submitted === a.assigned).length },
    judges: judges.map((j) => ({ ...j, pledgeSignedAt: j.pledgeSignedAt && seoulDateTime(new Date(j.pledgeSignedAt)), lastActivity: j.lastActivity && seoulDateTime(new Date(j.lastActivity)) })),
    applications,
    sheets: sheetRows.map((s) => ({
      id: s.id,
      personId: s.personId,
      applicationId: s.applicationId,
      status: s.status,
      total: totalOf(round.criteria, s.scores),
      submittedAt: s.submittedAt && seoulDateTime(new Date(s.submittedAt)),
      reopenReason: s.reopenReason,
    })),
  };
}

/** Whether a judge may read an application's files: a sheet of theirs for it in a round that is not blind, pledge signed, no conflict. */
export async function judgeMayReadFiles(db: Db, personId: string, applicationId: string): Promise<boolean> {
  const [row] = await rowsOf(db, sql`
    select 1 from score_sheets s join evaluation_rounds r on r.id = s.round_id
    join round_judges rj on rj.round_id = s.round_id and rj.person_id = s.person_id and rj.status = 'active' and rj.pledge_signed_at is not null
    where s.person_id = ${personId}::uuid and s.application_id = ${applicationId}::uuid and not r.blind and not ${sheetInConflict}
    limit 1`);
  return !!row;
}

const queueLink = (deps: Deps, roundId: string) => webUrl(deps.config, `/judging/${roundId}`);

/** Mails a reminder to each active judge of the round with sheets not yet submitted (or only to those named). */
export async function remindJudges(deps: Deps, scope: RequestScope, roundId: string, personIds?: string[]) {
  const actor = requireActor(scope);
  return deps.database.db.transaction(async (tx) => {
    const { row: round, call } = await roundFor(tx, actor, roundId, true);
    if (statusOf(round, deps.clock.now()) === 'closed') throw new AppError('roundClosed');
    const only = personIds?.length ? sql`and rj.person_id in (${sql.join(personIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``;
    const due = await rowsOf<{ personId: string; name: string; email: string; locale: string; left: number }>(tx, sql`
      select rj.person_id as "personId", p.name, p.email, p.locale, count(s.id)::int as left
      from round_judges rj join people p on p.id = rj.person_id join score_sheets s on s.round_id = rj.round_id and s.person_id = rj.person_id and s.status <> 'submitted'
      where rj.round_id = ${roundId}::uuid and rj.status = 'active' ${only}
      group by rj.person_id, p.name, p.email, p.locale order by p.name`);
    const closesAt = seoulMinute(round.scoringClosesAt);
    for (const j of due)
      await enqueueMail(tx, deps, {
        kind: 'judgeReminder',
        to: j.email,
        locale: j.locale === 'en' ? 'en' : 'ko',
        params: { name: j.name, roundName: round.name, callTitle: call.title, left: j.left, closesAt, url: queueLink(deps, roundId) },
        ...tenantOf(call),
      });
    await audit(tx, actor, { action: 'round.judges_reminded', entityType: 'evaluation_round', entityId: roundId, ...tenantOf(call), after: { judges: due.map((j) => j.personId) } }, scope.requestId);
    return { reminded: due.length };
  });
}
