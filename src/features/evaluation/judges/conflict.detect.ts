import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../../db/client.ts';
import type { Deps } from '../../../http/context.ts';
import { AppError } from '../../../http/errors.ts';
import { seoulToday } from '../../../shared/clock.ts';
import { withoutLegalForm } from '../../../search/tokenize.ts';
import { roundApplicationIds } from '../rounds/round.applications.ts';
import type { ConflictSource, DeclaredRelation, NamedOrganization, PastAffiliation } from './judge.table.ts';

/** A name as conflicts compare it: legal form (주식회사, (주) …), spaces and punctuation gone, lower case. */
export function organizationKey(name: string): string {
  return withoutLegalForm(name).replace(/[\s\p{P}\p{S}]/gu, '');
}

/** A BRN as digits only; null when it has none. */
const brnKey = (brn: string | null | undefined): string | null => (brn ? brn.replace(/\D/g, '') || null : null);

/** A date `years` years before `day` (YYYY-MM-DD); 29 February becomes the 28th in a common year. */
export function yearsBefore(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

type Applicant = { id: string; organizationId: string; applicantId: string; name: string; brn: string | null };
type Judge = { personId: string; affiliation: NamedOrganization | null; pastAffiliations: PastAffiliation[] | null; relations: DeclaredRelation[] | null };
type Found = { personId: string; applicationId: string; source: ConflictSource; detail: string };

/**
 * Finds which applications an organization a judge names is the applicant of: by BRN when both
 * have one, else by the normalized name.
 */
function matcher(applicants: Applicant[]): (named: NamedOrganization) => Applicant[] {
  const byBrn = new Map<string, Applicant[]>();
  const byName = new Map<string, Applicant[]>();
  const byNameWithoutBrn = new Map<string, Applicant[]>();
  const add = (map: Map<string, Applicant[]>, key: string, a: Applicant) => map.set(key, [...(map.get(key) ?? []), a]);
  for (const a of applicants) {
    const key = organizationKey(a.name);
    const brn = brnKey(a.brn);
    if (brn) add(byBrn, brn, a);
    if (!key) continue;
    add(byName, key, a);
    if (!brn) add(byNameWithoutBrn, key, a);
  }
  return (named) => {
    const key = organizationKey(named.name);
    const brn = brnKey(named.businessRegistrationNumber);
    if (!brn) return key ? (byName.get(key) ?? []) : [];
    return [...(byBrn.get(brn) ?? []), ...(key ? (byNameWithoutBrn.get(key) ?? []) : [])];
  };
}

/**
 * 이해충돌 detection for a round: every invited or active judge against every application the
 * round evaluates. A judge has a conflict with an application when the applicant organization is
 * their current affiliation (affiliation), a past one that ended within the round's conflictYears
 * (pastAffiliation), an organization they declared a relation with (relation), or one they are a
 * member of or applied for (teamMember). Conflicts already on record stay as they are (a lifted
 * one stays lifted), so running it again adds only what is new. One read of each table, matching
 * in memory, one insert.
 */
export async function detectConflicts(tx: Db, deps: Pick<Deps, 'clock'>, roundId: string): Promise<{ added: number; total: number }> {
  const [round] = await rowsOf<{ conflictYears: number }>(tx, sql`select conflict_years as "conflictYears" from evaluation_rounds where id = ${roundId}::uuid`);
  if (!round) throw AppError.notFound();
  const since = yearsBefore(seoulToday(deps.clock), round.conflictYears);
  const [judges, applicants] = await Promise.all([
    rowsOf<Judge>(tx, sql`
      select rj.person_id as "personId", jp.affiliation, jp.past_affiliations as "pastAffiliations", jp.relations
      from round_judges rj left join judge_profiles jp on jp.person_id = rj.person_id
      where rj.round_id = ${roundId}::uuid and rj.status in ('invited', 'active')`),
    rowsOf<Applicant>(tx, sql`
      select a.id, a.organization_id as "organizationId", a.applicant_id as "applicantId", o.name, o.brn
      from applications a join organizations o on o.id = a.organization_id
      where a.id in (${roundApplicationIds(roundId)})`),
  ]);
  const found = new Map<string, Found>();
  const add = (personId: string, a: Applicant, source: ConflictSource) => {
    const key = `${personId}|${a.id}|${source}`;
    if (!found.has(key)) found.set(key, { personId, applicationId: a.id, source, detail: a.name });
  };
  if (judges.length && applicants.length) {
    const matches = matcher(applicants);
    for (const j of judges) {
      if (j.affiliation) for (const a of matches(j.affiliation)) add(j.personId, a, 'affiliation');
      for (const past of j.pastAffiliations ?? []) if (past.until >= since) for (const a of matches(past)) add(j.personId, a, 'pastAffiliation');
      for (const relation of j.relations ?? []) for (const a of matches(relation)) add(j.personId, a, 'relation');
    }
    const judgeIds = judges.map((j) => j.personId);
    const members = await rowsOf<{ personId: string; organizationId: string }>(tx, sql`
      select distinct m.person_id as "personId", m.organization_id as "organizationId" from memberships m
      where m.person_id in (select unnest(${sql.param(judgeIds)}::uuid[]))
        and m.organization_id in (select unnest(${sql.param([...new Set(applicants.map((a) => a.organizationId))])}::uuid[]))`);
    const memberOf = new Set(members.map((m) => `${m.personId}|${m.organizationId}`));
    const isJudge = new Set(judgeIds);
    for (const a of applicants) {
      if (isJudge.has(a.applicantId)) add(a.applicantId, a, 'teamMember');
      for (const personId of judgeIds) if (memberOf.has(`${personId}|${a.organizationId}`)) add(personId, a, 'teamMember');
    }
  }
  let added = 0;
  const rows = [...found.values()];
  const now = deps.clock.now().toISOString();
  for (let i = 0; i < rows.length; i += 5_000) {
    const inserted = await rowsOf(tx, sql`
      insert into evaluation_conflicts (round_id, person_id, application_id, source, detail, created_at)
      select ${roundId}::uuid, x.person_id, x.application_id, x.source, x.detail, ${now}::timestamptz
      from json_to_recordset(${JSON.stringify(rows.slice(i, i + 5_000).map((r) => ({ person_id: r.personId, application_id: r.applicationId, source: r.source, detail: r.detail })))}::json)
        as x(person_id uuid, application_id uuid, source text, detail text)
      on conflict do nothing returning 1`);
    added += inserted.length;
  }
  const [total] = await rowsOf<{ n: number }>(tx, sql`select count(*)::int as n from evaluation_conflicts where round_id = ${roundId}::uuid and lifted_at is null`);
  return { added, total: total?.n ?? 0 };
}

/** The [judge, application] pairs of a round that may not meet: its conflicts not lifted, every source. */
export async function activeConflictPairs(db: Db, roundId: string): Promise<Array<[personId: string, applicationId: string]>> {
  const rows = await rowsOf<{ personId: string; applicationId: string }>(db, sql`
    select distinct person_id as "personId", application_id as "applicationId" from evaluation_conflicts
    where round_id = ${roundId}::uuid and lifted_at is null order by 1, 2`);
  return rows.map((r) => [r.personId, r.applicationId]);
}

/** Whether a judge has a conflict (not lifted) with an application in a round. */
export async function pairInConflict(db: Db, roundId: string, personId: string, applicationId: string): Promise<boolean> {
  const [row] = await rowsOf(db, sql`
    select 1 from evaluation_conflicts where round_id = ${roundId}::uuid and person_id = ${personId}::uuid and application_id = ${applicationId}::uuid and lifted_at is null limit 1`);
  return !!row;
}

/** In a query over score_sheets aliased `s`: the sheet's pair has a conflict (not lifted). */
export const sheetInConflict = sql`exists (select 1 from evaluation_conflicts k
  where k.round_id = s.round_id and k.person_id = s.person_id and k.application_id = s.application_id and k.lifted_at is null)`;

/** Runs detection for every round not yet closed where the person is an invited or active judge (after their profile changed). */
export async function detectForPerson(tx: Db, deps: Pick<Deps, 'clock'>, personId: string): Promise<number> {
  const rounds = await rowsOf<{ id: string }>(tx, sql`
    select r.id from round_judges rj join evaluation_rounds r on r.id = rj.round_id
    where rj.person_id = ${personId}::uuid and rj.status in ('invited', 'active') and r.scoring_closes_at > ${deps.clock.now().toISOString()}::timestamptz
    order by r.id`);
  let added = 0;
  for (const r of rounds) added += (await detectConflicts(tx, deps, r.id)).added;
  return added;
}
