import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Deps } from '../src/http/context.ts';
import { testDeps } from './db.ts';
import { fileStoreOf } from '../src/shared/storage.ts';
import { brn, client, cluster, organization, user, type Call, type TestUser } from './factories.ts';

/**
 * Every role against every endpoint (DESIGN.md §3–4). Each cell is the status that role gets;
 * writes get fresh targets per cell so cells do not depend on each other. A route missing here
 * fails the last test, so a new endpoint cannot ship without its row.
 */

type Who = 'anonymous' | 'national_admin' | 'center_admin' | 'center_manager' | 'cluster_coordinator' | 'sponsor' | 'expert' | 'judge' | 'company_member';
const everyone: Who[] = ['anonymous', 'national_admin', 'center_admin', 'center_manager', 'cluster_coordinator', 'sponsor', 'expert', 'judge', 'company_member'];

type Ctx = {
  deps: Deps;
  users: Record<Exclude<Who, 'anonymous'>, TestUser>;
  clusterId: string;
  orgA: string; // 인천 portfolio; the company member's organization
  orgB: string; // 전북 only
  recordA: string; // 인천's support record of orgA
  affiliationA: string;
  programA: string; // 인천's program
  cohortA: string; // its cohort
  draftCall: string; // a draft call of programA
  openCall: string; // a published call of programA
};

type Request = { path: string; body?: unknown; headers?: Record<string, string>; form?: FormData; raw?: Uint8Array };
type Row = {
  route: string;
  request: (ctx: Ctx, who: Who) => Promise<Request> | Request;
  expect: Partial<Record<Who, number>> & { default: number };
};

const signedIn = (status: number, overrides: Partial<Record<Who, number>> = {}) => ({ default: status, anonymous: 401, ...overrides });

async function freshRecord(ctx: Ctx): Promise<string> {
  const [row] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into support_records (organization_id, center_id, kind, started_on) values (${ctx.orgA}::uuid, 'incheon', 'mentoring', '2016-05-01') returning id`);
  return row!.id;
}

async function freshPerson(ctx: Ctx): Promise<{ id: string; membershipId: string }> {
  const person = await user(ctx.deps, 'expert', { centerId: 'incheon' });
  const [m] = await ctx.deps.database.rows<{ id: string }>(sql`select id from memberships where person_id = ${person.id}::uuid`);
  return { id: person.id, membershipId: m!.id };
}

async function freshProgram(ctx: Ctx): Promise<string> {
  const [row] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into programs (center_id, name, type) values ('incheon', ${`매트릭스 사업 ${Math.random()}`}, 'education') returning id`);
  return row!.id;
}

async function freshCall(ctx: Ctx): Promise<string> {
  const [row] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into calls (program_id, title, opens_at, closes_at, published_at, search_terms, search_length)
    values (${ctx.programA}::uuid, '매트릭스 공고', '2026-11-01T00:00:00Z', '2026-12-31T00:00:00Z', '2026-11-01T00:00:00Z', '{}'::jsonb, 1) returning id`);
  return row!.id;
}

const miniForm = {
  sections: [{ title: { ko: '개요' }, fields: [{ key: 'teamName', type: 'text', label: { ko: '팀명' }, required: true }, { key: 'doc', type: 'file', label: { ko: '서류' }, accept: ['pdf'] }] }],
};
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

const pdfForm = () => {
  const form = new FormData();
  form.append('field', 'doc');
  form.append('file', new Blob([new Uint8Array(PDF)]), '서류.pdf');
  return form;
};

/** A figure (one investment deal) of orgA, version 1. */
async function freshOutcome(ctx: Ctx): Promise<string> {
  const [row] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into outcome_records (organization_id, metric, period, period_start, period_end, value, source)
    values (${ctx.orgA}::uuid, 'investment', '2016-05', '2016-05-01', '2016-05-31', 100000000, 'staff') returning id`);
  return row!.id;
}

/** A fresh 성과 조사 of 인천 (version 1) asking orgA for its 2016 revenue; its request's id. */
async function freshCampaign(ctx: Ctx): Promise<{ id: string; requestId: string }> {
  const [campaign] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into outcome_campaigns (center_id, title, metrics, period, period_start, period_end, due_on)
    values ('incheon', '매트릭스 성과 조사', '{revenue}', '2016', '2016-01-01', '2016-12-31', '2026-12-31') returning id`);
  const [request] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into outcome_requests (campaign_id, organization_id) values (${campaign!.id}::uuid, ${ctx.orgA}::uuid) returning id`);
  return { id: campaign!.id, requestId: request!.id };
}

async function brnOfA(ctx: Ctx): Promise<string> {
  const [row] = await ctx.deps.database.rows<{ brn: string }>(sql`select brn from organizations where id = ${ctx.orgA}::uuid`);
  return row!.brn;
}

const csvForm = (text: string) => {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/csv' }), 'rows.csv');
  return form;
};

/** A file of a submitted application of orgA, stored as an upload would store it. */
async function freshFile(ctx: Ctx): Promise<{ applicationId: string; fileId: string }> {
  const applicationId = await freshApplication(ctx, 'submitted');
  const stored = await fileStoreOf(ctx.deps.config).put(PDF);
  const [row] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into application_files (application_id, field, file_name, content_type, size, sha256, uploaded_by, uploaded_at)
    values (${applicationId}::uuid, 'doc', '서류.pdf', 'application/pdf', ${stored.size}, ${stored.sha256}, ${ctx.users.company_member.id}::uuid, now()) returning id`);
  return { applicationId, fileId: row!.id };
}

async function freshCallWithForm(ctx: Ctx): Promise<string> {
  const id = await freshCall(ctx);
  await ctx.deps.database.rows(sql`insert into call_forms (call_id, version, definition) values (${id}::uuid, 1, ${JSON.stringify(miniForm)}::jsonb)`);
  return id;
}

/** A draft application of orgA (the company member's) to a fresh open call, its answers complete. */
async function freshApplication(ctx: Ctx, status: 'draft' | 'submitted' = 'draft'): Promise<string> {
  const callId = await freshCallWithForm(ctx);
  const [row] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into applications (call_id, organization_id, applicant_id, form_version, answers, status)
    values (${callId}::uuid, ${ctx.orgA}::uuid, ${ctx.users.company_member.id}::uuid, 1, '{"teamName": "매트릭스"}'::jsonb, ${status}) returning id`);
  return row!.id;
}

/** A figure of orgA with one evidence file, stored as an upload would store it. */
async function freshEvidence(ctx: Ctx): Promise<{ recordId: string; evidenceId: string }> {
  const recordId = await freshOutcome(ctx);
  const stored = await fileStoreOf(ctx.deps.config).put(PDF);
  const [row] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into outcome_evidence (record_id, file_name, content_type, size, sha256, uploaded_by, uploaded_at)
    values (${recordId}::uuid, '증빙.pdf', 'application/pdf', ${stored.size}, ${stored.sha256}, ${ctx.users.company_member.id}::uuid, now()) returning id`);
  return { recordId, evidenceId: row!.id };
}

/** An open request for supplementary documents on a fresh submitted application of orgA. */
/** An attachment of a fresh call of programA (published or a draft), stored as an upload would store it. */
async function freshAttachment(ctx: Ctx, published = true): Promise<{ callId: string; attachmentId: string }> {
  const callId = await freshCall(ctx);
  if (!published) await ctx.deps.database.rows(sql`update calls set published_at = null where id = ${callId}::uuid`);
  const stored = await fileStoreOf(ctx.deps.config).put(PDF);
  const [row] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into call_attachments (call_id, file_name, content_type, size, sha256, uploaded_by, uploaded_at)
    values (${callId}::uuid, '공고문.pdf', 'application/pdf', ${stored.size}, ${stored.sha256}, ${ctx.users.center_manager.id}::uuid, now()) returning id`);
  return { callId, attachmentId: row!.id };
}

const attachmentForm = () => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(PDF)]), '공고문.pdf');
  return form;
};

