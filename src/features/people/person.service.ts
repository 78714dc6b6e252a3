import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { decodeCursor, encodeCursor } from '../../http/schemas.ts';
import { adminCenters, coordinatedClusters, isNational, type Actor } from '../auth/actor.ts';
import { hashPassword } from '../auth/auth.service.ts';
import { audit } from '../audit/audit.service.ts';
import { enqueueMail } from '../mail/mail.service.ts';
import { t } from '../../shared/i18n/index.ts';
import { affiliations } from '../organizations/organization.table.ts';
import { mayAdministerPeople, mayGrant } from './person.policy.ts';
import type { MembershipOut, PersonOut } from './person.schema.ts';
import { memberships, people } from './person.table.ts';
import { webUrl } from '../../shared/config.ts';

type MembershipIn = { role: string; centerId?: string | null; clusterId?: string | null; organizationId?: string | null };
type PersonIn = {
  email: string;
  name: string;
  phone?: string | null;
  title?: string | null;
  expertise?: string;
  locale?: 'ko' | 'en';
  password?: string;
  memberships?: MembershipIn[];
};

const actorId = (actor: Actor | null) => (actor && actor.personId !== SYSTEM.personId ? actor.personId : null);

/** The command line acts as the national office. */
export const SYSTEM: Actor = {
  personId: '00000000-0000-0000-0000-000000000000',
  email: 'system@innohub',
  name: 'innohub',
  locale: 'ko',
  memberships: [{ id: 'system', role: 'national_admin', centerId: null, clusterId: null, organizationId: null }],
  via: 'token',
};

async function organizationScope(db: Db, organizationId: string | null | undefined) {
  if (!organizationId) return { centerIds: [], clusterIds: [] };
  const rows = await db
    .select({ centerId: affiliations.centerId, clusterId: affiliations.clusterId })
    .from(affiliations)
    .where(eq(affiliations.organizationId, organizationId));
  return {
    centerIds: rows.flatMap((r) => (r.centerId ? [r.centerId] : [])),
    clusterIds: rows.flatMap((r) => (r.clusterId ? [r.clusterId] : [])),
  };
}

async function assertScopeExists(db: Db, m: MembershipIn): Promise<void> {
  const [row] = await db.execute(sql`
    select
      (${m.centerId ?? null}::text is null or exists (select 1 from centers where id = ${m.centerId ?? null})) as center_ok,
      (${m.clusterId ?? null}::uuid is null or exists (select 1 from clusters where id = ${m.clusterId ?? null}::uuid)) as cluster_ok,
      (${m.organizationId ?? null}::uuid is null or exists (select 1 from organizations where id = ${m.organizationId ?? null}::uuid)) as org_ok`).then(
    (r) => (r as unknown as { rows: { center_ok: boolean; cluster_ok: boolean; org_ok: boolean }[] }).rows,
  );
  if (!row?.center_ok) throw new AppError('unknownCenter', { value: m.centerId ?? '' }, [{ path: 'centerId', key: 'errors.unknownCenter', params: { value: m.centerId ?? '' } }]);
  if (!row?.cluster_ok) throw new AppError('unknownCluster', { value: m.clusterId ?? '' }, [{ path: 'clusterId', key: 'errors.unknownCluster', params: { value: m.clusterId ?? '' } }]);
  if (!row?.org_ok) throw new AppError('unknownOrganization', { value: m.organizationId ?? '' }, [{ path: 'organizationId', key: 'errors.unknownOrganization', params: { value: m.organizationId ?? '' } }]);
}

async function checkGrant(db: Db, actor: Actor, m: MembershipIn): Promise<void> {
  await assertScopeExists(db, m);
  if (!mayGrant(actor, m, await organizationScope(db, m.organizationId))) throw new AppError('forbidden');
}

export async function createPerson(deps: Deps, scope: RequestScope, input: PersonIn): Promise<PersonOut> {
  const actor = scope.actor;
  if (!mayAdministerPeople(actor)) throw actor ? new AppError('forbidden') : new AppError('unauthenticated');
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const id = await deps.database.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: people.id }).from(people).where(sql`lower(${people.email}) = ${input.email.toLowerCase()}`);
    if (existing) throw new AppError('duplicateEmail', { email: input.email }, [{ path: 'email', key: 'errors.duplicateEmail', params: { email: input.email } }]);
    for (const m of input.memberships ?? []) await checkGrant(tx, actor, m);
    const now = deps.clock.now();
    const [person] = await tx
      .insert(people)
      .values({
        email: input.email.trim(),
        name: input.name,
        phone: input.phone ?? null,
        title: input.title ?? null,
        expertise: input.expertise ?? '',
        locale: input.locale ?? 'ko',
        passwordHash,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: people.id });
    for (const m of input.memberships ?? []) {
      await tx.insert(memberships).values({
        personId: person!.id,
        role: m.role,
        centerId: m.centerId ?? null,
        clusterId: m.clusterId ?? null,
        organizationId: m.organizationId ?? null,
        createdAt: now,
      }).onConflictDoNothing();
    }
    if (passwordHash) {
      const locale = input.locale ?? 'ko';
      const first = input.memberships?.[0];
      await enqueueMail(tx, deps, {
        kind: 'welcome',
        to: input.email.trim(),
        locale,
        centerId: first?.centerId,
        clusterId: first?.clusterId,
        params: {
          name: input.name,
          email: input.email.trim(),
          inviter: actorId(actor) ? actor.name : 'innohub',
          roles: (input.memberships ?? []).map((m) => t(locale, `roles.${m.role}`)).join(', ') || '-',
          url: webUrl(deps.config),
        },
      });
    }
    await audit(tx, actorId(actor) ? actor : null, {
      action: 'person.created',
      entityType: 'person',
      entityId: person!.id,
      after: { email: input.email, name: input.name, memberships: input.memberships ?? [] },
    }, scope.requestId);
    return person!.id;
  });
  return getPersonUnchecked(deps.database.db, id);
}

