import { sql } from 'drizzle-orm';
import type { Deps } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { createApiToken } from '../auth/auth.service.ts';
import { roles, type Role } from '../auth/actor.ts';
import { resolveCenter } from '../centers/center.service.ts';
import { resolveCluster } from '../clusters/cluster.service.ts';
import { brnDigits } from '../organizations/brn.ts';
import { PersonCreate } from './person.schema.ts';
import { createPerson, grantMembership, SYSTEM } from './person.service.ts';
import { fieldErrorsFromZod } from '../../http/errors.ts';

/** `innohub user create`: a new account with one role, or one more role for an existing account. */
export async function createUserFromCli(deps: Deps, v: Record<string, string | undefined>): Promise<string> {
  const role = v.role as Role;
  if (!roles.includes(role)) throw AppError.field('role', 'validation.invalidEnum', { options: roles.join(', ') });
  const db = deps.database.db;
  let centerId: string | null = null;
  let clusterId: string | null = null;
  let organizationId: string | null = null;
  if (v.center) {
    centerId = (await resolveCenter(db, v.center)) ?? null;
    if (!centerId) throw new AppError('unknownCenter', { value: v.center });
  }
  if (v.cluster) {
    clusterId = (await resolveCluster(db, v.cluster)) ?? null;
    if (!clusterId) throw new AppError('unknownCluster', { value: v.cluster });
  }
  if (v.organization) {
    const digits = brnDigits(v.organization);
    const rows = await deps.database.rows<{ id: string }>(
      digits ? sql`select id from organizations where brn = ${digits}` : sql`select id from organizations where id::text = ${v.organization} or name = ${v.organization}`,
    );
    if (rows.length !== 1) throw new AppError('unknownOrganization', { value: v.organization });
    organizationId = rows[0]!.id;
  }
  const membership = { role, centerId, clusterId, organizationId };
  const scope = { actor: SYSTEM, lang: 'ko' as const, requestId: 'cli' };
  const [existing] = await deps.database.rows<{ id: string }>(sql`select id from people where lower(email) = ${(v.email ?? '').toLowerCase()}`);
  if (existing) {
    const person = await grantMembership(deps, scope, existing.id, membership);
    return `${person.email}: ${person.memberships.map((m) => m.role + (m.centerName ? `@${m.centerName}` : m.clusterName ? `@${m.clusterName}` : m.organizationName ? `@${m.organizationName}` : '')).join(', ')}`;
  }
  const parsed = PersonCreate.safeParse({
    email: v.email,
    password: v.password,
    name: v.name ?? (v.email ?? '').split('@')[0],
    memberships: [membership],
  });
  if (!parsed.success) throw AppError.validation(fieldErrorsFromZod(parsed.error));
  if (!parsed.data.password) throw AppError.field('password', 'validation.required');
  const person = await createPerson(deps, scope, parsed.data);
  return `created ${person.email} (${person.id}) as ${role}${centerId ? ` of ${centerId}` : ''}${clusterId ? ` of cluster ${clusterId}` : ''}`;
}

export async function tokenForEmail(deps: Deps, email: string, name: string): Promise<string> {
  const [person] = await deps.database.rows<{ id: string }>(sql`select id from people where lower(email) = ${email.toLowerCase()} and not disabled`);
  if (!person) throw new AppError('unknownPerson', { value: email }, [{ path: 'email', key: 'errors.unknownPerson', params: { value: email } }]);
  return (await createApiToken(deps, person.id, name)).token;
}
