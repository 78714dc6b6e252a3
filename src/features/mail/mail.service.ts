import nodemailer, { type Transporter } from 'nodemailer';
import { and, desc, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { t, type Lang } from '../../shared/i18n/index.ts';
import { adminCenters, isNational } from '../auth/actor.ts';
import { mailOutbox } from './mail.table.ts';

export type MailKind = 'welcome' | 'applicationSubmitted' | 'applicationReminder' | 'applicationStatusChanged' | 'supplementRequested' | 'supplementAnswered' | 'campaignRequested' | 'campaignReminder' | 'judgeInvitation' | 'judgeReminder' | 'evaluationResult' | 'appealAnswered';

const MAX_ATTEMPTS = 8;

export type MailMessage = { kind: MailKind; to: string; locale: Lang; params: Record<string, string | number>; centerId?: string | null; clusterId?: string | null };

const outboxRow = (deps: Deps, message: MailMessage) => ({
  kind: message.kind,
  toAddress: message.to,
  subject: t(message.locale, `mail.${message.kind}.subject`, message.params),
  body: t(message.locale, `mail.${message.kind}.body`, message.params),
  locale: message.locale,
  centerId: message.centerId ?? null,
  clusterId: message.clusterId ?? null,
  status: deps.config.smtpUrl ? 'queued' : 'outbox',
  createdAt: deps.clock.now(),
  nextAttemptAt: deps.clock.now(),
});

/** Queues a message inside the caller's transaction: it exists exactly when the action does. */
export async function enqueueMail(tx: Db, deps: Deps, message: MailMessage): Promise<void> {
  await tx.insert(mailOutbox).values(outboxRow(deps, message));
}

/** Queues many messages (a campaign's thousands) as enqueueMail does, a few hundred rows a statement. */
export async function enqueueMails(tx: Db, deps: Deps, messages: MailMessage[]): Promise<void> {
  for (let i = 0; i < messages.length; i += 500) await tx.insert(mailOutbox).values(messages.slice(i, i + 500).map((m) => outboxRow(deps, m)));
}

export function createTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport(smtpUrl);
}

/**
 * Sends the messages that are due, each claimed with SKIP LOCKED so several processes can run
 * this at once; a failure is retried with exponential backoff, then marked failed.
 */
export async function deliverDue(deps: Deps, transport: Transporter, batch = 20): Promise<number> {
  let sent = 0;
  for (let i = 0; i < batch; i++) {
    const done = await deps.database.db.transaction(async (tx) => {
      const [message] = await tx
        .select()
        .from(mailOutbox)
        .where(and(eq(mailOutbox.status, 'queued'), lte(mailOutbox.nextAttemptAt, deps.clock.now())))
        .orderBy(mailOutbox.createdAt)
        .limit(1)
        .for('update', { skipLocked: true });
      if (!message) return false;
      try {
        await transport.sendMail({ from: deps.config.mailFrom, to: message.toAddress, subject: message.subject, text: message.body });
        await tx.update(mailOutbox).set({ status: 'sent', sentAt: deps.clock.now(), attempts: message.attempts + 1, lastError: null }).where(eq(mailOutbox.id, message.id));
        sent++;
      } catch (error) {
        const attempts = message.attempts + 1;
        const delay = Math.min(2 ** attempts * 30_000, 6 * 3_600_000);
        await tx
          .update(mailOutbox)
          .set({
            attempts,
            lastError: String((error as Error).message).slice(0, 500),
            status: attempts >= MAX_ATTEMPTS ? 'failed' : 'queued',
            nextAttemptAt: new Date(deps.clock.now().getTime() + delay),
          })
          .where(eq(mailOutbox.id, message.id));
      }
      return true;
    });
    if (!done) break;
  }
  return sent;
}

/** Polls the outbox while the server runs; returns a stop function. */
export function startMailWorker(deps: Deps, intervalMs = 5_000): () => Promise<void> {
  if (!deps.config.smtpUrl) return async () => {};
  const transport = createTransport(deps.config.smtpUrl);
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => deliverDue(deps, transport)).catch((error) => deps.logger.error({ err: error }, 'mail delivery failed'));
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
    transport.close();
  };
}

/** The outbox: national admins read all of it, center admins their center's. */
export async function listOutbox(deps: Deps, scope: RequestScope, limit: number) {
  const actor = scope.actor;
  if (!actor) throw new AppError('unauthenticated');
  const centers = adminCenters(actor);
  if (!isNational(actor) && centers.length === 0) throw new AppError('forbidden');
  const where = isNational(actor) ? sql`true` : sql`${mailOutbox.centerId} in (select unnest(${sql.param(centers)}::text[]))`;
  const rows = await deps.database.db.select().from(mailOutbox).where(where).orderBy(desc(mailOutbox.createdAt)).limit(limit);
  return rows.map((m) => ({
    id: m.id,
    kind: m.kind,
    to: m.toAddress,
    subject: m.subject,
    body: m.body,
    locale: m.locale,
    centerId: m.centerId,
    status: m.status as 'queued' | 'sent' | 'failed' | 'outbox',
    attempts: m.attempts,
    lastError: m.lastError,
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
  }));
}
