import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Locator, Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { organization, user, type TestUser } from '../factories.ts';
import { shot } from './server.ts';
import { setChecked, useBrowserFlows } from './flows.ts';

// Browser flow of judging (심사위원): a 인천 manager publishes a call through the API with a form
// (text, long text, a choice, a table and a PDF), three companies submit, and a blind 서류평가 in
// scoring has two criteria (팀 역량 needs a comment under 3). The manager invites a new judge; the
// judge opens the mailed link, sets a password and a profile and lands on 심사; signs the pledge
// (a wrong name first: refused on the field); staff apply an assignment; the judge opens a sheet
// in which no company name shows, scores it (the weighted total follows, the autosave says 저장됨,
// a reload keeps the scores, and with saving cut off the typed comment survives a reload in this
// browser), is refused submission on the missing comment, adds it and submits; the sheet is read
// only and counted as 제출 완료. Another sheet is withdrawn by declaring a conflict, the profile is
// edited, and a second invitation is declined.
const CALL_TITLE = '드론·콜드체인 물류 실증 참여기업 모집 (심사)';
const APPLICANTS = ['한빛드론물류', '바다콜드체인', '새벽배송랩'];
const JUDGE = { email: 'kim.judge@example.kr', name: '김심사' };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

let manager: TestUser;
let roundId = '';
const receipts: string[] = [];

