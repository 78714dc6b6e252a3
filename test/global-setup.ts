import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** The seeded demo template of one test run (see test/e2e/server.ts). */
export const templateKey = () => `innohub_e2e_tpl_${process.env.INNOHUB_TEST_RUN ?? process.ppid}`;

/** Names this run, for the workers it forks (they inherit the environment). */
export function setup(): void {
  process.env.INNOHUB_TEST_RUN = `${process.pid}_${Date.now().toString(36)}`;
}

/**
 * The run's teardown: removes the seeded demo template the browser-flow files copied from
 * (test/e2e/server.ts), a folder for PGlite or a database on the PostgreSQL server.
 */
export async function teardown(): Promise<void> {
  const key = templateKey();
  const template = path.join(os.tmpdir(), key);
  for (const dir of [template, `${template}.lock`, `${template}.building`]) fs.rmSync(dir, { recursive: true, force: true });
  const server = process.env.INNOHUB_TEST_PG;
  if (!server) return;
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(`drop database if exists ${key}_lock`);
    await client.query(`drop database if exists ${key} with (force)`);
  } finally {
    await client.end();
  }
}
