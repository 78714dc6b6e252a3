import { sql } from 'drizzle-orm';
import type { Deps } from '../src/http/context.ts';
import { organization, user, type Call, type TestUser } from './factories.ts';

/** An applicant of an evaluation fixture: its company, its region and what it wrote. */
export type Applicant = { name: string; region?: '인천' | '광주' | '전북' | '서울'; plan: string };

/**
 * A published call of `manager`'s center with a one-question form (사업 계획) and one submitted
 * application per applicant, submitted in the order given (a minute apart on the test clock).
 */
export async function callWithApplications(deps: Deps & { clock: { advance(ms: number): void } }, call: Call, manager: TestUser, centerId: string, applicants: Applicant[]) {
  const program = await call('POST', '/api/v1/programs', { token: manager.token, body: { name: `심사 사업 ${Math.random().toString(36).slice(2, 8)}`, type: 'commercialization' } });
  const callId = (
    await call('POST', '/api/v1/calls', {
      token: manager.token,
      body: { programId: program.body.id, title: '창업경진대회 참가팀 모집', opensAt: '2026-11-01T09:00', closesAt: '2026-12-20T18:00', published: true },
    })
  ).body.id as string;
  await call('PUT', `/api/v1/calls/${callId}/form`, {
    token: manager.token,
    body: { sections: [{ title: { ko: '사업 개요' }, fields: [{ key: 'plan', type: 'textarea', label: { ko: '사업 계획' }, required: true }] }] },
  });
  const applications: { id: string; organizationId: string; founder: TestUser; name: string }[] = [];
  for (const a of applicants) {
    const org = await organization(deps, { name: a.name, region: a.region ?? '인천', centers: [centerId] });
    const founder = await user(deps, 'company_member', { organizationId: org.id });
    const id = (await call('POST', `/api/v1/calls/${callId}/applications`, { token: founder.token, body: { organizationId: org.id } })).body.id as string;
    await call('PATCH', `/api/v1/applications/${id}`, { token: founder.token, body: { answers: { plan: a.plan } }, headers: { 'if-match': '"1"' } });
    const submitted = await call('POST', `/api/v1/applications/${id}/submit`, { token: founder.token, headers: { 'idempotency-key': `submit-${id}` } });
    if (submitted.status !== 200) throw new Error(`submit failed: ${JSON.stringify(submitted.body)}`);
    deps.clock.advance(60_000);
    applications.push({ id, organizationId: org.id, founder, name: a.name });
  }
  return { callId, applications };
}

/** Makes people active judges of a round with profiles, pledges signed (the invitation flow has its own tests). */
export async function seatJudges(deps: Deps, roundId: string, judges: { person: TestUser; expertise: string; tags?: string[]; maxLoad?: number; pledge?: boolean }[]) {
  for (const j of judges) {
    await deps.database.rows(sql`
      insert into judge_profiles (person_id, expertise, tags) values (${j.person.id}::uuid, ${j.expertise}, ${JSON.stringify(j.tags ?? [])}::jsonb)
      on conflict (person_id) do update set expertise = excluded.expertise, tags = excluded.tags`);
    await deps.database.rows(sql`
      insert into round_judges (round_id, person_id, status, invited_at, accepted_at, max_load, pledge_signature, pledge_signed_at)
      values (${roundId}::uuid, ${j.person.id}::uuid, 'active', now(), now(), ${j.maxLoad ?? null}, ${j.pledge === false ? null : 'signed'}, ${j.pledge === false ? null : sql`now()`})`);
  }
}
