import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignFromCli } from './assignment.cli.ts';

/** `innohub assign` as a user runs it: a separate process, a file in and JSON out, no database. */
const bin = path.resolve(import.meta.dirname, '../../../../bin/innohub.mjs');
let dir: string;

function run(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    if (stdin !== undefined) child.stdin!.end(stdin);
  });
}

const problem = {
  judgesPerApplication: 2,
  applications: [{ id: 'a1' }, { id: 'a2' }, { id: 'a3', judgesNeeded: 1 }],
  judges: [{ id: 'j1', maxLoad: 2, minLoad: 0 }, { id: 'j2', maxLoad: 2 }, { id: 'j3', maxLoad: 1, minLoad: 1 }],
  affinities: [['j1', 'a1', 830], ['j2', 'a1', 400], ['j3', 'a1', 700], ['j1', 'a2', 900], ['j2', 'a2', 100], ['j3', 'a2', 300], ['j1', 'a3', 50], ['j2', 'a3', 600]],
  conflicts: [['j3', 'a1']],
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'innohub-assign-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('innohub assign', { timeout: 60_000 }, () => {
  it('writes the optimal assignment of a file to another file, exit 0; fair mode from stdin', async () => {
    const input = path.join(dir, 'problem.json');
    const output = path.join(dir, 'result.json');
    fs.writeFileSync(input, JSON.stringify(problem));
    const total = await run(['assign', '--input', input, '--output', output]);
    expect(total.stderr).toBe('');
    expect(total.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(output, 'utf8'))).toEqual({
      status: 'optimal',
      objective: 'total',
      assignments: [['j1', 'a1'], ['j2', 'a1'], ['j1', 'a2'], ['j3', 'a2'], ['j2', 'a3']],
      totalAffinity: 3030,
      minApplicationAffinity: 600,
    });
    const fair = await run(['assign', '--input', '-', '--objective', 'fair'], JSON.stringify(problem));
    expect(fair.code).toBe(0);
    expect(JSON.parse(fair.stdout)).toMatchObject({ status: 'optimal', objective: 'fair', minApplicationAffinity: 600, bounds: { minApplicationAffinity: 600 } });
  });

  it('exits 1 with the reasons when no assignment exists, 2 on bad input, both in Korean and English', async () => {
    const infeasible = await run(['assign', '--input', '-'], JSON.stringify({ ...problem, conflicts: [['j3', 'a1'], ['j2', 'a1']] }));
    expect(infeasible.code).toBe(1);
    const out = JSON.parse(infeasible.stdout);
    expect(out).toMatchObject({ status: 'infeasible', assignments: [], totalAffinity: null, reasons: [{ code: 'tooFewCandidates', applications: ['a1'], needed: 2, available: 1 }] });
    expect(infeasible.stderr).toContain('신청 a1: 심사위원 2명이 필요하지만');
    expect(infeasible.stderr).toContain('application a1 needs 2 judges but only 1 may be assigned');

    const bad = await run(['assign', '--input', '-'], JSON.stringify({ ...problem, affinities: [['j9', 'a1', 5]] }));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('affinities.0.0 (심사위원 id / judge id): 없는 심사위원 id입니다: j9 / is not a judge id: j9');
  });

  it('answers argument and JSON mistakes with exit 2 (in process: the same function the command runs)', async () => {
    const call = async (values: Record<string, unknown>, stdin = '') => {
      let stderr = '';
      const code = await assignFromCli(values, { readStdin: () => stdin, stdout: () => undefined, stderr: (s) => (stderr += s) });
      return [code, stderr];
    };
    expect(await call({ input: '-' }, '{')).toEqual([2, expect.stringContaining('입력이 올바른 JSON이 아닙니다 / the input is not valid JSON')]);
    expect(await call({ input: '-', objective: 'best' }, '{}')).toEqual([2, expect.stringContaining('--objective must be total or fair')]);
    expect(await call({})).toEqual([2, expect.stringContaining('--input FILE 을 지정하세요 (- 는 표준 입력) / --input FILE is required')]);
    expect(await call({ input: path.join(dir, 'missing.json') })).toEqual([2, expect.stringContaining('cannot read the input')]);
  });
});
