import type { AssignmentInput, AssignmentOutput, Objective, Reason } from './assignment.schema.ts';
import { idList, reasonText } from './assignment.messages.ts';
import { FlowNetwork, solveMinCostFlow } from './min-cost-flow.ts';

/**
 * The problem in indices. Candidates are the allowed pairs (in affinities, not in conflicts),
 * grouped by application, each application's best first: `judge[c]`, `weight[c]` for
 * c in start[a] .. start[a+1].
 */
export type Instance = {
  applicationIds: string[];
  judgeIds: string[];
  need: Int32Array;
  minLoad: Int32Array;
  maxLoad: Int32Array;
  start: Int32Array;
  judge: Int32Array;
  weight: Float64Array;
};

export function buildInstance(input: AssignmentInput): Instance {
  const applicationIds = input.applications.map((a) => a.id);
  const judgeIds = input.judges.map((j) => j.id);
  const appIndex = new Map(applicationIds.map((id, i) => [id, i]));
  const judgeIndex = new Map(judgeIds.map((id, i) => [id, i]));
  const P = applicationIds.length;
  const conflicts = new Set(input.conflicts.map(([j, a]) => `${j}\u0000${a}`));

  const pairApp: number[] = [];
  const pairJudge: number[] = [];
  const pairWeight: number[] = [];
  for (const [j, a, w] of input.affinities) {
    if (conflicts.size && conflicts.has(`${j}\u0000${a}`)) continue;
    pairApp.push(appIndex.get(a)!);
    pairJudge.push(judgeIndex.get(j)!);
    pairWeight.push(w);
  }
  const E = pairApp.length;
  const start = new Int32Array(P + 1);
  for (let c = 0; c < E; c++) start[pairApp[c]! + 1]!++;
  for (let a = 0; a < P; a++) start[a + 1]! += start[a]!;
  const fill = start.slice(0, P);
  const order = new Int32Array(E);
  for (let c = 0; c < E; c++) order[fill[pairApp[c]!]!++] = c;
  const judge = new Int32Array(E);
  const weight = new Float64Array(E);
  for (let a = 0; a < P; a++) {
    const segment = Array.from(order.subarray(start[a]!, start[a + 1]!));
    // Best first; equal affinities by judge order, so the same input always gives the same answer.
    segment.sort((x, y) => pairWeight[y]! - pairWeight[x]! || pairJudge[x]! - pairJudge[y]!);
    segment.forEach((c, i) => {
      judge[start[a]! + i] = pairJudge[c]!;
      weight[start[a]! + i] = pairWeight[c]!;
    });
  }
  return {
    applicationIds,
    judgeIds,
    need: Int32Array.from(input.applications, (a) => a.judgesNeeded ?? input.judgesPerApplication),
    minLoad: Int32Array.from(input.judges, (j) => j.minLoad),
    maxLoad: Int32Array.from(input.judges, (j) => j.maxLoad),
    start,
    judge,
    weight,
  };
}

const sum = (xs: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  return s;
};

function reason(code: Reason['code'], applications: string[], judges: string[], needed: number, available: number, params: Record<string, string | number>): Reason {
  return { code, applications, judges, needed, available, message: reasonText(code, { needed, available, ...params }) };
}

/** Reasons visible from counts alone, before any flow: each one alone proves infeasibility. */
export function countReasons(inst: Instance): Reason[] {
  const P = inst.applicationIds.length;
  const R = inst.judgeIds.length;
  const reasons: Reason[] = [];
  const degree = new Int32Array(R);
  for (let c = 0; c < inst.judge.length; c++) degree[inst.judge[c]!]!++;
  for (let a = 0; a < P; a++) {
    const available = inst.start[a + 1]! - inst.start[a]!;
    if (available < inst.need[a]!) {
      const id = inst.applicationIds[a]!;
      reasons.push(reason('tooFewCandidates', [id], [], inst.need[a]!, available, { application: id }));
    }
  }
  for (let j = 0; j < R; j++) {
    if (degree[j]! < inst.minLoad[j]!) {
      const id = inst.judgeIds[j]!;
      reasons.push(reason('judgeMinLoad', [], [id], inst.minLoad[j]!, degree[j]!, { judge: id }));
    }
  }
  const demand = sum(inst.need);
  let capacity = 0;
  for (let j = 0; j < R; j++) capacity += Math.min(inst.maxLoad[j]!, degree[j]!);
  if (capacity < demand) reasons.push(reason('capacityBelowDemand', [], [], demand, capacity, {}));
  const minimum = sum(inst.minLoad);
  if (minimum > demand) reasons.push(reason('minLoadAboveDemand', [], [], minimum, demand, {}));
  return reasons;
}

