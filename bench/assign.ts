/**
 * `npm run bench:assign`: judge assignment (issue 4) against HiGHS in the same run.
 * 1. Total: 10,000 applications × 5,000 judges, k = 3, 30 candidates each, ~2% conflicts, loads up
 *    to ⌈1.2·P·k/R⌉ (a fifth of the judges with a minimum of 1). Ours must equal the HiGHS LP
 *    optimum, in under 2 s, at least 10× faster than HiGHS.
 * 2. Fair: 500 × 150, same shape; our worst application must be at least as good as the max-min
 *    optimum HiGHS finds as a MIP (HiGHS given FAIR_HIGHS_SECONDS, default 120).
 * 3. Ranking: a round of 10,000 applications × 5 judges (four criteria, trimmed mean, two
 *    tie-breaks, a quota, 30 places and 10 reserves) ranked under 1 s.
 * Ends with one JSON line of the figures.
 */
import os from 'node:os';
import { execSync } from 'node:child_process';
import { AssignmentInput } from '../src/features/evaluation/assignment/assignment.schema.ts';
import { applicationAffinities, buildInstance, minOf, solveTotal } from '../src/features/evaluation/assignment/assignment.solve.ts';
import { solveFair } from '../src/features/evaluation/assignment/assignment.fair.ts';
import { solveWithHighs } from '../src/features/evaluation/assignment/assignment.highs.ts';
import { generateAssignment } from './assign.dataset.ts';
import { rankRound, type Criterion, type ScoreSheet } from '../src/features/evaluation/ranking/ranking.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);
const ms = (from: number) => Math.round(performance.now() - from);
const loadBefore = os.loadavg().map((l) => +l.toFixed(2));
let commit = 'unknown';
try {
  commit = execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
} catch {
  // Not a checkout: the figures stand without it.
}

// 1. Total on the large problem.
let t = performance.now();
const raw = generateAssignment({ applications: 10_000, judges: 5_000, judgesPerApplication: 3, candidates: 30, conflictRate: 0.02, minLoadShare: 0.2, seed: 4 });
log(`generated ${raw.affinities.length} pairs, ${raw.conflicts.length} conflicts in ${ms(t)} ms`);
t = performance.now();
const input = AssignmentInput.parse(raw);
const validateMs = ms(t);
const runs: { buildMs: number; solveMs: number }[] = [];
let total: ReturnType<typeof solveTotal> | undefined;
for (let i = 0; i < 3; i++) {
  t = performance.now();
  const inst = buildInstance(input);
  const buildMs = ms(t);
  t = performance.now();
  total = solveTotal(inst);
  runs.push({ buildMs, solveMs: ms(t) });
  log(`ours: ${total.status} total ${total.totalAffinity}, build ${buildMs} ms + solve ${runs[i]!.solveMs} ms`);
}
const best = runs.reduce((a, b) => (a.buildMs + a.solveMs <= b.buildMs + b.solveMs ? a : b));
const oursMs = best.buildMs + best.solveMs;
const inst = buildInstance(input);
t = performance.now();
const lp = await solveWithHighs(inst, { objective: 'total', integral: false }, { timeLimitSeconds: Number(process.env.TOTAL_HIGHS_SECONDS ?? 600) });
const highsLpMs = ms(t);
log(`HiGHS LP: ${lp.status} ${lp.objective} in ${highsLpMs} ms (model build and solve)`);
const lpTotal = lp.objective === undefined ? null : Math.round(lp.objective);

// 2. Fair on 500 × 150.
const fairRaw = generateAssignment({ applications: 500, judges: 150, judgesPerApplication: 3, candidates: 30, conflictRate: 0.02, minLoadShare: 0.2, seed: 7 });
const fairInst = buildInstance(AssignmentInput.parse(fairRaw));
t = performance.now();
const fair = await solveFair(fairInst);
const fairMs = ms(t);
log(`ours fair: ${fair.status} min ${fair.minApplicationAffinity} (bound ${fair.bounds?.minApplicationAffinity}) total ${fair.totalAffinity} (bound ${fair.bounds?.totalAffinity}) in ${fairMs} ms`);
const fairTotalOnly = solveTotal(fairInst);
t = performance.now();
const mip = await solveWithHighs(fairInst, { objective: 'maxMin', integral: true }, { timeLimitSeconds: Number(process.env.FAIR_HIGHS_SECONDS ?? 120) });
const mipMs = ms(t);
const mipMin = mip.chosen ? minOf(applicationAffinities(fairInst, mip.chosen)) : null;
log(`HiGHS max-min MIP: ${mip.status} best ${mipMin} bound ${mip.bound} in ${mipMs} ms`);

