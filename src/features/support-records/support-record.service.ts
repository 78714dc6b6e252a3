import { eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { decodeCursor, encodeCursor } from '../../http/schemas.ts';
import type { Lang } from '../../shared/i18n/index.ts';
import { coordinatedClusters, isNational, staffCenters, type Actor } from '../auth/actor.ts';
import { audit } from '../audit/audit.service.ts';
import { accessTo } from '../organizations/organization.policy.ts';
import { checkIfMatch, tenantsOf } from '../organizations/organization.service.ts';
import { organizations } from '../organizations/organization.table.ts';
import { fullRecordSql, mayReadInFull, mayWriteFor } from './support-record.policy.ts';
import { supportKindLabels, type SupportRecordCreateIn, type SupportRecordOut, type SupportRecordQueryIn, type SupportRecordUpdateIn } from './support-record.schema.ts';
import { supportRecords } from './support-record.table.ts';

type Row = {
  id: string;
  organization_id: string;
  organization_name: string;
  center_id: string | null;
  center_name: string | null;
  cluster_id: string | null;
  cluster_name: string | null;
  kind: keyof typeof supportKindLabels;
  started_on: string;
  ended_on: string | null;
  value_krw: string | number | null;
  program: string;
  staff_person_id: string | null;
  staff_name: string | null;
  notes: string;
  version: number;
  created_at: string | Date;
  full: boolean;
};

const selectRows = (actor: Actor | null, where: SQL, tail: SQL = sql``) => sql`
  select r.id, r.organization_id, o.name as organization_name, r.center_id, c.short_name as center_name,
    r.cluster_id, k.name as cluster_name, r.kind, r.started_on::text as started_on, r.ended_on::text as ended_on,
    r.value_krw, r.program, r.staff_person_id, p.name as staff_name, r.notes, r.version, r.created_at,
    ${fullRecordSql(actor)} as full
  from support_records r
    join organizations o on o.id = r.organization_id
    left join centers c on c.id = r.center_id
    left join clusters k on k.id = r.cluster_id
    left join people p on p.id = r.staff_person_id
  where ${where} ${tail}`;

function present(row: Row, lang: Lang): SupportRecordOut {
  const common = {
    id: row.id,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    centerId: row.center_id,
    centerName: row.center_name,
    clusterId: row.cluster_id,
    clusterName: row.cluster_name,
    kind: row.kind,
    kindLabel: supportKindLabels[row.kind]?.[lang] ?? row.kind,
    startedOn: row.started_on,
    endedOn: row.ended_on,
  };
  if (!row.full) {
    return { ...common, access: 'reduced', valueKrw: null, program: null, staffPersonId: null, staffName: null, notes: null, version: null, createdAt: null };
  }
  return {
    ...common,
    access: 'full',
    valueKrw: row.value_krw === null ? null : Number(row.value_krw),
    program: row.program,
    staffPersonId: row.staff_person_id,
    staffName: row.staff_name,
    notes: row.notes,
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

async function loadOne(deps: Deps, actor: Actor | null, id: string): Promise<Row | undefined> {
  const [row] = await deps.database.rows<Row>(selectRows(actor, sql`r.id = ${id}`));
  return row;
}

export async function getSupportRecord(deps: Deps, scope: RequestScope, id: string): Promise<SupportRecordOut> {
  if (!scope.actor) throw new AppError('unauthenticated');
  const row = await loadOne(deps, scope.actor, id);
  if (!row || !row.full) throw AppError.notFound();
  return present(row, scope.lang);
}

/** The tenant a new record (a support record, a program) belongs to: the one named, else the writer's own center or cluster. */
export function tenantFor(actor: Actor, input: { centerId?: string | null; clusterId?: string | null }) {
  if (input.centerId || input.clusterId) return { centerId: input.centerId ?? null, clusterId: input.clusterId ?? null };
  const active = actor.memberships.find((m) => m.id === actor.activeMembershipId);
  if (active?.centerId && staffCenters(actor).includes(active.centerId)) return { centerId: active.centerId, clusterId: null };
  const center = staffCenters(actor)[0];
  if (center) return { centerId: center, clusterId: null };
  const cluster = coordinatedClusters(actor)[0];
  if (cluster) return { centerId: null, clusterId: cluster };
  throw AppError.field('centerId', 'validation.required');
}

async function assertReferences(tx: Db, input: { organizationId?: string; centerId?: string | null; clusterId?: string | null; staffPersonId?: string | null }) {
  const { rows } = (await tx.execute(sql`select
    (${input.organizationId ?? null}::uuid is null or exists (select 1 from organizations where id = ${input.organizationId ?? null}::uuid)) as org,
    (${input.centerId ?? null}::text is null or exists (select 1 from centers where id = ${input.centerId ?? null})) as center,
    (${input.clusterId ?? null}::uuid is null or exists (select 1 from clusters where id = ${input.clusterId ?? null}::uuid)) as cluster,
    (${input.staffPersonId ?? null}::uuid is null or exists (select 1 from people where id = ${input.staffPersonId ?? null}::uuid)) as staff`)) as unknown as {
    rows: { org: boolean; center: boolean; cluster: boolean; staff: boolean }[];
  };
  const r = rows[0]!;
  const fail = (code: 'unknownOrganization' | 'unknownCenter' | 'unknownCluster' | 'unknownPerson', path: string, value: string) =>
    new AppError(code, { value }, [{ path, key: `errors.${code}`, params: { value } }]);
  if (!r.org) throw fail('unknownOrganization', 'organizationId', input.organizationId ?? '');
  if (!r.center) throw fail('unknownCenter', 'centerId', input.centerId ?? '');
  if (!r.cluster) throw fail('unknownCluster', 'clusterId', input.clusterId ?? '');
  if (!r.staff) throw fail('unknownPerson', 'staffPersonId', input.staffPersonId ?? '');
}

/** Inserts one ledger entry inside `tx` (policy already checked); shared with imports. */
export async function insertSupportRecord(
  tx: Db,
  deps: Deps,
  actor: Actor | null,
  input: SupportRecordCreateIn & { centerId: string | null; clusterId: string | null },
  requestId?: string,
): Promise<string> {
  const now = deps.clock.now();
  const [row] = await tx
    .insert(supportRecords)
    .values({
      organizationId: input.organizationId,
      centerId: input.centerId,
      clusterId: input.clusterId,
      kind: input.kind,
      startedOn: input.startedOn,
      endedOn: input.endedOn ?? null,
      valueKrw: input.valueKrw ?? null,
      program: input.program ?? '',
      staffPersonId: input.staffPersonId ?? null,
      notes: input.notes ?? '',
      createdBy: actor && actor.personId !== '00000000-0000-0000-0000-000000000000' ? actor.personId : null,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: supportRecords.id });
  await audit(tx, actor, { action: 'support_record.created', entityType: 'support_record', entityId: row!.id, centerId: input.centerId, clusterId: input.clusterId, after: input }, requestId);
  return row!.id;
}

export async function createSupportRecord(deps: Deps, scope: RequestScope, input: SupportRecordCreateIn): Promise<SupportRecordOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const tenant = tenantFor(actor, input);
  if (!mayWriteFor(actor, tenant)) throw new AppError('forbidden');
  const id = await deps.database.db.transaction(async (tx) => {
    await assertReferences(tx, { ...input, ...tenant });
    return insertSupportRecord(tx, deps, actor, { ...input, ...tenant }, scope.requestId);
  });
  return getSupportRecord(deps, scope, id);
}

export async function updateSupportRecord(
  deps: Deps,
  scope: RequestScope,
  id: string,
  ifMatch: string | undefined,
  input: SupportRecordUpdateIn,
): Promise<SupportRecordOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  await deps.database.db.transaction(async (tx) => {
    const [before] = await tx.select().from(supportRecords).where(eq(supportRecords.id, id)).for('update');
    if (!before || !mayReadInFull(actor, before)) throw AppError.notFound();
    checkIfMatch(ifMatch, before.version);
    await assertReferences(tx, { staffPersonId: input.staffPersonId });
    const merged = { ...before, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
    if (merged.endedOn && merged.endedOn < merged.startedOn) throw AppError.field('endedOn', 'validation.endBeforeStart');
    const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    await tx.update(supportRecords).set({ ...changes, version: before.version + 1, updatedAt: deps.clock.now() }).where(eq(supportRecords.id, id));
    await audit(tx, actor, { action: 'support_record.updated', entityType: 'support_record', entityId: id, centerId: before.centerId, clusterId: before.clusterId, before, after: changes }, scope.requestId);
  });
  return getSupportRecord(deps, scope, id);
}

export async function deleteSupportRecord(deps: Deps, scope: RequestScope, id: string, ifMatch: string | undefined): Promise<void> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  await deps.database.db.transaction(async (tx) => {
    const [before] = await tx.select().from(supportRecords).where(eq(supportRecords.id, id)).for('update');
    if (!before || !mayReadInFull(actor, before)) throw AppError.notFound();
    checkIfMatch(ifMatch, before.version);
    await tx.delete(supportRecords).where(eq(supportRecords.id, id));
    await audit(tx, actor, { action: 'support_record.deleted', entityType: 'support_record', entityId: id, centerId: before.centerId, clusterId: before.clusterId, before }, scope.requestId);
  });
}

/** The ledger, newest first: national admins see all, staff their own center's or cluster's. */
export async function listSupportRecords(
  deps: Deps,
  scope: RequestScope,
  q: SupportRecordQueryIn,
): Promise<{ items: SupportRecordOut[]; nextCursor: string | null; total: number }> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  if (!isNational(actor) && staffCenters(actor).length === 0 && coordinatedClusters(actor).length === 0) throw new AppError('forbidden');
  const where: SQL[] = [fullRecordSql(actor)];
  if (q.organizationId) where.push(sql`r.organization_id = ${q.organizationId}::uuid`);
  if (q.centerId) where.push(sql`r.center_id = ${q.centerId}`);
  if (q.clusterId) where.push(sql`r.cluster_id = ${q.clusterId}::uuid`);
  if (q.kind) where.push(sql`r.kind = ${q.kind}`);
  if (q.from) where.push(sql`coalesce(r.ended_on, r.started_on) >= ${q.from}::date`);
  if (q.to) where.push(sql`r.started_on <= ${q.to}::date`);
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    where.push(sql`(r.program ilike ${like} or r.notes ilike ${like} or o.name ilike ${like})`);
  }
  const after = decodeCursor(q.cursor, (v): v is [string, string] => Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string'));
  if (q.cursor && !after) throw AppError.field('cursor', 'validation.invalidCursor');
  const page = after ? [sql`(r.started_on, r.id) < (${after[0]}::date, ${after[1]}::uuid)`] : [];
  const rows = await deps.database.rows<Row>(
    selectRows(actor, sql.join([...where, ...page], sql` and `), sql`order by r.started_on desc, r.id desc limit ${q.limit + 1}`),
  );
  const [count] = await deps.database.rows<{ n: number }>(sql`
    select count(*)::int as n from support_records r join organizations o on o.id = r.organization_id where ${sql.join(where, sql` and `)}`);
  const last = rows[q.limit - 1];
  return {
    items: rows.slice(0, q.limit).map((r) => present(r, scope.lang)),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.started_on, last.id]) : null,
    total: count?.n ?? 0,
  };
}

/**
 * An organization's whole support history across centers, for those with full access to it:
 * their own tenants' entries in full, other centers' reduced to center, kind and date.
 */
export async function organizationSupportHistory(deps: Deps, scope: RequestScope, organizationId: string): Promise<SupportRecordOut[]> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const db = deps.database.db;
  const [org] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, organizationId));
  if (!org || accessTo(actor, organizationId, await tenantsOf(db, organizationId)) !== 'full') throw AppError.notFound();
  const rows = await deps.database.rows<Row>(selectRows(actor, sql`r.organization_id = ${organizationId}::uuid`, sql`order by r.started_on desc, r.id desc`));
  return rows.map((r) => present(r, scope.lang));
}

