/**
 * Bulk loading for the dashboards benchmark: `insert … select from unnest(…)` as bench/load.ts
 * does (the `pg` driver here has no COPY FROM STDIN), 10,000 rows per statement, one
 * transaction per table, the next chunk generated while PostgreSQL writes the current one. The
 * loading session runs with `session_replication_role = replica`, so no trigger fires for these
 * rows (the rollup triggers and the foreign-key checks); every other session, the server's
 * included, has them as always. The rollups are then built with markAllDirty + refreshRollups.
 */
import pg from 'pg';
import { miniClusters, CLUSTER_COMPLEX, CLUSTER_HOST } from '../src/features/demo/demo.clusters.ts';
import { Random } from '../src/shared/random.ts';
import { type BenchCenter, type BenchOrg, type OutcomeColumns, type SupportColumns } from './dashboards.dataset.ts';

/** The organizations load.ts wrote, with the centers they are affiliated with, ordered by id. */
export async function readOrganizations(client: pg.Client): Promise<BenchOrg[]> {
  const { rows } = await client.query<{ id: string; kind: string; founded_on: string | null; region: string | null; affiliated: string[] }>(`
    select o.id, o.kind, o.founded_on::text as founded_on, o.region,
      coalesce(array_agg(a.center_id order by a.started_on, a.center_id) filter (where a.center_id is not null), '{}') as affiliated
    from organizations o left join affiliations a on a.organization_id = o.id
    group by o.id order by o.id`);
  return rows.map((r) => ({ id: r.id, kind: r.kind, foundedOn: r.founded_on, region: r.region, affiliated: r.affiliated }));
}

export async function readCenters(client: pg.Client): Promise<BenchCenter[]> {
  const { rows } = await client.query<BenchCenter>('select id, region from centers order by sort_order, id');
  return rows;
}

/** The eight mini-clusters of 남동국가산업단지 (seed 004), with fixed ids. */
export async function insertClusters(client: pg.Client): Promise<string[]> {
  const r = new Random(4004);
  const ids: string[] = [];
  for (const [i, mc] of miniClusters.entries()) {
    const id = r.uuid();
    ids.push(id);
    await client.query(
      `insert into clusters (id, name, name_en, host_name, region, complex, industries, description, sort_order) values ($1, $2, $3, $4, '인천', $5, $6, $7, $8)`,
      [id, mc.name, mc.nameEn, CLUSTER_HOST, CLUSTER_COMPLEX, mc.industries, mc.description, i + 1],
    );
  }
  return ids;
}

type Progress = (rows: number) => void;

/**
 * A PostgreSQL array literal, built here rather than by the driver (whose per-element quoting
 * took more time than generating the rows). `quoted`: elements may hold any character.
 */
function array(values: readonly (string | number | null)[], quoted = false): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i) out += ',';
    if (v === null || v === undefined) out += 'NULL';
    else if (quoted) out += `"${String(v).replace(/[\\"]/g, (ch) => `\\${ch}`)}"`;
    else out += v;
  }
  return `${out}}`;
}

/** Writes the chunks of `chunks` in one transaction with the triggers off, overlapping generation and writing. */
async function loadChunks<T>(client: pg.Client, chunks: Iterable<T>, statement: string, params: (chunk: T) => unknown[], size: (chunk: T) => number, progress: Progress): Promise<number> {
  let rows = 0;
  await client.query('begin');
  try {
    await client.query('set local session_replication_role = replica');
    let pending: Promise<unknown> | undefined;
    for (const chunk of chunks) {
      // The chunk was generated while the previous statement ran.
      if (pending) await pending;
      pending = client.query(statement, params(chunk));
      rows += size(chunk);
      progress(rows);
      // Let the socket take the statement before generating the next chunk.
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (pending) await pending;
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  }
  return rows;
}

export function loadSupport(client: pg.Client, chunks: Iterable<SupportColumns>, progress: Progress): Promise<number> {
  return loadChunks(
    client,
    chunks,
    `insert into support_records (organization_id, center_id, cluster_id, kind, started_on, ended_on, value_krw, program, notes, created_at, updated_at)
     select u.o, u.c, u.k, u.kind, u.s, u.e, u.v, u.p, u.n, u.s::timestamptz, u.s::timestamptz
     from unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::date[], $6::date[], $7::bigint[], $8::text[], $9::text[]) as u(o, c, k, kind, s, e, v, p, n)`,
    (c) => [array(c.org), array(c.center), array(c.cluster), array(c.kind), array(c.started), array(c.ended), array(c.value), array(c.program, true), array(c.notes, true)],
    (c) => c.org.length,
    progress,
  );
}

export function loadOutcomes(client: pg.Client, chunks: Iterable<OutcomeColumns>, progress: Progress): Promise<number> {
  return loadChunks(
    client,
    chunks,
    // The id: 0188…, then the counter (ascending, version-4 shaped as the API's id check wants); recorded 5–75 days after the period ended.
    `insert into outcome_records (id, organization_id, metric, period, period_start, period_end, value, details, source, status, status_reason, created_at, updated_at)
     select (select ('0188' || substr(h, 1, 8) || '4' || substr(h, 9, 3) || '8' || substr(h, 12, 3) || substr(h, 15, 4) || '00000000')::uuid from lpad(to_hex(u.n), 18, '0') h), u.o, u.m, u.p, u.s, u.e, u.v, u.d::jsonb, u.src, u.st, u.r,
       u.e::timestamptz + make_interval(mins => u.a), u.e::timestamptz + make_interval(mins => u.a)
     from unnest($1::bigint[], $2::uuid[], $3::text[], $4::text[], $5::date[], $6::date[], $7::bigint[], $8::text[], $9::text[], $10::text[], $11::text[], $12::int[])
       as u(n, o, m, p, s, e, v, d, src, st, r, a)`,
    (c) => [array(c.seq), array(c.org), array(c.metric), array(c.period), array(c.start), array(c.end), array(c.value), array(c.details, true), array(c.source), array(c.status), array(c.reason, true), array(c.after)],
    (c) => c.seq.length,
    progress,
  );
}
