import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import JSZip from 'jszip';
import type { Download, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/features/auth/auth.service.ts';
import { founderOrganization, JEONBUK_ONLY_ORGANIZATION } from '../../src/features/demo/demo.fixed.ts';
import { readTable } from '../../src/shared/tabular.ts';
import { shot } from './server.ts';
import { signIn, useBrowserFlows, setChecked } from './flows.ts';

// The acceptance test of issue 3, done as new users would in a real browser: the 인천 manager
// creates a program, a call with eligibility rules (인천, 창업 10년 이내) and its form, and
// publishes it; a member of a 전북 company finds it on the public list and is told plainly which
// rule it fails, and nothing starts; the demo founder (인천, founded 2018) applies, saves a draft,
// uploads a PDF, submits and gets a receipt number and a mail; the manager sees the application,
// exports the workbook and the zip, and both hold the founder's answers and file. Everything is
// done through the UI; the outbox (API) and the applications table are only read to verify.
const flows = useBrowserFlows();

const RUN = String(Date.now()).slice(-6);
const PROGRAM = `해상풍력 물류 스타트업 육성 ${RUN}`;
const TITLE = `해상풍력 부품 물류 실증 참여기업 모집 ${RUN}`;
const SEARCH = '해상풍력 물류 실증';
const MANAGER = 'incheon.manager@innohub.kr';
const FOUNDER = 'founder@innohub.kr';
const ADMIN = 'admin@innohub.kr';
// The demo has no company member outside 인천: the national admin adds one on the people page.
const OUTSIDER = { email: `member.${RUN}@tansomaru.kr`, name: '문가람', password: 'tansomaru-e2e-2026' };
const ITEM = '해상풍력 블레이드 드론 운송과 실시간 위치추적';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

const shared = { callUrl: '', receiptNumber: '' };

/** A Korea wall time `days` from now, as a datetime-local input takes it. */
const seoulInput = (days: number, hour: number) => {
  const day = new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:00`;
};

async function choose(page: Page, scope: Locator, label: RegExp, option: string) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Adds a question of a type to a section of the form builder and returns its (open) editor. */
async function addQuestion(page: Page, section: string, type: RegExp, label: string): Promise<Locator> {
  await page.getByRole('button', { name: `‘${section}’ 구역에 질문 추가` }).click();
  await page.getByRole('menuitem', { name: type }).click();
  const editor = page.getByTestId('field-editor');
  await editor.getByTestId('field-label').fill(label);
  return editor;
}

/** The public call list, searched in Korean, and the call opened from it. */
async function findCall(page: Page) {
  expect(shared.callUrl, 'the manager’s call was not made').not.toBe('');
  await page.goto(`${flows.baseUrl}/calls`);
  await page.getByRole('heading', { name: '공고', exact: true }).waitFor();
  await page.getByRole('textbox', { name: '공고 검색' }).fill(SEARCH);
  await page.getByRole('button', { name: '검색', exact: true }).click();
  await page.waitForURL(/q=/);
  const row = page.getByTestId('call-row').filter({ hasText: TITLE });
  await row.waitFor();
  expect(await row.textContent()).toContain('접수 중');
  await row.getByRole('link', { name: TITLE }).click();
  await page.waitForURL(shared.callUrl);
  await expect.poll(() => page.getByTestId('call-title').textContent()).toBe(TITLE);
}

/** From the call page, signed out: sign in and come back to the call. */
async function signInFromCall(page: Page, email: string, password?: string) {
  await page.getByRole('link', { name: '로그인하고 지원하기' }).click();
  await page.waitForURL(/\/sign-in/);
  await signIn(page, email, password);
  await page.waitForURL(shared.callUrl);
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; data: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  expect(await download.failure()).toBeNull();
  return { download, data: fs.readFileSync((await download.path())!) };
}

describe('acceptance of issue 3: a call from program to exported applications', () => {
  it('the 인천 manager creates a program, a call with eligibility rules, builds its form and publishes it', async () => {
    const { context, page } = await flows.newPage();
    await page.goto(flows.baseUrl);
    await signIn(page, MANAGER);

    // A new program.
    await page.getByRole('link', { name: '사업', exact: true }).click();
    await page.waitForURL(/\/programs$/);
    await page.getByRole('button', { name: '새 사업' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('combobox', { name: /^센터/ }).inputValue()).resolves.toBe('인천센터');
    await dialog.getByLabel(/^사업명/).fill(PROGRAM);
    await choose(page, dialog, /^사업 유형/, '사업화');
    await dialog.getByLabel('예산').fill('300000000');
    await dialog.getByRole('button', { name: '사업 등록' }).click();
    await page.waitForURL(/\/programs\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('program-name').textContent()).toBe(PROGRAM);

    // Its call, with two eligibility rules, saved as a draft: open since yesterday, closing in two weeks.
    const calls = page.getByTestId('program-calls');
    await calls.getByRole('button', { name: '새 공고' }).click();
    await dialog.getByLabel(/^공고 제목/).fill(TITLE);
    await dialog.getByLabel(/^접수 시작/).fill(seoulInput(-1, 9));
    await dialog.getByLabel(/^접수 마감/).fill(seoulInput(14, 18));
    await dialog.getByLabel(/^선정 규모/).fill('5');
    await dialog.getByLabel(/^문의처/).fill('인천센터 창업지원팀 032-458-5000');
    await dialog.getByLabel(/^공고 내용/).fill('<h2>지원 내용</h2><p>해상풍력 부품의 <strong>드론·선박 복합 운송</strong> 실증 비용 지원</p>');
    await setChecked(dialog.getByRole('switch', { name: /^업력/ }));
    await dialog.getByLabel(/^창업 후 연수/).fill('10');
    await setChecked(dialog.getByRole('switch', { name: /^소재지/ }));
    await choose(page, dialog, /^신청할 수 있는 지역/, '인천');
    await page.keyboard.press('Escape');
    const preview = dialog.getByTestId('eligibility-preview').locator('li');
    await expect.poll(() => preview.allTextContents()).toEqual([expect.stringMatching(/^창업 10년 이내 /), '소재지: 인천']);
    await page.screenshot({ path: shot('90-acceptance-call-dialog') });
    await dialog.getByRole('button', { name: '초안으로 저장' }).click();
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}$/);
    shared.callUrl = page.url();
    await expect.poll(() => page.getByTestId('call-title').textContent()).toBe(TITLE);
    expect(await page.getByTestId('call-status').textContent()).toBe('작성 중');

    // Its form: a required short answer, a choice, and a required PDF.
    await page.getByTestId('call-form-link').click();
    await page.waitForURL(/\/form$/);
    await page.getByRole('button', { name: '빈 양식으로 시작' }).click();
    await page.getByTestId('section-title').fill('신청 내용');
    const item = await addQuestion(page, '신청 내용', /^짧은 글/, '사업 아이템');
    await setChecked(item.getByRole('switch', { name: '필수', exact: true }));
    const stage = await addQuestion(page, '신청 내용', /^하나 고르기/, '사업 단계');
    await stage.getByRole('textbox', { name: '선택지 1', exact: true }).fill('시제품 개발');
    await stage.getByRole('textbox', { name: '선택지 2', exact: true }).fill('시장 진입');
    const plan = await addQuestion(page, '신청 내용', /^파일 첨부/, '사업계획서');
    await setChecked(plan.getByRole('switch', { name: '필수', exact: true }));
    await plan.getByLabel('파일당 최대 크기 (MB)').fill('10');
    // PDF only: the other default kinds are taken off the list.
    const accept = plan.getByRole('combobox', { name: /^허용 파일 형식/ });
    // Not searchable, so its input is hidden under the pills: focused, Backspace takes off the last kind.
    await accept.focus();
    for (let i = 0; i < 3; i++) await accept.press('Backspace');
    await page.keyboard.press('Escape');
    const formPreview = page.getByTestId('form-preview');
    await formPreview.getByText('허용 형식: pdf · 최대 10MB').waitFor();
    await formPreview.getByLabel(/^사업 아이템/).waitFor();
    await formPreview.getByRole('radio', { name: '시장 진입' }).waitFor();
    await page.screenshot({ path: shot('91-acceptance-form-builder'), fullPage: true });
    await page.getByRole('button', { name: '저장 (v1)' }).click();
    await expect.poll(() => page.getByTestId('form-version-number').textContent()).toBe('현재 v1');
    await expect.poll(() => page.getByTestId('form-dirty').textContent()).toBe('모든 변경 사항을 저장했습니다.');

    // Published from the call page.
    await page.getByRole('link', { name: '공고로 돌아가기' }).click();
    await page.waitForURL(shared.callUrl);
    await page.getByRole('button', { name: '수정', exact: true }).click();
    await setChecked(dialog.getByRole('switch', { name: '게시' }));
    await dialog.getByRole('button', { name: '저장', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('call-status').textContent()).toBe('접수 중');
    await page.getByTestId('call-dday').getByText('D-14').waitFor();
    await expect.poll(() => page.getByTestId('call-eligibility').locator('li').allTextContents()).toEqual([expect.stringMatching(/^창업 10년 이내 /), '소재지: 인천']);
    await page.screenshot({ path: shot('92-acceptance-call-published'), fullPage: true });
    await context.close();
  }, 60_000);

  it('a member of a 전북 company finds the call by a Korean search and is told plainly that the 소재지 rule fails; nothing starts', async () => {
    // The national admin adds the member on the people page.
    const admin = await flows.newPage();
    await admin.page.goto(flows.baseUrl);
    await signIn(admin.page, ADMIN);
    await admin.page.getByRole('link', { name: '사람·권한', exact: true }).click();
    await admin.page.getByRole('button', { name: '사람 추가' }).click();
    const dialog = admin.page.getByRole('dialog');
    await dialog.getByLabel(/^이름/).fill(OUTSIDER.name);
    await dialog.getByLabel(/^이메일/).fill(OUTSIDER.email);
    await dialog.getByLabel(/^초기 비밀번호/).fill(OUTSIDER.password);
    await choose(admin.page, dialog, /^역할/, '기업 회원');
    await dialog.getByRole('combobox', { name: /^기업·기관/ }).fill('탄소마루');
    await admin.page.getByRole('option', { name: JEONBUK_ONLY_ORGANIZATION, exact: true }).click();
    await dialog.getByRole('button', { name: '추가', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await admin.page.getByText(`${OUTSIDER.name}님을 추가했습니다.`).waitFor();
    await admin.context.close();

    const { context, page } = await flows.newPage();
    await findCall(page);
    await signInFromCall(page, OUTSIDER.email, OUTSIDER.password);
    const card = page.getByTestId('apply-card');
    await card.getByText(`지원 기업: ${JEONBUK_ONLY_ORGANIZATION}`).waitFor();
    await expect.poll(() => card.getByTestId('apply-eligibility-summary').textContent()).toContain('신청 자격을 충족하지 않습니다');
    const region = card.locator('[data-testid="apply-rule"][data-passed="false"]').filter({ hasText: '소재지: 인천' });
    await region.waitFor();
    expect(await region.textContent()).toContain('소재지가 전북입니다.');
    expect(await card.getByTestId('apply-start').isDisabled()).toBe(true);
    await page.screenshot({ path: shot('93-acceptance-not-eligible') });

    // The server agrees: no application of that company for the call.
    const [count] = await flows.server.deps.database.rows<{ n: number }>(sql`
      select count(*)::int as n from applications a join organizations o on o.id = a.organization_id
      where a.call_id = ${shared.callUrl.split('/').pop()}::uuid and o.name = ${JEONBUK_ONLY_ORGANIZATION}`);
    expect(count?.n).toBe(0);
    await context.close();
  }, 60_000);

  it('the founder finds the call, applies, keeps a draft over a reload, uploads a PDF and submits for a receipt number and a mail', async () => {
    const { context, page } = await flows.newPage();
    await findCall(page);
    await signInFromCall(page, FOUNDER);
    const card = page.getByTestId('apply-card');
    await card.getByText(`지원 기업: ${founderOrganization.name}`).waitFor();
    await expect.poll(() => card.getByTestId('apply-eligibility-summary').textContent()).toBe('신청 자격을 모두 충족합니다.');
    expect(await card.locator('[data-testid="apply-rule"][data-passed="true"]').count()).toBe(2);
    await card.getByRole('button', { name: '신청서 작성하기' }).click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('application-call-title').textContent()).toBe(TITLE);

    // Answers, autosaved, kept over a reload.
    await page.getByLabel(/^사업 아이템/).fill(ITEM);
    await page.getByRole('radio', { name: '시장 진입' }).check();
    await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 10_000 }).toMatch(/^저장됨 \d{2}:\d{2}:\d{2}$/);
    await page.screenshot({ path: shot('94-acceptance-draft-saved') });
    await page.reload();
    await expect.poll(() => page.getByLabel(/^사업 아이템/).inputValue()).toBe(ITEM);
    expect(await page.getByRole('radio', { name: '시장 진입' }).isChecked()).toBe(true);
    expect(await page.getByTestId('application-restore').count()).toBe(0);

    // The business plan, a PDF.
    const field = page.getByTestId(/^file-field-/);
    await field.getByText('허용 형식: pdf · 최대 10MB').waitFor();
    await page.getByTestId(/^file-input-/).setInputFiles({ name: '사업계획서.pdf', mimeType: 'application/pdf', buffer: PDF });
    const file = field.getByTestId('file-item');
    await file.waitFor();
    expect(await file.textContent()).toContain('사업계획서.pdf');
    await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 10_000 }).toMatch(/^저장됨/);

    await page.getByTestId('submit').click();
    const receipt = page.getByTestId('receipt-number');
    await expect.poll(() => receipt.textContent(), { timeout: 15_000 }).toMatch(/^\d{4}-[0-9A-F]{6}-0001$/);
    shared.receiptNumber = (await receipt.textContent())!;
    await expect.poll(() => page.getByTestId('application-status').textContent()).toBe('제출됨');
    await page.screenshot({ path: shot('95-acceptance-submitted'), fullPage: true });
    await context.close();

    // The confirmation mail, with the receipt number, in the outbox.
    const [admin] = await flows.server.deps.database.rows<{ id: string }>(sql`select id from people where email = ${ADMIN}`);
    const { token } = await createApiToken(flows.server.deps, admin!.id, 'e2e acceptance');
    type Mail = { kind: string; to: string; subject: string; body: string };
    const mails = async () => {
      const response = await fetch(`${flows.baseUrl}/api/v1/outbox?limit=500`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
      return ((await response.json()) as { items: Mail[] }).items.filter((m) => m.kind === 'applicationSubmitted' && m.to === FOUNDER);
    };
    await expect.poll(async () => (await mails()).length).toBe(1);
    const [mail] = await mails();
    expect(`${mail!.subject}\n${mail!.body}`).toContain(shared.receiptNumber);
    expect(mail!.body).toContain(TITLE);
  }, 60_000);

  it('the manager sees the application, exports the workbook and the zip, and both hold the founder’s answers and PDF', async () => {
    expect(shared.receiptNumber, 'the founder’s application was not submitted').not.toBe('');
    const { context, page } = await flows.newPage();
    await page.goto(flows.baseUrl);
    await signIn(page, MANAGER);
    await page.getByRole('link', { name: '공고', exact: true }).click();
    await page.waitForURL(/\/calls/);
    await findCall(page);

    const card = page.getByTestId('call-applications');
    // One submitted, and nothing started by the ineligible company.
    await expect.poll(() => card.getByTestId('applications-counts').textContent()).toBe('제출 1건 · 철회 0건 · 작성 중 0건');
    const row = card.getByTestId('application-row').filter({ hasText: shared.receiptNumber });
    await row.waitFor();
    expect(await row.textContent()).toContain(founderOrganization.name);
    expect(await row.textContent()).toContain('인천');
    expect(await row.textContent()).toMatch(/2\/2완료/);
    expect(await row.getByTestId('application-eligibility').textContent()).toBe('충족');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('96-acceptance-applications') });

    const xlsx = await downloaded(page, () => card.getByTestId('applications-export').click());
    expect(xlsx.download.suggestedFilename()).toMatch(/신청서\.xlsx$/);
    const table = await readTable(xlsx.data);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]!.cells).toMatchObject({
      접수번호: shared.receiptNumber,
      상태: '제출',
      기업명: founderOrganization.name,
      지역: '인천',
      '사업 아이템': ITEM,
      '사업 단계': '시장 진입',
      사업계획서: '1개 파일',
    });

    const zip = await downloaded(page, () => card.getByTestId('applications-zip').click());
    expect(zip.download.suggestedFilename()).toMatch(/제출서류\.zip$/);
    const archive = await JSZip.loadAsync(zip.data);
    const files = Object.values(archive.files).filter((f) => !f.dir);
    expect(files.map((f) => f.name)).toEqual([`${shared.receiptNumber}_${founderOrganization.name}/사업계획서_사업계획서.pdf`]);
    expect(Buffer.from(await files[0]!.async('uint8array')).equals(PDF)).toBe(true);

    // The application itself, read-only for staff, with the founder's answers.
    await row.getByRole('link', { name: shared.receiptNumber }).click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    await page.getByTestId('application-read-only').waitFor();
    await expect.poll(() => page.getByLabel(/^사업 아이템/).inputValue()).toBe(ITEM);
    await page.getByTestId(/^file-field-/).getByText('사업계획서.pdf').waitFor();
    await page.screenshot({ path: shot('97-acceptance-staff-application'), fullPage: true });
    await context.close();
  }, 60_000);
});
