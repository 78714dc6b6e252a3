import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { client, organization, user, type Call, type TestUser } from '../../../test/factories.ts';
import type { Deps } from '../../http/context.ts';
import { formatBrn } from './brn.ts';

let deps: Deps;
let call: Call;
let manager: TestUser;
let target: { id: string; brn: string | null };

beforeAll(async () => {
  deps = await testDeps();
  call = client(deps).call;
  manager = await user(deps, 'center_manager', { centerId: 'incheon' });
  target = await organization(deps, { name: '한진스마트물류', kind: 'startup', region: '인천', stage: 'prototype', foundedOn: '2016-01-01', ksicCode: '52101', products: '드론 배송 플랫폼', centers: ['incheon'] });
  await organization(deps, { name: '인천냉동창고', kind: 'sme', region: '인천', stage: 'marketing', foundedOn: '2009-05-05', ksicCode: '52102', description: '신선 농수산식품 수출 물류', centers: ['incheon'] });
  await organization(deps, { name: '효성탄소소재', kind: 'sme', region: '전북', stage: 'rnd', foundedOn: '2012-03-03', ksicCode: '20501', description: '탄소섬유 복합소재', centers: ['jeonbuk'] });
  await organization(deps, { name: '가나바이오', kind: 'startup', region: '충북', foundedOn: '2020-07-07', ksicCode: '20423', description: '천연 화장품 원료', centers: ['chungbuk'] });
  await organization(deps, { name: '전주막걸리', kind: 'startup', region: '전북', description: '전통주 막걸리 수출', centers: ['jeonbuk'] });
});
afterAll(() => deps.database.close());

const names = (body: { items: { name: string }[] }) => body.items.map((i) => i.name);

describe('the organization list', () => {
  it('filters by kind, region, stage, KSIC prefix, founding range and center', async () => {
    expect(names((await call('GET', '/api/v1/organizations?kind=sme&region=인천', { token: manager.token })).body)).toEqual(['인천냉동창고']);
    expect(names((await call('GET', '/api/v1/organizations?region=전북&region=충북&sort=name', { token: manager.token })).body)).toEqual(['가나바이오', '전주막걸리', '효성탄소소재']);
    expect(names((await call('GET', '/api/v1/organizations?ksic=521', { token: manager.token })).body)).toEqual(['인천냉동창고', '한진스마트물류']);
    expect(names((await call('GET', '/api/v1/organizations?foundedFrom=2010-01-01&foundedTo=2017-12-31', { token: manager.token })).body)).toEqual(['한진스마트물류', '효성탄소소재']);
    expect(names((await call('GET', '/api/v1/organizations?centerId=jeonbuk', { token: manager.token })).body)).toEqual(['전주막걸리', '효성탄소소재']);
    const mine = await call('GET', '/api/v1/organizations?mine=true', { token: manager.token });
    expect(names(mine.body)).toEqual(['인천냉동창고', '한진스마트물류']);
    expect(mine.body.total).toBe(2);
    expect((await call('GET', '/api/v1/organizations?mine=true&kind=sme', { token: manager.token })).body.total).toBe(1);
    const bad = await call('GET', '/api/v1/organizations?kind=unicorn', { token: manager.token });
    expect(bad.status).toBe(422);
  });

  it('sorts and pages with a cursor, the same rows as one big page', async () => {
    for (const sort of ['name', '-name', 'foundedOn', '-foundedOn', 'createdAt', '-createdAt']) {
      const all = names((await call('GET', `/api/v1/organizations?sort=${sort}&limit=200`, { token: manager.token })).body);
      const paged: string[] = [];
      let cursor = '';
      for (let i = 0; i < 10; i++) {
        const page = await call('GET', `/api/v1/organizations?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`, { token: manager.token });
        paged.push(...names(page.body));
        if (!page.body.nextCursor) break;
        cursor = page.body.nextCursor;
      }
      expect(paged, sort).toEqual(all);
    }
    const founded = names((await call('GET', '/api/v1/organizations?sort=foundedOn', { token: manager.token })).body);
    expect(founded.at(-1)).toBe('전주막걸리'); // no founding date: last
    expect((await call('GET', '/api/v1/organizations?cursor=garbage', { token: manager.token })).status).toBe(422);
  });

  it('searches with q, ranks by relevance, finds by BRN, and shows public rows without private fields', async () => {
    const res = await call('GET', `/api/v1/organizations?q=${encodeURIComponent('물류를')}`, { token: manager.token });
    expect(names(res.body).sort()).toEqual(['인천냉동창고', '한진스마트물류']);
    expect(res.body.items[0].score).toBeGreaterThan(0);
    const initials = await call('GET', `/api/v1/organizations?q=${encodeURIComponent('ㅎㅈ')}`, { token: manager.token });
    expect(names(initials.body)).toContain('한진스마트물류');
    const byBrn = await call('GET', `/api/v1/organizations?q=${formatBrn(target.brn!)}`, { token: manager.token });
    expect(names(byBrn.body)).toEqual(['한진스마트물류']);
    expect(byBrn.body.items[0].businessRegistrationNumber).toBe(formatBrn(target.brn!));
    const carbon = await call('GET', `/api/v1/organizations?q=${encodeURIComponent('탄소섬유')}`, { token: manager.token });
    expect(carbon.body.items[0]).toMatchObject({ name: '효성탄소소재', access: 'public', businessRegistrationNumber: null });
    const nothing = await call('GET', `/api/v1/organizations?q=${encodeURIComponent('?!')}`, { token: manager.token });
    expect(nothing.body).toMatchObject({ items: [], total: 0 });
    const sortedSearch = await call('GET', `/api/v1/organizations?q=${encodeURIComponent('물류')}&sort=name`, { token: manager.token });
    expect(names(sortedSearch.body)).toEqual(['인천냉동창고', '한진스마트물류']);
    expect(sortedSearch.body).toMatchObject({ total: 2, totalExact: true });
  });

  it('sorts a search otherwise than by relevance with the same matches, filters and total', async () => {
    for (const q of ['수출', 'ㅈㅈ', '탄소 수출']) {
      const ranked = await call('GET', `/api/v1/organizations?q=${encodeURIComponent(q)}&limit=200`, { token: manager.token });
      for (const sort of ['name', '-foundedOn']) {
        const sorted = await call('GET', `/api/v1/organizations?q=${encodeURIComponent(q)}&sort=${sort}&limit=200`, { token: manager.token });
        expect(names(sorted.body).sort(), `${q} ${sort}`).toEqual(names(ranked.body).sort());
        expect(sorted.body.total, `${q} ${sort}`).toBe(ranked.body.total);
      }
    }
    const exports = await call('GET', `/api/v1/organizations?q=${encodeURIComponent('수출')}&sort=-name&region=전북`, { token: manager.token });
    expect(names(exports.body)).toEqual(['전주막걸리']);
    expect(exports.body.total).toBe(1);
  });

  it("marks the rows of the manager's own center full and the others public, in every list shape", async () => {
    for (const path of ['/api/v1/organizations?sort=name', `/api/v1/organizations?q=${encodeURIComponent('물류 탄소')}`, '/api/v1/organizations?mine=true']) {
      const res = await call('GET', path, { token: manager.token });
      for (const item of res.body.items as { name: string; access: string; region: string }[]) {
        expect(item.access, `${path} ${item.name}`).toBe(item.region === '인천' ? 'full' : 'public');
      }
    }
  });
});
