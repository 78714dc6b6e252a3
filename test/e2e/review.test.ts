import { sql } from 'drizzle-orm';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/features/auth/auth.service.ts';
import { shot } from './server.ts';
import { signIn, useBrowserFlows } from './flows.ts';

// Browser flow of the review (심사) of an application: the demo founder has submitted an
// application to the demo's open 인천 call; the 인천 manager finds it among the call's applications,
// asks for two supplementary documents (보완 요청) due in three days; the founder sees the request
// with its countdown, uploads a PDF and answers; the manager, whose page is now a version behind,
// is told of the conflict, loads the latest, sees the answer with its file and selects the
// application (선정). The outbox holds the three mails and the history tells the steps in Korean.
const CALL_TITLE = '스마트 물류 스타트업 액셀러레이팅 참여기업 모집';
const FOUNDER = 'founder@innohub.kr';
const MANAGER = 'incheon.manager@innohub.kr';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

let callId = '';
let applicationId = '';
let receiptNumber = '';
let adminToken = '';

const tokenOf = async (deps: Parameters<typeof createApiToken>[0], email: string) => {
  const [person] = await deps.database.rows<{ id: string }>(sql`select id from people where email = ${email}`);
  return (await createApiToken(deps, person!.id, 'e2e review')).token;
};

const flows = useBrowserFlows(async (server, baseUrl) => {
  const deps = server.deps;
  const [call] = await deps.database.rows<{ id: string }>(sql`select id from calls where title = ${CALL_TITLE}`);
  callId = call!.id;
  const [org] = await deps.database.rows<{ id: string }>(sql`
    select m.organization_id as id from memberships m join people p on p.id = m.person_id where p.email = ${FOUNDER} and m.organization_id is not null`);
  const token = await tokenOf(deps, FOUNDER);
  adminToken = await tokenOf(deps, 'admin@innohub.kr');
  const api = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };
  // The demo has no applications yet: the founder writes and submits one (the browser flow of that is applications.test.ts).
  const started = await api('POST', `/calls/${callId}/applications`, { organizationId: org!.id });
  applicationId = started.id as string;
  await api(
    'PATCH',
    `/applications/${applicationId}`,
    { answers: { teamName: '스마트로지스', item: '도서 지역 드론 택배와 화물 실시간 위치추적을 묶은 라스트마일 물류 서비스', stage: 'marketing', hasPatent: true, patents: 3 } },
    { 'if-match': `"${started.version as number}"` },
  );
  receiptNumber = (await api('POST', `/applications/${applicationId}/submit`, undefined, { 'idempotency-key': 'e2e-review-submit' })).receiptNumber as string;
});

/** The day in Korea `days` from today: 2026-12-05. */
const seoulDay = (days: number) => new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

async function typeDate(scope: Locator, label: RegExp, value: string) {
  const input = scope.getByLabel(label);
  await input.fill(value);
  await input.press('Tab');
}

const historyActions = (page: Page) => page.getByTestId('history-entry').evaluateAll((items) => items.map((i) => i.getAttribute('data-action')));

