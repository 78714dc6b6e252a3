import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../../db/client.ts';
import { requireActor, type Deps, type RequestScope } from '../../../http/context.ts';
import { seoulMinute } from '../../../shared/clock.ts';
import { t, type Lang } from '../../../shared/i18n/index.ts';
import { audit } from '../../audit/audit.service.ts';
import { computeRanking } from '../ranking/ranking.service.ts';
import type { RankedApplication } from '../ranking/ranking.ts';
import { roundFor, tenantOf } from '../rounds/round.service.ts';

/**
 * 평가 결과표: a round as a ministry report lays it out. 평가 결과 (one row per application in
 * rank order: each judge's total, the dropped ones, the aggregate, bonus, final and the result),
 * 항목별 점수 (every sheet's score per criterion, its weighted total and comments), 심사위원 (who
 * judged how much; names or 심사위원 A, B … when anonymised) and 감사 기록 (every assignment,
 * score change and decision). Numbers are numbers, to two decimals, so the spreadsheet recomputes.
 */
export type RoundReportOptions = { lang: Lang; anonymize: boolean };

const SCORE = '0.00';
const when = (d: Date | string | null) => (d ? seoulMinute(new Date(d)) : '');
const letter = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : `${String.fromCharCode(65 + Math.floor(i / 26) - 1)}${String.fromCharCode(65 + (i % 26))}`);

