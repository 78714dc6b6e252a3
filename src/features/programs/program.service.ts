import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { checkIfMatch } from '../organizations/organization.service.ts';
import { audit } from '../audit/audit.service.ts';
import { reindexCalls } from '../calls/call.service.ts';
import type { Actor } from '../auth/actor.ts';
import { mayWriteFor } from '../support-records/support-record.policy.ts';
import { tenantFor } from '../support-records/support-record.service.ts';
import type { CohortCreateIn, ProgramCreateIn, ProgramOut, ProgramUpdateIn } from './program.schema.ts';
import { partnerRoles } from './program.codes.ts';
import { programCohorts, programPartners, programs } from './program.table.ts';

type ProgramRow = Omit<ProgramOut, 'permissions'>;

/** Programs as the API shows them; anyone signed in may read them (calls make them public anyway). */
async function programRows(deps: Deps, where: SQL): Promise<ProgramRow[]> {
  return deps.database.rows<ProgramRow>(sql`
    select p.id, p.center_id as "centerId", c.short_name as "centerName", p.cluster_id as "clusterId", k.name as "clusterName",
      p.name, p.name_en as "nameEn", p.type, p.stages, p.support_kinds as "supportKinds", p.budget_krw::float8 as "budgetKrw",
      p.started_on::text as "startedOn", p.ended_on::text as "endedOn", p.description, p.version,
      coalesce((select json_agg(json_build_object('organizationId', pp.organization_id, 'name', o.name, 'role', pp.role)
          order by array_position(${sql.param([...partnerRoles])}::text[], pp.role), o.name collate "C")
        from program_partners pp join organizations o on o.id = pp.organization_id where pp.program_id = p.id), '[]'::json) as partners,
      coalesce((select json_agg(json_build_object('id', h.id, 'name', h.name, 'startedOn', h.started_on, 'endedOn', h.ended_on, 'capacity', h.capacity)
        order by h.started_on nulls last, h.created_at) from program_cohorts h where h.program_id = p.id), '[]'::json) as cohorts,
      to_char(p.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt",
      to_char(p.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt"
    from programs p left join centers c on c.id = p.center_id left join clusters k on k.id = p.cluster_id
    where ${where}
    order by p.started_on desc nulls last, p.name collate "C", p.id`);
}

const present = (actor: Actor | null, row: ProgramRow): ProgramOut => ({ ...row, permissions: { update: mayWriteFor(actor, row) } });

export async function listPrograms(
  deps: Deps,
  scope: RequestScope,
  q: { centerId?: string; clusterId?: string; type?: string; year?: number },
): Promise<ProgramOut[]> {
  if (!scope.actor) throw new AppError('unauthenticated');
  const where: SQL[] = [sql`true`];
  if (q.centerId) where.push(sql`p.center_id = ${q.centerId}`);
  if (q.clusterId) where.push(sql`p.cluster_id = ${q.clusterId}::uuid`);
  if (q.type) where.push(sql`p.type = ${q.type}`);
  if (q.year) {
    where.push(sql`(p.started_on is null or p.started_on <= ${`${q.year}-12-31`}::date) and (p.ended_on is null or p.ended_on >= ${`${q.year}-01-01`}::date)`);
  }
  return (await programRows(deps, sql.join(where, sql` and `))).map((r) => present(scope.actor, r));
}

export async function getProgram(deps: Deps, scope: RequestScope, id: string): Promise<ProgramOut> {
  if (!scope.actor) throw new AppError('unauthenticated');
  const [row] = await programRows(deps, sql`p.id = ${id}::uuid`);
  if (!row) throw AppError.notFound();
  return present(scope.actor, row);
}

/** The center or cluster exists and every partner is an organization; else a field error. */
async function assertReferences(tx: Db, tenant: { centerId: string | null; clusterId: string | null }, partners: { organizationId: string }[]) {
  const ids = partners.map((p) => p.organizationId);
  const [r] = (
    (await tx.execute(sql`select
      (${tenant.centerId}::text is null or exists (select 1 from centers where id = ${tenant.centerId})) as center,
      (${tenant.clusterId}::uuid is null or exists (select 1 from clusters where id = ${tenant.clusterId}::uuid)) as cluster,
      array(select x from unnest(${sql.param(ids)}::uuid[]) with ordinality as u(x, n) where not exists (select 1 from organizations o where o.id = u.x) order by n) as missing`)) as unknown as {
      rows: { center: boolean; cluster: boolean; missing: string[] }[];
    }
  ).rows;
  if (!r!.center) throw new AppError('unknownCenter', { value: tenant.centerId! }, [{ path: 'centerId', key: 'errors.unknownCenter', params: { value: tenant.centerId! } }]);
  if (!r!.cluster) throw new AppError('unknownCluster', { value: tenant.clusterId! }, [{ path: 'clusterId', key: 'errors.unknownCluster', params: { value: tenant.clusterId! } }]);
  const missing = r!.missing[0];
  if (missing) {
    const index = ids.indexOf(missing);
    throw new AppError('unknownOrganization', { value: missing }, [{ path: `partners.${index}.organizationId`, key: 'errors.unknownOrganization', params: { value: missing } }]);
  }
}

