import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { client, organization, user, type Call, type TestUser } from '../../../test/factories.ts';
import { sendDueCampaignReminders } from './campaign.reminders.ts';

let deps: Awaited<ReturnType<typeof testDeps>>;
let call: Call;
let manager: TestUser;

const kst = (time: string) => new Date(`${time}+09:00`); // the test clock starts at 2026-11-28 12:00 in Korea

async function company(name: string): Promise<{ member: TestUser; orgId: string }> {
  const orgId = (await organization(deps, { name, kind: 'startup', region: '인천', centers: ['incheon'] })).id;
  return { member: await user(deps, 'company_member', { organizationId: orgId }), orgId };
}

beforeAll(async () => {
  deps = await testDeps();
  call = client(deps).call;
  manager = await user(deps, 'center_manager', { centerId: 'incheon' });
});
afterAll(() => deps.database.close());

const reminders = () =>
  deps.database.rows<{ to_address: string; subject: string }>(sql`select to_address, subject from mail_outbox where kind = 'campaignReminder' order by created_at, to_address`);

async function campaign(title: string, dueOn: string, organizationIds: string[]): Promise<{ id: string; requests: { id: string; organizationId: string }[] }> {
  const res = await call('POST', '/api/v1/campaigns', { token: manager.token, body: { title, period: '2026-Q3', metrics: ['employees'], dueOn, organizationIds } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

describe('campaign reminders', () => {
  it('go 7, 3 and 1 days before the due date and once the day after, to open requests only, each once across runs', async () => {
    const silent = await company('미제출기업');
    const answering = await company('제출기업');
    const closing = await company('마감될조사기업');
    const survey = await campaign('분기 고용 조사', '2026-12-10', [silent.orgId, answering.orgId]);
    const closed = await campaign('닫힐 조사', '2026-12-10', [closing.orgId]);
    const answered = survey.requests.find((r) => r.organizationId === answering.orgId)!;
    expect((await call('POST', `/api/v1/outcome-requests/${answered.id}/answer`, { token: answering.member.token, body: { figures: [{ metric: 'employees', value: 4 }] } })).status).toBe(200);
    expect((await call('POST', `/api/v1/campaigns/${closed.id}/close`, { token: manager.token, headers: { 'if-match': '"1"' } })).status).toBe(200);

    const runs: [string, number][] = [];
    const saved = deps.clock.now();
    try {
      for (const [time, twice] of [
        ['2026-12-02T23:59:59', false], // more than 7 days before
        ['2026-12-03T00:00:00', true], // d7
        ['2026-12-06T18:00:00', false],
        ['2026-12-07T09:00:00', true], // d3
        ['2026-12-09T09:00:00', true], // d1
        ['2026-12-10T23:00:00', false], // the due date: d1 was sent
        ['2026-12-11T00:00:00', true], // overdue
        ['2026-12-20T00:00:00', false],
      ] as const) {
        deps.clock.set(kst(time));
        runs.push([time, await sendDueCampaignReminders(deps)]);
        // The job again, as after a restart: nothing twice.
        if (twice) expect(await sendDueCampaignReminders(deps)).toBe(0);
      }
    } finally {
      deps.clock.set(saved);
    }
    expect(runs.map(([, n]) => n)).toEqual([0, 1, 0, 1, 1, 0, 1, 0]);

    const sent = await reminders();
    expect(sent.map((m) => m.to_address)).toEqual([silent.member.email, silent.member.email, silent.member.email, silent.member.email]);
    expect(sent.map((m) => m.subject)).toEqual([
      '[innohub] 분기 고용 조사 — 마감 7일 전입니다 (미제출)',
      '[innohub] 분기 고용 조사 — 마감 3일 전입니다 (미제출)',
      '[innohub] 분기 고용 조사 — 내일이 마감일입니다 (미제출)',
      '[innohub] 분기 고용 조사 — 마감일이 지났습니다 (미제출)',
    ]);
    const kinds = await deps.database.rows<{ kind: string }>(sql`select kind from outcome_request_reminders order by sent_at`);
    expect(kinds.map((k) => k.kind)).toEqual(['d7', 'd3', 'd1', 'overdue']);
  });

  it('skip the windows a request was made in: its request mail said the due date', async () => {
    const late = await company('늦게 받은 기업');
    const saved = deps.clock.now();
    try {
      const survey = await campaign('급한 조사', '2026-11-30', [late.orgId]); // made on 11-28, inside the d3 window
      deps.clock.set(kst('2026-11-28T18:00:00'));
      expect(await sendDueCampaignReminders(deps)).toBe(0);
      deps.clock.set(kst('2026-11-29T08:00:00'));
      expect(await sendDueCampaignReminders(deps)).toBe(1);
      const [row] = await deps.database.rows<{ kind: string }>(sql`select x.kind from outcome_request_reminders x where x.request_id = ${survey.requests[0]!.id}::uuid`);
      expect(row!.kind).toBe('d1');
    } finally {
      deps.clock.set(saved);
    }
  });
});
