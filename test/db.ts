import crypto from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/client.ts';
import { prepare } from '../src/db/prepare.ts';
import { installZodMessages } from '../src/http/errors.ts';
import { fixedClock } from '../src/shared/clock.ts';
import { loadConfig } from '../src/shared/config.ts';
import { createLogger } from '../src/shared/logger.ts';
import type { Deps } from '../src/http/context.ts';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database
 * on the PostgreSQL server named by INNOHUB_TEST_PG (dropped again by `close`).
 */
export async function testDatabase(): Promise<Database & { label: string }> {
  const server = process.env.INNOHUB_TEST_PG;
  if (!server) {
    const database = await openDatabase({ dataDir: '', memory: true });
    await prepare(database);
    return Object.assign(database, { label: 'pglite' });
  }
  const name = `innohub_t_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name} encoding 'UTF8' template template0`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: '', poolSize: 5 });
  await prepare(database);
  const close = database.close;
  return Object.assign(database, {
    label: 'postgres',
    close: async () => {
      await close();
      const dropper = new pg.Client({ connectionString: server });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  });
}

export const TEST_NOW = new Date('2026-11-28T03:00:00Z');

export async function testDeps(): Promise<Deps & { clock: ReturnType<typeof fixedClock> }> {
  installZodMessages();
  const database = await testDatabase();
  const config = loadConfig({ DATA_DIR: '/tmp/innohub-test-unused', LOG_LEVEL: 'silent' });
  return { database, clock: fixedClock(TEST_NOW), logger: createLogger('silent'), config };
}
