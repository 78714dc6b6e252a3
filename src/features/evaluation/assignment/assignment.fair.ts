import type { AssignmentOutput } from './assignment.schema.ts';
import { applicationAffinities, countReasons, infeasible, maxWeightAssignment, minOf, present, type Instance } from './assignment.solve.ts';
import { solveWithHighs } from './assignment.highs.ts';

/**
 * Objective `fair`: first the largest affinity of the worst-served application (an
 * application's affinity is the sum of its judges' affinities), then, with that minimum held,
 * the largest total.
 *
 * Max-min of sums is NP-hard, so this is a bounded search, not a formula:
 * 1. Lagrangian rounds: each is one exact flow maximising Σ m_a·affinity_a with integer weights
 *    m_a raised for badly served applications. Every round gives an assignment (a lower bound)
 *    and, because the flow is optimal for its weights, an upper bound Σ m_a·W_a / Σ m_a on the
 *    max-min. The same with weights 1 + μ_a for the second stage gives assignments that hold the
 *    minimum and upper bounds on the total.
 * 2. What the rounds do not close, the HiGHS MIP tries, started from the best assignment found and
 *    with the proven bounds, within the time limit.
 * The answer is `optimal` when both stages are proven (bounds met), otherwise `feasible` with the
 * bounds proven so far.
 */
export type FairOptions = {
  /** Seconds HiGHS may spend on each stage the flows did not prove. */
  timeLimitSeconds?: number;
  /** Lagrangian rounds per stage. */
  rounds?: number;
};

type Candidate = { chosen: Uint8Array; min: number; total: number };

function evaluate(inst: Instance, chosen: Uint8Array): Candidate {
  const sums = applicationAffinities(inst, chosen);
  let total = 0;
  for (let a = 0; a < sums.length; a++) total += sums[a]!;
  return { chosen, min: minOf(sums) ?? 0, total };
}

/** Integer weights proportional to `lambda`, largest 1000, smallest 1. */
function integerWeights(lambda: Float64Array): Int32Array {
  let max = 0;
  for (const l of lambda) if (l > max) max = l;
  return Int32Array.from(lambda, (l) => Math.max(1, Math.round((1000 * l) / max)));
}

function lagrangianMaxMin(inst: Instance, rounds: number, best: Candidate, upper: number): { best: Candidate; upper: number } {
  const P = inst.applicationIds.length;
  const lambda = new Float64Array(P).fill(1);
  const spread = Math.max(1, upper - best.min);
  for (let r = 1; r <= rounds && best.min < upper; r++) {
    const m = integerWeights(lambda);
    const result = maxWeightAssignment(inst, m);
    if (!result.ok) break;
    const sums = applicationAffinities(inst, result.chosen);
    let weighted = 0;
    let weightSum = 0;
    for (let a = 0; a < P; a++) {
      weighted += m[a]! * sums[a]!;
      weightSum += m[a]!;
    }
    upper = Math.min(upper, Math.floor(weighted / weightSum));
    const candidate = evaluate(inst, result.chosen);
    if (candidate.min > best.min || (candidate.min === best.min && candidate.total > best.total)) best = candidate;
    // Mirror descent on the weights: applications below the best minimum so far gain weight.
    const step = 3 / Math.sqrt(r);
    for (let a = 0; a < P; a++) lambda[a]! *= Math.exp(-step * Math.max(-1, Math.min(1, (sums[a]! - best.min) / spread)));
  }
  return { best, upper };
}

/**
 * Weights 1 + μ_a with μ raised for applications under `floor`: the best total among assignments
 * holding the floor, and the Lagrangian bound Σ m_a·W_a − Σ μ_a·floor on that total.
 * `firstOnly`: stop at the first assignment that holds the floor (a search for a better minimum).
 */
