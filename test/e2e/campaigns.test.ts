import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { founderOrganization } from '../../src/features/demo/demo.fixed.ts';
import { shot } from './server.ts';
import { signIn, useBrowserFlows } from './flows.ts';

// Browser flow of 성과 조사: the 인천 manager asks two 인천 companies (the demo founder's among
// them) for last year's figures; the founder finds the request on the home page with its D-day
// and answers it in the form, with thousands separators; the manager sees it submitted and the
// other company still 미제출.
const flows = useBrowserFlows();

const lastYear = () => String(Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Seoul', year: 'numeric' }).format(new Date())) - 1);

/** A company of 인천 (an affiliation) other than the founder's, with a plain name to search for. */
async function otherIncheonCompany(): Promise<string> {
  const [row] = await flows.server.deps.database.rows<{ name: string }>(sql`
    select o.name from organizations o join affiliations a on a.organization_id = o.id
    where a.center_id = 'incheon' and o.kind = 'startup' and o.name <> ${founderOrganization.name} and o.name ~ '^[가-힣]{3,}$'
    order by o.name limit 1`);
  return row!.name;
}

async function pick(page: import('playwright-core').Page, name: string) {
  const input = page.getByTestId('campaign-companies');
  await input.click();
  await input.fill(name);
  await page.getByRole('option', { name, exact: true }).click();
}

describe('collection campaigns', () => {
  it('the manager asks two companies, the founder answers from the home page, the manager sees it submitted', async () => {
    const other = await otherIncheonCompany();
    const title = `${lastYear()}년 연간 성과 조사`;

    // The manager: 성과 조사 → 새 성과 조사 for the founder's company and another.
    const manager = await flows.newPage();
    await manager.page.goto(flows.baseUrl);
    await signIn(manager.page, 'incheon.manager@innohub.kr');
    await manager.page.getByRole('link', { name: '성과 조사', exact: true }).click();
    await manager.page.waitForURL(/\/campaigns$/);
    await manager.page.getByTestId('campaign-create').click();
    const dialog = manager.page.getByRole('dialog');
    await dialog.getByTestId('campaign-title').fill(title);
    expect(await dialog.getByTestId('campaign-period').inputValue()).toBe(`${lastYear()}년`);
    await pick(manager.page, founderOrganization.name);
    await pick(manager.page, other);
    await dialog.getByLabel('안내').fill('매출액은 부가세 제외 금액, 종업원 수는 연말 4대 보험 가입자 기준으로 입력해 주세요.');
    await manager.page.screenshot({ path: shot('80-campaign-create') });
    await dialog.getByTestId('campaign-send').click();
    await manager.page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
    const campaignUrl = manager.page.url();
    const rows = manager.page.getByTestId('campaign-request');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.getByTestId('campaign-request-status').allTextContents()).toEqual(['미제출', '미제출']);

    // The founder: the request on the home page, D-14, answered in the form.
    const founder = await flows.newPage();
    await founder.page.goto(flows.baseUrl);
    await signIn(founder.page, 'founder@innohub.kr');
    const card = founder.page.getByTestId('outcome-requests');
    const request = card.getByTestId('outcome-request').filter({ hasText: title });
    await request.waitFor();
    expect(await request.getByTestId('due-badge').textContent()).toBe('D-14');
    await founder.page.screenshot({ path: shot('81-campaign-home'), fullPage: true });
    await request.getByTestId('outcome-request-answer').click();
    const form = founder.page.getByRole('dialog');
    await form.getByText('매출액은 부가세 제외 금액').waitFor();
    const revenue = form.getByTestId('answer-revenue');
    await founder.page.screenshot({ path: shot('82-campaign-answer-open') });
    await revenue.fill('');
    await form.getByTestId('answer-submit').click();
    await form.getByText('필수 항목입니다.').first().waitFor();
    await revenue.fill('1250000000');
    expect(await revenue.inputValue()).toBe('1,250,000,000');
    await form.getByText('12억 5,000만 원').waitFor();
    await form.getByTestId('answer-employees').fill('23');
    await form.getByTestId('answer-newHires').fill('6');
    await founder.page.screenshot({ path: shot('82-campaign-answer-filled') });
    await form.getByTestId('answer-submit').click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => request.getByTestId('due-badge').textContent()).toBe('제출 완료');
    await founder.page.screenshot({ path: shot('83-campaign-answered'), fullPage: true });

    // Answering again: the form is prefilled with what was sent.
    await request.getByTestId('outcome-request-answer').click();
    expect(await founder.page.getByRole('dialog').getByTestId('answer-revenue').inputValue()).toBe('1,250,000,000');
    await founder.page.keyboard.press('Escape');
    await founder.context.close();

    // The manager: the founder's company submitted with its figures, the other still 미제출.
    await manager.page.goto(campaignUrl);
    const submitted = rows.filter({ hasText: founderOrganization.name });
    await expect.poll(() => submitted.getByTestId('campaign-request-status').textContent()).toBe('제출 완료');
    expect(await submitted.textContent()).toContain('12억 5,000만 원');
    expect(await submitted.textContent()).toContain('23명');
    expect(await manager.page.getByTestId('campaign-progress').first().textContent()).toContain('제출 1 / 2곳');
    await manager.page.screenshot({ path: shot('84-campaign-detail'), fullPage: true });
    await manager.page.getByTestId('campaign-filter').getByText('미제출').click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(other);
    await manager.page.getByRole('link', { name: '성과 조사', exact: true }).click();
    await manager.page.getByTestId('campaign-row').filter({ hasText: title }).waitFor();
    await manager.page.screenshot({ path: shot('85-campaign-list'), fullPage: true });
    await manager.context.close();
  }, 180_000);
});
