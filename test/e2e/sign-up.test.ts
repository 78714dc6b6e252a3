import { sql } from 'drizzle-orm';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoCalls } from '../../src/features/demo/demo.programs.ts';
import { withCheckDigit } from '../../src/features/organizations/brn.ts';
import { shot } from './server.ts';
import { useBrowserFlows } from './flows.ts';

// Browser flows of 회원가입: a visitor on the demo's open call signs up as a team of prospective
// founders and comes back to the call signed in, eligible and able to start an application; a BRN
// with a wrong check digit is refused on its field before anything is sent, and a company already
// on record (the demo founder's) is refused on the BRN field with the hint to be invited instead.
const flows = useBrowserFlows();

// The one demo call open on the seeding day: 인천센터, for startups and SMEs in 인천, 서울 or 경기.
const OPEN_CALL = demoCalls.find((c) => c.opensInDays < 0 && c.closesInDays > 0)!;
const PASSWORD = 'nalgae-team-2026';

/** The error text Mantine ties to an input through aria-describedby, once the input says it is invalid. */
async function fieldError(page: Page, input: Locator): Promise<string | null> {
  if ((await input.getAttribute('aria-invalid')) !== 'true') return null;
  const errorId = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').find((id) => id.endsWith('-error'));
  return errorId ? page.locator(`[id="${errorId}"]`).textContent() : null;
}

async function chooseRegion(page: Page, region: string) {
  await page.getByRole('combobox', { name: /^지역/ }).click();
  await page.getByRole('option', { name: region, exact: true }).click();
}

async function fillPerson(page: Page, person: { name: string; email: string; birthDate: string }) {
  await page.getByLabel(/^이름/).fill(person.name);
  await page.getByLabel(/^이메일/).fill(person.email);
  await page.getByLabel(/^비밀번호/).first().fill(PASSWORD);
  await page.getByLabel(/^비밀번호 확인/).fill(PASSWORD);
  await page.getByLabel(/^휴대폰 번호/).fill('010-2345-6789');
  await page.getByLabel(/^생년월일/).fill(person.birthDate);
  await page.keyboard.press('Escape');
}

