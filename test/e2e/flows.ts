import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { DEMO_PASSWORD, ensureFlowData } from './fixtures.ts';
import { assertWebBuilt, launchBrowser, startTestServer } from './server.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;

/**
 * Registers the hooks of a browser-flow file: one real server with the demo data and the built
 * web app, one Chromium, and every script error failing the test it happened in.
 */
export function useBrowserFlows(setup?: (server: Server, baseUrl: string) => Promise<void>) {
  const state = { server: undefined as Server | undefined, browser: undefined as Browser | undefined, baseUrl: '' };
  const pageErrors: string[] = [];

  beforeAll(async () => {
    assertWebBuilt();
    [state.server, state.browser] = await Promise.all([startTestServer(), launchBrowser()]);
    state.baseUrl = state.server.url.replace('localhost', '127.0.0.1');
    await ensureFlowData(state.server.deps, state.baseUrl);
    await setup?.(state.server, state.baseUrl);
  }, 120_000);

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await state.browser?.close();
    await state.server?.stop();
  });

  return {
    get server() {
      return state.server!;
    },
    get baseUrl() {
      return state.baseUrl;
    },
    async newPage(): Promise<{ context: BrowserContext; page: Page }> {
      const context = await state.browser!.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      page.on('console', (m) => {
        // Refused requests (422 previews, the 401 before sign-in) log "Failed to load resource"; that is expected.
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) pageErrors.push(m.text());
      });
      return { context, page };
    },
  };
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.getByLabel('이메일').fill(email);
  await page.getByLabel('비밀번호').fill(password);
  await page.getByRole('button', { name: '로그인' }).click();
  await page.getByTestId('user-menu').waitFor();
}

/**
 * Turns a Mantine switch or checkbox on or off. Its input is hidden, so the click is forced, and a
 * forced click lands where the input is at that moment: while a modal still slides in, that can be
 * beside it (CI once saw '게시' stay off). So the page's finite animations finish first.
 */
export async function setChecked(control: Locator, on = true) {
  // Runs in the page, whose DOM types this Node project does not load (and its CSP refuses a string).
  type Animation = { playState: string; effect: { getComputedTiming(): { endTime?: number | string } } | null };
  await control.page().waitForFunction(() =>
    (globalThis as unknown as { document: { getAnimations(): Animation[] } }).document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
  );
  await control.setChecked(on, { force: true });
}
