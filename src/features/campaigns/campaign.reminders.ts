import { sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client.ts';
import type { Deps } from '../../http/context.ts';
import { seoulToday } from '../../shared/clock.ts';
import { mailMembers, type CampaignMailFacts } from './campaign.mail.ts';
import { campaignRows } from './campaign.repository.ts';
import { factsOf } from './campaign.service.ts';

/**
 * The reminders of a request not answered, each with the days before the due date its window
 * opens (Korea time) and the day it closes: d7 from 7 days before until d3 starts, d3, d1 from
 * the day before through the due date, overdue from the day after.
 */
const REMINDERS = [
  { kind: 'd7', from: 7, until: 3 },
  { kind: 'd3', from: 3, until: 1 },
  { kind: 'd1', from: 1, until: -1 },
  { kind: 'overdue', from: -1, until: null },
] as const;

/**
 * Queues the reminders that are due: open requests of campaigns not closed, whose reminder window
 * is today and whose reminder of that kind was never sent. A window that passed while the job did
 * not run is skipped rather than sent late, and a request made inside a window (its request mail
 * said the due date) gets no reminder of it. The state is in the database
 * (outcome_request_reminders), so the job can stop and start at any time: a restart sends what is
 * due and nothing twice. Every member of the company is mailed, in their language, through the
 * outbox in the same transaction. Returns the requests reminded.
 */
export async function sendDueCampaignReminders(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  const today = seoulToday(deps.clock);
  let sent = 0;
  // What the mails say of a campaign, read once per run.
  const facts = new Map<string, CampaignMailFacts>();
  for (const r of REMINDERS) {
    const window = r.until === null ? sql`c.due_on - ${r.from}::int <= ${today}::date` : sql`c.due_on - ${r.from}::int <= ${today}::date and ${today}::date < c.due_on - ${r.until}::int`;
    const due = await deps.database.rows<{ id: string; campaign_id: string; organization_id: string }>(sql`
      select r.id, r.campaign_id, r.organization_id
      from outcome_requests r join outcome_campaigns c on c.id = r.campaign_id
      where r.status = 'open' and c.closed_at is null and ${window}
        and (r.created_at at time zone 'Asia/Seoul')::date < c.due_on - ${r.from}::int
        and not exists (select 1 from outcome_request_reminders x where x.request_id = r.id and x.kind = ${r.kind})
      order by c.due_on, r.id limit 500`);
    for (const d of due) {
      await deps.database.db.transaction(async (tx) => {
        const inserted = await rowsOf(
          tx,
          sql`insert into outcome_request_reminders (request_id, kind, sent_at) values (${d.id}::uuid, ${r.kind}, ${now}::timestamptz)
            on conflict do nothing returning request_id`,
        );
        // Another process sent it meanwhile.
        if (inserted.length === 0) return;
        if (!facts.has(d.campaign_id)) {
          const [campaign] = await campaignRows(tx, today, sql`c.id = ${d.campaign_id}::uuid`);
          facts.set(d.campaign_id, factsOf(campaign!));
        }
        await mailMembers(tx, deps, 'campaignReminder', facts.get(d.campaign_id)!, [d.organization_id], today);
        sent++;
      });
    }
  }
  return sent;
}

/** Runs sendDueCampaignReminders every few minutes until stopped. */
export function startCampaignReminderJob(deps: Deps, intervalMs = 5 * 60_000): () => void {
  const run = () => void sendDueCampaignReminders(deps).catch((error) => deps.logger.warn({ err: error }, 'campaign reminders failed'));
  const timer = setInterval(run, intervalMs);
  timer.unref();
  run();
  return () => clearInterval(timer);
}
