import { sql } from 'drizzle-orm';
import type { Deps } from '../../http/context.ts';
import { seoulDateTime } from '../../shared/clock.ts';
import { enqueueMail } from '../mail/mail.service.ts';

/** Reminders before a call closes, for drafts not submitted: 3 days and 1 day before. */
const REMINDERS = [
  { kind: 'd3', before: '3 days', days: 3 },
  { kind: 'd1', before: '1 day', days: 1 },
] as const;

/**
 * Queues the reminders that are due: a draft (never submitted) of a published call closing
 * within the reminder's time and not closed yet, whose reminder of that kind was never sent.
 * The state is in the database (application_reminders), so the job can stop and start at any
 * time: a restart sends what is due and nothing twice. The mail goes to the person who started
 * the application, in their language, through the outbox in the same transaction.
 */
export async function sendDueReminders(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  let sent = 0;
  for (const r of REMINDERS) {
    const due = await deps.database.rows<{ id: string; title: string; closes_at: Date; center_id: string | null; cluster_id: string | null; name: string; email: string; locale: string; organization: string }>(sql`
      select a.id, k.title, k.closes_at, p.center_id, p.cluster_id, pe.name, pe.email, pe.locale, o.name as organization
      from applications a join calls k on k.id = a.call_id join programs p on p.id = k.program_id
        join people pe on pe.id = a.applicant_id join organizations o on o.id = a.organization_id
      where a.status = 'draft' and k.published_at is not null
        and k.closes_at > ${now}::timestamptz and k.closes_at - interval ${sql.raw(`'${r.before}'`)} <= ${now}::timestamptz
        and not exists (select 1 from application_reminders x where x.application_id = a.id and x.kind = ${r.kind})
        -- the 1-day reminder makes a missed 3-day one pointless
        and not exists (select 1 from application_reminders x where x.application_id = a.id and x.kind = 'd1')
      order by k.closes_at limit 500`);
    for (const d of due) {
      await deps.database.db.transaction(async (tx) => {
        const { rows } = (await tx.execute(sql`
          insert into application_reminders (application_id, kind, sent_at) values (${d.id}::uuid, ${r.kind}, ${now}::timestamptz)
          on conflict do nothing returning application_id`)) as unknown as { rows: unknown[] };
        // Another process sent it meanwhile.
        if (rows.length === 0) return;
        await enqueueMail(tx, deps, {
          kind: 'applicationReminder',
          to: d.email,
          locale: d.locale === 'en' ? 'en' : 'ko',
          params: { name: d.name, organization: d.organization, callTitle: d.title, closesAt: seoulDateTime(new Date(d.closes_at)), days: r.days },
          centerId: d.center_id,
          clusterId: d.cluster_id,
        });
        sent++;
      });
    }
  }
  return sent;
}

/** Runs sendDueReminders every few minutes until stopped. */
export function startReminderJob(deps: Deps, intervalMs = 5 * 60_000): () => void {
  const run = () => void sendDueReminders(deps).catch((error) => deps.logger.warn({ err: error }, 'application reminders failed'));
  const timer = setInterval(run, intervalMs);
  timer.unref();
  run();
  return () => clearInterval(timer);
}