async function freshSupplement(ctx: Ctx): Promise<{ applicationId: string; supplementId: string }> {
  const applicationId = await freshApplication(ctx, 'submitted');
  const [row] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into application_supplements (application_id, message, items, due_at, requested_by, requested_at)
    values (${applicationId}::uuid, '보완', '["서류"]'::jsonb, '2026-12-31T09:00:00Z', ${ctx.users.center_manager.id}::uuid, now()) returning id`);
  return { applicationId, supplementId: row!.id };
}

const callBody = (c: Ctx) => ({ programId: c.programA, title: `매트릭스 공고 ${Math.random()}`, opensAt: '2026-12-01T09:00', closesAt: '2026-12-15T18:00' });

const centerStaffWrite = (ok: number) => signedIn(403, { national_admin: ok, center_admin: ok, center_manager: ok });

const importForm = () => {
  const form = new FormData();
  form.append('file', new Blob([`\uFEFFname,kind\r\n매트릭스기업 ${Math.random()},startup\r\n`]), 'a.csv');
  return form;
};

/** A target of 인천 (an organizations count), version 1. */
async function freshTarget(ctx: Ctx): Promise<string> {
  const [row] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into targets (center_id, title, kind, value, starts_on, deadline) values ('incheon', '매트릭스 목표', 'organizations', 10, '2026-01-01', '2026-12-31') returning id`);
  return row!.id;
}

/** A round of the open call whose scoring has not opened, version 1. */
async function freshRound(ctx: Ctx): Promise<string> {
  const criteria = JSON.stringify([{ id: 'business', title: '사업성', description: '', weight: 100, maxScore: 10, minScore: null, commentBelow: null }]);
  const [row] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into evaluation_rounds (call_id, position, name, criteria, advance, scoring_opens_at, scoring_closes_at)
    select ${ctx.openCall}::uuid, coalesce(max(position), 0) + 1, '매트릭스 심사', ${criteria}::jsonb, '{"kind":"staff"}'::jsonb, '2027-01-04T09:00:00+09:00', '2027-01-08T18:00:00+09:00'
    from evaluation_rounds where call_id = ${ctx.openCall}::uuid returning id`);
  return row!.id;
}

const roundBody = {
  name: '매트릭스 서류 심사',
  criteria: [{ id: 'business', title: '사업성', weight: 100, maxScore: 10 }],
  advance: { kind: 'rank', count: 5 },
  scoringOpensAt: '2027-01-04T09:00',
  scoringClosesAt: '2027-01-08T18:00',
};

/** A fresh call with a first round whose scoring has not opened, a submitted application of orgA in it, and an invited judge (a person without a password). */
async function freshJudging(ctx: Ctx): Promise<{ roundId: string; applicationId: string; personId: string; roundJudgeId: string; token: string }> {
  const callId = await freshCall(ctx);
  const criteria = JSON.stringify([{ id: 'business', title: '사업성', description: '', weight: 100, maxScore: 10, minScore: null, commentBelow: null }]);
  const [round] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into evaluation_rounds (call_id, position, name, criteria, advance, scoring_opens_at, scoring_closes_at)
    values (${callId}::uuid, 1, '매트릭스 심사', ${criteria}::jsonb, '{"kind":"staff"}'::jsonb, '2027-01-04T09:00:00+09:00', '2027-01-08T18:00:00+09:00') returning id`);
  const [application] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into applications (call_id, organization_id, applicant_id, form_version, status, submitted_at)
    values (${callId}::uuid, ${ctx.orgA}::uuid, ${ctx.users.company_member.id}::uuid, 1, 'submitted', now()) returning id`);
  const token = `matrix-${Math.random().toString(36).slice(2)}`;
  const [person] = await ctx.deps.database.rows<{ id: string }>(sql`insert into people (email, name) values (${`${token}@judge.kr`}, '매트릭스 심사위원') returning id`);
  const hash = crypto.createHash('sha256').update(token).digest('hex');
  const [judge] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into round_judges (round_id, person_id, status, invitation_token_hash, invitation_expires_at, invited_at)
    values (${round!.id}::uuid, ${person!.id}::uuid, 'invited', ${hash}, '2026-12-31T00:00:00Z', now()) returning id`);
  return { roundId: round!.id, applicationId: application!.id, personId: person!.id, roundJudgeId: judge!.id, token };
}

/** As freshJudging, with the matrix's judge active in the round and a score sheet of the application assigned to them. */
async function freshJudgeRound(ctx: Ctx): Promise<{ roundId: string; applicationId: string }> {
  const { roundId, applicationId } = await freshJudging(ctx);
  await ctx.deps.database.rows(sql`
    insert into round_judges (round_id, person_id, status, invited_at, accepted_at) values (${roundId}::uuid, ${ctx.users.judge.id}::uuid, 'active', now(), now())`);
  await ctx.deps.database.rows(sql`
    insert into score_sheets (round_id, person_id, application_id, created_at, updated_at) values (${roundId}::uuid, ${ctx.users.judge.id}::uuid, ${applicationId}::uuid, now(), now())`);
  return { roundId, applicationId };
}

/** A detected conflict of a fresh round's invited judge with its application. */
async function freshConflict(ctx: Ctx): Promise<string> {
  const { roundId, applicationId, personId } = await freshJudging(ctx);
  const [row] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into evaluation_conflicts (round_id, person_id, application_id, source, detail, created_at)
    values (${roundId}::uuid, ${personId}::uuid, ${applicationId}::uuid, 'affiliation', '인천 물류 스타트업', now()) returning id`);
  return row!.id;
}

async function judgeName(ctx: Ctx): Promise<string> {
  const [row] = await ctx.deps.database.rows<{ name: string }>(sql`select name from people where id = ${ctx.users.judge.id}::uuid`);
  return row!.name;
}

/**
 * A fresh round of a fresh call whose scoring window is as given, orgA's submitted application in
 * it, the matrix's judge active with the pledge signed and a score sheet (status and scores given).
 */
async function freshSheet(ctx: Ctx, window: 'open' | 'closed', sheet: { status: 'assigned' | 'draft' | 'submitted'; scores?: Record<string, number> } = { status: 'assigned' }) {
  const callId = await freshCall(ctx);
  const criteria = JSON.stringify([{ id: 'business', title: '사업성', description: '', weight: 100, maxScore: 10, minScore: null, commentBelow: null }]);
  const [opens, closes] = window === 'open' ? ['2026-11-20T09:00:00+09:00', '2026-12-20T18:00:00+09:00'] : ['2026-11-01T09:00:00+09:00', '2026-11-10T18:00:00+09:00'];
  const [round] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into evaluation_rounds (call_id, position, name, criteria, advance, scoring_opens_at, scoring_closes_at)
    values (${callId}::uuid, 1, '매트릭스 심사', ${criteria}::jsonb, '{"kind":"staff"}'::jsonb, ${opens}, ${closes}) returning id`);
  const [application] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into applications (call_id, organization_id, applicant_id, form_version, status, submitted_at, receipt_number)
    values (${callId}::uuid, ${ctx.orgA}::uuid, ${ctx.users.company_member.id}::uuid, 1, 'submitted', now(), ${`M-${Math.random().toString(36).slice(2, 10)}`}) returning id`);
  await ctx.deps.database.rows(sql`
    insert into application_submissions (application_id, seq, form_version, answers, idempotency_key, submitted_by, submitted_at)
    values (${application!.id}::uuid, 1, 1, '{}'::jsonb, 'matrix', ${ctx.users.company_member.id}::uuid, now())`);
  await ctx.deps.database.rows(sql`
    insert into round_judges (round_id, person_id, status, invited_at, accepted_at, pledge_signature, pledge_signed_at) values (${round!.id}::uuid, ${ctx.users.judge.id}::uuid, 'active', now(), now(), 'x', now())`);
  const [row] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into score_sheets (round_id, person_id, application_id, status, scores, submitted_at, created_at, updated_at)
    values (${round!.id}::uuid, ${ctx.users.judge.id}::uuid, ${application!.id}::uuid, ${sheet.status}, ${JSON.stringify(sheet.scores ?? {})}::jsonb,
      ${sheet.status === 'submitted' ? sql`now()` : null}, now(), now()) returning id`);
  return { roundId: round!.id, applicationId: application!.id, sheetId: row!.id };
}

