import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { auditEvents } from './audit.table.ts';

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  centerId?: string | null;
  clusterId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Appends an audit event inside the caller's transaction, so it exists exactly when the change does. */
export async function audit(tx: Db, actor: Actor | null, entry: AuditEntry, requestId?: string): Promise<void> {
  await tx.insert(auditEvents).values({
    actorPersonId: actor?.personId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    centerId: entry.centerId ?? null,
    clusterId: entry.clusterId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: requestId ?? null,
  });
}
