import { expect } from 'vitest';
import { Random } from '../../../shared/random.ts';
import type { AssignmentInput, AssignmentOutput } from './assignment.schema.ts';

/** A seeded random problem: some applications need 2, most 3; conflicts on 5% of pairs; some minimum loads. */
export function randomProblem(seed: number, applications: number, judges: number, candidates: number): AssignmentInput {
  const random = new Random(seed);
  const affinities: [string, string, number][] = [];
  const conflicts: [string, string][] = [];
  for (let a = 0; a < applications; a++) {
    for (const j of random.sample(Array.from({ length: judges }, (_, i) => i), candidates)) {
      affinities.push([`j${j}`, `a${a}`, random.int(0, 100)]);
      if (random.chance(0.05)) conflicts.push([`j${j}`, `a${a}`]);
    }
  }
  const maxLoad = Math.ceil((1.2 * applications * 3) / judges);
  return {
    judgesPerApplication: 3,
    applications: Array.from({ length: applications }, (_, a) => (random.chance(0.2) ? { id: `a${a}`, judgesNeeded: 2 } : { id: `a${a}` })),
    judges: Array.from({ length: judges }, (_, j) => ({ id: `j${j}`, maxLoad, minLoad: random.chance(0.3) ? 1 : 0 })),
    affinities,
    conflicts,
  };
}

/** Checks every constraint of an answer against its problem and recomputes its figures. */
export function expectValid(input: AssignmentInput, output: AssignmentOutput): void {
  const weight = new Map(input.affinities.map(([j, a, w]) => [`${j}|${a}`, w]));
  const conflicts = new Set(input.conflicts.map(([j, a]) => `${j}|${a}`));
  const perApp = new Map<string, number>();
  const perJudge = new Map<string, number>();
  const sums = new Map<string, number>();
  const pairs = new Set<string>();
  let total = 0;
  for (const [j, a] of output.assignments) {
    const key = `${j}|${a}`;
    expect(weight.has(key), `${key} is an allowed pair`).toBe(true);
    expect(conflicts.has(key), `${key} is not a conflict`).toBe(false);
    expect(pairs.has(key), `${key} once`).toBe(false);
    pairs.add(key);
    perApp.set(a, (perApp.get(a) ?? 0) + 1);
    perJudge.set(j, (perJudge.get(j) ?? 0) + 1);
    sums.set(a, (sums.get(a) ?? 0) + weight.get(key)!);
    total += weight.get(key)!;
  }
  for (const app of input.applications) expect(perApp.get(app.id) ?? 0, app.id).toBe(app.judgesNeeded ?? input.judgesPerApplication);
  for (const judge of input.judges) {
    expect(perJudge.get(judge.id) ?? 0).toBeGreaterThanOrEqual(judge.minLoad);
    expect(perJudge.get(judge.id) ?? 0).toBeLessThanOrEqual(judge.maxLoad);
  }
  expect(output.totalAffinity).toBe(total);
  expect(output.minApplicationAffinity).toBe(input.applications.length ? Math.min(...input.applications.map((a) => sums.get(a.id) ?? 0)) : null);
}