/** A closed round whose results are confirmed (orgA's application advanced), its appeal window open. */
async function freshConfirmed(ctx: Ctx) {
  const fresh = await freshSheet(ctx, 'closed', { status: 'submitted', scores: { business: 8 } });
  await ctx.deps.database.rows(sql`update evaluation_rounds set confirmed_at = now(), appeals_close_at = '2026-12-31T23:59:59+09:00' where id = ${fresh.roundId}::uuid`);
  await ctx.deps.database.rows(sql`insert into round_decisions (round_id, application_id, decision, decided_at) values (${fresh.roundId}::uuid, ${fresh.applicationId}::uuid, 'advance', now())`);
  return fresh;
}

async function freshRun(ctx: Ctx): Promise<string> {
  const { roundId, applicationId } = await freshSheet(ctx, 'open');
  const judge = ctx.users.judge.id;
  const input = { problem: { judgesPerApplication: 1, applications: [{ id: applicationId, judgesNeeded: 0 }], judges: [{ id: judge, maxLoad: 0, minLoad: 0 }], affinities: [], conflicts: [] }, fixed: [[judge, applicationId]], fixedAffinities: [0], defaultMaxLoad: 1, droppedPins: [] };
  const output = { status: 'optimal', objective: 'total', assignments: [], totalAffinity: 0, minApplicationAffinity: 0 };
  const [row] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into assignment_runs (round_id, objective, input, output, status, created_at) values (${roundId}::uuid, 'total', ${JSON.stringify(input)}::jsonb, ${JSON.stringify(output)}::jsonb, 'optimal', now()) returning id`);
  return row!.id;
}

async function freshConstraint(ctx: Ctx): Promise<string> {
  const { roundId, applicationId } = await freshSheet(ctx, 'open');
  const [row] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into assignment_constraints (round_id, person_id, application_id, kind, created_at) values (${roundId}::uuid, ${ctx.users.judge.id}::uuid, ${applicationId}::uuid, 'forbid', now()) returning id`);
  return row!.id;
}

