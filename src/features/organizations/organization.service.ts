import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { decodeCursor, encodeCursor } from '../../http/schemas.ts';
import { seoulToday } from '../../shared/clock.ts';
import { rankedSearch, searchMatch, searchQuery } from '../../search/index.ts';
import { coordinatedClusters, isNational, staffCenters, type Actor } from '../auth/actor.ts';
import { audit } from '../audit/audit.service.ts';
import { ksicLookup } from '../reference/ksic.ts';
import { formatBrn } from './brn.ts';
import { accessTo, fullAccessRowSql, mayCreate, mayManageAffiliation, mayUpdate, workedWithIdsSql, type OrganizationTenants } from './organization.policy.ts';
import type {
  OrganizationCreateIn,
  OrganizationListItemOut,
  OrganizationOut,
  OrganizationQueryIn,
  OrganizationUpdateIn,
} from './organization.schema.ts';
import { organizationSearchColumns } from './organization.search.ts';
import { affiliations, organizations } from './organization.table.ts';

type OrganizationRow = typeof organizations.$inferSelect;
type AffiliationIn = NonNullable<OrganizationCreateIn['affiliation']>;

const normalizeKey = (s: string | null | undefined) =>
  (s ?? '').normalize('NFKC').toLowerCase().replace(/\(주\)|주식회사|㈜|\(유\)|유한회사|[\s.,·()]/g, '');

/** The identity of an organization without a BRN: its normalised name and representative. */
export function dedupeKeyOf(name: string, representative: string | null | undefined): string {
  return `${normalizeKey(name)}|${normalizeKey(representative)}`;
}

export function yearsInBusiness(foundedOn: string | null, today: string): number | null {
  if (!foundedOn) return null;
  const [fy, fm, fd] = foundedOn.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return Math.max(0, ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0));
}

export async function tenantsOf(db: Db, organizationId: string): Promise<OrganizationTenants> {
  const { rows } = (await db.execute(sql`
    select center_id, cluster_id from affiliations where organization_id = ${organizationId}
    union select center_id, cluster_id from support_records where organization_id = ${organizationId}`)) as unknown as {
    rows: { center_id: string | null; cluster_id: string | null }[];
  };
  return {
    centerIds: [...new Set(rows.flatMap((r) => (r.center_id ? [r.center_id] : [])))],
    clusterIds: [...new Set(rows.flatMap((r) => (r.cluster_id ? [r.cluster_id] : [])))],
  };
}

async function affiliationsOf(db: Db, organizationId: string) {
  const { rows } = (await db.execute(sql`
    select a.id, a.center_id as "centerId", c.short_name as "centerName", a.cluster_id as "clusterId", k.name as "clusterName",
      a.kind, a.started_on::text as "startedOn", a.ended_on::text as "endedOn", a.note
    from affiliations a left join centers c on c.id = a.center_id left join clusters k on k.id = a.cluster_id
    where a.organization_id = ${organizationId}
    order by a.ended_on nulls first, a.started_on desc nulls last, a.created_at`)) as unknown as { rows: OrganizationOut['affiliations'] };
  return rows;
}