/** A Korea wall time `days` from now, as the API takes it. */
const seoul = (days: number, time: string) => `${new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;

const flows = useBrowserFlows(async (server, baseUrl) => {
  const deps = server.deps;
  manager = await user(deps, 'center_manager', { centerId: 'incheon' });
  const api = async (token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, any>;
  };
  const program = await api(manager.token, 'POST', '/programs', { name: '드론 물류 실증 지원', type: 'commercialization' });
  const callId = (await api(manager.token, 'POST', '/calls', { programId: program.id, title: CALL_TITLE, opensAt: seoul(-5, '09:00'), closesAt: seoul(5, '18:00'), published: true })).id as string;
  await api(manager.token, 'PUT', `/calls/${callId}/form`, {
    sections: [
      {
        title: { ko: '사업 개요' },
        fields: [
          { key: 'item', type: 'text', label: { ko: '사업 아이템' }, required: true },
          { key: 'plan', type: 'textarea', label: { ko: '사업 계획' }, required: true },
          {
            key: 'stage',
            type: 'choice',
            label: { ko: '사업 단계' },
            options: [
              { value: 'idea', label: { ko: '아이디어' } },
              { value: 'prototype', label: { ko: '시제품' } },
              { value: 'market', label: { ko: '시장 진출' } },
            ],
          },
        ],
      },
      {
        title: { ko: '팀과 자료' },
        fields: [
          {
            key: 'team',
            type: 'table',
            label: { ko: '팀 구성' },
            columns: [
              { key: 'name', type: 'text', label: { ko: '이름' } },
              { key: 'role', type: 'text', label: { ko: '역할' } },
              { key: 'years', type: 'number', label: { ko: '경력(년)' } },
            ],
          },
          { key: 'deck', type: 'file', label: { ko: '사업계획서' }, accept: ['pdf'] },
        ],
      },
    ],
  });
  for (const [i, name] of APPLICANTS.entries()) {
    const org = await organization(deps, { name, region: '인천', centers: ['incheon'] });
    const founder = await user(deps, 'company_member', { organizationId: org.id });
    const started = await api(founder.token, 'POST', `/calls/${callId}/applications`, { organizationId: org.id });
    const upload = await fetch(`${baseUrl}/api/v1/applications/${started.id}/fields/deck/files?name=${encodeURIComponent('사업계획서.pdf')}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${founder.token}`, 'content-type': 'application/octet-stream' },
      body: PDF,
    });
    const file = (await upload.json()) as { id: string };
    await api(
      founder.token,
      'PATCH',
      `/applications/${started.id}`,
      {
        answers: {
          item: ['섬 지역 드론 택배', '수출 신선식품 콜드체인', '새벽 배송 라우팅'][i],
          plan: `1년 안에 인천 연안 ${i + 2}개 섬에서 실증을 마치고\n2년 차에 유료 서비스로 전환합니다.`,
          stage: 'prototype',
          team: [
            { name: '박대표', role: '대표', years: 12 },
            { name: '이개발', role: 'CTO', years: 8 },
          ],
          deck: [file.id],
        },
      },
      { 'if-match': `"${started.version as number}"` },
    );
    receipts.push((await api(founder.token, 'POST', `/applications/${started.id}/submit`, undefined, { 'idempotency-key': `judging-${started.id}` })).receiptNumber as string);
  }
  roundId = (
    await api(manager.token, 'POST', `/calls/${callId}/rounds`, {
      name: '서류평가',
      criteria: [
        { id: 'biz', title: '사업성', description: '시장 규모와 수익 모델의 타당성', weight: 60, maxScore: 10 },
        { id: 'team', title: '팀 역량', weight: 40, maxScore: 5, commentBelow: 3 },
      ],
      advance: { kind: 'rank', count: 2 },
      blind: true,
      judgesPerApplication: 1,
      scoringOpensAt: seoul(-1, '09:00'),
      scoringClosesAt: seoul(7, '18:00'),
    })
  ).id as string;
  await api(manager.token, 'POST', `/rounds/${roundId}/judges`, { email: JUDGE.email, name: JUDGE.name });
});

/** The link's token from the invitation in the outbox (the newest one mailed to the address). */
async function invitationToken(email: string): Promise<string> {
  const [mail] = await flows.server.deps.database.rows<{ body: string }>(
    sql`select body from mail_outbox where kind = 'judgeInvitation' and to_address = ${email} order by created_at desc limit 1`,
  );
  return /\/judge\/invitations\/([A-Za-z0-9_-]+)/.exec(mail!.body)![1]!;
}

/** The error text an input points at through aria-describedby. */
async function errorOf(page: Page, input: Locator): Promise<string | null> {
  await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
  const errorId = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').find((id) => id.endsWith('-error'));
  return page.locator(`[id="${errorId}"]`).textContent();
}

const staffApi = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${flows.baseUrl}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${manager.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, any>;
};

const sheetOf = async (sheetId: string) => {
  const [row] = await flows.server.deps.database.rows<{ status: string; scores: Record<string, number>; comments: Record<string, string>; comment: string }>(
    sql`select status, scores, comments, comment from score_sheets where id = ${sheetId}::uuid`,
  );
  return row!;
};

describe('judging', () => {
  it('a judge accepts the invitation with a profile, signs the pledge, scores a blind sheet with autosave and submits it; declares a conflict on another; edits the profile', async () => {
    const { context, page: first } = await flows.newPage();
    let page = first;
    const invitationUrl = `${flows.baseUrl}/judge/invitations/${await invitationToken(JUDGE.email)}`;

    // The invitation: the round, the call and the center; a new person sets a password and a profile.
    await page.goto(invitationUrl);
    await page.getByTestId('invitation-summary').waitFor();
    expect(await page.getByTestId('invitation-round').textContent()).toBe('서류평가');
    expect(await page.getByTestId('invitation-call').textContent()).toBe(CALL_TITLE);
    expect(await page.getByTestId('invitation-scope').textContent()).toContain('인천');
    expect(await page.getByRole('textbox', { name: '이름' }).inputValue()).toBe(JUDGE.name);
    await page.getByLabel(/^비밀번호/).first().fill('judge-password-2026');
    await page.getByLabel(/^비밀번호 확인/).fill('judge-password-2026');
    await page.getByRole('textbox', { name: '소속 기관' }).fill('(주)물류연구원');
    await page.getByRole('textbox', { name: '직위' }).fill('수석연구원');
    await page.getByRole('textbox', { name: '전문 분야·경력' }).fill('섬 지역 드론 배송과 수출 콜드체인 물류 운영 15년');
    const tags = page.getByRole('combobox', { name: '분야 태그' });
    for (const tag of ['물류', '드론']) {
      await tags.fill(tag);
      await tags.press('Enter');
    }
    await page.getByRole('button', { name: '이전 소속 추가' }).click();
    await page.getByRole('textbox', { name: '이전 소속 1 기관명' }).fill('한국물류공사');
    const until = page.getByRole('textbox', { name: '이전 소속 1 퇴직일' });
    await until.fill('2024-02-29');
    await until.press('Tab');
    await page.getByRole('button', { name: '관계 기관 추가' }).click();
    await page.getByRole('textbox', { name: '관계 기관 1 기관명' }).fill('(주)새싹투자');
    await page.getByRole('textbox', { name: '관계 기관 1 관계' }).fill('투자');
    // Without consent: said on the checkbox, nothing sent.
    await page.getByTestId('invitation-accept').click();
    expect(await errorOf(page, page.getByRole('checkbox', { name: /이용약관/ }))).toBe('수락하려면 이용약관 및 개인정보 수집·이용에 동의해야 합니다.');
    await setChecked(page.getByRole('checkbox', { name: /이용약관/ }));
    await page.screenshot({ path: shot('judging-invitation'), fullPage: true });
    await page.getByTestId('invitation-accept').click();

    // 심사: the round, its pledge still to sign; the navigation has 심사.
    await page.waitForURL(`${flows.baseUrl}/judging`);
    const roundRow = page.getByTestId('judge-round-row').filter({ hasText: '서류평가' });
    await roundRow.waitFor();
    expect(await roundRow.getByTestId('judge-round-pledge').textContent()).toBe('서명 필요');
    expect(await roundRow.getByTestId('judge-round-status').textContent()).toBe('심사 중');
    await page.getByRole('link', { name: '심사', exact: true }).waitFor();
    const [profile] = await flows.server.deps.database.rows<{ affiliation: unknown; position: string; tags: string[]; pastAffiliations: unknown; relations: unknown }>(sql`
      select jp.affiliation, jp.position, jp.tags, jp.past_affiliations as "pastAffiliations", jp.relations
      from judge_profiles jp join people p on p.id = jp.person_id where p.email = ${JUDGE.email}`);
    expect(profile).toEqual({
      affiliation: { name: '(주)물류연구원', businessRegistrationNumber: null },
      position: '수석연구원',
      tags: ['물류', '드론'],
      pastAffiliations: [{ name: '한국물류공사', businessRegistrationNumber: null, until: '2024-02-29' }],
      relations: [{ name: '(주)새싹투자', businessRegistrationNumber: null, relation: '투자' }],
    });
    await page.screenshot({ path: shot('judging-rounds') });

    // The pledge: another name is refused on the signature; the judge's own (spaces aside) opens the queue.
    await roundRow.getByTestId('judge-round-open').click();
    await page.getByTestId('pledge-text').waitFor();
    expect(await page.getByTestId('pledge-text').textContent()).toContain('서류평가');
    await setChecked(page.getByRole('checkbox', { name: '위 내용을 읽었으며 이에 서약합니다.' }));
    const signature = page.getByRole('textbox', { name: '서명 (이름 입력)' });
    await signature.fill('홍길동');
    await page.getByTestId('pledge-sign').click();
    expect(await errorOf(page, signature)).toBe('서명은 본인 이름(김심사)과 같아야 합니다 (띄어쓰기는 상관없습니다).');
    await page.screenshot({ path: shot('judging-pledge'), fullPage: true });
    await signature.fill('김 심사');
    await page.getByTestId('pledge-sign').click();
    await page.getByTestId('queue-empty').waitFor();

    // Staff assign the round; the judge's queue has the three applications to do, by code only.
    const run = await staffApi('POST', `/rounds/${roundId}/assignment-runs`, { objective: 'total' });
    expect(run.status).not.toBe('infeasible');
    await staffApi('POST', `/assignment-runs/${run.id}/apply`);
    await page.reload();
    await page.getByTestId('queue-table').first().waitFor();
    expect(await page.getByTestId('queue-count-assigned').textContent()).toBe('3');
    expect(await page.getByTestId('queue-count-submitted').textContent()).toBe('0');
    const codes = await page.getByTestId('queue-row-name').allTextContents();
    expect(codes).toHaveLength(3);
    for (const code of codes) expect(code).toMatch(/^평가대상 \d$/);
    const queueText = await page.locator('main').innerText();
    for (const name of [...APPLICANTS, ...receipts]) expect(queueText).not.toContain(name);
    await page.screenshot({ path: shot('judging-queue') });

    // The sheet: blind (no company, no receipt number, the PDF hidden), answers by type beside the rubric.
    const firstCode = codes[0]!;
    await page.getByTestId('queue-row').first().getByTestId('queue-row-open').click();
    await page.getByTestId('sheet-rubric').waitFor();
    const sheetId = page.url().split('/').pop()!;
    expect(await page.getByTestId('sheet-title').textContent()).toBe(firstCode);
    await page.getByText('시제품', { exact: true }).waitFor();
    const team = page.getByTestId('sheet-answer-table');
    expect(await team.locator('th').allTextContents()).toEqual(['이름', '역할', '경력(년)']);
    expect(await team.locator('tbody tr').first().locator('td').allTextContents()).toEqual(['박대표', '대표', '12']);
    expect(await page.locator('[data-field="deck"]').getByTestId('sheet-answer-hidden').textContent()).toBe('블라인드 심사로 가려짐');
    expect(await page.getByTestId('sheet-file').count()).toBe(0);
    const sheetText = await page.locator('main').innerText();
    for (const name of [...APPLICANTS, ...receipts]) expect(sheetText).not.toContain(name);
    expect(await page.getByTestId('sheet-total').textContent()).toBe('0 / 100점');
    await page.screenshot({ path: shot('judging-sheet') });

    // Scores: the weighted total follows (60 × 8 ÷ 10 + 40 × 1.15 ÷ 5 = 57.2) and the autosave says 저장됨.
    const business = page.getByRole('textbox', { name: '사업성 점수' });
    const teamScore = page.getByRole('textbox', { name: '팀 역량 점수' });
    await business.fill('8');
    await expect.poll(() => page.getByTestId('sheet-total').textContent()).toBe('48 / 100점');
    expect(await page.getByTestId('sheet-unscored').textContent()).toBe('점수를 매기지 않은 항목이 1개 있습니다.');
    await teamScore.fill('1.15');
    await expect.poll(() => page.getByTestId('sheet-total').textContent()).toBe('57.2 / 100점');
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
    expect(await page.getByTestId('save-status').textContent()).toMatch(/^저장됨 \d{2}:\d{2}:\d{2}$/);
    expect((await sheetOf(sheetId)).scores).toEqual({ biz: 8, team: 1.15 });
    await page.getByTestId('sheet-rubric').screenshot({ path: shot('judging-rubric') });

    // A reload keeps the scores (saved).
    await page.reload();
    await page.getByTestId('sheet-rubric').waitFor();
    expect(await business.inputValue()).toBe('8');
    expect(await teamScore.inputValue()).toBe('1.15');
    expect(await page.getByTestId('sheet-total').textContent()).toBe('57.2 / 100점');

    // No connection: 저장 실패, and saved again once the connection is back.
    const cutOff = (route: Route) => (route.request().method() === 'PATCH' ? route.abort() : route.continue());
    await page.route('**/api/v1/score-sheets/*', cutOff);
    const overall = page.getByRole('textbox', { name: '종합 의견' });
    await overall.fill('드론 실증 계획이 구체적입니다.');
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('offline');
    expect(await page.getByTestId('save-status').textContent()).toContain('저장 실패');
    await page.getByTestId('sheet-rubric').screenshot({ path: shot('judging-save-failed') });
    await page.unroute('**/api/v1/score-sheets/*', cutOff);
    await page.getByRole('button', { name: '다시 저장' }).click();
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
    expect((await sheetOf(sheetId)).comment).toBe('드론 실증 계획이 구체적입니다.');

    // Saves refused while the tab is closed (the window shut for a moment): what was typed comes back from this
    // browser when the sheet opens again, and is saved.
    const setClosesAt = (closes: string) => flows.server.deps.database.rows(sql`update evaluation_rounds set scoring_closes_at = ${closes}::timestamptz where id = ${roundId}::uuid`);
    const [{ closes }] = (await flows.server.deps.database.rows<{ closes: string }>(sql`select scoring_closes_at::text as closes from evaluation_rounds where id = ${roundId}::uuid`)) as [{ closes: string }];
    await setClosesAt(new Date(Date.now() - 60_000).toISOString());
    await overall.fill('드론 실증 계획이 구체적이고 수익 모델이 분명합니다.');
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('refused');
    await page.close();
    // The save the closing tab still sends is refused too; only then does the window reopen.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await sheetOf(sheetId)).comment).toBe('드론 실증 계획이 구체적입니다.');
    await setClosesAt(closes);
    page = await context.newPage();
    await page.goto(`${flows.baseUrl}/judging/sheets/${sheetId}`);
    await expect.poll(() => page.getByRole('textbox', { name: '종합 의견' }).inputValue()).toBe('드론 실증 계획이 구체적이고 수익 모델이 분명합니다.');
    expect(await page.getByRole('textbox', { name: '사업성 점수' }).inputValue()).toBe('8');
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
    expect((await sheetOf(sheetId)).comment).toBe('드론 실증 계획이 구체적이고 수익 모델이 분명합니다.');

    // Submitting with 팀 역량 under 3 and no comment: refused on that comment.
    const businessScore = page.getByRole('textbox', { name: '사업성 점수' });
    await page.getByTestId('sheet-submit').click();
    const teamComment = page.getByRole('textbox', { name: '팀 역량 의견' });
    expect(await errorOf(page, teamComment)).toBe('3점 미만이면 의견을 적어야 합니다.');
    expect((await sheetOf(sheetId)).status).toBe('draft');
    await page.screenshot({ path: shot('judging-sheet-error') });
    await teamComment.fill('팀의 물류 운영 경험이 아직 부족합니다.');
    await expect.poll(() => teamComment.getAttribute('aria-invalid')).not.toBe('true');
    await page.getByTestId('sheet-submit').click();
    await page.getByTestId('sheet-submitted').waitFor();
    expect(await page.getByTestId('sheet-status').textContent()).toBe('제출 완료');
    expect(await page.getByTestId('sheet-submitted').textContent()).toMatch(/제출 \d{4}\. \d{1,2}\. \d{1,2}\./);
    expect(await businessScore.getAttribute('readonly')).not.toBeNull();
    expect(await page.getByTestId('sheet-submit').count()).toBe(0);
    const submitted = await sheetOf(sheetId);
    expect(submitted).toMatchObject({ status: 'submitted', scores: { biz: 8, team: 1.15 }, comments: { team: '팀의 물류 운영 경험이 아직 부족합니다.' } });
    await page.screenshot({ path: shot('judging-sheet-submitted') });
    // On a phone the rubric follows the application.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('sheet-rubric').scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('judging-sheet-phone') });
    await page.setViewportSize({ width: 1440, height: 900 });

    // Back in the queue: one 제출 완료 with its total, two to do.
    await page.getByTestId('sheet-back').click();
    await page.getByTestId('queue-table').first().waitFor();
    expect(await page.getByTestId('queue-count-submitted').textContent()).toBe('1');
    expect(await page.getByTestId('queue-count-assigned').textContent()).toBe('2');
    await page.getByTestId('queue-tab-submitted').click();
    const done = page.getByRole('tabpanel').getByTestId('queue-row');
    await expect.poll(() => done.getByTestId('queue-row-name').allTextContents()).toEqual([firstCode]);
    expect(await done.getByTestId('queue-row-total').textContent()).toBe('57.2 / 100점');
    await page.screenshot({ path: shot('judging-queue-done') });

    // 이해충돌 신고 on another application: its sheet leaves the queue.
    await page.getByTestId('queue-tab-assigned').click();
    await page.getByRole('tabpanel').getByTestId('queue-row-open').first().click();
    await page.getByTestId('sheet-declare-conflict').click();
    const dialog = page.getByRole('dialog', { name: '이해충돌 신고 (회피 신청)' });
    await dialog.getByTestId('conflict-declare-confirm').click();
    expect(await errorOf(page, dialog.getByRole('textbox', { name: '사유' }))).toBe('필수 항목입니다.');
    await dialog.getByRole('textbox', { name: '사유' }).fill('이 기업 대표와 예전에 공동 창업을 한 적이 있습니다.');
    await page.screenshot({ path: shot('judging-conflict') });
    await dialog.getByTestId('conflict-declare-confirm').click();
    await page.waitForURL(`${flows.baseUrl}/judging/${roundId}`);
    await expect.poll(() => page.getByTestId('queue-count-assigned').textContent()).toBe('1');
    const [declared] = await flows.server.deps.database.rows<{ source: string; detail: string }>(sql`
      select source, detail from evaluation_conflicts where round_id = ${roundId}::uuid and source = 'declared'`);
    expect(declared).toEqual({ source: 'declared', detail: '이 기업 대표와 예전에 공동 창업을 한 적이 있습니다.' });

    // The profile, from 심사: as accepted; the position changes.
    await page.getByRole('link', { name: '심사', exact: true }).click();
    await page.getByTestId('judge-profile-link').click();
    const position = page.getByRole('textbox', { name: '직위' });
    await expect.poll(() => position.inputValue()).toBe('수석연구원');
    expect(await page.getByRole('textbox', { name: '소속 기관' }).inputValue()).toBe('(주)물류연구원');
    expect(await page.getByRole('textbox', { name: '이전 소속 1 퇴직일' }).inputValue()).toBe('2024-02-29');
    await page.screenshot({ path: shot('judging-profile'), fullPage: true });
    await position.fill('연구위원');
    await page.getByTestId('judge-profile-save').click();
    await page.getByText('심사위원 프로필을 저장했습니다.').waitFor();
    const [saved] = await flows.server.deps.database.rows<{ position: string; version: number }>(sql`
      select jp.position, jp.version from judge_profiles jp join people p on p.id = jp.person_id where p.email = ${JUDGE.email}`);
    expect(saved).toEqual({ position: '연구위원', version: 2 });

    // The spent link now explains itself.
    await page.goto(invitationUrl);
    expect(await page.getByTestId('invitation-state').textContent()).toContain('사용할 수 없는 초대 링크입니다');
    await context.close();
  }, 240_000);

  it('an invited person declines; the link then says so', async () => {
    const email = `declines.${crypto.randomBytes(3).toString('hex')}@example.kr`;
    await staffApi('POST', `/rounds/${roundId}/judges`, { email, name: '이거절' });
    const { context, page } = await flows.newPage();
    await page.goto(`${flows.baseUrl}/judge/invitations/${await invitationToken(email)}`);
    await page.getByTestId('invitation-decline').click();
    await page.getByRole('dialog', { name: '심사 초대 거절' }).getByTestId('invitation-decline-confirm').click();
    await expect.poll(() => page.getByTestId('invitation-state').textContent()).toContain('거절한 초대입니다');
    const [judge] = await flows.server.deps.database.rows<{ status: string }>(sql`
      select rj.status from round_judges rj join people p on p.id = rj.person_id where p.email = ${email}`);
    expect(judge!.status).toBe('declined');
    await page.screenshot({ path: shot('judging-declined') });
    await context.close();
  }, 60_000);
});
