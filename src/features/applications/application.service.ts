import { and, desc, eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client.ts';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError, type FieldError } from '../../http/errors.ts';
import { seoulDateTime, seoulToday } from '../../shared/clock.ts';
import { audit } from '../audit/audit.service.ts';
import { memberOrganizations, type Actor } from '../auth/actor.ts';
import { evaluate, type EligibilityRulesIn } from '../calls/call.eligibility.ts';
import { calls } from '../calls/call.table.ts';
import { checkAnswers } from '../forms/form.answers.ts';
import type { FormDefinitionIn } from '../forms/form.schema.ts';
import { formVersion, latestForm } from '../forms/form.service.ts';
import { enqueueMail } from '../mail/mail.service.ts';
import { checkIfMatch } from '../organizations/organization.service.ts';
import { organizations } from '../organizations/organization.table.ts';
import { programs } from '../programs/program.table.ts';
import { mayWriteFor } from '../support-records/support-record.policy.ts';
import { checkFileAnswers } from './application.files.ts';
import { applicationSubmissions, applications } from './application.table.ts';
import type { ReviewStatus } from './application.review.ts';

type ApplicationRow = typeof applications.$inferSelect;

export type ApplicationOut = {
  id: string;
  callId: string;
  callTitle: string;
  organizationId: string;
  organizationName: string;
  formVersion: number;
  answers: Record<string, unknown>;
  status: 'draft' | 'submitted' | 'withdrawn';
  reviewStatus: ReviewStatus | null;
  receiptNumber: string | null;
  submittedAt: string | null;
  withdrawnAt: string | null;
  submissions: { seq: number; formVersion: number; submittedAt: string }[];
  version: number;
  updatedAt: string;
};

/** The call an application is to, with its tenant, form, rules and period. */
async function callOf(db: Db, callId: string) {
  const [row] = await db
    .select({ id: calls.id, title: calls.title, opensAt: calls.opensAt, closesAt: calls.closesAt, publishedAt: calls.publishedAt, eligibility: calls.eligibility, centerId: programs.centerId, clusterId: programs.clusterId })
    .from(calls)
    .innerJoin(programs, eq(programs.id, calls.programId))
    .where(eq(calls.id, callId));
  return row;
}

/** The applying organization's members write it; its call's staff read it once it is submitted. */
function accessOf(actor: Actor | null, app: Pick<ApplicationRow, 'organizationId' | 'status'>, tenant: { centerId: string | null; clusterId: string | null }): 'write' | 'read' | null {
  if (memberOrganizations(actor).includes(app.organizationId)) return 'write';
  if (app.status !== 'draft' && mayWriteFor(actor, tenant)) return 'read';
  return null;
}

async function present(db: Db, app: ApplicationRow): Promise<ApplicationOut> {
  // Names and submitted versions in one round trip.
  const [names] = (
    (await db.execute(sql`select (select title from calls where id = ${app.callId}::uuid) as call_title,
      (select name from organizations where id = ${app.organizationId}::uuid) as organization_name,
      coalesce((select json_agg(json_build_object('seq', s.seq, 'formVersion', s.form_version, 'submittedAt', s.submitted_at) order by s.seq)
        from application_submissions s where s.application_id = ${app.id}::uuid), '[]'::json) as submissions`)) as unknown as {
      rows: { call_title: string; organization_name: string; submissions: { seq: number; formVersion: number; submittedAt: string }[] }[];
    }
  ).rows;
  const submissions = names!.submissions.map((s) => ({ ...s, submittedAt: new Date(s.submittedAt) }));
  return {
    id: app.id,
    callId: app.callId,
    callTitle: names!.call_title,
    organizationId: app.organizationId,
    organizationName: names!.organization_name,
    formVersion: app.formVersion,
    answers: app.answers,
    status: app.status as ApplicationOut['status'],
    reviewStatus: app.reviewStatus as ReviewStatus | null,
    receiptNumber: app.receiptNumber,
    submittedAt: app.submittedAt ? seoulDateTime(app.submittedAt) : null,
    withdrawnAt: app.withdrawnAt ? seoulDateTime(app.withdrawnAt) : null,
    submissions: submissions.map((s) => ({ seq: s.seq, formVersion: s.formVersion, submittedAt: seoulDateTime(s.submittedAt) })),
    version: app.version,
    updatedAt: app.updatedAt.toISOString(),
  };
}

/** An application as this actor may see it (404 otherwise); `write` for its organization's members. */
export async function loadFor(db: Db, actor: Actor | null, id: string, need: 'read' | 'write', lock = false) {
  const query = db.select().from(applications).where(eq(applications.id, id));
  const [app] = lock ? await query.for('update') : await query;
  if (!app) throw AppError.notFound();
  const call = (await callOf(db, app.callId))!;
  const access = accessOf(actor, app, call);
  if (!access || (need === 'write' && access !== 'write')) throw access ? new AppError('forbidden') : AppError.notFound();
  return { app, call };
}

export async function getApplication(deps: Deps, scope: RequestScope, id: string): Promise<ApplicationOut> {
  if (!scope.actor) throw new AppError('unauthenticated');
  const { app } = await loadFor(deps.database.db, scope.actor, id, 'read');
  return present(deps.database.db, app);
}

/**
 * Starts an organization's application (a draft) to a published call, after its eligibility:
 * an ineligible applicant learns which rule failed before writing anything. A second start by
 * the same organization answers its existing application.
 */
export async function startApplication(deps: Deps, scope: RequestScope, callId: string, organizationId: string): Promise<{ application: ApplicationOut; created: boolean }> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const db = deps.database.db;
  const call = await callOf(db, callId);
  if (!call || (!call.publishedAt && !mayWriteFor(actor, call))) throw AppError.notFound();
  if (!memberOrganizations(actor).includes(organizationId)) throw AppError.field('organizationId', 'errors.notYourOrganization');
  const [existing] = await db.select().from(applications).where(and(eq(applications.callId, callId), eq(applications.organizationId, organizationId)));
  if (existing) return { application: await present(db, existing), created: false };
  if (!call.publishedAt) throw AppError.notFound();
  const now = deps.clock.now();
  if (now > call.closesAt) throw new AppError('callClosed', { closesAt: seoulDateTime(call.closesAt) });
  const form = await latestForm(db, callId);
  if (!form) throw new AppError('formMissing');
  const results = await evaluate(deps.database, call.eligibility as EligibilityRulesIn, organizationId, seoulToday(deps.clock));
  const failed = results.filter((r) => r.passed !== true);
  if (failed.length) {
    const lang = scope.lang;
    const fields: FieldError[] = failed.map((r) => ({ path: `eligibility.${r.rule}`, key: 'errors.ruleFailed', params: { rule: r.statement[lang], reason: r.reason![lang] } }));
    throw new AppError('notEligible', { reasons: failed.map((r) => r.reason![lang]).join(' ') }, fields);
  }
  const started = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(applications)
      .values({ callId, organizationId, applicantId: actor.personId, formVersion: form.version, createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .returning();
    // Two tabs starting at once: the other one's application is this one.
    if (!row) return (await tx.select().from(applications).where(and(eq(applications.callId, callId), eq(applications.organizationId, organizationId))))[0]!;
    await audit(tx, actor, { action: 'application.started', entityType: 'application', entityId: row.id, centerId: call.centerId, clusterId: call.clusterId, after: { callId, organizationId, formVersion: form.version } }, scope.requestId);
    return row;
  });
  // Written just now by a member of its organization: presented without reading it back.
  return { application: await present(db, started), created: true };
}

