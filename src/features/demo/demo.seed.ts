import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../http/context.ts';
import { audit } from '../audit/audit.service.ts';
import { hashPassword } from '../auth/auth.service.ts';
import { insertCluster } from '../clusters/cluster.service.ts';
import { clusters } from '../clusters/cluster.table.ts';
import { formatBrn } from '../organizations/brn.ts';
import { dedupeKeyOf, organizationColumns } from '../organizations/organization.service.ts';
import { organizationSearchColumns } from '../organizations/organization.search.ts';
import { affiliations, organizations } from '../organizations/organization.table.ts';
import { memberships, people } from '../people/person.table.ts';
import { programCohorts, programPartners, programs } from '../programs/program.table.ts';
import { demoCalls, demoForm, demoProgramRows } from './demo.programs.ts';
import { callForms } from '../forms/form.table.ts';
import { calls } from '../calls/call.table.ts';
import { insertDemoEvaluation } from './demo.evaluation.ts';
import { callSearchColumns } from '../calls/call.service.ts';
import { seoulToday } from '../../shared/clock.ts';
import { DEMO_PASSWORD, demoAccounts } from './demo.accounts.ts';
import { DEMO_FIRST_DAY, type DemoDataset } from './demo.dataset.ts';
import { generateDemoDataset } from './demo.generate.ts';
import { generateDemoOutcomes, insertDemoOutcomes } from './demo.outcomes.ts';
import { refreshRollups } from '../dashboards/rollup.service.ts';
import { maintainSearchIndex } from '../../search/index.ts';

/** The demo is present when its national admin account exists. */
const MARKER_EMAIL = demoAccounts[0]!.email;
/** Serialises concurrent first starts against one PostgreSQL (several processes with --demo). */
const SEED_LOCK = 2_015_072_201;
/** Rows per INSERT: a few hundred keeps each statement well under PostgreSQL's 65,535 parameters. */
const CHUNK = 500;

const n = (x: number) => x.toLocaleString('en-US');
const at = (date: string) => new Date(`${date}T00:00:00Z`);

async function demoPresent(db: Db): Promise<boolean> {
  const { rows } = (await db.execute(sql`select 1 from people where lower(email) = ${MARKER_EMAIL}`)) as unknown as { rows: unknown[] };
  return rows.length > 0;
}

async function databaseInUse(db: Db): Promise<boolean> {
  const { rows } = (await db.execute(sql`select exists (select 1 from organizations) or exists (select 1 from people) as used`)) as unknown as { rows: { used: boolean }[] };
  return !!rows[0]?.used;
}

/**
 * Creates the demo data (demo.generate.ts) in one transaction: all of it or nothing.
 *
 * - `onlyIfEmpty` (every `npm start`): a fast no-op when the demo is already there (its national
 *   admin account exists) or when the database holds anyone's organizations or people.
 * - otherwise (`innohub seed --demo`): a no-op with a message when the demo is already there;
 *   on a database with other data it adds the demo, unless a BRN, an identity, an email or a
 *   cluster name of the demo is taken, in which case it changes nothing and says which.
 */
export async function seedDemo(deps: Deps, options: { onlyIfEmpty: boolean }): Promise<string> {
  const db = deps.database.db;
  const present = `demo data: already present (${MARKER_EMAIL} exists), nothing changed`;
  if (await demoPresent(db)) return present;
  if (options.onlyIfEmpty && (await databaseInUse(db))) return 'demo data: skipped, the database already holds organizations or people (run `innohub seed --demo` to add it)';

  const started = performance.now();
  const dataset = generateDemoDataset();
  const outcomes = generateDemoOutcomes(dataset);
  // argon2 is slow on purpose: hash the one demo password once and give every demo person that hash.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const inserted = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK}::bigint)`);
    if (await demoPresent(tx)) return false;
    await assertNoConflicts(tx, dataset);
    await insertDataset(tx, deps, dataset, passwordHash);
    await insertDemoOutcomes(tx, outcomes);
    await insertDemoEvaluation(tx, deps, dataset, passwordHash);
    return true;
  });
  if (!inserted) return present;
  await maintainSearchIndex(deps.database, ['organizations', 'affiliations', 'support_records']);
  // The dashboards full at first sight, rather than after the server's rollup job has caught up.
  await refreshRollups(deps.database);

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const members = new Set(dataset.affiliations.filter((a) => a.clusterKey).map((a) => a.organizationId)).size;
  const summary =
    `demo data: ${n(dataset.organizations.length)} organizations, ${dataset.clusters.length} clusters (${n(members)} members), ` +
    `${n(dataset.people.length)} people, ${n(dataset.supportRecords.length)} support records, ${n(outcomes.length)} outcome figures in ${seconds} s; ` +
    `sign in as ${MARKER_EMAIL} / ${DEMO_PASSWORD}`;
  deps.logger.info({ database: deps.database.kind, seconds: Number(seconds) }, summary);
  return summary;
}

