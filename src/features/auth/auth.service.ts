import { hash, verify } from '@node-rs/argon2';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Deps } from '../../http/context.ts';
import { audit } from '../audit/audit.service.ts';
import { people } from '../people/person.table.ts';
import type { Actor, Membership } from './actor.ts';
import { apiTokens, sessions, signInAttempts } from './auth.table.ts';
import { randomToken, sha256 } from '../../shared/tokens.ts';

const FAILURE_WINDOW_MINUTES = 15;
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_ADDRESS = 30;

// OWASP's argon2id baseline (m=19 MiB, t=2, p=1).
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, ARGON2);


// Verifying against a fixed hash keeps a wrong email as slow as a wrong password.
let dummyHash: Promise<string> | undefined;

export async function signIn(
  deps: Deps,
  input: { email: string; password: string; ip: string },
): Promise<{ sessionToken: string; csrfToken: string; expiresAt: Date; actor: Actor }> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const email = input.email.trim().toLowerCase();
  const since = new Date(now.getTime() - FAILURE_WINDOW_MINUTES * 60_000);
  const [counts] = await deps.database.rows<{ account: number; address: number }>(sql`
    select
      count(*) filter (where email = ${email})::int as account,
      count(*) filter (where ip = ${input.ip})::int as address
    from sign_in_attempts where at > ${since.toISOString()}::timestamptz and not succeeded`);
  // An unknown address (no socket, e.g. in-process calls) is no bucket: it would lock everyone out together.
  const addressBlocked = input.ip !== 'unknown' && (counts?.address ?? 0) >= MAX_FAILURES_PER_ADDRESS;
  if ((counts?.account ?? 0) >= MAX_FAILURES_PER_ACCOUNT || addressBlocked) {
    throw new AppError('rateLimited', { minutes: FAILURE_WINDOW_MINUTES });
  }
  const [person] = await db.select().from(people).where(sql`lower(${people.email}) = ${email}`);
  const ok = person?.passwordHash && !person.disabled
    ? await verify(person.passwordHash, input.password)
    : (await verify(await (dummyHash ??= hashPassword('not-a-password')), input.password), false);
  await db.insert(signInAttempts).values({ email, ip: input.ip, succeeded: !!ok, at: now });
  if (!ok || !person) throw new AppError('badCredentials');

  return startSession(deps, person.id);
}

/** A new session for the person: the cookie's token (stored hashed), its CSRF token and expiry. */
export async function startSession(deps: Deps, personId: string): Promise<{ sessionToken: string; csrfToken: string; expiresAt: Date; actor: Actor }> {
  const now = deps.clock.now();
  const sessionToken = randomToken();
  const csrfToken = randomToken(24);
  const expiresAt = new Date(now.getTime() + deps.config.sessionTtlHours * 3_600_000);
  const [session] = await deps.database.db
    .insert(sessions)
    .values({ tokenHash: sha256(sessionToken), csrfToken, personId, expiresAt, createdAt: now })
    .returning({ id: sessions.id });
  const actor = await loadActor(deps, personId, 'session', session!.id, null);
  return { sessionToken, csrfToken, expiresAt, actor: actor! };
}

export async function signOut(deps: Deps, actor: Actor): Promise<void> {
  if (actor.sessionId) await deps.database.db.delete(sessions).where(eq(sessions.id, actor.sessionId));
}

export type Resolved = { actor: Actor; csrfToken?: string } | { expired: true } | undefined;

/** Resolves a session cookie to its actor; undefined when unknown, `expired` when past its time. */
export async function actorFromSession(deps: Deps, sessionToken: string): Promise<Resolved> {
  const [session] = await deps.database.db.select().from(sessions).where(eq(sessions.tokenHash, sha256(sessionToken)));
  if (!session) return undefined;
  if (session.expiresAt <= deps.clock.now()) {
    await deps.database.db.delete(sessions).where(eq(sessions.id, session.id));
    return { expired: true };
  }
  const actor = await loadActor(deps, session.personId, 'session', session.id, session.activeMembershipId);
  return actor ? { actor, csrfToken: session.csrfToken } : undefined;
}

/** A person's columns and memberships (oldest first) as one row, for an actor; `p` is the person. */
const personWithMemberships = sql`p.id as person_id, p.email, p.name, p.locale, p.disabled,
  coalesce((select json_agg(json_build_object('id', m.id, 'role', m.role, 'centerId', m.center_id, 'clusterId', m.cluster_id, 'organizationId', m.organization_id) order by m.created_at, m.id)
    from memberships m where m.person_id = p.id), '[]'::json) as memberships`;
type PersonRow = { person_id: string; email: string; name: string; locale: string; disabled: boolean; memberships: Membership[] };