async function formOf(db: Db, callId: string, version: number): Promise<FormDefinitionIn> {
  return (await formVersion(db, callId, version))!;
}

/**
 * Saves the draft's answers (autosave). Answers may be incomplete but not wrong; a draft is kept
 * whatever the time, before opening and after closing too, so nothing typed is lost.
 */
export async function saveDraft(deps: Deps, scope: RequestScope, id: string, ifMatch: string | undefined, answers: Record<string, unknown>): Promise<ApplicationOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const saved = await deps.database.db.transaction(async (tx) => {
    const [own] = await tx.select().from(applications).where(eq(applications.id, id)).for('update');
    // Its organization's members write it without the call; anyone else gets loadFor's answer (404 or 403).
    const app = own && memberOrganizations(actor).includes(own.organizationId) ? own : (await loadFor(tx, actor, id, 'write', true)).app;
    if (app.status === 'withdrawn') throw new AppError('applicationWithdrawn');
    checkIfMatch(ifMatch, app.version);
    const form = await formOf(tx, app.callId, app.formVersion);
    const errors = [...checkAnswers(form, answers, false), ...(await checkFileAnswers(tx, id, form, answers))];
    if (errors.length) throw AppError.validation(errors);
    const [row] = await tx.update(applications).set({ answers, version: app.version + 1, updatedAt: deps.clock.now() }).where(eq(applications.id, id)).returning();
    return row!;
  });
  return present(deps.database.db, saved);
}

