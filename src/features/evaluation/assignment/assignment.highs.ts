import type { Highs, ModelData } from 'highs';
import type { Instance } from './assignment.solve.ts';

/**
 * The assignment as a HiGHS model (the WebAssembly build of the HiGHS LP/MIP solver): the fair
 * mode's exact max-min step, and the independent oracle of the tests and the benchmark.
 *
 * Columns: x_c ∈ [0, 1] for each candidate pair c (binary in a MIP), then z for `maxMin`.
 * Rows: per application Σ x = need; per application Σ affinity·x − z ≥ 0 (`maxMin`) or
 * ≥ `atLeast` (`total` with a floor); per judge minLoad ≤ Σ x ≤ maxLoad.
 */
let runtime: Promise<Highs> | undefined;
/** Loaded on first use, so `total` never pays for the WebAssembly. */
export function highsRuntime(): Promise<Highs> {
  // The package's one declaration file serves require and import: as ESM the loader is the
  // module's default export, as CommonJS it may be the module itself.
  type Loader = () => Promise<Highs>;
  runtime ??= import('highs').then((m) => {
    const loaded = m as unknown as { default: Loader | { default: Loader } };
    return (typeof loaded.default === 'function' ? loaded.default : loaded.default.default)();
  });
  return runtime;
}

export type HighsModel = {
  /** `total`: maximise Σ affinity. `maxMin`: maximise z, the worst application's affinity. */
  objective: 'total' | 'maxMin';
  integral: boolean;
  /** `total` only: every application's affinity must be at least this. */
  atLeast?: number;
  /** `maxMin` only: bounds on z known beforehand (a feasible value and an upper bound). */
  z?: { lower: number; upper: number };
};

export type HighsRun = {
  status: 'optimal' | 'infeasible' | 'timeLimit' | 'other';
  /** Integer-rounded choice of pairs when HiGHS has a solution (binary or LP vertex). */
  chosen?: Uint8Array;
  objective?: number;
  /** The proven bound on the objective (the MIP dual bound; the objective itself for an optimal LP). */
  bound?: number;
  seconds: number;
};

function modelData(highs: Highs, inst: Instance, spec: HighsModel): ModelData {
  const P = inst.applicationIds.length;
  const R = inst.judgeIds.length;
  const E = inst.judge.length;
  const maxMin = spec.objective === 'maxMin';
  const floorRows = maxMin || spec.atLeast !== undefined;
  const numCols = E + (maxMin ? 1 : 0);
  const numRows = P + (floorRows ? P : 0) + R;
  const judgeRow = P + (floorRows ? P : 0);
  const starts = new Int32Array(numCols + 1);
  const indices: number[] = [];
  const values: number[] = [];
  const colCost = new Float64Array(numCols);
  for (let a = 0; a < P; a++) {
    for (let c = inst.start[a]!; c < inst.start[a + 1]!; c++) {
      starts[c] = indices.length;
      indices.push(a);
      values.push(1);
      if (floorRows && inst.weight[c] !== 0) {
        indices.push(P + a);
        values.push(inst.weight[c]!);
      }
      indices.push(judgeRow + inst.judge[c]!);
      values.push(1);
      if (!maxMin) colCost[c] = inst.weight[c]!;
    }
  }
  if (maxMin) {
    starts[E] = indices.length;
    for (let a = 0; a < P; a++) {
      indices.push(P + a);
      values.push(-1);
    }
    colCost[E] = 1;
  }
  starts[numCols] = indices.length;
  const rowLower = new Float64Array(numRows);
  const rowUpper = new Float64Array(numRows);
  for (let a = 0; a < P; a++) {
    rowLower[a] = rowUpper[a] = inst.need[a]!;
    if (floorRows) {
      rowLower[P + a] = maxMin ? 0 : spec.atLeast!;
      rowUpper[P + a] = highs.infinity;
    }
  }
  for (let j = 0; j < R; j++) {
    rowLower[judgeRow + j] = inst.minLoad[j]!;
    rowUpper[judgeRow + j] = inst.maxLoad[j]!;
  }
  const colLower = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols).fill(1);
  if (maxMin) {
    colLower[E] = spec.z?.lower ?? -highs.infinity;
    colUpper[E] = spec.z?.upper ?? highs.infinity;
  }
  return {
    numCols,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost,
    colLower,
    colUpper,
    rowLower,
    rowUpper,
    matrix: { format: 'csc', numRows, numCols, starts, indices: Int32Array.from(indices), values: Float64Array.from(values) },
    ...(spec.integral ? { integrality: new Int32Array(numCols).fill(highs.constants.variableType.integer) } : {}),
  };
}

/** Solves the model; `start` is a known feasible choice given to the MIP as its first incumbent. */
export async function solveWithHighs(inst: Instance, spec: HighsModel, options: { timeLimitSeconds?: number; start?: Uint8Array } = {}): Promise<HighsRun> {
  const highs = await highsRuntime();
  const began = performance.now();
  const E = inst.judge.length;
  return highs.withModel(modelData(highs, inst, spec), (model) => {
    model.options.set({
      output_flag: false,
      // Affinities are integers, so an absolute gap below 1 is a proof of optimality.
      mip_rel_gap: 0,
      mip_abs_gap: 0.5,
      ...(options.timeLimitSeconds ? { time_limit: options.timeLimitSeconds } : {}),
    });
    if (options.start && spec.integral) {
      const colValue = new Float64Array(E + (spec.objective === 'maxMin' ? 1 : 0));
      for (let c = 0; c < E; c++) colValue[c] = options.start[c]!;
      if (spec.objective === 'maxMin') {
        const sums = new Float64Array(inst.applicationIds.length);
        for (let a = 0; a < sums.length; a++) for (let c = inst.start[a]!; c < inst.start[a + 1]!; c++) sums[a]! += options.start[c]! * inst.weight[c]!;
        colValue[E] = sums.length ? Math.min(...sums) : 0;
      }
      model.setSolution({ colValue });
    }
    model.run();
    const code = model.getModelStatus();
    const codes = highs.constants.modelStatus;
    const status: HighsRun['status'] = code === codes.optimal ? 'optimal' : code === codes.infeasible ? 'infeasible' : code === codes.timeLimit ? 'timeLimit' : 'other';
    const seconds = (performance.now() - began) / 1000;
    if (status === 'infeasible' || model.getSolution().colValue.length !== E + (spec.objective === 'maxMin' ? 1 : 0)) return { status, seconds };
    const x = model.getSolution().colValue;
    const chosen = new Uint8Array(E);
    for (let c = 0; c < E; c++) chosen[c] = x[c]! > 0.5 ? 1 : 0;
    const objective = model.getObjectiveValue();
    const dual = spec.integral ? Number(model.info.get('mip_dual_bound')) : objective;
    return { status, chosen, objective, bound: Number.isFinite(dual) ? dual : undefined, seconds };
  });
}