export type FlowAssignment = { ok: true; chosen: Uint8Array; augmentations: number; priceMoves: number } | { ok: false; reasons: Reason[] };

/**
 * A start for the flow that is already optimal for its own (over-full) loads: every application
 * takes its best candidates by affinity minus the judge's price, and an over-full judge raises its
 * price just enough for its cheapest-to-move applications to move to their next best judge (a
 * reverse auction; prices only rise, so a judge with a price stays full). The flow's shortest
 * paths then only repair what is left: ties, minimum loads, and what the work budget cut short.
 */
function priceStart(inst: Instance, value: Float64Array, used: Uint8Array, price: Float64Array, load: Int32Array): number {
  const P = inst.applicationIds.length;
  const R = inst.judgeIds.length;
  const E = inst.judge.length;
  const appOf = new Int32Array(E);
  const byJudgeStart = new Int32Array(R + 1);
  for (let a = 0; a < P; a++) for (let c = inst.start[a]!; c < inst.start[a + 1]!; c++) appOf[c] = a;
  for (let c = 0; c < E; c++) byJudgeStart[inst.judge[c]! + 1]!++;
  for (let j = 0; j < R; j++) byJudgeStart[j + 1]! += byJudgeStart[j]!;
  const fill = byJudgeStart.slice(0, R);
  const byJudge = new Int32Array(E);
  for (let c = 0; c < E; c++) byJudge[fill[inst.judge[c]!]!++] = c;

  const queue: number[] = [];
  const queued = new Uint8Array(R);
  for (let j = 0; j < R; j++) {
    if (load[j]! > inst.maxLoad[j]!) {
      queue.push(j);
      queued[j] = 1;
    }
  }
  // Ties can move applications back and forth at an unchanged price; the budget ends that, and
  // the shortest paths finish exactly whatever is left.
  let budget = 3 * E;
  let moves = 0;
  const margins: number[] = [];
  const alternatives: number[] = [];
  const users: number[] = [];
  for (let qi = 0; qi < queue.length && budget > 0; qi++) {
    const j = queue[qi]!;
    queued[j] = 0;
    const over = load[j]! - inst.maxLoad[j]!;
    if (over <= 0) continue;
    margins.length = alternatives.length = users.length = 0;
    for (let i = byJudgeStart[j]!; i < byJudgeStart[j + 1]!; i++) {
      const c = byJudge[i]!;
      if (!used[c]) continue;
      const a = appOf[c]!;
      let best = -Infinity;
      let alt = -1;
      for (let d = inst.start[a]!; d < inst.start[a + 1]!; d++) {
        if (used[d]) continue;
        const v = value[d]! - price[inst.judge[d]!]!;
        if (v > best) {
          best = v;
          alt = d;
        }
      }
      budget -= inst.start[a + 1]! - inst.start[a]!;
      if (alt < 0) continue;
      users.push(c);
      margins.push(value[c]! - price[j]! - best);
      alternatives.push(alt);
    }
    const order = margins.map((_, i) => i).sort((x, y) => margins[x]! - margins[y]!);
    const count = Math.min(over, order.length);
    if (count === 0) continue;
    price[j]! += margins[order[count - 1]!]!;
    for (let r = 0; r < count; r++) {
      const i = order[r]!;
      const c = users[i]!;
      const alt = alternatives[i]!;
      used[c] = 0;
      used[alt] = 1;
      load[j]!--;
      const k = inst.judge[alt]!;
      load[k]!++;
      moves++;
      if (load[k]! > inst.maxLoad[k]! && !queued[k]) {
        queued[k] = 1;
        queue.push(k);
      }
    }
    if (load[j]! > inst.maxLoad[j]! && !queued[j]) {
      queued[j] = 1;
      queue.push(j);
    }
  }
  return moves;
}

