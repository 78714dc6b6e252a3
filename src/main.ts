import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './http/app.ts';
import type { Deps } from './http/context.ts';
import { installZodMessages } from './http/errors.ts';
import { openPrepared } from './db/prepare.ts';
import { systemClock } from './shared/clock.ts';
import type { Config } from './shared/config.ts';
import { createLogger } from './shared/logger.ts';
import { seedDemo } from './features/demo/demo.seed.ts';
import { startMailWorker } from './features/mail/mail.service.ts';
import { startReminderJob } from './features/applications/application.reminders.ts';
import { startCampaignReminderJob } from './features/campaigns/campaign.reminders.ts';
import { pruneSessions } from './features/auth/auth.service.ts';
import { maintainSearchIndex } from './search/index.ts';
import { startRollupJob } from './features/dashboards/rollup.service.ts';

export type Running = { url: string; close(): Promise<void>; deps: Deps };

/**
 * Process entry: config → database (migrated, reference data) → optional demo data → HTTP.
 * `jobs: false` leaves the background jobs (mail delivery, reminders, upkeep) to another process
 * of the same installation (`serve --workers N`).
 */
export async function startServer(config: Config, options: { demo: boolean; jobs?: boolean }): Promise<Running> {
  const jobs = options.jobs ?? true;
  installZodMessages();
  const logger = createLogger(config.logLevel);
  const started = performance.now();
  const database = await openPrepared(config);
  const deps: Deps = { database, clock: systemClock, logger, config };
  if (options.demo) await seedDemo(deps, { onlyIfEmpty: true });
  const stopMail = jobs ? startMailWorker(deps) : async () => {};
  const stopReminders = jobs ? startReminderJob(deps) : () => {};
  const stopCampaignReminders = jobs ? startCampaignReminderJob(deps) : () => {};
  const stopRollups = jobs ? startRollupJob(deps) : async () => {};
  const pruning = setInterval(() => void pruneSessions(deps).catch((error) => logger.warn({ err: error }, 'session pruning failed')), 3_600_000);
  pruning.unref();
  // The embedded database has no autovacuum: keep the search index's visibility map and statistics fresh.
  const maintenance =
    database.kind === 'pglite'
      ? setInterval(() => void maintainSearchIndex(database, ['organizations', 'affiliations', 'support_records']).catch((error) => logger.warn({ err: error }, 'search index maintenance failed')), 15 * 60_000)
      : undefined;
  maintenance?.unref();
  const app = createApp(deps);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  logger.info({ url, database: database.kind, ms: Math.round(performance.now() - started) }, 'innohub is ready');
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      clearInterval(pruning);
      stopReminders();
      stopCampaignReminders();
      clearInterval(maintenance);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stopMail();
      await stopRollups();
      await database.close();
    })());
  return { url, close, deps };
}