function present(
  deps: Deps,
  actor: Actor | null,
  row: OrganizationRow,
  tenants: OrganizationTenants,
  affiliationRows: OrganizationOut['affiliations'],
): OrganizationOut {
  const access = accessTo(actor, row.id, tenants);
  const full = access === 'full';
  return {
    id: row.id,
    access,
    name: row.name,
    nameEn: row.nameEn,
    businessRegistrationNumber: full && row.brn ? formatBrn(row.brn) : null,
    kind: row.kind as OrganizationOut['kind'],
    foundedOn: row.foundedOn,
    yearsInBusiness: yearsInBusiness(row.foundedOn, seoulToday(deps.clock)),
    region: row.region,
    ksicCode: row.ksicCode,
    industry: row.ksicCode ? (ksicLookup(row.ksicCode)?.ko ?? null) : null,
    stage: row.stage as OrganizationOut['stage'],
    description: row.description,
    products: row.products,
    technologies: row.technologies,
    website: row.website,
    representative: row.representative,
    contactEmail: full ? row.contactEmail : null,
    contactPhone: full ? row.contactPhone : null,
    representativeBirthDate: full ? row.representativeBirthDate : null,
    revenueKRW: full ? row.revenueKrw : null,
    revenueYear: full ? row.revenueYear : null,
    affiliations: full ? affiliationRows : affiliationRows.filter((a) => !a.endedOn).map((a) => ({ ...a, note: '' })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    permissions: {
      update: mayUpdate(actor, row.id, tenants),
      addSupportRecord: isNational(actor) || staffCenters(actor).length > 0 || coordinatedClusters(actor).length > 0,
      manageAffiliations: isNational(actor) || staffCenters(actor).length > 0 || coordinatedClusters(actor).length > 0,
    },
  };
}

export async function getOrganization(deps: Deps, scope: RequestScope, id: string): Promise<OrganizationOut> {
  if (!scope.actor) throw new AppError('unauthenticated');
  const db = deps.database.db;
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  if (!row) throw AppError.notFound();
  const [tenants, affiliationRows] = await Promise.all([tenantsOf(db, id), affiliationsOf(db, id)]);
  return present(deps, scope.actor, row, tenants, affiliationRows);
}

function duplicateError(existing: { id: string; name: string; brn: string | null }): AppError {
  if (existing.brn) {
    const params = { brn: formatBrn(existing.brn), name: existing.name };
    return new AppError('duplicateBrn', params, [{ path: 'businessRegistrationNumber', key: 'errors.duplicateBrn', params }], { existingId: existing.id });
  }
  return new AppError('duplicateIdentity', { name: existing.name }, [{ path: 'name', key: 'errors.duplicateIdentity', params: { name: existing.name } }], {
    existingId: existing.id,
  });
}

/** A founding day or a representative's birthday is not in the future (Asia/Seoul). */
function checkDates(deps: Deps, input: { foundedOn?: string | null; representativeBirthDate?: string | null }): void {
  const today = seoulToday(deps.clock);
  if (input.foundedOn && input.foundedOn > today) throw AppError.field('foundedOn', 'validation.futureDate');
  if (input.representativeBirthDate && input.representativeBirthDate > today) throw AppError.field('representativeBirthDate', 'validation.futureDate');
}

async function assertAffiliationTarget(db: Db, a: { centerId?: string | null; clusterId?: string | null }): Promise<void> {
  if (a.centerId) {
    const { rows } = (await db.execute(sql`select 1 from centers where id = ${a.centerId}`)) as unknown as { rows: unknown[] };
    if (rows.length === 0) throw new AppError('unknownCenter', { value: a.centerId }, [{ path: 'affiliation.centerId', key: 'errors.unknownCenter', params: { value: a.centerId } }]);
  }
  if (a.clusterId) {
    const { rows } = (await db.execute(sql`select 1 from clusters where id = ${a.clusterId}::uuid`)) as unknown as { rows: unknown[] };
    if (rows.length === 0) throw new AppError('unknownCluster', { value: a.clusterId }, [{ path: 'affiliation.clusterId', key: 'errors.unknownCluster', params: { value: a.clusterId } }]);
  }
}

/** The affiliation a staff member's new organization gets when they name none: their own center or cluster. */
function defaultAffiliation(actor: Actor): AffiliationIn | undefined {
  if (isNational(actor)) return undefined;
  const active = actor.memberships.find((m) => m.id === actor.activeMembershipId);
  const center = active?.centerId && staffCenters(actor).includes(active.centerId) ? active.centerId : staffCenters(actor)[0];
  if (center) return { centerId: center, kind: 'portfolio' };
  const cluster = coordinatedClusters(actor)[0];
  return cluster ? { clusterId: cluster, kind: 'member' } : undefined;
}

export type OrganizationValues = Omit<OrganizationCreateIn, 'affiliation'>;

/** Column values of an organization from API input (shared by create, update and import). */
export function organizationColumns(input: OrganizationValues) {
  return {
    brn: input.businessRegistrationNumber ?? null,
    name: input.name,
    nameEn: input.nameEn ?? null,
    kind: input.kind,
    foundedOn: input.foundedOn ?? null,
    region: input.region ?? null,
    ksicCode: input.ksicCode ?? null,
    stage: input.stage ?? null,
    description: input.description ?? '',
    products: input.products ?? '',
    technologies: input.technologies ?? '',
    website: input.website ?? null,
    representative: input.representative ?? null,
    contactEmail: input.contactEmail ?? null,
    contactPhone: input.contactPhone ?? null,
    representativeBirthDate: input.representativeBirthDate ?? null,
    revenueKrw: input.revenueKRW ?? null,
    revenueYear: input.revenueYear ?? null,
  };
}

/** Inserts one organization inside `tx`; no policy (the caller checked it). */
export async function insertOrganization(tx: Db, deps: Deps, input: OrganizationValues): Promise<OrganizationRow> {
  const columns = organizationColumns(input);
  const dedupeKey = columns.brn ? null : dedupeKeyOf(columns.name, columns.representative);
  const [existing] = await tx
    .select({ id: organizations.id, name: organizations.name, brn: organizations.brn })
    .from(organizations)
    .where(columns.brn ? eq(organizations.brn, columns.brn) : eq(organizations.dedupeKey, dedupeKey!));
  if (existing) throw duplicateError(existing);
  const now = deps.clock.now();
  const [row] = await tx
    .insert(organizations)
    .values({ ...columns, dedupeKey, ...organizationSearchColumns(columns), createdAt: now, updatedAt: now })
    .returning();
  return row!;
}

export async function createOrganization(deps: Deps, scope: RequestScope, input: OrganizationCreateIn): Promise<OrganizationOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  if (!mayCreate(actor)) throw new AppError('forbidden');
  checkDates(deps, input);
  const { affiliation: given, ...values } = input;
  const affiliation = given ?? defaultAffiliation(actor);
  if (affiliation && !mayManageAffiliation(actor, affiliation)) throw new AppError('forbidden');
  const id = await deps.database.db.transaction(async (tx) => {
    if (affiliation) await assertAffiliationTarget(tx, affiliation);
    const row = await insertOrganization(tx, deps, values);
    if (affiliation) await insertAffiliation(tx, deps, row.id, affiliation);
    await audit(tx, actor, {
      action: 'organization.created',
      entityType: 'organization',
      entityId: row.id,
      centerId: affiliation?.centerId,
      clusterId: affiliation?.clusterId,
      after: { ...organizationColumns(values), affiliation },
    }, scope.requestId);
    return row.id;
  });
  return getOrganization(deps, scope, id);
}

