import { beforeAll, describe, expect, it } from 'vitest';
import { installZodMessages } from '../../../http/errors.ts';
import { AssignmentInput } from './assignment.schema.ts';
import { buildInstance, solveTotal } from './assignment.solve.ts';
import { solveWithHighs } from './assignment.highs.ts';
import { describeIssues } from './assignment.messages.ts';
import { expectValid, randomProblem } from './assignment.test-helpers.ts';

const solve = (raw: unknown) => solveTotal(buildInstance(AssignmentInput.parse(raw)));

beforeAll(() => installZodMessages());

describe('assignment, objective total', () => {
  it('matches the exact LP optimum of HiGHS on seeded random problems with conflicts and minimum loads', async () => {
    let compared = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const input = AssignmentInput.parse(randomProblem(seed, 20 + 4 * seed, 6 + seed, 6));
      const inst = buildInstance(input);
      const ours = solveTotal(inst);
      const lp = await solveWithHighs(inst, { objective: 'total', integral: false });
      if (lp.status === 'infeasible') {
        expect(ours.status, `seed ${seed}`).toBe('infeasible');
        continue;
      }
      expect(ours.status, `seed ${seed}`).toBe('optimal');
      expectValid(input, ours);
      expect(ours.totalAffinity, `seed ${seed}`).toBe(Math.round(lp.objective!));
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(8);
  });

  it('solves the example of the issue: the only allowed pair, the conflict ignored', () => {
    const out = solve({ judgesPerApplication: 1, applications: [{ id: 'a1' }], judges: [{ id: 'j1', maxLoad: 10, minLoad: 0 }, { id: 'j2', maxLoad: 10 }], affinities: [['j1', 'a1', 830], ['j2', 'a1', 900]], conflicts: [['j2', 'a1']] });
    expect(out).toEqual({ status: 'optimal', objective: 'total', assignments: [['j1', 'a1']], totalAffinity: 830, minApplicationAffinity: 830 });
  });

  it('gives up affinity to meet a minimum load (lower bounds are exact, not a penalty)', () => {
    // j1 is better for both, but j2 must take at least one.
    const out = solve({
      judgesPerApplication: 1,
      applications: [{ id: 'a1' }, { id: 'a2' }],
      judges: [{ id: 'j1', maxLoad: 2 }, { id: 'j2', maxLoad: 2, minLoad: 1 }],
      affinities: [['j1', 'a1', 10], ['j1', 'a2', 10], ['j2', 'a1', 1], ['j2', 'a2', 7]],
    });
    expect(out.assignments).toEqual([['j1', 'a1'], ['j2', 'a2']]);
    expect(out.totalAffinity).toBe(17);
  });

  it('names the application with too few candidates, the judge whose minimum cannot be met, and the totals', () => {
    const out = solve({
      judgesPerApplication: 2,
      applications: [{ id: 'a1' }, { id: 'a2', judgesNeeded: 1 }],
      judges: [{ id: 'j1', maxLoad: 1 }, { id: 'j2', maxLoad: 3, minLoad: 3 }],
      affinities: [['j1', 'a1', 5], ['j2', 'a1', 5], ['j1', 'a2', 5]],
      conflicts: [['j2', 'a1']],
    });
    expect(out.status).toBe('infeasible');
    expect(out.reasons!.map((r) => [r.code, r.applications, r.judges, r.needed, r.available])).toEqual([
      ['tooFewCandidates', ['a1'], [], 2, 1],
      ['judgeMinLoad', [], ['j2'], 3, 0],
      ['capacityBelowDemand', [], [], 3, 1],
    ]);
    expect(out.reasons![0]!.message.ko).toMatch(/신청 a1: 심사위원 2명이 필요하지만 .* 1명입니다/);
    expect(out.reasons![0]!.message.en).toMatch(/application a1 needs 2 judges but only 1/);
  });

  it('finds a Hall deficiency from the minimum cut: three applications sharing two judges', () => {
    // Counts alone pass (5 judges, capacity 2 each), but a1..a3 can only use j1 and j2 (capacity 4 < 6).
    const judges = ['j1', 'j2', 'j3', 'j4', 'j5'].map((id) => ({ id, maxLoad: 2 }));
    const affinities: [string, string, number][] = [];
    for (const a of ['a1', 'a2', 'a3']) affinities.push(['j1', a, 1], ['j2', a, 1]);
    for (const a of ['a4', 'a5']) for (const j of ['j3', 'j4', 'j5']) affinities.push([j, a, 1]);
    const out = solve({ judgesPerApplication: 2, applications: ['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => ({ id })), judges, affinities });
    expect(out.status).toBe('infeasible');
    expect(out.reasons).toHaveLength(1);
    const [reason] = out.reasons!;
    expect([reason!.code, reason!.applications, reason!.judges, reason!.needed, reason!.available]).toEqual(['applicationsShort', ['a1', 'a2', 'a3'], ['j1', 'j2'], 6, 4]);
    expect(reason!.message.en).toContain('applications a1, a2, a3 need 6 judge assignments together');
  });

  it('finds judges whose minimum loads the applications next to them cannot fill', () => {
    // j3 and j4 must take 2 each (4), but only a1, a2 and a3 may go to them, one judge each (3).
    const out = solve({
      judgesPerApplication: 1,
      applications: ['a1', 'a2', 'a3', 'a4'].map((id) => ({ id })),
      judges: [{ id: 'j1', maxLoad: 4 }, { id: 'j2', maxLoad: 4 }, { id: 'j3', maxLoad: 2, minLoad: 2 }, { id: 'j4', maxLoad: 2, minLoad: 2 }],
      affinities: [['j1', 'a1', 1], ['j1', 'a3', 1], ['j1', 'a4', 1], ['j2', 'a2', 1], ['j2', 'a4', 1], ['j3', 'a1', 1], ['j3', 'a3', 1], ['j4', 'a2', 1], ['j4', 'a3', 1]],
    });
    expect(out.status).toBe('infeasible');
    expect(out.reasons).toHaveLength(1);
    const [reason] = out.reasons!;
    expect([reason!.code, reason!.judges, reason!.applications, reason!.needed, reason!.available]).toEqual(['judgesUnderloaded', ['j3', 'j4'], ['a1', 'a2', 'a3'], 4, 3]);
  });

  it('rejects bad input with the field at fault, in Korean and English', () => {
    const bad = AssignmentInput.safeParse({
      judgesPerApplication: 3,
      applications: [{ id: 'a1' }, { id: 'a1' }],
      judges: [{ id: 'j1', maxLoad: 1, minLoad: 2 }],
      affinities: [['j9', 'a1', 5], ['j1', 'a1', 5], ['j1', 'a1', 6]],
      conflicts: [['j1', 'zz']],
    });
    expect(bad.success).toBe(false);
    const lines = describeIssues(bad.error!);
    expect(lines).toEqual([
      'applications.1.id: 중복된 id입니다: a1 / repeats the id a1',
      'judges.0.minLoad: 최소 배정 수(2)가 최대 배정 수(1)보다 큽니다 / minLoad (2) is above maxLoad (1)',
      'affinities.0.0 (심사위원 id / judge id): 없는 심사위원 id입니다: j9 / is not a judge id: j9',
      'affinities.2: 같은 (심사위원, 신청) 쌍이 affinities.1 에 이미 있습니다 / repeats the (judge, application) pair of affinities.1',
      'conflicts.0.1 (신청 id / application id): 없는 신청 id입니다: zz / is not an application id: zz',
    ]);
    const types = AssignmentInput.safeParse({ judgesPerApplication: 3, applications: [], judges: [{ id: 'j1', maxLoad: -1 }], affinities: [['j1', 'a1', 1.5]] });
    expect(describeIssues(types.error!)).toEqual([
      expect.stringMatching(/^judges\.0\.maxLoad: .* \/ must be at least 0\.$/),
      expect.stringMatching(/^affinities\.0\.2 \(친화도 \/ affinity\): .* \/ must be a whole number\.$/),
    ]);
  });
});