/** A person is visible to themself, national admins, and admins of a scope the person has a role in. */
async function visibleTo(db: Db, actor: Actor, personId: string): Promise<boolean> {
  if (actor.personId === personId || isNational(actor)) return true;
  const centers = adminCenters(actor);
  const clusters = coordinatedClusters(actor);
  if (centers.length === 0 && clusters.length === 0) return false;
  const rows = await db.select().from(memberships).where(eq(memberships.personId, personId));
  return rows.some((m) => (m.centerId && centers.includes(m.centerId)) || (m.clusterId && clusters.includes(m.clusterId))) ||
    (await Promise.all(rows.filter((m) => m.organizationId).map((m) => organizationScope(db, m.organizationId)))).some(
      (s) => s.centerIds.some((c) => centers.includes(c)) || s.clusterIds.some((c) => clusters.includes(c)),
    );
}

export async function getPerson(deps: Deps, scope: RequestScope, id: string): Promise<PersonOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  if (!(await visibleTo(deps.database.db, actor, id))) throw AppError.notFound();
  return getPersonUnchecked(deps.database.db, id);
}

export async function membershipsOf(db: Db, personIds: string[]): Promise<Map<string, MembershipOut[]>> {
  const map = new Map<string, MembershipOut[]>();
  if (personIds.length === 0) return map;
  const { rows } = (await db.execute(sql`
    select m.id, m.person_id as "personId", m.role, m.center_id as "centerId", c.short_name as "centerName",
      m.cluster_id as "clusterId", k.name as "clusterName", m.organization_id as "organizationId", o.name as "organizationName"
    from memberships m
      left join centers c on c.id = m.center_id
      left join clusters k on k.id = m.cluster_id
      left join organizations o on o.id = m.organization_id
    where m.person_id in (select unnest(${sql.param(personIds)}::uuid[]))
    order by m.created_at, m.id`)) as unknown as { rows: (MembershipOut & { personId: string })[] };
  for (const { personId, ...m } of rows) map.set(personId, [...(map.get(personId) ?? []), m]);
  return map;
}

async function getPersonUnchecked(db: Db, id: string): Promise<PersonOut> {
  const [p] = await db.select().from(people).where(eq(people.id, id));
  if (!p) throw AppError.notFound();
  const ms = await membershipsOf(db, [id]);
  return present(p, ms.get(id) ?? []);
}

function present(p: typeof people.$inferSelect, ms: MembershipOut[]): PersonOut {
  return {
    id: p.id,
    email: p.email,
    name: p.name,
    phone: p.phone,
    title: p.title,
    expertise: p.expertise,
    locale: p.locale,
    disabled: p.disabled,
    canSignIn: !!p.passwordHash && !p.disabled,
    memberships: ms,
    createdAt: p.createdAt.toISOString(),
  };
}