/** The actor of a person row; undefined when the person is disabled. The active membership: the one asked for if it is theirs, else the first. */
function actorOf(row: PersonRow | undefined, via: Actor['via'], sessionId?: string, activeMembershipId?: string | null): Actor | undefined {
  if (!row || row.disabled) return undefined;
  const list = row.memberships;
  return {
    personId: row.person_id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    memberships: list,
    via,
    sessionId,
    activeMembershipId: activeMembershipId && list.some((m) => m.id === activeMembershipId) ? activeMembershipId : (list[0]?.id ?? null),
  };
}

export async function actorFromBearer(deps: Deps, token: string): Promise<Actor | undefined> {
  // The token, its person and the memberships in one round trip: every API request asks this.
  const [row] = await deps.database.rows<PersonRow & { id: string; last_used_at: string | Date | null }>(sql`
    select t.id, t.last_used_at, ${personWithMemberships}
    from api_tokens t join people p on p.id = t.person_id
    where t.token_hash = ${sha256(token)} and t.revoked_at is null`);
  const actor = actorOf(row, 'token');
  if (!actor) return undefined;
  // Last use to the minute: a write on every read would cost more than it tells.
  const now = deps.clock.now();
  const lastUsedAt = row!.last_used_at === null ? null : new Date(row!.last_used_at);
  if (!lastUsedAt || now.getTime() - lastUsedAt.getTime() > 60_000) {
    await deps.database.db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row!.id));
  }
  return actor;
}

export async function loadActor(
  deps: Deps,
  personId: string,
  via: Actor['via'],
  sessionId?: string,
  activeMembershipId?: string | null,
): Promise<Actor | undefined> {
  const [row] = await deps.database.rows<PersonRow>(sql`select ${personWithMemberships} from people p where p.id = ${personId}::uuid`);
  return actorOf(row, via, sessionId, activeMembershipId);
}

export async function changePassword(
  deps: Deps,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  requestId: string,
): Promise<void> {
  const { db } = deps.database;
  const [person] = await db.select().from(people).where(eq(people.id, actor.personId));
  if (!person?.passwordHash || !(await verify(person.passwordHash, input.currentPassword))) {
    throw new AppError('wrongPassword', {}, [{ path: 'currentPassword', key: 'errors.wrongPassword' }]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(people).set({ passwordHash, updatedAt: deps.clock.now() }).where(eq(people.id, actor.personId));
    // Other sessions end: a changed password must lock out whoever knew the old one.
    const others = actor.sessionId
      ? and(eq(sessions.personId, actor.personId), sql`${sessions.id} <> ${actor.sessionId}`)
      : eq(sessions.personId, actor.personId);
    await tx.delete(sessions).where(others);
    await audit(tx, actor, { action: 'person.password_changed', entityType: 'person', entityId: actor.personId }, requestId);
  });
}

export async function setActiveMembership(deps: Deps, actor: Actor, membershipId: string): Promise<Actor> {
  if (!actor.sessionId || !actor.memberships.some((m) => m.id === membershipId)) throw AppError.notFound();
  await deps.database.db.update(sessions).set({ activeMembershipId: membershipId }).where(eq(sessions.id, actor.sessionId));
  return { ...actor, activeMembershipId: membershipId };
}

/** Creates a bearer token for `personId`; the plain token is shown once and stored hashed. */
export async function createApiToken(deps: Deps, personId: string, name: string): Promise<{ id: string; token: string; prefix: string }> {
  const token = `ihb_${randomToken()}`;
  const prefix = token.slice(0, 10);
  const [row] = await deps.database.db
    .insert(apiTokens)
    .values({ personId, name, prefix, tokenHash: sha256(token), createdAt: deps.clock.now() })
    .returning({ id: apiTokens.id });
  return { id: row!.id, token, prefix };
}

export async function listApiTokens(deps: Deps, actor: Actor) {
  return deps.database.db
    .select({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.personId, actor.personId), isNull(apiTokens.revokedAt)));
}

export async function revokeApiToken(deps: Deps, actor: Actor, id: string): Promise<void> {
  const revoked = await deps.database.db
    .update(apiTokens)
    .set({ revokedAt: deps.clock.now() })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.personId, actor.personId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  if (revoked.length === 0) throw AppError.notFound();
}

/** Sessions that expired more than a day ago are removed now and then. */
export async function pruneSessions(deps: Deps): Promise<void> {
  const cutoff = new Date(deps.clock.now().getTime() - 86_400_000);
  await deps.database.db.delete(sessions).where(gt(sql`${cutoff.toISOString()}::timestamptz`, sessions.expiresAt));
}

export async function sessionCsrfToken(deps: Deps, actor: Actor): Promise<string | null> {
  if (!actor.sessionId) return null;
  const [row] = await deps.database.db.select({ csrf: sessions.csrfToken }).from(sessions).where(eq(sessions.id, actor.sessionId));
  return row?.csrf ?? null;
}
