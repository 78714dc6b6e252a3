import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/client.ts';
import { prepare } from '../src/db/prepare.ts';
import { installZodMessages } from '../src/http/errors.ts';
import { systemClock } from '../src/shared/clock.ts';
import { loadConfig } from '../src/shared/config.ts';
import { createLogger } from '../src/shared/logger.ts';
import {
  applicantFlow,
  attachment,
  brokenFiles,
  FILE_FIELD,
  setupSurge,
  storedApplications,
  surgeAnswers,
  verify,
  type FlowOutcome,
  type SurgeApplicant,
  type SurgeFixture,
} from '../bench/surge.setup.ts';
import { freshPgDatabase } from './db.ts';
import { startServerProcess, stopServerProcess } from './server-process.ts';

/**
 * The server killed (SIGKILL) at a random moment of a deadline surge: after a restart every
 * acknowledged submission is there exactly once, with its answers and its file, no application
 * is half-written, and each unacknowledged one, retried with the same Idempotency-Key, ends with
 * exactly one submission.
 */
const serverUrl = process.env.INNOHUB_TEST_PG;
const APPLICANTS = 80;
const CONCURRENCY = 20;
const FILE_BYTES = 256 * 1024;
const runTag = crypto.randomBytes(4).toString('hex');
let env: NodeJS.ProcessEnv;
let dataDir: string;
let dropDatabase: (() => Promise<void>) | undefined;
let fixture: SurgeFixture;

const start = () => startServerProcess(env);
const stop = stopServerProcess;

/** The database as the server leaves it, opened in this process once the server has stopped. */
async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL || undefined, dataDir, poolSize: 2 });
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

const flowOf = (url: string, a: SurgeApplicant) =>
  applicantFlow(url, fixture.callId, a, {
    file: attachment(a.index, FILE_BYTES, runTag),
    fileName: `사업계획서_${a.index}.pdf`,
    answers: (fileId) => surgeAnswers(fixture.form, a.index, fileId),
    // The same key on every try of one applicant's submission.
    idempotencyKey: `crash-${runTag}-${a.index}`,
    timeoutMs: 30_000,
  });

const receiptCounter = (database: Database) =>
  database.rows<{ last: number }>(sql`select last from call_receipt_counters where call_id = ${fixture.callId}::uuid`).then((rows) => rows[0]?.last ?? 0);

beforeAll(async () => {
  installZodMessages();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'innohub-surge-crash-'));
  env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: '' };
  if (serverUrl) {
    const fresh = await freshPgDatabase(serverUrl, 'innohub_surge_crash');
    dropDatabase = fresh.drop;
    env.DATABASE_URL = fresh.url;
  }
  // The call and its applicants, written before the server runs.
  await withDatabase(async (database) => {
    await prepare(database);
    const deps = { database, clock: systemClock, logger: createLogger('silent'), config: loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }) };
    fixture = await setupSurge(deps, { applicants: APPLICANTS, fields: 30, maxFileMb: 5, runTag });
  });
});

afterAll(async () => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  await dropDatabase?.();
});

