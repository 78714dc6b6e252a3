import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { seoulDateTime } from '../../shared/clock.ts';
import { t, type Lang } from '../../shared/i18n/index.ts';
import { audit } from '../audit/audit.service.ts';
import type { Actor } from '../auth/actor.ts';
import { enqueueMail } from '../mail/mail.service.ts';
import { checkIfMatch } from '../organizations/organization.service.ts';
import { mayWriteFor } from '../support-records/support-record.policy.ts';
import { getApplication, loadFor, type ApplicationOut } from './application.service.ts';
import { SUPPLEMENT_FIELD } from './application.files.ts';
import { applicationFiles, applications, applicationSupplements } from './application.table.ts';
import { webUrl } from '../../shared/config.ts';

/** 심사 상태: received 접수 완료 … set by staff; supplementRequested only by a 보완 요청. */
export const reviewStatuses = ['received', 'underReview', 'supplementRequested', 'eligible', 'ineligible', 'selected', 'reserve', 'notSelected'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];
export const settableReviewStatuses = reviewStatuses.filter((s) => s !== 'supplementRequested') as Exclude<ReviewStatus, 'supplementRequested'>[];


type Loaded = Awaited<ReturnType<typeof loadFor>>;

/** The application for its call's staff: 404 to anyone else, 403 to the applicant. */
async function loadForStaff(db: Db, actor: Actor, id: string, lock = false): Promise<Loaded> {
  const loaded = await loadFor(db, actor, id, 'read', lock);
  if (!mayWriteFor(actor, loaded.call)) throw new AppError('forbidden');
  return loaded;
}

/** The person to tell: who started the application, in their language. */
async function applicantOf(tx: Db, app: Loaded['app']) {
  const [row] = await tx.execute(sql`select p.name, p.email, p.locale, o.name as organization from people p, organizations o
    where p.id = ${app.applicantId}::uuid and o.id = ${app.organizationId}::uuid`).then((r) => (r as unknown as { rows: { name: string; email: string; locale: string; organization: string }[] }).rows);
  return { ...row!, locale: (row!.locale === 'en' ? 'en' : 'ko') as Lang };
}

/** The application's page in the web app, for mails. */
export const linkOf = (deps: Deps, applicationId: string) => webUrl(deps.config, `/applications/${applicationId}`);

/**
 * Mails the applicant about their application, in their language, with what every such mail
 * says (who, which call, the receipt number, the link) and the kind's own `params`.
 */
async function mailApplicant(tx: Db, deps: Deps, loaded: Loaded, kind: 'applicationStatusChanged' | 'supplementRequested', params: (locale: Lang) => Record<string, string>) {
  const { app, call } = loaded;
  const to = await applicantOf(tx, app);
  await enqueueMail(tx, deps, {
    kind,
    to: to.email,
    locale: to.locale,
    params: { name: to.name, organization: to.organization, callTitle: call.title, receiptNumber: app.receiptNumber ?? '', url: linkOf(deps, app.id), ...params(to.locale) },
    centerId: call.centerId,
    clusterId: call.clusterId,
  });
}

/**
 * Sets the application's review status (심사 상태) with an optional message, and tells the
 * applicant by mail in their language (unless `notify` is false). Setting the status it has is
 * no change and sends nothing.
 */
export async function setReviewStatus(
  deps: Deps,
  scope: RequestScope,
  id: string,
  ifMatch: string | undefined,
  input: { status: Exclude<ReviewStatus, 'supplementRequested'>; message?: string; notify: boolean },
): Promise<ApplicationOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  await deps.database.db.transaction(async (tx) => {
    const loaded = await loadForStaff(tx, actor, id, true);
    const { app, call } = loaded;
    checkIfMatch(ifMatch, app.version);
    if (app.status === 'withdrawn') throw new AppError('applicationWithdrawn');
    if (app.reviewStatus === input.status) return;
    await tx.update(applications).set({ reviewStatus: input.status, version: app.version + 1 }).where(eq(applications.id, id));
    // A decision closes an open supplementary request: nothing more is awaited.
    await tx.update(applicationSupplements).set({ status: 'cancelled' }).where(and(eq(applicationSupplements.applicationId, id), eq(applicationSupplements.status, 'open')));
    if (input.notify) {
      await mailApplicant(tx, deps, loaded, 'applicationStatusChanged', (locale) => ({
        status: t(locale, `reviewStatus.${input.status}`),
        message: input.message?.trim() ? `\n${input.message.trim()}\n` : '',
      }));
    }
    await audit(tx, actor, { action: 'application.review_status_changed', entityType: 'application', entityId: id, centerId: call.centerId, clusterId: call.clusterId, before: { reviewStatus: app.reviewStatus }, after: { reviewStatus: input.status, message: input.message ?? null, notified: input.notify } }, scope.requestId);
  });
  return getApplication(deps, scope, id);
}