export type SubmissionOut = { applicationId: string; receiptNumber: string; seq: number; submittedAt: string; replayed: boolean };

/**
 * Submits the application as it is now: checked against its form as on submission, inside the
 * call's period (to the closing second), kept whole as a new submitted version, with a receipt
 * number (the first time) and a confirmation mail in the same transaction. The Idempotency-Key
 * makes a retried request the same submission: one, never two, never none.
 */
export async function submitApplication(deps: Deps, scope: RequestScope, id: string, idempotencyKey: string | undefined): Promise<SubmissionOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  if (!idempotencyKey || !/^[\x21-\x7e]{8,100}$/.test(idempotencyKey)) throw new AppError('idempotencyKeyRequired');
  return deps.database.db.transaction(async (tx) => {
    const { app, call } = await loadFor(tx, actor, id, 'write', true);
    const earlier = await tx
      .select({ seq: applicationSubmissions.seq, idempotencyKey: applicationSubmissions.idempotencyKey, submittedAt: applicationSubmissions.submittedAt })
      .from(applicationSubmissions)
      .where(eq(applicationSubmissions.applicationId, id))
      .orderBy(desc(applicationSubmissions.seq));
    const replay = earlier.find((s) => s.idempotencyKey === idempotencyKey);
    if (replay) return { applicationId: id, receiptNumber: app.receiptNumber!, seq: replay.seq, submittedAt: seoulDateTime(replay.submittedAt), replayed: true };
    if (app.status === 'withdrawn') throw new AppError('applicationWithdrawn');
    const now = deps.clock.now();
    if (now < call.opensAt) throw new AppError('callNotOpen', { opensAt: seoulDateTime(call.opensAt) });
    // Open to the closing second itself; 18:00:00.001 is after it.
    if (now.getTime() >= call.closesAt.getTime() + 1000) throw new AppError('callClosed', { closesAt: seoulDateTime(call.closesAt) });
    const form = await formOf(tx, app.callId, app.formVersion);
    const errors = [...checkAnswers(form, app.answers, true), ...(await checkFileAnswers(tx, id, form, app.answers))];
    if (errors.length) throw AppError.validation(errors);
    const seq = (earlier[0]?.seq ?? 0) + 1;
    // Read before the receipt counter: its row lock is held to the commit, so every statement after it delays the next submission.
    const [org] = await tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, app.organizationId));
    await tx.insert(applicationSubmissions).values({ applicationId: id, seq, formVersion: app.formVersion, answers: app.answers, idempotencyKey, submittedBy: actor.personId, submittedAt: now });
    const submitted = sql`status = 'submitted', review_status = ${app.reviewStatus ?? 'received'}, submitted_at = ${now.toISOString()}::timestamptz,
      version = ${app.version + 1}, updated_at = ${now.toISOString()}::timestamptz`;
    // The first submission takes the next receipt number. The counter row stays locked to the
    // commit, so it is taken in the statement that writes the application, after every read.
    const prefix = `${seoulToday(deps.clock).slice(0, 4)}-${app.callId.slice(0, 6).toUpperCase()}-`;
    const [written] = await rowsOf<{ receipt_number: string }>(
      tx,
      app.receiptNumber
        ? sql`update applications set ${submitted} where id = ${id}::uuid returning receipt_number`
        : sql`with c as (insert into call_receipt_counters (call_id, last) values (${app.callId}::uuid, 1)
              on conflict (call_id) do update set last = call_receipt_counters.last + 1 returning last)
            update applications set receipt_number = ${prefix} || lpad(c.last::text, greatest(4, length(c.last::text)), '0'), ${submitted}
            from c where id = ${id}::uuid returning receipt_number`,
    );
    const receiptNumber = written!.receipt_number;
    await enqueueMail(tx, deps, {
      kind: 'applicationSubmitted',
      to: actor.email,
      locale: actor.locale === 'en' ? 'en' : 'ko',
      params: { name: actor.name, organization: org!.name, callTitle: call.title, receiptNumber, submittedAt: seoulDateTime(now), closesAt: seoulDateTime(call.closesAt) },
      centerId: call.centerId,
      clusterId: call.clusterId,
    });
    await audit(tx, actor, { action: 'application.submitted', entityType: 'application', entityId: id, centerId: call.centerId, clusterId: call.clusterId, after: { seq, receiptNumber, formVersion: app.formVersion } }, scope.requestId);
    return { applicationId: id, receiptNumber, seq, submittedAt: seoulDateTime(now), replayed: false };
  });
}

