import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/features/auth/auth.service.ts';
import { seatJudges } from '../evaluation.ts';
import { organization, user, type TestUser } from '../factories.ts';
import { shot } from './server.ts';
import { setChecked, signIn, useBrowserFlows } from './flows.ts';

// Browser flow of the staff's side of an evaluation round: a call of 인천센터 with six submitted
// applications (one of them the demo founder's) and a round (서류평가, three judges each, top 3
// selected and one reserve, scores published, a bonus cap of 5) with five active judges. The 인천
// manager opens the round from the call, invites a sixth judge (the mail is queued), runs the
// assignment and applies it, and follows the progress; the judges score through the API; once
// scoring has closed the manager reads the ranking, grants a bonus, confirms the results with one
// decision changed from the proposal; the founder sees the result with the published scores and
// appeals; the manager answers; the round's report downloads as an XLSX.
const MANAGER = 'incheon.manager@innohub.kr';
const FOUNDER = 'founder@innohub.kr';
const ROUND = '서류평가';

/** A Korea wall time `days` from now at `hour`, as the API's local date-times take it. */
const seoul = (days: number, hour: number) => {
  const day = new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:00`;
};

const applicants = [
  { name: '가온물류로봇', plan: '항만 하역 자동화 로봇' },
  { name: '나래콜드체인', plan: '신선식품 콜드체인 온도 추적 센서' },
  { name: null, plan: '항만 물류 데이터 플랫폼과 화물 위치 추적' }, // the demo founder's (주)스마트로지스
  { name: '라온드론', plan: '도서 지역 드론 배송' },
  { name: '마루수소', plan: '수소 연료전지 물류 트럭' },
  { name: '바다AI', plan: 'AI 수요 예측 창고 관리' },
];
const FOUNDER_INDEX = 2;

let callId = '';
let callTitle = '';
let roundId = '';
const applications: { id: string; name: string }[] = [];
const judges: TestUser[] = [];

type Api = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<any>;

const apiAs =
  (baseUrl: string, token: string): Api =>
  async (method, path, body, headers = {}) => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };

/** Judge j's scores of application a: the later applicants write the better plans; judges differ a little on 기술성. */
const scoresOf = (j: number, a: number) => ({ c1: Math.min(10, 4 + a), c2: Math.min(10, 3 + a + (j % 3) * 0.5) });

const flows = useBrowserFlows(async (server, baseUrl) => {
  const deps = server.deps;
  const tokenOf = async (email: string) => {
    const [person] = await deps.database.rows<{ id: string }>(sql`select id from people where email = ${email}`);
    return (await createApiToken(deps, person!.id, 'e2e evaluation staff')).token;
  };
  const manager = apiAs(baseUrl, await tokenOf(MANAGER));
  const program = await manager('POST', '/programs', { name: '물류 스타트업 경진대회', type: 'commercialization' });
  callTitle = '2027 물류 스타트업 경진대회 참가기업 모집';
  callId = (await manager('POST', '/calls', { programId: program.id, title: callTitle, opensAt: seoul(-5, 9), closesAt: seoul(10, 18), published: true })).id;
  await manager('PUT', `/calls/${callId}/form`, {
    sections: [{ title: { ko: '사업 개요' }, fields: [{ key: 'plan', type: 'textarea', label: { ko: '사업 계획' }, required: true }] }],
  });

  const [founderOrg] = await deps.database.rows<{ id: string; name: string }>(sql`
    select o.id, o.name from memberships m join people p on p.id = m.person_id join organizations o on o.id = m.organization_id where p.email = ${FOUNDER}`);
  const founderToken = await tokenOf(FOUNDER);
  for (const a of applicants) {
    const org = a.name ? await organization(deps, { name: a.name, region: '인천', centers: ['incheon'] }) : founderOrg!;
    const token = a.name ? (await user(deps, 'company_member', { organizationId: org.id })).token : founderToken;
    const as = apiAs(baseUrl, token);
    const started = await as('POST', `/calls/${callId}/applications`, { organizationId: org.id });
    await as('PATCH', `/applications/${started.id}`, { answers: { plan: a.plan } }, { 'if-match': `"${started.version}"` });
    await as('POST', `/applications/${started.id}/submit`, undefined, { 'idempotency-key': `staff-flow-${started.id}` });
    applications.push({ id: started.id, name: org.name });
  }

  roundId = (
    await manager('POST', `/calls/${callId}/rounds`, {
      name: ROUND,
      criteria: [
        { id: 'c1', title: '사업성', weight: 60, maxScore: 10 },
        { id: 'c2', title: '기술성', weight: 40, maxScore: 10 },
      ],
      judgesPerApplication: 3,
      method: 'mean',
      tieBreaks: [{ kind: 'criterion', criterionId: 'c2' }],
      advance: { kind: 'rank', count: 3 },
      reserves: 1,
      publishScores: true,
      maxBonus: 5,
      scoringOpensAt: seoul(-1, 9),
      scoringClosesAt: seoul(5, 18),
    })
  ).id;
  const expertise = ['물류 로봇과 항만 자동화', '콜드체인과 식품 물류', '드론과 모빌리티', '수소 에너지와 물류 트럭', '물류 데이터와 AI'];
  for (const [i, e] of expertise.entries()) {
    const judge = await user(deps, 'judge', { centerId: 'incheon' }, { email: `staff-flow-judge${i + 1}@review.kr` });
    await deps.database.rows(sql`update people set name = ${`심사위원${'가나다라마'[i]}`} where id = ${judge.id}::uuid`);
    judges.push(judge);
  }
  await seatJudges(
    deps,
    roundId,
    judges.map((person, i) => ({ person, expertise: expertise[i]!, tags: [expertise[i]!.split(' ')[0]!] })),
  );
  // Where they work: 심사위원마 advises 바다AI, an applicant (a conflict the detection finds).
  const affiliations = [
    ['인천대학교', '교수'],
    ['한국해양수산개발원', '연구위원'],
    ['스파크랩', '파트너'],
    ['인천테크노파크', '팀장'],
    ['바다AI', '기술고문'],
  ] as const;
  for (const [i, [name, position]] of affiliations.entries())
    await deps.database.rows(sql`update judge_profiles set affiliation = ${JSON.stringify({ name, businessRegistrationNumber: null })}::jsonb, position = ${position} where person_id = ${judges[i]!.id}::uuid`);
});

const tab = (page: Page, name: string) => page.getByTestId(`round-tab-${name}`).click();

/** Notifications slide in over the top right; wait until they are gone before a screenshot. */
const noNotifications = (page: Page) => expect.poll(() => page.locator('.mantine-Notification-root').count(), { timeout: 10_000 }).toBe(0);

/** A screenshot once the page's finite animations (a drawer sliding in) have finished; a full page from the top. */
async function screenshot(page: Page, name: string, fullPage = false) {
  type Animation = { playState: string; effect: { getComputedTiming(): { endTime?: number | string } } | null };
  await page.waitForFunction(() =>
    (globalThis as unknown as { document: { getAnimations(): Animation[] } }).document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
  );
  await page.waitForTimeout(250);
  if (fullPage) await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
  await page.screenshot({ path: shot(name), fullPage });
}

describe('evaluation: the staff side', () => {
  it('invites, assigns, follows the scoring, ranks with a bonus, confirms with one decision changed; the applicant sees the scores and appeals; staff answer; the report is an XLSX', async () => {
    const { context, page } = await flows.newPage();
    await page.goto(flows.baseUrl);
    await signIn(page, MANAGER);

    // From the call's rounds card to the round.
    await page.goto(`${flows.baseUrl}/calls/${callId}`);
    await page.getByTestId('call-rounds').getByRole('link', { name: ROUND }).click();
    await page.waitForURL(`**/rounds/${roundId}`);
    expect(await page.getByTestId('round-title').textContent()).toBe(ROUND);
    expect(await page.getByTestId('round-page-status').textContent()).toBe('심사 중');
    expect(await page.getByTestId('round-call-link').textContent()).toContain(callTitle);

    // 심사위원: five active judges with their pledges; a sixth is invited by mail.
    const judgeRows = page.getByTestId('judge-row');
    await expect.poll(() => judgeRows.count()).toBe(5);
    expect(await page.getByTestId('judge-status').allTextContents()).toEqual(Array(5).fill('수락'));
    await page.getByTestId('judge-invite-open').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /^이름/ }).fill('최물류');
    await dialog.getByRole('textbox', { name: /^이메일/ }).fill('choi.logistics@review.kr');
    await dialog.getByRole('textbox', { name: /^최대 심사 건수/ }).fill('4');
    await dialog.getByTestId('judge-invite-send').click();
    await dialog.waitFor({ state: 'detached' });
    const invited = page.locator('[data-testid="judge-row"][data-email="choi.logistics@review.kr"]');
    await expect.poll(() => invited.getByTestId('judge-status').textContent()).toBe('초대됨');
    expect(await invited.getByTestId('judge-load').textContent()).toBe('0~4건');
    const mails = await flows.server.deps.database.rows<{ n: number }>(sql`select count(*)::int as n from mail_outbox where kind = 'judgeInvitation' and to_address = 'choi.logistics@review.kr'`);
    expect(mails[0]!.n).toBe(1);
    await noNotifications(page);
    await screenshot(page, 'staff-judges', true);

    // 이해충돌: detection (it ran on the invitation) found 심사위원마's affiliation with 바다AI; running it
    // again adds nothing; staff add one and lift it with a reason.
    await tab(page, 'conflicts');
    const detected = page.getByTestId('conflict-row');
    await expect.poll(() => detected.getByTestId('conflict-source').allTextContents()).toEqual(['소속']);
    expect(await detected.textContent()).toContain('심사위원마');
    expect(await detected.textContent()).toContain('바다AI');
    await page.getByTestId('conflicts-detect').click();
    await page.getByText('새 이해충돌 0건을 찾았습니다 (유효한 이해충돌 모두 1건).').waitFor();
    await page.getByTestId('conflict-add-open').click();
    await dialog.getByRole('combobox', { name: /^심사위원/ }).click();
    await page.getByRole('option', { name: /^심사위원가/ }).click();
    await dialog.getByRole('combobox', { name: /^신청/ }).click();
    await page.getByRole('option', { name: /가온물류로봇/ }).click();
    await dialog.getByRole('textbox', { name: /^사유/ }).fill('가온물류로봇과 공동 연구 과제를 수행 중');
    await dialog.getByTestId('conflict-add-save').click();
    await dialog.waitFor({ state: 'detached' });
    const manual = page.locator('[data-testid="conflict-row"][data-source="staff"]');
    await expect.poll(() => manual.getByTestId('conflict-source').textContent()).toBe('담당자 지정');
    await manual.getByRole('button', { name: '해제' }).click();
    await dialog.getByRole('textbox', { name: /^해제 사유/ }).fill('공동 연구가 2025년에 끝났음을 확인');
    await dialog.getByTestId('conflict-lift-save').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => manual.getAttribute('data-lifted')).toBe('true');
    expect(await page.getByTestId('conflicts-count').textContent()).toBe('유효 1건 · 해제 1건');
    await noNotifications(page);
    await screenshot(page, 'staff-conflicts', true);

    // 배정: a run gives every application three judges; applied, it makes 18 sheets.
    await tab(page, 'assignment');
    await page.getByTestId('assignment-run').click();
    await expect.poll(() => page.getByTestId('run-status').textContent()).toBe('최적');
    await expect.poll(() => page.getByTestId('run-application').count()).toBe(6);
    for (const row of await page.getByTestId('run-application').all()) expect(await row.locator('[data-fixed]').count()).toBe(3);
    // The pair in conflict is left out; the lifted one may be assigned.
    expect(await page.getByTestId('run-application').filter({ hasText: '바다AI' }).textContent()).not.toContain('심사위원마');
    expect(await page.getByTestId('run-excluded').textContent()).toBe('1');
    await page.getByTestId('assignment-apply').click();
    await page.getByRole('button', { name: '적용', exact: true }).click();
    await expect.poll(() => page.getByTestId('assignment-applied').textContent()).toBe('적용했습니다. 평가표 추가 18장 · 삭제 0장 · 유지 0장.');
    await expect.poll(() => page.getByTestId('assignment-run-item').first().textContent()).toContain('적용됨');
    await noNotifications(page);
    await screenshot(page, 'staff-assignment', true);

    // 진행 현황: nothing submitted yet.
    await tab(page, 'progress');
    await expect.poll(() => page.getByTestId('progress-sheets').textContent()).toBe('0 / 18');
    expect(await page.getByTestId('progress-judge').count()).toBe(6);

    // The judges score through the API, with comments.
    const deps = flows.server.deps;
    for (const [j, judge] of judges.entries()) {
      const as = apiAs(flows.baseUrl, judge.token);
      const sheets = await deps.database.rows<{ id: string; applicationId: string }>(sql`
        select id, application_id as "applicationId" from score_sheets where round_id = ${roundId}::uuid and person_id = ${judge.id}::uuid`);
      for (const s of sheets) {
        const a = applications.findIndex((x) => x.id === s.applicationId);
        await as('PATCH', `/score-sheets/${s.id}`, { scores: scoresOf(j, a), comment: `심사위원${'가나다라마'[j]}: ${applicants[a]!.plan}의 시장성이 분명합니다.` });
        await as('POST', `/score-sheets/${s.id}/submit`);
      }
    }
    await page.reload();
    await expect.poll(() => page.getByTestId('progress-sheets').textContent()).toBe('18 / 18');
    await expect.poll(() => page.getByTestId('progress-applications').textContent()).toBe('6 / 6');
    // A submitted sheet opens read-only with its scores; reopened with a reason, its judge submits it again.
    const chip = page.getByTestId('sheet-chip').first();
    const sheetId = (await chip.getAttribute('data-sheet-id'))!;
    await chip.click();
    const drawer = page.getByTestId('sheet-view');
    await expect.poll(() => drawer.getByTestId('sheet-status').textContent()).toBe('제출');
    expect(await drawer.getByTestId('sheet-total').textContent()).toMatch(/ \/ 100$/);
    await drawer.getByTestId('sheet-reopen').waitFor();
    await screenshot(page, 'staff-sheet');
    await drawer.getByRole('textbox', { name: /^다시 여는 사유/ }).fill('기술성 점수의 근거를 의견에 적어 주세요.');
    await drawer.getByRole('button', { name: '평가표 다시 열기' }).click();
    await expect.poll(() => drawer.getByTestId('sheet-status').textContent()).toBe('작성 중');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('progress-sheets').textContent()).toBe('17 / 18');
    const [reopened] = await deps.database.rows<{ personId: string; reopenReason: string }>(sql`select person_id as "personId", reopen_reason as "reopenReason" from score_sheets where id = ${sheetId}::uuid`);
    expect(reopened!.reopenReason).toBe('기술성 점수의 근거를 의견에 적어 주세요.');
    await apiAs(flows.baseUrl, judges.find((j) => j.id === reopened!.personId)!.token)('POST', `/score-sheets/${sheetId}/submit`);
    await page.reload();
    await expect.poll(() => page.getByTestId('progress-sheets').textContent()).toBe('18 / 18');
    await screenshot(page, 'staff-progress', true);

    // Scoring closes (the e2e server keeps real time: the window moves into the past).
    await deps.database.rows(sql`update evaluation_rounds set scoring_opens_at = now() - interval '3 days', scoring_closes_at = now() - interval '1 minute' where id = ${roundId}::uuid`);
    await page.goto(`${flows.baseUrl}/rounds/${roundId}?tab=ranking`);
    expect(await page.getByTestId('round-page-status').textContent()).toBe('마감');
    const rows = page.getByTestId('ranking-row');
    await expect.poll(() => rows.count()).toBe(6);
    const order = [5, 4, 3, 2, 1, 0].map((i) => applications[i]!.name);
    expect(await page.getByTestId('ranking-organization').allTextContents()).toEqual(order);
    expect(await page.getByTestId('ranking-proposal').allTextContents()).toEqual(['선정 제안', '선정 제안', '선정 제안', '예비', '미선정', '미선정']);
    expect(await page.getByTestId('ranking-decision').evaluateAll((inputs) => inputs.map((i) => (i as unknown as { value: string }).value))).toEqual([
      '선정',
      '선정',
      '선정',
      '예비',
      '미선정',
      '미선정',
    ]);

    // A bonus for the founder's application: its final is the aggregate plus 2.
    const founderApp = applications[FOUNDER_INDEX]!;
    const founderRow = page.locator(`[data-testid="ranking-row"][data-application-id="${founderApp.id}"]`);
    const aggregate = Number(await founderRow.getByTestId('ranking-aggregate').textContent());
    const bonus = page.getByTestId('bonus-form');
    await bonus.getByRole('combobox', { name: '신청' }).click();
    await page.getByRole('option', { name: new RegExp(founderApp.name.replace(/[()]/g, '\\$&')) }).click();
    await bonus.getByRole('textbox', { name: '가점' }).fill('2');
    await bonus.getByRole('textbox', { name: '사유' }).fill('인천 물류 특화 분야 가점');
    await bonus.getByTestId('bonus-add').click();
    await expect.poll(() => page.getByTestId('bonus-row').count()).toBe(1);
    await expect.poll(() => founderRow.getByTestId('ranking-bonus').textContent()).toBe('+2');
    expect(Number(await founderRow.getByTestId('ranking-final').textContent())).toBeCloseTo(aggregate + 2, 2);
    // Open its row: criterion means.
    await founderRow.getByTestId('ranking-expand').click();
    await page.getByTestId('ranking-criteria').waitFor();

    // One decision changed: the fifth becomes a reserve too.
    const fifth = page.locator(`[data-testid="ranking-row"][data-application-id="${applications[1]!.id}"]`);
    await fifth.getByTestId('ranking-decision').click();
    await page.getByRole('option', { name: '예비', exact: true }).click();
    await fifth.getByTestId('ranking-changed').waitFor();
    expect(await page.getByTestId('confirm-summary').textContent()).toBe('선정 3곳 · 예비 2곳 · 미선정 1곳');
    await noNotifications(page);
    await screenshot(page, 'staff-ranking', true);
    // Someone else changed the round meanwhile: the confirmation is refused and says so; reloaded, it goes through with the decisions kept.
    await deps.database.rows(sql`update evaluation_rounds set version = version + 1 where id = ${roundId}::uuid`);
    await page.getByTestId('confirm-open').click();
    const confirm = page.getByRole('dialog', { name: `결과 확정 · ${ROUND}` });
    await confirm.getByText('신청 6곳의 결과를 다음과 같이 확정합니다', { exact: false }).waitFor();
    await confirm.getByTestId('confirm-yes').click();
    await expect.poll(() => confirm.getByTestId('confirm-error').textContent()).toContain('다른 담당자가 먼저 바꿨습니다');
    await screenshot(page, 'staff-confirm-conflict');
    await confirm.getByTestId('confirm-reload').click();
    await confirm.waitFor({ state: 'detached' });
    expect(await page.getByTestId('confirm-summary').textContent()).toBe('선정 3곳 · 예비 2곳 · 미선정 1곳');
    await page.getByTestId('confirm-open').click();
    await confirm.getByText('신청 6곳의 결과를 다음과 같이 확정합니다', { exact: false }).waitFor();
    await screenshot(page, 'staff-confirm');
    await confirm.getByTestId('confirm-yes').click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByTestId('round-results').waitFor();
    await expect.poll(() => page.getByTestId('result-decision').allTextContents()).toEqual(['선정', '선정', '선정', '예비', '예비', '미선정']);
    expect(await page.getByTestId('result-changed').count()).toBe(1);
    await page.getByTestId('round-confirmed').waitFor();
    const statuses = await deps.database.rows<{ id: string; review_status: string }>(sql`select id, review_status from applications where call_id = ${callId}::uuid`);
    expect(statuses.find((s) => s.id === founderApp.id)!.review_status).toBe('reserve');
    expect(statuses.find((s) => s.id === applications[1]!.id)!.review_status).toBe('reserve');
    expect(statuses.find((s) => s.id === applications[5]!.id)!.review_status).toBe('selected');
    await noNotifications(page);
    await screenshot(page, 'staff-results', true);

    // The founder: the result with the published scores and the judges' comments; an appeal.
    const applicant = await flows.newPage();
    const fp = applicant.page;
    await fp.goto(flows.baseUrl);
    await signIn(fp, FOUNDER);
    await fp.goto(`${flows.baseUrl}/applications/${founderApp.id}`);
    const card = fp.getByTestId('application-evaluation');
    await expect.poll(() => card.getByTestId('evaluation-decision').textContent()).toBe('예비');
    expect(await card.getByTestId('evaluation-rank').textContent()).toBe('4위');
    expect(await card.getByTestId('evaluation-final').textContent()).toMatch(/^[\d.]+ \/ 100점$/);
    expect(await card.getByTestId('evaluation-breakdown').textContent()).toMatch(/^심사 점수 [\d.]+ \+ 가점 2$/);
    expect(await card.getByTestId('evaluation-comment').count()).toBe(3);
    expect(await card.getByTestId('evaluation-comment').first().textContent()).toContain('심사위원 1');
    await card.getByTestId('evaluation-appeal-open').click();
    await card.getByRole('textbox', { name: /^이의신청 내용/ }).fill('기술성 평가에서 항만 데이터 특허 2건이 반영되지 않았습니다. 재검토를 요청합니다.');
    await card.getByTestId('evaluation-appeal-submit').click();
    await expect.poll(() => card.getByTestId('evaluation-appeal-status').textContent()).toBe('접수');
    await card.scrollIntoViewIfNeeded();
    await screenshot(fp, 'staff-applicant-result', true);

    // Staff answer the appeal; the founder reads the answer.
    await tab(page, 'appeals');
    const appeal = page.getByTestId('appeal-item');
    await expect.poll(() => appeal.getByTestId('appeal-body').textContent()).toContain('특허 2건');
    await appeal.getByText('기각', { exact: true }).click();
    await appeal.getByRole('textbox', { name: /^답변/ }).fill('특허는 기술성 점수에 이미 반영되었습니다. 결과를 유지합니다.');
    await screenshot(page, 'staff-appeal-answer');
    await appeal.getByTestId('appeal-answer-send').click();
    await expect.poll(() => appeal.getByTestId('appeal-status').textContent()).toBe('기각');
    await noNotifications(page);
    await screenshot(page, 'staff-appeals', true);
    await fp.reload();
    await expect.poll(() => card.getByTestId('evaluation-appeal-response').textContent()).toContain('결과를 유지합니다');
    expect(await card.getByTestId('evaluation-appeal-status').textContent()).toBe('기각');
    await applicant.context.close();

    // 보고서: the workbook, judges named.
    await tab(page, 'report');
    await setChecked(page.getByRole('switch', { name: '심사위원 익명 처리' }), false);
    expect(await page.getByTestId('report-download').getAttribute('href')).toContain('anonymize=false');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download').click()]);
    const file = await download.path();
    const bytes = fs.readFileSync(file!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    await screenshot(page, 'staff-report');

    // In English: the confirmed results and the assignment.
    await page.getByRole('radiogroup', { name: '언어' }).getByText('English').click();
    await tab(page, 'ranking');
    await page.getByText('Confirmed results', { exact: true }).waitFor();
    expect(await page.getByTestId('result-decision').allTextContents()).toEqual(['Selected', 'Selected', 'Selected', 'Reserve', 'Reserve', 'Not selected']);
    await screenshot(page, 'staff-results-en', true);
    await tab(page, 'assignment');
    await expect.poll(() => page.getByTestId('run-status').textContent()).toBe('Optimal');
    await screenshot(page, 'staff-assignment-en', true);
    await context.close();
  }, 240_000);
});