function lagrangianTotal(inst: Instance, floor: number, rounds: number, best: Candidate | undefined, upper: number, firstOnly = false): { best: Candidate | undefined; upper: number } {
  const P = inst.applicationIds.length;
  const mu = new Float64Array(P);
  let scale = 1;
  for (let c = 0; c < inst.weight.length; c++) scale = Math.max(scale, Math.abs(inst.weight[c]!));
  for (let r = 1; r <= rounds; r++) {
    const m = Int32Array.from(mu, (x) => 1 + Math.round(x));
    const result = maxWeightAssignment(inst, m);
    if (!result.ok) break;
    const sums = applicationAffinities(inst, result.chosen);
    let dual = 0;
    for (let a = 0; a < P; a++) dual += m[a]! * sums[a]! - (m[a]! - 1) * floor;
    upper = Math.min(upper, Math.floor(dual));
    const candidate = evaluate(inst, result.chosen);
    if (candidate.min >= floor && (!best || candidate.total > best.total)) best = candidate;
    if (best && (firstOnly || best.total >= upper)) break;
    const step = 8 / Math.sqrt(r);
    for (let a = 0; a < P; a++) mu[a] = Math.min(999, Math.max(0, mu[a]! + (step * (floor - sums[a]!)) / scale));
  }
  return { best, upper };
}

export async function solveFair(inst: Instance, options: FairOptions = {}): Promise<AssignmentOutput> {
  const reasons = countReasons(inst);
  if (reasons.length) return infeasible('fair', reasons);
  const base = maxWeightAssignment(inst);
  if (!base.ok) return infeasible('fair', base.reasons);
  const rounds = options.rounds ?? 60;
  const timeLimitSeconds = options.timeLimitSeconds ?? 30;
  const P = inst.applicationIds.length;
  const totalOptimum = evaluate(inst, base.chosen);
  const totalUpper = totalOptimum.total;

  // Stage 1: no application can beat its own best k candidates.
  let upper = Infinity;
  for (let a = 0; a < P; a++) {
    let s = 0;
    for (let c = inst.start[a]!; c < inst.start[a]! + inst.need[a]!; c++) s += inst.weight[c]!;
    upper = Math.min(upper, s);
  }
  if (P === 0) upper = 0;
  let best = totalOptimum;
  ({ best, upper } = lagrangianMaxMin(inst, rounds, best, upper));
  // Raise the floor one step at a time while the flows find an assignment that holds it.
  while (best.min < upper) {
    const raised = lagrangianTotal(inst, best.min + 1, rounds, undefined, Infinity, true).best;
    if (!raised) break;
    best = raised;
  }

  // Stage 2: the largest total with every application at least at the floor. An assignment found
  // here may lift the minimum itself; the floor then rises and the stage repeats (its total bound
  // still holds: a higher floor only removes assignments).
  let totalBound = totalUpper;
  const stageTwo = async (from: Candidate): Promise<Candidate> => {
    let floor = from.min;
    let second = from;
    for (;;) {
      let kept: Candidate | undefined = totalOptimum.min >= floor ? totalOptimum : undefined;
      if (!kept || kept.total < totalBound) {
        const r = lagrangianTotal(inst, floor, rounds, kept ?? second, totalBound);
        kept = r.best;
        totalBound = r.upper;
      }
      second = kept ?? second;
      if (second.min > floor) {
        floor = second.min;
        continue;
      }
      if (second.total < totalBound) {
        const run = await solveWithHighs(inst, { objective: 'total', integral: true, atLeast: floor }, { timeLimitSeconds, start: second.chosen });
        if (run.chosen) {
          const found = evaluate(inst, run.chosen);
          if (found.min >= floor && found.total > second.total) second = found;
        }
        if (run.status === 'optimal') totalBound = second.total;
        else if (run.bound !== undefined) totalBound = Math.min(totalBound, Math.floor(run.bound + 1e-6));
        if (second.min > floor) {
          floor = second.min;
          continue;
        }
      }
      return second;
    }
  };
  let second = await stageTwo(best);
  if (second.min < upper) {
    // The flows left a gap on the minimum: the MIP, from the best assignment and within the bounds.
    const run = await solveWithHighs(inst, { objective: 'maxMin', integral: true, z: { lower: second.min, upper } }, { timeLimitSeconds, start: second.chosen });
    const found = run.chosen ? evaluate(inst, run.chosen) : undefined;
    if (run.status === 'optimal') upper = Math.max(second.min, found?.min ?? -Infinity);
    else if (run.bound !== undefined) upper = Math.min(upper, Math.floor(run.bound + 1e-6));
    if (found && found.min > second.min) second = await stageTwo(found);
  }
  const proven = second.min >= upper && second.total >= totalBound;
  return {
    ...present(inst, 'fair', proven ? 'optimal' : 'feasible', second.chosen),
    bounds: { minApplicationAffinity: Math.max(upper, second.min), totalAffinity: Math.max(totalBound, second.total) },
  };
}
