import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../../test/db.ts';
import { callWithApplications, seatJudges } from '../../../../test/evaluation.ts';
import { client, kstDaysFrom, user, type Call, type TestUser } from '../../../../test/factories.ts';

// From a closed round to the applicants: confirmation once (two staff at once, one wins), the
// next round's applications, the last round's selection into the cohort and the ledger, the
// applicant's page with published scores, an appeal and its answer, and the round's XLSX report.
let deps: Awaited<ReturnType<typeof testDeps>>;
let app: ReturnType<typeof client>['app'];
let call: Call;
let manager: TestUser;
let callId: string;
let first: string;
let second: string;
let apps: Awaited<ReturnType<typeof callWithApplications>>['applications'];
const judges: TestUser[] = [];

const kst = (days: number, time?: string) => kstDaysFrom(deps, days, time);
const DAY = 24 * 3_600_000;

async function scoreAll(roundId: string, score: (judge: number, app: number) => number) {
  const run = await call('POST', `/api/v1/rounds/${roundId}/assignment-runs`, { token: manager.token, body: {} });
  expect(run.body.status, JSON.stringify(run.body)).toBe('optimal');
  await call('POST', `/api/v1/assignment-runs/${run.body.id}/apply`, { token: manager.token });
  for (const [ji, j] of judges.entries()) {
    const sheets = await deps.database.rows<{ id: string; application_id: string }>(sql`select id, application_id from score_sheets where round_id = ${roundId}::uuid and person_id = ${j.id}::uuid`);
    for (const s of sheets) {
      const ai = apps.findIndex((a) => a.id === s.application_id);
      const saved = await call('PATCH', `/api/v1/score-sheets/${s.id}`, { token: j.token, body: { scores: { total: score(ji, ai) }, comment: `위원 ${ji + 1}의 의견` } });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      expect((await call('POST', `/api/v1/score-sheets/${s.id}/submit`, { token: j.token })).status).toBe(200);
    }
  }
}

beforeAll(async () => {
  deps = await testDeps();
  ({ app, call } = client(deps));
  manager = await user(deps, 'center_manager', { centerId: 'incheon' });
  const fixture = await callWithApplications(deps, call, manager, 'incheon', [
    { name: '가온테크', plan: '물류 로봇' },
    { name: '나래바이오', plan: '바이오 진단' },
    { name: '다온에너지', plan: '수소 연료전지' },
    { name: '라온푸드', plan: '대체 단백질 식품' },
    { name: '마루AI', plan: 'AI 비전 검사' },
  ]);
  ({ callId, applications: apps } = fixture);
  const [cohort] = await deps.database.rows<{ id: string }>(sql`
    insert into program_cohorts (program_id, name, started_on) select program_id, '2027년 1기', '2027-01-02' from calls where id = ${callId}::uuid returning id`);
  await deps.database.rows(sql`update calls set cohort_id = ${cohort!.id}::uuid where id = ${callId}::uuid`);
  const round = (name: string, extra: Record<string, unknown>) =>
    call('POST', `/api/v1/calls/${callId}/rounds`, {
      token: manager.token,
      body: {
        name,
        criteria: [{ id: 'total', title: '종합', weight: 100, maxScore: 100 }],
        judgesPerApplication: 5,
        method: 'trimmedMean',
        tieBreaks: [{ kind: 'earlierSubmission' }],
        scoringOpensAt: kst(-1, '09:00'),
        scoringClosesAt: kst(1),
        ...extra,
      },
    });
  first = (await round('서류 심사', { advance: { kind: 'rank', count: 3 }, reserves: 1 })).body.id;
  second = (await round('발표 심사', { advance: { kind: 'rank', count: 2 }, publishScores: true, scoringOpensAt: kst(3, '09:00'), scoringClosesAt: kst(4) })).body.id;
  for (let i = 0; i < 5; i++) judges.push(await user(deps, 'judge', { centerId: 'incheon' }));
  for (const r of [first, second]) await seatJudges(deps, r, judges.map((person) => ({ person, expertise: '창업 심사' })));
});
afterAll(() => deps.database.close());