describe('the server killed during a deadline surge', { timeout: 180_000 }, () => {
  it('keeps every acknowledged submission once, half-writes none, and a retry with the same key submits each once', async () => {
    // Killed a few milliseconds after the k-th acknowledgement, with submissions still in flight.
    const killAfter = 15 + crypto.randomInt(20);
    const killDelayMs = crypto.randomInt(25);
    let { child, url } = await start();
    const killedExit = new Promise((resolve) => child.once('exit', resolve));
    const outcomes: FlowOutcome[] = [];
    const acknowledged = new Map<string, string>();
    let killed = false;
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (;;) {
          const applicant = fixture.applicants[next];
          if (killed || !applicant) return;
          next++;
          const outcome = await flowOf(url, applicant);
          outcomes.push(outcome);
          if (!outcome.receiptNumber) continue;
          acknowledged.set(outcome.applicationId!, outcome.receiptNumber);
          if (acknowledged.size === killAfter) {
            setTimeout(() => {
              killed = true;
              child.kill('SIGKILL');
            }, killDelayMs);
          }
        }
      }),
    );
    expect(killed).toBe(true);
    // Nothing failed but for the kill: every failure is a request left without an answer.
    const failures = outcomes.filter((o) => o.failure);
    expect(failures.filter((o) => o.failure!.status !== 'network').map((o) => o.failure)).toEqual([]);
    const inFlight = Object.fromEntries(['start', 'upload', 'save', 'submit'].map((s) => [s, failures.filter((o) => o.failure!.step === s).length]));
    console.log(
      `surge crash test (${serverUrl ? 'postgres' : 'pglite'}): killed ${killDelayMs} ms after acknowledgement ${killAfter}; ${acknowledged.size} acknowledged, ` +
        `${fixture.applicants.length - outcomes.length} not started, cut off at ${JSON.stringify(inFlight)}`,
    );
    await killedExit;

    // Restarted on the same data: each acknowledged application, as its applicant sees it.
    ({ child, url } = await start());
    try {
      for (const o of outcomes.filter((x) => x.receiptNumber)) {
        const a = fixture.applicants[o.index]!;
        const res = await fetch(`${url}/api/v1/applications/${o.applicationId}`, { headers: { authorization: `Bearer ${a.token}` } });
        expect(res.status).toBe(200);
        const app = (await res.json()) as { status: string; receiptNumber: string; submissions: unknown[]; answers: Record<string, unknown> };
        expect({ status: app.status, receiptNumber: app.receiptNumber, submissions: app.submissions.length }).toEqual({ status: 'submitted', receiptNumber: o.receiptNumber, submissions: 1 });
        const fileId = (app.answers[FILE_FIELD] as string[])[0]!;
        expect(app.answers).toEqual(surgeAnswers(fixture.form, a.index, fileId));
        const file = await fetch(`${url}/api/v1/applications/${o.applicationId}/files/${fileId}`, { headers: { authorization: `Bearer ${a.token}` } });
        expect(file.status).toBe(200);
        expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(attachment(a.index, FILE_BYTES, runTag)))).toBe(true);
      }
    } finally {
      await stop(child, 'SIGTERM');
    }

    // Row by row: nothing half-written, every acknowledged receipt stored once, no receipt number lost or given twice.
    const afterCrash = await withDatabase(async (database) => {
      const stored = await storedApplications(database, fixture.callId);
      return { stored, check: verify(stored, acknowledged), broken: brokenFiles(stored, dataDir, true), counter: await receiptCounter(database) };
    });
    expect(afterCrash.check.missing).toEqual([]);
    expect(afterCrash.check.stored).toBe(acknowledged.size);
    expect(afterCrash.check.duplicates).toBe(0);
    expect(afterCrash.check.halfWritten).toEqual([]);
    expect(afterCrash.broken).toEqual([]);
    expect(afterCrash.check.distinctReceipts).toBe(afterCrash.check.submittedApplications);
    expect(afterCrash.counter).toBe(afterCrash.check.submittedApplications);
    expect(afterCrash.check.submissionRows).toBe(afterCrash.check.submittedApplications);
    for (const a of afterCrash.stored) expect(a.submissions.every((s) => s.idempotencyKey.startsWith(`crash-${runTag}-`))).toBe(true);
    const committedUnacknowledged = afterCrash.stored.filter((a) => a.status === 'submitted' && !acknowledged.has(a.id));
    console.log(`  after the restart: ${afterCrash.check.stored} acknowledged stored, ${committedUnacknowledged.length} more committed without an answer, ${afterCrash.stored.length} applications started`);

    // The applicants without an answer try again, with the same Idempotency-Key.
    ({ child, url } = await start());
    const retried = new Map<string, FlowOutcome>();
    try {
      const pending = fixture.applicants.filter((a) => !outcomes.some((o) => o.index === a.index && o.receiptNumber));
      let at = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let a = pending[at++]; a; a = pending[at++]) {
            const outcome = await flowOf(url, a);
            expect(outcome.failure).toBeUndefined();
            retried.set(outcome.applicationId!, outcome);
          }
        }),
      );
      expect(retried.size).toBe(pending.length);
    } finally {
      await stop(child, 'SIGTERM');
    }
    // One that was stored before the kill, unacknowledged, is answered as the same submission.
    for (const a of committedUnacknowledged) expect({ replayed: retried.get(a.id)?.replayed, receiptNumber: retried.get(a.id)?.receiptNumber }).toEqual({ replayed: true, receiptNumber: a.receiptNumber });

    const all = new Map([...acknowledged, ...[...retried.values()].map((o) => [o.applicationId!, o.receiptNumber!] as const)]);
    const final = await withDatabase(async (database) => {
      const stored = await storedApplications(database, fixture.callId);
      return { stored, check: verify(stored, all), broken: brokenFiles(stored, dataDir, true), counter: await receiptCounter(database) };
    });
    expect(all.size).toBe(APPLICANTS);
    expect(final.check.missing).toEqual([]);
    expect(final.check.stored).toBe(APPLICANTS);
    expect(final.check.duplicates).toBe(0);
    expect(final.check.halfWritten).toEqual([]);
    expect(final.broken).toEqual([]);
    expect(final.stored.map((a) => a.submissions.length)).toEqual(final.stored.map(() => 1));
    expect(final.counter).toBe(APPLICANTS);
    expect(final.check.distinctReceipts).toBe(APPLICANTS);
    // Receipts acknowledged before the kill did not change.
    for (const [id, receipt] of acknowledged) expect(final.stored.find((a) => a.id === id)?.receiptNumber).toBe(receipt);
  });
});