/**
 * The assignment of the largest Σ multiplier[a]·weight over chosen pairs, exact.
 *
 * Network: application a (supply need[a]) → judge j (one unit per allowed pair, cost
 * −multiplier·weight) → sink; a judge's load range [min, max] is the usual lower-bound
 * transformation: the judge must absorb `min` itself (supply −min) and may pass up to max − min
 * on to the sink (supply −(demand − Σmin)). The start (`priceStart`) has potentials π(a) = the
 * application's worst chosen value, π(judge) = −price, π(sink) = 0, under which every residual
 * arc has a reduced cost ≥ 0; shortest paths then route what is left over.
 */
export function maxWeightAssignment(inst: Instance, multiplier?: Int32Array): FlowAssignment {
  const P = inst.applicationIds.length;
  const R = inst.judgeIds.length;
  const E = inst.judge.length;
  const sink = P + R;
  const value = new Float64Array(E);
  const used = new Uint8Array(E);
  const load = new Int32Array(R);
  for (let a = 0; a < P; a++) {
    const m = multiplier ? multiplier[a]! : 1;
    const from = inst.start[a]!;
    const to = inst.start[a + 1]!;
    if (to - from < inst.need[a]!) throw new Error('maxWeightAssignment needs countReasons first: an application has too few candidates');
    for (let c = from; c < to; c++) {
      value[c] = m * inst.weight[c]!;
      if (c - from < inst.need[a]!) {
        used[c] = 1;
        load[inst.judge[c]!]!++;
      }
    }
  }
  const price = new Float64Array(R);
  const priceMoves = priceStart(inst, value, used, price, load);

  const net = new FlowNetwork(P + R + 1, E + R);
  const flow = new Int32Array(E + R);
  const potential = new Float64Array(P + R + 1);
  for (let a = 0; a < P; a++) {
    let worstUsed = Infinity;
    let bestUnused = -Infinity;
    for (let c = inst.start[a]!; c < inst.start[a + 1]!; c++) {
      net.addEdge(a, P + inst.judge[c]!, 1, -value[c]!);
      const v = value[c]! - price[inst.judge[c]!]!;
      if (used[c]) {
        flow[c] = 1;
        if (v < worstUsed) worstUsed = v;
      } else if (v > bestUnused) bestUnused = v;
    }
    potential[a] = worstUsed < Infinity ? worstUsed : bestUnused > -Infinity ? bestUnused : 0;
    net.setSupply(a, inst.need[a]!);
  }
  const demand = sum(inst.need);
  const minimum = sum(inst.minLoad);
  for (let j = 0; j < R; j++) {
    net.addEdge(P + j, sink, inst.maxLoad[j]! - inst.minLoad[j]!, 0);
    flow[E + j] = Math.min(Math.max(load[j]! - inst.minLoad[j]!, 0), inst.maxLoad[j]! - inst.minLoad[j]!);
    potential[P + j] = -price[j]!;
    net.setSupply(P + j, -inst.minLoad[j]!);
  }
  net.setSupply(sink, minimum - demand);
  const result = solveMinCostFlow(net, { flow, potential });
  if (result.status === 'optimal') return { ok: true, chosen: Uint8Array.from(result.flow.subarray(0, E)), augmentations: result.augmentations, priceMoves };
  return { ok: false, reasons: [cutReason(inst, result.cut)] };
}

/**
 * A cut from the flow, read as a Hall-type count anyone can check. The cut S has more supply than
 * the arcs leaving it carry. Sink outside S: S's applications need more than the judges next to
 * them can give (each judge at most min(maxLoad, pairs with them)). Sink inside S: the judges
 * outside S with a minLoad need more than the applications next to them can give (each at most
 * min(need, pairs with them)).
 */
