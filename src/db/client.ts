import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema.ts';
import { acquireDataDirLock, type DataDirLock } from './lock.ts';

export type Schema = typeof schema;
/** A database or a transaction: services take this and work the same in and out of one. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** Runs `statement` on a database or inside a transaction and returns its rows, on either driver. */
export async function rowsOf<T = Record<string, unknown>>(db: Db, statement: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(statement)) as unknown as { rows: T[] }).rows;
}

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** Runs `statement` and returns its rows, on either driver. */
  rows<T = Record<string, unknown>>(statement: ReturnType<typeof sql>): Promise<T[]>;
}

/**
 * The embedded server shares the Node process: a smaller buffer pool than PostgreSQL's default
 * 128 MB keeps its memory in bounds (docs/PERFORMANCE.md); the OS page cache still caches the files.
 */
const EMBEDDED_CONF = ['shared_buffers = 32MB'];

export type OpenOptions = { databaseUrl?: string; dataDir: string; poolSize?: number; memory?: boolean };

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.memory ? undefined : options.dataDir);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: '-c timezone=UTC' });
  // An idle connection the server drops (a restart, a failover) must not crash the process: the
  // pool discards it and the next query opens a new one.
  pool.on('error', () => {});
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  await pool.query('select 1');
  return {
    db,
    kind: 'postgres',
    close: () => pool.end(),
    rows: <T>(statement: ReturnType<typeof sql>) => rowsOf<T>(db, statement),
  };
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  let lock: DataDirLock | undefined;
  let client: PGlite;
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true });
    lock = acquireDataDirLock(dataDir);
    try {
      client = await PGlite.create({ dataDir: path.join(dataDir, 'pglite'), postgresqlconf: EMBEDDED_CONF });
    } catch (error) {
      lock.release();
      throw error;
    }
  } else {
    client = await PGlite.create({ postgresqlconf: EMBEDDED_CONF });
  }
  await client.exec("set time zone 'UTC'");
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await client.close();
      lock?.release();
    },
    rows: <T>(statement: ReturnType<typeof sql>) => rowsOf<T>(db, statement),
  };
}
