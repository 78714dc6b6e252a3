import type { AssignmentInput } from '../src/features/evaluation/assignment/assignment.schema.ts';
import { Random } from '../src/shared/random.ts';

export type AssignmentShape = {
  applications: number;
  judges: number;
  judgesPerApplication: number;
  /** Candidate judges listed per application. */
  candidates: number;
  /** Share of candidate pairs that are also declared conflicts. */
  conflictRate: number;
  /** Share of judges with a minimum load of 1. */
  minLoadShare: number;
  seed: number;
};

/**
 * A seeded assignment problem with the structure of a real call: applications and judges each
 * have one of 20 fields; most of an application's candidates share its field; some judges are
 * popular (candidates more often, so their loads bind); affinity 0–1000 is higher within a field,
 * plus noise. Loads go up to ⌈1.2·P·k/R⌉.
 */
export function generateAssignment(shape: AssignmentShape): AssignmentInput {
  const random = new Random(shape.seed);
  const fields = 20;
  const P = shape.applications;
  const R = shape.judges;
  const k = shape.judgesPerApplication;
  const judgeField = Array.from({ length: R }, () => random.int(0, fields - 1));
  // Pareto-like popularity: a few judges are everyone's candidate.
  const popularity = Array.from({ length: R }, () => 1 / Math.pow(1 - random.next() * 0.95, 1.2));
  const byField: { judges: number[]; cumulative: number[] }[] = Array.from({ length: fields }, () => ({ judges: [], cumulative: [] }));
  const everyone = { judges: [] as number[], cumulative: [] as number[] };
  const push = (bucket: { judges: number[]; cumulative: number[] }, j: number) => {
    bucket.judges.push(j);
    bucket.cumulative.push((bucket.cumulative[bucket.cumulative.length - 1] ?? 0) + popularity[j]!);
  };
  for (let j = 0; j < R; j++) {
    push(byField[judgeField[j]!]!, j);
    push(everyone, j);
  }
  const draw = (bucket: { judges: number[]; cumulative: number[] }) => {
    const r = random.next() * bucket.cumulative[bucket.cumulative.length - 1]!;
    let lo = 0;
    let hi = bucket.judges.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bucket.cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return bucket.judges[lo]!;
  };

  const affinities: [string, string, number][] = [];
  const conflicts: [string, string][] = [];
  for (let a = 0; a < P; a++) {
    const field = random.int(0, fields - 1);
    const picked = new Set<number>();
    const want = Math.min(shape.candidates, R);
    while (picked.size < want) {
      const bucket = random.chance(0.7) && byField[field]!.judges.length ? byField[field]! : everyone;
      picked.add(draw(bucket));
    }
    for (const j of picked) {
      const base = judgeField[j] === field ? 450 : 0;
      const w = Math.min(1000, base + random.int(0, 550));
      affinities.push([`j${j}`, `a${a}`, w]);
      if (random.chance(shape.conflictRate)) conflicts.push([`j${j}`, `a${a}`]);
    }
  }
  const maxLoad = Math.ceil((1.2 * P * k) / R);
  return {
    judgesPerApplication: k,
    applications: Array.from({ length: P }, (_, a) => ({ id: `a${a}` })),
    judges: Array.from({ length: R }, (_, j) => ({ id: `j${j}`, maxLoad, minLoad: random.chance(shape.minLoadShare) ? 1 : 0 })),
    affinities,
    conflicts,
  };
}
