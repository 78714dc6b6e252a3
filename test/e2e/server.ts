import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { startServer, type Running } from '../../src/main.ts';
import { loadConfig } from '../../src/shared/config.ts';
import { freshPgDatabase } from '../db.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Browser flows test the built app: fail early and clearly when it is missing. */
export function assertWebBuilt(): void {
  if (!fs.existsSync(path.join(root, 'web/dist/index.html'))) {
    throw new Error('web/dist is missing: run `npm run build:web` first (npm test does this before vitest).');
  }
}

/**
 * The real server with demo data, in-process, on a free port: a fresh PGlite folder, or a fresh
 * database on the PostgreSQL server named by INNOHUB_TEST_PG.
 */
export async function startTestServer(): Promise<Running & { stop(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'innohub-e2e-'));
  const fresh = process.env.INNOHUB_TEST_PG ? await freshPgDatabase(process.env.INNOHUB_TEST_PG, 'innohub_e2e') : undefined;
  const running = await startServer(
    loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'silent', DATABASE_URL: fresh?.url ?? '' }),
    { demo: true },
  );
  return {
    ...running,
    async stop() {
      await running.close();
      await fresh?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}: apt-get install -y chromium (CI's .ci/run does).`);
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export const SCREENSHOTS = path.join(os.tmpdir(), 'innohub-e2e');
fs.mkdirSync(SCREENSHOTS, { recursive: true });
export const shot = (name: string) => path.join(SCREENSHOTS, `${name}.png`);
