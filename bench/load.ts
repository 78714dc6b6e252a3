import { sql } from 'drizzle-orm';
import type { Database, Db } from '../src/db/client.ts';
import { createApiToken } from '../src/features/auth/auth.service.ts';
import { dedupeKeyOf, organizationColumns } from '../src/features/organizations/organization.service.ts';
import { organizationSearchColumns } from '../src/features/organizations/organization.search.ts';
import { memberships, people } from '../src/features/people/person.table.ts';
import type { Deps } from '../src/http/context.ts';
import { generateOrganizations, type BenchOrganization } from './dataset.ts';

export type Tokens = { national: string; centerManager: string };

const CHUNK = 1_000;
// Search tokens never contain this separator (they are Hangul, jamo, Latin letters, digits and ^).

async function insertChunk(tx: Db, chunk: BenchOrganization[], firstIndex: number): Promise<void> {
  const cols = {
    id: [] as string[], brn: [] as (string | null)[], dedupe: [] as (string | null)[], name: [] as string[], nameEn: [] as (string | null)[],
    kind: [] as string[], foundedOn: [] as (string | null)[], region: [] as (string | null)[], ksic: [] as (string | null)[], stage: [] as (string | null)[],
    description: [] as string[], products: [] as string[], technologies: [] as string[], website: [] as (string | null)[], representative: [] as (string | null)[],
    email: [] as (string | null)[], phone: [] as (string | null)[], terms: [] as string[], length: [] as number[], createdAt: [] as string[],
  };
  chunk.forEach((o, k) => {
    const c = organizationColumns(o.values);
    // The same search columns the service writes.
    const search = organizationSearchColumns(c);
    cols.id.push(o.id);
    cols.brn.push(c.brn);
    cols.dedupe.push(c.brn ? null : dedupeKeyOf(c.name, c.representative));
    cols.name.push(c.name);
    cols.nameEn.push(c.nameEn);
    cols.kind.push(c.kind);
    cols.foundedOn.push(c.foundedOn);
    cols.region.push(c.region);
    cols.ksic.push(c.ksicCode);
    cols.stage.push(c.stage);
    cols.description.push(c.description);
    cols.products.push(c.products);
    cols.technologies.push(c.technologies);
    cols.website.push(c.website);
    cols.representative.push(c.representative);
    cols.email.push(c.contactEmail);
    cols.phone.push(c.contactPhone);
    cols.terms.push(JSON.stringify(search.searchTerms));
    cols.length.push(search.searchLength);
    // Registered over the last eight years, in generation order.
    cols.createdAt.push(new Date(Date.UTC(2018, 0, 1) + (firstIndex + k) * 2_500_000).toISOString());
  });
  const p = sql.param;
  await tx.execute(sql`
    insert into organizations (id, brn, dedupe_key, name, name_en, kind, founded_on, region, ksic_code, stage, description, products,
      technologies, website, representative, contact_email, contact_phone, search_terms, search_length, created_at, updated_at)
    select u.id, u.brn, u.dedupe, u.name, u.name_en, u.kind, u.founded_on, u.region, u.ksic, u.stage, u.description, u.products,
      u.technologies, u.website, u.representative, u.email, u.phone, u.terms::jsonb, u.length,
      u.created_at, u.created_at
    from unnest(${p(cols.id)}::uuid[], ${p(cols.brn)}::text[], ${p(cols.dedupe)}::text[], ${p(cols.name)}::text[], ${p(cols.nameEn)}::text[],
      ${p(cols.kind)}::text[], ${p(cols.foundedOn)}::date[], ${p(cols.region)}::text[], ${p(cols.ksic)}::text[], ${p(cols.stage)}::text[],
      ${p(cols.description)}::text[], ${p(cols.products)}::text[], ${p(cols.technologies)}::text[], ${p(cols.website)}::text[],
      ${p(cols.representative)}::text[], ${p(cols.email)}::text[], ${p(cols.phone)}::text[], ${p(cols.terms)}::text[],
      ${p(cols.length)}::int[], ${p(cols.createdAt)}::timestamptz[])
      as u(id, brn, dedupe, name, name_en, kind, founded_on, region, ksic, stage, description, products, technologies, website, representative,
        email, phone, terms, length, created_at)`);

  const aff = { org: [] as string[], center: [] as string[], kind: [] as string[], started: [] as string[], ended: [] as (string | null)[] };
  const sup = {
    org: [] as string[], center: [] as string[], kind: [] as string[], started: [] as string[], ended: [] as (string | null)[],
    value: [] as (number | null)[], program: [] as string[], notes: [] as string[],
  };
  for (const o of chunk) {
    for (const a of o.affiliations) {
      aff.org.push(o.id);
      aff.center.push(a.centerId);
      aff.kind.push(a.kind);
      aff.started.push(a.startedOn);
      aff.ended.push(a.endedOn);
    }
    for (const s of o.support) {
      sup.org.push(o.id);
      sup.center.push(s.centerId);
      sup.kind.push(s.kind);
      sup.started.push(s.startedOn);
      sup.ended.push(s.endedOn);
      sup.value.push(s.valueKrw);
      sup.program.push(s.program);
      sup.notes.push(s.notes);
    }
  }
  if (aff.org.length) {
    await tx.execute(sql`
      insert into affiliations (organization_id, center_id, kind, started_on, ended_on, created_at)
      select u.o, u.c, u.k, u.s, u.e, u.s::timestamptz
      from unnest(${p(aff.org)}::uuid[], ${p(aff.center)}::text[], ${p(aff.kind)}::text[], ${p(aff.started)}::date[], ${p(aff.ended)}::date[]) as u(o, c, k, s, e)`);
  }
  if (sup.org.length) {
    await tx.execute(sql`
      insert into support_records (organization_id, center_id, kind, started_on, ended_on, value_krw, program, notes, created_at, updated_at)
      select u.o, u.c, u.k, u.s, u.e, u.v, u.p, u.n, u.s::timestamptz, u.s::timestamptz
      from unnest(${p(sup.org)}::uuid[], ${p(sup.center)}::text[], ${p(sup.kind)}::text[], ${p(sup.started)}::date[], ${p(sup.ended)}::date[],
        ${p(sup.value)}::bigint[], ${p(sup.program)}::text[], ${p(sup.notes)}::text[]) as u(o, c, k, s, e, v, p, n)`);
  }
}

