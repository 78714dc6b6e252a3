import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { coordinatedClusters, isNational } from '../auth/actor.ts';
import { audit } from '../audit/audit.service.ts';
import type { ClusterOut } from './cluster.schema.ts';
import { clusters } from './cluster.table.ts';

type ClusterIn = { name: string; nameEn: string; hostName: string; region: string; complex: string; industries: string[]; description?: string; parentId?: string | null };

/** Clusters, like centers, are public: anyone signed in may read them. */
export async function listClusters(deps: Deps, id?: string): Promise<ClusterOut[]> {
  return deps.database.rows<ClusterOut>(sql`
    select k.id, k.name, k.name_en as "nameEn", k.host_name as "hostName", k.region, k.complex, k.industries, k.description,
      k.parent_id as "parentId",
      (select count(distinct a.organization_id) from affiliations a where a.cluster_id = k.id and (a.ended_on is null or a.ended_on >= current_date))::int as "memberCount",
      (select count(distinct a.organization_id) from affiliations a join organizations o on o.id = a.organization_id
        where a.cluster_id = k.id and (a.ended_on is null or a.ended_on >= current_date) and o.kind in ('university', 'institute', 'agency'))::int as "institutionCount",
      coalesce((select json_agg(json_build_object('id', p.id, 'name', p.name) order by p.name) from memberships m join people p on p.id = m.person_id
        where m.cluster_id = k.id and m.role = 'cluster_coordinator'), '[]'::json) as coordinators
    from clusters k ${id ? sql`where k.id = ${id}::uuid` : sql``}
    order by k.parent_id nulls first, k.sort_order, k.name`);
}

export async function getCluster(deps: Deps, id: string): Promise<ClusterOut> {
  const [cluster] = await listClusters(deps, id);
  if (!cluster) throw AppError.notFound();
  return cluster;
}

export async function createCluster(deps: Deps, scope: RequestScope, input: ClusterIn): Promise<ClusterOut> {
  if (!scope.actor) throw new AppError('unauthenticated');
  if (!isNational(scope.actor)) throw new AppError('forbidden');
  const id = await deps.database.db.transaction(async (tx) => {
    const row = await insertCluster(tx, input);
    await audit(tx, scope.actor, { action: 'cluster.created', entityType: 'cluster', entityId: row.id, clusterId: row.id, after: input }, scope.requestId);
    return row.id;
  });
  return getCluster(deps, id);
}

export async function insertCluster(tx: Db, input: ClusterIn) {
  if (input.parentId) {
    const [parent] = await tx.select({ id: clusters.id }).from(clusters).where(eq(clusters.id, input.parentId));
    if (!parent) throw new AppError('unknownCluster', { value: input.parentId }, [{ path: 'parentId', key: 'errors.unknownCluster', params: { value: input.parentId } }]);
  }
  const [row] = await tx
    .insert(clusters)
    .values({ ...input, description: input.description ?? '', parentId: input.parentId ?? null })
    .returning();
  return row!;
}

export async function updateCluster(deps: Deps, scope: RequestScope, id: string, input: Partial<ClusterIn>): Promise<ClusterOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  await getCluster(deps, id);
  if (!isNational(actor) && !coordinatedClusters(actor).includes(id)) throw new AppError('forbidden');
  await deps.database.db.transaction(async (tx) => {
    const [before] = await tx.select().from(clusters).where(eq(clusters.id, id)).for('update');
    await tx.update(clusters).set({ ...input, updatedAt: deps.clock.now() }).where(eq(clusters.id, id));
    await audit(tx, actor, { action: 'cluster.updated', entityType: 'cluster', entityId: id, clusterId: id, before, after: input }, scope.requestId);
  });
  return getCluster(deps, id);
}

/** Finds a cluster by id or exact name (`--cluster "모빌리티 MC"`). */
export async function resolveCluster(db: Db, ref: string): Promise<string | undefined> {
  const all = await db.select({ id: clusters.id, name: clusters.name }).from(clusters);
  const s = ref.trim();
  return all.find((k) => k.id === s || k.name === s)?.id;
}
