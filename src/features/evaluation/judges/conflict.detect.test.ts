import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../../test/db.ts';
import { organization, user } from '../../../../test/factories.ts';
import { activeConflictPairs, detectConflicts, organizationKey, yearsBefore } from './conflict.detect.ts';
import type { DeclaredRelation, NamedOrganization, PastAffiliation } from './judge.table.ts';

let deps: Awaited<ReturnType<typeof testDeps>>;
let programId: string;
let founderId: string;

beforeAll(async () => {
  deps = await testDeps(); // today is 2026-11-28 in Korea
  const [program] = await deps.database.rows<{ id: string }>(sql`insert into programs (center_id, name, type) values ('incheon', '광주 창업공모전', 'commercialization') returning id`);
  programId = program!.id;
  founderId = (await user(deps, 'company_member')).id;
});
afterAll(() => deps.database.close());

let rounds = 0;

/** A call of the program with a first round (conflictYears 3) whose scoring opens in a week. */
async function freshRound(conflictYears = 3): Promise<string> {
  const n = ++rounds;
  const [call] = await deps.database.rows<{ id: string }>(sql`
    insert into calls (program_id, title, opens_at, closes_at, published_at, search_terms, search_length)
    values (${programId}::uuid, ${`공모전 ${n}`}, '2026-11-01T00:00:00Z', '2026-11-20T00:00:00Z', '2026-11-01T00:00:00Z', '{}'::jsonb, 1) returning id`);
  const [round] = await deps.database.rows<{ id: string }>(sql`
    insert into evaluation_rounds (call_id, position, name, criteria, advance, conflict_years, scoring_opens_at, scoring_closes_at)
    values (${call!.id}::uuid, 1, '서류 심사', '[]'::jsonb, '{"kind":"staff"}'::jsonb, ${conflictYears}, '2026-12-05T09:00:00+09:00', '2026-12-12T18:00:00+09:00') returning id`);
  return round!.id;
}

/** A submitted application of the organization to the round's call. */
async function apply(roundId: string, organizationId: string, applicantId = founderId): Promise<string> {
  const [row] = await deps.database.rows<{ id: string }>(sql`
    insert into applications (call_id, organization_id, applicant_id, form_version, status, receipt_number, submitted_at)
    select call_id, ${organizationId}::uuid, ${applicantId}::uuid, 1, 'submitted', ${`R-${Math.random().toString(36).slice(2)}`}, now()
    from evaluation_rounds where id = ${roundId}::uuid returning id`);
  return row!.id;
}

type Profile = { affiliation?: NamedOrganization | null; pastAffiliations?: PastAffiliation[]; relations?: DeclaredRelation[] };

/** A person judging the round (invited unless said), with this profile. */
async function judge(roundId: string, profile: Profile = {}, status = 'invited', personId?: string): Promise<string> {
  const id = personId ?? (await user(deps, 'judge', { centerId: 'incheon' })).id;
  await deps.database.rows(sql`
    insert into judge_profiles (person_id, affiliation, past_affiliations, relations)
    values (${id}::uuid, ${JSON.stringify(profile.affiliation ?? null)}::jsonb, ${JSON.stringify(profile.pastAffiliations ?? [])}::jsonb, ${JSON.stringify(profile.relations ?? [])}::jsonb)
    on conflict (person_id) do nothing`);
  await deps.database.rows(sql`insert into round_judges (round_id, person_id, status, invited_at) values (${roundId}::uuid, ${id}::uuid, ${status}, now())`);
  return id;
}

const detect = (roundId: string) => deps.database.db.transaction((tx) => detectConflicts(tx, deps, roundId));

async function conflicts(roundId: string) {
  const rows = await deps.database.rows<{ person_id: string; application_id: string; source: string; detail: string; lifted: boolean }>(sql`
    select person_id, application_id, source, detail, lifted_at is not null as lifted from evaluation_conflicts where round_id = ${roundId}::uuid order by source, detail`);
  return rows.map((r) => [r.person_id, r.application_id, r.source, r.detail]);
}

const named = (name: string, businessRegistrationNumber: string | null = null) => ({ name, businessRegistrationNumber });

