import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seatJudges } from '../evaluation.ts';
import type { TestUser } from '../factories.ts';
import { api, contestWithEntries, incheonJudges } from './evaluation.fixtures.ts';
import { DEMO_PASSWORD } from './fixtures.ts';
import { setChecked, signIn, useBrowserFlows } from './flows.ts';
import { shot } from './server.ts';

// Issue 4's acceptance, in one browser flow: a 인천 manager sets up two rounds with rubrics on a
// closed call of six entries, invites a judge who accepts by the mailed link and signs the pledge,
// runs and applies the assignment (five judges each), the judges score blind (the invited one in
// the browser, four through the API), the manager ranks with the trimmed mean and a tie-break and
// confirms the selection, an applicant sees the result with the published scores and appeals,
// and the round's XLSX report opens in LibreOffice with the ranking's numbers.
const MANAGER = 'incheon.manager@innohub.kr';
const TITLE = '2027 인천 물류 창업경진대회 참가기업 모집';
const JUDGE = { name: '한심사', email: 'han.judge@review.kr', password: 'han-judge-2026' };

/** Each entry's scores (사업성, 기술성) before a judge's leaning: totals 72, 56, 56, 50, 40, 45; the two 56s split by 기술성. */
const base = [
  [6, 9],
  [6, 5],
  [4, 8],
  [5, 5],
  [4, 4],
  [3.5, 6],
] as const;
/** Judge j's leaning on 사업성: the invited judge none; the trimmed mean drops the +4 and the −2, so it equals the base exactly (the plain mean would be 2.4 higher). */
const leaning = [0, 1, -1, 4, -2];
const total = (business: number, tech: number) => 6 * business + 4 * tech;

let callId = '';
let entries: Awaited<ReturnType<typeof contestWithEntries>>['founders'] = [];
let others: TestUser[] = [];

const flows = useBrowserFlows(async (server) => {
  const contest = await contestWithEntries(server.deps, TITLE);
  callId = contest.callId;
  entries = contest.founders;
  others = await incheonJudges(server.deps, 4, 'acceptance');
});