export async function buildRoundReport(deps: Deps, scope: RequestScope, roundId: string, options: RoundReportOptions): Promise<{ data: Buffer; fileName: string }> {
  const actor = requireActor(scope);
  const db = deps.database.db;
  const { row: round, call } = await roundFor(db, actor, roundId, false);
  const { lang, anonymize } = options;
  const tr = (key: string, params?: Record<string, string | number>) => t(lang, `roundReport.${key}`, params);
  const ranking = await computeRanking(deps, round);
  const judges = await rowsOf<{ id: string; name: string; affiliation: string | null; assigned: number; submitted: number; pledgeSignedAt: Date | null }>(db, sql`
    select p.id, p.name, jp.affiliation->>'name' as affiliation, count(s.id)::int as assigned, count(s.id) filter (where s.status = 'submitted')::int as submitted, rj.pledge_signed_at as "pledgeSignedAt"
    from people p left join round_judges rj on rj.round_id = ${roundId}::uuid and rj.person_id = p.id
    left join judge_profiles jp on jp.person_id = p.id
    left join score_sheets s on s.round_id = ${roundId}::uuid and s.person_id = p.id
    where p.id in (select person_id from round_judges where round_id = ${roundId}::uuid union select person_id from score_sheets where round_id = ${roundId}::uuid)
    group by p.id, p.name, jp.affiliation, rj.pledge_signed_at order by p.name, p.id`);
  const label = new Map(judges.map((j, i) => [j.id, anonymize ? tr('judgeLabel', { letter: letter(i) }) : j.name]));
  const decisions = new Map(
    (await rowsOf<{ applicationId: string; decision: string }>(db, sql`select application_id as "applicationId", decision from round_decisions where round_id = ${roundId}::uuid`)).map((d) => [
      d.applicationId,
      d.decision,
    ]),
  );
  const [{ last } = { last: true }] = await rowsOf<{ last: boolean }>(db, sql`select not exists (select 1 from evaluation_rounds where call_id = ${round.callId}::uuid and position > ${round.position}) as last`);

  const book = new ExcelJS.Workbook();
  book.creator = 'innohub';
  book.created = deps.clock.now();

  // 평가 결과
  const ranked: RankedApplication[] = ranking.outcome.status === 'ranked' ? ranking.outcome.applications : [];
  const k = Math.max(round.judgesPerApplication, ...ranked.map((a) => a.sheets.length), 1);
  const results = book.addWorksheet(tr('sheets.results'), { views: [{ state: 'frozen', ySplit: 4, xSplit: 3 }] });
  const headers = [
    tr('columns.rank'),
    tr('columns.receiptNumber'),
    tr('columns.organization'),
    ...Array.from({ length: k }, (_, i) => tr('columns.judgeN', { n: i + 1 })),
    tr('columns.droppedHigh'),
    tr('columns.droppedLow'),
    tr('columns.aggregate'),
    tr('columns.bonus'),
    tr('columns.final'),
    tr('columns.failed'),
    tr('columns.result'),
  ];
  results.mergeCells(1, 1, 1, headers.length);
  results.getCell(1, 1).value = tr('title', { call: call.title, round: round.name });
  results.getCell(1, 1).font = { bold: true, size: 14 };
  results.getCell(2, 1).value = tr('summary', {
    method: t(lang, `roundReport.methods.${round.method}`),
    judges: round.judgesPerApplication,
    from: when(round.scoringOpensAt),
    to: when(round.scoringClosesAt),
    at: when(deps.clock.now()),
  });
  if (ranking.outcome.status === 'refused') results.getCell(3, 1).value = tr('refused', { reasons: ranking.outcome.reasons.map((r) => r.code).join(', ') });
  const head = results.getRow(4);
  head.values = headers;
  head.font = { bold: true };
  head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  results.columns = headers.map((h, i) => ({ width: i === 2 ? 28 : i === 1 ? 22 : Math.max(9, Math.min(14, h.length * 2 + 2)) }));
  const resultText = (a: RankedApplication) => {
    const decided = decisions.get(a.id);
    if (decided) return t(lang, `evaluation.decisions.${decided === 'advance' && last ? 'selected' : decided}`);
    return tr(`proposals.${a.proposal}`);
  };
  for (const a of ranked) {
    const info = ranking.labels[a.id];
    const sheets = [...a.sheets].sort((x, y) => (label.get(x.judgeId) ?? '').localeCompare(label.get(y.judgeId) ?? ''));
    const high = a.sheets.find((s) => s.dropped === 'highest');
    const low = a.sheets.find((s) => s.dropped === 'lowest');
    const row = results.addRow([
      a.rank,
      info?.receiptNumber ?? '',
      info?.organizationName ?? '',
      ...Array.from({ length: k }, (_, i) => sheets[i]?.total ?? null),
      high?.total ?? null,
      low?.total ?? null,
      a.aggregate,
      a.bonus || null,
      a.final,
      a.failedCriteria.map((id) => round.criteria.find((c) => c.id === id)?.title ?? id).join(', '),
      resultText(a),
    ]);
    for (let c = 4; c <= 3 + k + 5; c++) row.getCell(c).numFmt = SCORE;
    if (a.tied) row.getCell(1).note = tr('tied');
  }

  // 항목별 점수
  const detail = book.addWorksheet(tr('sheets.criteria'), { views: [{ state: 'frozen', ySplit: 1, xSplit: 3 }] });
  const detailHeaders = [
    tr('columns.receiptNumber'),
    tr('columns.organization'),
    tr('columns.judge'),
    ...round.criteria.map((c) => `${c.title} (${c.maxScore}${tr('points')}, ${tr('weight')} ${c.weight})`),
    tr('columns.total'),
    tr('columns.dropped'),
    tr('columns.submittedAt'),
    tr('columns.comments'),
  ];
  detail.addRow(detailHeaders).font = { bold: true };
  detail.columns = detailHeaders.map((_, i) => ({ width: i === 1 ? 28 : i === detailHeaders.length - 1 ? 60 : i === 0 ? 22 : 14 }));
  const sheetRows = await rowsOf<{ applicationId: string; personId: string; submittedAt: Date | null; comment: string; comments: Record<string, string> }>(db, sql`
    select application_id as "applicationId", person_id as "personId", submitted_at as "submittedAt", comment, comments from score_sheets where round_id = ${roundId}::uuid and status = 'submitted'`);
  const sheetInfo = new Map(sheetRows.map((s) => [`${s.applicationId}:${s.personId}`, s]));
  for (const a of ranked) {
    const info = ranking.labels[a.id];
    for (const s of [...a.sheets].sort((x, y) => (label.get(x.judgeId) ?? '').localeCompare(label.get(y.judgeId) ?? ''))) {
      const stored = sheetInfo.get(`${a.id}:${s.judgeId}`);
      const comments = [stored?.comment, ...round.criteria.filter((c) => stored?.comments[c.id]).map((c) => `[${c.title}] ${stored!.comments[c.id]}`)].filter(Boolean).join('\n');
      const row = detail.addRow([
        info?.receiptNumber ?? '',
        info?.organizationName ?? '',
        label.get(s.judgeId) ?? '',
        ...round.criteria.map((c) => s.scores[c.id] ?? null),
        s.total,
        s.dropped ? tr(`dropped.${s.dropped}`) : '',
        when(stored?.submittedAt ?? null),
        comments,
      ]);
      for (let c = 4; c <= 4 + round.criteria.length; c++) row.getCell(c).numFmt = SCORE;
      row.getCell(detailHeaders.length).alignment = { wrapText: true, vertical: 'top' };
    }
  }

  // 심사위원
  const people = book.addWorksheet(tr('sheets.judges'));
  const peopleHeaders = [tr('columns.judge'), tr('columns.affiliation'), tr('columns.assigned'), tr('columns.submitted'), tr('columns.pledgeSignedAt')];
  people.addRow(peopleHeaders).font = { bold: true };
  people.columns = [{ width: 18 }, { width: 30 }, { width: 10 }, { width: 10 }, { width: 20 }];
  for (const j of judges) people.addRow([label.get(j.id), anonymize ? '' : (j.affiliation ?? ''), j.assigned, j.submitted, when(j.pledgeSignedAt)]);

  // 감사 기록
  const trail = book.addWorksheet(tr('sheets.audit'));
  trail.addRow([tr('columns.at'), tr('columns.actor'), tr('columns.action'), tr('columns.detail')]).font = { bold: true };
  trail.columns = [{ width: 18 }, { width: 18 }, { width: 28 }, { width: 90 }];
  const events = await rowsOf<{ at: Date; actorId: string | null; actorName: string | null; action: string; after: unknown }>(db, sql`
    select e.at, e.actor_person_id as "actorId", p.name as "actorName", e.action, e.after from audit_events e left join people p on p.id = e.actor_person_id
    where (e.entity_type = 'evaluation_round' and e.entity_id = ${roundId})
       or (e.entity_type = 'score_sheet' and e.entity_id in (select id::text from score_sheets where round_id = ${roundId}::uuid))
       or (e.entity_type = 'evaluation_appeal' and e.entity_id in (select id::text from evaluation_appeals where round_id = ${roundId}::uuid))
    order by e.at, e.id`);
  for (const e of events) {
    const who = e.actorId && label.has(e.actorId) ? label.get(e.actorId)! : (e.actorName ?? '');
    let detailText = JSON.stringify(e.after ?? null);
    if (anonymize) for (const [id, name] of label) detailText = detailText.split(id).join(name);
    trail.addRow([when(e.at), who, e.action, detailText.length > 32_000 ? `${detailText.slice(0, 32_000)}…` : detailText]);
  }

  const data = Buffer.from(await book.xlsx.writeBuffer());
  await deps.database.db.transaction((tx) =>
    audit(tx, actor, { action: 'round.report_downloaded', entityType: 'evaluation_round', entityId: roundId, ...tenantOf(call), after: { anonymize, lang } }, scope.requestId),
  );
  const safe = `${call.title}_${round.name}`.replace(/[\\/:*?"<>|]/g, ' ').slice(0, 100);
  return { data, fileName: `${safe}_${tr('fileSuffix')}.xlsx` };
}
