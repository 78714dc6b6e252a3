import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/features/auth/auth.service.ts';
import { memberships } from '../../src/features/people/person.table.ts';
import { organization, user } from '../factories.ts';
import { DEMO_PASSWORD } from './fixtures.ts';
import { shot } from './server.ts';
import { signIn, useBrowserFlows } from './flows.ts';

// Browser flow of applying (지원하기): a 인천 manager publishes a call with a form through the API;
// a company member of two organizations signs in from the call page, sees one organization fail
// the region rule and the other pass it, writes the application (autosaved, kept over a reload),
// meets a conditional question, is told on the field what is missing, and submits for a receipt number.
const TITLE = '이투이 물류 실증 지원기업 모집 (신청서)';
const MEMBER = 'apply.member@test.innohub';
let callId = '';
let incheonOrg = { id: '', name: '' };
let jeonbukOrg = { id: '', name: '' };

const flows = useBrowserFlows(async (server, baseUrl) => {
  const deps = server.deps;
  const [manager] = await deps.database.rows<{ id: string }>(sql`select id from people where email = 'incheon.manager@innohub.kr'`);
  const [program] = await deps.database.rows<{ id: string }>(sql`select id from programs where center_id = 'incheon' order by name limit 1`);
  const { token } = await createApiToken(deps, manager!.id, 'e2e');
  const api = async (method: string, path: string, body: unknown) => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string };
  };
  const day = (days: number, time: string) => `${new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10)}T${time}:00+09:00`;
  const call = await api('POST', '/calls', {
    programId: program!.id,
    title: TITLE,
    body: '<p>인천 소재 물류 스타트업</p>',
    opensAt: day(-1, '09:00'),
    closesAt: day(10, '18:00'),
    published: true,
    eligibility: { regions: ['인천'] },
  });
  callId = call.id;
  await api('PUT', `/calls/${callId}/form`, {
    sections: [
      {
        title: { ko: '기본 정보' },
        fields: [
          { key: 'teamName', type: 'text', label: { ko: '팀명' }, help: { ko: '법인명이 아닌 팀 이름' }, required: true, maxLength: 50 },
          { key: 'hasPatent', type: 'yesNo', label: { ko: '보유 특허가 있습니까?' }, required: true },
          { key: 'patentCount', type: 'number', label: { ko: '특허 수' }, required: true, min: 1, showIf: { field: 'hasPatent', equals: true } },
        ],
      },
      {
        title: { ko: '매출 실적' },
        fields: [
          {
            key: 'sales',
            type: 'table',
            label: { ko: '연도별 매출' },
            columns: [
              { key: 'year', label: { ko: '연도' }, type: 'number', required: true },
              { key: 'amount', label: { ko: '매출액' }, type: 'amount', required: true },
            ],
            maxRows: 5,
          },
        ],
      },
      {
        title: { ko: '제출 서류' },
        fields: [{ key: 'businessPlan', type: 'file', label: { ko: '사업계획서' }, required: true, accept: ['pdf'], maxSizeMb: 5 }],
      },
    ],
  });

  incheonOrg = await organization(deps, { name: '이투이지원물류', kind: 'startup', region: '인천', foundedOn: '2022-03-02', centers: ['incheon'] });
  jeonbukOrg = await organization(deps, { name: '이투이전북소재', kind: 'startup', region: '전북', foundedOn: '2021-05-10', centers: ['jeonbuk'] });
  const member = await user(deps, 'company_member', { organizationId: incheonOrg.id }, { email: MEMBER, password: DEMO_PASSWORD });
  await deps.database.db.insert(memberships).values({ personId: member.id, role: 'company_member', organizationId: jeonbukOrg.id });
});

async function chooseOrganization(page: Page, name: string) {
  await page.getByRole('combobox', { name: '지원할 기업' }).click();
  await page.getByRole('option', { name }).click();
}

