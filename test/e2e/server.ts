import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { startServer, type Running } from '../../src/main.ts';
import { loadConfig } from '../../src/shared/config.ts';
import crypto from 'node:crypto';
import pg from 'pg';
import { templateKey } from '../global-setup.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Browser flows test the built app: fail early and clearly when it is missing. */
export function assertWebBuilt(): void {
  if (!fs.existsSync(path.join(root, 'web/dist/index.html'))) {
    throw new Error('web/dist is missing: run `npm run build:web` first (npm test does this before vitest).');
  }
}

const ready = (dir: string) => fs.existsSync(path.join(dir, '.ready'));

async function waitFor(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const adminQuery = async (server: string, statement: string) => {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await client.query(statement);
  } finally {
    await client.end();
  }
};

/**
 * The demo data seeded once per test run and copied for each browser-flow file (seeding takes
 * 15–20 s; a copy well under one): the first file to ask builds it, under a lock, and the others
 * wait for it. A PGlite folder is copied; on PostgreSQL a template database is cloned. The run's
 * global teardown (test/global-setup.ts) removes it.
 */
async function seededCopy(dataDir: string): Promise<string | undefined> {
  const key = templateKey();
  const server = process.env.INNOHUB_TEST_PG;
  const config = (env: Record<string, string>) => loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env });
  if (!server) {
    const template = path.join(os.tmpdir(), key);
    let mine = false;
    try {
      fs.mkdirSync(`${template}.lock`);
      mine = true;
    } catch {
      // another file of this run builds it
    }
    if (mine && !ready(template)) {
      const building = `${template}.building`;
      fs.rmSync(building, { recursive: true, force: true });
      const seeded = await startServer(config({ DATA_DIR: building, DATABASE_URL: '' }), { demo: true });
      await seeded.close();
      fs.writeFileSync(path.join(building, '.ready'), '');
      fs.renameSync(building, template);
    }
    await waitFor(() => ready(template), 'the seeded demo template');
    fs.cpSync(template, dataDir, { recursive: true });
    return undefined;
  }
  const url = new URL(server);
  const templateExists = async () => (await adminQuery(server, `select 1 from pg_database where datname = '${key}' and not datallowconn`)).rowCount === 1;
  const claimed = await adminQuery(server, `create database ${key}_lock encoding 'UTF8' template template0`).then(
    () => true,
    () => false,
  );
  if (claimed && !(await templateExists())) {
    await adminQuery(server, `create database ${key} encoding 'UTF8' template template0`);
    url.pathname = `/${key}`;
    const seeded = await startServer(config({ DATA_DIR: dataDir, DATABASE_URL: url.toString() }), { demo: true });
    await seeded.close();
    // No connections from now on: a template is copied only while nobody is connected to it.
    await adminQuery(server, `alter database ${key} with allow_connections false`);
  }
  await waitFor(templateExists, 'the seeded demo template database');
  const name = `innohub_e2e_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  await adminQuery(server, `create database ${name} template ${key}`);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The real server with demo data, in-process, on a free port: a copy of this run's seeded PGlite
 * folder, or a clone of its seeded database on the PostgreSQL server named by INNOHUB_TEST_PG.
 */
export async function startTestServer(): Promise<Running & { stop(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'innohub-e2e-'));
  const databaseUrl = await seededCopy(dataDir);
  const running = await startServer(
    loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'silent', DATABASE_URL: databaseUrl ?? '' }),
    { demo: true },
  );
  return {
    ...running,
    async stop() {
      await running.close();
      if (databaseUrl) {
        const name = new URL(databaseUrl).pathname.slice(1);
        await waitFor(async () => (await adminQuery(process.env.INNOHUB_TEST_PG!, `drop database if exists ${name}`).then(() => true, () => false)), `dropping ${name}`, 10_000).catch(() =>
          adminQuery(process.env.INNOHUB_TEST_PG!, `drop database if exists ${name} with (force)`),
        );
      }
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