/** Writes `count` generated organizations (with affiliations and support records) in one transaction. */
export async function loadOrganizations(database: Database, count: number, progress: (done: number) => void): Promise<void> {
  await database.db.transaction(async (tx) => {
    let chunk: BenchOrganization[] = [];
    let done = 0;
    for (const o of generateOrganizations(count)) {
      chunk.push(o);
      if (chunk.length === CHUNK) {
        await insertChunk(tx, chunk, done);
        done += chunk.length;
        chunk = [];
        progress(done);
      }
    }
    if (chunk.length) {
      await insertChunk(tx, chunk, done);
      progress(done + chunk.length);
    }
  });
}

/** A national administrator and a manager of 인천센터, each with an API token. */
export async function createUsers(deps: Deps): Promise<Tokens> {
  const make = async (email: string, role: 'national_admin' | 'center_manager', centerId: string | null) => {
    const [person] = await deps.database.db.insert(people).values({ email, name: email.split('@')[0]! }).returning({ id: people.id });
    await deps.database.db.insert(memberships).values({ personId: person!.id, role, centerId });
    return (await createApiToken(deps, person!.id, 'bench')).token;
  };
  return {
    national: await make('bench.national@bench.innohub', 'national_admin', null),
    centerManager: await make('bench.incheon@bench.innohub', 'center_manager', 'incheon'),
  };
}
