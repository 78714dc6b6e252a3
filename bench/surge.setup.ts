/**
 * What the deadline-surge benchmark (bench/surge.ts) and its crash test (test/surge-crash.test.ts)
 * share: a published call with a realistic form, applicants with their organizations and API
 * tokens, one applicant's flow over HTTP as a browser does it at the deadline, and a reading of
 * what the database then holds.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database, Db } from '../src/db/client.ts';
import { createApiToken, loadActor } from '../src/features/auth/auth.service.ts';
import { createCall } from '../src/features/calls/call.service.ts';
import { CallCreate } from '../src/features/calls/call.schema.ts';
import { saveForm } from '../src/features/forms/form.service.ts';
import { FormDefinition, type FormDefinitionIn, type FormFieldIn } from '../src/features/forms/form.schema.ts';
import { withCheckDigit } from '../src/features/organizations/brn.ts';
import { insertOrganization } from '../src/features/organizations/organization.service.ts';
import { memberships, people } from '../src/features/people/person.table.ts';
import { createProgram } from '../src/features/programs/program.service.ts';
import { ProgramCreate } from '../src/features/programs/program.schema.ts';
import type { Deps, RequestScope } from '../src/http/context.ts';
import { seoulDateTime } from '../src/shared/clock.ts';

export type SurgeApplicant = { index: number; organizationId: string; personId: string; email: string; token: string };
export type SurgeFixture = { callId: string; form: FormDefinitionIn; applicants: SurgeApplicant[] };

/** The file question every applicant answers. */
export const FILE_FIELD = 'businessPlan';

const label = (ko: string, en: string) => ({ ko, en });
const options = (...values: string[]) => values.map((v) => ({ value: v, label: label(v, v) }));

/** The questions of a typical 창업지원 application, in the order the form asks them. */
const QUESTIONS: FormFieldIn[] = [
  { key: 'companyName', type: 'text', label: label('기업명', 'Company name'), required: true, maxLength: 100 },
  { key: 'representative', type: 'text', label: label('대표자', 'Representative'), required: true, maxLength: 50 },
  { key: 'foundedOn', type: 'date', label: label('설립일', 'Founded on'), required: true },
  { key: 'employees', type: 'number', label: label('상시 근로자 수', 'Employees'), required: true, min: 0, max: 10_000 },
  { key: 'revenue', type: 'amount', label: label('최근 연도 매출액', 'Latest revenue'), required: true },
  { key: 'region', type: 'choice', label: label('소재지', 'Region'), required: true, options: options('서울', '인천', '경기', '부산', '대전') },
  { key: 'stage', type: 'choice', label: label('성장 단계', 'Stage'), required: true, options: options('예비창업', '초기', '도약', '성장') },
  { key: 'homepage', type: 'text', label: label('홈페이지', 'Website'), required: false, maxLength: 200 },
  { key: 'contactEmail', type: 'text', label: label('담당자 이메일', 'Contact email'), required: true, maxLength: 200 },
  { key: 'contactPhone', type: 'text', label: label('담당자 연락처', 'Contact phone'), required: true, maxLength: 40 },
  { key: 'itemName', type: 'text', label: label('창업 아이템명', 'Item'), required: true, maxLength: 200 },
  { key: 'summary', type: 'textarea', label: label('아이템 개요', 'Summary'), required: true, maxLength: 2000 },
  { key: 'problem', type: 'textarea', label: label('문제 인식', 'Problem'), required: true, maxLength: 3000 },
  { key: 'solution', type: 'textarea', label: label('실현 가능성', 'Solution'), required: true, maxLength: 3000 },
  { key: 'market', type: 'textarea', label: label('시장 분석', 'Market'), required: true, maxLength: 3000 },
  { key: 'competitors', type: 'textarea', label: label('경쟁사 분석', 'Competitors'), required: false, maxLength: 2000 },
  { key: 'businessModel', type: 'textarea', label: label('비즈니스 모델', 'Business model'), required: true, maxLength: 3000 },
  {
    key: 'milestones',
    type: 'table',
    label: label('추진 일정', 'Milestones'),
    required: true,
    maxRows: 12,
    columns: [
      { key: 'quarter', label: label('분기', 'Quarter'), type: 'text', required: true },
      { key: 'goal', label: label('목표', 'Goal'), type: 'text', required: true },
      { key: 'budget', label: label('예산', 'Budget'), type: 'amount', required: false },
    ],
  },
  { key: 'hasPatent', type: 'yesNo', label: label('지식재산권 보유', 'Holds patents'), required: true },
  { key: 'patentCount', type: 'number', label: label('보유 특허 수', 'Patents'), required: true, min: 1, max: 1000, showIf: { field: 'hasPatent', equals: true } },
  { key: 'requestedAmount', type: 'amount', label: label('신청 금액', 'Amount requested'), required: true, max: 100_000_000 },
  { key: 'selfFunding', type: 'amount', label: label('자부담 금액', 'Own funding'), required: true },
  { key: 'teamSize', type: 'number', label: label('팀 구성 인원', 'Team size'), required: true, min: 1, max: 500 },
  { key: 'hasInvestment', type: 'yesNo', label: label('투자 유치 실적', 'Investment raised'), required: true },
  { key: 'investmentAmount', type: 'amount', label: label('투자 유치 금액', 'Amount raised'), required: true, showIf: { field: 'hasInvestment', equals: true } },
  { key: 'techFields', type: 'multiChoice', label: label('기술 분야', 'Technology fields'), required: true, maxSelections: 3, options: options('AI', '모빌리티', '바이오', '에너지', '물류', '핀테크') },
  {
    key: 'revenueHistory',
    type: 'table',
    label: label('연도별 매출', 'Revenue by year'),
    required: false,
    maxRows: 5,
    columns: [
      { key: 'year', label: label('연도', 'Year'), type: 'number', required: true },
      { key: 'amount', label: label('매출액', 'Revenue'), type: 'amount', required: true },
    ],
  },
  { key: 'startOn', type: 'date', label: label('사업 착수 예정일', 'Start on'), required: true },
  { key: 'agree', type: 'yesNo', label: label('개인정보 수집·이용 동의', 'Consent'), required: true },
] as FormFieldIn[];

