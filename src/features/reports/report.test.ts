import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { client, user, type TestUser } from '../../../test/factories.ts';
import { nationalYear, SEED_2015 } from '../../../test/fixtures/national-year.ts';
import { markAllDirty, refreshRollups } from '../dashboards/rollup.service.ts';

let deps: Awaited<ReturnType<typeof testDeps>>;
let app: ReturnType<typeof client>['app'];
let call: ReturnType<typeof client>['call'];
let admin: TestUser;
let seoulManager: TestUser;
let files: ReturnType<typeof nationalYear>;

async function upload(path: string, content: string, token: string, dryRun = false) {
  const form = new FormData();
  form.append('file', new Blob([content], { type: 'text/csv' }), 'data.csv');
  const res = await app.request(`/api/v1${path}${dryRun ? '?dryRun=true' : ''}`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as any };
}

const YEAR = '?from=2015-01-01&to=2015-12-31';

beforeAll(async () => {
  deps = await testDeps();
  ({ app, call } = client(deps));
  admin = await user(deps, 'national_admin');
  seoulManager = await user(deps, 'center_manager', { centerId: 'seoul' });
  files = nationalYear();
  const orgs = await upload('/organizations/import', files.organizations, admin.token);
  expect(orgs.status, JSON.stringify(orgs.body).slice(0, 500)).toBe(200);
}, 120_000);
afterAll(() => deps.database.close());

