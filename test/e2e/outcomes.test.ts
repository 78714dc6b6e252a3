import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { user } from '../factories.ts';
import { shot } from './server.ts';
import { signIn, useBrowserFlows, setChecked } from './flows.ts';

// Browser flows of outcomes (성과): a founder reports a figure and attaches its evidence, the Incheon
// manager reads the evidence and verifies it in the queue with another, and staff import figures
// from a file with a row-level preview.
type Org = { id: string; name: string; brn: string };
let founderOrg: Org;
let others: Org[];
/** A quarter the founder has no revenue for yet (the demo's figures are years and months). */
let quarter: string;

const flows = useBrowserFlows(async (server, baseUrl) => {
  const db = server.deps.database;
  const [founder] = await db.rows<Org>(sql`select o.id, o.name, o.brn from organizations o
    join memberships m on m.organization_id = o.id join people p on p.id = m.person_id
    where p.email = 'founder@innohub.kr' limit 1`);
  if (!founder) throw new Error('the demo founder has no organization');
  founderOrg = founder;
  // Other companies the Incheon center works with: one figure to verify with the founder's, two to import.
  others = await db.rows<Org>(sql`select o.id, o.name, o.brn from organizations o
    where o.brn is not null and o.id <> ${founderOrg.id}::uuid and o.kind = 'startup'
      and exists (select 1 from affiliations a where a.organization_id = o.id and a.center_id = 'incheon')
    order by o.name limit 3`);
  const taken = new Set(
    (await db.rows<{ period: string }>(sql`select period from outcome_records where organization_id = ${founderOrg.id}::uuid and metric = 'revenue'`)).map((r) => r.period),
  );
  quarter = ['2026-Q2', '2026-Q1', '2025-Q4', '2025-Q3'].find((q) => !taken.has(q))!;
  const managerToken = (await user(server.deps, 'center_manager', { centerId: 'incheon' })).token;
  const response = await fetch(`${baseUrl}/api/v1/organizations/${others[0]!.id}/outcomes`, {
    method: 'POST',
    headers: { authorization: `Bearer ${managerToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ metric: 'certifications', period: '2025-Q2', value: 2 }),
  });
  if (!response.ok) throw new Error(`outcome fixture: ${response.status} ${await response.text()}`);
});

// The server's clock is the real one: next year has not begun.
const nextYear = String(new Date().getFullYear() + 1);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const csv = (lines: string[]) => ({ name: 'outcomes.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8') });

const founderRevenueRow = (page: Page) => page.locator(`[data-testid="outcome-row"][data-metric="revenue"][data-period="${quarter}"]`);
const quarterText = () => `${quarter.slice(0, 4)}년 ${quarter.slice(-1)}분기`;

describe('outcomes', () => {
  it('a founder reports revenue (a future period refused on its field) and attaches a PDF, the manager downloads it and verifies the figure with another in bulk, the founder sees 확인됨', async () => {
    const { context, page } = await flows.newPage();
    await page.goto(`${flows.baseUrl}/organizations/${founderOrg.id}`);
    await signIn(page, 'founder@innohub.kr');
    const card = page.getByTestId('outcomes-card');
    await card.getByRole('button', { name: '성과 보고' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: /^지표/ }).click();
    await page.getByRole('option', { name: '매출액', exact: true }).click();
    await dialog.getByRole('textbox', { name: /^보고 기간/ }).fill(nextYear);
    await dialog.getByRole('textbox', { name: /^값/ }).fill('1250000000');
    await dialog.getByText('12억 5,000만 원').waitFor();
    await dialog.getByRole('button', { name: '보고하기' }).click();
    await dialog.getByText(`아직 시작하지 않은 기간(${nextYear})의 성과는 입력할 수 없습니다.`).waitFor();
    await expect(dialog.getByRole('textbox', { name: /^보고 기간/ }).getAttribute('aria-invalid')).resolves.toBe('true');
    await page.screenshot({ path: shot('40-outcome-future-period') });

    await dialog.getByRole('textbox', { name: /^보고 기간/ }).fill(quarter);
    await dialog.getByText(`${quarterText()} 성과로 입력합니다.`).waitFor();
    await dialog.getByRole('button', { name: '보고하기' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = founderRevenueRow(page);
    await row.waitFor();
    expect(await row.getByTestId('outcome-value').textContent()).toBe('12억 5,000만 원');
    expect(await row.getByTestId('outcome-status').textContent()).toBe('검증 대기');
    await page.screenshot({ path: shot('41-outcomes-card'), fullPage: true });

    // The evidence behind it: a file that only claims to be a PDF is refused in the server's words, the PDF is listed.
    await row.getByRole('button', { name: '증빙 파일' }).click();
    const drawer = page.getByRole('dialog');
    const evidenceInput = drawer.getByTestId('outcome-evidence-input');
    await evidenceInput.setInputFiles([
      { name: '가짜.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00 not a pdf') },
      { name: `${quarter}_매출증빙.pdf`, mimeType: 'application/pdf', buffer: PDF },
    ]);
    const evidence = drawer.getByTestId('outcome-evidence-item');
    await evidence.waitFor();
    expect(await evidence.textContent()).toContain(`${quarter}_매출증빙.pdf`);
    expect(await drawer.getByTestId('outcome-evidence-error').textContent()).toMatch(/^가짜\.pdf · .*[가-힣]/);
    expect(await drawer.getByTestId('outcome-evidence-count').textContent()).toBe('1');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    // The list says the figure has a file now.
    await row.getByRole('button', { name: '증빙 파일 1개' }).waitFor();

    // The Incheon manager verifies it together with another company's figure.
    const staff = await flows.newPage();
    const queuePage = staff.page;
    await queuePage.goto(`${flows.baseUrl}/`);
    await signIn(queuePage, 'incheon.manager@innohub.kr');
    await queuePage.getByRole('link', { name: '성과 검증' }).click();
    await queuePage.waitForURL(/\/outcomes/);
    const queue = queuePage.getByTestId('outcome-queue-row');
    const founderRow = queue.filter({ hasText: founderOrg.name }).filter({ hasText: '매출액' }).filter({ hasText: quarterText() });
    const otherRow = queue.filter({ hasText: others[0]!.name }).filter({ hasText: '인증 취득' });
    await founderRow.waitFor();
    expect(await founderRow.textContent()).toContain('1,250,000,000원');
    expect(await founderRow.textContent()).toContain('기업 보고');
    // The manager reads the evidence before verifying: listed with who attached it, and it downloads whole.
    await founderRow.getByRole('button', { name: '증빙 파일 1개' }).click();
    const staffDrawer = queuePage.getByRole('dialog');
    const file = staffDrawer.getByTestId('outcome-evidence-item');
    await file.waitFor();
    expect(await file.textContent()).toContain(`${quarter}_매출증빙.pdf`);
    const [download] = await Promise.all([queuePage.waitForEvent('download'), file.getByRole('link').click()]);
    expect(await download.failure()).toBeNull();
    expect(download.suggestedFilename()).toBe(`${quarter}_매출증빙.pdf`);
    expect(fs.readFileSync((await download.path())!).equals(PDF)).toBe(true);
    await queuePage.keyboard.press('Escape');
    await staffDrawer.waitFor({ state: 'detached' });
    await setChecked(founderRow.getByRole('checkbox'));
    await setChecked(otherRow.getByRole('checkbox'));
    const bulk = queuePage.getByTestId('outcome-bulk');
    await expect.poll(() => bulk.getByTestId('outcome-selected-count').textContent()).toBe('2건 선택');
    await queuePage.screenshot({ path: shot('42-outcome-queue-selected'), fullPage: true });
    await bulk.getByRole('button', { name: '확인', exact: true }).click();
    await queuePage.getByText('2건을 확인했습니다.').waitFor();
    await founderRow.waitFor({ state: 'detached' });
    await otherRow.waitFor({ state: 'detached' });

    await page.reload();
    await expect.poll(async () => founderRevenueRow(page).getByTestId('outcome-status').textContent()).toBe('확인됨');
    // The history tells who entered and who verified it.
    await founderRevenueRow(page).getByRole('button', { name: '변경 이력' }).click();
    const entries = page.getByTestId('outcome-history-entry');
    await expect.poll(() => entries.count()).toBe(2);
    expect(await entries.nth(1).textContent()).toMatch(/^확인확인됨/);
    // The evidence stays, and the company may no longer remove it.
    await page.getByTestId('outcome-evidence-item').waitFor();
    expect(await page.getByTestId('outcome-evidence-item').getByRole('button').count()).toBe(0);
    await page.screenshot({ path: shot('43-outcome-history') });
    await staff.context.close();
    await context.close();
  }, 60_000);

  it('import: an outcomes file with a bad row is previewed and not importable, the fixed file imports', async () => {
    const [, a, b] = others as [Org, Org, Org];
    const { context, page } = await flows.newPage();
    await page.goto(`${flows.baseUrl}/`);
    await signIn(page, 'incheon.manager@innohub.kr');
    await page.getByRole('link', { name: '일괄 등록' }).click();
    await page.waitForURL(/\/imports/);
    await page.getByTestId('import-kind').getByText('성과', { exact: true }).click();
    await page.getByTestId('import-columns').getByText('사업자등록번호').waitFor();
    await page.getByTestId('import-columns').getByText('period', { exact: true }).waitFor();

    const lines = (period: string) => ['사업자등록번호,기간,지표,값,비고', `${a.brn},2025-Q4,해외법인,1,베트남 법인`, `${b.brn},${period},인증,3,ISO 9001 외`];
    const fileInput = page.locator('input[type=file]');
    await fileInput.setInputFiles(csv(lines(nextYear)));
    await page.getByTestId('import-preview').waitFor();
    await expect.poll(() => page.getByTestId('import-error-count').textContent()).toBe('1');
    expect(await page.getByTestId('import-create-count').textContent()).toBe('1');
    const bad = page.getByTestId('import-row').filter({ hasText: b.name });
    expect(await bad.getAttribute('data-action')).toBe('error');
    expect(await bad.getByTestId('import-row-error').textContent()).toBe(`기간 · 아직 시작하지 않은 기간(${nextYear})의 성과는 입력할 수 없습니다.`);
    await expect(page.getByRole('button', { name: '가져오기', exact: true }).isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: shot('44-outcome-import-errors'), fullPage: true });

    await fileInput.setInputFiles(csv(lines('2025-Q3')));
    await expect.poll(() => page.getByTestId('import-error-count').textContent()).toBe('0');
    expect(await page.getByTestId('import-create-count').textContent()).toBe('2');
    await page.getByRole('button', { name: '가져오기', exact: true }).click();
    await page.getByTestId('import-done').getByText('새로 입력 2건, 값 수정 0건, 이미 있어 건너뜀 0건.', { exact: false }).waitFor();
    await page.screenshot({ path: shot('45-outcome-import-done'), fullPage: true });

    // The imported figures wait for verification.
    await page.getByRole('link', { name: '성과 검증으로 가기' }).click();
    const imported = page.getByTestId('outcome-queue-row').filter({ hasText: '파일 가져오기' });
    await imported.filter({ hasText: a.name }).filter({ hasText: '해외 법인 설립' }).waitFor();
    expect(await imported.filter({ hasText: b.name }).filter({ hasText: '인증 취득' }).getByTestId('outcome-value').textContent()).toBe('3건');
    await context.close();
  }, 60_000);
});
