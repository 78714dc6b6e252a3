import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shot } from './server.ts';
import { signIn, useBrowserFlows } from './flows.ts';

// Browser flows of the dashboards (대시보드): the national office reads the year's figures, the
// centers and their overlap, and the organizations behind a center; a center manager reads their
// own center's and may not open the nation's.
const flows = useBrowserFlows();

type Figures = { organizations: number; revenueKRW: number; jobsCreated: number; investmentKRW: number; investmentDeals: number };
type Dashboard = {
  year: number;
  totals: Figures;
  breakdowns: { center?: { key: string; label: string; figures: Figures }[] };
  centers: { sumOfCenterCounts: number; supportedByAnyCenter: number; countedByMoreThanOneCenter: number } | null;
};

const ko = (n: number) => n.toLocaleString('ko-KR');

/** The dashboard the API gives for the year on screen. */
async function apiDashboard(page: Page, path: string): Promise<Dashboard> {
  const year = Number((await page.getByTestId('year-select').inputValue()).replace(/\D/g, ''));
  const response = await page.request.get(`${flows.baseUrl}/api/v1/dashboards/${path}?year=${year}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Dashboard;
}

describe('dashboards', () => {
  it("the national admin reads the year's figures, the centers with their overlap, and the organizations behind a center", async () => {
    const { context, page } = await flows.newPage();
    await page.goto(flows.baseUrl);
    await signIn(page, 'admin@innohub.kr');
    await page.getByRole('link', { name: '대시보드', exact: true }).click();
    await page.waitForURL(/\/dashboards\/national/);
    await page.getByRole('heading', { name: '성과 대시보드' }).waitFor();
    await page.getByTestId('figure-cards').waitFor();

    // The cards show the API's figures of the year: counts as they are, amounts rounded with the exact won at hand.
    const d = await apiDashboard(page, 'national');
    expect(d.totals.revenueKRW).toBeGreaterThan(0);
    await expect(page.getByTestId('figure-organizations').getByTestId('figure-value').textContent()).resolves.toBe(`${ko(d.totals.organizations)}개사`);
    await expect(page.getByTestId('figure-jobs').getByTestId('figure-value').textContent()).resolves.toBe(`${ko(d.totals.jobsCreated)}명`);
    await expect(page.getByTestId('figure-revenue').getAttribute('aria-label')).resolves.toContain(`${ko(d.totals.revenueKRW)}원`);
    await expect(page.getByTestId('figure-investment').getAttribute('aria-label')).resolves.toContain(`${ko(d.totals.investmentKRW)}원`);
    await expect(page.getByTestId('figure-investment').textContent()).resolves.toContain(`${ko(d.totals.investmentDeals)}건`);

    // By center, largest first, with the overlap footnote.
    const centers = page.getByTestId('breakdown-center').getByTestId('breakdown-row');
    await expect.poll(() => centers.count()).toBe(d.breakdowns.center!.length);
    const top = [...d.breakdowns.center!].sort((a, b) => b.figures.organizations - a.figures.organizations)[0]!;
    await expect(centers.first().textContent()).resolves.toContain(`${ko(top.figures.organizations)}개사`);
    await expect(page.getByTestId('overlap-note').textContent()).resolves.toContain(`센터별 합계`);
    await expect(page.getByTestId('overlap-note').textContent()).resolves.toContain(`${ko(d.centers!.sumOfCenterCounts)}개사`);
    await expect(page.getByTestId('overlap-note').textContent()).resolves.toContain(`센터가 지원한 기업 ${ko(d.centers!.supportedByAnyCenter)}개사보다 ${ko(d.centers!.sumOfCenterCounts - d.centers!.supportedByAnyCenter)}개사 많습니다`);
    await page.screenshot({ path: shot('60-dashboard-national'), fullPage: true });

    // A click on the center opens its organizations, as many as the bar says, sortable, each a link.
    await centers.first().click();
    const drawer = page.getByRole('dialog');
    await drawer.getByTestId('drill-row').first().waitFor();
    await expect(drawer.getByTestId('drill-total').textContent()).resolves.toBe(`${ko(top.figures.organizations)}개사`);
    await expect.poll(() => drawer.getByTestId('drill-row').count()).toBe(Math.min(20, top.figures.organizations));
    await drawer.getByTestId('sort-revenueKRW').click();
    await expect.poll(() => drawer.getByRole('columnheader', { name: /매출/ }).getAttribute('aria-sort')).toBe('descending');
    await page.screenshot({ path: shot('61-dashboard-drill') });
    const first = drawer.getByTestId('drill-row').first().getByRole('link');
    const name = (await first.textContent())!;
    await first.click();
    await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name }).waitFor();
    await context.close();
  });

  it("the 인천 manager reads their center's dashboard, has no way to the nation's, and is refused it", async () => {
    const { context, page } = await flows.newPage();
    await page.goto(flows.baseUrl);
    await signIn(page, 'incheon.manager@innohub.kr');
    const nav = page.getByRole('link', { name: '대시보드', exact: true });
    await expect(nav.getAttribute('href')).resolves.toBe('/dashboards/centers/incheon');
    await expect(page.locator('a[href^="/dashboards/national"]').count()).resolves.toBe(0);
    await nav.click();
    await page.waitForURL(/\/dashboards\/centers\/incheon/);
    await page.getByTestId('figure-cards').waitFor();
    await expect(page.getByTestId('dashboard-scope').textContent()).resolves.toBe('인천창조경제혁신센터');
    const d = await apiDashboard(page, 'centers/incheon');
    await expect(page.getByTestId('figure-organizations').getByTestId('figure-value').textContent()).resolves.toBe(`${ko(d.totals.organizations)}개사`);
    await page.getByTestId('breakdown-program').waitFor();
    await page.getByTestId('targets-card').waitFor();
    await expect(page.getByTestId('breakdown-center').count()).resolves.toBe(0);
    await page.screenshot({ path: shot('62-dashboard-center'), fullPage: true });

    await page.goto(`${flows.baseUrl}/dashboards/national`);
    await page.getByTestId('dashboard-forbidden').waitFor();
    await expect(page.getByTestId('figure-cards').count()).resolves.toBe(0);
    await page.getByRole('link', { name: '내 대시보드로' }).click();
    await page.waitForURL(/\/dashboards\/centers\/incheon/);
    await context.close();
  });
});
