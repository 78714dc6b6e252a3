import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError, type FieldError } from '../../http/errors.ts';
import { seoulDateTime } from '../../shared/clock.ts';
import { fileStoreOf } from '../../shared/storage.ts';
import type { FormDefinitionIn, FormFieldIn, fileKinds } from '../forms/form.schema.ts';
import { formVersion } from '../forms/form.service.ts';
import { memberOrganizations, type Actor } from '../auth/actor.ts';
import { judgeMayReadFiles } from '../evaluation/scoring/score-sheet.service.ts';
import { mayWriteFor } from '../support-records/support-record.policy.ts';
import { applicationFiles, applications, applicationSupplements } from './application.table.ts';
import { calls } from '../calls/call.table.ts';
import { programs } from '../programs/program.table.ts';

type FileKind = (typeof fileKinds)[number];

/** The upload `field` of files sent with a supplementary request's answer: never a form question's key. */
export const SUPPLEMENT_FIELD = '$supplement';
/** What a supplement may carry: any of the kinds below, up to this size. */
const SUPPLEMENT_MAX_MB = 20;

/** What each kind's bytes begin with: a renamed .exe is not a PDF. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const kinds: Record<FileKind, { magic: number[]; type: string }> = {
  pdf: { magic: [0x25, 0x50, 0x44, 0x46], type: 'application/pdf' },
  hwp: { magic: OLE, type: 'application/x-hwp' },
  hwpx: { magic: ZIP, type: 'application/hwp+zip' },
  doc: { magic: OLE, type: 'application/msword' },
  docx: { magic: ZIP, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xls: { magic: OLE, type: 'application/vnd.ms-excel' },
  xlsx: { magic: ZIP, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  ppt: { magic: OLE, type: 'application/vnd.ms-powerpoint' },
  pptx: { magic: ZIP, type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  jpg: { magic: [0xff, 0xd8, 0xff], type: 'image/jpeg' },
  png: { magic: [0x89, 0x50, 0x4e, 0x47], type: 'image/png' },
  zip: { magic: ZIP, type: 'application/zip' },
};

/** The name shown and downloaded: no folders (../../etc/passwd is passwd), no control characters, at most 150 characters. */
export function safeFileName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').replace(/^\.+/, '').trim();
  if (clean.length <= 150) return clean;
  const dot = clean.lastIndexOf('.');
  return dot > 0 && clean.length - dot <= 10 ? clean.slice(0, 150 - (clean.length - dot)) + clean.slice(dot) : clean.slice(0, 150);
}

async function applicationForFiles(db: Db, id: string) {
  const [row] = await db
    .select({ id: applications.id, organizationId: applications.organizationId, status: applications.status, callId: applications.callId, formVersion: applications.formVersion, centerId: programs.centerId, clusterId: programs.clusterId })
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .innerJoin(programs, eq(programs.id, calls.programId))
    .where(eq(applications.id, id));
  return row;
}

/**
 * Its members read an application's files; once it is submitted, its call's staff, and its judges
 * in a round that is not blind (pledge signed, no conflict); 404 to anyone else.
 */
async function readableApplication(db: Db, actor: Actor, applicationId: string) {
  const app = await applicationForFiles(db, applicationId);
  const allowed =
    !!app &&
    (memberOrganizations(actor).includes(app.organizationId) ||
      (app.status !== 'draft' && (mayWriteFor(actor, app) || (await judgeMayReadFiles(db, actor.personId, applicationId)))));
  if (!allowed) throw AppError.notFound();
  return app;
}

/**
 * A file checked against what a question (or an attachment slot) takes: a name without folders,
 * not empty, at most its size, one of its kinds by extension and by content. Throws a 422 naming
 * `file` otherwise.
 */
export type FileQuestion = Pick<FormFieldIn, 'label' | 'accept' | 'maxSizeMb'>;

const fileProblem = (question: FileQuestion, key: string, params?: Record<string, string | number>) =>
  AppError.validation([{ path: 'file', key, params, label: question.label }]);
const maxMbOf = (question: FileQuestion) => question.maxSizeMb ?? 20;
export const maxBytesOf = (question: FileQuestion) => maxMbOf(question) * 1024 * 1024;
export const tooLarge = (question: FileQuestion) => fileProblem(question, 'validation.fileTooLarge', { maximum: maxMbOf(question) });

export function checkFile(file: { name: string; bytes: Uint8Array }, question: FileQuestion): { fileName: string; contentType: string } {
  const fileName = safeFileName(file.name);
  const fail = (key: string, params?: Record<string, string | number>): never => {
    throw fileProblem(question, key, params);
  };
  if (!fileName) fail('validation.fileName');
  if (file.bytes.byteLength === 0) fail('validation.fileEmpty');
  if (file.bytes.byteLength > maxBytesOf(question)) throw tooLarge(question);
  const extension = fileName.includes('.') ? fileName.split('.').pop()!.toLowerCase() : '';
  const accepted = (question.accept ?? (Object.keys(kinds) as FileKind[])) as FileKind[];
  const kind = accepted.find((k) => k === extension || (k === 'jpg' && extension === 'jpeg'));
  if (!kind) fail('validation.fileKind', { kinds: accepted.join(', ') });
  if (!kinds[kind!].magic.every((b, i) => file.bytes[i] === b)) fail('validation.fileContent', { kind: kind! });
  return { fileName, contentType: kinds[kind!].type };
}

export type FileOut = { id: string; field: string; fileName: string; contentType: string; size: number; uploadedAt: string };