export async function listPeople(
  deps: Deps,
  scope: RequestScope,
  query: { q?: string; role?: string; centerId?: string; clusterId?: string; cursor?: string; limit: number },
): Promise<{ items: PersonOut[]; nextCursor: string | null; total: number }> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  if (!mayAdministerPeople(actor)) throw new AppError('forbidden');
  const conditions = [sql`true`];
  if (!isNational(actor)) {
    const centers = adminCenters(actor);
    const clusters = coordinatedClusters(actor);
    conditions.push(sql`exists (
      select 1 from memberships m left join affiliations a on a.organization_id = m.organization_id
      where m.person_id = p.id and (
        m.center_id in (select unnest(${sql.param(centers)}::text[])) or m.cluster_id in (select unnest(${sql.param(clusters)}::uuid[]))
        or a.center_id in (select unnest(${sql.param(centers)}::text[])) or a.cluster_id in (select unnest(${sql.param(clusters)}::uuid[]))))`);
  }
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    conditions.push(sql`(p.name ilike ${like} or p.email ilike ${like})`);
  }
  if (query.role) conditions.push(sql`exists (select 1 from memberships m where m.person_id = p.id and m.role = ${query.role})`);
  if (query.centerId) conditions.push(sql`exists (select 1 from memberships m where m.person_id = p.id and m.center_id = ${query.centerId})`);
  if (query.clusterId) conditions.push(sql`exists (select 1 from memberships m where m.person_id = p.id and m.cluster_id = ${query.clusterId}::uuid)`);
  const where = sql.join(conditions, sql` and `);
  const after = decodeCursor(query.cursor, (v): v is [string, string] => Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string'));
  if (query.cursor && !after) throw AppError.field('cursor', 'validation.invalidCursor');
  const page = after ? sql` and (p.name, p.id) > (${after[0]}, ${after[1]}::uuid)` : sql``;
  const p = alias(people, 'p');
  const rows = await deps.database.db
    .select()
    .from(p)
    .where(sql`${where}${page}`)
    .orderBy(p.name, p.id)
    .limit(query.limit + 1);
  const [{ total }] = (await deps.database.rows<{ total: number }>(sql`select count(*)::int as total from people p where ${where}`)) as [{ total: number }];
  const pageRows = rows.slice(0, query.limit);
  const ms = await membershipsOf(deps.database.db, pageRows.map((r) => r.id));
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map((p) => present(p, ms.get(p.id) ?? [])),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.name, last.id]) : null,
    total,
  };
}

export async function updatePerson(
  deps: Deps,
  scope: RequestScope,
  id: string,
  input: { name?: string; phone?: string | null; title?: string | null; expertise?: string; locale?: 'ko' | 'en'; disabled?: boolean; password?: string },
): Promise<PersonOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const db = deps.database.db;
  if (!(await visibleTo(db, actor, id))) throw AppError.notFound();
  const self = actor.personId === id;
  // Disabling and setting passwords are admin acts, never one's own.
  if ((input.disabled !== undefined || input.password !== undefined) && (self || !mayAdministerPeople(actor))) throw new AppError('forbidden');
  if (!self && !mayAdministerPeople(actor)) throw new AppError('forbidden');
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(people).where(eq(people.id, id)).for('update');
    if (!before) throw AppError.notFound();
    const { password: _password, ...changes } = input;
    await tx.update(people).set({ ...changes, ...(passwordHash ? { passwordHash } : {}), updatedAt: deps.clock.now() }).where(eq(people.id, id));
    await audit(tx, actor, {
      action: 'person.updated',
      entityType: 'person',
      entityId: id,
      before: { name: before.name, phone: before.phone, title: before.title, disabled: before.disabled },
      after: { ...changes, passwordChanged: !!passwordHash },
    }, scope.requestId);
  });
  return getPersonUnchecked(db, id);
}

export async function grantMembership(deps: Deps, scope: RequestScope, personId: string, m: MembershipIn): Promise<PersonOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const db = deps.database.db;
  if (!(await visibleTo(db, actor, personId)) && !mayAdministerPeople(actor)) throw AppError.notFound();
  const [person] = await db.select({ id: people.id }).from(people).where(eq(people.id, personId));
  if (!person) throw AppError.notFound();
  await db.transaction(async (tx) => {
    await checkGrant(tx, actor, m);
    const inserted = await tx
      .insert(memberships)
      .values({ personId, role: m.role, centerId: m.centerId ?? null, clusterId: m.clusterId ?? null, organizationId: m.organizationId ?? null, createdAt: deps.clock.now() })
      .onConflictDoNothing()
      .returning({ id: memberships.id });
    if (inserted.length === 0) throw new AppError('duplicateMembership');
    await audit(tx, actor, { action: 'membership.granted', entityType: 'person', entityId: personId, centerId: m.centerId, clusterId: m.clusterId, after: m }, scope.requestId);
  });
  return getPersonUnchecked(db, personId);
}

export async function revokeMembership(deps: Deps, scope: RequestScope, personId: string, membershipId: string): Promise<PersonOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const db = deps.database.db;
  if (!(await visibleTo(db, actor, personId))) throw AppError.notFound();
  await db.transaction(async (tx) => {
    const [m] = await tx.select().from(memberships).where(and(eq(memberships.id, membershipId), eq(memberships.personId, personId))).for('update');
    if (!m) throw AppError.notFound();
    if (!mayGrant(actor, m, await organizationScope(tx, m.organizationId))) throw new AppError('forbidden');
    if (m.role === 'center_admin' && m.centerId && !isNational(actor)) {
      const [{ n }] = (await tx.execute(sql`select count(*)::int as n from memberships where role = 'center_admin' and center_id = ${m.centerId}`).then(
        (r) => (r as unknown as { rows: { n: number }[] }).rows,
      )) as [{ n: number }];
      if (n <= 1) throw new AppError('lastAdmin');
    }
    await tx.delete(memberships).where(eq(memberships.id, membershipId));
    await audit(tx, actor, { action: 'membership.revoked', entityType: 'person', entityId: personId, centerId: m.centerId, clusterId: m.clusterId, before: m }, scope.requestId);
  });
  return getPersonUnchecked(db, personId);
}
