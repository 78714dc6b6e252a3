import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client.ts';
import type { Deps } from '../../http/context.ts';
import { seoulToday } from '../../shared/clock.ts';
import { addDays, Random } from '../../shared/random.ts';
import { applicationSubmissions, applications, callReceiptCounters } from '../applications/application.table.ts';
import { assign } from '../evaluation/assignment/assignment.cli.ts';
import { buildProblem } from '../evaluation/assignment/assignment.runs.ts';
import { detectConflicts } from '../evaluation/judges/conflict.detect.ts';
import { judgeProfiles, roundJudges } from '../evaluation/judges/judge.table.ts';
import type { RoundCreateIn } from '../evaluation/rounds/round.schema.ts';
import { evaluationRounds } from '../evaluation/rounds/round.table.ts';
import { assignmentRuns, scoreSheets } from '../evaluation/scoring/score-sheet.table.ts';
import { memberships, people } from '../people/person.table.ts';
import type { DemoDataset } from './demo.dataset.ts';

/**
 * Seed 002's 광주 창업공모전: 71 entries for 5 places. The call closed a month ago; its 서류 평가
 * is being scored by eight judges (five per entry, the trimmed mean, blind), its 발표 평가 set up
 * for the top 15. The entries are 광주 startups of the demo; each has a founder who can sign in.
 * One judge used to work at an entrant (a conflict the detection finds), two have not signed the
 * pledge yet, and about two thirds of the sheets are in.
 */
export const GWANGJU_CONTEST_CALL = '광주 창업공모전 참가팀 모집';
export const GWANGJU_ENTRIES = 71;

const STAGES = ['idea', 'prototype', 'marketing'] as const;

const newJudges = [
  { email: 'judge.gwangju06@innohub.kr', name: '서지훈', title: '전남대학교 기계공학부 교수' },
  { email: 'judge.gwangju07@innohub.kr', name: '김나연', title: '광주과학기술원 창업지원단 책임' },
  { email: 'judge.gwangju08@innohub.kr', name: '이도윤', title: '회계법인 공인회계사' },
];

/** Expertise, tags and affiliation of each 광주 judge, in the order of their e-mails (01 … 08). */
const profiles = [
  { affiliation: '한국자동차연구원 광주본부', position: '수석연구원', expertise: '자동차 부품 설계와 시험평가, 전장 부품 기술 평가', tags: ['자동차 부품', '전장'] },
  { affiliation: '광주그린카진흥원', position: '팀장', expertise: '수소연료전지 스택과 수소 충전 인프라 기술 평가', tags: ['수소', '연료전지'] },
  { affiliation: '호남벤처투자', position: '심사역', expertise: '초기 스타트업 투자 심사, 사업성과 시장성 평가', tags: ['투자', '사업성'] },
  { affiliation: '광주테크노파크', position: '책임연구원', expertise: '스마트 제조와 자동화 설비, 시제품 제작 지원', tags: ['스마트 제조', '시제품'] },
  { affiliation: '현대자동차 광주 상생협력센터', position: '매니저', expertise: '완성차 협력사 발굴, 모빌리티 신사업과 판로', tags: ['모빌리티', '판로'] },
  { affiliation: '전남대학교', position: '교수', expertise: '기계 설계, 경량 소재와 자동차 구조 해석', tags: ['경량 소재', '기계 설계'] },
  { affiliation: '광주과학기술원', position: '책임', expertise: '기술 창업 보육, 에너지·배터리 기술 사업화', tags: ['에너지', '배터리'] },
  { affiliation: '회계법인', position: '공인회계사', expertise: '재무 구조와 사업계획의 타당성, 정부지원금 집행 관리', tags: ['재무', '사업계획'] },
];

