import { sql } from 'drizzle-orm';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shot } from './server.ts';
import { setChecked, signIn, useBrowserFlows } from './flows.ts';

// Browser flow of evaluation rounds (심사 단계): the 인천 manager opens the demo's open 인천 call and
// sets up 서류평가 (three criteria, a 과락, trimmed mean, a criterion tie-break, top 10 with a
// 인천 quota and a 인천 bonus) and 발표평가 (two criteria); a 과락 above its maximum is refused on
// its field before a round trip, and a limit only the server knows comes back on its field; the
// manager renames 발표평가 and deletes it; once 서류평가's scoring has opened, its criteria are
// shown read-only and it can no longer be deleted, while its other settings still save (after a
// version conflict with someone who saved first).
const CALL_TITLE = '스마트 물류 스타트업 액셀러레이팅 참여기업 모집';
let callId = '';

const flows = useBrowserFlows(async (server) => {
  const [call] = await server.deps.database.rows<{ id: string }>(sql`select id from calls where title = ${CALL_TITLE}`);
  callId = call!.id;
});

/** A Korea wall time `days` from now, as a datetime-local input takes it. */
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

async function choose(page: Page, combobox: Locator, option: string) {
  await combobox.click({ force: true });
  await page.getByRole('option', { name: option, exact: true }).click();
}

type Criterion = { title: string; weight: number; maxScore: number; minScore?: number; commentBelow?: number };

async function fillCriteria(dialog: Locator, criteria: Criterion[]) {
  for (const [i, c] of criteria.entries()) {
    const n = i + 1;
    if (i > 0) await dialog.getByRole('button', { name: '평가 항목 추가' }).click();
    await dialog.getByRole('textbox', { name: `항목 ${n} 이름` }).fill(c.title);
    await dialog.getByRole('textbox', { name: `항목 ${n} 배점` }).fill(String(c.weight));
    await dialog.getByRole('textbox', { name: `항목 ${n} 최고 점수` }).fill(String(c.maxScore));
    if (c.minScore !== undefined) await dialog.getByRole('textbox', { name: `항목 ${n} 과락 점수` }).fill(String(c.minScore));
    if (c.commentBelow !== undefined) await dialog.getByRole('textbox', { name: `항목 ${n} 의견 필수 점수` }).fill(String(c.commentBelow));
  }
}

const rowOf = (page: Page, name: string) => page.getByTestId('round-row').filter({ has: page.getByTestId('round-name').getByText(name, { exact: true }) });
const roundNames = (page: Page) => page.getByTestId('round-name').allTextContents();

