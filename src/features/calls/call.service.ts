import { asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { decodeCursor, encodeCursor } from '../../http/schemas.ts';
import { seoulDateTime, seoulToday } from '../../shared/clock.ts';
import { rankedSearch, searchDocument, searchQuery } from '../../search/index.ts';
import { audit } from '../audit/audit.service.ts';
import { coordinatedClusters, isNational, staffCenters, type Actor } from '../auth/actor.ts';
import { checkIfMatch } from '../organizations/organization.service.ts';
import { programTypeLabels } from '../programs/program.schema.ts';
import { programCohorts, programs } from '../programs/program.table.ts';
import { mayWriteFor } from '../support-records/support-record.policy.ts';
import { sanitizeBody } from './call.body.ts';
import { evaluate, statements, type EligibilityRulesIn } from './call.eligibility.ts';
import { fullAccessRowSql } from '../organizations/organization.policy.ts';
import type { CallCreateIn, CallOut, CallQueryIn, CallSummaryOut, CallUpdateIn } from './call.schema.ts';
import { callAttachments, calls } from './call.table.ts';

type Row = {
  id: string;
  title: string;
  status: CallSummaryOut['status'];
  opens_at: Date;
  closes_at: Date;
  select_count: number | null;
  program_id: string;
  program_name: string;
  program_type: CallSummaryOut['program']['type'];
  center_id: string | null;
  center_name: string | null;
  cluster_id: string | null;
  cluster_name: string | null;
  region: string | null;
  published_at: Date | null;
  body: string;
  contact: string;
  cohort_id: string | null;
  cohort_name: string | null;
  version: number;
  eligibility: EligibilityRulesIn;
};

/** A call and what it shows of its program and tenant; `status` as of `now`. */
function select(now: Date, where: SQL, tail: SQL = sql``): SQL {
  return sql`
    select k.id, k.title, k.opens_at, k.closes_at, k.select_count, k.program_id, p.name as program_name, p.type as program_type,
      p.center_id, c.short_name as center_name, p.cluster_id, cl.name as cluster_name, coalesce(c.region, cl.region) as region,
      k.published_at, k.body, k.contact, k.cohort_id, h.name as cohort_name, k.version, k.eligibility,
      case when k.published_at is null then 'draft' when ${now}::timestamptz < k.opens_at then 'upcoming'
        when ${now}::timestamptz < k.closes_at + interval '1 second' then 'open' else 'closed' end as status
    from calls k join programs p on p.id = k.program_id left join centers c on c.id = p.center_id
      left join clusters cl on cl.id = p.cluster_id left join program_cohorts h on h.id = k.cohort_id
    where ${where} ${tail}`;
}

const when = (d: Date | string) => seoulDateTime(new Date(d));

function summaryOf(r: Row): Omit<CallSummaryOut, 'score'> {
  return {
    id: r.id,
    title: r.title,
    status: r.status,
    opensAt: when(r.opens_at),
    closesAt: when(r.closes_at),
    selectCount: r.select_count,
    program: { id: r.program_id, name: r.program_name, type: r.program_type },
    centerId: r.center_id,
    centerName: r.center_name,
    clusterId: r.cluster_id,
    clusterName: r.cluster_name,
    region: r.region,
    publishedAt: r.published_at ? when(r.published_at) : null,
  };
}

const tenantOf = (r: { center_id: string | null; cluster_id: string | null }) => ({ centerId: r.center_id, clusterId: r.cluster_id });

/** SQL true for calls (`k` or `o`) of programs the actor runs. */
function runBySql(actor: Actor | null, alias: SQL): SQL {
  if (isNational(actor)) return sql`true`;
  return sql`${alias}.program_id in (select id from programs where center_id = any(${sql.param(staffCenters(actor))}::text[])
    or cluster_id = any(${sql.param(coordinatedClusters(actor))}::uuid[]))`;
}

/** The search columns of a call: its title above its program, above its body and tenant. */
export function callSearchColumns(c: { title: string; body: string; programName: string; programType: keyof typeof programTypeLabels; tenantName: string | null }) {
  const doc = searchDocument([
    { text: c.title, weight: 5, name: true },
    { text: c.programName, weight: 2 },
    { text: c.body, weight: 1 },
    { text: programTypeLabels[c.programType].ko, weight: 1 },
    { text: c.tenantName, weight: 1 },
  ]);
  return { searchTerms: doc.terms, searchLength: Math.round(doc.length) };
}

/**
 * The public announcement list: published calls for anyone, no sign-in needed; `status=draft`
 * lists the drafts of the programs the signed-in person runs. With `q`, ranked by the Korean
 * search (cursor = offset); otherwise newest opening first (keyset cursor).
 */
export async function listCalls(deps: Deps, scope: RequestScope, q: CallQueryIn): Promise<{ items: CallSummaryOut[]; nextCursor: string | null; total: number; totalExact: boolean }> {
  const now = deps.clock.now();
  const filters: SQL[] = [];
  if (q.status === 'draft') {
    if (!scope.actor) throw new AppError('unauthenticated');
    filters.push(sql`o.published_at is null`, runBySql(scope.actor, sql`o`));
  } else {
    filters.push(sql`o.published_at is not null`);
    if (q.status === 'upcoming') filters.push(sql`o.opens_at > ${now}::timestamptz`);
    // Open through the whole closing second (18:00:00.999), as submissions are.
    if (q.status === 'open') filters.push(sql`o.opens_at <= ${now}::timestamptz and o.closes_at + interval '1 second' > ${now}::timestamptz`);
    if (q.status === 'closed') filters.push(sql`o.closes_at + interval '1 second' <= ${now}::timestamptz`);
  }
  const ofPrograms: SQL[] = [];
  if (q.centerId) ofPrograms.push(sql`fp.center_id = ${q.centerId}`);
  if (q.clusterId) ofPrograms.push(sql`fp.cluster_id = ${q.clusterId}::uuid`);
  if (q.programId) ofPrograms.push(sql`fp.id = ${q.programId}::uuid`);
  if (q.type) ofPrograms.push(sql`fp.type = ${q.type}`);
  if (q.region) {
    ofPrograms.push(sql`(fp.center_id in (select id from centers where region = ${q.region}) or fp.cluster_id in (select id from clusters where region = ${q.region}))`);
  }
  if (ofPrograms.length) filters.push(sql`o.program_id in (select fp.id from programs fp where ${sql.join(ofPrograms, sql` and `)})`);
  const filter = sql.join(filters, sql` and `);
  const rowsOf = async (ids: string[]) =>
    new Map((await deps.database.rows<Row>(select(now, sql`k.id = any(${sql.param(ids)}::uuid[])`))).map((r) => [r.id, r]));

  const search = q.q?.trim() ? searchQuery(q.q) : undefined;
  if (q.q?.trim() && !search) return { items: [], nextCursor: null, total: 0, totalExact: true };
  if (search) {
    const offset = decodeCursor(q.cursor, (v): v is number => Number.isInteger(v) && (v as number) >= 0) ?? 0;
    if (q.cursor && offset === 0 && q.cursor !== encodeCursor(0)) throw AppError.field('cursor', 'validation.invalidCursor');
    const ranked = await rankedSearch(deps.database.rows, { scope: 'calls', table: sql`calls`, query: search, filter, limit: q.limit + 1, offset });
    const byId = await rowsOf(ranked.hits.map((h) => h.id));
    const items = ranked.hits.flatMap((h) => (byId.has(h.id) ? [{ ...summaryOf(byId.get(h.id)!), score: Math.round(h.score * 1000) / 1000 }] : []));
    return { items: items.slice(0, q.limit), nextCursor: items.length > q.limit ? encodeCursor(offset + q.limit) : null, total: ranked.total, totalExact: ranked.totalExact };
  }

  const after = decodeCursor(q.cursor, (v): v is [string, string] => Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string'));
  if (q.cursor && !after) throw AppError.field('cursor', 'validation.invalidCursor');
  const page = after ? sql` and (o.opens_at, o.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : sql``;
  const keys = await deps.database.rows<{ id: string; opens_at: string }>(
    sql`select o.id, o.opens_at::text as opens_at from calls o where ${filter}${page} order by o.opens_at desc, o.id desc limit ${q.limit + 1}`,
  );
  const [count] = await deps.database.rows<{ n: number }>(sql`select count(*)::int as n from calls o where ${filter}`);
  const byId = await rowsOf(keys.map((k) => k.id));
  const items = keys.slice(0, q.limit).flatMap((k) => (byId.has(k.id) ? [{ ...summaryOf(byId.get(k.id)!), score: null }] : []));
  const last = keys[q.limit - 1];
  return { items, nextCursor: keys.length > q.limit && last ? encodeCursor([last.opens_at, last.id]) : null, total: count?.n ?? 0, totalExact: true };
}

export type AttachmentOut = { id: string; fileName: string; contentType: string; size: number; uploadedAt: string };

/** A call's attachments (공고문, 신청 서식) in the order they were added. */
export async function attachmentsOf(db: Db, callId: string): Promise<AttachmentOut[]> {
  const rows = await db.select().from(callAttachments).where(eq(callAttachments.callId, callId)).orderBy(asc(callAttachments.uploadedAt), asc(callAttachments.id));
  return rows.map((r) => ({ id: r.id, fileName: r.fileName, contentType: r.contentType, size: r.size, uploadedAt: seoulDateTime(r.uploadedAt) }));
}

/** A published call for anyone; a draft only for those who run its program, 404 for others. */
export async function getCall(deps: Deps, scope: RequestScope, id: string): Promise<CallOut> {
  const [row] = await deps.database.rows<Row>(select(deps.clock.now(), sql`k.id = ${id}::uuid`));
  const mayEdit = !!row && mayWriteFor(scope.actor, tenantOf(row));
  if (!row || (!row.published_at && !mayEdit)) throw AppError.notFound();
  return {
    ...summaryOf(row),
    body: row.body,
    contact: row.contact,
    cohort: row.cohort_id ? { id: row.cohort_id, name: row.cohort_name! } : null,
    attachments: await attachmentsOf(deps.database.db, row.id),
    eligibility: {
      rules: row.eligibility,
      statements: statements(row.eligibility, seoulToday(deps.clock)).map((s) => ({ rule: s.rule, ...s.statement })),
    },
    version: row.version,
    permissions: { update: mayEdit },
  };
}

/** The program (with its tenant's name) a call is written for, checked for this writer. */
async function programFor(tx: Db, actor: Actor, programId: string, cohortId: string | null | undefined) {
  const [program] = (
    (await tx.execute(sql`select p.id, p.name, p.type, p.center_id, p.cluster_id, coalesce(c.short_name, cl.name) as tenant_name
      from programs p left join centers c on c.id = p.center_id left join clusters cl on cl.id = p.cluster_id where p.id = ${programId}::uuid`)) as unknown as {
      rows: { id: string; name: string; type: keyof typeof programTypeLabels; center_id: string | null; cluster_id: string | null; tenant_name: string | null }[];
    }
  ).rows;
  if (!program) throw new AppError('unknownProgram', { value: programId }, [{ path: 'programId', key: 'errors.unknownProgram', params: { value: programId } }]);
  if (!mayWriteFor(actor, tenantOf(program))) throw new AppError('forbidden');
  if (cohortId) {
    const [cohort] = await tx.select({ id: programCohorts.id }).from(programCohorts).where(sql`${programCohorts.id} = ${cohortId}::uuid and ${programCohorts.programId} = ${programId}::uuid`);
    if (!cohort) throw new AppError('unknownCohort', { value: cohortId }, [{ path: 'cohortId', key: 'errors.unknownCohort', params: { value: cohortId } }]);
  }
  return program;
}

export async function createCall(deps: Deps, scope: RequestScope, input: CallCreateIn): Promise<CallOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const id = await deps.database.db.transaction(async (tx) => {
    const program = await programFor(tx, actor, input.programId, input.cohortId);
    const body = sanitizeBody(input.body ?? '');
    const now = deps.clock.now();
    const [row] = await tx
      .insert(calls)
      .values({
        programId: program.id,
        cohortId: input.cohortId ?? null,
        title: input.title,
        body,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        selectCount: input.selectCount ?? null,
        contact: input.contact ?? '',
        eligibility: input.eligibility ?? {},
        publishedAt: input.published ? now : null,
        createdBy: actor.personId,
        createdAt: now,
        updatedAt: now,
        ...callSearchColumns({ title: input.title, body, programName: program.name, programType: program.type, tenantName: program.tenant_name }),
      })
      .returning({ id: calls.id });
    await audit(tx, actor, { action: 'call.created', entityType: 'call', entityId: row!.id, ...tenantOf(program), after: { ...input, body } }, scope.requestId);
    return row!.id;
  });
  return getCall(deps, scope, id);
}

export async function updateCall(deps: Deps, scope: RequestScope, id: string, ifMatch: string | undefined, input: CallUpdateIn): Promise<CallOut> {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  await deps.database.db.transaction(async (tx) => {
    const [before] = await tx.select().from(calls).where(eq(calls.id, id)).for('update');
    if (!before) throw AppError.notFound();
    const program = await programFor(tx, actor, before.programId, input.cohortId).catch((error: unknown) => {
      // Someone who may not see a draft learns nothing of it.
      if (error instanceof AppError && error.code === 'forbidden' && !before.publishedAt) throw AppError.notFound();
      throw error;
    });
    checkIfMatch(ifMatch, before.version);
    const opensAt = input.opensAt ?? before.opensAt;
    const closesAt = input.closesAt ?? before.closesAt;
    if (closesAt <= opensAt) throw AppError.field('closesAt', 'validation.closesBeforeOpens');
    const { published, body: rawBody, ...changes } = input;
    const body = rawBody !== undefined ? sanitizeBody(rawBody) : before.body;
    const title = changes.title ?? before.title;
    const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    await tx
      .update(calls)
      .set({
        ...set,
        body,
        publishedAt: published === undefined ? before.publishedAt : published ? (before.publishedAt ?? deps.clock.now()) : null,
        version: before.version + 1,
        updatedAt: deps.clock.now(),
        ...callSearchColumns({ title, body, programName: program.name, programType: program.type, tenantName: program.tenant_name }),
      })
      .where(eq(calls.id, id));
    await audit(tx, actor, { action: 'call.updated', entityType: 'call', entityId: id, ...tenantOf(program), before, after: input }, scope.requestId);
  });
  return getCall(deps, scope, id);
}

type Rows = <T>(statement: SQL) => Promise<T[]>;

/**
 * Recomputes the search columns of calls (of one program, or all) from their title, body and
 * their program's current name, type and tenant, writing those that changed: a renamed program
 * keeps its calls findable by its new name, and `innohub search reindex` brings every call to
 * this version's tokenizer.
 */
export async function reindexCalls(rows: Rows, programId?: string): Promise<{ checked: number; updated: number }> {
  const list = await rows<{ id: string; title: string; body: string; program_name: string; program_type: keyof typeof programTypeLabels; tenant_name: string | null; search_terms: Record<string, number>; search_length: number }>(sql`
    select k.id, k.title, k.body, p.name as program_name, p.type as program_type, coalesce(c.short_name, cl.name) as tenant_name, k.search_terms, k.search_length
    from calls k join programs p on p.id = k.program_id left join centers c on c.id = p.center_id left join clusters cl on cl.id = p.cluster_id
    ${programId ? sql`where k.program_id = ${programId}::uuid` : sql``}`);
  const changed = list.flatMap((k) => {
    const next = callSearchColumns({ title: k.title, body: k.body, programName: k.program_name, programType: k.program_type, tenantName: k.tenant_name });
    const same = next.searchLength === k.search_length && Object.keys(next.searchTerms).length === Object.keys(k.search_terms).length
      && Object.entries(next.searchTerms).every(([t, v]) => k.search_terms[t] === v);
    return same ? [] : [{ id: k.id, terms: next.searchTerms, length: next.searchLength }];
  });
  if (changed.length) {
    await rows(sql`update calls k set search_terms = u.terms, search_length = u.length
      from jsonb_to_recordset(${JSON.stringify(changed)}::jsonb) as u(id uuid, terms jsonb, length integer) where k.id = u.id`);
  }
  return { checked: list.length, updated: changed.length };
}

/**
 * Whether an organization may apply to a call, rule by rule, before anything is written. The
 * organization must be one the asker sees in full (their own company, or one their center works
 * with); any other answers 404, as does a call they may not see.
 */
export async function checkEligibility(deps: Deps, scope: RequestScope, callId: string, organizationId: string) {
  if (!scope.actor) throw new AppError('unauthenticated');
  const found = await getCall(deps, scope, callId);
  const [org] = await deps.database.rows<{ full: boolean }>(sql`select ${fullAccessRowSql(scope.actor)} as full from organizations o where o.id = ${organizationId}::uuid`);
  if (!org?.full) throw AppError.notFound();
  const results = await evaluate(deps.database, found.eligibility.rules, organizationId, seoulToday(deps.clock));
  const eligible = results.some((r) => r.passed === false) ? false : results.some((r) => r.passed === null) ? null : true;
  return { eligible, results };
}