export function demoRounds(day: (offset: number, time: string) => Date): [RoundCreateIn, RoundCreateIn] {
  return [
    {
      name: '서류 평가',
      description: '사업계획서와 신청서로 기술성·사업성·팀 역량·지역 파급효과를 평가합니다. 상위 15팀이 발표 평가에 진출합니다.',
      criteria: [
        { id: 'tech', title: '기술성', description: '기술의 독창성, 완성도와 보호 가능성', weight: 40, maxScore: 40, minScore: 16, commentBelow: 16 },
        { id: 'market', title: '사업성', description: '시장 규모, 수익 모델과 판로', weight: 30, maxScore: 30, minScore: null, commentBelow: null },
        { id: 'team', title: '팀 역량', description: '대표자와 팀의 전문성, 실행력', weight: 20, maxScore: 20, minScore: null, commentBelow: null },
        { id: 'impact', title: '지역 파급효과', description: '광주 자동차·수소 산업과의 연계, 고용 창출', weight: 10, maxScore: 10, minScore: null, commentBelow: null },
      ],
      bonusRules: [{ id: 'gwangju', label: '광주 소재 기업', points: 2, when: { regions: ['광주'] } }],
      maxBonus: 3,
      judgesPerApplication: 5,
      blind: true,
      method: 'trimmedMean',
      fewJudges: 'mean',
      tieBreaks: [{ kind: 'criterion', criterionId: 'tech' }, { kind: 'earlierSubmission' }],
      advance: { kind: 'rank', count: 15 },
      reserves: 3,
      quotas: [],
      publishScores: false,
      conflictYears: 3,
      scoringOpensAt: day(-25, '09:00:00'),
      scoringClosesAt: day(5, '18:00:00'),
    },
    {
      name: '발표 평가',
      description: '서류 평가를 통과한 15팀의 발표와 질의응답으로 최종 5팀을 선정합니다.',
      criteria: [
        { id: 'pitch', title: '발표 내용', description: '문제 정의와 해결 방안의 설득력', weight: 50, maxScore: 50, minScore: null, commentBelow: null },
        { id: 'qa', title: '질의응답', description: '질문에 대한 이해와 답변의 충실성', weight: 30, maxScore: 30, minScore: null, commentBelow: null },
        { id: 'feasibility', title: '실현 가능성', description: '일정, 자금 계획과 실행 조직', weight: 20, maxScore: 20, minScore: null, commentBelow: null },
      ],
      bonusRules: [],
      maxBonus: 0,
      judgesPerApplication: 5,
      blind: false,
      method: 'trimmedMean',
      fewJudges: 'mean',
      tieBreaks: [{ kind: 'criterion', criterionId: 'pitch' }, { kind: 'earlierSubmission' }],
      advance: { kind: 'rank', count: 5 },
      reserves: 2,
      quotas: [],
      publishScores: true,
      conflictYears: 3,
      scoringOpensAt: day(12, '10:00:00'),
      scoringClosesAt: day(12, '18:00:00'),
    },
  ];
}

const clampStep = (x: number, max: number) => Math.max(0, Math.min(max, Math.round(x * 2) / 2));