/**
 * A form of `fields` questions: the typical ones above (cut or padded with more text questions)
 * and, last, a required PDF of at most `maxFileMb` MB.
 */
export function surgeForm(fields: number, maxFileMb: number): FormDefinitionIn {
  const asked = QUESTIONS.slice(0, Math.max(0, fields - 1));
  for (let k = asked.length; k < fields - 1; k++) asked.push({ key: `extra${k}`, type: 'text', label: label(`추가 질문 ${k}`, `Extra ${k}`), required: false, maxLength: 200 } as FormFieldIn);
  // A condition may only look back at a question that is asked.
  const keys = new Set(asked.map((f) => f.key));
  const kept = asked.filter((f) => !f.showIf || keys.has(f.showIf.field));
  const file = { key: FILE_FIELD, type: 'file', label: label('사업계획서 (PDF)', 'Business plan (PDF)'), required: true, accept: ['pdf'], maxSizeMb: maxFileMb } as FormFieldIn;
  const third = Math.ceil(kept.length / 3);
  const sections = [
    { title: label('기업 정보', 'Company'), fields: kept.slice(0, third) },
    { title: label('사업 계획', 'Plan'), fields: kept.slice(third, 2 * third) },
    { title: label('자금 및 인력', 'Funding and team'), fields: kept.slice(2 * third) },
    { title: label('제출 서류', 'Documents'), fields: [file] },
  ].filter((s) => s.fields.length > 0);
  return FormDefinition.parse({ sections });
}

const PROSE =
  '본 아이템은 중소 제조기업의 물류 비용을 줄이기 위해 인공지능 기반 수요 예측과 자율주행 운반 로봇을 결합한 서비스입니다. ' +
  '인천 남동국가산업단지의 입주기업 30곳을 대상으로 실증을 마쳤으며, 재고 회전율이 평균 18% 개선되었습니다. ';