/** A Korea wall time `days` from now, as a datetime-local input takes it. */
const seoulInput = (days: number, hour: number) => {
  const day = new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:00`;
};

async function choose(page: Page, combobox: Locator, option: string) {
  await combobox.click({ force: true });
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function criteria(dialog: Locator, list: { title: string; weight: number; maxScore: number }[]) {
  for (const [i, c] of list.entries()) {
    if (i > 0) await dialog.getByRole('button', { name: '평가 항목 추가' }).click();
    await dialog.getByRole('textbox', { name: `항목 ${i + 1} 이름` }).fill(c.title);
    await dialog.getByRole('textbox', { name: `항목 ${i + 1} 배점` }).fill(String(c.weight));
    await dialog.getByRole('textbox', { name: `항목 ${i + 1} 최고 점수` }).fill(String(c.maxScore));
  }
}

const db = () => flows.server.deps.database;

describe('evaluation: the acceptance flow', () => {
  it('two rounds, an invited judge, assignment, blind scoring, the trimmed mean with a tie-break, selection, an appeal, and the report in a spreadsheet program', async () => {
    const { context, page } = await flows.newPage();
    await page.goto(flows.baseUrl);
    await signIn(page, MANAGER);

    // 1. Two rounds with their rubrics, on the call page.
    await page.goto(`${flows.baseUrl}/calls/${callId}`);
    const card = page.getByTestId('call-rounds');
    await card.getByRole('button', { name: '단계 추가' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /^단계 이름/ }).fill('서류평가');
    await dialog.getByLabel(/^심사 시작/).fill(seoulInput(-1, 9));
    await dialog.getByLabel(/^심사 마감/).fill(seoulInput(3, 18));
    await dialog.getByRole('textbox', { name: /^신청당 심사위원 수/ }).fill('5');
    await setChecked(dialog.getByRole('switch', { name: '블라인드 심사' }));
    await setChecked(dialog.getByRole('switch', { name: '점수 공개' }));
    await criteria(dialog, [
      { title: '사업성', weight: 60, maxScore: 10 },
      { title: '기술성', weight: 40, maxScore: 10 },
    ]);
    await choose(page, dialog.getByRole('combobox', { name: '집계 방식', exact: true }), '절사평균 (최고·최저 제외)');
    await dialog.getByRole('button', { name: '동점 기준 추가' }).click();
    await choose(page, dialog.getByRole('combobox', { name: '동점 기준 1' }), '‘기술성’ 평균 점수가 높은 순');
    await dialog.getByRole('textbox', { name: /^진출 인원/ }).fill('2');
    await dialog.getByRole('textbox', { name: /^예비 순위/ }).fill('1');
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.waitFor({ state: 'detached' });
    await card.getByRole('button', { name: '단계 추가' }).click();
    await dialog.getByRole('textbox', { name: /^단계 이름/ }).fill('발표평가');
    await dialog.getByLabel(/^심사 시작/).fill(seoulInput(10, 10));
    await dialog.getByLabel(/^심사 마감/).fill(seoulInput(10, 18));
    await criteria(dialog, [{ title: '발표', weight: 100, maxScore: 100 }]);
    await dialog.getByText('담당자 결정', { exact: true }).click();
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => card.getByTestId('round-name').allTextContents()).toEqual(['서류평가', '발표평가']);
    const [round] = await db().rows<{ id: string }>(sql`select id from evaluation_rounds where call_id = ${callId}::uuid and position = 1`);
    const roundId = round!.id;
    await seatJudges(flows.server.deps, roundId, others.map((person) => ({ person, expertise: '물류 창업 심사' })));

    // 2. The manager invites a judge; the judge accepts by the mailed link and signs the pledge.
    await card.getByRole('link', { name: '서류평가' }).click();
    await page.waitForURL(`**/rounds/${roundId}`);
    await page.getByTestId('judge-invite-open').click();
    await dialog.getByRole('textbox', { name: /^이름/ }).fill(JUDGE.name);
    await dialog.getByRole('textbox', { name: /^이메일/ }).fill(JUDGE.email);
    await dialog.getByTestId('judge-invite-send').click();
    await dialog.waitFor({ state: 'detached' });
    const [mail] = await db().rows<{ body: string }>(sql`select body from mail_outbox where kind = 'judgeInvitation' and to_address = ${JUDGE.email}`);
    const link = /https?:\/\/\S+\/judge\/invitations\/[A-Za-z0-9_-]+/.exec(mail!.body)![0]!;
    const judge = await flows.newPage();
    const jp = judge.page;
    await jp.goto(`${flows.baseUrl}${new URL(link).pathname}`);
    await jp.getByTestId('invitation-summary').waitFor();
    await jp.getByLabel(/^비밀번호/).first().fill(JUDGE.password);
    await jp.getByLabel(/^비밀번호 확인/).fill(JUDGE.password);
    await jp.getByRole('textbox', { name: '전문 분야·경력' }).fill('항만 물류 자동화와 콜드체인 사업화 20년');
    await setChecked(jp.getByRole('checkbox', { name: /이용약관/ }));
    await jp.getByTestId('invitation-accept').click();
    const roundRow = jp.getByTestId('judge-round-row').filter({ hasText: '서류평가' });
    await roundRow.getByTestId('judge-round-open').click();
    await setChecked(jp.getByRole('checkbox', { name: '위 내용을 읽었으며 이에 서약합니다.' }));
    await jp.getByRole('textbox', { name: '서명 (이름 입력)' }).fill(JUDGE.name);
    await jp.getByTestId('pledge-sign').click();
    await jp.getByTestId('queue-empty').waitFor();

    // 3. Assignment: five judges for each of the six entries.
    await page.reload();
    await expect.poll(() => page.getByTestId('judge-row').count()).toBe(5);
    await page.getByTestId('round-tab-assignment').click();
    await page.getByTestId('assignment-run').click();
    await expect.poll(() => page.getByTestId('run-status').textContent()).toBe('최적');
    await page.getByTestId('assignment-apply').click();
    await page.getByRole('button', { name: '적용', exact: true }).click();
    await expect.poll(() => page.getByTestId('assignment-applied').textContent()).toBe('적용했습니다. 평가표 추가 30장 · 삭제 0장 · 유지 0장.');

    // 4. Blind scoring: the invited judge in the browser, by code only; the four others through the API.
    await jp.reload();
    await expect.poll(() => jp.getByTestId('queue-count-assigned').textContent()).toBe('6');
    const queueText = await jp.locator('main').innerText();
    for (const e of entries) expect(queueText).not.toContain(e.organization);
    for (let n = 0; n < 6; n++) {
      await jp.getByTestId('queue-row').first().getByTestId('queue-row-open').click();
      await jp.getByTestId('sheet-rubric').waitFor();
      const sheetId = new URL(jp.url()).pathname.split('/').pop()!;
      const [sheet] = await db().rows<{ application_id: string }>(sql`select application_id from score_sheets where id = ${sheetId}::uuid`);
      const a = entries.findIndex((e) => e.applicationId === sheet!.application_id);
      expect(await jp.locator('main').innerText()).not.toContain(entries[a]!.organization);
      await jp.getByRole('textbox', { name: '사업성 점수' }).fill(String(base[a]![0]));
      await jp.getByRole('textbox', { name: '기술성 점수' }).fill(String(base[a]![1]));
      await expect.poll(() => jp.getByTestId('sheet-total').textContent()).toBe(`${total(base[a]![0], base[a]![1])} / 100점`);
      await expect.poll(() => jp.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
      await jp.getByTestId('sheet-submit').click();
      await jp.getByTestId('sheet-submitted').waitFor();
      await jp.goto(`${flows.baseUrl}/judging/${roundId}`);
    }
    await expect.poll(() => jp.getByTestId('queue-count-submitted').textContent()).toBe('6');
    await jp.screenshot({ path: shot('acceptance-judge-done'), fullPage: true });
    await judge.context.close();
    for (const [j, other] of others.entries()) {
      const sheets = await db().rows<{ id: string; application_id: string }>(sql`select id, application_id from score_sheets where round_id = ${roundId}::uuid and person_id = ${other.id}::uuid`);
      for (const s of sheets) {
        const a = entries.findIndex((e) => e.applicationId === s.application_id);
        const saved = await api(flows.baseUrl, other.token, 'PATCH', `/score-sheets/${s.id}`, { scores: { c1: base[a]![0] + leaning[j + 1]!, c2: base[a]![1] }, comment: `위원 ${j + 2}: 검토 의견` });
        expect(saved.status, JSON.stringify(saved.body)).toBe(200);
        expect((await api(flows.baseUrl, other.token, 'POST', `/score-sheets/${s.id}/submit`)).status).toBe(200);
      }
    }

    // 5. Scoring closes (real time on the e2e server: the window moves into the past); the ranking.
    await db().rows(sql`update evaluation_rounds set scoring_opens_at = now() - interval '3 days', scoring_closes_at = now() - interval '1 minute' where id = ${roundId}::uuid`);
    await page.goto(`${flows.baseUrl}/rounds/${roundId}?tab=ranking`);
    await expect.poll(() => page.getByTestId('ranking-row').count()).toBe(6);
    const order = [0, 2, 1, 3, 5, 4];
    expect(await page.getByTestId('ranking-organization').allTextContents()).toEqual(order.map((a) => entries[a]!.organization));
    // The trimmed mean: each entry's aggregate is exactly its base total, two of five totals struck through.
    expect((await page.getByTestId('ranking-aggregate').allTextContents()).map(Number)).toEqual(order.map((a) => total(base[a]![0], base[a]![1])));
    const first = page.getByTestId('ranking-row').first();
    expect(await first.locator('[data-testid="ranking-judge-total"]:not([data-dropped=""])').count()).toBe(2);
    // 56 and 56: the tie-break on 기술성 (8 against 5) puts 드론배송코리아 second, and the cut falls between them.
    expect(await page.getByTestId('ranking-proposal').allTextContents()).toEqual(['진출 제안', '진출 제안', '예비', '미선정', '미선정', '미선정']);
    await page.screenshot({ path: shot('acceptance-ranking'), fullPage: true });

    // 6. Selection confirmed as proposed.
    await page.getByTestId('confirm-open').click();
    const confirm = page.getByRole('dialog', { name: '결과 확정 · 서류평가' });
    await confirm.getByTestId('confirm-yes').click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('result-decision').allTextContents()).toEqual(['다음 단계 진출', '다음 단계 진출', '예비', '미선정', '미선정', '미선정']);
    const mails = await db().rows<{ n: number }>(sql`select count(*)::int as n from mail_outbox where kind = 'evaluationResult' and to_address like ${`%${callId.slice(0, 6)}@contest.kr`}`);
    expect(mails[0]!.n).toBe(6);

    // 7. The reserve's founder sees the result with the published scores, and appeals.
    const founder = await flows.newPage();
    const fp = founder.page;
    await fp.goto(flows.baseUrl);
    await signIn(fp, entries[1]!.email, DEMO_PASSWORD);
    await fp.goto(`${flows.baseUrl}/applications/${entries[1]!.applicationId}`);
    const result = fp.getByTestId('application-evaluation');
    await expect.poll(() => result.getByTestId('evaluation-decision').textContent()).toBe('예비');
    expect(await result.getByTestId('evaluation-rank').textContent()).toBe('3위');
    expect(await result.getByTestId('evaluation-final').textContent()).toBe('56 / 100점');
    expect(await result.getByTestId('evaluation-comment').count()).toBe(4);
    await result.getByTestId('evaluation-appeal-open').click();
    await result.getByRole('textbox', { name: /^이의신청 내용/ }).fill('동점인데 기술성 기준만으로 순위가 정해졌습니다. 사업성도 함께 검토해 주십시오.');
    await result.getByTestId('evaluation-appeal-submit').click();
    await expect.poll(() => result.getByTestId('evaluation-appeal-status').textContent()).toBe('접수');
    expect(await fp.locator('main').innerText()).not.toContain('마지막 제출 뒤에 고친 내용이 있습니다');
    await fp.screenshot({ path: shot('acceptance-applicant'), fullPage: true });
    await founder.context.close();

    // 8. The report, anonymised, opened in LibreOffice Calc: the same ranks and numbers.
    await page.getByTestId('round-tab-report').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download').click()]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'innohub-acceptance-'));
    const file = path.join(dir, 'report.xlsx');
    fs.copyFileSync((await download.path())!, file);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', dir, file], { timeout: 120_000, stdio: 'ignore' });
    const rows = parse(fs.readFileSync(path.join(dir, 'report.csv'), 'utf8'), { relaxColumnCount: true }) as string[][];
    for (const [rank, a] of order.entries()) {
      const row = rows.find((r) => r[2] === entries[a]!.organization)!;
      const expected = total(base[a]![0], base[a]![1]);
      expect(Number(row[0])).toBe(rank + 1);
      // Five judges' totals, the dropped highest (+4 on 사업성) and lowest (−2), the aggregate.
      expect(row.slice(3, 8).map(Number).sort((x, y) => x - y)).toEqual([expected - 12, expected - 6, expected, expected + 6, expected + 24]);
      expect([Number(row[8]), Number(row[9]), Number(row[10])]).toEqual([expected + 24, expected - 12, expected]);
    }
    expect(fs.readFileSync(path.join(dir, 'report.csv'), 'utf8')).not.toContain(JUDGE.name);
    fs.rmSync(dir, { recursive: true, force: true });
    await context.close();
  }, 300_000);
});