/** Refuses, before writing anything, to collide with data already in the database. */
async function assertNoConflicts(tx: Db, d: DemoDataset): Promise<void> {
  const brns = d.organizations.flatMap((o) => (o.values.businessRegistrationNumber ? [o.values.businessRegistrationNumber] : []));
  const keys = d.organizations.flatMap((o) => (o.values.businessRegistrationNumber ? [] : [dedupeKeyOf(o.values.name, o.values.representative)]));
  const { rows } = (await tx.execute(sql`
    select 'organization' as what, coalesce(brn, name) as value from organizations
      where brn in (select unnest(${sql.param(brns)}::text[])) or dedupe_key in (select unnest(${sql.param(keys)}::text[]))
    union all select 'email', email from people where lower(email) in (select unnest(${sql.param(d.people.map((p) => p.email.toLowerCase()))}::text[]))
    union all select 'cluster', name from clusters where name in (select unnest(${sql.param(d.clusters.map((c) => c.name))}::text[]))
    limit 5`)) as unknown as { rows: { what: string; value: string }[] };
  if (rows.length > 0) {
    const examples = rows.map((r) => `${r.what} ${/^\d{10}$/.test(r.value) ? formatBrn(r.value) : r.value}`).join(', ');
    throw new Error(`demo data not created: it would collide with existing data (${examples}); seed an empty database instead`);
  }
}

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** The programs of the centers and clusters, with the partners and cohorts the seeds name. */
async function insertPrograms(tx: Db, d: DemoDataset, clusterId: (key: string | null) => string | null, now: Date): Promise<void> {
  const programIds = new Map<string, string>();
  const orgByKey = new Map(d.organizations.flatMap((o) => (o.key ? [[o.key, o.id] as const] : [])));
  const topClusters = d.clusters.filter((c) => c.parentKey === null).map((c) => c.key);
  for (const p of demoProgramRows(topClusters)) {
    const [row] = await tx
      .insert(programs)
      .values({
        centerId: p.centerId,
        clusterId: clusterId(p.clusterKey),
        name: p.name,
        type: p.type,
        stages: p.stages,
        supportKinds: p.supportKinds,
        budgetKrw: p.budgetKrw,
        startedOn: p.startedOn,
        description: p.description,
        createdAt: at(p.startedOn ?? DEMO_FIRST_DAY),
        updatedAt: at(p.startedOn ?? DEMO_FIRST_DAY),
      })
      .returning({ id: programs.id });
    programIds.set(p.name, row!.id);
    const partners = p.partners.flatMap((x) => (orgByKey.has(x.key) ? [{ programId: row!.id, organizationId: orgByKey.get(x.key)!, role: x.role }] : []));
    if (partners.length) await tx.insert(programPartners).values(partners);
    if (p.cohorts.length) await tx.insert(programCohorts).values(p.cohorts.map((h) => ({ programId: row!.id, ...h })));
  }
  // Calls around the day the demo is seeded, so the public list has open, upcoming and closed ones.
  const day = (offset: number, time: string) => new Date(`${seoulToday({ now: () => new Date(now.getTime() + offset * 86_400_000) })}T${time}+09:00`);
  const programRows = demoProgramRows(topClusters);
  for (const c of demoCalls) {
    const program = programRows.find((p) => p.name === c.program)!;
    const [row] = await tx.insert(calls).values({
      programId: programIds.get(c.program)!,
      title: c.title,
      body: c.body,
      opensAt: day(c.opensInDays, '09:00:00'),
      closesAt: day(c.closesInDays, '18:00:00'),
      selectCount: c.selectCount,
      contact: c.contact,
      publishedAt: day(Math.min(c.opensInDays, 0) - 3, '10:00:00'),
      eligibility: c.eligibility,
      ...callSearchColumns({ title: c.title, body: c.body, programName: program.name, programType: program.type, tenantName: c.tenantName }),
    }).returning({ id: calls.id });
    await tx.insert(callForms).values({ callId: row!.id, version: 1, definition: demoForm, createdAt: day(c.opensInDays - 5, '10:00:00') });
  }
}