function valueOf(type: string, field: Partial<FormFieldIn>, index: number, row = 0): unknown {
  switch (type) {
    case 'text': {
      const value = `${field.label?.ko ?? '답변'} ${index}-${row}`;
      return value.slice(0, field.maxLength ?? 200);
    }
    case 'textarea': {
      const max = Math.min(field.maxLength ?? 4000, 1500);
      let text = `[${index}] `;
      while (text.length + PROSE.length <= max) text += PROSE;
      return text;
    }
    case 'number':
      return Math.max(field.min ?? 0, Math.min(field.max ?? 1e9, 3 + (index % 40) + row));
    case 'amount':
      return Math.min(field.max ?? 1e12, 10_000_000 + (index % 97) * 100_000 + row * 1_000);
    case 'date':
      return `2025-0${1 + ((index + row) % 9)}-1${index % 10}`;
    case 'yesNo':
      return true;
    default:
      return null;
  }
}

/** Answers to every question, as a careful applicant gives them; distinct per applicant. */
export function surgeAnswers(form: FormDefinitionIn, index: number, fileId: string): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const field of form.sections.flatMap((s) => s.fields)) {
    if (field.type === 'file') answers[field.key] = [fileId];
    else if (field.type === 'choice') answers[field.key] = field.options![index % field.options!.length]!.value;
    else if (field.type === 'multiChoice') answers[field.key] = field.options!.slice(0, Math.min(2, field.maxSelections ?? 2)).map((o) => o.value);
    else if (field.type === 'table') answers[field.key] = [0, 1, 2].map((row) => Object.fromEntries(field.columns!.map((c) => [c.key, valueOf(c.type, {}, index, row)])));
    else answers[field.key] = valueOf(field.type, field, index);
  }
  return answers;
}

let filler: Buffer | undefined;

/** A PDF of `bytes` bytes (%PDF magic), different for every applicant and run. */
export function attachment(index: number, bytes: number, runTag: string): Uint8Array {
  if (!filler || filler.byteLength < bytes) filler = crypto.randomBytes(bytes);
  const out = Buffer.allocUnsafe(bytes);
  filler.copy(out, 0, 0, bytes);
  const head = Buffer.from(`%PDF-1.7\n% innohub surge ${runTag} applicant ${index}\n`);
  head.copy(out, 0, 0, Math.min(head.byteLength, bytes));
  // Not only the first bytes differ: a store that hashed a prefix would still tell them apart.
  out.writeUInt32BE(index, Math.max(0, bytes - 4));
  return out;
}

/**
 * Writes the fixture through the services (a national administrator's program, call and form)
 * and, in one transaction, `count` organizations each with one company member and an API token.
 * The call opened an hour ago and closes in `closesInMs`.
 */