export type SupplementOut = {
  id: string;
  message: string;
  items: string[];
  dueAt: string;
  status: 'open' | 'answered' | 'cancelled';
  overdue: boolean;
  requestedAt: string;
  requestedBy: string;
  response: { note: string; files: { id: string; fileName: string; size: number }[]; respondedAt: string; respondedBy: string } | null;
};

async function presentSupplements(db: Db, deps: Deps, applicationId: string): Promise<SupplementOut[]> {
  const rows = await db.execute(sql`
    select s.*, rq.name as requested_by_name, rs.name as responded_by_name
    from application_supplements s join people rq on rq.id = s.requested_by left join people rs on rs.id = s.responded_by
    where s.application_id = ${applicationId}::uuid order by s.requested_at desc`);
  type Row = { id: string; message: string; items: string[]; due_at: Date | string; status: SupplementOut['status']; requested_at: Date | string; requested_by_name: string; response_note: string | null; response_file_ids: string[] | null; responded_at: Date | string | null; responded_by_name: string | null };
  const list = (rows as unknown as { rows: Row[] }).rows;
  const fileIds = list.flatMap((r) => r.response_file_ids ?? []);
  const files = fileIds.length
    ? await db.select({ id: applicationFiles.id, fileName: applicationFiles.fileName, size: applicationFiles.size }).from(applicationFiles).where(sql`${applicationFiles.id} = any(${sql.param(fileIds)}::uuid[])`)
    : [];
  const byId = new Map(files.map((f) => [f.id, f]));
  const now = deps.clock.now().getTime();
  return list.map((r) => ({
    id: r.id,
    message: r.message,
    items: r.items,
    dueAt: seoulDateTime(new Date(r.due_at)),
    status: r.status,
    overdue: r.status === 'open' && now >= new Date(r.due_at).getTime() + 1000,
    requestedAt: seoulDateTime(new Date(r.requested_at)),
    requestedBy: r.requested_by_name,
    response: r.responded_at
      ? { note: r.response_note ?? '', files: (r.response_file_ids ?? []).flatMap((f) => (byId.has(f) ? [byId.get(f)!] : [])), respondedAt: seoulDateTime(new Date(r.responded_at)), respondedBy: r.responded_by_name ?? '' }
      : null,
  }));
}

/** The application's supplementary requests, newest first: for the applicant and the call's staff. */
export async function listSupplements(deps: Deps, scope: RequestScope, id: string): Promise<SupplementOut[]> {
  if (!scope.actor) throw new AppError('unauthenticated');
  await loadFor(deps.database.db, scope.actor, id, 'read');
  return presentSupplements(deps.database.db, deps, id);
}

/**
 * Asks the applicant for supplementary documents (보완 요청) by a deadline in Korea time: the
 * review status becomes supplementRequested and the applicant gets a mail. One open request at a
 * time; a submitted application only.
 */
export async function requestSupplement(deps: Deps, scope: RequestScope, id: string, input: { message: string; items: string[]; dueAt: Date }): Promise<SupplementOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const supplementId = await deps.database.db.transaction(async (tx) => {
    const loaded = await loadForStaff(tx, actor, id, true);
    const { app, call } = loaded;
    if (app.status === 'withdrawn') throw new AppError('applicationWithdrawn');
    const now = deps.clock.now();
    if (input.dueAt <= now) throw AppError.field('dueAt', 'validation.dueInPast');
    const [open] = await tx.select({ id: applicationSupplements.id }).from(applicationSupplements).where(and(eq(applicationSupplements.applicationId, id), eq(applicationSupplements.status, 'open')));
    if (open) throw new AppError('supplementOpen');
    const [row] = await tx
      .insert(applicationSupplements)
      .values({ applicationId: id, message: input.message, items: input.items, dueAt: input.dueAt, requestedBy: actor.personId, requestedAt: now })
      .returning({ id: applicationSupplements.id });
    await tx.update(applications).set({ reviewStatus: 'supplementRequested', version: app.version + 1 }).where(eq(applications.id, id));
    await mailApplicant(tx, deps, loaded, 'supplementRequested', () => ({
      items: input.items.map((i) => `- ${i}`).join('\n'),
      message: input.message,
      dueAt: seoulDateTime(input.dueAt),
    }));
    await audit(tx, actor, { action: 'application.supplement_requested', entityType: 'application', entityId: id, centerId: call.centerId, clusterId: call.clusterId, before: { reviewStatus: app.reviewStatus }, after: { supplementId: row!.id, items: input.items, dueAt: seoulDateTime(input.dueAt) } }, scope.requestId);
    return row!.id;
  });
  return (await presentSupplements(deps.database.db, deps, id)).find((s) => s.id === supplementId)!;
}