async function insertAffiliation(tx: Db, deps: Deps, organizationId: string, a: AffiliationIn) {
  const [row] = await tx
    .insert(affiliations)
    .values({
      organizationId,
      centerId: a.centerId ?? null,
      clusterId: a.clusterId ?? null,
      kind: a.kind,
      startedOn: a.startedOn ?? seoulToday(deps.clock),
      endedOn: a.endedOn ?? null,
      note: a.note ?? '',
      createdAt: deps.clock.now(),
    })
    .returning();
  return row!;
}

/** `If-Match: "3"` (or W/"3") against the stored version: 428 without it, 409 when stale. */
export function checkIfMatch(ifMatch: string | undefined, version: number): void {
  if (!ifMatch) throw new AppError('preconditionRequired');
  if (ifMatch.trim() === '*') return;
  const wanted = ifMatch.replace(/^W\//, '').replace(/"/g, '').trim();
  if (wanted !== String(version)) throw new AppError('versionConflict', {}, [], { currentVersion: version });
}

export async function updateOrganization(
  deps: Deps,
  scope: RequestScope,
  id: string,
  ifMatch: string | undefined,
  input: OrganizationUpdateIn,
): Promise<OrganizationOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const db = deps.database.db;
  const tenants = await tenantsOf(db, id);
  const [exists] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, id));
  if (!exists) throw AppError.notFound();
  if (!mayUpdate(actor, id, tenants)) throw accessTo(actor, id, tenants) === 'public' ? new AppError('forbidden') : AppError.notFound();
  checkDates(deps, input);
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(organizations).where(eq(organizations.id, id)).for('update');
    if (!before) throw AppError.notFound();
    checkIfMatch(ifMatch, before.version);
    const merged = { ...valuesOf(before), ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as OrganizationValues;
    const columns = organizationColumns(merged);
    const dedupeKey = columns.brn ? null : dedupeKeyOf(columns.name, columns.representative);
    const [clash] = await tx
      .select({ id: organizations.id, name: organizations.name, brn: organizations.brn })
      .from(organizations)
      .where(and(columns.brn ? eq(organizations.brn, columns.brn) : eq(organizations.dedupeKey, dedupeKey!), sql`${organizations.id} <> ${id}`));
    if (clash) throw duplicateError(clash);
    await tx
      .update(organizations)
      .set({ ...columns, dedupeKey, ...organizationSearchColumns(columns), version: before.version + 1, updatedAt: deps.clock.now() })
      .where(eq(organizations.id, id));
    await audit(tx, actor, {
      action: 'organization.updated',
      entityType: 'organization',
      entityId: id,
      before: organizationColumns(valuesOf(before)),
      after: columns,
    }, scope.requestId);
  });
  return getOrganization(deps, scope, id);
}

