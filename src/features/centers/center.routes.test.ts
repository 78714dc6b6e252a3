import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { client, organization, user, type Call } from '../../../test/factories.ts';
import type { Deps } from '../../http/context.ts';
import { resolveCenter } from './center.service.ts';

let deps: Deps;
let call: Call;

beforeAll(async () => {
  deps = await testDeps();
  call = client(deps).call;
});
afterAll(() => deps.database.close());

describe('centers', () => {
  it('are reference data: all 17 plus 포항, each with its sponsor and specialty, without sign-in', async () => {
    const res = await call('GET', '/api/v1/centers');
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(18);
    const by = Object.fromEntries(res.body.items.map((c: { id: string }) => [c.id, c]));
    expect(by.incheon).toMatchObject({ name: '인천창조경제혁신센터', sponsorName: '한진', specialty: '스마트 물류', openedOn: '2015-07-22' });
    expect(by.jeonbuk).toMatchObject({ sponsorName: '효성', specialty: expect.stringContaining('탄소') });
    expect(by.gyeongbuk).toMatchObject({ sponsorName: '삼성', specialty: expect.stringContaining('스마트 팩토리') });
    expect(by.gwangju).toMatchObject({ sponsorName: '현대자동차', specialty: expect.stringContaining('수소') });
    expect(by.chungbuk).toMatchObject({ sponsorName: 'LG생활건강', specialty: expect.stringContaining('뷰티') });
    expect(by.gyeonggi).toMatchObject({ sponsorName: 'KT', specialty: expect.stringContaining('글로벌') });
    expect(by.pohang.region).toBe('경북');
  });

  it('are found by id, name, short name or region as the command line names them', async () => {
    const db = deps.database.db;
    expect(await resolveCenter(db, '인천')).toBe('incheon');
    expect(await resolveCenter(db, '인천센터')).toBe('incheon');
    expect(await resolveCenter(db, '전북창조경제혁신센터')).toBe('jeonbuk');
    expect(await resolveCenter(db, 'JEONBUK')).toBe('jeonbuk');
    expect(await resolveCenter(db, '경북')).toBe('gyeongbuk');
    expect(await resolveCenter(db, '포항')).toBe('pohang');
    expect(await resolveCenter(db, '화성')).toBeUndefined();
  });

  it('count a center\'s organizations and this year\'s support for its home screen', async () => {
    const manager = await user(deps, 'center_manager', { centerId: 'incheon' });
    const a = await organization(deps, { kind: 'startup', stage: 'prototype', centers: ['incheon'] });
    await organization(deps, { kind: 'sme', centers: ['incheon'] });
    await organization(deps, { kind: 'sme', centers: ['jeonbuk'] });
    for (const [kind, startedOn, valueKrw] of [['consulting', '2026-03-01', 1_000_000], ['consulting', '2026-04-01', 2_000_000], ['education', '2025-04-01', null]] as const) {
      await call('POST', '/api/v1/support-records', { token: manager.token, body: { organizationId: a.id, kind, startedOn, valueKrw } });
    }
    const res = await call('GET', '/api/v1/centers/incheon/summary', { token: manager.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      year: 2026,
      organizations: { total: 2, byKind: { startup: 1, sme: 1 }, byStage: { prototype: 1, unknown: 1 } },
      supportThisYear: { records: 2, organizations: 1, valueKrw: 3_000_000, byKind: { consulting: 2 } },
      supportByYear: [
        { year: 2025, records: 1, organizations: 1 },
        { year: 2026, records: 2, organizations: 1 },
      ],
    });
  });
});
