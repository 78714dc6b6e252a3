import { sql } from 'drizzle-orm';
import type { Deps } from '../../src/http/context.ts';
import { organization, user } from '../factories.ts';

export const DEMO_PASSWORD = 'demo-innohub-2026';

/**
 * The demo data provides the accounts and organizations the flows need. Where it does not
 * (yet), the same shapes are made here: the demo accounts, 인천 logistics companies with
 * support history, and a 전북-only carbon company.
 */
export async function ensureFlowData(deps: Deps, baseUrl: string): Promise<void> {
  const [admin] = await deps.database.rows<{ n: number }>(sql`select count(*)::int as n from people where email = 'admin@innohub.kr'`);
  if ((admin?.n ?? 0) > 0) return;

  const opts = (email: string) => ({ email, password: DEMO_PASSWORD });
  await user(deps, 'national_admin', {}, opts('admin@innohub.kr'));
  const incheonManager = await user(deps, 'center_manager', { centerId: 'incheon' }, opts('incheon.manager@innohub.kr'));
  const jeonbukManager = await user(deps, 'center_manager', { centerId: 'jeonbuk' }, opts('jeonbuk.manager@innohub.kr'));

  const logistics = [
    { name: '(주)스마트로지스', products: '물류 자동화 솔루션', description: '항만 물류 데이터 플랫폼' },
    { name: '한빛물류테크', products: '창고 관리 시스템, 물류 로봇', description: '인천 스마트 물류 스타트업' },
    { name: '인천콜드체인', products: '신선식품 콜드체인 물류', description: '수출 신선식품 물류' },
  ];
  const kinds = ['consulting', 'mentoring', 'investment_linkage', 'space'] as const;
  for (const [i, o] of logistics.entries()) {
    const org = await organization(deps, { ...o, kind: 'startup', region: '인천', stage: 'prototype', foundedOn: `201${5 + i}-03-0${i + 1}`, centers: ['incheon'] });
    for (const [j, kind] of kinds.slice(0, 2 + i).entries()) {
      await post(baseUrl, incheonManager.token, {
        organizationId: org.id,
        centerId: 'incheon',
        kind,
        startedOn: `202${3 + j}-0${j + 2}-15`,
        valueKrw: j === 0 ? 195_000_000 : null,
        program: j === 0 ? '물류 액셀러레이팅 프로그램' : '종합물류컨설팅센터',
      });
    }
  }
  const carbon = await organization(deps, {
    name: '전주탄소소재',
    kind: 'startup',
    region: '전북',
    stage: 'rnd',
    products: '탄소섬유 복합소재',
    description: '탄소 소재 창업기업',
    foundedOn: '2016-05-10',
    centers: ['jeonbuk'],
  });
  await post(baseUrl, jeonbukManager.token, { organizationId: carbon.id, centerId: 'jeonbuk', kind: 'prototype', startedOn: '2024-04-01', program: '탄소 시제품 제작 지원' });
}

async function post(baseUrl: string, token: string, body: unknown) {
  const response = await fetch(`${baseUrl}/api/v1/support-records`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`support record fixture: ${response.status} ${await response.text()}`);
}

/** An organization only 전북센터 works with (affiliations and support), with support history. */
export async function jeonbukOnlyOrganization(deps: Deps): Promise<{ id: string; name: string }> {
  const [row] = await deps.database.rows<{ id: string; name: string }>(sql`
    select o.id, o.name from organizations o
    where exists (select 1 from affiliations a where a.organization_id = o.id and a.center_id = 'jeonbuk')
      and not exists (select 1 from affiliations a where a.organization_id = o.id and a.center_id is distinct from 'jeonbuk')
      and exists (select 1 from support_records r where r.organization_id = o.id)
      and not exists (select 1 from support_records r where r.organization_id = o.id and r.center_id is distinct from 'jeonbuk')
    order by (o.name like '%탄소%') desc, o.name
    limit 1`);
  if (!row) throw new Error('no 전북-only organization with support history in the data');
  return row;
}