/** One role per partner: the last one given wins. */
const uniquePartners = (partners: { organizationId: string; role: string }[]) => [...new Map(partners.map((p) => [p.organizationId, p])).values()];

async function writePartners(tx: Db, programId: string, partners: { organizationId: string; role: string }[]) {
  await tx.delete(programPartners).where(eq(programPartners.programId, programId));
  const list = uniquePartners(partners);
  if (list.length) await tx.insert(programPartners).values(list.map((p) => ({ programId, organizationId: p.organizationId, role: p.role })));
}

export async function createProgram(deps: Deps, scope: RequestScope, input: ProgramCreateIn): Promise<ProgramOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const tenant = tenantFor(actor, input);
  if (!mayWriteFor(actor, tenant)) throw new AppError('forbidden');
  const { partners, centerId: _c, clusterId: _k, ...values } = input;
  const id = await deps.database.db.transaction(async (tx) => {
    await assertReferences(tx, tenant, partners);
    const now = deps.clock.now();
    const [row] = await tx
      .insert(programs)
      .values({ ...values, ...tenant, nameEn: values.nameEn ?? null, budgetKrw: values.budgetKrw ?? null, startedOn: values.startedOn ?? null, endedOn: values.endedOn ?? null, description: values.description ?? '', createdBy: actor.personId, createdAt: now, updatedAt: now })
      .returning({ id: programs.id });
    await writePartners(tx, row!.id, partners);
    await audit(tx, actor, { action: 'program.created', entityType: 'program', entityId: row!.id, ...tenant, after: input }, scope.requestId);
    return row!.id;
  });
  return getProgram(deps, scope, id);
}

/** The program for a write by this actor: 404 when it does not exist, 403 when it is another tenant's. */
async function programForWrite(tx: Db, actor: Actor, id: string) {
  const [row] = await tx.select().from(programs).where(eq(programs.id, id)).for('update');
  if (!row) throw AppError.notFound();
  if (!mayWriteFor(actor, row)) throw new AppError('forbidden');
  return row;
}

export async function updateProgram(deps: Deps, scope: RequestScope, id: string, ifMatch: string | undefined, input: ProgramUpdateIn): Promise<ProgramOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  await deps.database.db.transaction(async (tx) => {
    const before = await programForWrite(tx, actor, id);
    checkIfMatch(ifMatch, before.version);
    const { partners, ...changes } = input;
    const startedOn = changes.startedOn !== undefined ? changes.startedOn : before.startedOn;
    const endedOn = changes.endedOn !== undefined ? changes.endedOn : before.endedOn;
    if (startedOn && endedOn && endedOn < startedOn) throw AppError.field('endedOn', 'validation.endBeforeStart');
    if (partners) {
      await assertReferences(tx, { centerId: null, clusterId: null }, partners);
      await writePartners(tx, id, partners);
    }
    const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    await tx.update(programs).set({ ...set, version: before.version + 1, updatedAt: deps.clock.now() }).where(eq(programs.id, id));
    // Its calls are found by the program's name and type too.
    if ((changes.name && changes.name !== before.name) || (changes.type && changes.type !== before.type)) {
      await reindexCalls(async (statement) => ((await tx.execute(statement)) as unknown as { rows: never[] }).rows, id);
    }
    await audit(tx, actor, { action: 'program.updated', entityType: 'program', entityId: id, centerId: before.centerId, clusterId: before.clusterId, before, after: input }, scope.requestId);
  });
  return getProgram(deps, scope, id);
}

export async function addCohort(deps: Deps, scope: RequestScope, programId: string, input: CohortCreateIn): Promise<ProgramOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  await deps.database.db.transaction(async (tx) => {
    const program = await programForWrite(tx, actor, programId);
    const [row] = await tx
      .insert(programCohorts)
      .values({ programId, name: input.name, startedOn: input.startedOn ?? null, endedOn: input.endedOn ?? null, capacity: input.capacity ?? null, createdAt: deps.clock.now() })
      .returning();
    await audit(tx, actor, { action: 'program.cohortAdded', entityType: 'program', entityId: programId, centerId: program.centerId, clusterId: program.clusterId, after: row }, scope.requestId);
  });
  return getProgram(deps, scope, programId);
}

export async function updateCohort(deps: Deps, scope: RequestScope, programId: string, cohortId: string, input: Partial<CohortCreateIn>): Promise<ProgramOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  await deps.database.db.transaction(async (tx) => {
    const program = await programForWrite(tx, actor, programId);
    const [before] = await tx.select().from(programCohorts).where(and(eq(programCohorts.id, cohortId), eq(programCohorts.programId, programId))).for('update');
    if (!before) throw AppError.notFound();
    const startedOn = input.startedOn !== undefined ? input.startedOn : before.startedOn;
    const endedOn = input.endedOn !== undefined ? input.endedOn : before.endedOn;
    if (startedOn && endedOn && endedOn < startedOn) throw AppError.field('endedOn', 'validation.endBeforeStart');
    const set = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const [after] = await tx.update(programCohorts).set(set).where(eq(programCohorts.id, cohortId)).returning();
    await audit(tx, actor, { action: 'program.cohortUpdated', entityType: 'program', entityId: programId, centerId: program.centerId, clusterId: program.clusterId, before, after }, scope.requestId);
  });
  return getProgram(deps, scope, programId);
}
