import { Readable } from 'node:stream';
import archiver from 'archiver';
import { sql, type SQL } from 'drizzle-orm';
import type { Deps, RequestScope } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { decodeCursor, encodeCursor } from '../../http/schemas.ts';
import { seoulDateTime, seoulToday } from '../../shared/clock.ts';
import { evaluate, type EligibilityRulesIn, type RuleResult } from '../calls/call.eligibility.ts';
import { fileStoreOf } from '../../shared/storage.ts';
import { writeXlsx, type Column } from '../../shared/tabular.ts';
import { safeFileName, SUPPLEMENT_FIELD } from './application.files.ts';
import type { ReviewStatus } from './application.review.ts';
import { t, type Lang } from '../../shared/i18n/index.ts';
import { getCall } from '../calls/call.service.ts';
import { latestForm } from '../forms/form.service.ts';
import { isEmpty, isShown } from '../forms/form.answers.ts';
import type { FormDefinitionIn, FormFieldIn } from '../forms/form.schema.ts';
import { formatBrn } from '../organizations/brn.ts';

export type StaffRow = {
  id: string;
  receipt_number: string | null;
  status: 'submitted' | 'withdrawn';
  review_status: ReviewStatus;
  organization_id: string;
  organization_name: string;
  brn: string | null;
  region: string | null;
  submitted_at: Date;
  withdrawn_at: Date | null;
  submissions: number;
  form_version: number;
  answers: Record<string, unknown>;
  definition: FormDefinitionIn;
};

/** Required questions answered, of those shown, in the last submitted version. */
export function completeness(definition: FormDefinitionIn, answers: Record<string, unknown>): { answered: number; required: number } {
  const required = definition.sections.flatMap((s) => s.fields).filter((f) => f.required && isShown(f, answers));
  const answered = required.filter((f) => !isEmpty(answers[f.key]));
  return { answered: answered.length, required: required.length };
}

/**
 * The applications of a call as its staff see them: submitted and withdrawn ones, each as last
 * submitted (drafts stay the applicant's own; only their number is shown). The applicant's BRN
 * and region are shown: an organization gives them to the center by applying.
 */
async function staffRows(deps: Deps, callId: string, where: SQL, tail: SQL = sql``): Promise<StaffRow[]> {
  return deps.database.rows<StaffRow>(sql`
    select a.id, a.receipt_number, a.status, a.review_status, a.organization_id, o.name as organization_name, o.brn, o.region,
      s.submitted_at, a.withdrawn_at, s.seq as submissions, s.form_version, s.answers, f.definition
    from applications a join organizations o on o.id = a.organization_id
      join lateral (select seq, form_version, answers, submitted_at from application_submissions x
        where x.application_id = a.id order by seq desc limit 1) s on true
      join call_forms f on f.call_id = a.call_id and f.version = s.form_version
    where a.call_id = ${callId}::uuid and ${where} ${tail}`);
}

async function callForStaff(deps: Deps, scope: RequestScope, callId: string) {
  if (!scope.actor) throw new AppError('unauthenticated');
  const call = await getCall(deps, scope, callId);
  if (!call.permissions.update) throw AppError.notFound();
  return call;
}

function filtersOf(q: { status?: 'submitted' | 'withdrawn'; reviewStatus?: ReviewStatus; q?: string }): SQL {
  const parts: SQL[] = [sql`a.status <> 'draft'`];
  if (q.status) parts.push(sql`a.status = ${q.status}`);
  if (q.reviewStatus) parts.push(sql`a.review_status = ${q.reviewStatus}`);
  const text = q.q?.trim();
  if (text) {
    const digits = text.replace(/-/g, '');
    parts.push(sql`(o.name ilike ${`%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`} or a.receipt_number = ${text.toUpperCase()} or o.brn = ${digits})`);
  }
  return sql.join(parts, sql` and `);
}

