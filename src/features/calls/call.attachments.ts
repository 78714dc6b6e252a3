import { and, eq } from 'drizzle-orm';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { fileStoreOf } from '../../shared/storage.ts';
import { audit } from '../audit/audit.service.ts';
import { checkFile } from '../applications/application.files.ts';
import { attachmentsOf, getCall, type AttachmentOut } from './call.service.ts';
import { callAttachments } from './call.table.ts';

/** What an announcement may carry: any of the usual document kinds, up to 30 MB each. */
const SLOT = { label: { ko: '첨부파일', en: 'Attachment' }, maxSizeMb: 30 };
const MAX_ATTACHMENTS = 20;

async function callForEditing(deps: Deps, scope: RequestScope, callId: string) {
  if (!scope.actor) throw new AppError('unauthenticated');
  const call = await getCall(deps, scope, callId);
  if (!call.permissions.update) throw new AppError('forbidden');
  return { call, actor: scope.actor };
}

/** Attaches a file (공고문, 신청 서식) to the call, checked like an applicant's upload; its staff only. */
export async function addAttachment(deps: Deps, scope: RequestScope, callId: string, file: { name: string; bytes: Uint8Array }): Promise<AttachmentOut> {
  const { call, actor } = await callForEditing(deps, scope, callId);
  const { fileName, contentType } = checkFile(file, SLOT);
  const stored = await fileStoreOf(deps.config).put(file.bytes);
  const id = await deps.database.db.transaction(async (tx) => {
    const existing = await tx.select({ id: callAttachments.id }).from(callAttachments).where(eq(callAttachments.callId, callId));
    if (existing.length >= MAX_ATTACHMENTS) throw AppError.field('file', 'validation.tooManyAttachments', { maximum: MAX_ATTACHMENTS });
    const [row] = await tx
      .insert(callAttachments)
      .values({ callId, fileName, contentType, size: stored.size, sha256: stored.sha256, uploadedBy: actor.personId, uploadedAt: deps.clock.now() })
      .returning({ id: callAttachments.id });
    await audit(tx, actor, { action: 'call.attachment_added', entityType: 'call', entityId: callId, centerId: call.centerId, clusterId: call.clusterId, after: { id: row!.id, fileName, size: stored.size } }, scope.requestId);
    return row!.id;
  });
  return (await attachmentsOf(deps.database.db, callId)).find((a) => a.id === id)!;
}

export async function removeAttachment(deps: Deps, scope: RequestScope, callId: string, attachmentId: string): Promise<void> {
  const { call, actor } = await callForEditing(deps, scope, callId);
  await deps.database.db.transaction(async (tx) => {
    const [row] = await tx.delete(callAttachments).where(and(eq(callAttachments.id, attachmentId), eq(callAttachments.callId, callId))).returning();
    if (!row) throw AppError.notFound();
    await audit(tx, actor, { action: 'call.attachment_removed', entityType: 'call', entityId: callId, centerId: call.centerId, clusterId: call.clusterId, before: { id: row.id, fileName: row.fileName } }, scope.requestId);
  });
}

/** A call's attachment, for whoever may read the call: anyone once it is published. */
export async function downloadAttachment(deps: Deps, scope: RequestScope, callId: string, attachmentId: string): Promise<{ bytes: Buffer; fileName: string; contentType: string }> {
  await getCall(deps, scope, callId);
  const [row] = await deps.database.db.select().from(callAttachments).where(and(eq(callAttachments.id, attachmentId), eq(callAttachments.callId, callId)));
  if (!row) throw AppError.notFound();
  return { bytes: await fileStoreOf(deps.config).get(row.sha256), fileName: row.fileName, contentType: row.contentType };
}
