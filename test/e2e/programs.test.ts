import { sql } from 'drizzle-orm';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { organization } from '../factories.ts';
import { shot } from './server.ts';
import { signIn, useBrowserFlows } from './flows.ts';

// Browser flows of programs (사업): a center manager creates, finds, runs and edits one; another
// center's manager reads it without the means to change it.
let partner: { id: string; name: string };
const flows = useBrowserFlows(async (server) => {
  partner = await organization(server.deps, { name: '이투이사업협력대학교', kind: 'university', region: '인천', centers: ['incheon'] });
});
const newPage = () => flows.newPage();

const PROGRAM = '이투이 스마트물류 액셀러레이팅';
const RENAMED = '이투이 스마트물류 액셀러레이팅 2026';

async function choose(page: Page, scope: Locator, label: RegExp, option: string) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function typeDate(scope: Locator, label: string, value: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.fill(value);
  await input.press('Tab');
}

describe('programs', () => {
  it('a 인천 manager creates a program with a partner and a cohort, finds it by type, edits it (and a stale edit is explained); a 전북 manager only reads it', async () => {
    const { context, page } = await newPage();
    await page.goto(flows.baseUrl);
    await signIn(page, 'incheon.manager@innohub.kr');
    await page.getByRole('link', { name: '사업', exact: true }).click();
    await page.waitForURL(/\/programs$/);
    await page.getByRole('heading', { name: '사업', exact: true }).waitFor();

    await page.getByRole('button', { name: '새 사업' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('combobox', { name: /^센터/ }).inputValue()).resolves.toBe('인천센터');

    // The client checks what the server would refuse, in Korean, on the fields themselves.
    await dialog.getByRole('button', { name: '사업 등록' }).click();
    await expect.poll(() => dialog.getByText('필수 항목입니다.').count()).toBe(2);
    await dialog.getByLabel(/^사업명/).fill(PROGRAM);
    await choose(page, dialog, /^사업 유형/, '사업화');
    await dialog.getByLabel('예산').fill('250000000');
    await typeDate(dialog, '시작일', '2026-03-01');
    await typeDate(dialog, '종료일', '2026-02-01');
    await dialog.getByRole('button', { name: '사업 등록' }).click();
    await dialog.getByText('종료일이 시작일보다 앞설 수 없습니다.').waitFor();
    await page.screenshot({ path: shot('20-program-create-errors') });
    await typeDate(dialog, '종료일', '2026-12-31');
    await dialog.getByText('시제품', { exact: true }).click();
    await dialog.getByText('마케팅', { exact: true }).click();

    await dialog.getByRole('combobox', { name: /^협력 기관 찾기/ }).fill('이투이사업협력대학교');
    await page.getByRole('option', { name: partner.name }).click();
    await choose(page, dialog, /^역할/, '대학');
    await dialog.getByRole('button', { name: '추가', exact: true }).click();
    await dialog.getByTestId('partner-input-row').filter({ hasText: partner.name }).waitFor();
    await page.screenshot({ path: shot('21-program-create') });
    await dialog.getByRole('button', { name: '사업 등록' }).click();

    await page.waitForURL(/\/programs\/[0-9a-f-]{36}$/);
    const programUrl = page.url();
    await expect.poll(() => page.getByTestId('program-name').textContent()).toBe(PROGRAM);
    const details = page.getByTestId('program-details');
    await details.getByText('2억 5,000만 원').waitFor();
    await details.getByText('2026년 3월 1일 ~ 2026년 12월 31일').waitFor();
    const partnerRow = page.getByTestId('partner-row');
    expect(await partnerRow.textContent()).toBe(`${partner.name}대학`);
    expect(await partnerRow.getByRole('link').getAttribute('href')).toBe(`/organizations/${partner.id}`);

    // A cohort: the server's limit on capacity comes back as a Korean error on that input.
    await page.getByRole('button', { name: '기수 추가' }).click();
    await dialog.getByLabel(/^기수 이름/).fill('2026년 1기');
    await typeDate(dialog, '시작일', '2026-04-01');
    await typeDate(dialog, '종료일', '2026-09-30');
    await dialog.getByLabel(/^모집 인원/).fill('200000');
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.getByText('100000 이하여야 합니다.').waitFor();
    await page.screenshot({ path: shot('22-cohort-server-error') });
    await dialog.getByLabel(/^모집 인원/).fill('20');
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.waitFor({ state: 'detached' });
    const cohort = page.getByTestId('cohort-row').filter({ hasText: '2026년 1기' });
    await cohort.waitFor();
    expect(await cohort.textContent()).toContain('20곳');
    await page.screenshot({ path: shot('23-program-page'), fullPage: true });

    // The list, filtered by type in the URL.
    await page.getByRole('link', { name: '사업', exact: true }).click();
    await choose(page, page.getByRole('search'), /^사업 유형/, '사업화');
    await page.waitForURL(/type=commercialization/);
    const row = page.getByTestId('program-row').filter({ hasText: PROGRAM });
    await row.waitFor();
    expect(await row.textContent()).toContain('인천센터');
    expect(await row.textContent()).toContain('2억 5,000만 원');
    expect(await row.textContent()).toContain('시제품');
    expect(await row.getByTestId('program-partner-count').textContent()).toBe('1');
    expect(await row.getByTestId('program-cohort-count').textContent()).toBe('1');
    await page.screenshot({ path: shot('24-program-list') });
    await choose(page, page.getByRole('search'), /^사업 유형/, '교육');
    await page.waitForURL(/type=education/);
    await expect.poll(() => page.getByTestId('program-row').filter({ hasText: PROGRAM }).count()).toBe(0);
    await page.goto(`${flows.baseUrl}/programs?type=commercialization&year=2026`);
    await row.getByRole('link', { name: PROGRAM }).click();
    await page.waitForURL(programUrl);

    // Edit; someone else saves first, the user is told, loads the latest and saves again.
    await page.getByRole('button', { name: '수정', exact: true }).click();
    await expect(dialog.getByLabel(/^사업명/).inputValue()).resolves.toBe(PROGRAM);
    await dialog.getByLabel('예산').fill('300000000');
    await flows.server.deps.database.rows(sql`update programs set version = version + 1, description = '다른 사람이 쓴 설명' where name = ${PROGRAM}`);
    await dialog.getByRole('button', { name: '저장' }).click();
    await page.getByTestId('program-conflict').waitFor();
    await page.screenshot({ path: shot('25-program-conflict') });
    await dialog.getByRole('button', { name: '최신 내용 불러오기' }).click();
    await page.getByTestId('program-conflict').waitFor({ state: 'detached' });
    await expect(dialog.getByLabel('사업 설명').inputValue()).resolves.toBe('다른 사람이 쓴 설명');
    await dialog.getByLabel(/^사업명/).fill(RENAMED);
    await dialog.getByLabel('예산').fill('300000000');
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('program-name').textContent()).toBe(RENAMED);
    await details.getByText('3억 원').waitFor();
    await details.getByText('다른 사람이 쓴 설명').waitFor();
    await context.close();

    // Another center's manager reads the program in the list and on its page, without edit buttons.
    const other = await newPage();
    await other.page.goto(`${flows.baseUrl}/programs`);
    await signIn(other.page, 'jeonbuk.manager@innohub.kr');
    const seen = other.page.getByTestId('program-row').filter({ hasText: RENAMED });
    await seen.waitFor();
    await seen.getByRole('link', { name: RENAMED }).click();
    await expect.poll(() => other.page.getByTestId('program-name').textContent()).toBe(RENAMED);
    await other.page.getByTestId('partner-row').filter({ hasText: partner.name }).waitFor();
    await other.page.getByTestId('cohort-row').filter({ hasText: '2026년 1기' }).waitFor();
    expect(await other.page.getByRole('button', { name: '수정', exact: true }).count()).toBe(0);
    expect(await other.page.getByRole('button', { name: '기수 추가' }).count()).toBe(0);
    expect(await other.page.getByRole('button', { name: /^2026년 1기 수정$/ }).count()).toBe(0);
    await other.page.screenshot({ path: shot('26-program-read-only'), fullPage: true });
    await other.context.close();
  }, 120_000);
});