export async function insertDemoEvaluation(tx: Db, deps: Deps, d: DemoDataset, passwordHash: string): Promise<void> {
  const random = new Random(20150715);
  const now = deps.clock.now();
  const day = (offset: number, time: string) => new Date(`${addDays(seoulToday(deps.clock), offset)}T${time}+09:00`);
  const [call] = await rowsOf<{ id: string; programId: string; opensAt: Date; closesAt: Date }>(
    tx,
    sql`select id, program_id as "programId", opens_at as "opensAt", closes_at as "closesAt" from calls where title = ${GWANGJU_CONTEST_CALL}`,
  );
  if (!call) throw new Error(`demo: the call ${GWANGJU_CONTEST_CALL} is missing`);
  const [cohort] = await rowsOf<{ id: string }>(
    tx,
    sql`insert into program_cohorts (program_id, name, started_on, capacity) values (${call.programId}::uuid, ${`${seoulToday(deps.clock).slice(0, 4)}년 공모전`}, ${addDays(seoulToday(deps.clock), 45)}, 5) returning id`,
  );
  await tx.execute(sql`update calls set cohort_id = ${cohort!.id}::uuid where id = ${call.id}::uuid`);

  // The entrants: 광주 startups, by name, 71 of them.
  const gwangju = new Set(d.affiliations.filter((a) => a.centerId === 'gwangju').map((a) => a.organizationId));
  const entrants = d.organizations
    .filter((o) => gwangju.has(o.id) && o.values.kind === 'startup')
    .sort((a, b) => a.values.name.localeCompare(b.values.name, 'ko'))
    .slice(0, GWANGJU_ENTRIES);
  const opens = new Date(call.opensAt).getTime();
  const closes = new Date(call.closesAt).getTime();
  const prefix = `${seoulToday({ now: () => new Date(closes) }).slice(0, 4)}-${call.id.slice(0, 6).toUpperCase()}-`;
  const submittedAt = entrants.map(() => new Date(opens + random.next() * (closes - opens))).sort((a, b) => a.getTime() - b.getTime());
  const quality = new Map<string, number>();
  for (const [i, org] of entrants.entries()) {
    const n = String(i + 1).padStart(2, '0');
    const [person] = await tx
      .insert(people)
      .values({ email: `gwangju.entrant${n}@innohub.kr`, name: org.values.representative ?? `${org.values.name} 대표`, title: '대표', passwordHash, createdAt: submittedAt[i]!, updatedAt: submittedAt[i]! })
      .returning({ id: people.id });
    await tx.insert(memberships).values({ personId: person!.id, role: 'company_member', organizationId: org.id, createdAt: submittedAt[i]! });
    const hasPatent = random.chance(0.45);
    const answers = {
      teamName: org.values.name,
      item: [org.values.description, org.values.products && `주요 제품: ${org.values.products}.`, org.values.technologies && `핵심 기술: ${org.values.technologies}.`].filter(Boolean).join(' ').slice(0, 1000),
      stage: random.pick(STAGES),
      hasPatent,
      ...(hasPatent ? { patents: random.int(1, 6) } : {}),
      funding: random.int(2, 10) * 10_000_000,
      sales: [{ year: 2025, amount: random.int(0, 40) * 10_000_000 }],
    };
    const receiptNumber = `${prefix}${String(i + 1).padStart(4, '0')}`;
    const [application] = await tx
      .insert(applications)
      .values({
        callId: call.id,
        organizationId: org.id,
        applicantId: person!.id,
        formVersion: 1,
        answers,
        status: 'submitted',
        reviewStatus: 'underReview',
        receiptNumber,
        submittedAt: submittedAt[i]!,
        version: 2,
        createdAt: submittedAt[i]!,
        updatedAt: submittedAt[i]!,
      })
      .returning({ id: applications.id });
    await tx.insert(applicationSubmissions).values({ applicationId: application!.id, seq: 1, formVersion: 1, answers, idempotencyKey: `demo-${n}`, submittedBy: person!.id, submittedAt: submittedAt[i]! });
    quality.set(application!.id, 45 + random.next() * 45);
  }
  await tx.insert(callReceiptCounters).values({ callId: call.id, last: entrants.length });

  // The judges: the demo's five 광주 judges and three more.
  for (const j of newJudges) {
    const [person] = await tx.insert(people).values({ email: j.email, name: j.name, title: j.title, passwordHash, createdAt: day(-40, '10:00:00'), updatedAt: day(-40, '10:00:00') }).returning({ id: people.id });
    await tx.insert(memberships).values({ personId: person!.id, role: 'judge', centerId: 'gwangju', createdAt: day(-40, '10:00:00') });
  }
  const judgeRows = await rowsOf<{ id: string; email: string }>(tx, sql`select id, email from people where email like 'judge.gwangju%@innohub.kr' order by email`);
  // 광주 judge 04 worked at the first entrant until last year: the detection finds it.
  const formerEmployer = entrants[0]!;
  await tx.insert(judgeProfiles).values(
    judgeRows.map((j, i) => {
      const p = profiles[i % profiles.length]!;
      return {
        personId: j.id,
        affiliation: { name: p.affiliation, businessRegistrationNumber: null },
        position: p.position,
        pastAffiliations: i === 3 ? [{ name: formerEmployer.values.name, businessRegistrationNumber: formerEmployer.values.businessRegistrationNumber ?? null, until: addDays(seoulToday(deps.clock), -300) }] : [],
        relations: [],
        expertise: p.expertise,
        tags: p.tags,
        updatedAt: day(-30, '10:00:00'),
      };
    }),
  );

  const [first, second] = demoRounds(day);
  const [round] = await tx.insert(evaluationRounds).values({ ...first, callId: call.id, position: 1, createdAt: day(-28, '10:00:00'), updatedAt: day(-28, '10:00:00') }).returning();
  await tx.insert(evaluationRounds).values({ ...second, callId: call.id, position: 2, createdAt: day(-28, '10:30:00'), updatedAt: day(-28, '10:30:00') });
  // Two judges have not signed the pledge yet.
  const unsigned = new Set(judgeRows.slice(-2).map((j) => j.id));
  await tx.insert(roundJudges).values(
    judgeRows.map((j, i) => ({
      roundId: round!.id,
      personId: j.id,
      status: 'active' as const,
      invitedAt: day(-27, '10:00:00'),
      acceptedAt: day(-26, `1${i}:00:00`),
      pledgeSignature: unsigned.has(j.id) ? null : (d.people.find((p) => p.id === j.id)?.name ?? newJudges.find((n) => n.email === j.email)?.name ?? ''),
      pledgeSignedAt: unsigned.has(j.id) ? null : day(-25, `1${i}:00:00`),
    })),
  );
  await detectConflicts(tx, deps, round!.id);

  // The assignment, as staff ran and applied it when scoring opened.
  const input = await buildProblem(tx, round!);
  const output = await assign(input.problem, 'total');
  const [run] = await tx
    .insert(assignmentRuns)
    .values({ roundId: round!.id, objective: 'total', input: input as never, output, status: output.status, appliedAt: day(-25, '09:00:00'), createdAt: day(-25, '08:50:00') })
    .returning({ id: assignmentRuns.id });
  const affinity = new Map(input.problem.affinities.map(([j, a, v]) => [`${j}:${a}`, v]));
  const bias = new Map(judgeRows.map((j) => [j.id, (random.next() - 0.5) * 10]));
  const sheets = output.assignments.map(([personId, applicationId]) => {
    const signed = !unsigned.has(personId);
    const roll = random.next();
    const status = !signed ? 'assigned' : roll < 0.75 ? 'submitted' : roll < 0.85 ? 'draft' : 'assigned';
    const q = quality.get(applicationId)! + bias.get(personId)! + (random.next() - 0.5) * 8;
    const scores: Record<string, number> = {};
    if (status !== 'assigned') for (const c of first.criteria) if (status === 'submitted' || random.chance(0.5)) scores[c.id] = clampStep((q / 100) * c.maxScore, c.maxScore);
    const comments: Record<string, string> = {};
    if (scores.tech !== undefined && scores.tech < 16) comments.tech = '핵심 기술의 차별성과 검증 자료가 부족합니다.';
    const at = new Date(day(-24, '09:00:00').getTime() + random.next() * (now.getTime() - day(-24, '09:00:00').getTime()));
    return {
      roundId: round!.id,
      personId,
      applicationId,
      runId: run!.id,
      affinity: affinity.get(`${personId}:${applicationId}`) ?? 0,
      scores,
      comments,
      comment: status === 'submitted' ? random.pick(['시장 진입 전략이 구체적입니다.', '기술 완성도는 높으나 판로 계획 보완이 필요합니다.', '팀 구성이 탄탄하고 실행력이 돋보입니다.', '지역 산업과의 연계 방안이 좋습니다.']) : '',
      status: status as 'assigned' | 'draft' | 'submitted',
      submittedAt: status === 'submitted' ? at : null,
      createdAt: day(-25, '09:00:00'),
      updatedAt: status === 'assigned' ? day(-25, '09:00:00') : at,
    };
  });
  for (let i = 0; i < sheets.length; i += 200) await tx.insert(scoreSheets).values(sheets.slice(i, i + 200));
}