async function freshBonus(ctx: Ctx): Promise<string> {
  const { roundId, applicationId } = await freshSheet(ctx, 'closed', { status: 'submitted', scores: { business: 8 } });
  const [row] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into bonus_grants (round_id, application_id, points, reason, created_at) values (${roundId}::uuid, ${applicationId}::uuid, 1, '지역 기업', now()) returning id`);
  return row!.id;
}

async function freshAppeal(ctx: Ctx): Promise<string> {
  const { roundId, applicationId } = await freshConfirmed(ctx);
  const [row] = await ctx.deps.database.rows<{ id: string }>(sql`
    insert into evaluation_appeals (round_id, application_id, body, submitted_by, submitted_at) values (${roundId}::uuid, ${applicationId}::uuid, '점수 재검토 요청', ${ctx.users.company_member.id}::uuid, now()) returning id`);
  return row!.id;
}

const staffRead = signedIn(403, { national_admin: 200, center_admin: 200, center_manager: 200 });

const rows: Row[] = [
  { route: 'GET /api/v1/centers', request: () => ({ path: '/api/v1/centers' }), expect: { default: 200 } },
  { route: 'GET /api/v1/centers/{id}', request: () => ({ path: '/api/v1/centers/incheon' }), expect: { default: 200 } },
  {
    route: 'GET /api/v1/centers/{id}/summary',
    request: () => ({ path: '/api/v1/centers/incheon/summary' }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200, sponsor: 200 }),
  },
  { route: 'GET /api/v1/clusters', request: () => ({ path: '/api/v1/clusters' }), expect: signedIn(200) },
  {
    route: 'POST /api/v1/clusters',
    request: () => ({ path: '/api/v1/clusters', body: { name: `새 MC ${Math.random()}`, nameEn: 'New MC', hostName: '산단공', region: '인천', complex: '남동', industries: [] } }),
    expect: signedIn(403, { national_admin: 201 }),
  },
  { route: 'GET /api/v1/clusters/{id}', request: (c) => ({ path: `/api/v1/clusters/${c.clusterId}` }), expect: signedIn(200) },
  {
    route: 'PATCH /api/v1/clusters/{id}',
    request: (c) => ({ path: `/api/v1/clusters/${c.clusterId}`, body: { description: '설명' } }),
    expect: signedIn(403, { national_admin: 200, cluster_coordinator: 200 }),
  },
  { route: 'GET /api/v1/organizations', request: () => ({ path: '/api/v1/organizations?q=물류' }), expect: signedIn(200) },
  {
    route: 'POST /api/v1/organizations',
    request: () => ({ path: '/api/v1/organizations', body: { name: `매트릭스 ${Math.random()}`, kind: 'startup', businessRegistrationNumber: brn() } }),
    expect: signedIn(403, { national_admin: 201, center_admin: 201, center_manager: 201, cluster_coordinator: 201 }),
  },
  { route: 'GET /api/v1/organizations/{id}', request: (c) => ({ path: `/api/v1/organizations/${c.orgA}` }), expect: signedIn(200) },
  {
    route: 'PATCH /api/v1/organizations/{id}',
    request: (c) => ({ path: `/api/v1/organizations/${c.orgA}`, body: { products: '드론' }, headers: { 'if-match': '*' } }),
    expect: signedIn(403, { national_admin: 200, center_admin: 200, center_manager: 200, company_member: 200 }),
  },
  {
    route: 'POST /api/v1/organizations/{id}/affiliations',
    request: async (c) => ({ path: `/api/v1/organizations/${(await organization(c.deps, { centers: ['jeonbuk'] })).id}/affiliations`, body: { centerId: 'incheon', kind: 'partner' } }),
    expect: signedIn(403, { national_admin: 201, center_admin: 201, center_manager: 201 }),
  },
  {
    route: 'PATCH /api/v1/organizations/{id}/affiliations/{affiliationId}',
    request: (c) => ({ path: `/api/v1/organizations/${c.orgA}/affiliations/${c.affiliationA}`, body: { note: '메모' } }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200, company_member: 403 }),
  },
  {
    route: 'GET /api/v1/organizations/{id}/support-records',
    request: (c) => ({ path: `/api/v1/organizations/${c.orgA}/support-records` }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200, company_member: 200 }),
  },
  {
    route: 'POST /api/v1/organizations/import',
    request: () => ({ path: '/api/v1/organizations/import?dryRun=true&centerId=incheon', form: importForm() }),
    expect: signedIn(403, { national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  { route: 'GET /api/v1/organizations/export', request: () => ({ path: '/api/v1/organizations/export?format=csv&region=인천' }), expect: signedIn(200) },
  {
    route: 'GET /api/v1/support-records',
    request: () => ({ path: '/api/v1/support-records' }),
    expect: signedIn(403, { national_admin: 200, center_admin: 200, center_manager: 200, cluster_coordinator: 200 }),
  },
  {
    route: 'POST /api/v1/support-records',
    request: (c) => ({ path: '/api/v1/support-records', body: { organizationId: c.orgA, centerId: 'incheon', kind: 'consulting', startedOn: '2016-01-04' } }),
    expect: signedIn(403, { national_admin: 201, center_admin: 201, center_manager: 201 }),
  },
  {
    route: 'GET /api/v1/support-records/{id}',
    request: (c) => ({ path: `/api/v1/support-records/${c.recordA}` }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  {
    route: 'PATCH /api/v1/support-records/{id}',
    request: async (c) => ({ path: `/api/v1/support-records/${await freshRecord(c)}`, body: { notes: '수정' }, headers: { 'if-match': '"1"' } }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  {
    route: 'DELETE /api/v1/support-records/{id}',
    request: async (c) => ({ path: `/api/v1/support-records/${await freshRecord(c)}`, headers: { 'if-match': '"1"' } }),
    expect: signedIn(404, { national_admin: 204, center_admin: 204, center_manager: 204 }),
  },
  {
    route: 'GET /api/v1/people',
    request: () => ({ path: '/api/v1/people' }),
    expect: signedIn(403, { national_admin: 200, center_admin: 200, cluster_coordinator: 200 }),
  },
  {
    route: 'POST /api/v1/people',
    request: () => ({ path: '/api/v1/people', body: { email: `p${Math.random()}@test.innohub`, name: '새 전문가', memberships: [{ role: 'expert', centerId: 'incheon' }] } }),
    expect: signedIn(403, { national_admin: 201, center_admin: 201 }),
  },
  {
    route: 'GET /api/v1/people/{id}',
    request: (c) => ({ path: `/api/v1/people/${c.users.expert.id}` }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, expert: 200 }),
  },
  {
    route: 'PATCH /api/v1/people/{id}',
    request: async (c) => ({ path: `/api/v1/people/${(await freshPerson(c)).id}`, body: { title: '수석 컨설턴트' } }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200 }),
  },
  {
    route: 'POST /api/v1/people/{id}/memberships',
    request: async (c) => ({ path: `/api/v1/people/${(await freshPerson(c)).id}/memberships`, body: { role: 'judge', centerId: 'incheon' } }),
    expect: signedIn(404, { national_admin: 201, center_admin: 201, cluster_coordinator: 403 }),
  },
  {
    route: 'DELETE /api/v1/people/{id}/memberships/{membershipId}',
    request: async (c) => {
      const p = await freshPerson(c);
      return { path: `/api/v1/people/${p.id}/memberships/${p.membershipId}` };
    },
    expect: signedIn(404, { national_admin: 200, center_admin: 200 }),
  },
  {
    route: 'GET /api/v1/outbox',
    request: () => ({ path: '/api/v1/outbox' }),
    expect: signedIn(403, { national_admin: 200, center_admin: 200 }),
  },
  { route: 'GET /api/v1/auth/me', request: () => ({ path: '/api/v1/auth/me' }), expect: signedIn(200) },
  // Bearer tokens have no session to switch the scope of.
  { route: 'PUT /api/v1/auth/scope', request: (c) => ({ path: '/api/v1/auth/scope', body: { membershipId: c.users.expert.id } }), expect: signedIn(404) },
  {
    route: 'POST /api/v1/auth/password',
    request: () => ({ path: '/api/v1/auth/password', body: { currentPassword: 'not-the-password', newPassword: 'a-new-password-1' } }),
    expect: signedIn(422),
  },
  { route: 'GET /api/v1/auth/tokens', request: () => ({ path: '/api/v1/auth/tokens' }), expect: signedIn(200) },
  { route: 'POST /api/v1/auth/tokens', request: () => ({ path: '/api/v1/auth/tokens', body: { name: 'ci' } }), expect: signedIn(201) },
  { route: 'DELETE /api/v1/auth/tokens/{id}', request: () => ({ path: '/api/v1/auth/tokens/00000000-0000-4000-8000-000000000000' }), expect: signedIn(404) },
  { route: 'POST /api/v1/auth/sign-in', request: (_c, who) => ({ path: '/api/v1/auth/sign-in', body: { email: `nobody.${who}@test.innohub`, password: 'wrong-password' } }), expect: { default: 401 } },
  // Anyone may sign a new founder up; it never touches the caller's own account.
  {
    route: 'POST /api/v1/auth/sign-up',
    request: (_c, who) => {
      const n = `${who}.${Math.random().toString(36).slice(2, 8)}`;
      return { path: '/api/v1/auth/sign-up', body: { name: '매트릭스 창업자', email: `founder.${n}@test.innohub`, password: 'matrix-founder-pw', acceptTerms: true, organization: { type: 'team', name: `매트릭스 팀 ${n}` } } };
    },
    expect: { default: 201 },
  },
  { route: 'POST /api/v1/auth/sign-out', request: () => ({ path: '/api/v1/auth/sign-out' }), expect: { default: 204 } },
  { route: 'GET /api/v1/programs', request: () => ({ path: '/api/v1/programs?centerId=incheon' }), expect: signedIn(200) },
  {
    route: 'POST /api/v1/programs',
    request: () => ({ path: '/api/v1/programs', body: { centerId: 'incheon', name: `매트릭스 사업 ${Math.random()}`, type: 'mentoring' } }),
    expect: centerStaffWrite(201),
  },
  { route: 'GET /api/v1/programs/{id}', request: (c) => ({ path: `/api/v1/programs/${c.programA}` }), expect: signedIn(200) },
  {
    route: 'PATCH /api/v1/programs/{id}',
    request: async (c) => ({ path: `/api/v1/programs/${await freshProgram(c)}`, body: { budgetKrw: 1000 }, headers: { 'if-match': '"1"' } }),
    expect: centerStaffWrite(200),
  },
  {
    route: 'POST /api/v1/programs/{id}/cohorts',
    request: (c) => ({ path: `/api/v1/programs/${c.programA}/cohorts`, body: { name: `기수 ${Math.random()}` } }),
    expect: centerStaffWrite(201),
  },
  {
    route: 'PATCH /api/v1/programs/{id}/cohorts/{cohortId}',
    request: (c) => ({ path: `/api/v1/programs/${c.programA}/cohorts/${c.cohortA}`, body: { capacity: 20 } }),
    expect: centerStaffWrite(200),
  },
  { route: 'GET /api/v1/calls', request: () => ({ path: '/api/v1/calls?status=open' }), expect: { default: 200 } },
  { route: 'POST /api/v1/calls', request: (c) => ({ path: '/api/v1/calls', body: callBody(c) }), expect: centerStaffWrite(201) },
  {
    route: 'GET /api/v1/calls/{id}',
    // A draft: only those who run its program; published calls are public (calls.routes.test.ts).
    request: (c) => ({ path: `/api/v1/calls/${c.draftCall}` }),
    expect: { default: 404, national_admin: 200, center_admin: 200, center_manager: 200 },
  },
  {
    route: 'PATCH /api/v1/calls/{id}',
    request: async (c) => ({ path: `/api/v1/calls/${await freshCall(c)}`, body: { selectCount: 5 }, headers: { 'if-match': '"1"' } }),
    expect: centerStaffWrite(200),
  },
  {
    route: 'GET /api/v1/calls/{id}/eligibility',
    // For one's own organization or one the center works with (orgA is 인천's and the company member's).
    request: (c) => ({ path: `/api/v1/calls/${c.openCall}/eligibility?organizationId=${c.orgA}` }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200, company_member: 200 }),
  },
  {
    route: 'POST /api/v1/calls/{id}/attachments',
    request: async (c) => ({ path: `/api/v1/calls/${await freshCall(c)}/attachments`, form: attachmentForm() }),
    expect: centerStaffWrite(201),
  },
  {
    route: 'DELETE /api/v1/calls/{id}/attachments/{attachmentId}',
    request: async (c) => {
      const { callId, attachmentId } = await freshAttachment(c);
      return { path: `/api/v1/calls/${callId}/attachments/${attachmentId}` };
    },
    expect: centerStaffWrite(204),
  },
  {
    route: 'GET /api/v1/calls/{id}/attachments/{attachmentId}',
    // A draft's files are its staff's; a published call's are anyone's (call.attachments.test.ts).
    request: async (c) => {
      const { callId, attachmentId } = await freshAttachment(c, false);
      return { path: `/api/v1/calls/${callId}/attachments/${attachmentId}` };
    },
    expect: { default: 404, national_admin: 200, center_admin: 200, center_manager: 200 },
  },
  { route: 'GET /api/v1/calls/{id}/form', request: (c) => ({ path: `/api/v1/calls/${c.openCall}/form` }), expect: { default: 200 } },
  { route: 'PUT /api/v1/calls/{id}/form', request: async (c) => ({ path: `/api/v1/calls/${await freshCall(c)}/form`, body: miniForm }), expect: centerStaffWrite(200) },
  { route: 'POST /api/v1/calls/{id}/form/check', request: (c) => ({ path: `/api/v1/calls/${c.openCall}/form/check`, body: { answers: {} } }), expect: signedIn(200) },
  {
    route: 'POST /api/v1/calls/{id}/applications',
    // Only the organization's members apply for it; anyone else is told the organization is not theirs.
    request: async (c) => ({ path: `/api/v1/calls/${await freshCallWithForm(c)}/applications`, body: { organizationId: c.orgA } }),
    expect: signedIn(422, { company_member: 201 }),
  },
  {
    route: 'GET /api/v1/applications/{id}',
    request: async (c) => ({ path: `/api/v1/applications/${await freshApplication(c, 'submitted')}` }),
    expect: signedIn(404, { company_member: 200, national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  {
    route: 'PATCH /api/v1/applications/{id}',
    request: async (c) => ({ path: `/api/v1/applications/${await freshApplication(c)}`, body: { answers: { teamName: '수정' } }, headers: { 'if-match': '"1"' } }),
    expect: signedIn(404, { company_member: 200 }),
  },
  {
    route: 'POST /api/v1/applications/{id}/submit',
    request: async (c) => ({ path: `/api/v1/applications/${await freshApplication(c)}/submit`, headers: { 'idempotency-key': `matrix-${Math.random()}` } }),
    expect: signedIn(404, { company_member: 200 }),
  },
  {
    route: 'POST /api/v1/applications/{id}/withdraw',
    request: async (c) => ({ path: `/api/v1/applications/${await freshApplication(c, 'submitted')}/withdraw` }),
    expect: signedIn(404, { company_member: 200, national_admin: 403, center_admin: 403, center_manager: 403 }),
  },
  {
    route: 'PUT /api/v1/applications/{id}/review-status',
    request: async (c) => ({ path: `/api/v1/applications/${await freshApplication(c, 'submitted')}/review-status`, body: { status: 'underReview', notify: false }, headers: { 'if-match': '*' } }),
    expect: signedIn(404, { company_member: 403, national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  {
    route: 'GET /api/v1/applications/{id}/supplements',
    request: async (c) => ({ path: `/api/v1/applications/${(await freshSupplement(c)).applicationId}/supplements` }),
    expect: signedIn(404, { company_member: 200, national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  {
    route: 'POST /api/v1/applications/{id}/supplements',
    request: async (c) => ({ path: `/api/v1/applications/${await freshApplication(c, 'submitted')}/supplements`, body: { message: '보완해 주세요', items: ['사업자등록증'], dueAt: '2026-12-10T18:00' } }),
    expect: signedIn(404, { company_member: 403, national_admin: 201, center_admin: 201, center_manager: 201 }),
  },
  {
    route: 'POST /api/v1/applications/{id}/supplements/{supplementId}/response',
    request: async (c) => {
      const { applicationId, supplementId } = await freshSupplement(c);
      return { path: `/api/v1/applications/${applicationId}/supplements/${supplementId}/response`, body: { note: '첨부합니다' } };
    },
    // Staff read the application but only its members answer for it.
    expect: signedIn(404, { company_member: 200, national_admin: 403, center_admin: 403, center_manager: 403 }),
  },
  {
    route: 'GET /api/v1/applications/{id}/history',
    request: async (c) => ({ path: `/api/v1/applications/${await freshApplication(c, 'submitted')}/history` }),
    expect: signedIn(404, { company_member: 403, national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  {
    route: 'GET /api/v1/calls/{id}/applications',
    request: (c) => ({ path: `/api/v1/calls/${c.openCall}/applications` }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  {
    route: 'GET /api/v1/calls/{id}/applications/export',
    request: (c) => ({ path: `/api/v1/calls/${c.openCall}/applications/export` }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  {
    route: 'POST /api/v1/applications/{id}/files',
    request: async (c) => ({ path: `/api/v1/applications/${await freshApplication(c)}/files`, form: pdfForm() }),
    expect: signedIn(404, { company_member: 201 }),
  },
  {
    route: 'POST /api/v1/applications/{id}/fields/{field}/files',
    request: async (c) => ({ path: `/api/v1/applications/${await freshApplication(c)}/fields/doc/files?name=${encodeURIComponent('서류.pdf')}`, raw: PDF }),
    expect: signedIn(404, { company_member: 201 }),
  },
  {
    route: 'GET /api/v1/applications/{id}/files',
    request: async (c) => ({ path: `/api/v1/applications/${(await freshFile(c)).applicationId}/files` }),
    expect: signedIn(404, { company_member: 200, national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  {
    route: 'GET /api/v1/applications/{id}/files/{fileId}',
    request: async (c) => {
      const { applicationId, fileId } = await freshFile(c);
      return { path: `/api/v1/applications/${applicationId}/files/${fileId}` };
    },
    expect: signedIn(404, { company_member: 200, national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  {
    route: 'GET /api/v1/organizations/{id}/outcomes',
    request: (c) => ({ path: `/api/v1/organizations/${c.orgA}/outcomes` }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200, company_member: 200 }),
  },
  {
    route: 'POST /api/v1/organizations/{id}/outcomes',
    request: (c) => ({ path: `/api/v1/organizations/${c.orgA}/outcomes`, body: { metric: 'investment', period: '2016-05', value: 300000000, details: { investor: '매트릭스 캐피탈' } } }),
    expect: signedIn(404, { national_admin: 201, center_admin: 201, center_manager: 201, company_member: 201 }),
  },
  {
    route: 'GET /api/v1/outcomes',
    request: () => ({ path: '/api/v1/outcomes?status=reported' }),
    expect: signedIn(403, { national_admin: 200, center_admin: 200, center_manager: 200, cluster_coordinator: 200, company_member: 200 }),
  },
  {
    route: 'POST /api/v1/outcomes/review',
    request: async (c) => ({ path: '/api/v1/outcomes/review', body: { ids: [await freshOutcome(c)], decision: 'verified' } }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  {
    route: 'GET /api/v1/outcomes/{id}',
    request: async (c) => ({ path: `/api/v1/outcomes/${await freshOutcome(c)}` }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200, company_member: 200 }),
  },
  {
    route: 'PATCH /api/v1/outcomes/{id}',
    request: async (c) => ({ path: `/api/v1/outcomes/${await freshOutcome(c)}`, headers: { 'if-match': '"1"' }, body: { value: 120000000, reason: '정정' } }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200, company_member: 200 }),
  },
  {
    route: 'GET /api/v1/outcomes/{id}/evidence',
    request: async (c) => ({ path: `/api/v1/outcomes/${await freshOutcome(c)}/evidence` }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200, company_member: 200 }),
  },
  {
    route: 'POST /api/v1/outcomes/{id}/evidence',
    request: async (c) => ({ path: `/api/v1/outcomes/${await freshOutcome(c)}/evidence?name=${encodeURIComponent('증빙.pdf')}`, raw: PDF }),
    expect: signedIn(404, { national_admin: 201, center_admin: 201, center_manager: 201, company_member: 201 }),
  },
  {
    route: 'GET /api/v1/outcomes/{id}/evidence/{evidenceId}',
    request: async (c) => {
      const { recordId, evidenceId } = await freshEvidence(c);
      return { path: `/api/v1/outcomes/${recordId}/evidence/${evidenceId}` };
    },
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200, company_member: 200 }),
  },
  {
    route: 'DELETE /api/v1/outcomes/{id}/evidence/{evidenceId}',
    request: async (c) => {
      const { recordId, evidenceId } = await freshEvidence(c);
      return { path: `/api/v1/outcomes/${recordId}/evidence/${evidenceId}` };
    },
    expect: signedIn(404, { national_admin: 204, center_admin: 204, center_manager: 204, company_member: 204 }),
  },
  {
    route: 'GET /api/v1/outcomes/{id}/history',
    request: async (c) => ({ path: `/api/v1/outcomes/${await freshOutcome(c)}/history` }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200, company_member: 200 }),
  },
  {
    route: 'POST /api/v1/campaigns',
    request: (c) => ({ path: '/api/v1/campaigns', body: { title: '매트릭스 조사', centerId: 'incheon', period: '2016', metrics: ['revenue'], dueOn: '2026-12-31', organizationIds: [c.orgA] } }),
    expect: signedIn(403, { national_admin: 201, center_admin: 201, center_manager: 201 }),
  },
  {
    route: 'GET /api/v1/campaigns',
    request: () => ({ path: '/api/v1/campaigns' }),
    expect: signedIn(403, { national_admin: 200, center_admin: 200, center_manager: 200, cluster_coordinator: 200 }),
  },
  {
    route: 'GET /api/v1/campaigns/{id}',
    request: async (c) => ({ path: `/api/v1/campaigns/${(await freshCampaign(c)).id}?status=overdue` }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  {
    route: 'POST /api/v1/campaigns/{id}/close',
    request: async (c) => ({ path: `/api/v1/campaigns/${(await freshCampaign(c)).id}/close`, headers: { 'if-match': '"1"' } }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  {
    route: 'POST /api/v1/campaigns/{id}/remind',
    request: async (c) => ({ path: `/api/v1/campaigns/${(await freshCampaign(c)).id}/remind` }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  { route: 'GET /api/v1/outcome-requests', request: () => ({ path: '/api/v1/outcome-requests' }), expect: signedIn(200) },
  {
    route: 'POST /api/v1/outcome-requests/{id}/answer',
    request: async (c) => ({ path: `/api/v1/outcome-requests/${(await freshCampaign(c)).requestId}/answer`, body: { figures: [{ metric: 'revenue', value: 150000000 }] } }),
    expect: signedIn(404, { company_member: 200 }),
  },
  {
    route: 'POST /api/v1/imports/support-records',
    request: async (c) => ({ path: '/api/v1/imports/support-records', form: csvForm(`사업자등록번호,센터,지원유형,지원일\n${await brnOfA(c)},인천,멘토링,2016-06-01\n`) }),
    expect: signedIn(403, { national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  {
    route: 'POST /api/v1/imports/outcomes',
    request: async (c) => ({ path: '/api/v1/imports/outcomes', form: csvForm(`사업자등록번호,기간,지표,값\n${await brnOfA(c)},2016,newHires,4\n`) }),
    // The coordinator's cluster does not work with orgA: a row error, nothing written.
    expect: signedIn(403, { national_admin: 200, center_admin: 200, center_manager: 200, cluster_coordinator: 422 }),
  },
  {
    route: 'GET /api/v1/reports/national',
    request: () => ({ path: '/api/v1/reports/national?from=2016-01-01&to=2016-12-31' }),
    expect: signedIn(403, { national_admin: 200 }),
  },
  {
    route: 'GET /api/v1/reports/centers/{id}',
    request: () => ({ path: '/api/v1/reports/centers/incheon?from=2016-01-01&to=2016-12-31' }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  { route: 'GET /api/v1/targets', request: () => ({ path: '/api/v1/targets' }), expect: signedIn(403, { national_admin: 200, center_admin: 200, center_manager: 200, cluster_coordinator: 200 }) },
  {
    route: 'POST /api/v1/targets',
    request: () => ({ path: '/api/v1/targets', body: { centerId: 'incheon', title: '매트릭스 목표', kind: 'metric', metric: 'newHires', value: 10, startsOn: '2026-01-01', deadline: '2026-12-31' } }),
    expect: signedIn(403, { center_admin: 201, center_manager: 201 }),
  },
  {
    route: 'GET /api/v1/targets/{id}',
    request: async (c) => ({ path: `/api/v1/targets/${await freshTarget(c)}` }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  {
    route: 'PATCH /api/v1/targets/{id}',
    request: async (c) => ({ path: `/api/v1/targets/${await freshTarget(c)}`, headers: { 'if-match': '"1"' }, body: { value: 20 } }),
    expect: signedIn(404, { national_admin: 403, center_admin: 200, center_manager: 200 }),
  },
  {
    route: 'DELETE /api/v1/targets/{id}',
    request: async (c) => ({ path: `/api/v1/targets/${await freshTarget(c)}` }),
    expect: signedIn(404, { national_admin: 403, center_admin: 204, center_manager: 204 }),
  },
  {
    route: 'GET /api/v1/calls/{id}/rounds',
    request: (c) => ({ path: `/api/v1/calls/${c.openCall}/rounds` }),
    expect: signedIn(403, { national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  { route: 'POST /api/v1/calls/{id}/rounds', request: (c) => ({ path: `/api/v1/calls/${c.openCall}/rounds`, body: roundBody }), expect: centerStaffWrite(201) },
  {
    route: 'GET /api/v1/rounds/{id}',
    request: async (c) => ({ path: `/api/v1/rounds/${await freshRound(c)}` }),
    expect: signedIn(403, { national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  {
    route: 'PATCH /api/v1/rounds/{id}',
    request: async (c) => ({ path: `/api/v1/rounds/${await freshRound(c)}`, headers: { 'if-match': '"1"' }, body: { reserves: 2 } }),
    expect: centerStaffWrite(200),
  },
  { route: 'DELETE /api/v1/rounds/{id}', request: async (c) => ({ path: `/api/v1/rounds/${await freshRound(c)}` }), expect: centerStaffWrite(204) },
  { route: 'GET /api/v1/rounds/{id}/judges', request: async (c) => ({ path: `/api/v1/rounds/${(await freshJudging(c)).roundId}/judges` }), expect: staffRead },
  {
    route: 'POST /api/v1/rounds/{id}/judges',
    request: async (c) => ({ path: `/api/v1/rounds/${await freshRound(c)}/judges`, body: { email: `judge.${Math.random().toString(36).slice(2)}@univ.ac.kr`, name: '새 심사위원' } }),
    expect: centerStaffWrite(201),
  },
  { route: 'POST /api/v1/round-judges/{id}/resend', request: async (c) => ({ path: `/api/v1/round-judges/${(await freshJudging(c)).roundJudgeId}/resend` }), expect: centerStaffWrite(200) },
  {
    route: 'PATCH /api/v1/round-judges/{id}',
    request: async (c) => ({ path: `/api/v1/round-judges/${(await freshJudging(c)).roundJudgeId}`, headers: { 'if-match': '"1"' }, body: { minLoad: 1, maxLoad: 5 } }),
    expect: centerStaffWrite(200),
  },
  { route: 'DELETE /api/v1/round-judges/{id}', request: async (c) => ({ path: `/api/v1/round-judges/${(await freshJudging(c)).roundJudgeId}` }), expect: centerStaffWrite(204) },
  { route: 'GET /api/v1/rounds/{id}/conflicts', request: async (c) => ({ path: `/api/v1/rounds/${(await freshJudging(c)).roundId}/conflicts` }), expect: staffRead },
  {
    route: 'POST /api/v1/rounds/{id}/conflicts',
    request: async (c) => {
      const { roundId, personId, applicationId } = await freshJudging(c);
      return { path: `/api/v1/rounds/${roundId}/conflicts`, body: { personId, applicationId, reason: '대표자와 친족' } };
    },
    expect: centerStaffWrite(201),
  },
  { route: 'POST /api/v1/conflicts/{id}/lift', request: async (c) => ({ path: `/api/v1/conflicts/${await freshConflict(c)}/lift`, body: { reason: '퇴직 확인' } }), expect: centerStaffWrite(200) },
  { route: 'POST /api/v1/rounds/{id}/conflicts/detect', request: async (c) => ({ path: `/api/v1/rounds/${(await freshJudging(c)).roundId}/conflicts/detect` }), expect: centerStaffWrite(200) },
  // The invitation link's token is the credential; a person without a password accepts only when not signed in as someone else.
  { route: 'GET /api/v1/judge-invitations/{token}', request: async (c) => ({ path: `/api/v1/judge-invitations/${(await freshJudging(c)).token}` }), expect: { default: 200 } },
  {
    route: 'POST /api/v1/judge-invitations/{token}/accept',
    request: async (c) => ({ path: `/api/v1/judge-invitations/${(await freshJudging(c)).token}/accept`, body: { password: 'matrix-judge-2026', acceptTerms: true } }),
    expect: { default: 403, anonymous: 200 },
  },
  { route: 'POST /api/v1/judge-invitations/{token}/decline', request: async (c) => ({ path: `/api/v1/judge-invitations/${(await freshJudging(c)).token}/decline` }), expect: { default: 204 } },
  { route: 'GET /api/v1/me/judge-rounds', request: () => ({ path: '/api/v1/me/judge-rounds' }), expect: signedIn(200) },
  { route: 'GET /api/v1/rounds/{id}/pledge', request: async (c) => ({ path: `/api/v1/rounds/${(await freshJudgeRound(c)).roundId}/pledge` }), expect: signedIn(404, { judge: 200 }) },
  {
    route: 'POST /api/v1/rounds/{id}/pledge',
    request: async (c) => ({ path: `/api/v1/rounds/${(await freshJudgeRound(c)).roundId}/pledge`, body: { signature: await judgeName(c), agree: true } }),
    expect: signedIn(404, { judge: 200 }),
  },
  {
    route: 'POST /api/v1/rounds/{id}/declared-conflicts',
    request: async (c) => {
      const { roundId, applicationId } = await freshJudgeRound(c);
      return { path: `/api/v1/rounds/${roundId}/declared-conflicts`, body: { applicationId, reason: '전 직장' } };
    },
    expect: signedIn(404, { judge: 201 }),
  },
  { route: 'GET /api/v1/me/judge-profile', request: () => ({ path: '/api/v1/me/judge-profile' }), expect: signedIn(200) },
  { route: 'GET /api/v1/rounds/{id}/assignment-runs', request: async (c) => ({ path: `/api/v1/rounds/${(await freshSheet(c, 'open')).roundId}/assignment-runs` }), expect: staffRead },
  { route: 'POST /api/v1/rounds/{id}/assignment-runs', request: async (c) => ({ path: `/api/v1/rounds/${(await freshSheet(c, 'open')).roundId}/assignment-runs`, body: {} }), expect: centerStaffWrite(201) },
  { route: 'GET /api/v1/assignment-runs/{id}', request: async (c) => ({ path: `/api/v1/assignment-runs/${await freshRun(c)}` }), expect: staffRead },
  { route: 'POST /api/v1/assignment-runs/{id}/apply', request: async (c) => ({ path: `/api/v1/assignment-runs/${await freshRun(c)}/apply` }), expect: centerStaffWrite(200) },
  { route: 'GET /api/v1/rounds/{id}/assignment-constraints', request: async (c) => ({ path: `/api/v1/rounds/${(await freshSheet(c, 'open')).roundId}/assignment-constraints` }), expect: staffRead },
  {
    route: 'POST /api/v1/rounds/{id}/assignment-constraints',
    request: async (c) => {
      const { roundId, applicationId } = await freshSheet(c, 'open');
      return { path: `/api/v1/rounds/${roundId}/assignment-constraints`, body: { personId: c.users.judge.id, applicationId, kind: 'forbid', reason: '공동 연구' } };
    },
    expect: centerStaffWrite(201),
  },
  { route: 'DELETE /api/v1/assignment-constraints/{id}', request: async (c) => ({ path: `/api/v1/assignment-constraints/${await freshConstraint(c)}` }), expect: centerStaffWrite(204) },
  // Only the sheet's judge scores; the round's staff read sheets and reopen them; nobody else sees them.
  { route: 'GET /api/v1/rounds/{id}/my-sheets', request: async (c) => ({ path: `/api/v1/rounds/${(await freshSheet(c, 'open')).roundId}/my-sheets` }), expect: signedIn(404, { judge: 200 }) },
  { route: 'GET /api/v1/score-sheets/{id}', request: async (c) => ({ path: `/api/v1/score-sheets/${(await freshSheet(c, 'open')).sheetId}` }), expect: { ...staffRead, judge: 200 } },
  { route: 'PATCH /api/v1/score-sheets/{id}', request: async (c) => ({ path: `/api/v1/score-sheets/${(await freshSheet(c, 'open')).sheetId}`, body: { scores: { business: 7 } } }), expect: signedIn(403, { judge: 200 }) },
  {
    route: 'POST /api/v1/score-sheets/{id}/submit',
    request: async (c) => ({ path: `/api/v1/score-sheets/${(await freshSheet(c, 'open', { status: 'draft', scores: { business: 7 } })).sheetId}/submit` }),
    expect: signedIn(403, { judge: 200 }),
  },
  {
    route: 'POST /api/v1/score-sheets/{id}/reopen',
    request: async (c) => ({ path: `/api/v1/score-sheets/${(await freshSheet(c, 'open', { status: 'submitted', scores: { business: 7 } })).sheetId}/reopen`, body: { reason: '재검토' } }),
    expect: centerStaffWrite(200),
  },
  { route: 'GET /api/v1/rounds/{id}/progress', request: async (c) => ({ path: `/api/v1/rounds/${(await freshSheet(c, 'open')).roundId}/progress` }), expect: staffRead },
  { route: 'POST /api/v1/rounds/{id}/reminders', request: async (c) => ({ path: `/api/v1/rounds/${(await freshSheet(c, 'open')).roundId}/reminders`, body: {} }), expect: centerStaffWrite(200) },
  { route: 'GET /api/v1/rounds/{id}/ranking', request: async (c) => ({ path: `/api/v1/rounds/${(await freshSheet(c, 'closed', { status: 'submitted', scores: { business: 8 } })).roundId}/ranking` }), expect: staffRead },
  { route: 'GET /api/v1/rounds/{id}/report', request: async (c) => ({ path: `/api/v1/rounds/${(await freshSheet(c, 'closed', { status: 'submitted', scores: { business: 8 } })).roundId}/report` }), expect: staffRead },
  {
    route: 'POST /api/v1/rounds/{id}/results',
    request: async (c) => {
      const { roundId, applicationId } = await freshSheet(c, 'closed', { status: 'submitted', scores: { business: 8 } });
      return { path: `/api/v1/rounds/${roundId}/results`, headers: { 'if-match': '"1"' }, body: { decisions: [{ applicationId, decision: 'advance' }], notify: false } };
    },
    expect: centerStaffWrite(200),
  },
  { route: 'GET /api/v1/rounds/{id}/results', request: async (c) => ({ path: `/api/v1/rounds/${(await freshConfirmed(c)).roundId}/results` }), expect: staffRead },
  { route: 'GET /api/v1/rounds/{id}/bonus-grants', request: async (c) => ({ path: `/api/v1/rounds/${(await freshSheet(c, 'closed')).roundId}/bonus-grants` }), expect: staffRead },
  {
    route: 'POST /api/v1/rounds/{id}/bonus-grants',
    request: async (c) => {
      const { roundId, applicationId } = await freshSheet(c, 'closed');
      return { path: `/api/v1/rounds/${roundId}/bonus-grants`, body: { applicationId, points: 1.5, reason: '사회적 기업' } };
    },
    expect: centerStaffWrite(201),
  },
  { route: 'DELETE /api/v1/bonus-grants/{id}', request: async (c) => ({ path: `/api/v1/bonus-grants/${await freshBonus(c)}` }), expect: centerStaffWrite(204) },
  // The applicant's own evaluation: its members and the call's staff; 404 to everyone else.
  {
    route: 'GET /api/v1/applications/{id}/evaluation',
    request: async (c) => ({ path: `/api/v1/applications/${(await freshConfirmed(c)).applicationId}/evaluation` }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200, company_member: 200 }),
  },
  {
    route: 'POST /api/v1/applications/{id}/appeals',
    request: async (c) => {
      const { roundId, applicationId } = await freshConfirmed(c);
      return { path: `/api/v1/applications/${applicationId}/appeals`, body: { roundId, body: '기술성 점수가 낮게 평가되었습니다.' } };
    },
    expect: signedIn(404, { national_admin: 403, center_admin: 403, center_manager: 403, company_member: 201 }),
  },
  { route: 'GET /api/v1/rounds/{id}/appeals', request: async (c) => ({ path: `/api/v1/rounds/${(await freshConfirmed(c)).roundId}/appeals` }), expect: staffRead },
  { route: 'POST /api/v1/appeals/{id}/answer', request: async (c) => ({ path: `/api/v1/appeals/${await freshAppeal(c)}/answer`, body: { status: 'dismissed', response: '재검토 결과 점수에 오류가 없습니다.' } }), expect: centerStaffWrite(200) },
  {
    route: 'PUT /api/v1/me/judge-profile',
    request: () => ({ path: '/api/v1/me/judge-profile', headers: { 'if-match': '*' }, body: { position: '교수', tags: ['물류'] } }),
    expect: signedIn(200),
  },
  {
    route: 'GET /api/v1/dashboards/national',
    request: () => ({ path: '/api/v1/dashboards/national?year=2016' }),
    expect: signedIn(403, { national_admin: 200 }),
  },
  {
    route: 'GET /api/v1/dashboards/centers/{id}',
    request: () => ({ path: '/api/v1/dashboards/centers/incheon?year=2016' }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  {
    route: 'GET /api/v1/dashboards/clusters/{id}',
    request: (c) => ({ path: `/api/v1/dashboards/clusters/${c.clusterId}?year=2016` }),
    expect: signedIn(404, { national_admin: 200, cluster_coordinator: 200 }),
  },
  {
    route: 'GET /api/v1/dashboards/organizations',
    request: () => ({ path: '/api/v1/dashboards/organizations?scope=center:incheon&year=2016' }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  {
    route: 'GET /api/v1/reports/national/workbook',
    request: () => ({ path: '/api/v1/reports/national/workbook?from=2016-01-01&to=2016-12-31' }),
    expect: signedIn(403, { national_admin: 200 }),
  },
  {
    route: 'GET /api/v1/reports/centers/{id}/workbook',
    request: () => ({ path: '/api/v1/reports/centers/incheon/workbook?from=2016-01-01&to=2016-12-31' }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  {
    route: 'GET /api/v1/calls/{id}/applications/files',
    request: (c) => ({ path: `/api/v1/calls/${c.openCall}/applications/files` }),
    expect: signedIn(404, { national_admin: 200, center_admin: 200, center_manager: 200 }),
  },
  { route: 'GET /api/v1/applications', request: () => ({ path: '/api/v1/applications' }), expect: signedIn(200) },
];

let ctx: Ctx;
let app: ReturnType<typeof client>['app'];

beforeAll(async () => {
  const deps = await testDeps();
  app = client(deps).app;
  const k = await cluster(deps);
  const a = await organization(deps, { name: '인천 물류 스타트업', centers: ['incheon'] });
  const b = await organization(deps, { name: '전북 탄소 기업', centers: ['jeonbuk'] });
  await organization(deps, { name: '클러스터 회원사', clusters: [k.id] });
  const users = {
    national_admin: await user(deps, 'national_admin'),
    center_admin: await user(deps, 'center_admin', { centerId: 'incheon' }),
    center_manager: await user(deps, 'center_manager', { centerId: 'incheon' }),
    cluster_coordinator: await user(deps, 'cluster_coordinator', { clusterId: k.id }),
    sponsor: await user(deps, 'sponsor', { centerId: 'incheon' }),
    expert: await user(deps, 'expert', { centerId: 'incheon' }),
    judge: await user(deps, 'judge', { centerId: 'incheon' }),
    company_member: await user(deps, 'company_member', { organizationId: a.id }),
  };
  const [record] = await deps.database.rows<{ id: string }>(sql`
    insert into support_records (organization_id, center_id, kind, started_on) values (${a.id}::uuid, 'incheon', 'consulting', '2016-03-01') returning id`);
  await deps.database.rows(sql`insert into support_records (organization_id, center_id, kind, started_on) values (${b.id}::uuid, 'jeonbuk', 'funding', '2016-03-01')`);
  const [affiliation] = await deps.database.rows<{ id: string }>(sql`select id from affiliations where organization_id = ${a.id}::uuid`);
  const [program] = await deps.database.rows<{ id: string }>(sql`insert into programs (center_id, name, type) values ('incheon', '인천 액셀러레이팅', 'commercialization') returning id`);
  const [cohort] = await deps.database.rows<{ id: string }>(sql`insert into program_cohorts (program_id, name) values (${program!.id}::uuid, '1기') returning id`);
  const [draft] = await deps.database.rows<{ id: string }>(sql`
    insert into calls (program_id, title, opens_at, closes_at, search_terms, search_length)
    values (${program!.id}::uuid, '작성 중 공고', now(), now() + interval '7 days', '{}'::jsonb, 1) returning id`);
  const [open] = await deps.database.rows<{ id: string }>(sql`
    insert into calls (program_id, title, opens_at, closes_at, published_at, search_terms, search_length)
    values (${program!.id}::uuid, '접수 중 공고', now(), now() + interval '7 days', now(), '{}'::jsonb, 1) returning id`);
  await deps.database.rows(sql`insert into call_forms (call_id, version, definition) values (${open!.id}::uuid, 1, ${JSON.stringify(miniForm)}::jsonb)`);
  ctx = {
    deps, users, clusterId: k.id, orgA: a.id, orgB: b.id, recordA: record!.id, affiliationA: affiliation!.id,
    programA: program!.id, cohortA: cohort!.id, draftCall: draft!.id, openCall: open!.id,
  };
});
afterAll(() => ctx.deps.database.close());

async function send(route: string, who: Who, req: Request) {
  const method = route.split(' ')[0]!;
  const headers: Record<string, string> = { ...(req.headers ?? {}) };
  if (who !== 'anonymous') headers.authorization = `Bearer ${ctx.users[who].token}`;
  let body: RequestInit['body'];
  if (req.form) body = req.form;
  else if (req.raw) {
    body = new Uint8Array(req.raw);
    headers['content-type'] = 'application/octet-stream';
  } else if (req.body !== undefined) {
    body = JSON.stringify(req.body);
    headers['content-type'] = 'application/json';
  }
  const res = await app.request(req.path, { method, headers, body });
  return { status: res.status, text: await res.text() };
}

describe('authorization matrix: every role × every endpoint', () => {
  for (const row of rows) {
    it(row.route, async () => {
      const got: Record<string, number> = {};
      const want: Record<string, number> = {};
      for (const who of everyone) {
        const res = await send(row.route, who, await row.request(ctx, who));
        got[who] = res.status;
        want[who] = row.expect[who] ?? row.expect.default;
      }
      expect(got).toEqual(want);
    });
  }

  it('shows the full record only to those who work with the organization', async () => {
    const access: Record<string, string> = {};
    for (const who of everyone.filter((w): w is Exclude<Who, 'anonymous'> => w !== 'anonymous')) {
      const res = await send('GET x', who, { path: `/api/v1/organizations/${ctx.orgB}` });
      access[who] = JSON.parse(res.text).access;
    }
    expect(access).toEqual({
      national_admin: 'full',
      center_admin: 'public',
      center_manager: 'public',
      cluster_coordinator: 'public',
      sponsor: 'public',
      expert: 'public',
      judge: 'public',
      company_member: 'public',
    });
  });

  it('covers every route of the OpenAPI document', () => {
    const doc = JSON.parse(fs.readFileSync(new URL('../openapi.json', import.meta.url), 'utf8')) as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const covered = new Set(rows.map((r) => r.route));
    expect(routes.filter((r) => !covered.has(r))).toEqual([]);
  });
});