/** Withdraws the application (before the deadline or after); its submitted versions stay. */
export async function withdrawApplication(deps: Deps, scope: RequestScope, id: string): Promise<ApplicationOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const saved = await deps.database.db.transaction(async (tx) => {
    const { app, call } = await loadFor(tx, actor, id, 'write', true);
    if (app.status === 'withdrawn') return app;
    const now = deps.clock.now();
    const [row] = await tx.update(applications).set({ status: 'withdrawn', withdrawnAt: now, version: app.version + 1, updatedAt: now }).where(eq(applications.id, id)).returning();
    await audit(tx, actor, { action: 'application.withdrawn', entityType: 'application', entityId: id, centerId: call.centerId, clusterId: call.clusterId }, scope.requestId);
    return row!;
  });
  return present(deps.database.db, saved);
}

/** The applications of the signed-in person's organizations, newest first: drafts included. */
export async function myApplications(deps: Deps, scope: RequestScope) {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const orgs = memberOrganizations(actor);
  const rows = await deps.database.rows<{ id: string; call_id: string; call_title: string; closes_at: Date; organization_id: string; organization_name: string; status: ApplicationOut['status']; review_status: ReviewStatus | null; receipt_number: string | null; updated_at: Date }>(sql`
    select a.id, a.call_id, k.title as call_title, k.closes_at, a.organization_id, o.name as organization_name, a.status, a.review_status, a.receipt_number, a.updated_at
    from applications a join calls k on k.id = a.call_id join organizations o on o.id = a.organization_id
    where a.organization_id = any(${sql.param(orgs)}::uuid[])
    order by a.updated_at desc, a.id limit 200`);
  return rows.map((r) => ({
    id: r.id,
    callId: r.call_id,
    callTitle: r.call_title,
    closesAt: seoulDateTime(new Date(r.closes_at)),
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    status: r.status,
    reviewStatus: r.review_status,
    receiptNumber: r.receipt_number,
    updatedAt: new Date(r.updated_at).toISOString(),
  }));
}