describe('conflict detection', () => {
  it('compares names without legal form, spaces or punctuation, and dates by calendar', () => {
    expect(organizationKey('(주)한진 물류')).toBe(organizationKey('한진물류 주식회사'));
    expect(organizationKey('㈜LG 생활건강')).toBe('lg생활건강');
    expect(organizationKey('한진물류')).not.toBe(organizationKey('한진해운'));
    expect(yearsBefore('2026-11-28', 3)).toBe('2023-11-28');
    expect(yearsBefore('2028-02-29', 3)).toBe('2025-02-28');
  });

  it('finds the current affiliation by BRN when both have one, else by name', async () => {
    const roundId = await freshRound();
    const hanjin = await organization(deps, { name: '(주)한진물류' });
    const team = await organization(deps, { name: '예비창업팀 날개', businessRegistrationNumber: null, representative: '정날개' });
    const hanjinApp = await apply(roundId, hanjin.id);
    const teamApp = await apply(roundId, team.id);
    // Another name on record, the same BRN: it is the applicant.
    const byBrn = await judge(roundId, { affiliation: named('한진 (구 한진로지스)', hanjin.brn) });
    // The same name, another BRN: both have a BRN, so it is another company.
    const otherBrn = await judge(roundId, { affiliation: named('한진물류', '1248100998') });
    // No BRN given: the name decides, legal form and spaces aside.
    const byName = await judge(roundId, { affiliation: named('한진 물류 주식회사') });
    // A BRN given, the applicant has none: the name decides.
    const teamByName = await judge(roundId, { affiliation: named('예비창업팀 날개', '1248100998') });

    expect(await detect(roundId)).toEqual({ added: 3, total: 3 });
    expect(await conflicts(roundId)).toEqual(
      expect.arrayContaining([
        [byBrn, hanjinApp, 'affiliation', '(주)한진물류'],
        [byName, hanjinApp, 'affiliation', '(주)한진물류'],
        [teamByName, teamApp, 'affiliation', '예비창업팀 날개'],
      ]),
    );
    expect((await conflicts(roundId)).some(([person]) => person === otherBrn)).toBe(false);
  });

  it('counts a past affiliation that ended within the round’s conflictYears, and declared relations', async () => {
    const roundId = await freshRound(3);
    const inside = await organization(deps, { name: '효성첨단소재' });
    const outside = await organization(deps, { name: '전우정밀' });
    const related = await organization(deps, { name: '파이버폭스' });
    const [insideApp, , relatedApp] = [await apply(roundId, inside.id), await apply(roundId, outside.id), await apply(roundId, related.id)];
    // Today is 2026-11-28: three years back is 2023-11-28, the first day that still counts.
    const person = await judge(roundId, {
      pastAffiliations: [
        { ...named('효성첨단소재', inside.brn), until: '2023-11-28' },
        { ...named('전우정밀', outside.brn), until: '2023-11-27' },
      ],
      relations: [{ ...named('(주)파이버폭스'), relation: '투자' }],
    });
    await detect(roundId);
    expect(await conflicts(roundId)).toEqual([
      [person, insideApp, 'pastAffiliation', '효성첨단소재'],
      [person, relatedApp, 'relation', '파이버폭스'],
    ]);
  });

  it('finds team members and the applicant, skips declined judges, and keeps a lifted conflict lifted', async () => {
    const roundId = await freshRound();
    const startup = await organization(deps, { name: '플라즈맵' });
    const other = await organization(deps, { name: '해보라' });
    const member = await user(deps, 'company_member', { organizationId: startup.id });
    const applicant = await user(deps, 'expert', { centerId: 'incheon' });
    const startupApp = await apply(roundId, startup.id);
    const otherApp = await apply(roundId, other.id, applicant.id);
    await judge(roundId, {}, 'active', member.id);
    await judge(roundId, {}, 'invited', applicant.id);
    await judge(roundId, { affiliation: named('해보라') }, 'declined');
    expect(await detect(roundId)).toEqual({ added: 2, total: 2 });
    expect(await conflicts(roundId)).toEqual([
      [member.id, startupApp, 'teamMember', '플라즈맵'],
      [applicant.id, otherApp, 'teamMember', '해보라'],
    ]);
    expect(await activeConflictPairs(deps.database.db, roundId)).toEqual(
      [
        [member.id, startupApp],
        [applicant.id, otherApp],
      ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    );

    await deps.database.rows(sql`update evaluation_conflicts set lifted_at = now(), lift_reason = '퇴사 확인' where round_id = ${roundId}::uuid and person_id = ${member.id}::uuid`);
    expect(await detect(roundId)).toEqual({ added: 0, total: 1 });
    const [lifted] = await deps.database.rows<{ n: number }>(sql`select count(*)::int as n from evaluation_conflicts where person_id = ${member.id}::uuid and lifted_at is not null`);
    expect(lifted!.n).toBe(1);
    expect(await activeConflictPairs(deps.database.db, roundId)).toEqual([[applicant.id, otherApp]]);
  });

  it('checks 100 judges against 1,000 applications in well under a second', async () => {
    const roundId = await freshRound();
    // 1,000 applicant organizations, half with a BRN, and their applications, set-based.
    await deps.database.rows(sql`
      insert into organizations (brn, dedupe_key, name, kind, search_terms, search_length)
      select case when g % 2 = 0 then lpad((3000000000 + g)::text, 10, '0') end, case when g % 2 = 1 then 'bench-' || g end,
        '벤치기업 ' || g, 'startup', '{}'::jsonb, 1
      from generate_series(1, 1000) g`);
    await deps.database.rows(sql`
      insert into applications (call_id, organization_id, applicant_id, form_version, status, receipt_number, submitted_at)
      select r.call_id, o.id, ${founderId}::uuid, 1, 'submitted', 'BENCH-' || o.name, now()
      from organizations o, evaluation_rounds r where o.name like '벤치기업 %' and r.id = ${roundId}::uuid`);
    // 100 judges, each naming a current affiliation, three past ones and two relations; one in ten matches.
    for (let j = 1; j <= 100; j++) {
      const hit = j % 10 === 0;
      await judge(roundId, {
        affiliation: named(hit ? `벤치기업 ${j * 2}` : `무관기관 ${j}`, hit ? String(3000000000 + j * 2).padStart(10, '0') : null),
        pastAffiliations: [1, 2, 3].map((k) => ({ ...named(hit ? `벤치기업 ${j * 2 + 2 * k - 1}` : `옛 기관 ${j}-${k}`), until: '2025-01-31' })),
        relations: [1, 2].map((k) => ({ ...named(`관계기관 ${j}-${k}`), relation: '자문' })),
      });
    }
    const started = performance.now();
    const result = await detect(roundId);
    const ms = performance.now() - started;
    // 10 matching judges: one affiliation (by BRN) and three past affiliations (by name) each.
    expect(result).toEqual({ added: 40, total: 40 });
    console.info(`conflict detection, 100 judges × 1,000 applications on ${deps.database.kind}: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(1000);
    const again = performance.now();
    expect(await detect(roundId)).toEqual({ added: 0, total: 40 });
    expect(performance.now() - again).toBeLessThan(1000);
  });
});