describe('review of an application', () => {
  it('the manager asks for supplementary documents, the founder answers with a PDF by the deadline, the manager selects the application; mails and history follow', async () => {
    const applicationUrl = `${flows.baseUrl}/applications/${applicationId}`;

    // The manager finds the application among the call's, received, and filters by review status.
    const staff = await flows.newPage();
    const mp = staff.page;
    await mp.goto(flows.baseUrl);
    await signIn(mp, MANAGER);
    await mp.goto(`${flows.baseUrl}/calls/${callId}`);
    const list = mp.getByTestId('call-applications');
    const row = list.getByTestId('application-row').filter({ hasText: receiptNumber });
    await expect.poll(() => row.getByTestId('review-status').textContent()).toBe('접수 완료');
    const chooseReviewStatus = async (label: string) => {
      await list.getByTestId('applications-review-status').click();
      await mp.getByRole('option', { name: label, exact: true }).click();
    };
    await chooseReviewStatus('선정');
    await list.getByText('조건에 맞는 신청서가 없습니다.').waitFor();
    await chooseReviewStatus('접수 완료');
    await row.waitFor();
    await mp.screenshot({ path: shot('60-review-call-applications') });
    await row.getByRole('link', { name: receiptNumber }).click();
    await mp.waitForURL(applicationUrl);
    const panel = mp.getByTestId('review-panel');
    await expect.poll(() => panel.getByTestId('review-status').first().textContent()).toBe('접수 완료');
    await panel.getByText('아직 보완 요청이 없습니다.').waitFor();
    await expect.poll(() => historyActions(mp)).toEqual(['application.submitted', 'application.started']);
    await mp.screenshot({ path: shot('61-review-panel'), fullPage: true });

    // 보완 요청: the empty form is refused in Korean; two items (Enter adds the second line), a message, due in three days at 18:00.
    await panel.getByTestId('supplement-request-open').click();
    const dialog = mp.getByRole('dialog');
    await dialog.getByTestId('supplement-request-send').click();
    await expect.poll(() => dialog.getByText('필수 항목입니다.').count()).toBeGreaterThan(1);
    await dialog.getByTestId('supplement-item-0').fill('부가세 과세표준증명원 (최근 2개년)');
    await dialog.getByTestId('supplement-item-0').press('Enter');
    await expect.poll(() => mp.locator(':focus').getAttribute('data-testid')).toBe('supplement-item-1');
    await mp.keyboard.type('매출 근거 자료 (세금계산서 사본)');
    await dialog.getByLabel(/^요청 내용/).fill('사업계획서의 2025년 매출 1억 2천만 원에 대한 근거 자료가 없습니다. 아래 두 가지를 제출해 주세요.');
    const due = seoulDay(3);
    await typeDate(dialog, /^제출 기한 날짜/, due);
    expect(await dialog.getByLabel(/^제출 기한 시각/).inputValue()).toBe('18:00');
    await mp.screenshot({ path: shot('62-review-supplement-request') });
    await dialog.getByTestId('supplement-request-send').click();
    await dialog.waitFor({ state: 'detached' });
    const asked = panel.getByTestId('supplement').first();
    await expect.poll(() => asked.getByTestId('supplement-status').textContent()).toBe('답변 대기');
    expect(await asked.getByTestId('supplement-items').locator('li').allTextContents()).toEqual(['부가세 과세표준증명원 (최근 2개년)', '매출 근거 자료 (세금계산서 사본)']);
    expect(await asked.getByTestId('supplement-due').textContent()).toMatch(/오후 6:00/);
    await expect.poll(() => panel.getByTestId('review-status').first().textContent()).toBe('보완 요청');
    expect(await panel.getByTestId('supplement-request-open').isDisabled()).toBe(true);
    await expect.poll(() => historyActions(mp)).toEqual(['application.supplement_requested', 'application.submitted', 'application.started']);

    // The founder sees the request first on their application, with the time left, and answers with a PDF.
    const founder = await flows.newPage();
    const fp = founder.page;
    await fp.goto(flows.baseUrl);
    await signIn(fp, FOUNDER);
    await fp.goto(applicationUrl);
    const open = fp.getByTestId('supplement-open');
    await open.waitFor();
    expect(await open.getByTestId('supplement-items').locator('li').count()).toBe(2);
    expect(await open.getByTestId('supplement-message').textContent()).toContain('1억 2천만 원');
    expect(await open.getByTestId('supplement-countdown').textContent()).toMatch(/^[23]일 \d{1,2}시간 남음$/);
    expect(await fp.getByTestId('review-status-explained').textContent()).toContain('보완을 요청했습니다');
    await fp.screenshot({ path: shot('63-review-founder-request') });
    await open.getByTestId('supplement-answer-submit').click();
    await open.getByText('답변 내용을 적거나 파일을 하나 이상 올려 주세요.').waitFor();
    await open.getByTestId('file-input-$supplement').setInputFiles({ name: '부가세 과세표준증명원.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect.poll(() => open.getByTestId('file-item').textContent()).toContain('부가세 과세표준증명원.pdf');
    await open.getByTestId('supplement-note').fill('요청하신 과세표준증명원을 첨부합니다. 세금계산서 사본은 같은 파일 뒤쪽에 있습니다.');
    await fp.screenshot({ path: shot('64-review-founder-answer') });
    await open.getByTestId('supplement-answer-submit').click();
    await open.waitFor({ state: 'detached' });
    const answered = fp.getByTestId('applicant-review').getByTestId('supplement');
    await expect.poll(() => answered.getByTestId('supplement-status').textContent()).toBe('답변 완료');
    await expect.poll(() => fp.getByTestId('applicant-review').getByTestId('review-status').textContent()).toBe('검토 중');
    await answered.getByTestId('supplement-file').getByText('부가세 과세표준증명원.pdf').waitFor();
    await fp.screenshot({ path: shot('65-review-founder-answered'), fullPage: true });

    // The manager's page is a version behind: the status change is refused, explained, and works after loading the latest.
    await panel.getByTestId('review-status-select').click();
    await mp.getByRole('option', { name: '선정', exact: true }).click();
    await panel.getByLabel(/^신청자에게 전할 말/).fill('12월 10일 오후 2시 킥오프 미팅에 참석해 주세요.');
    expect(await panel.getByTestId('review-notify').isChecked()).toBe(true);
    await panel.getByTestId('review-status-change').click();
    const confirm = mp.getByRole('dialog');
    expect(await confirm.textContent()).toContain('‘보완 요청’에서 ‘선정’으로 바꿉니다');
    await confirm.getByTestId('review-status-confirm').click();
    await panel.getByTestId('review-conflict').waitFor();
    await mp.screenshot({ path: shot('66-review-conflict') });
    await panel.getByTestId('review-conflict').getByRole('button', { name: '최신 상태 불러오기' }).click();
    await panel.getByTestId('review-conflict').waitFor({ state: 'detached' });
    await expect.poll(() => panel.getByTestId('review-status').first().textContent()).toBe('검토 중');

    // The answer with its file, downloadable.
    const answer = panel.getByTestId('supplement').first();
    await expect.poll(() => answer.getByTestId('supplement-status').textContent()).toBe('답변 완료');
    expect(await answer.getByTestId('supplement-response').textContent()).toContain('과세표준증명원을 첨부합니다');
    const href = await answer.getByTestId('supplement-file').getByRole('link').getAttribute('href');
    const downloaded = await mp.request.get(`${flows.baseUrl}${href}`);
    expect(downloaded.status()).toBe(200);
    expect((await downloaded.body()).subarray(0, 8).toString()).toBe('%PDF-1.4');

    // 선정, with the message kept over the reload and the mail box ticked.
    await panel.getByTestId('review-status-select').click();
    await mp.getByRole('option', { name: '선정', exact: true }).click();
    await panel.getByTestId('review-status-change').click();
    expect(await confirm.textContent()).toContain('‘검토 중’에서 ‘선정’으로 바꿉니다');
    expect(await confirm.textContent()).toContain('12월 10일 오후 2시 킥오프 미팅');
    await confirm.getByTestId('review-status-confirm').click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => panel.getByTestId('review-status').first().textContent()).toBe('선정');
    await expect.poll(() => historyActions(mp)).toEqual([
      'application.review_status_changed',
      'application.supplement_answered',
      'application.supplement_requested',
      'application.submitted',
      'application.started',
    ]);
    const sentences = await mp.getByTestId('history-entry').evaluateAll((items) => items.map((i) => i.querySelector('.mantine-Timeline-itemTitle')?.textContent ?? ''));
    expect(sentences).toEqual([
      '박민지님이 심사 상태를 ‘검토 중’ → ‘선정’으로 변경했습니다.',
      '강도윤님이 보완 요청에 답변했습니다.',
      '박민지님이 보완을 요청했습니다.',
      '강도윤님이 신청서를 제출했습니다.',
      '강도윤님이 신청서 작성을 시작했습니다.',
    ]);
    await mp.screenshot({ path: shot('67-review-selected'), fullPage: true });

    // The list shows it selected.
    await mp.goto(`${flows.baseUrl}/calls/${callId}`);
    await chooseReviewStatus('선정');
    await expect.poll(() => row.getByTestId('review-status').textContent()).toBe('선정');
    await staff.context.close();

    // The founder reads the decision in plain words.
    await fp.reload();
    await expect.poll(() => fp.getByTestId('applicant-review').getByTestId('review-status').textContent()).toBe('선정');
    expect(await fp.getByTestId('review-status-explained').textContent()).toContain('선정되었습니다');
    expect(await fp.getByTestId('supplement-open').count()).toBe(0);
    await fp.screenshot({ path: shot('68-review-founder-selected') });
    await founder.context.close();

    // The outbox holds the request and the decision for the founder, and the answer for the manager.
    const response = await fetch(`${flows.baseUrl}/api/v1/outbox?limit=200`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(response.status).toBe(200);
    const mails = ((await response.json()) as { items: { kind: string; to: string; subject: string; body: string }[] }).items.filter((m) => m.subject.includes(receiptNumber) || m.body.includes(receiptNumber));
    const byKind = (kind: string) => mails.filter((m) => m.kind === kind);
    expect(byKind('supplementRequested')).toMatchObject([{ to: FOUNDER, subject: expect.stringContaining('보완 요청') }]);
    expect(byKind('supplementRequested')[0]!.body).toContain('- 부가세 과세표준증명원 (최근 2개년)\n- 매출 근거 자료 (세금계산서 사본)');
    expect(byKind('supplementAnswered')).toMatchObject([{ to: MANAGER }]);
    expect(byKind('applicationStatusChanged')).toMatchObject([{ to: FOUNDER, subject: expect.stringContaining('선정') }]);
    expect(byKind('applicationStatusChanged')[0]!.body).toContain('12월 10일 오후 2시 킥오프 미팅');
  }, 240_000);
});