export async function setupSurge(deps: Deps, options: { applicants: number; fields: number; maxFileMb: number; runTag: string; closesInMs?: number }): Promise<SurgeFixture> {
  const db = deps.database.db;
  const [admin] = await db.insert(people).values({ email: `surge.admin.${options.runTag}@bench.innohub`, name: '마감 관리자' }).returning({ id: people.id });
  await db.insert(memberships).values({ personId: admin!.id, role: 'national_admin' });
  const scope: RequestScope = { actor: (await loadActor(deps, admin!.id, 'token'))!, lang: 'ko', requestId: `surge-setup-${options.runTag}` };
  const program = await createProgram(deps, scope, ProgramCreate.parse({ centerId: 'incheon', name: `마감 대비 액셀러레이팅 ${options.runTag}`, type: 'commercialization' }));
  const now = Date.now();
  const call = await createCall(
    deps,
    scope,
    CallCreate.parse({
      programId: program.id,
      title: `2026년 스마트 물류 스타트업 참여기업 모집 (${options.runTag})`,
      opensAt: seoulDateTime(new Date(now - 3_600_000)),
      closesAt: seoulDateTime(new Date(now + (options.closesInMs ?? 3_600_000))),
      published: true,
      eligibility: { maxYearsInBusiness: 7, organizationKinds: ['startup', 'sme'] },
    }),
  );
  const form = surgeForm(options.fields, options.maxFileMb);
  await saveForm(deps, scope, call.id, undefined, form);

  const applicants = await db.transaction(async (tx) => {
    const txDeps: Deps = { ...deps, database: { ...deps.database, db: tx as Db } };
    const out: SurgeApplicant[] = [];
    const base = 200_000_000 + (parseInt(options.runTag.slice(0, 6), 16) % 50_000) * 10_000;
    const rows = Array.from({ length: options.applicants }, (_, index) => ({ index, email: `applicant.${index}.${options.runTag}@surge.innohub`, name: `신청자 ${index}` }));
    const persons: { id: string; email: string }[] = [];
    for (let i = 0; i < rows.length; i += 1000) {
      persons.push(...(await tx.insert(people).values(rows.slice(i, i + 1000).map(({ email, name }) => ({ email, name }))).returning({ id: people.id, email: people.email })));
    }
    const byEmail = new Map(persons.map((p) => [p.email, p.id]));
    for (const row of rows) {
      const organization = await insertOrganization(tx as Db, txDeps, {
        name: `(주)마감특급 ${options.runTag} ${row.index}`,
        kind: row.index % 5 === 0 ? 'sme' : 'startup',
        businessRegistrationNumber: withCheckDigit(String(base + row.index)),
        foundedOn: `202${2 + (row.index % 4)}-03-02`,
        region: '인천',
        representative: `대표 ${row.index}`,
      });
      const personId = byEmail.get(row.email)!;
      out.push({ index: row.index, organizationId: organization.id, personId, email: row.email, token: '' });
    }
    for (let i = 0; i < out.length; i += 1000) {
      await tx.insert(memberships).values(out.slice(i, i + 1000).map((a) => ({ personId: a.personId, role: 'company_member', organizationId: a.organizationId })));
    }
    for (const a of out) a.token = (await createApiToken(txDeps, a.personId, 'surge')).token;
    return out;
  });
  return { callId: call.id, form, applicants };
}

export type StepKind = 'start' | 'upload' | 'save' | 'submit';
export const STEPS: StepKind[] = ['start', 'upload', 'save', 'submit'];

/** How a request ended when it did not answer as hoped: its HTTP status, or no answer at all. */
export type Failure = { step: StepKind; status: number | 'network' | 'timeout'; detail: string };

export type FlowOutcome = {
  index: number;
  applicationId?: string;
  receiptNumber?: string;
  replayed?: boolean;
  failure?: Failure;
  /** Milliseconds of each request that answered (2xx or not). */
  stepMs: Partial<Record<StepKind, number>>;
  flowMs: number;
};

class StepError extends Error {
  constructor(readonly failure: Failure) {
    super(`${failure.step}: ${failure.status} ${failure.detail}`);
  }
}

async function request(step: StepKind, url: string, init: RequestInit, timeoutMs: number, stepMs: FlowOutcome['stepMs'], expect: number[]) {
  const t = performance.now();
  let res: Response;
  let text: string;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    text = await res.text();
  } catch (error) {
    const name = (error as Error).name;
    throw new StepError({ step, status: name === 'TimeoutError' ? 'timeout' : 'network', detail: String((error as Error & { cause?: Error }).cause?.message ?? (error as Error).message).slice(0, 200) });
  }
  stepMs[step] = performance.now() - t;
  if (!expect.includes(res.status)) throw new StepError({ step, status: res.status, detail: text.slice(0, 300) });
  return { body: JSON.parse(text) as Record<string, unknown>, headers: res.headers };
}

/**
 * One applicant at the deadline, as the browser does it: start the application (or get the one
 * already started), upload the PDF, save the answers with If-Match, submit with the
 * Idempotency-Key. Stops at the first request that fails.
 */
