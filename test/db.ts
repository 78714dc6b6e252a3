import crypto from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/client.ts';
import { prepare } from '../src/db/prepare.ts';
import { installZodMessages } from '../src/http/errors.ts';
import { fixedClock } from '../src/shared/clock.ts';
import { loadConfig } from '../src/shared/config.ts';
import { createLogger } from '../src/shared/logger.ts';
import type { Deps } from '../src/http/context.ts';

/** A new, empty database on the PostgreSQL server `server` (a URL); `drop` removes it. */
export async function freshPgDatabase(server: string, prefix = 'innohub_t'): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name} encoding 'UTF8' template template0`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  // Connections a closed pool ended may still be closing: wait for them rather than kill them
  // (a killed connection's error would surface in the test process as an uncaught exception).
  const drop = async () => {
    for (let attempt = 0; attempt < 50; attempt++) {
      try {
        return await admin(`drop database if exists ${name}`);
      } catch (error) {
        if ((error as { code?: string }).code !== '55006') throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    await admin(`drop database if exists ${name} with (force)`);
  };
  return { url: url.toString(), drop };
}

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
  const fresh = await freshPgDatabase(server);
  const database = await openDatabase({ databaseUrl: fresh.url, dataDir: '', poolSize: 5 });
  await prepare(database);
  const close = database.close;
  return Object.assign(database, {
    label: 'postgres',
    close: async () => {
      await close();
      await fresh.drop();
    },
  });
}

export const TEST_NOW = new Date('2026-11-28T03:00:00Z');

export async function testDeps(): Promise<Deps & { clock: ReturnType<typeof fixedClock> }> {
  installZodMessages();
  const database = await testDatabase();
  const config = loadConfig({ DATA_DIR: '/tmp/innohub-test-unused', LOG_LEVEL: 'silent' });
  return { database, clock: fixedClock(TEST_NOW), logger: createLogger((process.env.TEST_LOG_LEVEL as 'silent') ?? 'silent'), config };
}
