import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withCheckDigit } from '../../src/features/organizations/brn.ts';
import { jeonbukOnlyOrganization } from './fixtures.ts';
import { shot } from './server.ts';
import { signIn, useBrowserFlows } from './flows.ts';

// Browser flows against the real server and the built web app (npm test builds it first).
const flows = useBrowserFlows();
const newPage = () => flows.newPage();

describe('web app', () => {
  it('national admin: every center with its sponsor, Korean search, a logistics company and its history, roles and scope', async () => {
    const { context, page } = await newPage();
    await page.goto(flows.baseUrl);
    await page.waitForURL(/\/sign-in/);
    await page.screenshot({ path: shot('01-sign-in') });
    await signIn(page, 'admin@innohub.kr');

    const rows = page.getByTestId('center-row');
    await expect.poll(() => rows.count()).toBe(18);
    const table = page.getByTestId('centers-table');
    for (const text of ['인천창조경제혁신센터', '한진', '전북창조경제혁신센터', '효성', '포항창조경제혁신센터', '포스코']) {
      await expect(table.getByText(text, { exact: true }).first().isVisible()).resolves.toBe(true);
    }
    await page.screenshot({ path: shot('02-national-home'), fullPage: true });

    await page.getByRole('link', { name: '기업·기관', exact: true }).click();
    await page.getByLabel('기업·기관 검색').fill('물류');
    await page.getByLabel('기업·기관 검색').press('Enter');
    await page.waitForURL(/q=/);
    const incheonRow = page.getByTestId('organization-row').filter({ hasText: '인천센터' }).first();
    await incheonRow.waitFor();
    await page.screenshot({ path: shot('03-search-logistics') });
    const exportHref = await page.getByRole('link', { name: '엑셀 내보내기' }).getAttribute('href');
    expect(exportHref).toContain(`q=${encodeURIComponent('물류')}`);
    const exported = await page.request.get(`${flows.baseUrl}${exportHref}`);
    expect(exported.status()).toBe(200);
    expect(exported.headers()['content-type']).toContain('spreadsheetml');

    const name = (await incheonRow.getByRole('link').first().textContent())!;
    await incheonRow.getByRole('link').first().click();
    await expect.poll(() => page.getByTestId('organization-name').textContent()).toBe(name);
    await page.getByTestId('support-entry').first().waitFor();
    expect(await page.getByTestId('support-entry').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('public-profile-badge').count()).toBe(0);
    await page.screenshot({ path: shot('04-organization-full'), fullPage: true });

    // Filters live in the URL: the kind filter narrows the same search.
    await page.goBack();
    await page.getByRole('button', { name: '필터' }).click();
    await page.getByTestId('organization-filters').getByLabel('구분').click();
    await page.getByRole('option', { name: '창업기업' }).click();
    await page.waitForURL(/kind=/);
    await page.getByTestId('organization-row').first().waitFor();
    await page.screenshot({ path: shot('04b-filters') });

    await page.getByRole('link', { name: '사람·권한' }).click();
    await page.getByTestId('people-table').waitFor();
    await page.screenshot({ path: shot('04c-people') });

    // Granting oneself a second role brings the scope switcher; switching scope changes home.
    await page.getByLabel('사람 검색').fill('admin@innohub.kr');
    await page.getByLabel('사람 검색').press('Enter');
    await page
      .getByTestId('people-table')
      .getByRole('row')
      .filter({ has: page.getByText('admin@innohub.kr', { exact: true }) })
      .getByRole('button')
      .click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('combobox', { name: /^역할/ }).click();
    await page.getByRole('option', { name: '센터 관리자' }).click();
    await drawer.getByRole('combobox', { name: /^센터/ }).click();
    await page.getByRole('option', { name: '인천센터' }).click();
    await drawer.getByRole('button', { name: '역할 부여' }).click();
    await drawer.getByText('센터 관리자 · 인천센터').waitFor();
    await page.screenshot({ path: shot('04c-person-roles') });
    await page.keyboard.press('Escape');
    const scope = page.getByRole('banner').getByLabel('작업 범위');
    await scope.click();
    await page.getByRole('option', { name: '센터 관리자 · 인천센터' }).click();
    await page.getByRole('link', { name: '홈', exact: true }).click();
    await page.getByRole('heading', { name: '인천창조경제혁신센터' }).waitFor();

    // Phone width: navigation folds behind the burger, tables scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: '메뉴 열기' }).click();
    await page.getByRole('link', { name: '기업·기관', exact: true }).click();
    await page.getByTestId('organization-row').first().waitFor();
    await page.screenshot({ path: shot('04d-mobile') });

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '로그아웃' }).click();
    await page.getByText('로그아웃했습니다.').waitFor();
    await page.goto(`${flows.baseUrl}/organizations`);
    await page.waitForURL(/\/sign-in/);
    await context.close();
  }, 60_000);

  it("center manager: the center home, and another center's organization as a public profile without history", async () => {
    const target = await jeonbukOnlyOrganization(flows.server.deps);
    const { context, page } = await newPage();
    await page.goto(flows.baseUrl);
    await signIn(page, 'incheon.manager@innohub.kr');
    await page.getByRole('heading', { name: '인천창조경제혁신센터' }).waitFor();
    await page.waitForTimeout(400); // let the charts finish their entry animation for the screenshot
    await page.screenshot({ path: shot('05-center-home'), fullPage: true });

    await page.goto(`${flows.baseUrl}/organizations/${target.id}`);
    await expect.poll(() => page.getByTestId('organization-name').textContent()).toBe(target.name);
    await page.getByTestId('public-profile-badge').waitFor();
    await page.getByTestId('public-profile-notice').waitFor();
    expect(await page.getByTestId('support-history').count()).toBe(0);
    expect(await page.getByText('찾을 수 없습니다').count()).toBe(0);
    await page.screenshot({ path: shot('06-organization-public'), fullPage: true });

    await page.getByRole('link', { name: '지원 이력', exact: true }).click();
    await page.getByTestId('support-table').waitFor();
    await page.screenshot({ path: shot('06b-support-ledger') });

    // The session ends while the app is open: the next call sends the user to sign in, with a message.
    await flows.server.deps.database.rows(
      sql`update sessions set expires_at = now() - interval '1 minute' where person_id = (select id from people where email = 'incheon.manager@innohub.kr')`,
    );
    await page.getByRole('link', { name: '기업·기관', exact: true }).click();
    await page.getByTestId('session-expired').waitFor();
    expect(page.url()).toContain('/sign-in');
    await context.close();
  }, 60_000);

  it('create form: Korean inline BRN error, server field errors on their inputs, then English', async () => {
    const { context, page } = await newPage();
    await page.goto(`${flows.baseUrl}/organizations/new`);
    await signIn(page, 'incheon.manager@innohub.kr');
    await page.waitForURL(/\/organizations\/new/);

    const brn = withCheckDigit('123456789');
    const badBrn = `${brn.slice(0, 9)}${(Number(brn[9]) + 1) % 10}`;
    await page.getByLabel('기업·기관명').fill('<b>테스트</b> 로보틱스');
    await page.getByLabel('사업자등록번호').fill(badBrn);
    await page.getByLabel('사업자등록번호').blur();
    await page.getByText('검증번호(마지막 자리)가 맞지 않습니다').waitFor();
    await expect(page.getByLabel('사업자등록번호').inputValue()).resolves.toBe(`${badBrn.slice(0, 3)}-${badBrn.slice(3, 5)}-${badBrn.slice(5)}`);
    await page.screenshot({ path: shot('07-create-bad-brn') });

    // A well-formed but unknown industry code passes the form and comes back from the server on its field.
    await page.getByLabel('사업자등록번호').fill(brn);
    await page.getByLabel('업종 코드 (KSIC)').fill('99999');
    await page.getByRole('button', { name: '등록', exact: true }).click();
    const ksicError = page.locator('.mantine-InputWrapper-error', { hasText: '99999' });
    await ksicError.waitFor();
    expect(await ksicError.textContent()).toContain('업종');

    await page.getByLabel('업종 코드 (KSIC)').fill('');
    await page.getByRole('button', { name: '등록', exact: true }).click();
    await page.getByTestId('organization-name').waitFor();
    // User text renders as text, never as markup.
    expect(await page.getByTestId('organization-name').textContent()).toBe('<b>테스트</b> 로보틱스');
    const organizationId = page.url().split('/').pop()!;

    // Support entered from the organization page shows in its history, money in 만/억 units.
    await page.getByRole('button', { name: '지원 기록' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('지원 종류').click();
    await page.getByRole('option', { name: '멘토링' }).click();
    await dialog.getByLabel('지원 금액').fill('283400000000');
    await dialog.getByLabel('사업·프로그램').fill('물류 액셀러레이팅');
    await dialog.getByRole('button', { name: '저장' }).click();
    await page.getByTestId('support-entry').filter({ hasText: '2,834억 원' }).waitFor();

    // Someone else saves first: the edit is refused with an explanation and a way to reload.
    await page.getByRole('button', { name: '수정', exact: true }).click();
    await page.getByRole('dialog').getByLabel('영문명').fill('Test Robotics');
    await flows.server.deps.database.rows(sql`update organizations set version = version + 1 where id = ${organizationId}::uuid`);
    await page.getByRole('dialog').getByRole('button', { name: '저장' }).click();
    await page.getByTestId('edit-conflict').waitFor();
    await page.screenshot({ path: shot('08-edit-conflict') });
    await page.getByRole('button', { name: '최신 내용 불러오기' }).click();
    await page.getByTestId('edit-conflict').waitFor({ state: 'detached' });
    await page.getByRole('dialog').getByLabel('영문명').fill('Test Robotics');
    await page.getByRole('dialog').getByRole('button', { name: '저장' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByText('Test Robotics').first().waitFor();

    await page.getByRole('banner').getByText('English', { exact: true }).click();
    await page.getByRole('link', { name: 'Organizations' }).waitFor();
    await page.getByRole('heading', { name: 'Affiliations' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.screenshot({ path: shot('09-english'), fullPage: true });
    await context.close();
  }, 60_000);
});