export async function applicantFlow(
  base: string,
  callId: string,
  applicant: SurgeApplicant,
  input: { file: Uint8Array; fileName: string; answers: (fileId: string) => Record<string, unknown>; idempotencyKey: string; timeoutMs: number; multipart?: boolean },
): Promise<FlowOutcome> {
  const started = performance.now();
  const out: FlowOutcome = { index: applicant.index, stepMs: {}, flowMs: 0 };
  const auth = { authorization: `Bearer ${applicant.token}` };
  try {
    const start = await request(
      'start',
      `${base}/api/v1/calls/${callId}/applications`,
      { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ organizationId: applicant.organizationId }) },
      input.timeoutMs,
      out.stepMs,
      [200, 201],
    );
    out.applicationId = start.body.id as string;
    let upload: Awaited<ReturnType<typeof request>>;
    if (input.multipart) {
      const form = new FormData();
      form.append('field', FILE_FIELD);
      form.append('file', new Blob([input.file], { type: 'application/pdf' }), input.fileName);
      upload = await request('upload', `${base}/api/v1/applications/${out.applicationId}/files`, { method: 'POST', headers: auth, body: form }, input.timeoutMs, out.stepMs, [201]);
    } else {
      // As the browser sends it: the bytes as the body, the name in the query.
      const url = `${base}/api/v1/applications/${out.applicationId}/fields/${encodeURIComponent(FILE_FIELD)}/files?name=${encodeURIComponent(input.fileName)}`;
      upload = await request('upload', url, { method: 'POST', headers: { ...auth, 'content-type': 'application/octet-stream' }, body: input.file }, input.timeoutMs, out.stepMs, [201]);
    }
    const save = await request(
      'save',
      `${base}/api/v1/applications/${out.applicationId}`,
      { method: 'PATCH', headers: { ...auth, 'content-type': 'application/json', 'if-match': start.headers.get('etag') ?? '' }, body: JSON.stringify({ answers: input.answers(upload.body.id as string) }) },
      input.timeoutMs,
      out.stepMs,
      [200],
    );
    void save;
    const submit = await request('submit', `${base}/api/v1/applications/${out.applicationId}/submit`, { method: 'POST', headers: { ...auth, 'idempotency-key': input.idempotencyKey } }, input.timeoutMs, out.stepMs, [200]);
    if (typeof submit.body.receiptNumber !== 'string' || !submit.body.receiptNumber) throw new StepError({ step: 'submit', status: 200, detail: 'no receipt number' });
    out.receiptNumber = submit.body.receiptNumber;
    out.replayed = submit.body.replayed === true;
  } catch (error) {
    if (!(error instanceof StepError)) throw error;
    out.failure = error.failure;
  }
  out.flowMs = performance.now() - started;
  return out;
}

export type StoredApplication = {
  id: string;
  organizationId: string;
  status: string;
  receiptNumber: string | null;
  answers: Record<string, unknown>;
  submissions: { seq: number; idempotencyKey: string; answers: Record<string, unknown> }[];
  files: { id: string; field: string; size: number; sha256: string }[];
  submittedMails: number;
  submittedAudits: number;
};

/** Every application of the call with its submissions, files, confirmation mails and audit events. */
export async function storedApplications(database: Database, callId: string): Promise<StoredApplication[]> {
  const apps = await database.rows<{ id: string; organization_id: string; status: string; receipt_number: string | null; answers: Record<string, unknown>; email: string }>(sql`
    select a.id, a.organization_id, a.status, a.receipt_number, a.answers, p.email
    from applications a join people p on p.id = a.applicant_id where a.call_id = ${callId}::uuid order by a.id`);
  const subs = await database.rows<{ application_id: string; seq: number; idempotency_key: string; answers: Record<string, unknown> }>(sql`
    select s.application_id, s.seq, s.idempotency_key, s.answers from application_submissions s join applications a on a.id = s.application_id
    where a.call_id = ${callId}::uuid order by s.application_id, s.seq`);
  const files = await database.rows<{ id: string; application_id: string; field: string; size: number; sha256: string }>(sql`
    select f.id, f.application_id, f.field, f.size, f.sha256 from application_files f join applications a on a.id = f.application_id where a.call_id = ${callId}::uuid`);
  const mails = await database.rows<{ to_address: string; n: number }>(sql`
    select m.to_address, count(*)::int as n from mail_outbox m
    where m.kind = 'applicationSubmitted' and m.to_address in (select p.email from applications a join people p on p.id = a.applicant_id where a.call_id = ${callId}::uuid)
    group by m.to_address`);
  const audits = await database.rows<{ entity_id: string; n: number }>(sql`
    select e.entity_id, count(*)::int as n from audit_events e
    where e.action = 'application.submitted' and e.entity_type = 'application' and e.entity_id in (select id::text from applications where call_id = ${callId}::uuid)
    group by e.entity_id`);
  const mailsOf = new Map(mails.map((m) => [m.to_address, m.n]));
  const auditsOf = new Map(audits.map((e) => [e.entity_id, e.n]));
  return apps.map((a) => ({
    id: a.id,
    organizationId: a.organization_id,
    status: a.status,
    receiptNumber: a.receipt_number,
    answers: a.answers,
    submissions: subs.filter((s) => s.application_id === a.id).map((s) => ({ seq: s.seq, idempotencyKey: s.idempotency_key, answers: s.answers })),
    files: files.filter((f) => f.application_id === a.id).map((f) => ({ id: f.id, field: f.field, size: f.size, sha256: f.sha256 })),
    submittedMails: mailsOf.get(a.email) ?? 0,
    submittedAudits: auditsOf.get(a.id) ?? 0,
  }));
}

