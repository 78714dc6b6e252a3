import cluster, { type Worker } from 'node:cluster';
import { openPrepared } from '../db/prepare.ts';
import { seedDemo } from '../features/demo/demo.seed.ts';
import { startServer } from '../main.ts';
import type { Config } from '../shared/config.ts';
import { systemClock } from '../shared/clock.ts';
import { createLogger } from '../shared/logger.ts';

const untilSignal = () =>
  new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });

/** One process: the HTTP server and (unless another process runs them) the background jobs. */
async function serveOne(config: Config, demo: boolean, jobs: boolean): Promise<void> {
  const running = await startServer(config, { demo, jobs });
  if (cluster.isWorker) process.send!({ ready: running.url });
  else process.stdout.write(`innohub: ${running.url} (${running.deps.database.kind})\n`);
  await untilSignal();
  await running.close();
}

/**
 * `serve --workers N` on PostgreSQL: the schema (and the demo data) are prepared once here, then
 * N processes share the port (node:cluster), one of them running the background jobs. A worker
 * that dies is replaced, with the same duty; SIGTERM stops them all and waits for them.
 */
async function servePrimary(config: Config, workers: number, demo: boolean): Promise<void> {
  const database = await openPrepared(config);
  if (demo) await seedDemo({ database, clock: systemClock, logger: createLogger(config.logLevel), config }, { onlyIfEmpty: true });
  await database.close();
  let stopping = false;
  const fork = (jobs: boolean): Worker => {
    const worker = cluster.fork({ INNOHUB_JOBS: jobs ? '1' : '0' });
    worker.once('exit', (code, signal) => {
      if (stopping) return;
      process.stderr.write(`innohub: worker ${worker.process.pid} exited (${signal ?? code}); starting another\n`);
      fork(jobs);
    });
    return worker;
  };
  const started = Array.from({ length: workers }, (_, i) => fork(i === 0));
  const url = await new Promise<string>((resolve, reject) => {
    let ready = 0;
    for (const worker of started) {
      worker.on('message', (m: { ready?: string }) => {
        if (m.ready && ++ready === workers) resolve(m.ready);
      });
      worker.once('exit', (code) => reject(new Error(`a worker exited with ${code} while starting`)));
    }
  });
  process.stdout.write(`innohub: ${url} (postgres, ${workers} workers)\n`);
  await untilSignal();
  stopping = true;
  await Promise.all(
    Object.values(cluster.workers ?? {}).map(
      (worker) =>
        new Promise<void>((resolve) => {
          if (!worker || worker.isDead()) return resolve();
          worker.once('exit', () => resolve());
          worker.process.kill('SIGTERM');
        }),
    ),
  );
}

/** `innohub serve`: one process, or with `workers` > 1 (PostgreSQL only) a cluster of them. */
export async function serve(config: Config, options: { demo: boolean; workers: number }): Promise<number> {
  if (cluster.isWorker) {
    await serveOne(config, false, process.env.INNOHUB_JOBS === '1');
    // The channel to the primary would keep this process alive.
    process.disconnect?.();
    return 0;
  }
  if (options.workers > 1) {
    if (!config.databaseUrl) {
      process.stderr.write('innohub serve: --workers 는 PostgreSQL(DATABASE_URL)에서만 쓸 수 있습니다 / --workers needs DATABASE_URL: the embedded database lives in one process\n');
      return 2;
    }
    await servePrimary(config, options.workers, options.demo);
    return 0;
  }
  await serveOne(config, options.demo, true);
  return 0;
}