// 3. Ranking a round: seeded scores, each judge a little harsh or lenient.
const rubric: Criterion[] = [
  { id: 'business', weight: 30, maxScore: 10, minScore: 3 },
  { id: 'tech', weight: 30, maxScore: 10 },
  { id: 'team', weight: 20, maxScore: 10 },
  { id: 'impact', weight: 20, maxScore: 10 },
];
let seed = 11;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
const rankApplications = Array.from({ length: 10_000 }, (_, i) => ({ id: `a${i}`, submittedAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(), bonuses: i % 7 === 0 ? [{ points: 2, reason: '지역 기업' }] : [] }));
const rankSheets: ScoreSheet[] = rankApplications.flatMap((a) => {
  const quality = random() * 6 + 3;
  return Array.from({ length: 5 }, (_, j) => ({
    applicationId: a.id,
    judgeId: `j${(Number(a.id.slice(1)) * 5 + j) % 2_000}`,
    scores: Object.fromEntries(rubric.map((c) => [c.id, Math.round(Math.min(10, Math.max(0, quality + (random() - 0.5) * 3)) * 2) / 2])),
  }));
});
const quotaMembers = rankApplications.filter((_, i) => i % 13 === 0).map((a) => a.id);
const rankRuns: number[] = [];
let ranked: ReturnType<typeof rankRound> | undefined;
for (let i = 0; i < 3; i++) {
  t = performance.now();
  ranked = rankRound({
    criteria: rubric,
    applications: rankApplications,
    sheets: rankSheets,
    rules: { method: 'trimmedMean', tieBreaks: [{ kind: 'criterion', criterionId: 'tech' }, { kind: 'earlierSubmission' }], places: 30, reserves: 10, quotas: [{ id: 'region', min: 5, applicationIds: quotaMembers }] },
  });
  rankRuns.push(ms(t));
}
log(`ranking: ${ranked!.status}, ${rankRuns.join(' / ')} ms`);

const loadAfter = os.loadavg().map((l) => +l.toFixed(2));
const figures = {
  date: new Date().toISOString(),
  commit,
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`,
  loadBefore,
  loadAfter,
  total: {
    applications: 10_000,
    judges: 5_000,
    pairs: raw.affinities.length,
    conflicts: raw.conflicts.length,
    validateMs,
    buildMs: best.buildMs,
    solveMs: best.solveMs,
    oursMs,
    runsMs: runs.map((r) => r.buildMs + r.solveMs),
    ours: total!.totalAffinity,
    highsLp: lpTotal,
    highsStatus: lp.status,
    highsMs: highsLpMs,
    equal: lpTotal !== null && total!.totalAffinity === lpTotal,
    under2s: oursMs < 2000,
    speedup: +(highsLpMs / oursMs).toFixed(1),
  },
  fair: {
    applications: 500,
    judges: 150,
    status: fair.status,
    ms: fairMs,
    min: fair.minApplicationAffinity,
    minBound: fair.bounds?.minApplicationAffinity,
    total: fair.totalAffinity,
    totalBound: fair.bounds?.totalAffinity,
    totalObjectiveMin: fairTotalOnly.minApplicationAffinity,
    totalObjectiveTotal: fairTotalOnly.totalAffinity,
    highsStatus: mip.status,
    highsMin: mipMin,
    highsBound: mip.bound === undefined ? null : Math.floor(mip.bound + 1e-6),
    highsMs: mipMs,
    atLeastHighs: mipMin === null || (fair.minApplicationAffinity ?? -Infinity) >= mipMin,
  },
  ranking: {
    applications: 10_000,
    judgesPerApplication: 5,
    status: ranked!.status,
    ms: Math.min(...rankRuns),
    runsMs: rankRuns,
    under1s: Math.max(...rankRuns) < 1000,
  },
};
process.stdout.write(`${JSON.stringify(figures)}\n`);