describe('applications', () => {
  it('a company member checks eligibility per organization, writes an autosaved application, is told what is missing, and submits for a receipt number', async () => {
    const { context, page } = await flows.newPage();
    const callUrl = `${flows.baseUrl}/calls/${callId}`;

    // A visitor is offered to sign in and comes back to the call.
    await page.goto(callUrl);
    await page.getByTestId('apply-card').waitFor();
    await page.getByRole('link', { name: '로그인하고 지원하기' }).click();
    await page.waitForURL(/\/sign-in/);
    await signIn(page, MEMBER);
    await page.waitForURL(callUrl);
    const card = page.getByTestId('apply-card');

    // The 전북 organization fails the region rule, in plain Korean, and cannot start.
    await chooseOrganization(page, jeonbukOrg.name);
    await expect.poll(() => card.getByTestId('apply-eligibility-summary').textContent()).toContain('신청 자격을 충족하지 않습니다');
    const failed = card.locator('[data-testid="apply-rule"][data-passed="false"]');
    await failed.waitFor();
    expect(await failed.textContent()).toContain('소재지: 인천');
    expect(await failed.textContent()).toContain('소재지가 전북입니다.');
    expect(await card.getByRole('button', { name: '신청서 작성하기' }).isDisabled()).toBe(true);
    await page.screenshot({ path: shot('40-apply-not-eligible') });

    // The 인천 organization passes and starts its application.
    await chooseOrganization(page, incheonOrg.name);
    await expect.poll(() => card.getByTestId('apply-eligibility-summary').textContent()).toBe('신청 자격을 모두 충족합니다.');
    await card.locator('[data-testid="apply-rule"][data-passed="true"]').waitFor();
    await card.getByRole('button', { name: '신청서 작성하기' }).click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    const applicationUrl = page.url();
    await expect.poll(() => page.getByTestId('application-call-title').textContent()).toBe(TITLE);
    await page.getByTestId('application-deadline').getByText('D-10').waitFor();

    // Part of the form, autosaved, kept over a reload.
    await page.getByLabel(/^팀명/).fill('스마트드론물류팀');
    await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 10_000 }).toMatch(/^저장됨 \d{2}:\d{2}:\d{2}$/);
    await page.reload();
    await expect.poll(() => page.getByLabel(/^팀명/).inputValue()).toBe('스마트드론물류팀');
    expect(await page.getByTestId('application-restore').count()).toBe(0);

    // The conditional question appears with 예 and leaves with 아니요.
    expect(await page.getByLabel(/^특허 수/).count()).toBe(0);
    await page.getByRole('radio', { name: '예' }).check();
    await page.getByLabel(/^특허 수/).waitFor();
    await page.getByRole('radio', { name: '아니요' }).check();
    await page.getByLabel(/^특허 수/).waitFor({ state: 'detached' });
    await page.getByRole('radio', { name: '예' }).check();

    // Submitting with the required 특허 수 empty: the Korean message sits on that input.
    await page.getByTestId('submit').click();
    const patents = page.getByLabel(/^특허 수/);
    await expect.poll(() => patents.getAttribute('aria-invalid')).toBe('true');
    const errorId = ((await patents.getAttribute('aria-describedby')) ?? '').split(' ').find((id) => id.endsWith('-error'));
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe('필수 항목입니다.');
    await page.getByTestId('submit-problem').waitFor();
    await page.screenshot({ path: shot('41-application-missing'), fullPage: true });

    // A table row, then the rest, then the submission.
    await patents.fill('2');
    await page.getByRole('button', { name: '행 추가' }).click();
    await page.getByLabel('1행 연도').fill('2025');
    await page.getByLabel('1행 매출액').fill('120000000');
    await expect.poll(() => patents.getAttribute('aria-invalid')).not.toBe('true');

    // The business plan: a .exe is refused here, a renamed one by the server, both in Korean; a PDF is listed.
    const plan = page.getByTestId('file-field-businessPlan');
    const input = page.getByTestId('file-input-businessPlan');
    await input.setInputFiles({ name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\x90\x00 not a document') });
    await expect.poll(() => plan.getByTestId('file-error').first().textContent()).toContain('허용되지 않는 파일 형식');
    await input.setInputFiles({ name: '사업계획서-가짜.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00 this is an executable, renamed') });
    await expect.poll(() => plan.getByTestId('file-error').first().textContent(), { timeout: 10_000 }).toMatch(/[가-힣]/);
    expect(await plan.getByTestId('file-item').count()).toBe(0);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    await input.setInputFiles({ name: '사업계획서.pdf', mimeType: 'application/pdf', buffer: pdf });
    const item = plan.getByTestId('file-item');
    await item.waitFor();
    expect(await item.textContent()).toContain('사업계획서.pdf');
    expect(await plan.getByTestId('file-error').count()).toBe(0);
    const href = await item.getByRole('link').getAttribute('href');
    const downloaded = await page.request.get(`${flows.baseUrl}${href}`);
    expect(downloaded.status()).toBe(200);
    expect((await downloaded.body()).subarray(0, 8).toString()).toBe('%PDF-1.4');
    await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 10_000 }).toMatch(/^저장됨/);
    await page.screenshot({ path: shot('41b-application-file'), fullPage: true });
    await page.getByTestId('submit').click();
    const receipt = page.getByTestId('receipt-number');
    await expect.poll(() => receipt.textContent(), { timeout: 15_000 }).toMatch(/^\d{4}-[0-9A-F]{6}-0001$/);
    await expect.poll(() => page.getByTestId('application-status').textContent()).toBe('제출됨');
    expect(await page.getByTestId('submissions').locator('tbody tr').count()).toBe(1);
    await page.screenshot({ path: shot('42-application-submitted'), fullPage: true });

    // What was submitted is what the server holds.
    const [row] = await flows.server.deps.database.rows<{ answers: Record<string, unknown>; status: string }>(sql`select answers, status from applications where id = ${applicationUrl.split('/').pop()}::uuid`);
    expect(row!.status).toBe('submitted');
    const fileId = href!.split('/').pop();
    expect(row!.answers).toEqual({ teamName: '스마트드론물류팀', hasPatent: true, patentCount: 2, sales: [{ year: 2025, amount: 120_000_000 }], businessPlan: [fileId] });

    // The call page links the application.
    await page.goto(callUrl);
    await chooseOrganization(page, incheonOrg.name);
    await page.getByTestId('apply-continue').click();
    await page.waitForURL(applicationUrl);
    await page.getByTestId('receipt-number').waitFor();
    // After a reload the file is still listed by its name.
    await page.getByTestId('file-field-businessPlan').getByText('사업계획서.pdf').waitFor();
    const receiptNumber = await page.getByTestId('receipt-number').textContent();
    await context.close();

    // The 인천 manager sees it among the call's applications, downloads the workbook and the documents, and reads it.
    const staff = await flows.newPage();
    await staff.page.goto(flows.baseUrl);
    await signIn(staff.page, 'incheon.manager@innohub.kr');
    await staff.page.goto(callUrl);
    const staffCard = staff.page.getByTestId('call-applications');
    await expect.poll(() => staffCard.getByTestId('applications-counts').textContent()).toContain('제출 1건');
    const staffRow = staffCard.getByTestId('application-row').filter({ hasText: receiptNumber! });
    await staffRow.waitFor();
    expect(await staffRow.textContent()).toContain(incheonOrg.name);
    expect(await staffRow.textContent()).toMatch(/(\d+)\/\1완료/);
    await staffCard.getByTestId('applications-search').fill('없는기업이름');
    await staffCard.getByText('조건에 맞는 신청서가 없습니다.').waitFor();
    await staffCard.getByTestId('applications-search').fill(receiptNumber!);
    await staffRow.waitFor();
    await staff.page.screenshot({ path: shot('43-call-applications'), fullPage: true });
    for (const testId of ['applications-export', 'applications-zip']) {
      const link = await staffCard.getByTestId(testId).getAttribute('href');
      const response = await staff.page.request.get(`${flows.baseUrl}${link}`);
      expect(response.status()).toBe(200);
      expect((await response.body()).subarray(0, 2).toString()).toBe('PK');
    }
    await staffRow.getByRole('link', { name: receiptNumber! }).click();
    await staff.page.waitForURL(applicationUrl);
    await staff.page.getByTestId('application-read-only').waitFor();
    await expect.poll(() => staff.page.getByLabel(/^팀명/).isDisabled()).toBe(true);
    expect(await staff.page.getByTestId('application-actions').count()).toBe(0);
    await staff.page.getByTestId('file-field-businessPlan').getByText('사업계획서.pdf').waitFor();
    await staff.context.close();
  }, 180_000);
});