export function valuesOf(row: OrganizationRow): OrganizationValues {
  return {
    businessRegistrationNumber: row.brn,
    name: row.name,
    nameEn: row.nameEn,
    kind: row.kind as OrganizationValues['kind'],
    foundedOn: row.foundedOn,
    region: row.region as OrganizationValues['region'],
    ksicCode: row.ksicCode,
    stage: row.stage as OrganizationValues['stage'],
    description: row.description,
    products: row.products,
    technologies: row.technologies,
    website: row.website,
    representative: row.representative,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    representativeBirthDate: row.representativeBirthDate,
    revenueKRW: row.revenueKrw,
    revenueYear: row.revenueYear,
  };
}

export async function addAffiliation(deps: Deps, scope: RequestScope, organizationId: string, input: AffiliationIn): Promise<OrganizationOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const db = deps.database.db;
  const [exists] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, organizationId));
  if (!exists) throw AppError.notFound();
  if (!mayManageAffiliation(actor, input)) throw new AppError('forbidden');
  await db.transaction(async (tx) => {
    await assertAffiliationTarget(tx, input);
    const row = await insertAffiliation(tx, deps, organizationId, input);
    await audit(tx, actor, {
      action: 'affiliation.added',
      entityType: 'organization',
      entityId: organizationId,
      centerId: input.centerId,
      clusterId: input.clusterId,
      after: row,
    }, scope.requestId);
  });
  return getOrganization(deps, scope, organizationId);
}

export async function updateAffiliation(
  deps: Deps,
  scope: RequestScope,
  organizationId: string,
  affiliationId: string,
  input: { endedOn?: string | null; note?: string; kind?: string },
): Promise<OrganizationOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  await deps.database.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(affiliations)
      .where(and(eq(affiliations.id, affiliationId), eq(affiliations.organizationId, organizationId)))
      .for('update');
    if (!row || accessTo(actor, organizationId, await tenantsOf(tx, organizationId)) !== 'full') throw AppError.notFound();
    if (!mayManageAffiliation(actor, row)) throw new AppError('forbidden');
    if (input.endedOn && row.startedOn && input.endedOn < row.startedOn) throw AppError.field('endedOn', 'validation.endBeforeStart');
    const [after] = await tx
      .update(affiliations)
      .set({ ...(input.endedOn !== undefined ? { endedOn: input.endedOn } : {}), ...(input.note !== undefined ? { note: input.note } : {}), ...(input.kind ? { kind: input.kind } : {}) })
      .where(eq(affiliations.id, affiliationId))
      .returning();
    await audit(tx, actor, {
      action: 'affiliation.updated',
      entityType: 'organization',
      entityId: organizationId,
      centerId: row.centerId,
      clusterId: row.clusterId,
      before: row,
      after,
    }, scope.requestId);
  });
  return getOrganization(deps, scope, organizationId);
}

type ListRow = {
  id: string;
  name: string;
  kind: string;
  region: string | null;
  ksic_code: string | null;
  stage: string | null;
  founded_on: string | null;
  brn: string | null;
  representative: string | null;
  description: string;
  full: boolean;
  centers: { id: string; name: string }[] | null;
  score: number | null;
};