/**
 * An upload's bytes: already read (multipart), or read from the request once the application and
 * the question are known, so nothing is read for someone who may not upload there and a body
 * larger than the question allows is refused as soon as it passes the limit (`tooLarge`).
 */
export type UploadBytes = Uint8Array | ((maxBytes: number, tooLarge: () => Error) => Promise<Uint8Array>);

/**
 * Stores a file for one of the application's file questions, checked against the question: its
 * kinds (by name and by content), its size, not empty. The same bytes for the same question again
 * (a retried upload) answer the file already stored.
 */
export async function uploadFile(deps: Deps, scope: RequestScope, applicationId: string, field: string, upload: { name: string; bytes: UploadBytes }): Promise<FileOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const db = deps.database.db;
  const app = await applicationForFiles(db, applicationId);
  if (!app || !memberOrganizations(actor).includes(app.organizationId)) throw AppError.notFound();
  if (app.status === 'withdrawn') throw new AppError('applicationWithdrawn');
  const question = field === SUPPLEMENT_FIELD ? await supplementQuestion(db, applicationId) : await fileQuestion(db, app, field);
  const file = { name: upload.name, bytes: typeof upload.bytes === 'function' ? await upload.bytes(maxBytesOf(question), () => tooLarge(question)) : upload.bytes };
  const { fileName, contentType } = checkFile(file, question);
  const stored = await fileStoreOf(deps.config).put(file.bytes);
  const now = deps.clock.now();
  const [row] = await db
    .insert(applicationFiles)
    .values({ applicationId, field, fileName, contentType, size: stored.size, sha256: stored.sha256, uploadedBy: actor.personId, uploadedAt: now })
    .onConflictDoNothing()
    .returning();
  const saved = row ?? (await db.select().from(applicationFiles).where(and(eq(applicationFiles.applicationId, applicationId), eq(applicationFiles.field, field), eq(applicationFiles.sha256, stored.sha256))))[0]!;
  return { id: saved.id, field: saved.field, fileName: saved.fileName, contentType: saved.contentType, size: saved.size, uploadedAt: seoulDateTime(saved.uploadedAt) };
}

async function fileQuestion(db: Db, app: { callId: string; formVersion: number }, field: string): Promise<FormFieldIn> {
  const form = (await formVersion(db, app.callId, app.formVersion))!;
  const question = form.sections.flatMap((s) => s.fields).find((f) => f.key === field);
  if (!question || question.type !== 'file') throw AppError.field('field', 'validation.notAFileQuestion', { field });
  return question;
}

/** Files for a supplementary request are taken while one is open. */
async function supplementQuestion(db: Db, applicationId: string): Promise<FormFieldIn> {
  const [open] = await db.select({ id: applicationSupplements.id }).from(applicationSupplements).where(and(eq(applicationSupplements.applicationId, applicationId), eq(applicationSupplements.status, 'open')));
  if (!open) throw new AppError('supplementClosed');
  return { key: SUPPLEMENT_FIELD, type: 'file', label: { ko: '보완 서류', en: 'Supplementary documents' }, required: false, maxSizeMb: SUPPLEMENT_MAX_MB };
}

/** A file of an application, for whoever may read the application (its members; its call's staff once submitted). */
export async function downloadFile(deps: Deps, scope: RequestScope, applicationId: string, fileId: string): Promise<{ bytes: Buffer; fileName: string; contentType: string }> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const db = deps.database.db;
  await readableApplication(db, actor, applicationId);
  const [file] = await db.select().from(applicationFiles).where(and(eq(applicationFiles.id, fileId), eq(applicationFiles.applicationId, applicationId)));
  if (!file) throw AppError.notFound();
  return { bytes: await fileStoreOf(deps.config).get(file.sha256), fileName: file.fileName, contentType: file.contentType };
}

/** The files uploaded to an application, newest first, for whoever may read it. */
export async function listFiles(deps: Deps, scope: RequestScope, applicationId: string): Promise<FileOut[]> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const db = deps.database.db;
  await readableApplication(db, actor, applicationId);
  const rows = await db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, applicationId)).orderBy(desc(applicationFiles.uploadedAt));
  return rows.map((f) => ({ id: f.id, field: f.field, fileName: f.fileName, contentType: f.contentType, size: f.size, uploadedAt: seoulDateTime(f.uploadedAt) }));
}

/** Answers to file questions must name files uploaded to this application for that question. */
export async function checkFileAnswers(db: Db, applicationId: string, form: FormDefinitionIn, answers: Record<string, unknown>): Promise<FieldError[]> {
  const questions = form.sections.flatMap((s) => s.fields).filter((f): f is FormFieldIn => f.type === 'file');
  const named = questions.flatMap((q) => (Array.isArray(answers[q.key]) ? (answers[q.key] as string[]).map((id) => ({ q, id })) : []));
  if (named.length === 0) return [];
  const rows = await db.select({ id: applicationFiles.id, field: applicationFiles.field }).from(applicationFiles).where(sql`${applicationFiles.applicationId} = ${applicationId}::uuid and ${applicationFiles.id} = any(${sql.param(named.map((n) => n.id))}::uuid[])`);
  const known = new Set(rows.map((r) => `${r.field}:${r.id}`));
  const missing = named.filter((n) => !known.has(`${n.q.key}:${n.id}`));
  return [...new Map(missing.map((m) => [m.q.key, { path: `answers.${m.q.key}`, key: 'validation.fileUnknown', label: m.q.label }])).values()];
}