describe('sign-up', () => {
  it('a visitor on the open call signs up as a prospective team, comes back signed in, and starts an application', async () => {
    expect(OPEN_CALL.eligibility).toEqual({ organizationKinds: ['startup', 'sme'], regions: ['인천', '서울', '경기'] });
    const { context, page } = await flows.newPage();
    await page.goto(`${flows.baseUrl}/calls`);
    await page.getByRole('link', { name: OPEN_CALL.title }).first().click();
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}$/);
    const callPath = new URL(page.url()).pathname;
    const card = page.getByTestId('apply-card');
    await card.getByRole('link', { name: '회원가입' }).waitFor();
    await page.screenshot({ path: shot('69-sign-up-call-visitor') });
    await card.getByRole('link', { name: '회원가입' }).click();
    await page.waitForURL(/\/sign-up\?/);
    expect(new URL(page.url()).searchParams.get('redirect')).toBe(callPath);

    // Step 1: two radio cards; the keyboard moves between them.
    const company = page.getByRole('radio', { name: /사업자등록번호가 있어요/ });
    const team = page.getByRole('radio', { name: /예비창업자 \(팀\)/ });
    await page.getByTestId('sign-up-next').click();
    await page.getByText('가입 유형을 선택하세요.').waitFor();
    await page.screenshot({ path: shot('70-sign-up-type') });
    await company.click();
    await company.press('ArrowDown');
    await expect.poll(() => team.getAttribute('aria-checked')).toBe('true');
    expect(await company.getAttribute('aria-checked')).toBe('false');
    await page.getByRole('button', { name: '다음' }).click();

    // Step 2: the person and the team; mistakes show on their field as they are made.
    await page.getByRole('heading', { name: '가입 정보' }).waitFor();
    expect(await page.getByLabel(/^사업자등록번호/).count()).toBe(0);
    const password = page.getByLabel(/^비밀번호/).first();
    await password.fill('short');
    await password.blur();
    await expect.poll(() => fieldError(page, password)).toBe('비밀번호는 10자 이상이어야 합니다.');
    await password.fill('long-enough-now');
    await expect.poll(() => fieldError(page, password)).toBeNull();
    await fillPerson(page, { name: '한날개', email: 'team@nalgae.kr', birthDate: '1996-04-12' });
    await page.getByLabel(/^팀 이름/).fill('예비창업팀 날개');
    await chooseRegion(page, '인천');
    await page.getByLabel(/^무엇을 만드나요/).fill('섬 지역 드론 배송 경로 최적화');
    await page.screenshot({ path: shot('71-sign-up-team-details'), fullPage: true });
    await page.getByRole('button', { name: '다음' }).click();

    // Step 3: what is sent and the consent; without it nothing is sent.
    await page.getByRole('heading', { name: '확인하고 동의하기' }).waitFor();
    const review = page.getByTestId('sign-up-review');
    for (const text of ['예비창업자 (팀)', '한날개', 'team@nalgae.kr', '예비창업팀 날개']) await review.getByText(text, { exact: true }).waitFor();
    await page.getByRole('button', { name: '동의하고 가입하기' }).click();
    const consent = page.getByRole('checkbox', { name: /이용약관 및 개인정보 수집·이용에 동의합니다/ });
    await expect.poll(() => fieldError(page, consent)).toBe('가입하려면 이용약관 및 개인정보 수집·이용에 동의해야 합니다.');
    await consent.check();
    await page.screenshot({ path: shot('72-sign-up-consent'), fullPage: true });
    await page.getByRole('button', { name: '동의하고 가입하기' }).click();

    // Back on the call, signed in as the team's member: eligible (a startup in 인천), and it starts.
    await page.waitForURL(`${flows.baseUrl}${callPath}`);
    await page.getByTestId('user-menu').waitFor();
    await card.getByText('지원 기업: 예비창업팀 날개').waitFor();
    await expect.poll(() => card.getByTestId('apply-eligibility-summary').textContent()).toBe('신청 자격을 모두 충족합니다.');
    expect(await card.locator('[data-testid="apply-rule"][data-passed="true"]').count()).toBe(2);
    await page.screenshot({ path: shot('73-sign-up-back-on-call') });
    await card.getByRole('button', { name: '신청서 작성하기' }).click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('application-call-title').textContent()).toBe(OPEN_CALL.title);

    // The account is real: the server knows the person, the team and the membership.
    const [row] = await flows.server.deps.database.rows<{ name: string; brn: string | null; region: string; stage: string; birth: string }>(sql`
      select o.name, o.brn, o.region, o.stage, o.representative_birth_date::text as birth
      from people p join memberships m on m.person_id = p.id join organizations o on o.id = m.organization_id
      where p.email = 'team@nalgae.kr' and m.role = 'company_member'`);
    expect(row).toEqual({ name: '예비창업팀 날개', brn: null, region: '인천', stage: 'idea', birth: '1996-04-12' });
    await context.close();
  });

  it('a BRN with a wrong check digit is refused on its field before sending; the demo founder’s company is refused as already registered', async () => {
    const { context, page } = await flows.newPage();
    await page.goto(`${flows.baseUrl}/sign-in`);
    await page.getByRole('link', { name: '회원가입' }).click();
    await page.waitForURL(/\/sign-up/);
    await page.getByRole('radio', { name: /사업자등록번호가 있어요/ }).click();
    await page.getByRole('button', { name: '다음' }).click();

    // Ten digits, tidied on leaving the field; the wrong check digit named on the BRN input.
    const valid = withCheckDigit('220811234');
    const wrong = valid.slice(0, 9) + String((Number(valid[9]) + 1) % 10);
    const brn = page.getByLabel(/^사업자등록번호/);
    await brn.fill(wrong);
    await brn.blur();
    await expect.poll(() => brn.inputValue()).toBe(`${wrong.slice(0, 3)}-${wrong.slice(3, 5)}-${wrong.slice(5)}`);
    await expect.poll(() => fieldError(page, brn)).toBe('사업자등록번호의 검증번호(마지막 자리)가 맞지 않습니다. 번호를 다시 확인하세요.');
    await page.screenshot({ path: shot('74-sign-up-brn-check-digit') });
    // 다음 keeps the step until it is right.
    await page.getByRole('button', { name: '다음' }).click();
    await expect.poll(() => page.locator(':focus').getAttribute('data-path')).toBe('name');

    // The demo founder's company is on record: refused on the BRN field, with whom to ask.
    const [founder] = await flows.server.deps.database.rows<{ brn: string; name: string }>(sql`
      select o.brn, o.name from people p join memberships m on m.person_id = p.id
      join organizations o on o.id = m.organization_id where p.email = 'founder@innohub.kr' and m.role = 'company_member'`);
    expect(founder?.brn).toMatch(/^\d{10}$/);
    await fillPerson(page, { name: '강새봄', email: 'new.member@smartlogis.kr', birthDate: '1990-07-01' });
    await brn.fill(founder!.brn);
    await brn.blur();
    await expect.poll(() => fieldError(page, brn)).toBeNull();
    await page.getByLabel(/^기업명/).fill(founder!.name);
    await chooseRegion(page, '인천');
    await page.getByRole('button', { name: '다음' }).click();
    await page.getByRole('checkbox', { name: /이용약관 및 개인정보 수집·이용에 동의합니다/ }).check();
    await page.getByRole('button', { name: '동의하고 가입하기' }).click();

    await page.getByRole('heading', { name: '가입 정보' }).waitFor();
    await expect.poll(() => fieldError(page, brn)).toContain('이미 등록된 기업입니다');
    expect(await fieldError(page, brn)).toContain('소속 센터에 구성원 초대를 요청하세요');
    await expect.poll(() => page.locator(':focus').getAttribute('data-path')).toBe('organization.businessRegistrationNumber');
    await page.screenshot({ path: shot('75-sign-up-registered'), fullPage: true });
    // Nothing was made: no account for the address.
    const [people] = await flows.server.deps.database.rows<{ n: number }>(sql`select count(*)::int as n from people where email = 'new.member@smartlogis.kr'`);
    expect(people?.n).toBe(0);
    await context.close();
  });

  it('reads well on a phone', async () => {
    const { context, page } = await flows.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${flows.baseUrl}/calls`);
    await page.getByRole('link', { name: OPEN_CALL.title }).first().click();
    const card = page.getByTestId('apply-card');
    await card.getByRole('link', { name: '회원가입' }).waitFor();
    await card.screenshot({ path: shot('76-sign-up-phone-apply-card') });
    await card.getByRole('link', { name: '회원가입' }).click();
    await page.getByRole('radio', { name: /예비창업자 \(팀\)/ }).click();
    await page.screenshot({ path: shot('77-sign-up-phone-type'), fullPage: true });
    await page.getByRole('button', { name: '다음' }).click();
    await page.getByRole('heading', { name: '가입 정보' }).waitFor();
    await page.screenshot({ path: shot('78-sign-up-phone-details'), fullPage: true });
    const overflow = await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
    expect(overflow).toBe(0);
    await context.close();
  });
});
