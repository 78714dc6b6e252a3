import { sql } from 'drizzle-orm';
import type { Deps } from '../../src/http/context.ts';
import { organization, user, type TestUser } from '../factories.ts';
import { DEMO_PASSWORD } from './fixtures.ts';

/**
 * A closed call of 인천센터 with six submitted applications, each by a founder who can sign in
 * (password DEMO_PASSWORD), for the evaluation flows: seeded straight into the database, as the
 * applications flow already tests applying through the browser.
 */
export async function contestWithEntries(deps: Deps, title: string) {
  const entries = [
    { name: '스마트하역로봇', region: '인천', item: '항만 하역 자동화 로봇과 물류 로봇 관제 시스템' },
    { name: '콜드체인랩', region: '인천', item: '신선식품 콜드체인 온도 추적 IoT 센서' },
    { name: '드론배송코리아', region: '광주', item: '도서 지역 드론 배송과 물류 라스트마일' },
    { name: '수소모빌리티', region: '인천', item: '수소 연료전지 물류 트럭 개조 키트' },
    { name: '물류AI', region: '서울', item: 'AI 수요 예측으로 창고 재고 최적화' },
    { name: '에코패키징', region: '인천', item: '재사용 물류 포장재 대여 플랫폼' },
  ] as const;
  const [program] = await deps.database.rows<{ id: string }>(sql`insert into programs (center_id, name, type) values ('incheon', ${`${title} 사업`}, 'commercialization') returning id`);
  const [call] = await deps.database.rows<{ id: string }>(sql`
    insert into calls (program_id, title, body, opens_at, closes_at, published_at, select_count, search_terms, search_length)
    values (${program!.id}::uuid, ${title}, '<p>물류 창업 경진대회</p>', now() - interval '20 days', now() - interval '2 days', now() - interval '21 days', 2, '{}'::jsonb, 1) returning id`);
  const form = { sections: [{ title: { ko: '사업 개요' }, fields: [{ key: 'item', type: 'textarea', label: { ko: '사업 아이템' }, required: true }] }] };
  await deps.database.rows(sql`insert into call_forms (call_id, version, definition) values (${call!.id}::uuid, 1, ${JSON.stringify(form)}::jsonb)`);
  const founders: { email: string; organization: string; applicationId: string; user: TestUser }[] = [];
  for (const [i, e] of entries.entries()) {
    const org = await organization(deps, { name: e.name, kind: 'startup', region: e.region, products: e.item, centers: ['incheon'] });
    const email = `founder${i + 1}.${call!.id.slice(0, 6)}@contest.kr`;
    const founder = await user(deps, 'company_member', { organizationId: org.id }, { email, password: DEMO_PASSWORD });
    const answers = JSON.stringify({ item: e.item });
    const [application] = await deps.database.rows<{ id: string }>(sql`
      insert into applications (call_id, organization_id, applicant_id, form_version, answers, status, review_status, receipt_number, submitted_at, created_at, updated_at)
      select ${call!.id}::uuid, ${org.id}::uuid, ${founder.id}::uuid, 1, ${answers}::jsonb, 'submitted', 'received',
        ${`2026-${call!.id.slice(0, 6).toUpperCase()}-000${i + 1}`}, at, at, at
      from (select now() - interval '10 days' + (${i} || ' hours')::interval as at) t returning id`);
    await deps.database.rows(sql`
      insert into application_submissions (application_id, seq, form_version, answers, idempotency_key, submitted_by, submitted_at)
      values (${application!.id}::uuid, 1, 1, ${answers}::jsonb, 'flow', ${founder.id}::uuid, now() - interval '10 days' + (${i} || ' hours')::interval)`);
    founders.push({ email, organization: e.name, applicationId: application!.id, user: founder });
  }
  return { callId: call!.id, founders };
}

/** Judges of 인천센터 with profiles, who can sign in and call the API. */
export async function incheonJudges(deps: Deps, count: number, tag: string) {
  const expertise = ['물류 로봇과 자동화', '콜드체인과 식품 물류', '드론과 모빌리티', '수소 에너지', '물류 데이터와 AI', '투자 심사와 사업성'];
  const out: TestUser[] = [];
  for (let i = 0; i < count; i++) {
    const judge = await user(deps, 'judge', { centerId: 'incheon' }, { email: `judge${i + 1}.${tag}@review.kr`, password: DEMO_PASSWORD });
    await deps.database.rows(sql`insert into judge_profiles (person_id, expertise, tags) values (${judge.id}::uuid, ${expertise[i % expertise.length]!}, '[]'::jsonb)`);
    out.push(judge);
  }
  return out;
}

export async function api(baseUrl: string, token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, etag: response.headers.get('etag') };
}
