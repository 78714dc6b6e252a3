import { and, asc, eq, sql } from 'drizzle-orm';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { seoulDateTime } from '../../shared/clock.ts';
import { fileStoreOf } from '../../shared/storage.ts';
import { checkFile, maxBytesOf, tooLarge, type FileQuestion, type UploadBytes } from '../applications/application.files.ts';
import { audit } from '../audit/audit.service.ts';
import { loadOutcome, outcomeAccess } from './outcome.service.ts';
import { outcomeEvidence } from './outcome.table.ts';

/** What a figure's evidence may be: the usual document and image kinds, up to 20 MB each, ten per figure. */
const SLOT: FileQuestion = { label: { ko: '증빙 파일', en: 'Evidence' }, maxSizeMb: 20 };
const MAX_FILES = 10;

export type EvidenceOut = { id: string; fileName: string; contentType: string; size: number; uploadedBy: string | null; uploadedAt: string };

/** The figure, for someone who may read it (its company, staff working with it, national); 404 otherwise. */
async function figureFor(deps: Deps, scope: RequestScope, recordId: string) {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const record = await loadOutcome(deps.database.db, recordId);
  const access = record ? await outcomeAccess(deps.database.db, actor, record.organizationId) : undefined;
  if (!record || !access?.write) throw AppError.notFound();
  return { record, access, actor };
}

export async function listEvidence(deps: Deps, scope: RequestScope, recordId: string): Promise<EvidenceOut[]> {
  await figureFor(deps, scope, recordId);
  const rows = await deps.database.rows<{ id: string; file_name: string; content_type: string; size: number; name: string | null; uploaded_at: Date }>(sql`
    select e.id, e.file_name, e.content_type, e.size, p.name, e.uploaded_at from outcome_evidence e left join people p on p.id = e.uploaded_by
    where e.record_id = ${recordId}::uuid order by e.uploaded_at, e.id`);
  return rows.map((r) => ({ id: r.id, fileName: r.file_name, contentType: r.content_type, size: r.size, uploadedBy: r.name, uploadedAt: seoulDateTime(new Date(r.uploaded_at)) }));
}

/**
 * Attaches a file behind a figure (재무제표, 투자계약서 …), checked by kind, content and size; the
 * same bytes again answer the file already attached. Evidence never changes the figure, so a
 * verified figure keeps its state.
 */
export async function addEvidence(deps: Deps, scope: RequestScope, recordId: string, upload: { name: string; bytes: UploadBytes }): Promise<EvidenceOut> {
  const { record, actor } = await figureFor(deps, scope, recordId);
  const file = { name: upload.name, bytes: typeof upload.bytes === 'function' ? await upload.bytes(maxBytesOf(SLOT), () => tooLarge(SLOT)) : upload.bytes };
  const { fileName, contentType } = checkFile(file, SLOT);
  const db = deps.database.db;
  const existing = await db.select().from(outcomeEvidence).where(eq(outcomeEvidence.recordId, recordId)).orderBy(asc(outcomeEvidence.uploadedAt));
  if (existing.length >= MAX_FILES) throw AppError.field('file', 'validation.tooManyAttachments', { maximum: MAX_FILES });
  const stored = await fileStoreOf(deps.config).put(file.bytes);
  const same = existing.find((e) => e.sha256 === stored.sha256);
  const id =
    same?.id ??
    (await db.transaction(async (tx) => {
      // Counted again under the figure's lock: two uploads at once cannot pass the limit together.
      await loadOutcome(tx, recordId, true);
      const [{ n }] = (await tx.select({ n: sql<number>`count(*)::int` }).from(outcomeEvidence).where(eq(outcomeEvidence.recordId, recordId))) as [{ n: number }];
      if (n >= MAX_FILES) throw AppError.field('file', 'validation.tooManyAttachments', { maximum: MAX_FILES });
      const [row] = await tx
        .insert(outcomeEvidence)
        .values({ recordId, fileName, contentType, size: stored.size, sha256: stored.sha256, uploadedBy: actor.personId, uploadedAt: deps.clock.now() })
        .returning({ id: outcomeEvidence.id });
      await audit(tx, actor, { action: 'outcome.evidence_added', entityType: 'outcome', entityId: recordId, after: { id: row!.id, fileName, size: stored.size, organizationId: record.organizationId } }, scope.requestId);
      return row!.id;
    }));
  return (await listEvidence(deps, scope, recordId)).find((e) => e.id === id)!;
}

/** Removes a file: whoever may write the figure while it waits for verification; once verified, staff only. */
export async function removeEvidence(deps: Deps, scope: RequestScope, recordId: string, evidenceId: string): Promise<void> {
  const { record, access, actor } = await figureFor(deps, scope, recordId);
  if (record.status === 'verified' && !access.verify) throw new AppError('forbidden');
  await deps.database.db.transaction(async (tx) => {
    const [row] = await tx.delete(outcomeEvidence).where(and(eq(outcomeEvidence.id, evidenceId), eq(outcomeEvidence.recordId, recordId))).returning();
    if (!row) throw AppError.notFound();
    await audit(tx, actor, { action: 'outcome.evidence_removed', entityType: 'outcome', entityId: recordId, before: { id: row.id, fileName: row.fileName } }, scope.requestId);
  });
}

export async function downloadEvidence(deps: Deps, scope: RequestScope, recordId: string, evidenceId: string): Promise<{ bytes: Buffer; fileName: string; contentType: string }> {
  await figureFor(deps, scope, recordId);
  const [row] = await deps.database.db.select().from(outcomeEvidence).where(and(eq(outcomeEvidence.id, evidenceId), eq(outcomeEvidence.recordId, recordId)));
  if (!row) throw AppError.notFound();
  return { bytes: await fileStoreOf(deps.config).get(row.sha256), fileName: row.fileName, contentType: row.contentType };
}
