import { sql } from 'drizzle-orm';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/features/auth/auth.service.ts';
import { shot } from './server.ts';
import { signIn, useBrowserFlows, setChecked } from './flows.ts';

// Browser flow of the form builder (신청서 양식 만들기): a 인천 manager opens a new call of the
// 물류벤처 육성프로그램, builds its application form without code — a section, a required text
// question, a choice with a question shown for one of its answers, a table and a file question —,
// tries the condition in the live preview, saves version 1 (the API serves it), meets the server's
// refusal of a choice with one option on that question, fixes it (and the condition that named
// the removed option) into versions 2 and 3, is stopped
// before leaving with unsaved changes, and gets unsaved work back after a reload.
const TITLE = '스마트 물류 실증 참여기업 모집 (양식 빌더)';
let callId = '';
let token = '';

const flows = useBrowserFlows(async (server, baseUrl) => {
  const deps = server.deps;
  const [manager] = await deps.database.rows<{ id: string }>(sql`select id from people where email = 'incheon.manager@innohub.kr'`);
  const [program] = await deps.database.rows<{ id: string }>(sql`select id from programs where center_id = 'incheon' and name like '물류벤처 육성프로그램%' limit 1`);
  token = (await createApiToken(deps, manager!.id, 'e2e-forms')).token;
  const day = (days: number, time: string) => `${new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10)}T${time}:00+09:00`;
  const response = await fetch(`${baseUrl}/api/v1/calls`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ programId: program!.id, title: TITLE, body: '<p>드론 배송, 콜드체인 실증</p>', opensAt: day(3, '09:00'), closesAt: day(20, '18:00'), published: true }),
  });
  if (!response.ok) throw new Error(`call fixture: ${response.status} ${await response.text()}`);
  callId = ((await response.json()) as { id: string }).id;
});

