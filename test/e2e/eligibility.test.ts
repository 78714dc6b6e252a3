import { sql } from 'drizzle-orm';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shot } from './server.ts';
import { signIn, useBrowserFlows, setChecked } from './flows.ts';

// Browser flow of a call's eligibility rules (신청 자격): a 인천 manager sets them in the call
// dialog, is told on the input itself what is wrong (in the browser, and by the server), reads a
// preview that is word for word what the call page then says, and saves edits that leave the
// rules nobody touched as they were.
const flows = useBrowserFlows();

const TITLE = '청년 물류벤처 실증 지원 참여기업 모집';

const seoulInput = (days: number, hour: number) => {
  const day = new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:00`;
};

/** The error text an input points at through aria-describedby. */
async function errorOf(page: Page, input: Locator): Promise<string | null> {
  await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
  const errorId = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').find((id) => id.endsWith('-error'));
  return page.locator(`[id="${errorId}"]`).textContent();
}

async function choose(page: Page, scope: Locator, label: RegExp, option: string) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const previewLines = (dialog: Locator) => dialog.getByTestId('eligibility-preview').locator('li').allTextContents();

async function rulesInDatabase(): Promise<Record<string, unknown>> {
  const [row] = await flows.server.deps.database.rows<{ eligibility: Record<string, unknown> }>(sql`select eligibility from calls where title = ${TITLE}`);
  return row!.eligibility;
}

describe('call eligibility', () => {
  it('a 인천 manager sets the rules with errors on their inputs, the call page states them in Korean, and untouched rules survive edits', async () => {
    const { context, page } = await flows.newPage();
    await page.goto(flows.baseUrl);
    await signIn(page, 'incheon.manager@innohub.kr');
    await page.getByRole('link', { name: '사업', exact: true }).click();
    await page.getByRole('link', { name: /^물류벤처 육성프로그램/ }).first().click();
    await page.waitForURL(/\/programs\/[0-9a-f-]{36}$/);
    await page.getByTestId('program-calls').getByRole('button', { name: '새 공고' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^공고 제목/).fill(TITLE);
    await dialog.getByLabel(/^접수 시작/).fill(seoulInput(-1, 9));
    await dialog.getByLabel(/^접수 마감/).fill(seoulInput(10, 18));
    await dialog.getByLabel(/^문의처/).fill('인천센터 창업지원팀 032-458-5000');
    await dialog.getByTestId('eligibility-preview').getByText('신청 자격 요건이 없습니다. 누구나 신청할 수 있습니다.').waitFor();

    // The rules: 창업 7년 이내, 인천, 청년 만 39세, 매출 10억 원 이하, and no 투자 연계 support in 3 years.
    await setChecked(dialog.getByRole('switch', { name: /^업력/ }));
    await dialog.getByLabel(/^창업 후 연수/).fill('7');
    await setChecked(dialog.getByRole('switch', { name: /^소재지/ }));
    await choose(page, dialog, /^신청할 수 있는 지역/, '인천');
    await setChecked(dialog.getByRole('switch', { name: /^청년/ }));
    await dialog.getByLabel(/^대표자 나이 상한/).fill('39');
    await setChecked(dialog.getByRole('switch', { name: /^매출액 상한/ }));
    const revenue = dialog.getByLabel(/^최근 연도 매출액 상한/);
    await revenue.fill('1000000000');
    await expect.poll(() => revenue.inputValue()).toBe('1,000,000,000');
    await dialog.getByText('10억 원 이하', { exact: true }).waitFor();
    await setChecked(dialog.getByRole('switch', { name: /^중복 수혜 제한/ }));
    const supportRow = dialog.getByTestId('support-row').first();
    await choose(page, supportRow, /^지원 종류/, '투자 연계');
    await supportRow.getByLabel(/^제한 기간/).fill('3');

    // A KSIC prefix with a letter: the Korean message sits on the tags input, and nothing is saved.
    await setChecked(dialog.getByRole('switch', { name: /^업종/ }));
    const ksic = dialog.getByLabel(/^업종 코드 앞자리/);
    await ksic.fill('5a');
    await ksic.press('Enter');
    expect(await errorOf(page, ksic)).toBe('업종 코드 앞자리는 숫자 1~5자리입니다: 5a');
    await dialog.getByRole('button', { name: '바로 게시' }).click();
    expect(await errorOf(page, ksic)).toBe('업종 코드 앞자리는 숫자 1~5자리입니다: 5a');
    await ksic.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('50-eligibility-ksic-error') });
    await ksic.press('Backspace');
    await ksic.fill('49');
    await ksic.press('Enter');
    await expect.poll(() => ksic.getAttribute('aria-invalid')).not.toBe('true');

    const preview = await previewLines(dialog);
    expect(preview).toEqual([
      expect.stringMatching(/^창업 7년 이내 \(\d{4}-\d{2}-\d{2} 이후 설립, 예비창업자 포함\)$/),
      '소재지: 인천',
      '업종: 한국표준산업분류 49로 시작하는 업종',
      expect.stringMatching(/^대표자 만 39세 이하 \(\d{4}-\d{2}-\d{2} 이후 출생\)$/),
      '최근 연도 매출액 10억 원 이하 (예비창업자 포함)',
      expect.stringMatching(/^최근 3년 이내 투자 연계 지원을 받은 기업 제외 \(모든 센터 기준, \d{4}-\d{2}-\d{2} 이후\)$/),
    ]);
    expect(await dialog.getByTestId('eligibility-preview').getAttribute('data-source')).toBe('draft');
    // Tall enough to see the whole dialog at once.
    await page.setViewportSize({ width: 1440, height: 2600 });
    await page.screenshot({ path: shot('51-eligibility-fields') });
    await page.setViewportSize({ width: 1440, height: 900 });

    // The server refuses what the browser let through (a request changed on its way): its message lands on that row's input.
    await page.route('**/api/v1/calls', async (route) => {
      const body = route.request().postDataJSON() as { eligibility: { notSupportedWithin: { years: number }[] } };
      body.eligibility.notSupportedWithin[0]!.years = 50;
      await route.continue({ postData: JSON.stringify(body) });
    });
    await dialog.getByRole('button', { name: '바로 게시' }).click();
    expect(await errorOf(page, supportRow.getByLabel(/^제한 기간/))).toBe('20 이하여야 합니다.');
    await page.unroute('**/api/v1/calls');

    await dialog.getByRole('button', { name: '바로 게시' }).click();
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}$/);
    const callUrl = page.url();
    await dialog.waitFor({ state: 'detached' });
    const stated = page.getByTestId('call-eligibility').locator('li');
    // The server's statements say word for word what the preview said.
    await expect.poll(() => stated.allTextContents()).toEqual(preview);
    const saved = await rulesInDatabase();
    expect(saved).toEqual({
      maxYearsInBusiness: 7,
      regions: ['인천'],
      ksicPrefixes: ['49'],
      founderMaxAge: 39,
      maxRevenueKRW: 1_000_000_000,
      notSupportedWithin: [{ supportKind: 'investment_linkage', years: 3 }],
    });

    // A visitor reads them in Korean on the public call page.
    const visitor = await flows.newPage();
    await visitor.page.goto(callUrl);
    const card = visitor.page.getByTestId('call-eligibility');
    await card.getByText('소재지: 인천', { exact: true }).waitFor();
    await card.getByText(/^대표자 만 39세 이하/).waitFor();
    await card.getByText('최근 연도 매출액 10억 원 이하 (예비창업자 포함)', { exact: true }).waitFor();
    await card.getByText(/^최근 3년 이내 투자 연계 지원을 받은 기업 제외/).waitFor();
    await card.getByText(/^창업 7년 이내/).waitFor();
    await visitor.page.screenshot({ path: shot('52-eligibility-public'), fullPage: true });
    await visitor.context.close();

    // Saved without touching the rules: the PATCH carries no eligibility, and the rules stay as they were.
    const bodies: Record<string, unknown>[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PATCH' && r.url().includes('/api/v1/calls/')) bodies.push(r.postDataJSON() as Record<string, unknown>);
    });
    await page.getByRole('button', { name: '수정', exact: true }).click();
    await expect.poll(() => dialog.getByTestId('eligibility-preview').getAttribute('data-source')).toBe('server');
    expect(await previewLines(dialog)).toEqual(preview);
    expect(await dialog.getByLabel(/^최근 연도 매출액 상한/).inputValue()).toBe('1,000,000,000');
    await dialog.getByLabel(/^문의처/).fill('인천센터 창업지원팀 032-458-5001');
    await dialog.getByRole('button', { name: '저장', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => bodies.length).toBe(1);
    expect(bodies[0]).toEqual({ contact: '인천센터 창업지원팀 032-458-5001' });
    expect(await rulesInDatabase()).toEqual(saved);

    // One rule switched off: the others go back as they were.
    await page.getByRole('button', { name: '수정', exact: true }).click();
    await setChecked(dialog.getByRole('switch', { name: /^청년/ }), false);
    await expect.poll(() => dialog.getByTestId('eligibility-preview').getAttribute('data-source')).toBe('draft');
    await dialog.getByRole('button', { name: '저장', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const { founderMaxAge: _dropped, ...rest } = saved;
    expect(await rulesInDatabase()).toEqual(rest);
    await expect.poll(() => stated.count()).toBe(5);
    await context.close();
  }, 120_000);
});
