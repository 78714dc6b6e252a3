/**
 * `npm run bench:evaluation`: the evaluation engine over stored data (issue 4), in-memory PGlite
 * by default or a fresh database on the PostgreSQL server given as `--pg URL`.
 * 1. A round of 1,000 applications and 100 judges (k = 5, a judge's expertise and each
 *    application's answers drawn from one vocabulary): an assignment run as staff start it
 *    (conflict detection, the problem with 100,000 affinities from the search tokenizer, the
 *    solver, the run stored) and its application (5,000 score sheets written).
 * 2. The ranking of a stored round of 10,000 applications × 5 submitted sheets with a bonus rule
 *    and a quota judged on each applicant (the eligibility rules), as staff open it.
 * Ends with one JSON line of the figures.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.ts';
import { prepare } from '../src/db/prepare.ts';
import type { Deps, RequestScope } from '../src/http/context.ts';
import { installZodMessages } from '../src/http/errors.ts';
import { systemClock } from '../src/shared/clock.ts';
import { loadConfig } from '../src/shared/config.ts';
import { createLogger } from '../src/shared/logger.ts';
import { Random } from '../src/shared/random.ts';
import type { Actor } from '../src/features/auth/actor.ts';
import { applyRun, createRun } from '../src/features/evaluation/assignment/assignment.runs.ts';
import { getRanking } from '../src/features/evaluation/ranking/ranking.service.ts';
import { freshPgDatabase } from '../test/db.ts';

const { values: args } = parseArgs({ options: { pg: { type: 'string' } } });
const log = (line: string) => process.stderr.write(`${line}\n`);
const ms = (from: number) => Math.round(performance.now() - from);

installZodMessages();
const fresh = args.pg ? await freshPgDatabase(args.pg, 'innohub_bench_eval') : undefined;
const database = fresh ? await openDatabase({ databaseUrl: fresh.url, dataDir: '', poolSize: 4 }) : await openDatabase({ dataDir: '', memory: true });
await prepare(database);
const deps: Deps = { database, clock: systemClock, logger: createLogger('silent'), config: loadConfig({ DATA_DIR: '/tmp/innohub-bench-unused', LOG_LEVEL: 'silent' }) };

const [admin] = await database.rows<{ id: string }>(sql`insert into people (email, name) values ('bench.admin@innohub.kr', '벤치 관리자') returning id`);
const actor: Actor = { personId: admin!.id, email: 'bench.admin@innohub.kr', name: '벤치 관리자', locale: 'ko', via: 'token', memberships: [{ id: 'bench', role: 'national_admin', centerId: null, clusterId: null, organizationId: null }] };
const scope: RequestScope = { actor, requestId: 'bench', lang: 'ko' } as RequestScope;

const words = ['물류', '로봇', '자율주행', '드론', '배터리', '수소', '연료전지', '바이오', '진단', '헬스케어', '반도체', 'AI', '비전', '스마트팜', '농업', '핀테크', '결제', '보안', '클라우드', '콜드체인', '식품', '화장품', '소재', '탄소', '섬유', '에너지', '태양광', '모빌리티', '부품', '센서', '플랫폼', '교육', '관광', '콘텐츠', '게임', '의료기기', '공정', '자동화', '데이터', '블록체인'];
const random = new Random(42);
const phrase = (n: number) => Array.from({ length: n }, () => random.pick(words)).join(' ');

/** A call of a fresh program with `apps` submitted applications (half in 광주) and a first round with `judges` active judges. */
async function round(apps: number, judges: number, k: number): Promise<{ roundId: string; judgeIds: string[]; appIds: string[] }> {
  const [program] = await database.rows<{ id: string }>(sql`insert into programs (center_id, name, type) values ('gwangju', ${`벤치 사업 ${random.uuid()}`}, 'commercialization') returning id`);
  const [call] = await database.rows<{ id: string }>(sql`
    insert into calls (program_id, title, opens_at, closes_at, published_at, search_terms, search_length)
    values (${program!.id}::uuid, '벤치 공고', now() - interval '60 days', now() - interval '30 days', now() - interval '61 days', '{}'::jsonb, 1) returning id`);
  const orgs = Array.from({ length: apps }, (_, i) => ({ id: random.uuid(), name: `벤치기업 ${call!.id.slice(0, 8)} ${i}`, region: i % 2 ? '광주' : '인천', products: phrase(3), description: phrase(12) }));
  const appIds = orgs.map(() => random.uuid());
  for (let i = 0; i < apps; i += 1000) {
    const chunk = orgs.slice(i, i + 1000);
    const col = <T>(f: (o: (typeof orgs)[number], j: number) => T) => sql.param(chunk.map((o, j) => f(o, i + j)));
    await database.db.execute(sql`
      insert into organizations (id, name, kind, region, products, description, dedupe_key, founded_on, search_terms, search_length)
      select u.id, u.name, 'startup', u.region, u.products, u.description, u.name, '2022-01-01', '{}'::jsonb, 1 from unnest(${col((o) => o.id)}::uuid[], ${col((o) => o.name)}::text[], ${col((o) => o.region)}::text[],
        ${col((o) => o.products)}::text[], ${col((o) => o.description)}::text[]) as u(id, name, region, products, description)`);
    await database.db.execute(sql`
      insert into applications (id, call_id, organization_id, applicant_id, form_version, status, review_status, receipt_number, submitted_at)
      select u.id, ${call!.id}::uuid, u.org, ${admin!.id}::uuid, 1, 'submitted', 'received', 'B-' || u.id::text, now() - interval '40 days' + (u.n || ' seconds')::interval
      from unnest(${col((_, j) => appIds[j])}::uuid[], ${col((o) => o.id)}::uuid[], ${col((_, j) => j)}::int[]) as u(id, org, n)`);
    await database.db.execute(sql`
      insert into application_submissions (application_id, seq, form_version, answers, idempotency_key, submitted_by, submitted_at)
      select u.id, 1, 1, jsonb_build_object('item', u.item), 'bench', ${admin!.id}::uuid, now() - interval '40 days'
      from unnest(${col((_, j) => appIds[j])}::uuid[], ${col(() => phrase(40))}::text[]) as u(id, item)`);
  }
  const criteria = [
    { id: 'tech', title: '기술성', description: '', weight: 40, maxScore: 40, minScore: 12, commentBelow: null },
    { id: 'market', title: '사업성', description: '', weight: 30, maxScore: 30, minScore: null, commentBelow: null },
    { id: 'team', title: '팀 역량', description: '', weight: 20, maxScore: 20, minScore: null, commentBelow: null },
    { id: 'impact', title: '파급효과', description: '', weight: 10, maxScore: 10, minScore: null, commentBelow: null },
  ];
  const [r] = await database.rows<{ id: string }>(sql`
    insert into evaluation_rounds (call_id, position, name, criteria, bonus_rules, max_bonus, judges_per_application, method, few_judges, tie_breaks, advance, reserves, quotas, scoring_opens_at, scoring_closes_at)
    values (${call!.id}::uuid, 1, '서류 평가', ${JSON.stringify(criteria)}::jsonb, ${JSON.stringify([{ id: 'gwangju', label: '광주 기업', points: 2, when: { regions: ['광주'] } }])}::jsonb, 3, ${k},
      'trimmedMean', 'mean', ${JSON.stringify([{ kind: 'criterion', criterionId: 'tech' }, { kind: 'earlierSubmission' }])}::jsonb, '{"kind":"rank","count":30}'::jsonb, 10,
      ${JSON.stringify([{ id: 'young', label: '설립 7년 이내', min: 5, when: { maxYearsInBusiness: 7 } }])}::jsonb, now() - interval '20 days', now() + interval '10 days') returning id`);
  const judgeIds: string[] = [];
  for (let j = 0; j < judges; j++) {
    const [p] = await database.rows<{ id: string }>(sql`insert into people (email, name) values (${`bench.judge.${r!.id.slice(0, 8)}.${j}@innohub.kr`}, ${`심사위원 ${j}`}) returning id`);
    judgeIds.push(p!.id);
    await database.rows(sql`insert into judge_profiles (person_id, expertise, tags, affiliation) values (${p!.id}::uuid, ${phrase(8)}, ${JSON.stringify([random.pick(words), random.pick(words)])}::jsonb, ${JSON.stringify({ name: `벤치기업 ${call!.id.slice(0, 8)} ${random.int(0, apps - 1)}`, businessRegistrationNumber: null })}::jsonb)`);
    await database.rows(sql`insert into round_judges (round_id, person_id, status, invited_at, accepted_at, pledge_signed_at) values (${r!.id}::uuid, ${p!.id}::uuid, 'active', now(), now(), now())`);
  }
  return { roundId: r!.id, judgeIds, appIds };
}