type Form = { version: number; definition: { sections: { title: { ko: string }; fields: Record<string, unknown>[] }[] } };
const getForm = async (): Promise<Form> => {
  const response = await fetch(`${flows.baseUrl}/api/v1/calls/${callId}/form`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as Form;
};

/** A question's card in the builder, by its answer key. */
const card = (page: Page, key: string) => page.locator(`[data-testid="field-card"][data-key="${key}"]`);

/** Adds a question of a type to a section and returns its (open) editor. */
async function addQuestion(page: Page, section: string, type: RegExp, label: string): Promise<Locator> {
  await page.getByRole('button', { name: `‘${section}’ 구역에 질문 추가` }).click();
  await page.getByRole('menuitem', { name: type }).click();
  const editor = page.getByTestId('field-editor');
  await editor.getByTestId('field-label').fill(label);
  return editor;
}

describe('form builder', () => {
  it('a 인천 manager builds a call’s application form with a condition, previews it, saves versions, and sees the server’s refusal on the question', async () => {
    const { context, page } = await flows.newPage();
    await page.goto(flows.baseUrl);
    await signIn(page, 'incheon.manager@innohub.kr');

    // From the program to the call, and its 신청서 양식 (the call has none yet).
    await page.getByRole('link', { name: '사업', exact: true }).click();
    await page.getByRole('link', { name: /^물류벤처 육성프로그램/ }).first().click();
    await page.getByTestId('program-calls').getByRole('link', { name: TITLE }).click();
    await page.waitForURL(new RegExp(`/calls/${callId}$`));
    await page.getByTestId('call-form-link').click();
    await page.waitForURL(new RegExp(`/calls/${callId}/form$`));
    await expect.poll(() => page.getByTestId('form-call-title').textContent()).toBe(TITLE);
    await page.getByTestId('form-start').waitFor();
    expect(await page.getByTestId('form-template').count()).toBe(2);
    await page.getByTestId('form-start').getByText('표준 창업지원 신청서').waitFor();
    expect(await page.getByTestId('form-version-number').textContent()).toBe('저장한 버전 없음');
    await page.getByText('이미 작성을 시작한 신청서(임시 저장 포함)와 제출된 신청서는 시작할 때의 버전을 계속 쓰고').waitFor();
    await page.screenshot({ path: shot('50-form-start') });
    await page.getByRole('button', { name: '빈 양식으로 시작' }).click();

    // A section and its questions; keys come from the labels.
    await page.getByTestId('section-title').fill('기업 개요');
    const name = await addQuestion(page, '기업 개요', /^짧은 글/, '기업명');
    await setChecked(name.getByRole('switch', { name: '필수', exact: true }));
    await name.getByLabel('도움말', { exact: true }).fill('사업자등록증에 적힌 이름');

    const kind = await addQuestion(page, '기업 개요', /^하나 고르기/, '사업자 구분');
    await kind.getByRole('textbox', { name: '선택지 1', exact: true }).fill('예비창업자');
    await kind.getByRole('textbox', { name: '선택지 2', exact: true }).fill('법인사업자');

    // Shown only for 법인사업자: the condition names the earlier choice and one of its answers.
    const founded = await addQuestion(page, '기업 개요', /^날짜/, '법인 설립일');
    await setChecked(founded.getByRole('switch', { name: '조건에 따라 보이기' }));
    expect(await founded.getByLabel('앞 질문').inputValue()).toBe('사업자 구분');
    await founded.getByLabel('이 답 가운데 하나를 고르면').click({ force: true });
    await page.getByRole('option', { name: '법인사업자' }).click();
    await page.getByRole('option', { name: '예비창업자' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => founded.getByTestId('condition-summary').textContent()).toBe('‘사업자 구분’에 ‘법인사업자’라고 답하면 이 질문이 보입니다.');

    // A table with a number and an amount column.
    const sales = await addQuestion(page, '기업 개요', /^표/, '연도별 매출');
    await sales.getByRole('textbox', { name: '열 1 이름', exact: true }).fill('연도');
    await sales.getByRole('combobox', { name: '열 1 형식' }).click();
    await page.getByRole('option', { name: '숫자' }).click();
    await sales.getByRole('checkbox', { name: '필수', exact: true }).check();
    await sales.getByRole('button', { name: '열 추가' }).click();
    await sales.getByRole('textbox', { name: '열 2 이름', exact: true }).fill('매출액');
    await sales.getByRole('combobox', { name: '열 2 형식' }).click();
    await page.getByRole('option', { name: '금액 (원)' }).click();
    await sales.getByLabel('최대 행 수').fill('3');

    // A second section with a file question.
    await page.getByRole('button', { name: '구역 추가' }).click();
    await page.getByTestId('section-title').nth(1).fill('첨부 서류');
    const plan = await addQuestion(page, '첨부 서류', /^파일 첨부/, '사업계획서');
    await setChecked(plan.getByRole('switch', { name: '필수', exact: true }));
    await plan.getByLabel('파일당 최대 크기 (MB)').fill('10');

    // The preview asks it as applicants will see it; the condition follows the choice.
    const preview = page.getByTestId('form-preview');
    await preview.getByLabel(/^기업명/).waitFor();
    await preview.getByText('사업자등록증에 적힌 이름').waitFor();
    await preview.getByRole('table', { name: '연도별 매출' }).waitFor();
    await preview.getByTestId('file-field-saeopgyehoekseo').getByText('허용 형식: pdf, hwp, hwpx, docx · 최대 10MB').waitFor();
    expect(await preview.getByLabel(/^법인 설립일/).count()).toBe(0);
    await preview.getByRole('radio', { name: '법인사업자' }).check();
    await preview.getByLabel(/^법인 설립일/).waitFor();
    await preview.getByRole('radio', { name: '예비창업자' }).check();
    await preview.getByLabel(/^법인 설립일/).waitFor({ state: 'detached' });
    await preview.getByRole('radio', { name: '법인사업자' }).check();
    await preview.getByLabel(/^법인 설립일/).waitFor();
    await expect.poll(() => page.getByTestId('form-dirty').textContent()).toContain('저장하지 않은 변경 사항');
    await page.screenshot({ path: shot('51-form-builder'), fullPage: true });

    // Saved as version 1; the API serves what was built.
    await page.getByRole('button', { name: '저장 (v1)' }).click();
    await expect.poll(() => page.getByTestId('form-version-number').textContent()).toBe('현재 v1');
    await page.getByTestId('form-version-saved-at').waitFor();
    await expect.poll(() => page.getByTestId('form-dirty').textContent()).toBe('모든 변경 사항을 저장했습니다.');
    const v1 = await getForm();
    expect(v1.version).toBe(1);
    expect(v1.definition.sections.map((s) => s.title.ko)).toEqual(['기업 개요', '첨부 서류']);
    const [first, second] = v1.definition.sections;
    expect(first!.fields.map((f) => [f.key, f.type])).toEqual([
      ['gieopmyeong', 'text'],
      ['saeopjaGubun', 'choice'],
      ['beopinSeolripil', 'date'],
      ['yeondobyeolMaechul', 'table'],
    ]);
    expect(first!.fields[0]).toMatchObject({ label: { ko: '기업명' }, required: true, help: { ko: '사업자등록증에 적힌 이름' } });
    expect(first!.fields[1]).toMatchObject({ options: [{ value: 'yebichangeopja', label: { ko: '예비창업자' } }, { value: 'beopinsaeopja', label: { ko: '법인사업자' } }] });
    expect(first!.fields[2]).toMatchObject({ showIf: { field: 'saeopjaGubun', equals: 'beopinsaeopja' } });
    expect(first!.fields[3]).toMatchObject({
      maxRows: 3,
      columns: [
        { key: 'yeondo', label: { ko: '연도' }, type: 'number', required: true },
        { key: 'maechulaek', label: { ko: '매출액' }, type: 'amount', required: false },
      ],
    });
    expect(second!.fields).toEqual([{ key: 'saeopgyehoekseo', type: 'file', label: { ko: '사업계획서' }, required: true, accept: ['pdf', 'hwp', 'hwpx', 'docx'], maxSizeMb: 10 }]);

    // A saved question's key is locked; changing it warns that answers are stored under it.
    await card(page, 'gieopmyeong').getByTestId('field-toggle').click();
    const editor = page.getByTestId('field-editor');
    await editor.getByRole('button', { name: '고급 설정 (답변 키)' }).click();
    expect(await editor.getByTestId('field-key').isDisabled()).toBe(true);
    await editor.getByRole('button', { name: '키 바꾸기' }).click();
    await editor.getByTestId('key-warning').getByText('‘gieopmyeong’ 키로 저장되어 있습니다').waitFor();

    // A choice with one option: the server refuses it, and says so on that question's options.
    await card(page, 'saeopjaGubun').getByTestId('field-toggle').click();
    await editor.getByRole('button', { name: '선택지 2 삭제' }).click();
    await page.getByRole('button', { name: '저장 (v2)' }).click();
    await page.getByTestId('form-errors').getByText('고칠 곳이 1개 있습니다').waitFor();
    const refused = card(page, 'saeopjaGubun');
    await refused.getByTestId('field-has-errors').waitFor();
    expect(await refused.getByTestId('options-error').textContent()).toBe('선택지를 2개 이상 두세요.');
    expect(await page.getByTestId('form-version-number').textContent()).toBe('현재 v1');
    // The question shown for the removed 법인사업자 says its condition needs a look.
    expect(await card(page, 'beopinSeolripil').getByTestId('condition-needs-check').textContent()).toBe('조건 확인 필요');
    await refused.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('52-form-server-error') });

    // Put back, with an English label this time, and saved as version 2.
    await editor.getByRole('button', { name: '선택지 추가' }).click();
    await editor.getByRole('textbox', { name: '선택지 2', exact: true }).fill('개인사업자');
    await editor.getByRole('textbox', { name: '선택지 2 (영문)', exact: true }).fill('Sole proprietor');
    await page.getByRole('button', { name: '저장 (v2)' }).click();
    await expect.poll(() => page.getByTestId('form-version-number').textContent()).toBe('현재 v2');
    expect(await page.getByTestId('form-errors').count()).toBe(0);
    // Its condition now names the new option.
    await card(page, 'beopinSeolripil').getByTestId('field-toggle').click();
    await editor.getByLabel('이 답 가운데 하나를 고르면').click({ force: true });
    await page.getByRole('option', { name: '개인사업자' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page, 'beopinSeolripil').getByTestId('condition-needs-check').count()).toBe(0);
    await page.getByRole('button', { name: '저장 (v3)' }).click();
    await expect.poll(() => page.getByTestId('form-version-number').textContent()).toBe('현재 v3');
    const v3 = await getForm();
    expect(v3.version).toBe(3);
    expect(v3.definition.sections[0]!.fields[1]).toMatchObject({ options: [{ value: 'yebichangeopja' }, { value: 'soleProprietor', label: { ko: '개인사업자', en: 'Sole proprietor' } }] });
    expect(v3.definition.sections[0]!.fields[2]).toMatchObject({ showIf: { field: 'saeopjaGubun', equals: 'soleProprietor' } });

    // Unsaved changes: leaving through the app asks first; staying keeps them.
    await page.getByTestId('section-title').first().fill('기업 개요 (필수)');
    await expect.poll(() => page.getByTestId('form-dirty').textContent()).toContain('저장하지 않은 변경 사항');
    await page.getByRole('link', { name: '공고', exact: true }).click();
    const leave = page.getByRole('dialog', { name: '저장하지 않고 나갈까요?' });
    await leave.waitFor();
    await leave.getByRole('button', { name: '계속 편집' }).click();
    await leave.waitFor({ state: 'detached' });
    expect(page.url()).toMatch(/\/form$/);

    // A reload (the browser asks too) offers the unsaved work back from this browser.
    page.on('dialog', (dialog) => void dialog.accept());
    await page.waitForTimeout(500);
    await page.reload();
    await page.getByTestId('form-restore').waitFor();
    expect(await page.getByTestId('section-title').first().inputValue()).toBe('기업 개요');
    await page.getByRole('button', { name: '복원하기' }).click();
    await expect.poll(() => page.getByTestId('section-title').first().inputValue()).toBe('기업 개요 (필수)');
    await page.getByRole('button', { name: '변경 취소' }).click();
    await page.getByRole('button', { name: '버리기' }).click();
    await expect.poll(() => page.getByTestId('section-title').first().inputValue()).toBe('기업 개요');

    // On a narrow screen the editor and the preview are tabs; the builder speaks English too.
    await page.setViewportSize({ width: 820, height: 1000 });
    await page.getByRole('tab', { name: '미리보기' }).click();
    await page.getByTestId('form-preview').getByRole('radio', { name: '개인사업자' }).waitFor();
    await page.screenshot({ path: shot('53-form-narrow-preview') });
    await page.getByRole('tab', { name: '편집' }).click();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('banner').getByText('English', { exact: true }).click();
    await page.getByRole('button', { name: 'Save (v4)' }).waitFor();
    await page.screenshot({ path: shot('54-form-english') });
    await page.getByRole('banner').getByText('한국어', { exact: true }).click();

    await page.getByRole('link', { name: '공고', exact: true }).click();
    await page.waitForURL(/\/calls$/);
    type Browser = { localStorage: { getItem(key: string): string | null } };
    expect(await page.evaluate((id) => (globalThis as unknown as Browser).localStorage.getItem(`innohub.formDraft.${id}`), callId)).toBeNull();
    await context.close();
  }, 180_000);
});
