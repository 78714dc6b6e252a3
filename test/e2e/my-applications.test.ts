import { describe, expect, it } from 'vitest';
import { demoCalls } from '../../src/features/demo/demo.programs.ts';
import { shot } from './server.ts';
import { signIn, useBrowserFlows } from './flows.ts';

// Browser flow of 내 신청서: the demo founder finds no application yet and is pointed to the
// calls, starts one on the demo call open around the seeding day, and finds it on 내 신청서 as
// 작성 중, with its deadline counted down, to continue writing it from there.
const flows = useBrowserFlows();

const open = demoCalls.find((c) => c.opensInDays < 0 && c.closesInDays > 0)!;

describe('my applications', () => {
  it('the demo founder starts an application and continues it from 내 신청서', async () => {
    const { context, page } = await flows.newPage();
    await page.goto(flows.baseUrl);
    await signIn(page, 'founder@innohub.kr');

    // Nothing yet: the empty page points to the public call list.
    await page.getByRole('link', { name: '내 신청서', exact: true }).click();
    await page.waitForURL(/\/applications$/);
    const empty = page.getByTestId('my-applications-empty');
    await empty.getByText('아직 신청한 공고가 없습니다.').waitFor();
    await page.screenshot({ path: shot('60-my-applications-empty') });
    await empty.getByRole('link', { name: '모집 공고 보기' }).click();
    await page.waitForURL(/\/calls$/);

    // The open demo call: eligible, so the application starts and is autosaved.
    await page.getByTestId('call-row').filter({ hasText: open.title }).getByRole('link', { name: open.title }).click();
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}$/);
    const callUrl = page.url();
    const card = page.getByTestId('apply-card');
    await expect.poll(() => card.getByTestId('apply-eligibility-summary').textContent()).toBe('신청 자격을 모두 충족합니다.');
    await card.getByRole('button', { name: '신청서 작성하기' }).click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    const applicationUrl = page.url();
    await page.getByLabel(/^기업\(팀\)명/).fill('스마트로지스 드론배송팀');
    await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 10_000 }).toMatch(/^저장됨/);

    // 내 신청서 lists it: the call, the organization, 작성 중, no receipt yet, D-day of the deadline.
    await page.getByRole('link', { name: '내 신청서', exact: true }).click();
    await page.waitForURL(/\/applications$/);
    const row = page.getByTestId('my-application-row').filter({ hasText: open.title });
    await row.waitFor();
    expect(await page.getByTestId('my-application-row').count()).toBe(1);
    expect(await row.getByTestId('my-application-status').textContent()).toBe('작성 중');
    expect(await row.textContent()).toContain('(주)스마트로지스');
    expect(await row.textContent()).toContain('제출 전');
    // Counted from today in Korea to the closing day the seed set (the seeded demo may be from yesterday, Korean time).
    const call = (await (await page.request.get(`${flows.baseUrl}/api/v1/calls/${new URL(callUrl).pathname.split('/').pop()}`)).json()) as { closesAt: string };
    const seoulDay = (d: Date) => Date.parse(`${new Date(d.getTime() + 9 * 3_600_000).toISOString().slice(0, 10)}T00:00:00Z`);
    const daysLeft = Math.round((seoulDay(new Date(call.closesAt)) - seoulDay(new Date())) / 86_400_000);
    expect(daysLeft).toBeGreaterThan(open.closesInDays - 3);
    expect(await row.getByTestId('my-application-deadline').textContent()).toContain(`D-${daysLeft}`);
    expect(await row.getByRole('link', { name: open.title }).getAttribute('href')).toBe(new URL(callUrl).pathname);
    await page.screenshot({ path: shot('61-my-applications'), fullPage: true });

    // 이어서 작성 opens the same application with what was written.
    await row.getByRole('link', { name: '이어서 작성' }).click();
    await page.waitForURL(applicationUrl);
    await expect.poll(() => page.getByLabel(/^기업\(팀\)명/).inputValue()).toBe('스마트로지스 드론배송팀');
    await context.close();
  }, 120_000);

  it('staff without a company membership get no 내 신청서 in the navigation', async () => {
    const { context, page } = await flows.newPage();
    await page.goto(flows.baseUrl);
    await signIn(page, 'incheon.manager@innohub.kr');
    await page.getByRole('link', { name: '공고', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: '내 신청서', exact: true }).count()).toBe(0);
    await context.close();
  });
});
