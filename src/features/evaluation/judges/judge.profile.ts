import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { requireActor, type Deps, type RequestScope } from '../../../http/context.ts';
import { AppError } from '../../../http/errors.ts';
import { seoulDateTime } from '../../../shared/clock.ts';
import { audit } from '../../audit/audit.service.ts';
import type { Actor } from '../../auth/actor.ts';
import { formatBrn } from '../../organizations/brn.ts';
import { checkIfMatch } from '../../organizations/organization.service.ts';
import { detectForPerson } from './conflict.detect.ts';
import type { JudgeProfileIn, JudgeProfileOut } from './judge.schema.ts';
import { judgeProfiles, type NamedOrganization } from './judge.table.ts';

const shown = <T extends NamedOrganization>(o: T): T => ({ ...o, businessRegistrationNumber: o.businessRegistrationNumber && formatBrn(o.businessRegistrationNumber) });

const empty: JudgeProfileOut = { affiliation: null, position: '', pastAffiliations: [], relations: [], expertise: '', tags: [], version: 0, updatedAt: null };

async function profileOf(db: Db, personId: string): Promise<JudgeProfileOut> {
  const [row] = await db.select().from(judgeProfiles).where(eq(judgeProfiles.personId, personId));
  if (!row) return empty;
  return {
    affiliation: row.affiliation ? shown(row.affiliation) : null,
    position: row.position,
    pastAffiliations: row.pastAffiliations.map(shown),
    relations: row.relations.map(shown),
    expertise: row.expertise,
    tags: row.tags,
    version: row.version,
    updatedAt: seoulDateTime(row.updatedAt),
  };
}

/**
 * Writes a person's judge profile inside `tx` and re-runs conflict detection in every round not
 * yet closed where they are an invited or active judge. With `ifMatch` (its version, "0" before
 * the first save) a concurrent save is a version conflict; without it (accepting an invitation)
 * the profile is simply replaced.
 */
export async function saveProfile(tx: Db, deps: Deps, actor: Actor, personId: string, input: JudgeProfileIn, requestId: string, ifMatch?: { header: string | undefined }): Promise<void> {
  const [before] = await tx.select().from(judgeProfiles).where(eq(judgeProfiles.personId, personId)).for('update');
  if (ifMatch) checkIfMatch(ifMatch.header, before?.version ?? 0);
  const values = { ...input, updatedAt: deps.clock.now() };
  if (before) {
    await tx.update(judgeProfiles).set({ ...values, version: before.version + 1 }).where(eq(judgeProfiles.personId, personId));
  } else {
    // Two first saves at once: the second finds the row the first made and is a version conflict.
    const inserted = await tx.insert(judgeProfiles).values({ ...values, personId, version: 1 }).onConflictDoNothing().returning({ personId: judgeProfiles.personId });
    if (inserted.length === 0) throw new AppError('versionConflict', {}, [], { currentVersion: 1 });
  }
  const previous = before && { affiliation: before.affiliation, position: before.position, pastAffiliations: before.pastAffiliations, relations: before.relations, expertise: before.expertise, tags: before.tags };
  await audit(tx, actor, { action: 'judgeProfile.saved', entityType: 'judge_profile', entityId: personId, before: previous, after: input }, requestId);
  await detectForPerson(tx, deps, personId);
}

/** My judge profile; an empty one (version 0) before I save one. */
export async function getMyProfile(deps: Deps, scope: RequestScope): Promise<JudgeProfileOut> {
  if (!scope.actor) throw new AppError('unauthenticated');
  return profileOf(deps.database.db, scope.actor.personId);
}

/** Saves my judge profile (If-Match with its version, "0" for the first save). */
export async function putMyProfile(deps: Deps, scope: RequestScope, ifMatch: string | undefined, input: JudgeProfileIn): Promise<JudgeProfileOut> {
  const actor = requireActor(scope);
  await deps.database.db.transaction((tx) => saveProfile(tx, deps, actor, actor.personId, input, scope.requestId, { header: ifMatch }));
  return profileOf(deps.database.db, actor.personId);
}
