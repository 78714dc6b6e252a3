import { sql } from 'drizzle-orm';
import { createApp, type App } from '../src/http/app.ts';
import type { Deps } from '../src/http/context.ts';
import type { Role } from '../src/features/auth/actor.ts';
import { createApiToken, hashPassword } from '../src/features/auth/auth.service.ts';
import { memberships, people } from '../src/features/people/person.table.ts';
import { insertOrganization } from '../src/features/organizations/organization.service.ts';
import { affiliations } from '../src/features/organizations/organization.table.ts';
import { withCheckDigit } from '../src/features/organizations/brn.ts';
import { insertCluster } from '../src/features/clusters/cluster.service.ts';
import type { OrganizationValues } from '../src/features/organizations/organization.service.ts';

/** A Korea-time local date-time (no offset) `days` whole days from the test clock's now, at `time`. */
export function kstDaysFrom(deps: Deps, days: number, time = '18:00:00'): string {
  const d = new Date(deps.clock.now().getTime() + 9 * 3_600_000 + days * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T${time}`;
}

let counter = 0;
const next = () => ++counter;

/** A valid, unique business registration number. */
export function brn(): string {
  const n = next();
  return withCheckDigit(String(100_000_000 + ((n * 7919) % 899_999_999)).padStart(9, '0'));
}

export type TestUser = { id: string; email: string; token: string; role: Role };

export async function user(
  deps: Deps,
  role: Role,
  scope: { centerId?: string; clusterId?: string; organizationId?: string } = {},
  options: { password?: string; email?: string } = {},
): Promise<TestUser> {
  const n = next();
  const email = options.email ?? `${role}.${n}@test.innohub`;
  const [person] = await deps.database.db
    .insert(people)
    .values({ email, name: `${role} ${n}`, passwordHash: options.password ? await hashPassword(options.password) : null })
    .returning({ id: people.id });
  await deps.database.db.insert(memberships).values({
    personId: person!.id,
    role,
    centerId: scope.centerId ?? null,
    clusterId: scope.clusterId ?? null,
    organizationId: scope.organizationId ?? null,
  });
  const { token } = await createApiToken(deps, person!.id, 'test');
  return { id: person!.id, email, token, role };
}

export async function organization(
  deps: Deps,
  values: Partial<OrganizationValues> & { centers?: string[]; clusters?: string[] } = {},
): Promise<{ id: string; name: string; brn: string | null }> {
  const n = next();
  const { centers = [], clusters = [], ...rest } = values;
  const row = await insertOrganization(deps.database.db, deps, {
    name: `테스트기업 ${n}`,
    kind: 'startup',
    businessRegistrationNumber: brn(),
    ...rest,
  });
  for (const centerId of centers) await deps.database.db.insert(affiliations).values({ organizationId: row.id, centerId, kind: 'portfolio', startedOn: '2020-01-01' });
  for (const clusterId of clusters) await deps.database.db.insert(affiliations).values({ organizationId: row.id, clusterId, kind: 'member', startedOn: '2020-01-01' });
  return { id: row.id, name: row.name, brn: row.brn };
}

export async function cluster(deps: Deps, name = `테스트 MC ${next()}`) {
  return insertCluster(deps.database.db, { name, nameEn: name, hostName: '한국산업단지공단 인천지역본부', region: '인천', complex: '남동국가산업단지', industries: ['뿌리'] });
}

export type Call = (method: string, path: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }) => Promise<{
  status: number;
  body: any;
  headers: Headers;
}>;

/** The app in-process, called like a client with a bearer token. */
export function client(deps: Deps): { app: App; call: Call } {
  const app = createApp(deps);
  const call: Call = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const res = await app.request(path, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // not JSON
    }
    return { status: res.status, body, headers: res.headers };
  };
  return { app, call };
}

export async function count(deps: Deps, table: string): Promise<number> {
  const [row] = await deps.database.rows<{ n: number }>(sql`select count(*)::int as n from ${sql.raw(table)}`);
  return row?.n ?? 0;
}
