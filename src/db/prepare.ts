import { openDatabase, type Database } from './client.ts';
import { migrate } from './migrate.ts';
import { upsertReferenceCenters } from '../features/centers/center.service.ts';
import type { Config } from '../shared/config.ts';

/** Opens the configured database, applies migrations and writes the reference data. */
export async function openPrepared(config: Pick<Config, 'databaseUrl' | 'dataDir' | 'poolSize'>): Promise<Database> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.poolSize });
  try {
    await prepare(database);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

export async function prepare(database: Database): Promise<void> {
  await migrate(database);
  await upsertReferenceCenters(database.db);
}