describe('a year of imports and the national report', () => {
  it('imports the support ledger and the outcomes, all or nothing, and the same files twice count once', async () => {
    const preview = await upload('/imports/support-records', files.supportRecords, admin.token, true);
    expect(preview.body.summary).toMatchObject({ create: SEED_2015.startups + SEED_2015.smes + SEED_2015.multiCenter + SEED_2015.techTransfers + 1, errors: 0 });
    const support = await upload('/imports/support-records', files.supportRecords, admin.token);
    expect(support.status, JSON.stringify(support.body).slice(0, 500)).toBe(200);
    expect(support.body.committed).toBe(true);
    const outcomes = await upload('/imports/outcomes', files.outcomes, admin.token);
    expect(outcomes.status, JSON.stringify(outcomes.body).slice(0, 500)).toBe(200);
    expect(outcomes.body.summary.errors).toBe(0);

    const again = await upload('/imports/support-records', files.supportRecords, admin.token);
    expect(again.body.summary).toMatchObject({ create: 0, unchanged: support.body.summary.create });
    const againOutcomes = await upload('/imports/outcomes', files.outcomes, admin.token);
    expect(againOutcomes.body.summary).toMatchObject({ create: 0, update: 0, unchanged: outcomes.body.summary.create });
  });

  it('shows the seed-003 figures without double counting', async () => {
    const national = await call('GET', `/api/v1/reports/national${YEAR}`, { token: admin.token });
    expect(national.status, JSON.stringify(national.body)).toBe(200);
    expect(national.body).toMatchObject({
      organizationsSupported: { startup: 1135, sme: 1605, total: 2740 },
      investment: { amountKRW: 283_400_000_000, deals: 400 },
      revenueKRW: 160_500_000_000,
      jobsCreated: 1359,
      exportSales: { companies: 78, amountKRW: 131_800_000_000 },
      overseasSubsidiaries: 19,
      techTransfers: { transfers: 974, recipients: 219 },
    });
    // Counted by two centers: the 300 with a second center, and the 219 transfer recipients (경북) whose own center is another.
    const recipientsElsewhere = Array.from({ length: 219 }, (_, k) => 1135 + k).filter((i) => i % 17 !== 14).length;
    expect(national.body.centers).toEqual({ sumOfCenterCounts: 2740 + 300 + recipientsElsewhere, supportedByAnyCenter: 2740, countedByMoreThanOneCenter: 300 + recipientsElsewhere });
    expect(national.body.unverifiedFigures).toBeGreaterThan(0);
    expect((await call('GET', `/api/v1/reports/national${YEAR}&verifiedOnly=true`, { token: admin.token })).body.revenueKRW).toBe(0);

    // A center counts the organizations it supported: 2,740 / 17 each, plus its share of the 300 second supports.
    const seoul = await call('GET', `/api/v1/reports/centers/seoul${YEAR}`, { token: seoulManager.token });
    expect(seoul.status).toBe(200);
    const seoulCount = Array.from({ length: 2740 }, (_, i) => i).filter((i) => i % 17 === 0 || (i < 300 && (i + 1) % 17 === 0)).length;
    expect(seoul.body.organizationsSupported.total).toBe(seoulCount);
    expect(seoul.body.techTransfers).toEqual({ transfers: 0, recipients: 0 });
    const gyeongbuk = await call('GET', `/api/v1/reports/centers/gyeongbuk${YEAR}`, { token: admin.token });
    expect(gyeongbuk.body.techTransfers).toEqual({ transfers: 974, recipients: 219 });

    // A quarter: only the figures whose period lies inside it.
    const q2 = await call('GET', '/api/v1/reports/national?from=2015-04-01&to=2015-06-30', { token: admin.token });
    expect(q2.body.revenueKRW).toBeLessThan(160_500_000_000);
    expect(q2.body.jobsCreated).toBe(0);
  });

  it('is the national office’s, and a center’s own staff’s', async () => {
    expect((await call('GET', `/api/v1/reports/national${YEAR}`, { token: seoulManager.token })).status).toBe(403);
    expect((await call('GET', `/api/v1/reports/centers/busan${YEAR}`, { token: seoulManager.token })).status).toBe(404);
    expect((await call('GET', `/api/v1/reports/centers/nowhere${YEAR}`, { token: admin.token })).status).toBe(404);
    const backwards = await call('GET', '/api/v1/reports/national?from=2015-12-31&to=2015-01-01', { token: admin.token });
    expect(backwards.body.errors[0].field).toBe('to');
  });

  it('refuses a file with an unknown BRN or center, a negative value or a future period, and writes nothing', async () => {
    const [a, b] = files.brns;
    const bad = [
      '사업자등록번호,기간,지표,값,비고',
      `${a},2015,revenue,-5,`,
      `123-45-67891,2015,revenue,5,`,
      `${b},2027,newHires,3,`,
      `${b},2015,고객수,3,`,
      `${b},2016,revenue,1000,`,
    ].join('\n');
    const res = await upload('/imports/outcomes', bad, admin.token);
    expect(res.status).toBe(422);
    expect(res.body.rows.filter((r: any) => r.action === 'error').map((r: any) => [r.rowNumber, r.errors[0].code])).toEqual([
      [2, 'validation.negative'],
      [3, 'validation.unknownBrn'],
      [4, 'validation.futurePeriod'],
      [5, 'validation.unknownMetric'],
    ]);
    expect(res.body.errors[0]).toMatchObject({ field: 'rows.2.value', message: '행 2 · 값: 0 이상이어야 합니다.' });
    const still = await call('GET', '/api/v1/reports/national?from=2016-01-01&to=2016-12-31', { token: admin.token });
    expect(still.body.revenueKRW).toBe(0);

    const wrongCenter = await upload('/imports/support-records', `businessRegistrationNumber,center,kind,date\n${a},아틀란티스,mentoring,2015-03-01\n`, admin.token);
    expect(wrongCenter.body.rows[0].errors[0]).toMatchObject({ field: 'center', code: 'validation.unknownCenterName' });
    const otherCenter = await upload('/imports/support-records', `사업자등록번호,센터,지원유형,지원일\n${a},부산,멘토링,2015-03-01\n`, seoulManager.token);
    expect(otherCenter.body.rows[0].errors[0]).toMatchObject({ field: 'center', code: 'validation.notYourCenter' });
    const noColumns = await upload('/imports/outcomes', 'name,value\nx,1\n', admin.token);
    expect(noColumns.body.title).toMatch(/필수 열이 없습니다: 사업자등록번호/);
  });

  it('flags a revenue ten times the year before, amends a changed figure and keeps the old one', async () => {
    const brn = files.brns[200]!; // revenue 2015 from the file (one yearly figure)
    const file = ['사업자등록번호,기간,지표,값', `${brn},2016,매출액,9999999999`, `${brn},2015,revenue,160500001`].join('\n');
    const res = await upload('/imports/outcomes', file, admin.token);
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
    expect(res.body.rows.map((r: any) => r.action)).toEqual(['create', 'update']);
    const [org] = await deps.database.rows<{ id: string }>(sql`select id from organizations where name = '성과기업 201'`);
    const { body } = await call('GET', `/api/v1/organizations/${org!.id}/outcomes?metric=revenue`, { token: admin.token });
    const mine = body.items;
    const y2016 = mine.find((o: any) => o.period === '2016');
    expect(y2016.flags[0]).toMatchObject({ code: 'jump', params: { previous: 160_500_001 } });
    const y2015 = mine.find((o: any) => o.period === '2015');
    const history = await call('GET', `/api/v1/outcomes/${y2015.id}/history`, { token: admin.token });
    expect(history.body.items.map((v: any) => [v.change, v.value])).toEqual([
      ['created', 160_500_000],
      ['amended', 160_500_001],
    ]);
  });
});

