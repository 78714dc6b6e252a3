import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shot } from './server.ts';
import { signIn, useBrowserFlows, setChecked } from './flows.ts';

// Browser flows of calls (공고): a 인천 manager writes a call of a program as a draft and
// publishes it; a visitor who never signs in finds it only once it is published, by a Korean
// search, and reads its body without any script the author put in.
const flows = useBrowserFlows();
const newPage = () => flows.newPage();

const TITLE = '이투이 해양드론 물류 실증 참여기업 모집';
const BODY = '<h2>지원 내용</h2><p>섬 지역 <strong>드론 배송</strong> 실증 비용 지원</p><script>window.__injected = 1</script><ul><li>인천 소재 물류 스타트업</li></ul>';

/** A Korea wall time `days` from now, as a datetime-local input takes it. */
const seoulInput = (days: number, hour: number) => {
  const day = new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:00`;
};

async function search(page: Page, q: string) {
  await page.getByRole('textbox', { name: '공고 검색' }).fill(q);
  await page.getByRole('button', { name: '검색', exact: true }).click();
  await page.waitForURL(/q=/);
}

describe('calls', () => {
  it('a 인천 manager drafts a call and publishes it; an anonymous visitor finds it only once published, without the script in its body', async () => {
    const { context, page } = await newPage();
    await page.goto(flows.baseUrl);
    await signIn(page, 'incheon.manager@innohub.kr');
    await page.getByRole('link', { name: '사업', exact: true }).click();
    await page.getByRole('link', { name: /^물류벤처 육성프로그램/ }).first().click();
    await page.waitForURL(/\/programs\/[0-9a-f-]{36}$/);
    const card = page.getByTestId('program-calls');
    await card.waitFor();

    await card.getByRole('button', { name: '새 공고' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^공고 제목/).fill(TITLE);
    await dialog.getByLabel(/^접수 시작/).fill(seoulInput(1, 9));
    await dialog.getByLabel(/^접수 마감/).fill(seoulInput(-1, 18));
    await dialog.getByLabel(/^선정 규모/).fill('5');
    await dialog.getByLabel(/^문의처/).fill('인천센터 창업지원팀 032-458-5000');
    await dialog.getByLabel(/^공고 내용/).fill(BODY);
    // A closing time before the opening one: the Korean message on the closing input itself.
    await dialog.getByRole('button', { name: '초안으로 저장' }).click();
    const closes = dialog.getByLabel(/^접수 마감/);
    await dialog.getByText('마감 시각은 접수 시작 시각보다 늦어야 합니다.').waitFor();
    expect(await closes.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await closes.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe('마감 시각은 접수 시작 시각보다 늦어야 합니다.');
    await page.screenshot({ path: shot('30-call-create-error') });

    // Open yesterday, close in ten days: open as soon as it is published.
    await dialog.getByLabel(/^접수 시작/).fill(seoulInput(-1, 9));
    await closes.fill(seoulInput(10, 18));
    await dialog.getByRole('button', { name: '초안으로 저장' }).click();
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}$/);
    const callUrl = page.url();
    await expect.poll(() => page.getByTestId('call-title').textContent()).toBe(TITLE);
    expect(await page.getByTestId('call-status').textContent()).toBe('작성 중');
    await page.getByTestId('call-draft').waitFor();
    // Signed in, the call page keeps the app's frame and its navigation.
    await page.getByRole('link', { name: '공고', exact: true }).waitFor();
    await page.screenshot({ path: shot('31-call-draft'), fullPage: true });

    // A visitor who never signed in: the draft is in neither the list nor its address.
    const visitor = await newPage();
    await visitor.page.goto(flows.baseUrl);
    await visitor.page.waitForURL(/\/sign-in/);
    await visitor.page.getByRole('link', { name: '모집 공고 보기' }).click();
    await visitor.page.waitForURL(/\/calls$/);
    await visitor.page.getByRole('heading', { name: '공고', exact: true }).waitFor();
    await visitor.page.getByTestId('public-sign-in').waitFor();
    await search(visitor.page, '해양드론 실증');
    await expect.poll(() => visitor.page.getByTestId('call-total').textContent()).toMatch(/^공고 \d+건/);
    expect(await visitor.page.getByTestId('call-row').filter({ hasText: TITLE }).count()).toBe(0);
    await visitor.page.goto(callUrl);
    await visitor.page.getByText('찾을 수 없는 페이지이거나 볼 권한이 없습니다.').waitFor();

    // The manager publishes it from the call page; someone else saved first, so the latest is loaded and published.
    await page.getByRole('button', { name: '수정', exact: true }).click();
    await setChecked(dialog.getByRole('switch', { name: '게시' }));
    await flows.server.deps.database.rows(sql`update calls set version = version + 1, contact = '인천센터 창업지원팀 032-458-5001' where title = ${TITLE}`);
    await dialog.getByRole('button', { name: '저장' }).click();
    await page.getByTestId('call-conflict').waitFor();
    await dialog.getByRole('button', { name: '최신 내용 불러오기' }).click();
    await page.getByTestId('call-conflict').waitFor({ state: 'detached' });
    await expect(dialog.getByLabel(/^문의처/).inputValue()).resolves.toBe('인천센터 창업지원팀 032-458-5001');
    expect(await dialog.getByRole('switch', { name: '게시' }).isChecked()).toBe(false);
    await setChecked(dialog.getByRole('switch', { name: '게시' }));
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('call-status').textContent()).toBe('접수 중');
    await page.getByTestId('call-dday').getByText('D-10').waitFor();
    await context.close();

    // Now the visitor finds it by a Korean search and reads it.
    await visitor.page.goto(`${flows.baseUrl}/calls`);
    await search(visitor.page, '해양드론 실증');
    const row = visitor.page.getByTestId('call-row').filter({ hasText: TITLE });
    await row.waitFor();
    expect(await row.textContent()).toContain('인천센터');
    expect(await row.textContent()).toContain('접수 중');
    expect(await row.textContent()).toContain('D-10');
    expect(await row.textContent()).toContain('5곳');
    await visitor.page.screenshot({ path: shot('32-call-list-public') });
    await row.getByRole('link', { name: TITLE }).click();
    await visitor.page.waitForURL(callUrl);
    await expect.poll(() => visitor.page.getByTestId('call-title').textContent()).toBe(TITLE);
    expect(await visitor.page.getByTestId('call-status').textContent()).toBe('접수 중');
    const body = visitor.page.getByTestId('call-body');
    await body.getByRole('heading', { name: '지원 내용' }).waitFor();
    await body.getByText('인천 소재 물류 스타트업').waitFor();
    expect(await body.locator('strong').textContent()).toBe('드론 배송');
    expect(await body.locator('script').count()).toBe(0);
    expect(await visitor.page.content()).not.toContain('__injected');
    expect(await visitor.page.evaluate(() => (globalThis as unknown as { __injected?: number }).__injected)).toBeUndefined();
    const facts = visitor.page.getByTestId('call-facts');
    await facts.getByText('인천센터 창업지원팀 032-458-5001').waitFor();
    await facts.getByText(/^물류벤처 육성프로그램/).waitFor();
    // A visitor reads the program's name but gets no link into the signed-in app.
    expect(await facts.getByRole('link').count()).toBe(0);
    await visitor.page.screenshot({ path: shot('33-call-public'), fullPage: true });

    // A closed call says so plainly.
    await visitor.page.goto(`${flows.baseUrl}/calls?status=closed`);
    await visitor.page.getByTestId('call-row').first().getByRole('link').click();
    await visitor.page.getByText('마감되었습니다').waitFor();
    expect(await visitor.page.getByTestId('call-status').textContent()).toBe('마감');
    await visitor.context.close();
  }, 120_000);
});
