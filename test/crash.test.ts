import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCheckDigit } from '../src/features/organizations/brn.ts';
import { freshPgDatabase } from './db.ts';
import { startServerProcess, stopServerProcess } from './server-process.ts';

/**
 * The server killed (SIGKILL) in the middle of a large import: after a restart the database holds
 * all of the file or none of it, and every write acknowledged before the kill is still there.
 */
const bin = path.resolve(import.meta.dirname, '../bin/innohub.mjs');
const serverUrl = process.env.INNOHUB_TEST_PG;
let env: NodeJS.ProcessEnv;
let dataDir: string;
let dropDatabase: (() => Promise<void>) | undefined;

const start = () => startServerProcess(env);
const stop = stopServerProcess;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'innohub-crash-'));
  env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: '' };
  if (serverUrl) {
    const fresh = await freshPgDatabase(serverUrl, 'innohub_crash');
    dropDatabase = fresh.drop;
    env.DATABASE_URL = fresh.url;
  }
  // An account to import with, made by the command line before the server runs.
  await new Promise<void>((resolve, reject) => {
    const c = spawn(process.execPath, [bin, 'user', 'create', '--email', 'ops@innohub.kr', '--password', 'crash-test-password', '--role', 'national_admin'], { env });
    c.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`user create exited ${code}`))));
  });
});

afterAll(async () => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  await dropDatabase?.();
});

async function signIn(url: string) {
  const res = await fetch(`${url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'ops@innohub.kr', password: 'crash-test-password' }),
  });
  const body = (await res.json()) as { csrfToken: string };
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]!, csrf: body.csrfToken };
}

async function total(url: string, auth: { cookie: string }) {
  const res = await fetch(`${url}/api/v1/organizations?limit=1`, { headers: { cookie: auth.cookie } });
  return ((await res.json()) as { total: number }).total;
}

describe('a crash during an import', { timeout: 240_000 }, () => {
  it('leaves all rows or none, and keeps what was acknowledged', async () => {
    const ROWS = 4000;
    let { child, url } = await start();
    let auth = await signIn(url);
    // One acknowledged write before the crash.
    const acked = await fetch(`${url}/api/v1/organizations`, {
      method: 'POST',
      headers: { cookie: auth.cookie, 'x-csrf-token': auth.csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ name: '크래시 전에 저장된 기업', kind: 'sme' }),
    });
    expect(acked.status).toBe(201);
    const file = (offset: number) => {
      const lines = ['name,businessRegistrationNumber,kind,description'];
      for (let i = 0; i < ROWS; i++) lines.push(`대량기업 ${offset + i},${withCheckDigit(String(300_000_000 + (offset + i) * 37))},startup,스마트 물류 드론 배송 ${i}`);
      const form = new FormData();
      form.append('file', new Blob([lines.join('\n')]), 'big.csv');
      return form;
    };
    const post = (form: FormData) =>
      fetch(`${url}/api/v1/organizations/import`, { method: 'POST', headers: { cookie: auth.cookie, 'x-csrf-token': auth.csrf }, body: form });
    // A first import, acknowledged, tells how long one takes here.
    const t0 = performance.now();
    expect((await post(file(0))).status).toBe(200);
    const took = performance.now() - t0;
    // The second is killed about half-way through.
    const importing = post(file(ROWS)).then(
      (r) => r.status,
      () => 'killed' as const,
    );
    await new Promise((resolve) => setTimeout(resolve, took * 0.6));
    await stop(child, 'SIGKILL');
    const outcome = await importing;

    ({ child, url } = await start());
    try {
      auth = await signIn(url);
      const count = await total(url, auth);
      console.log(`crash test: one import took ${Math.round(took)} ms; the killed one: ${outcome}; organizations after restart ${count}`);
      if (outcome === 200) expect(count).toBe(2 * ROWS + 1);
      else expect([ROWS + 1, 2 * ROWS + 1]).toContain(count);
      const search = await fetch(`${url}/api/v1/organizations?q=${encodeURIComponent('크래시 전에 저장된 기업')}`, { headers: { cookie: auth.cookie } });
      expect(((await search.json()) as { items: { name: string }[] }).items[0]!.name).toBe('크래시 전에 저장된 기업');
    } finally {
      await stop(child, 'SIGTERM');
    }
  });
});