export type Verification = {
  acknowledged: number;
  /** Acknowledged receipts found on their application, submitted, with a submission row. */
  stored: number;
  /** Acknowledged receipts on more than one application, plus submission rows beyond one per acknowledged application. */
  duplicates: number;
  missing: string[];
  submittedApplications: number;
  submissionRows: number;
  distinctReceipts: number;
  /** Applications whose status, receipt number and submission rows disagree. */
  halfWritten: string[];
};

/** Checks every acknowledged submission (application id → receipt number) against what is stored. */
export function verify(stored: StoredApplication[], acknowledged: Map<string, string>): Verification {
  const byId = new Map(stored.map((a) => [a.id, a]));
  const receipts = new Map<string, number>();
  for (const a of stored) if (a.receiptNumber) receipts.set(a.receiptNumber, (receipts.get(a.receiptNumber) ?? 0) + 1);
  let found = 0;
  let duplicates = 0;
  const missing: string[] = [];
  for (const [id, receipt] of acknowledged) {
    const a = byId.get(id);
    if (a && a.status === 'submitted' && a.receiptNumber === receipt && a.submissions.length >= 1) found++;
    else missing.push(`${id} ${receipt}`);
    if ((receipts.get(receipt) ?? 0) > 1) duplicates += receipts.get(receipt)! - 1;
    if (a && a.submissions.length > 1) duplicates += a.submissions.length - 1;
  }
  const halfWritten = stored
    .filter((a) => {
      const submitted = a.status === 'submitted';
      return submitted !== !!a.receiptNumber || submitted !== a.submissions.length > 0 || a.submissions.length !== a.submittedMails || a.submissions.length !== a.submittedAudits;
    })
    .map((a) => a.id);
  return {
    acknowledged: acknowledged.size,
    stored: found,
    duplicates,
    missing,
    submittedApplications: stored.filter((a) => a.status === 'submitted').length,
    submissionRows: stored.reduce((n, a) => n + a.submissions.length, 0),
    distinctReceipts: receipts.size,
    halfWritten,
  };
}

/** Files named by submitted answers that are not in the store whole (missing, other size or other hash). */
export function brokenFiles(stored: StoredApplication[], dataDir: string, checkHash: boolean): string[] {
  const broken: string[] = [];
  for (const a of stored) {
    const named = new Set(a.submissions.flatMap((s) => (Array.isArray(s.answers[FILE_FIELD]) ? (s.answers[FILE_FIELD] as string[]) : [])));
    for (const id of named) {
      const file = a.files.find((f) => f.id === id);
      const where = file && path.join(dataDir, 'files', file.sha256.slice(0, 2), file.sha256);
      if (!file || !where || !fs.existsSync(where)) {
        broken.push(`${a.id}: file ${id} missing`);
        continue;
      }
      const size = fs.statSync(where).size;
      if (size !== file.size) broken.push(`${a.id}: file ${id} has ${size} bytes, not ${file.size}`);
      else if (checkHash && crypto.createHash('sha256').update(fs.readFileSync(where)).digest('hex') !== file.sha256) broken.push(`${a.id}: file ${id} is not its hash`);
    }
  }
  return broken;
}