/** Filters of the list, as SQL over `o`; `mine` is the ids of the organizations the actor works with. */
function listFilters(q: OrganizationQueryIn, mine: string[] | undefined): SQL[] {
  const where: SQL[] = [];
  if (q.kind?.length) where.push(sql`o.kind in (select unnest(${sql.param(q.kind)}::text[]))`);
  if (q.region?.length) where.push(sql`o.region in (select unnest(${sql.param(q.region)}::text[]))`);
  if (q.stage?.length) where.push(sql`o.stage in (select unnest(${sql.param(q.stage)}::text[]))`);
  if (q.ksic) where.push(sql`o.ksic_code like ${`${q.ksic}%`}`);
  if (q.foundedFrom) where.push(sql`o.founded_on >= ${q.foundedFrom}::date`);
  if (q.foundedTo) where.push(sql`o.founded_on <= ${q.foundedTo}::date`);
  if (q.centerId || q.clusterId || q.affiliationKind) {
    const parts = [sql`a.organization_id = o.id`, sql`(a.ended_on is null or a.ended_on >= current_date)`];
    if (q.centerId) parts.push(sql`a.center_id = ${q.centerId}`);
    if (q.clusterId) parts.push(sql`a.cluster_id = ${q.clusterId}::uuid`);
    if (q.affiliationKind) parts.push(sql`a.kind = ${q.affiliationKind}`);
    where.push(sql`exists (select 1 from affiliations a where ${sql.join(parts, sql` and `)})`);
  }
  // Given as the list of ids: the planner then knows how many there are, and walks the sort
  // order's index instead of reading and sorting every one of them (400 → 10 ms for 13,000).
  if (mine) where.push(sql`o.id = any(${sql.param(mine)}::uuid[])`);
  return where;
}

const sortColumns: Record<string, { expr: SQL; type: 'text' | 'date' | 'timestamptz'; desc: boolean }> = {
  name: { expr: sql`o.name`, type: 'text', desc: false },
  '-name': { expr: sql`o.name`, type: 'text', desc: true },
  foundedOn: { expr: sql`coalesce(o.founded_on, '9999-12-31'::date)`, type: 'date', desc: false },
  '-foundedOn': { expr: sql`coalesce(o.founded_on, '0001-01-01'::date)`, type: 'date', desc: true },
  createdAt: { expr: sql`o.created_at`, type: 'timestamptz', desc: false },
  '-createdAt': { expr: sql`o.created_at`, type: 'timestamptz', desc: true },
};

/**
 * The organization list: every signed-in person may list public profiles; `mine` narrows to the
 * organizations they work with. With `q`, ranked by BM25 (cursor = offset); otherwise keyset
 * pages over the sort key.
 */