const loadBefore = os.loadavg().map((l) => +l.toFixed(2));

// 1. Assignment on a stored round.
let t = performance.now();
const small = await round(1_000, 100, 5);
log(`seeded 1,000 × 100 in ${ms(t)} ms`);
const runMs: number[] = [];
let run: Awaited<ReturnType<typeof createRun>> | undefined;
for (let i = 0; i < 3; i++) {
  t = performance.now();
  run = await createRun(deps, scope, small.roundId, 'total');
  runMs.push(ms(t));
  log(`run: ${run.status}, total ${run.totalAffinity}, conflicts ${run.conflicts}, ${runMs.at(-1)} ms`);
}
t = performance.now();
const applied = await applyRun(deps, scope, run!.id);
const applyMs = ms(t);
log(`apply: +${applied.added} sheets in ${applyMs} ms`);

// 2. Ranking a stored round of 10,000 × 5.
t = performance.now();
const large = await round(10_000, 500, 5);
const sheetRows = large.appIds.flatMap((a, i) => Array.from({ length: 5 }, (_, m) => ({ a, j: large.judgeIds[(i * 5 + m) % large.judgeIds.length]!, q: 40 + random.next() * 50 })));
for (let i = 0; i < sheetRows.length; i += 5000) {
  const chunk = sheetRows.slice(i, i + 5000);
  const col = <T>(f: (s: (typeof sheetRows)[number]) => T) => sql.param(chunk.map(f));
  await database.db.execute(sql`
    insert into score_sheets (round_id, person_id, application_id, status, scores, submitted_at, created_at, updated_at)
    select ${large.roundId}::uuid, u.j, u.a, 'submitted', jsonb_build_object('tech', round(u.q * 0.4), 'market', round(u.q * 0.3), 'team', round(u.q * 0.2), 'impact', round(u.q * 0.1)), now(), now(), now()
    from unnest(${col((s) => s.j)}::uuid[], ${col((s) => s.a)}::uuid[], ${col((s) => s.q)}::float8[]) as u(j, a, q)`);
}
log(`seeded 10,000 × 5 in ${ms(t)} ms`);
const rankMs: number[] = [];
let ranking: Awaited<ReturnType<typeof getRanking>> | undefined;
for (let i = 0; i < 3; i++) {
  t = performance.now();
  ranking = await getRanking(deps, scope, large.roundId);
  rankMs.push(ms(t));
  log(`ranking: ${ranking.outcome.status}, ${rankMs.at(-1)} ms`);
}

const figures = {
  date: new Date().toISOString(),
  database: database.kind,
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`,
  loadBefore,
  loadAfter: os.loadavg().map((l) => +l.toFixed(2)),
  assignment: { applications: 1_000, judges: 100, k: 5, status: run!.status, pairs: 100_000, runMs: Math.min(...runMs), runsMs: runMs, applyMs, sheets: applied.added },
  ranking: { applications: 10_000, sheets: 50_000, status: ranking!.outcome.status, ms: Math.min(...rankMs), runsMs: rankMs },
};
process.stdout.write(`${JSON.stringify(figures)}\n`);
await database.close();
await fresh?.drop();