async function insertDataset(tx: Db, deps: Deps, d: DemoDataset, passwordHash: string): Promise<void> {
  const clusterIds = new Map<string, string>();
  // Parents first, so insertCluster can check each sub-MC's parent.
  for (const c of [...d.clusters].sort((a, b) => Number(a.parentKey !== null) - Number(b.parentKey !== null))) {
    const row = await insertCluster(tx, {
      name: c.name, nameEn: c.nameEn, hostName: c.hostName, region: c.region, complex: c.complex, industries: c.industries, description: c.description,
      parentId: c.parentKey ? clusterIds.get(c.parentKey)! : null,
    });
    await tx.update(clusters).set({ sortOrder: c.sortOrder }).where(eq(clusters.id, row.id));
    clusterIds.set(c.key, row.id);
  }
  const clusterId = (key: string | null) => (key ? clusterIds.get(key)! : null);

  await insertChunks(d.organizations, (chunk) =>
    tx.insert(organizations).values(
      chunk.map((o) => {
        const columns = organizationColumns(o.values);
        return {
          id: o.id,
          ...columns,
          dedupeKey: columns.brn ? null : dedupeKeyOf(columns.name, columns.representative),
          ...organizationSearchColumns(columns),
          createdAt: at(o.createdOn),
          updatedAt: at(o.createdOn),
        };
      }),
    ),
  );
  await insertChunks(d.affiliations, (chunk) =>
    tx.insert(affiliations).values(
      chunk.map((a) => ({ organizationId: a.organizationId, centerId: a.centerId, clusterId: clusterId(a.clusterKey), kind: a.kind, startedOn: a.startedOn, endedOn: a.endedOn, note: a.note, createdAt: at(a.startedOn) })),
    ),
  );
  await insertChunks(d.people, (chunk) => tx.insert(people).values(chunk.map((p) => ({ ...p, passwordHash }))));
  await insertChunks(d.memberships, (chunk) => tx.insert(memberships).values(chunk.map((m) => ({ personId: m.personId, role: m.role, centerId: m.centerId, clusterId: clusterId(m.clusterKey), organizationId: m.organizationId }))));
  // The ledger is the bulk of the demo: one INSERT … SELECT FROM unnest(arrays) per chunk is far
  // cheaper to build and bind than thousands of VALUES tuples.
  await insertChunks(d.supportRecords, (chunk) => {
    const column = <T>(f: (r: DemoDataset['supportRecords'][number]) => T) => sql.param(chunk.map(f));
    return tx.execute(sql`
      insert into support_records (id, organization_id, center_id, cluster_id, kind, started_on, ended_on, value_krw, program,
        staff_person_id, notes, created_by, created_at, updated_at)
      select u.id, u.organization_id, u.center_id, u.cluster_id, u.kind, u.started_on, u.ended_on, u.value_krw, u.program,
        u.staff_person_id, u.notes, u.staff_person_id, u.started_on::timestamp at time zone 'UTC', u.started_on::timestamp at time zone 'UTC'
      from unnest(${column((r) => r.id)}::uuid[], ${column((r) => r.organizationId)}::uuid[], ${column((r) => r.centerId)}::text[],
        ${column((r) => clusterId(r.clusterKey))}::uuid[], ${column((r) => r.kind)}::text[], ${column((r) => r.startedOn)}::date[],
        ${column((r) => r.endedOn)}::date[], ${column((r) => r.valueKrw)}::bigint[], ${column((r) => r.program)}::text[],
        ${column((r) => r.staffPersonId)}::uuid[], ${column((r) => r.notes)}::text[])
        as u(id, organization_id, center_id, cluster_id, kind, started_on, ended_on, value_krw, program, staff_person_id, notes)`);
  });
  await insertPrograms(tx, d, clusterId, deps.clock.now());
  await audit(tx, null, {
    action: 'demo.seeded',
    entityType: 'demo',
    entityId: 'demo',
    after: { organizations: d.organizations.length, affiliations: d.affiliations.length, people: d.people.length, supportRecords: d.supportRecords.length, at: deps.clock.now().toISOString() },
  });
}
