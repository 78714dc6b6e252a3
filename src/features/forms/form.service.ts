import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { audit } from '../audit/audit.service.ts';
import { getCall } from '../calls/call.service.ts';
import { calls } from '../calls/call.table.ts';
import { checkIfMatch } from '../organizations/organization.service.ts';
import { checkAnswers } from './form.answers.ts';
import type { FormDefinitionIn } from './form.schema.ts';
import { callForms } from './form.table.ts';

const versions = new Map<string, FormDefinitionIn>();

/**
 * A form version as saved: a version is never changed once written (a change writes the next
 * one), so it is read from the database once per process. Only committed versions are read.
 */
export async function formVersion(db: Db, callId: string, version: number): Promise<FormDefinitionIn | undefined> {
  const key = `${callId}:${version}`;
  const cached = versions.get(key);
  if (cached) return cached;
  const [row] = await db.select({ definition: callForms.definition }).from(callForms).where(and(eq(callForms.callId, callId), eq(callForms.version, version)));
  if (!row) return undefined;
  if (versions.size >= 500) versions.delete(versions.keys().next().value!);
  versions.set(key, row.definition as FormDefinitionIn);
  return row.definition as FormDefinitionIn;
}

/** The latest version of a call's form, if it has one. */
export async function latestForm(db: Db, callId: string): Promise<{ version: number; definition: FormDefinitionIn } | undefined> {
  const [row] = await db.select({ version: callForms.version, definition: callForms.definition }).from(callForms).where(eq(callForms.callId, callId)).orderBy(desc(callForms.version)).limit(1);
  return row ? { version: row.version, definition: row.definition as FormDefinitionIn } : undefined;
}

export type FormOut = { callId: string; version: number; definition: FormDefinitionIn; createdAt: string };

/** The form of a call (its latest version, or the one asked for); seen by whoever sees the call. */
export async function getForm(deps: Deps, scope: RequestScope, callId: string, version?: number): Promise<FormOut> {
  await getCall(deps, scope, callId);
  const [row] = await deps.database.db
    .select()
    .from(callForms)
    .where(version ? and(eq(callForms.callId, callId), eq(callForms.version, version)) : eq(callForms.callId, callId))
    .orderBy(desc(callForms.version))
    .limit(1);
  if (!row) throw AppError.notFound();
  return { callId, version: row.version, definition: row.definition as FormDefinitionIn, createdAt: row.createdAt.toISOString() };
}

/**
 * Saves the form as a new version (If-Match with the current one, once there is one): earlier
 * versions stay as they were, for the applications written against them.
 */
export async function saveForm(deps: Deps, scope: RequestScope, callId: string, ifMatch: string | undefined, definition: FormDefinitionIn): Promise<FormOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const call = await getCall(deps, scope, callId);
  if (!call.permissions.update) throw new AppError('forbidden');
  await deps.database.db.transaction(async (tx) => {
    // The call row is the lock: two editors saving at once get one version each, in turn.
    await tx.select({ id: calls.id }).from(calls).where(eq(calls.id, callId)).for('update');
    const latest = await latestForm(tx, callId);
    if (latest) checkIfMatch(ifMatch, latest.version);
    const version = (latest?.version ?? 0) + 1;
    await tx.insert(callForms).values({ callId, version, definition, createdBy: actor.personId, createdAt: deps.clock.now() });
    await audit(tx, actor, { action: 'call.formSaved', entityType: 'call', entityId: callId, centerId: call.centerId, clusterId: call.clusterId, after: { version } }, scope.requestId);
  });
  return getForm(deps, scope, callId);
}

/** Checks answers against the call's current form, as a draft or as on submission; 422 names each field. */
export async function checkFormAnswers(deps: Deps, scope: RequestScope, callId: string, answers: Record<string, unknown>, final: boolean): Promise<{ valid: true; version: number }> {
  if (!scope.actor) throw new AppError('unauthenticated');
  const form = await getForm(deps, scope, callId);
  const errors = checkAnswers(form.definition, answers, final);
  if (errors.length) throw AppError.validation(errors);
  return { valid: true, version: form.version };
}