describe('evaluation rounds', () => {
  it('a 인천 manager sets up 서류평가 and 발표평가 on a call, sees bad values refused on their fields, edits and deletes a round; a round in scoring keeps its criteria and a stale save is caught', async () => {
    const { context, page } = await flows.newPage();
    await page.goto(flows.baseUrl);
    await signIn(page, 'incheon.manager@innohub.kr');
    await page.goto(`${flows.baseUrl}/calls/${callId}`);
    const card = page.getByTestId('call-rounds');
    await card.getByTestId('rounds-empty').waitFor();

    // 서류평가: three criteria adding up to 100, the trimmed mean with the median for fewer than five judges.
    await card.getByRole('button', { name: '단계 추가' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /^단계 이름/ }).fill('서류평가');
    await dialog.getByLabel(/^심사 시작/).fill(seoulInput(20, 9));
    await dialog.getByLabel(/^심사 마감/).fill(seoulInput(27, 18));
    await dialog.getByRole('textbox', { name: /^신청당 심사위원 수/ }).fill('5');
    await setChecked(dialog.getByRole('switch', { name: '블라인드 심사' }));
    await fillCriteria(dialog, [
      { title: '사업성', weight: 40, maxScore: 10 },
      { title: '기술성', weight: 30, maxScore: 10, minScore: 12 },
      { title: '팀 역량', weight: 30, maxScore: 10, commentBelow: 3 },
    ]);
    await expect.poll(() => dialog.getByTestId('weight-sum').textContent()).toBe('배점 합계 (만점) 100점');
    expect(await dialog.getByTestId('few-judges').count()).toBe(0);
    await choose(page, dialog.getByRole('combobox', { name: '집계 방식', exact: true }), '절사평균 (최고·최저 제외)');
    await dialog.getByText('심사위원이 5명 이상이어야 합니다', { exact: false }).first().waitFor();
    await choose(page, dialog.getByRole('combobox', { name: '심사위원이 5명 미만인 신청' }), '중앙값으로 집계');
    await dialog.getByRole('button', { name: '동점 기준 추가' }).click();
    await choose(page, dialog.getByRole('combobox', { name: '동점 기준 1' }), '‘기술성’ 평균 점수가 높은 순');
    await dialog.getByRole('textbox', { name: /^진출 인원/ }).fill('10');
    await dialog.getByRole('textbox', { name: /^예비 순위/ }).fill('2');
    await dialog.getByRole('button', { name: '할당 추가' }).click();
    const quota = dialog.getByTestId('quota-row');
    await quota.getByRole('textbox', { name: /^할당 이름/ }).fill('인천 기업 최소 3곳');
    await quota.getByRole('textbox', { name: /^최소/ }).fill('3');
    await choose(page, quota.getByRole('combobox', { name: /^소재지/ }), '인천');
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: '가점 규칙 추가' }).click();
    const bonus = dialog.getByTestId('bonus-row');
    await bonus.getByRole('textbox', { name: /^가점 이름/ }).fill('인천 소재 기업');
    await bonus.getByRole('textbox', { name: /^가점\s*\*?$/ }).fill('2');
    await choose(page, bonus.getByRole('combobox', { name: /^소재지/ }), '인천');
    await page.keyboard.press('Escape');
    await dialog.getByRole('textbox', { name: /^가점 상한/ }).fill('3');

    // A 과락 above the criterion's maximum: said on that field, in Korean, before a round trip.
    await dialog.getByRole('button', { name: '저장' }).click();
    const minScore = dialog.getByRole('textbox', { name: '항목 2 과락 점수' });
    expect(await errorOf(page, minScore)).toBe('최고 점수(10)보다 클 수 없습니다.');
    await minScore.fill('4');
    // Quotas beyond the places: only the server adds them up; its answer lands on the quotas.
    await quota.getByRole('textbox', { name: /^최소/ }).fill('11');
    await dialog.getByRole('button', { name: '저장' }).click();
    await expect.poll(() => dialog.getByTestId('quotas-error').textContent()).toBe('할당 합계(11)가 진출 인원(10)보다 많습니다.');
    await quota.getByRole('textbox', { name: /^최소/ }).fill('3');
    await page.screenshot({ path: shot('rounds-dialog') });
    await dialog.getByTestId('round-tie-breaks').scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('rounds-dialog-rules') });
    await dialog.getByTestId('round-bonus').scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('rounds-dialog-bonus') });
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.waitFor({ state: 'detached' });

    const document = rowOf(page, '서류평가');
    await document.waitFor();
    expect(await document.getByTestId('round-status').textContent()).toBe('준비');
    expect(await document.getByTestId('round-method').textContent()).toBe('절사평균최고·최저 제외 · 5명 미만은 중앙값으로 집계');
    expect(await document.getByTestId('round-judges').textContent()).toBe('신청당 5명블라인드');
    expect(await document.getByTestId('round-advance').textContent()).toBe('상위 10곳 진출예비 2곳 · 할당 1건');
    expect(await document.getByTestId('round-max-total').textContent()).toBe('100점가점 최대 3점');
    const [saved] = await flows.server.deps.database.rows<Record<string, unknown>>(sql`
      select criteria, tie_breaks as "tieBreaks", quotas, bonus_rules as "bonusRules", method, few_judges as "fewJudges", advance, to_char(scoring_opens_at at time zone 'Asia/Seoul', 'YYYY-MM-DD"T"HH24:MI') as opens
      from evaluation_rounds where call_id = ${callId}::uuid and name = '서류평가'`);
    expect(saved).toMatchObject({
      criteria: [
        { id: 'c1', title: '사업성', weight: 40, maxScore: 10, minScore: null, commentBelow: null },
        { id: 'c2', title: '기술성', weight: 30, maxScore: 10, minScore: 4, commentBelow: null },
        { id: 'c3', title: '팀 역량', weight: 30, maxScore: 10, minScore: null, commentBelow: 3 },
      ],
      tieBreaks: [{ kind: 'criterion', criterionId: 'c2' }],
      quotas: [{ label: '인천 기업 최소 3곳', min: 3, when: { regions: ['인천'] } }],
      bonusRules: [{ label: '인천 소재 기업', points: 2, when: { regions: ['인천'] } }],
      method: 'trimmedMean',
      fewJudges: 'median',
      advance: { kind: 'rank', count: 10 },
      opens: seoulInput(20, 9),
    });

    // 발표평가: two criteria; staff decide who is selected.
    await card.getByRole('button', { name: '단계 추가' }).click();
    await dialog.getByRole('textbox', { name: /^단계 이름/ }).fill('발표평가');
    await dialog.getByLabel(/^심사 시작/).fill(seoulInput(30, 10));
    await dialog.getByLabel(/^심사 마감/).fill(seoulInput(30, 18));
    await fillCriteria(dialog, [
      { title: '발표 전달력', weight: 60, maxScore: 100 },
      { title: '질의응답', weight: 40, maxScore: 100 },
    ]);
    await dialog.getByText('담당자 결정', { exact: true }).click();
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => roundNames(page)).toEqual(['서류평가', '발표평가']);
    const pitch = rowOf(page, '발표평가');
    expect(await pitch.getByTestId('round-position').textContent()).toBe('2단계');
    expect(await pitch.getByTestId('round-advance').textContent()).toBe('담당자가 결정');
    // The page as the manager sees it, once the saved-round notices are gone.
    await expect.poll(() => page.locator('.mantine-Notification-root').count(), { timeout: 10_000 }).toBe(0);
    await card.screenshot({ path: shot('rounds') });
    await page.getByTestId('call-title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('rounds-page'), fullPage: true });

    // A limit only the server knows comes back on its field; then the round is renamed.
    await pitch.getByRole('button', { name: '발표평가 수정' }).click();
    const judges = dialog.getByRole('textbox', { name: /^신청당 심사위원 수/ });
    await judges.fill('30');
    await dialog.getByRole('button', { name: '저장' }).click();
    expect(await errorOf(page, judges)).toBe('20 이하여야 합니다.');
    await judges.fill('7');
    await dialog.getByRole('textbox', { name: /^단계 이름/ }).fill('발표평가 (본선)');
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => roundNames(page)).toEqual(['서류평가', '발표평가 (본선)']);
    expect(await rowOf(page, '발표평가 (본선)').getByTestId('round-judges').textContent()).toBe('신청당 7명');

    // Deleted after a confirmation; 서류평가 stays.
    await rowOf(page, '발표평가 (본선)').getByRole('button', { name: '발표평가 (본선) 삭제' }).click();
    await page.getByRole('dialog', { name: '심사 단계 삭제' }).getByText('‘발표평가 (본선)’ 단계를 삭제할까요?', { exact: false }).waitFor();
    await page.getByTestId('round-delete-confirm').click();
    await expect.poll(() => roundNames(page)).toEqual(['서류평가']);

    // Scoring has opened on 서류평가: its criteria are read-only and it cannot be deleted; other settings still save.
    await flows.server.deps.database.rows(sql`update evaluation_rounds set scoring_opens_at = now() - interval '1 day' where call_id = ${callId}::uuid and name = '서류평가'`);
    await page.reload();
    await expect.poll(() => rowOf(page, '서류평가').getByTestId('round-status').textContent()).toBe('심사 중');
    expect(await rowOf(page, '서류평가').getByRole('button', { name: '서류평가 삭제' }).count()).toBe(0);
    await rowOf(page, '서류평가').getByRole('button', { name: '서류평가 수정' }).click();
    await dialog.getByTestId('rubric-locked').waitFor();
    expect(await dialog.getByRole('textbox', { name: '항목 1 이름' }).isDisabled()).toBe(true);
    expect(await dialog.getByRole('button', { name: '평가 항목 추가' }).count()).toBe(0);
    await dialog.getByTestId('round-rubric').scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('rounds-locked') });
    // Someone else saved first: told so, the latest version loads, and the change is made again on it.
    await flows.server.deps.database.rows(sql`update evaluation_rounds set version = version + 1, judges_per_application = 6 where call_id = ${callId}::uuid and name = '서류평가'`);
    await dialog.getByRole('textbox', { name: /^예비 순위/ }).fill('3');
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.getByTestId('round-conflict').waitFor();
    await dialog.getByRole('button', { name: '최신 내용 불러오기' }).click();
    await dialog.getByTestId('round-conflict').waitFor({ state: 'detached' });
    expect(await dialog.getByRole('textbox', { name: /^신청당 심사위원 수/ }).inputValue()).toBe('6');
    expect(await dialog.getByRole('textbox', { name: /^예비 순위/ }).inputValue()).toBe('2');
    await dialog.getByRole('textbox', { name: /^예비 순위/ }).fill('3');
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await rowOf(page, '서류평가').getByTestId('round-judges').textContent()).toBe('신청당 6명블라인드');
    await expect.poll(() => rowOf(page, '서류평가').getByTestId('round-advance').textContent()).toBe('상위 10곳 진출예비 3곳 · 할당 1건');
    await context.close();
  }, 180_000);
});