function cutReason(inst: Instance, cut: Uint8Array): Reason {
  const P = inst.applicationIds.length;
  const R = inst.judgeIds.length;
  if (!cut[P + R]) {
    const pairsWith = new Map<number, number>();
    const apps: number[] = [];
    for (let a = 0; a < P; a++) {
      if (!cut[a]) continue;
      apps.push(a);
      for (let c = inst.start[a]!; c < inst.start[a + 1]!; c++) pairsWith.set(inst.judge[c]!, (pairsWith.get(inst.judge[c]!) ?? 0) + 1);
    }
    const judges = [...pairsWith.keys()].sort((x, y) => x - y);
    const needed = apps.reduce((s, a) => s + inst.need[a]!, 0);
    const available = judges.reduce((s, j) => s + Math.min(inst.maxLoad[j]!, pairsWith.get(j)!), 0);
    if (needed <= available) throw new Error(`internal: cut of ${apps.length} applications does not prove infeasibility`);
    const appIds = apps.map((a) => inst.applicationIds[a]!);
    const judgeIds = judges.map((j) => inst.judgeIds[j]!);
    return reason('applicationsShort', appIds, judgeIds, needed, available, { applications: idList(appIds), judges: idList(judgeIds) });
  }
  const inT = new Uint8Array(R);
  const judges: number[] = [];
  for (let j = 0; j < R; j++) {
    if (!cut[P + j] && inst.minLoad[j]! > 0) {
      inT[j] = 1;
      judges.push(j);
    }
  }
  const apps: number[] = [];
  let available = 0;
  for (let a = 0; a < P; a++) {
    let pairs = 0;
    for (let c = inst.start[a]!; c < inst.start[a + 1]!; c++) pairs += inT[inst.judge[c]!]!;
    if (pairs > 0) {
      apps.push(a);
      available += Math.min(inst.need[a]!, pairs);
    }
  }
  const needed = judges.reduce((s, j) => s + inst.minLoad[j]!, 0);
  if (needed <= available) throw new Error(`internal: cut of ${judges.length} judges does not prove infeasibility`);
  const appIds = apps.map((a) => inst.applicationIds[a]!);
  const judgeIds = judges.map((j) => inst.judgeIds[j]!);
  return reason('judgesUnderloaded', appIds, judgeIds, needed, available, { applications: idList(appIds) || '-', judges: idList(judgeIds) });
}

/** Per application, the sum of its chosen pairs' affinities. */
export function applicationAffinities(inst: Instance, chosen: Uint8Array): Float64Array {
  const P = inst.applicationIds.length;
  const out = new Float64Array(P);
  for (let a = 0; a < P; a++) for (let c = inst.start[a]!; c < inst.start[a + 1]!; c++) if (chosen[c]) out[a]! += inst.weight[c]!;
  return out;
}

export function minOf(values: Float64Array): number | null {
  if (values.length === 0) return null;
  let m = Infinity;
  for (let i = 0; i < values.length; i++) if (values[i]! < m) m = values[i]!;
  return m;
}

export function present(inst: Instance, objective: Objective, status: 'optimal' | 'feasible', chosen: Uint8Array): AssignmentOutput {
  const P = inst.applicationIds.length;
  const assignments: [string, string][] = [];
  let total = 0;
  for (let a = 0; a < P; a++) {
    // Within an application, in the input's judge order.
    const picks: number[] = [];
    for (let c = inst.start[a]!; c < inst.start[a + 1]!; c++) {
      if (!chosen[c]) continue;
      picks.push(inst.judge[c]!);
      total += inst.weight[c]!;
    }
    picks.sort((x, y) => x - y);
    for (const j of picks) assignments.push([inst.judgeIds[j]!, inst.applicationIds[a]!]);
  }
  return { status, objective, assignments, totalAffinity: total, minApplicationAffinity: minOf(applicationAffinities(inst, chosen)) };
}

export function infeasible(objective: Objective, reasons: Reason[]): AssignmentOutput {
  return { status: 'infeasible', objective, assignments: [], totalAffinity: null, minApplicationAffinity: null, reasons };
}

/** Objective `total`: the largest total affinity with every application served and every load in range. */
export function solveTotal(inst: Instance): AssignmentOutput {
  const reasons = countReasons(inst);
  if (reasons.length) return infeasible('total', reasons);
  const result = maxWeightAssignment(inst);
  return result.ok ? present(inst, 'total', 'optimal', result.chosen) : infeasible('total', result.reasons);
}