describe('the dashboards, from rollups', () => {
  /** The report's figures in the dashboard's shape: both must say the same for a calendar year. */
  const asFigures = (r: any) => ({
    organizations: r.organizationsSupported.total,
    startups: r.organizationsSupported.startup,
    smes: r.organizationsSupported.sme,
    revenueKRW: r.revenueKRW,
    jobsCreated: r.jobsCreated,
    investmentKRW: r.investment.amountKRW,
    investmentDeals: r.investment.deals,
    investmentCompanies: r.investment.companies,
    exportKRW: r.exportSales.amountKRW,
    exportCompanies: r.exportSales.companies,
    overseasSubsidiaries: r.overseasSubsidiaries,
    patentApplications: r.patents.applications,
    patentRegistrations: r.patents.registrations,
    prototypes: r.prototypes,
    techTransfers: r.techTransfers.transfers,
    techRecipients: r.techTransfers.recipients,
    unverifiedFigures: r.unverifiedFigures,
  });

  it('give the report’s figures for each year, nationally and per center', async () => {
    await refreshRollups(deps.database);
    for (const year of [2014, 2015, 2016]) {
      const report = await call('GET', `/api/v1/reports/national?from=${year}-01-01&to=${year}-12-31`, { token: admin.token });
      const board = await call('GET', `/api/v1/dashboards/national?year=${year}`, { token: admin.token });
      expect(board.status, JSON.stringify(board.body).slice(0, 300)).toBe(200);
      expect(board.body.totals).toMatchObject(asFigures(report.body));
      expect(board.body.centers).toEqual(report.body.centers);
      expect(board.body.updating).toBe(false);
    }
    const board = await call('GET', '/api/v1/dashboards/national?year=2015', { token: admin.token });
    // (revenue is ₩1 more than seed 003's: the test before amended one figure.)
    expect(board.body.totals).toMatchObject({ organizations: 2740, revenueKRW: 160_500_000_001, investmentKRW: 283_400_000_000, jobsCreated: 1359, techTransfers: 974 });
    expect(board.body.series.map((s: any) => s.year)).toEqual(expect.arrayContaining([2014, 2015]));
    // Each center's own count, in the breakdown, adds up to the overlap the footnote states.
    const centers = board.body.breakdowns.center;
    expect(centers.reduce((sum: number, c: any) => sum + c.figures.organizations, 0)).toBe(board.body.centers.sumOfCenterCounts);
    expect(board.body.breakdowns.kind.find((k: any) => k.key === 'startup').figures.organizations).toBe(1135);
    expect(board.body.breakdowns.supportKind.find((k: any) => k.key === 'tech_transfer').figures).toMatchObject({ supportRecords: 974, organizations: 219 });

    for (const center of ['seoul', 'gyeongbuk']) {
      const report = await call('GET', `/api/v1/reports/centers/${center}${YEAR}`, { token: admin.token });
      const own = await call('GET', `/api/v1/dashboards/centers/${center}?year=2015`, { token: admin.token });
      expect(own.body.totals).toMatchObject(asFigures(report.body));
      expect(centers.find((c: any) => c.key === `c:${center}`).figures).toEqual(own.body.totals);
    }
  });

  it('list the organizations behind a figure', async () => {
    const overlap = await call('GET', '/api/v1/dashboards/organizations?scope=national&year=2015&dimension=overlap&pageSize=10', { token: admin.token });
    const board = await call('GET', '/api/v1/dashboards/national?year=2015', { token: admin.token });
    expect(overlap.body.total).toBe(board.body.centers.countedByMoreThanOneCenter);
    const anyCenter = await call('GET', '/api/v1/dashboards/organizations?scope=national&year=2015&dimension=overlap&key=anyCenter&pageSize=1', { token: admin.token });
    expect(anyCenter.body.total).toBe(board.body.centers.supportedByAnyCenter);
    const startups = await call('GET', '/api/v1/dashboards/organizations?scope=national&year=2015&dimension=kind&key=startup&sort=revenueKRW&pageSize=200', { token: admin.token });
    expect(startups.body.total).toBe(1135);
    const revenues = startups.body.items.map((o: any) => o.revenueKRW ?? -1);
    expect(revenues).toEqual([...revenues].sort((a: number, b: number) => b - a));
    const seoul = await call('GET', '/api/v1/dashboards/organizations?scope=center:seoul&year=2015&pageSize=1', { token: seoulManager.token });
    expect(seoul.body.total).toBe((await call('GET', '/api/v1/dashboards/centers/seoul?year=2015', { token: seoulManager.token })).body.totals.organizations);
  });

  it('show a change once the rollup job has run, and a full rebuild gives the same', async () => {
    const before = (await call('GET', '/api/v1/dashboards/national?year=2015', { token: admin.token })).body.totals;
    const [record] = await deps.database.rows<{ id: string; version: number }>(sql`
      select r.id, r.version from outcome_records r join organizations o on o.id = r.organization_id where o.name = '성과기업 1136' and r.metric = 'newHires' and r.period = '2015'`);
    const amended = await call('PATCH', `/api/v1/outcomes/${record!.id}`, { token: admin.token, headers: { 'if-match': `"${record!.version}"` }, body: { value: 1000, reason: '정정' } });
    expect(amended.status, JSON.stringify(amended.body)).toBe(200);
    const stale = await call('GET', '/api/v1/dashboards/national?year=2015', { token: admin.token });
    expect(stale.body).toMatchObject({ updating: true, totals: { jobsCreated: before.jobsCreated } });
    await refreshRollups(deps.database);
    const fresh = (await call('GET', '/api/v1/dashboards/national?year=2015', { token: admin.token })).body;
    const report = await call('GET', `/api/v1/reports/national${YEAR}`, { token: admin.token });
    expect(fresh.totals.jobsCreated).toBe(report.body.jobsCreated);
    expect(fresh.totals.jobsCreated).not.toBe(before.jobsCreated);

    await markAllDirty(deps.database);
    await refreshRollups(deps.database, { batch: 700 });
    expect((await call('GET', '/api/v1/dashboards/national?year=2015', { token: admin.token })).body).toEqual(fresh);
  });

  it('are the national office’s, a center’s staff’s and a cluster’s coordinators’', async () => {
    expect((await call('GET', '/api/v1/dashboards/national?year=2015', { token: seoulManager.token })).status).toBe(403);
    expect((await call('GET', '/api/v1/dashboards/centers/busan?year=2015', { token: seoulManager.token })).status).toBe(404);
    expect((await call('GET', '/api/v1/dashboards/organizations?scope=center:busan&year=2015', { token: seoulManager.token })).status).toBe(404);
    expect((await call('GET', '/api/v1/dashboards/organizations?scope=national&year=2015', { token: seoulManager.token })).status).toBe(403);
    expect((await call('GET', '/api/v1/dashboards/clusters/00000000-0000-0000-0000-000000000000?year=2015', { token: admin.token })).status).toBe(404);
  });
});
