import { describe, expect, it } from 'vitest';
import { AssignmentInput } from './assignment.schema.ts';
import { applicationAffinities, buildInstance, minOf, solveTotal } from './assignment.solve.ts';
import { solveFair } from './assignment.fair.ts';
import { solveWithHighs } from './assignment.highs.ts';
import { expectValid, randomProblem } from './assignment.test-helpers.ts';

describe('assignment, objective fair', () => {
  it('reaches the max-min optimum of the HiGHS MIP, then its best total at that minimum, on seeded random problems', async () => {
    let compared = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const input = AssignmentInput.parse(randomProblem(100 + seed, 20 + 5 * seed, 8 + seed, 7));
      const inst = buildInstance(input);
      const ours = await solveFair(inst, { timeLimitSeconds: 20 });
      const mip = await solveWithHighs(inst, { objective: 'maxMin', integral: true }, { timeLimitSeconds: 20 });
      if (mip.status === 'infeasible') {
        expect(ours.status, `seed ${seed}`).toBe('infeasible');
        continue;
      }
      expect(ours.status, `seed ${seed}`).toBe('optimal');
      expectValid(input, ours);
      expect(mip.status, `seed ${seed}: HiGHS proves its max-min`).toBe('optimal');
      const maxMin = minOf(applicationAffinities(inst, mip.chosen!));
      expect(ours.minApplicationAffinity, `seed ${seed}`).toBe(maxMin);
      const second = await solveWithHighs(inst, { objective: 'total', integral: true, atLeast: maxMin! }, { timeLimitSeconds: 20 });
      expect(second.status).toBe('optimal');
      expect(ours.totalAffinity, `seed ${seed}`).toBe(Math.round(second.objective!));
      // Fairness costs total affinity, never more than the total objective's optimum.
      expect(ours.totalAffinity!).toBeLessThanOrEqual(solveTotal(inst).totalAffinity!);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(5);
  });

  it('trades total for the worst application: 60+10 over 100+0', async () => {
    // One judge each. Total: a1 gets j1 (100), a2 is left j2 (0). Fair: a1 gets j2 (60), a2 gets j1 (10).
    const input = AssignmentInput.parse({
      judgesPerApplication: 1,
      applications: [{ id: 'a1' }, { id: 'a2' }],
      judges: [{ id: 'j1', maxLoad: 1 }, { id: 'j2', maxLoad: 1 }],
      affinities: [['j1', 'a1', 100], ['j2', 'a1', 60], ['j1', 'a2', 10], ['j2', 'a2', 0]],
    });
    const inst = buildInstance(input);
    expect(solveTotal(inst)).toMatchObject({ totalAffinity: 100, minApplicationAffinity: 0 });
    expect(await solveFair(inst)).toMatchObject({ status: 'optimal', assignments: [['j2', 'a1'], ['j1', 'a2']], totalAffinity: 70, minApplicationAffinity: 10 });
  });

  it('says infeasible with the same reasons as the total objective', async () => {
    const inst = buildInstance(AssignmentInput.parse({ judgesPerApplication: 2, applications: [{ id: 'a1' }], judges: [{ id: 'j1', maxLoad: 1 }], affinities: [['j1', 'a1', 1]] }));
    const out = await solveFair(inst);
    expect(out.status).toBe('infeasible');
    expect(out.reasons!.map((r) => r.code)).toEqual(['tooFewCandidates', 'capacityBelowDemand']);
  });
});