/**
 * The applicant answers an open request with a note and files uploaded for it (field
 * `$supplement`), up to the deadline's second; the review goes on (underReview) and the staff
 * member who asked gets a mail.
 */
export async function respondToSupplement(deps: Deps, scope: RequestScope, id: string, supplementId: string, input: { note: string; fileIds: string[] }): Promise<SupplementOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  await deps.database.db.transaction(async (tx) => {
    const { app, call } = await loadFor(tx, actor, id, 'write', true);
    const [request] = await tx.select().from(applicationSupplements).where(and(eq(applicationSupplements.id, supplementId), eq(applicationSupplements.applicationId, id))).for('update');
    if (!request) throw AppError.notFound();
    if (request.status !== 'open') throw new AppError('supplementClosed');
    const now = deps.clock.now();
    if (now.getTime() >= request.dueAt.getTime() + 1000) throw new AppError('supplementOverdue', { dueAt: seoulDateTime(request.dueAt) });
    const fileIds = [...new Set(input.fileIds)];
    if (fileIds.length) {
      const found = await tx
        .select({ id: applicationFiles.id })
        .from(applicationFiles)
        .where(sql`${applicationFiles.applicationId} = ${id}::uuid and ${applicationFiles.field} = ${SUPPLEMENT_FIELD} and ${applicationFiles.id} = any(${sql.param(fileIds)}::uuid[])`);
      if (found.length !== fileIds.length) throw AppError.field('fileIds', 'validation.fileUnknown');
    }
    if (!input.note.trim() && fileIds.length === 0) throw AppError.field('note', 'validation.supplementEmpty');
    await tx.update(applicationSupplements).set({ status: 'answered', responseNote: input.note.trim(), responseFileIds: fileIds, respondedBy: actor.personId, respondedAt: now }).where(eq(applicationSupplements.id, supplementId));
    await tx.update(applications).set({ reviewStatus: 'underReview', version: app.version + 1 }).where(eq(applications.id, id));
    const [staff] = await tx.execute(sql`select name, email, locale from people where id = ${request.requestedBy}::uuid`).then((r) => (r as unknown as { rows: { name: string; email: string; locale: string }[] }).rows);
    const organization = (await applicantOf(tx, app)).organization;
    const locale: Lang = staff!.locale === 'en' ? 'en' : 'ko';
    await enqueueMail(tx, deps, {
      kind: 'supplementAnswered',
      to: staff!.email,
      locale,
      params: { name: staff!.name, organization, callTitle: call.title, receiptNumber: app.receiptNumber ?? '', files: fileIds.length, respondedAt: seoulDateTime(now) },
      centerId: call.centerId,
      clusterId: call.clusterId,
    });
    await audit(tx, actor, { action: 'application.supplement_answered', entityType: 'application', entityId: id, centerId: call.centerId, clusterId: call.clusterId, after: { supplementId, files: fileIds.length } }, scope.requestId);
  });
  return (await presentSupplements(deps.database.db, deps, id)).find((s) => s.id === supplementId)!;
}

export type HistoryEntry = { at: string; actor: string | null; action: string; before: unknown; after: unknown };

/** The application's audit trail for its call's staff: every start, submission, status change and request. */
export async function applicationHistory(deps: Deps, scope: RequestScope, id: string): Promise<HistoryEntry[]> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  await loadForStaff(deps.database.db, actor, id);
  const rows = await deps.database.rows<{ at: Date | string; actor: string | null; action: string; before: unknown; after: unknown }>(sql`
    select e.at, p.name as actor, e.action, e.before, e.after
    from audit_events e left join people p on p.id = e.actor_person_id
    where e.entity_type = 'application' and e.entity_id = ${id}
    order by e.id desc limit 500`);
  return rows.map((r) => ({ at: seoulDateTime(new Date(r.at)), actor: r.actor, action: r.action, before: r.before, after: r.after }));
}