export async function listOrganizations(
  deps: Deps,
  scope: RequestScope,
  q: OrganizationQueryIn,
): Promise<{ items: OrganizationListItemOut[]; nextCursor: string | null; total: number; totalExact: boolean }> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  // A national administrator works with every organization: `mine` filters nothing.
  const mine =
    q.mine === 'true' && !isNational(actor)
      ? (await deps.database.rows<{ id: string }>(sql`select distinct id from (${workedWithIdsSql(actor)}) as mine(id)`)).map((r) => r.id)
      : undefined;
  const filters = listFilters(q, mine);
  const search = q.q ? searchQuery(q.q) : undefined;
  const brnQuery = q.q && /^\d{3}-?\d{2}-?\d{5}$/.test(q.q.trim()) ? q.q.replace(/-/g, '').trim() : undefined;
  const sort = q.sort ?? (search ? 'relevance' : 'name');
  const today = seoulToday(deps.clock);
  const select = (from: SQL, extra: SQL = sql``) => sql`
    select o.id, o.name, o.kind, o.region, o.ksic_code, o.stage, o.founded_on::text as founded_on, o.brn, o.representative,
      left(o.description, 160) as description, ${fullAccessRowSql(actor)} as full,
      (select json_agg(json_build_object('id', c.id, 'name', c.short_name) order by c.sort_order)
        from centers c where c.id in (select a.center_id from affiliations a where a.organization_id = o.id and a.center_id is not null
          and (a.ended_on is null or a.ended_on >= current_date))) as centers
      ${extra}
    ${from}`;

  let rows: ListRow[];
  let total: number;
  let totalExact = true;
  let nextCursor: string | null = null;
  if (brnQuery) {
    // A whole business registration number finds that organization, and only it.
    const where = sql.join([sql`o.brn = ${brnQuery}`, ...filters], sql` and `);
    rows = await deps.database.rows<ListRow>(select(sql`from organizations o where ${where}`, sql`, null::float8 as score`));
    total = rows.length;
  } else if (q.q !== undefined && q.q.trim() !== '' && !search) {
    rows = [];
    total = 0;
  } else if (search && sort === 'relevance') {
    const offset = decodeCursor(q.cursor, (v): v is number => Number.isInteger(v) && (v as number) >= 0) ?? 0;
    if (q.cursor && offset === 0 && q.cursor !== encodeCursor(0)) throw AppError.field('cursor', 'validation.invalidCursor');
    const filter = filters.length ? sql.join(filters, sql` and `) : undefined;
    const ranked = await rankedSearch(deps.database.rows, { scope: 'organizations', table: sql`organizations`, query: search, filter, limit: q.limit + 1, offset });
    const ids = ranked.hits.map((h) => h.id);
    const byId = new Map(
      (await deps.database.rows<ListRow>(select(sql`from organizations o where o.id in (select unnest(${sql.param(ids)}::uuid[]))`, sql`, null::float8 as score`))).map((r) => [r.id, r]),
    );
    rows = ranked.hits.flatMap((h) => (byId.has(h.id) ? [{ ...byId.get(h.id)!, score: h.score }] : []));
    total = ranked.total;
    totalExact = ranked.totalExact;
    if (rows.length > q.limit) nextCursor = encodeCursor(offset + q.limit);
  } else {
    const key = sortColumns[sort === 'relevance' ? 'name' : sort]!;
    // A search sorted otherwise than by relevance filters by its matches and has the ranked total.
    const filter = filters.length ? sql.join(filters, sql` and `) : undefined;
    const matched = search ? await searchMatch(deps.database.rows, { scope: 'organizations', table: sql`organizations`, query: search, filter }) : undefined;
    const where = matched ? [...filters, matched.match] : filters;
    const after = decodeCursor(q.cursor, (v): v is [string, string] => Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string'));
    if (q.cursor && !after) throw AppError.field('cursor', 'validation.invalidCursor');
    const cmp = key.desc ? sql`<` : sql`>`;
    const typed = sql.raw(key.type);
    const page = after ? [sql`(${key.expr}, o.id) ${cmp} (${after[0]}::${typed}, ${after[1]}::uuid)`] : [];
    const whereSql = [...where, ...page].length ? sql`where ${sql.join([...where, ...page], sql` and `)}` : sql``;
    const dir = key.desc ? sql`desc` : sql`asc`;
    // The page's ids from the sort order's index alone (it carries the filtered columns), then
    // only those rows: a selective filter no longer reads every wide row it skips.
    const keys = await deps.database.rows<{ id: string; sort_key: string }>(
      sql`select o.id, (${key.expr})::text as sort_key from organizations o ${whereSql} order by ${key.expr} ${dir}, o.id ${dir} limit ${q.limit + 1}`,
    );
    const byId = new Map(
      (keys.length
        ? await deps.database.rows<ListRow>(select(sql`from organizations o where o.id = any(${sql.param(keys.map((k) => k.id))}::uuid[])`, sql`, null::float8 as score`))
        : []
      ).map((r) => [r.id, r]),
    );
    rows = keys.flatMap((k) => (byId.has(k.id) ? [byId.get(k.id)!] : []));
    const countWhere = where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``;
    if (matched) {
      ({ total, totalExact } = matched);
    } else {
      // "Mine" alone is already counted: its ids are the list.
      const [count] = mine && where.length === 1 ? [{ n: mine.length }] : await deps.database.rows<{ n: number }>(sql`select count(*)::int as n from organizations o ${countWhere}`);
      total = count?.n ?? 0;
    }
    const last = keys[q.limit - 1];
    if (keys.length > q.limit && last) nextCursor = encodeCursor([last.sort_key, last.id]);
  }
  return {
    items: rows.slice(0, q.limit).map((r) => ({
      id: r.id,
      access: r.full ? 'full' : 'public',
      name: r.name,
      kind: r.kind as OrganizationListItemOut['kind'],
      region: r.region,
      ksicCode: r.ksic_code,
      industry: r.ksic_code ? (ksicLookup(r.ksic_code)?.ko ?? null) : null,
      stage: r.stage as OrganizationListItemOut['stage'],
      foundedOn: r.founded_on,
      yearsInBusiness: yearsInBusiness(r.founded_on, today),
      businessRegistrationNumber: r.full && r.brn ? formatBrn(r.brn) : null,
      representative: r.representative,
      summary: (r.description ?? '').split('\n')[0] ?? '',
      centers: r.centers ?? [],
      score: r.score === null ? null : Math.round(Number(r.score) * 1000) / 1000,
    })),
    nextCursor,
    total,
    totalExact,
  };
}