export async function listCallApplications(
  deps: Deps,
  scope: RequestScope,
  callId: string,
  q: { status?: 'submitted' | 'withdrawn'; reviewStatus?: ReviewStatus; q?: string; limit: number; cursor?: string },
) {
  const call = await callForStaff(deps, scope, callId);
  const after = decodeCursor(q.cursor, (v): v is [string, string] => Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string'));
  if (q.cursor && !after) throw AppError.field('cursor', 'validation.invalidCursor');
  const where = filtersOf(q);
  // In order of receipt: the receipt number, then the id (a receipt is given once per application).
  const page = after ? sql` and (a.receipt_number, a.id) > (${after[0]}, ${after[1]}::uuid)` : sql``;
  const rows = await staffRows(deps, callId, sql`${where}${page}`, sql`order by a.receipt_number, a.id limit ${q.limit + 1}`);
  const [counts] = await deps.database.rows<{ draft: number; submitted: number; withdrawn: number; matching: number }>(sql`
    select count(*) filter (where a.status = 'draft')::int as draft, count(*) filter (where a.status = 'submitted')::int as submitted,
      count(*) filter (where a.status = 'withdrawn')::int as withdrawn,
      count(*) filter (where ${where})::int as matching
    from applications a join organizations o on o.id = a.organization_id where a.call_id = ${callId}::uuid`);
  const last = rows[q.limit - 1];
  const pageRows = rows.slice(0, q.limit);
  // Eligibility as of today: an organization that passed at start may since have been supported
  // elsewhere (중복 수혜) or have changed its profile. A page is at most 200 rows.
  const today = seoulToday(deps.clock);
  const results = await Promise.all(pageRows.map((r) => evaluate(deps.database, call.eligibility.rules as EligibilityRulesIn, r.organization_id, today)));
  return {
    items: pageRows.map((r, i) => ({
      id: r.id,
      receiptNumber: r.receipt_number!,
      status: r.status,
      reviewStatus: r.review_status,
      organizationId: r.organization_id,
      organizationName: r.organization_name,
      businessRegistrationNumber: r.brn ? formatBrn(r.brn) : null,
      region: r.region,
      submittedAt: seoulDateTime(new Date(r.submitted_at)),
      withdrawnAt: r.withdrawn_at ? seoulDateTime(new Date(r.withdrawn_at)) : null,
      submissions: r.submissions,
      formVersion: r.form_version,
      completeness: completeness(r.definition, r.answers),
      eligibility: eligibilityOf(results[i]!, scope.lang),
    })),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.receipt_number!, last.id]) : null,
    total: counts!.matching,
    counts: { draft: counts!.draft, submitted: counts!.submitted, withdrawn: counts!.withdrawn },
  };
}

/** Whether every rule passes (null when one cannot be evaluated) and, for the others, why not. */
function eligibilityOf(results: RuleResult[], lang: Lang): { eligible: boolean | null; reasons: string[] } {
  const failing = results.filter((r) => r.passed !== true);
  return {
    eligible: failing.length === 0 ? true : failing.some((r) => r.passed === false) ? false : null,
    reasons: failing.map((r) => `${r.statement[lang]} — ${r.reason?.[lang] ?? ''}`),
  };
}

/** One cell of an answer: numbers stay numbers; choices by label; tables as "연도 2025, 매출액 120000000; …". */
function cell(field: FormFieldIn, value: unknown): string | number | null {
  if (value === undefined || value === null || value === '') return null;
  switch (field.type) {
    case 'number':
    case 'amount':
      return typeof value === 'number' ? value : String(value);
    case 'yesNo':
      return value === true ? '예' : value === false ? '아니오' : String(value);
    case 'choice':
      return field.options?.find((o) => o.value === value)?.label.ko ?? String(value);
    case 'multiChoice':
      return Array.isArray(value) ? value.map((v) => field.options?.find((o) => o.value === v)?.label.ko ?? String(v)).join(', ') : String(value);
    case 'table':
      return Array.isArray(value)
        ? value.map((row: Record<string, unknown>) => field.columns!.map((c) => `${c.label.ko} ${row[c.key] ?? ''}`).join(', ')).join('; ')
        : String(value);
    case 'file':
      return Array.isArray(value) ? `${value.length}개 파일` : null;
    default:
      return String(value);
  }
}

/**
 * The call's applications as an XLSX workbook: one row per application as last submitted, the
 * receipt columns first, then one column per question of the current form (answers written
 * against an older version fill the questions they share).
 */
