import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shot } from './server.ts';
import { signIn, useBrowserFlows } from './flows.ts';

// Browser flow of targets (목표): the 인천 manager sets one on the home view and sees its
// progress, forecast and status as the API counts them; changes it; deletes it.
const flows = useBrowserFlows();

const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric' }).format(new Date());
const TITLE = `${year}년 창업기업 지원 목표`;
const PAST = '2016년 지원 기업 10만 개사';

type ApiTarget = { id: string; title: string; progress: { current: number; forecast: number | null; percent: number; status: string } };

async function typeDate(dialog: Locator, label: string, value: string) {
  const input = dialog.getByRole('textbox', { name: new RegExp(`^${label}`) });
  await input.fill(value);
  await input.press('Tab');
}

/** The targets of 인천 as the API gives them, fetched with the page's session. */
async function apiTargets(page: Page): Promise<ApiTarget[]> {
  return page.evaluate(async () => ((await (await fetch('/api/v1/targets?centerId=incheon')).json()) as { items: ApiTarget[] }).items);
}

const n = (v: number) => v.toLocaleString('ko-KR');
const statusKo: Record<string, string> = { met: '달성', on_track: '순항', at_risk: '위험', missed: '미달성' };

describe('targets', () => {
  it('the 인천 manager sets a target on the home view and sees its progress, forecast and status; edits and deletes one', async () => {
    const { context, page } = await flows.newPage();
    await page.goto(flows.baseUrl);
    await signIn(page, 'incheon.manager@innohub.kr');
    const card = page.getByTestId('targets-card');
    await card.waitFor();
    await card.getByRole('button', { name: '목표 추가' }).click();
    const dialog = page.getByRole('dialog');

    // What the server would refuse is said on the fields, in Korean, before a round trip.
    await dialog.getByRole('textbox', { name: /^목표 이름/ }).fill('');
    await dialog.getByRole('button', { name: '저장' }).click();
    await expect.poll(() => dialog.getByText('필수 항목입니다.').count()).toBe(2);
    await dialog.getByRole('textbox', { name: /^목표 이름/ }).fill(TITLE);
    await dialog.getByRole('combobox', { name: /^기업 구분/ }).click({ force: true });
    await page.getByRole('option', { name: '창업기업', exact: true }).click();
    await page.keyboard.press('Escape');
    await typeDate(dialog, '시작일', `${year}-01-01`);
    await typeDate(dialog, '기한', `${year}-01-01`);
    await dialog.getByRole('textbox', { name: /^목표값/ }).fill('30');
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.getByText('기한은 시작일보다 뒤여야 합니다.').waitFor();
    await typeDate(dialog, '기한', `${year}-12-31`);
    // A limit only the server knows comes back on its field.
    await dialog.getByRole('textbox', { name: /^목표값/ }).fill('2000000000000000');
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.getByText('1000000000000000 이하여야 합니다.').waitFor();
    await dialog.getByRole('textbox', { name: /^목표값/ }).fill('30');
    await page.screenshot({ path: shot('60-target-create') });
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The card shows what the API counts: current against the target, the forecast, the status.
    const row = card.getByTestId('target-row').filter({ hasText: TITLE });
    await row.waitFor();
    const created = (await apiTargets(page)).find((t) => t.title === TITLE)!;
    expect(await row.getByTestId('target-counts').textContent()).toBe('지원 기업 수 · 창업기업');
    expect(await row.getByTestId('target-current').textContent()).toBe(`${n(created.progress.current)}개사 / 목표 30개사 (${n(created.progress.percent)}%)`);
    if (created.progress.forecast !== null) expect(await row.getByTestId('target-forecast').textContent()).toBe(`예상치 ${n(created.progress.forecast)}개사`);
    expect(await row.getByTestId('target-status').textContent()).toBe(statusKo[created.progress.status]);
    expect(await row.getByTestId('target-deadline').textContent()).toMatch(new RegExp(`^기한 ${year}년 12월 31일 · (D-\\d+|D-day)$`));
    await row.getByTestId('target-elapsed-marker').waitFor();
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('61-target-card'), fullPage: true });

    // A target whose deadline has passed far short of it is missed; lowered to what was done, met.
    await card.getByRole('button', { name: '목표 추가' }).click();
    await dialog.getByRole('textbox', { name: /^목표 이름/ }).fill(PAST);
    await typeDate(dialog, '시작일', '2016-01-01');
    await typeDate(dialog, '기한', '2016-12-31');
    await dialog.getByRole('textbox', { name: /^목표값/ }).fill('100000');
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.waitFor({ state: 'detached' });
    const past = card.getByTestId('target-row').filter({ hasText: PAST });
    await expect.poll(() => past.getByTestId('target-status').textContent()).toBe('미달성');
    expect(await past.getByTestId('target-deadline').textContent()).toBe('기한 2016년 12월 31일 · 기한 지남');
    const counted = (await apiTargets(page)).find((t) => t.title === PAST)!.progress.current;
    expect(counted).toBeGreaterThan(0);
    await past.getByRole('button', { name: `${PAST} 수정` }).click();
    await dialog.getByRole('textbox', { name: /^목표 이름/ }).fill('2016년 지원 기업');
    await dialog.getByRole('textbox', { name: /^목표값/ }).fill(String(counted));
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.waitFor({ state: 'detached' });
    const edited = card.getByTestId('target-row').filter({ hasText: '2016년 지원 기업' });
    await expect.poll(() => edited.getByTestId('target-status').textContent()).toBe('달성');
    expect(await edited.getByTestId('target-current').textContent()).toBe(`${n(counted)}개사 / 목표 ${n(counted)}개사 (100%)`);
    await page.screenshot({ path: shot('62-target-statuses'), fullPage: true });

    // Deleted after asking.
    await edited.getByRole('button', { name: '2016년 지원 기업 삭제' }).click();
    await dialog.getByText('"2016년 지원 기업" 목표를 삭제할까요?', { exact: false }).waitFor();
    await dialog.getByTestId('target-delete-confirm').click();
    await expect.poll(() => card.getByTestId('target-row').count()).toBe(1);
    await context.close();
  }, 120_000);
});
