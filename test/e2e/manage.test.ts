import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { brn, organization, user } from '../factories.ts';
import { DEMO_PASSWORD } from './fixtures.ts';
import { shot } from './server.ts';
import { signIn, useBrowserFlows } from './flows.ts';

// Browser flows of the screens staff use to manage data: import, support corrections, the
// outbox, affiliations and the own password.
let adminToken: string;
let managerToken: string;
const flows = useBrowserFlows(async (server) => {
  adminToken = (await user(server.deps, 'national_admin')).token;
  managerToken = (await user(server.deps, 'center_manager', { centerId: 'incheon' })).token;
});
const newPage = () => flows.newPage();

async function signOut(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: '로그아웃' }).click();
  await page.getByText('로그아웃했습니다.').waitFor();
}

async function api(method: string, path: string, token: string, body?: unknown) {
  const response = await fetch(`${flows.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

/** A valid BRN no organization has yet. */
async function freshBrn(): Promise<string> {
  for (;;) {
    const candidate = brn();
    const [row] = await flows.server.deps.database.rows<{ n: number }>(sql`select count(*)::int as n from organizations where brn = ${candidate}`);
    if (row?.n === 0) return candidate;
  }
}

const csv = (lines: string[]) => ({ mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8') });

describe('managing data', () => {
  it('import: a file without the required columns, a preview with a Korean row error, the fixed file imported and found in the list', async () => {
    const good = await freshBrn();
    const fixed = await freshBrn();
    const bad = `${fixed.slice(0, 9)}${(Number(fixed[9]) + 1) % 10}`;
    const { context, page } = await newPage();
    await page.goto(`${flows.baseUrl}/organizations`);
    await signIn(page, 'incheon.manager@innohub.kr');
    await page.getByRole('link', { name: '가져오기' }).click();
    await page.waitForURL(/\/organizations\/import/);

    // The file starts from the template the page offers: the Korean header row.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV 양식 내려받기' }).click()]);
    const header = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim();
    expect(header).toBe('기업명,사업자등록번호,기업구분,지역,설립일,업종,기업소개,성장단계,대표자,주요제품,보유기술,홈페이지,이메일,전화번호');
    const rows = (third: string) => [
      header,
      `이투이가져오기로봇,${good},창업기업,인천,2020-03-01,,항만 물류 로봇,시제품,,,,,,`,
      `이투이가져오기바이오,${third},중소기업,인천,2019.5.2,,해양 바이오 소재,,,,,,,`,
    ];
    // The active scope's center is the default target.
    await expect(page.getByRole('combobox', { name: /^소속으로 추가할 곳/ }).inputValue()).resolves.toBe('인천센터');
    const fileInput = page.locator('input[type=file]');

    await fileInput.setInputFiles({ name: 'wrong.csv', ...csv(['회사,번호', '무엇,1']) });
    await page.getByTestId('import-file-error').getByText('필수 열이 없습니다').waitFor();

    await fileInput.setInputFiles({ name: 'orgs.csv', ...csv(rows(bad)) });
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    await expect.poll(() => page.getByTestId('import-error-count').textContent()).toBe('1');
    expect(await page.getByTestId('import-create-count').textContent()).toBe('1');
    const badRow = page.getByTestId('import-row').filter({ hasText: '이투이가져오기바이오' });
    expect(await badRow.textContent()).toContain('사업자등록번호');
    await badRow.getByText('검증번호(마지막 자리)가 맞지 않습니다').waitFor();
    expect(await page.getByTestId('import-row').first().textContent()).toMatch(/^2이투이가져오기로봇/);
    await expect(page.getByRole('button', { name: '가져오기' }).isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: shot('10-import-preview-errors'), fullPage: true });

    await fileInput.setInputFiles({ name: 'orgs-fixed.csv', ...csv(rows(fixed)) });
    await expect.poll(() => page.getByTestId('import-error-count').textContent()).toBe('0');
    expect(await page.getByTestId('import-create-count').textContent()).toBe('2');
    await page.getByRole('button', { name: '가져오기' }).click();
    await page.getByTestId('import-done').getByText('새로 등록 2곳').waitFor();
    await page.screenshot({ path: shot('11-import-done'), fullPage: true });

    await page.getByRole('link', { name: '가져온 목록 보기' }).click();
    await page.waitForURL(/centerId=incheon/);
    await page.getByLabel('기업·기관 검색').fill('이투이가져오기바이오');
    await page.getByLabel('기업·기관 검색').press('Enter');
    const found = page.getByTestId('organization-row').filter({ hasText: '이투이가져오기바이오' });
    await found.waitFor();
    expect(await found.textContent()).toContain('인천센터');

    // The import screen in English: the column names stay in both languages.
    await page.getByRole('banner').getByText('English', { exact: true }).click();
    await page.goto(`${flows.baseUrl}/organizations/import`);
    await page.getByRole('heading', { name: 'Import organizations' }).waitFor();
    await page.getByTestId('import-columns').getByText('사업자등록번호').waitFor();
    await page.screenshot({ path: shot('11b-import-english') });
    await context.close();
  }, 60_000);

  it('support record: corrected from the timeline, a conflicting edit explained and reloaded, deleted after confirming, corrected from the ledger', async () => {
    const org = await organization(flows.server.deps, { name: '이투이지원수정테스트', centers: ['incheon'] });
    for (const [kind, program] of [
      ['consulting', '수출 컨설팅'],
      ['mentoring', '창업 멘토링'],
    ]) {
      await api('POST', '/api/v1/support-records', managerToken, { organizationId: org.id, centerId: 'incheon', kind, startedOn: '2025-03-02', program });
    }

    const { context, page } = await newPage();
    await page.goto(`${flows.baseUrl}/organizations/${org.id}`);
    await signIn(page, 'incheon.manager@innohub.kr');
    const entries = page.getByTestId('support-entry');
    await expect.poll(() => entries.count()).toBe(2);
    await page.screenshot({ path: shot('12a-support-timeline'), fullPage: true });

    const consulting = entries.filter({ hasText: '수출 컨설팅' });
    await consulting.getByRole('button', { name: '지원 기록 수정' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('사업·프로그램').inputValue()).resolves.toBe('수출 컨설팅');
    await dialog.getByLabel('사업·프로그램').fill('수출 바우처 컨설팅');
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.waitFor({ state: 'detached' });
    await entries.filter({ hasText: '수출 바우처 컨설팅' }).waitFor();

    // Someone else saves the same record first.
    await entries.filter({ hasText: '수출 바우처 컨설팅' }).getByRole('button', { name: '지원 기록 수정' }).click();
    await dialog.getByLabel('사업·프로그램').fill('해외 바우처 컨설팅');
    await flows.server.deps.database.rows(sql`update support_records set version = version + 1, program = '다른 사람이 고친 컨설팅' where organization_id = ${org.id}::uuid and kind = 'consulting'`);
    await dialog.getByRole('button', { name: '저장' }).click();
    await page.getByTestId('support-conflict').waitFor();
    await page.screenshot({ path: shot('12-support-conflict') });
    await page.getByRole('button', { name: '최신 내용 불러오기' }).click();
    await page.getByTestId('support-conflict').waitFor({ state: 'detached' });
    await expect(dialog.getByLabel('사업·프로그램').inputValue()).resolves.toBe('다른 사람이 고친 컨설팅');
    await dialog.getByLabel('사업·프로그램').fill('해외 바우처 컨설팅');
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.waitFor({ state: 'detached' });
    await entries.filter({ hasText: '해외 바우처 컨설팅' }).waitFor();

    await entries.filter({ hasText: '창업 멘토링' }).getByRole('button', { name: '지원 기록 수정' }).click();
    await dialog.getByRole('button', { name: '삭제' }).click();
    const confirm = page.getByTestId('support-delete-confirm');
    await confirm.waitFor();
    await page.screenshot({ path: shot('13-support-delete-confirm') });
    await confirm.getByRole('button', { name: '삭제' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => entries.count()).toBe(1);

    // The ledger offers the same dialog.
    await page.getByRole('link', { name: '지원 이력', exact: true }).click();
    await page.getByTestId('support-table').waitFor();
    await page.getByRole('textbox', { name: '검색' }).fill('이투이지원수정테스트');
    await page.getByRole('textbox', { name: '검색' }).press('Enter');
    const row = page.getByTestId('support-row').filter({ hasText: '이투이지원수정테스트' });
    await page.waitForURL(/q=/);
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole('button', { name: '지원 기록 수정' }).click();
    await dialog.getByLabel('지원 금액').fill('5000000');
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText('500만 원').waitFor();
    await page.screenshot({ path: shot('14-support-ledger-edit') });
    await context.close();
  }, 60_000);

  it('outbox and affiliation (national admin), then the new person changes their password', async () => {
    const email = 'e2e.new.admin@test.innohub';
    const firstPassword = 'first-pass-2026';
    const newPassword = 'second-pass-2026!';
    await api('POST', '/api/v1/people', adminToken, { email, name: '김새봄', password: firstPassword, memberships: [{ role: 'center_admin', centerId: 'incheon' }] });
    const org = await organization(flows.server.deps, { name: '이투이소속추가테스트', centers: ['incheon'] });

    const { context, page } = await newPage();
    await page.goto(flows.baseUrl);
    await signIn(page, 'admin@innohub.kr');
    await page.getByRole('link', { name: '보낸 메일' }).click();
    const mail = page.getByTestId('outbox-row').filter({ hasText: email });
    await mail.waitFor();
    expect(await mail.textContent()).toContain('김새봄');
    expect(await mail.getByTestId('outbox-status').textContent()).toBe('보관');
    await page.getByTestId('outbox-notice').waitFor();
    await mail.getByRole('button', { name: '본문 보기' }).click();
    const body = page.getByTestId('outbox-body');
    await body.waitFor();
    expect(await body.textContent()).toContain(`아이디: ${email}`);
    await page.screenshot({ path: shot('15-outbox') });

    await page.goto(`${flows.baseUrl}/organizations/${org.id}`);
    await page.getByTestId('affiliations').getByRole('button', { name: '소속 추가' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: /^센터/ }).click();
    await page.getByRole('option', { name: '부산센터' }).click();
    await dialog.getByRole('combobox', { name: /^소속 유형/ }).click();
    await page.getByRole('option', { name: '협력' }).click();
    await dialog.getByLabel('메모').fill('부산 항만 실증 협력');
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.waitFor({ state: 'detached' });
    const busan = page.getByTestId('affiliations').getByText('부산센터');
    await busan.waitFor();
    await page.getByTestId('affiliations').getByText('부산 항만 실증 협력').waitFor();
    await signOut(page);

    // The new center admin signs in with the password from the welcome, changes it, and only the new one works.
    await signIn(page, email, firstPassword);
    await page.getByRole('link', { name: '보낸 메일' }).click();
    await page.getByTestId('outbox-row').filter({ hasText: email }).waitFor();
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '비밀번호 변경' }).click();
    await page.waitForURL(/\/account/);
    await page.getByLabel('현재 비밀번호').fill(firstPassword);
    await page.getByLabel(/^새 비밀번호\s*\*?$/).fill(newPassword);
    await page.getByLabel('새 비밀번호 확인').fill(newPassword);
    await page.getByRole('button', { name: '비밀번호 변경' }).click();
    await page.getByText('비밀번호를 바꿨습니다.').waitFor();
    await page.screenshot({ path: shot('16-password-changed') });
    await signOut(page);

    await page.getByLabel('이메일').fill(email);
    await page.getByLabel('비밀번호').fill(firstPassword);
    await page.getByRole('button', { name: '로그인' }).click();
    await page.getByText('이메일 또는 비밀번호가 올바르지 않습니다.').waitFor();
    await signIn(page, email, newPassword);
    expect(await page.getByTestId('user-menu').textContent()).toContain('김새봄');
    await context.close();
  }, 60_000);
});