export async function exportCallApplications(deps: Deps, scope: RequestScope, callId: string): Promise<{ data: Buffer; filename: string; count: number }> {
  const call = await callForStaff(deps, scope, callId);
  const rows = await staffRows(deps, callId, sql`a.status <> 'draft'`, sql`order by a.receipt_number, a.id`);
  const latest = await latestForm(deps.database.db, callId);
  const questions = (latest?.definition.sections ?? []).flatMap((s) => s.fields);
  const columns: Column<StaffRow>[] = [
    { header: '접수번호', value: (r) => r.receipt_number, width: 22 },
    { header: '상태', value: (r) => (r.status === 'submitted' ? '제출' : '철회') , width: 8 },
    { header: '심사 상태', value: (r) => t('ko', `reviewStatus.${r.review_status}`), width: 12 },
    { header: '기업명', value: (r) => r.organization_name, width: 24 },
    { header: '사업자등록번호', value: (r) => (r.brn ? formatBrn(r.brn) : null), width: 16 },
    { header: '지역', value: (r) => r.region, width: 8 },
    { header: '최종 제출 시각', value: (r) => seoulDateTime(new Date(r.submitted_at)), width: 26 },
    { header: '제출 횟수', value: (r) => r.submissions, width: 10 },
    { header: '양식 버전', value: (r) => r.form_version, width: 10 },
    ...questions.map(
      (q): Column<StaffRow> => ({ header: q.label.ko, value: (r) => cell(q, r.answers[q.key]), width: q.type === 'textarea' || q.type === 'table' ? 40 : 18, numFmt: q.type === 'amount' ? '#,##0' : undefined }),
    ),
  ];
  const data = await writeXlsx([{ name: '신청서', columns, rows }]);
  return { data, filename: `${call.title.replace(/[\\/:*?"<>|]/g, ' ').slice(0, 60)} 신청서.xlsx`, count: rows.length };
}

/**
 * Every file of a call's applications as last submitted, in one zip streamed as it is written:
 * a folder per application (접수번호_기업명), each file named by its question. Drafts' files stay
 * the applicants' own.
 */
export async function zipCallFiles(deps: Deps, scope: RequestScope, callId: string): Promise<{ stream: ReadableStream; filename: string }> {
  const call = await callForStaff(deps, scope, callId);
  const rows = await staffRows(deps, callId, sql`a.status <> 'draft'`, sql`order by a.receipt_number, a.id`);
  const wanted = rows.flatMap((r) =>
    r.definition.sections
      .flatMap((s) => s.fields)
      .filter((f) => f.type === 'file' && Array.isArray(r.answers[f.key]))
      .flatMap((f) => (r.answers[f.key] as string[]).map((fileId) => ({ row: r, question: f, fileId }))),
  );
  // Files sent in answer to supplementary requests (보완 서류) go with the application's own.
  const supplements = await deps.database.rows<{ application_id: string; file_id: string }>(sql`
    select s.application_id, f.file_id from application_supplements s cross join lateral jsonb_array_elements_text(s.response_file_ids) as f(file_id)
    where s.application_id = any(${sql.param(rows.map((r) => r.id))}::uuid[]) and s.responded_at is not null order by s.responded_at`);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const supplement = { key: SUPPLEMENT_FIELD, type: 'file', label: { ko: '보완서류', en: 'Supplement' }, required: false } as FormFieldIn;
  wanted.push(...supplements.map((s) => ({ row: byId.get(s.application_id)!, question: supplement, fileId: s.file_id })));
  const stored = new Map(
    (
      await deps.database.rows<{ id: string; application_id: string; file_name: string; sha256: string }>(
        sql`select id, application_id, file_name, sha256 from application_files where id = any(${sql.param(wanted.map((w) => w.fileId))}::uuid[])`,
      )
    ).map((f) => [f.id, f]),
  );
  const store = fileStoreOf(deps.config);
  const archive = archiver('zip', { zlib: { level: 6 } });
  const used = new Set<string>();
  const unique = (name: string) => {
    let candidate = name;
    for (let i = 2; used.has(candidate); i++) candidate = name.replace(/(\.[^./]*)?$/, ` (${i})$1`);
    used.add(candidate);
    return candidate;
  };
  void (async () => {
    for (const w of wanted) {
      const file = stored.get(w.fileId);
      // Only a file uploaded to this application (answers are checked on save; this is belt and braces).
      if (!file || file.application_id !== w.row.id) continue;
      const folder = safeFileName(`${w.row.receipt_number}_${w.row.organization_name}`);
      archive.append(await store.get(file.sha256), { name: unique(`${folder}/${safeFileName(`${w.question.label.ko}_${file.file_name}`)}`) });
    }
    await archive.finalize();
  })().catch((error: unknown) => archive.destroy(error as Error));
  return { stream: Readable.toWeb(archive) as unknown as ReadableStream, filename: `${call.title.replace(/[\\/:*?"<>|]/g, ' ').slice(0, 60)} 제출서류.zip` };
}
