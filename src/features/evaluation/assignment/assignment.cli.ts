import fs from 'node:fs';
import { AssignmentInput, Objective, type AssignmentOutput } from './assignment.schema.ts';
import { describeIssues } from './assignment.messages.ts';
import { buildInstance, solveTotal } from './assignment.solve.ts';
import { solveFair } from './assignment.fair.ts';

/** Solves a validated problem with the chosen objective. */
export async function assign(input: AssignmentInput, objective: Objective): Promise<AssignmentOutput> {
  const inst = buildInstance(input);
  return objective === 'fair' ? solveFair(inst) : solveTotal(inst);
}

type Io = { readStdin: () => string; stdout: (s: string) => void; stderr: (s: string) => void };
const processIo: Io = { readStdin: () => fs.readFileSync(0, 'utf8'), stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };

/**
 * `innohub assign --input FILE|- [--objective total|fair] [--output FILE]`: exit 0 with an
 * assignment (optimal, or in fair mode a `feasible` one whose fairness was not proven in time),
 * 1 when infeasible (reasons on stderr too), 2 on bad input.
 */
export async function assignFromCli(values: Record<string, unknown>, io: Io = processIo): Promise<number> {
  const bad = (line: string) => {
    io.stderr(`innohub assign: ${line}\n`);
    return 2;
  };
  if (typeof values.input !== 'string') return bad('--input FILE 을 지정하세요 (- 는 표준 입력) / --input FILE is required (- reads stdin)');
  const objective = Objective.safeParse(values.objective ?? 'total');
  if (!objective.success) return bad('--objective 는 total 또는 fair / --objective must be total or fair');
  let raw: string;
  try {
    raw = values.input === '-' ? io.readStdin() : fs.readFileSync(values.input, 'utf8');
  } catch (error) {
    return bad(`입력 파일을 읽을 수 없습니다 / cannot read the input: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return bad(`입력이 올바른 JSON이 아닙니다 / the input is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = AssignmentInput.safeParse(json);
  if (!parsed.success) {
    return bad(`입력을 확인하세요 / invalid input\n${describeIssues(parsed.error).map((line) => `  - ${line}`).join('\n')}`);
  }
  const result = await assign(parsed.data, objective.data);
  const out = `${JSON.stringify(result)}\n`;
  if (typeof values.output === 'string') fs.writeFileSync(values.output, out);
  else io.stdout(out);
  if (result.status === 'infeasible') {
    for (const r of result.reasons ?? []) io.stderr(`innohub assign: 배정 불가 / infeasible: ${r.message.ko} / ${r.message.en}\n`);
    return 1;
  }
  if (result.status === 'feasible') {
    io.stderr(
      `innohub assign: 시간 안에 공정성 최적을 증명하지 못했습니다 (최소 ${result.minApplicationAffinity}, 상한 ${result.bounds?.minApplicationAffinity}) / fairness not proven optimal in time (min ${result.minApplicationAffinity}, bound ${result.bounds?.minApplicationAffinity})\n`,
    );
  }
  return 0;
}