describe('results of a round', () => {
  it('are confirmed once, after scoring closes, by one of two staff confirming at once', async () => {
    // Judge j gives application a: 60 + 5a + j (j = 0…4), judge 4 much higher on the first: the trimmed mean drops it.
    await scoreAll(first, (j, a) => (j === 4 && a === 0 ? 100 : 60 + 5 * a + j));
    const ranking = await call('GET', `/api/v1/rounds/${first}/ranking`, { token: manager.token });
    const ranked = ranking.body.outcome.applications;
    expect(ranked.map((a: { id: string }) => a.id)).toEqual([apps[4]!.id, apps[3]!.id, apps[2]!.id, apps[1]!.id, apps[0]!.id]);
    // 가온테크: totals 60, 61, 62, 63, 100 → the trimmed mean drops 100 and 60: (61 + 62 + 63) / 3 = 62.
    expect(ranked[4]).toMatchObject({ method: 'trimmedMean', aggregate: 62, final: 62 });
    expect(ranked.map((a: { proposal: string }) => a.proposal)).toEqual(['selected', 'selected', 'selected', 'reserve', 'notSelected']);
    const round = await call('GET', `/api/v1/rounds/${first}`, { token: manager.token });
    const body = { decisions: ranked.map((a: { id: string; proposal: string }) => ({ applicationId: a.id, decision: a.proposal === 'selected' ? 'advance' : a.proposal === 'reserve' ? 'reserve' : 'rejected' })) };
    const early = await call('POST', `/api/v1/rounds/${first}/results`, { token: manager.token, body, headers: { 'if-match': `"${round.body.version}"` } });
    expect(early.status).toBe(409);
    expect(early.body.type).toMatch(/roundNotClosed/);

    deps.clock.advance(2 * DAY);
    const missing = await call('POST', `/api/v1/rounds/${first}/results`, { token: manager.token, body: { decisions: body.decisions.slice(1) }, headers: { 'if-match': `"${round.body.version}"` } });
    expect(missing.body.errors).toMatchObject([{ field: 'decisions' }]);
    const other = await user(deps, 'center_admin', { centerId: 'incheon' });
    const both = await Promise.all(
      [manager, other].map((who) => call('POST', `/api/v1/rounds/${first}/results`, { token: who.token, body, headers: { 'if-match': `"${round.body.version}"` } })),
    );
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const decided = await call('GET', `/api/v1/rounds/${first}/results`, { token: manager.token });
    expect(decided.body.items).toHaveLength(5);
    expect(decided.body.items[0]).toMatchObject({ organizationName: '마루AI', decision: 'advance', rank: 1 });
    expect(decided.body.appealsCloseAt).toMatch(/T23:59:59\+09:00$/);
    const statuses = await deps.database.rows<{ review_status: string }>(sql`select review_status from applications where call_id = ${callId}::uuid order by submitted_at`);
    expect(statuses.map((s) => s.review_status)).toEqual(['notSelected', 'reserve', 'underReview', 'underReview', 'underReview']);
    const mails = await deps.database.rows(sql`select 1 from mail_outbox where kind = 'evaluationResult'`);
    expect(mails).toHaveLength(5);
    // The next round evaluates only the applications this one advanced.
    const progress = await call('GET', `/api/v1/rounds/${second}/progress`, { token: manager.token });
    expect(progress.body.applications.map((a: { organizationName: string }) => a.organizationName).sort()).toEqual(['다온에너지', '라온푸드', '마루AI']);
  });

  it('select in the last round: cohort members and support records; applicants see their scores and appeal once', async () => {
    deps.clock.advance(2 * DAY); // the second round's scoring is open
    await scoreAll(second, (j, a) => 70 + a + j);
    deps.clock.advance(2 * DAY);
    const ranking = await call('GET', `/api/v1/rounds/${second}/ranking`, { token: manager.token });
    const ranked = ranking.body.outcome.applications;
    const round = await call('GET', `/api/v1/rounds/${second}`, { token: manager.token });
    const confirmed = await call('POST', `/api/v1/rounds/${second}/results`, {
      token: manager.token,
      body: { decisions: ranked.map((a: { id: string; proposal: string }) => ({ applicationId: a.id, decision: a.proposal === 'selected' ? 'advance' : 'rejected' })), appealDays: 3 },
      headers: { 'if-match': `"${round.body.version}"` },
    });
    expect(confirmed.body).toMatchObject({ advance: 2, rejected: 1, cohortMembers: 2 });
    const members = await deps.database.rows<{ name: string; program: string; started_on: string }>(sql`
      select o.name, r.program, r.started_on::text from cohort_members m join organizations o on o.id = m.organization_id join support_records r on r.id = m.support_record_id order by o.name`);
    expect(members.map((m) => m.name)).toEqual(['라온푸드', '마루AI']);
    expect(members[0]).toMatchObject({ started_on: '2027-01-02' });
    expect(members[0]!.program).toContain('2027년 1기');

    const loser = apps[2]!; // 다온에너지: third in the second round
    const page = await call('GET', `/api/v1/applications/${loser.id}/evaluation`, { token: loser.founder.token });
    expect(page.status).toBe(200);
    expect(page.body.rounds.map((r: { name: string; decision: string }) => [r.name, r.decision])).toEqual([
      ['서류 심사', 'advance'],
      ['발표 심사', 'rejected'],
    ]);
    // The first round did not publish scores; the second did, with comments under numbers, no names.
    expect(page.body.rounds[0].scores).toBeNull();
    const scores = page.body.rounds[1].scores;
    expect(scores.final).toBe(ranked.find((a: { id: string }) => a.id === loser.id).final);
    expect(scores.comments).toHaveLength(5);
    expect(JSON.stringify(scores.comments)).not.toContain(judges[0]!.id);
    expect(page.body.rounds[1].appealOpen).toBe(true);
    // Someone else's application is not found.
    expect((await call('GET', `/api/v1/applications/${loser.id}/evaluation`, { token: apps[0]!.founder.token })).status).toBe(404);

    const appeal = await call('POST', `/api/v1/applications/${loser.id}/appeals`, { token: loser.founder.token, body: { roundId: second, body: '발표 시간 배정이 다른 팀보다 짧았습니다.' } });
    expect(appeal.status, JSON.stringify(appeal.body)).toBe(201);
    expect(appeal.body.rounds[1].appeal).toMatchObject({ status: 'open' });
    expect((await call('POST', `/api/v1/applications/${loser.id}/appeals`, { token: loser.founder.token, body: { roundId: second, body: '다시' } })).status).toBe(409);
    const listed = await call('GET', `/api/v1/rounds/${second}/appeals`, { token: manager.token });
    const answered = await call('POST', `/api/v1/appeals/${listed.body.items[0].id}/answer`, { token: manager.token, body: { status: 'dismissed', response: '발표 시간은 모든 팀 10분으로 같았습니다.' } });
    expect(answered.body.items[0]).toMatchObject({ status: 'dismissed' });
    const mail = await deps.database.rows<{ body: string }>(sql`select body from mail_outbox where kind = 'appealAnswered'`);
    expect(mail[0]!.body).toContain('발표 시간은 모든 팀 10분으로 같았습니다.');
    // After the window: no more appeals.
    deps.clock.advance(5 * DAY);
    const late = await call('POST', `/api/v1/applications/${apps[3]!.id}/appeals`, { token: apps[3]!.founder.token, body: { roundId: second, body: '늦은 이의신청' } });
    expect(late.status).toBe(409);
  });

  it('reports a round as XLSX with the ranking’s numbers, judges anonymised, and the audit trail', async () => {
    const res = await app.request(`/api/v1/rounds/${first}/report`, { headers: { authorization: `Bearer ${manager.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.worksheets.map((w) => w.name)).toEqual(['평가 결과', '항목별 점수', '심사위원', '감사 기록']);
    const results = book.getWorksheet('평가 결과')!;
    expect(String(results.getCell(1, 1).value)).toContain('서류 심사');
    // Row 5 is the first ranked: 마루AI, five totals 80…84, dropped 84 and 80, aggregate 82.
    const row = results.getRow(5).values as unknown[];
    expect(row.slice(1, 4)).toEqual([1, expect.any(String), '마루AI']);
    expect(row.slice(4, 9)).toEqual([80, 81, 82, 83, 84]);
    expect(row.slice(9, 14)).toEqual([84, 80, 82, undefined, 82]);
    expect(row[15]).toBe('다음 단계 진출');
    const last = results.getRow(9).values as unknown[];
    expect(last[3]).toBe('가온테크');
    expect(last[11]).toBe(62);
    const people = book.getWorksheet('심사위원')!;
    expect(people.getCell(2, 1).value).toBe('심사위원 A');
    const all = JSON.stringify(book.worksheets.map((w) => w.getSheetValues()));
    for (const j of judges) expect(all).not.toContain(j.email);
    const trail = book.getWorksheet('감사 기록')!;
    const actions = (trail.getColumn(3).values as unknown[]).slice(2);
    expect(actions).toEqual(expect.arrayContaining(['assignment.run', 'assignment.applied', 'score_sheet.submitted', 'round.results_confirmed']));
    // Named on request.
    const named = await app.request(`/api/v1/rounds/${first}/report?anonymize=false`, { headers: { authorization: `Bearer ${manager.token}` } });
    const book2 = new ExcelJS.Workbook();
    await book2.xlsx.load(await named.arrayBuffer());
    const names = (book2.getWorksheet('심사위원')!.getColumn(1).values as unknown[]).slice(2);
    const stored = await deps.database.rows<{ name: string }>(sql`select name from people where id in (${sql.join(judges.map((j) => sql`${j.id}::uuid`), sql`, `)}) order by name`);
    expect(names.map(String).sort()).toEqual(stored.map((p) => p.name).sort());
  });

  it('opens in a spreadsheet program (LibreOffice) with the same numbers', async () => {
    const res = await app.request(`/api/v1/rounds/${first}/report`, { headers: { authorization: `Bearer ${manager.token}` } });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'innohub-report-'));
    const file = path.join(dir, 'report.xlsx');
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    // LibreOffice reads the workbook and writes its first sheet as CSV, as a person would export it.
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', dir, file], { timeout: 120_000, stdio: 'ignore' });
    const rows = parse(fs.readFileSync(path.join(dir, 'report.csv'), 'utf8'), { relaxColumnCount: true }) as string[][];
    const maru = rows.find((r) => r[2] === '마루AI')!;
    expect(maru.slice(0, 1)).toEqual(['1']);
    expect(maru.slice(3, 8).map(Number)).toEqual([80, 81, 82, 83, 84]);
    expect(Number(maru[10])).toBe(82);
    expect(Number(rows.find((r) => r[2] === '가온테크')![10])).toBe(62);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 150_000);
});
