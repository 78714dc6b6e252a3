/**
 * Exact min-cost flow on integer capacities and integer costs: successive shortest paths from
 * each node with excess to the nearest node with a deficit, Dijkstra on reduced costs with node
 * potentials (Johnson), over a compressed residual graph in typed arrays.
 *
 * A caller that knows a good start gives a pseudoflow and potentials under which every residual
 * arc has a non-negative reduced cost (the judge assignment starts from each application's best
 * candidates, so only the few over-full judges need shortest paths). Without a start the flow is
 * zero and the potentials come from Bellman–Ford.
 *
 * Costs and potentials are doubles holding integers: exact while every path cost stays below
 * 2^53, which the callers guarantee by bounding costs and capacities.
 */

export class FlowNetwork {
  readonly supply: Float64Array;
  private count = 0;
  private tail: Int32Array;
  private head: Int32Array;
  private cap: Int32Array;
  private cost: Float64Array;

  /** `edgeHint`: the expected number of edges, to allocate once. */
  constructor(
    readonly nodeCount: number,
    edgeHint = 16,
  ) {
    this.supply = new Float64Array(nodeCount);
    this.tail = new Int32Array(Math.max(edgeHint, 1));
    this.head = new Int32Array(this.tail.length);
    this.cap = new Int32Array(this.tail.length);
    this.cost = new Float64Array(this.tail.length);
  }

  get edgeCount(): number {
    return this.count;
  }

  /** Adds an arc from → to with capacity and cost per unit; returns its index for flows. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    if (!(from >= 0 && from < this.nodeCount && to >= 0 && to < this.nodeCount)) throw new RangeError(`edge ${from}→${to} outside 0..${this.nodeCount - 1}`);
    if (!Number.isInteger(capacity) || capacity < 0 || capacity > 0x3fffffff) throw new RangeError(`capacity ${capacity} must be an integer in 0..2^30`);
    if (!Number.isSafeInteger(cost)) throw new RangeError(`cost ${cost} must be a safe integer`);
    if (this.count === this.tail.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.tail = grow(this.tail);
      this.head = grow(this.head);
      this.cap = grow(this.cap);
      this.cost = grow(this.cost);
    }
    const e = this.count++;
    this.tail[e] = from;
    this.head[e] = to;
    this.cap[e] = capacity;
    this.cost[e] = cost;
    return e;
  }

  /** Positive: the node must send this much; negative: it must receive it. */
  setSupply(node: number, amount: number): void {
    if (!Number.isSafeInteger(amount)) throw new RangeError(`supply ${amount} must be a safe integer`);
    this.supply[node] = amount;
  }

  /** The arrays of the edges, for the solver (views, not copies). */
  edges(): { tail: Int32Array; head: Int32Array; cap: Int32Array; cost: Float64Array } {
    const n = this.count;
    return { tail: this.tail.subarray(0, n), head: this.head.subarray(0, n), cap: this.cap.subarray(0, n), cost: this.cost.subarray(0, n) };
  }
}

export type FlowStart = {
  /** Initial flow per edge, within 0..capacity. */
  flow: Int32Array;
  /** Node potentials under which every residual arc of `flow` has a reduced cost ≥ 0. */
  potential: Float64Array;
};

export type FlowResult =
  | { status: 'optimal'; flow: Int32Array; cost: number; potential: Float64Array; augmentations: number }
  | {
      status: 'infeasible';
      /**
       * A set of nodes whose supply exceeds what the arcs leaving it can carry: no residual arc
       * leaves it and its nodes hold more excess than deficit. Its members are marked 1.
       */
      cut: Uint8Array;
      flow: Int32Array;
    };

/** Residual graph in CSR form: each edge e has a forward arc and a reverse arc. */
class Residual {
  readonly start: Int32Array;
  readonly head: Int32Array;
  readonly rev: Int32Array;
  readonly cap: Int32Array;
  readonly cost: Float64Array;
  /** Position of each edge's forward arc. */
  readonly forward: Int32Array;

  constructor(nodeCount: number, edges: ReturnType<FlowNetwork['edges']>, flow: Int32Array) {
    const m = edges.tail.length;
    const start = new Int32Array(nodeCount + 1);
    for (let e = 0; e < m; e++) {
      start[edges.tail[e]! + 1]!++;
      start[edges.head[e]! + 1]!++;
    }
    for (let v = 0; v < nodeCount; v++) start[v + 1]! += start[v]!;
    const fill = start.slice(0, nodeCount);
    this.head = new Int32Array(2 * m);
    this.rev = new Int32Array(2 * m);
    this.cap = new Int32Array(2 * m);
    this.cost = new Float64Array(2 * m);
    this.forward = new Int32Array(m);
    for (let e = 0; e < m; e++) {
      const u = edges.tail[e]!;
      const v = edges.head[e]!;
      const f = flow[e]!;
      if (f < 0 || f > edges.cap[e]!) throw new RangeError(`start flow ${f} on edge ${e} outside 0..${edges.cap[e]}`);
      const a = fill[u]!++;
      const b = fill[v]!++;
      this.head[a] = v;
      this.head[b] = u;
      this.rev[a] = b;
      this.rev[b] = a;
      this.cap[a] = edges.cap[e]! - f;
      this.cap[b] = f;
      this.cost[a] = edges.cost[e]!;
      this.cost[b] = -edges.cost[e]!;
      this.forward[e] = a;
    }
    this.start = start;
  }
}

/** Potentials from Bellman–Ford (queue based) on the residual graph, all nodes starting at 0. */
function bellmanFord(n: number, g: Residual): Float64Array {
  const pot = new Float64Array(n);
  const inQueue = new Uint8Array(n).fill(1);
  const relaxed = new Int32Array(n);
  const queue: number[] = Array.from({ length: n }, (_, i) => i);
  for (let qi = 0; qi < queue.length; qi++) {
    const u = queue[qi]!;
    inQueue[u] = 0;
    for (let a = g.start[u]!; a < g.start[u + 1]!; a++) {
      if (g.cap[a]! <= 0) continue;
      const v = g.head[a]!;
      const candidate = pot[u]! + g.cost[a]!;
      if (candidate < pot[v]!) {
        pot[v] = candidate;
        if (++relaxed[v]! > n) throw new Error('negative-cost cycle in the residual graph: the start is not optimal for its own flow');
        if (!inQueue[v]) {
          inQueue[v] = 1;
          queue.push(v);
        }
      }
    }
  }
  // d(v) ≤ d(u) + c(u,v) on every residual arc: the distances are the potentials themselves.
  return pot;
}

export function solveMinCostFlow(network: FlowNetwork, start?: FlowStart): FlowResult {
  const n = network.nodeCount;
  const edges = network.edges();
  const m = edges.tail.length;
  const flow0 = start?.flow ?? new Int32Array(m);
  const g = new Residual(n, edges, flow0);
  const pot = start ? Float64Array.from(start.potential) : bellmanFord(n, g);

  for (let u = 0; u < n; u++) {
    for (let a = g.start[u]!; a < g.start[u + 1]!; a++) {
      if (g.cap[a]! > 0 && g.cost[a]! + pot[u]! - pot[g.head[a]!]! < 0) {
        throw new Error(`start potentials are not optimal for the start flow at arc ${u}→${g.head[a]}`);
      }
    }
  }

  const excess = Float64Array.from(network.supply);
  let balance = 0;
  for (let v = 0; v < n; v++) balance += excess[v]!;
  if (balance !== 0) throw new RangeError(`supplies sum to ${balance}, not 0`);
  for (let e = 0; e < m; e++) {
    excess[edges.tail[e]!]! -= flow0[e]!;
    excess[edges.head[e]!]! += flow0[e]!;
  }

  const dist = new Float64Array(n);
  const seen = new Int32Array(n);
  const done = new Int32Array(n);
  const parent = new Int32Array(n);
  const heap = new Int32Array(n);
  const heapPos = new Int32Array(n);
  const popped = new Int32Array(n);
  const { start: arcStart, head, cap, cost, rev } = g;
  let stamp = 0;

  /**
   * Dijkstra on reduced costs from s to the nearest node of the other kind: forward from an
   * excess to a deficit, or backward (over arcs into a node) from a deficit to an excess. The
   * indexed binary heap is written out here: this loop is the solver's whole running time.
   * Settled nodes then move their potential by their distance less the target's; the others keep
   * theirs, as a uniform shift changes no reduced cost. Returns the target, or −1.
   */
  const shortestPath = (s: number, backward: boolean): number => {
    stamp++;
    let heapSize = 1;
    let poppedCount = 0;
    dist[s] = 0;
    seen[s] = stamp;
    parent[s] = -1;
    heap[0] = s;
    heapPos[s] = 0;
    let target = -1;
    const sign = backward ? 1 : -1;
    // The nearest target seen so far: nothing at or beyond it can be on the shortest path, so it
    // is never queued (most of the frontier, on the assignment networks).
    let bound = Infinity;
    while (heapSize > 0) {
      const u: number = heap[0]!;
      const last = heap[--heapSize]!;
      if (heapSize > 0) {
        const d = dist[last]!;
        let i = 0;
        for (;;) {
          let c = 2 * i + 1;
          if (c >= heapSize) break;
          if (c + 1 < heapSize && dist[heap[c + 1]!]! < dist[heap[c]!]!) c++;
          const w = heap[c]!;
          if (dist[w]! >= d) break;
          heap[i] = w;
          heapPos[w] = i;
          i = c;
        }
        heap[i] = last;
        heapPos[last] = i;
      }
      done[u] = stamp;
      popped[poppedCount++] = u;
      if (sign * excess[u]! > 0) {
        target = u;
        break;
      }
      const end = arcStart[u + 1]!;
      // Forward: arc u→v, reduced cost c + π(u) − π(v). Backward: arc v→u (the pair of u's
      // arc to v), reduced cost c + π(v) − π(u).
      const du = backward ? dist[u]! - pot[u]! : dist[u]! + pot[u]!;
      for (let b: number = arcStart[u]!; b < end; b++) {
        const a = backward ? rev[b]! : b;
        if (cap[a]! <= 0) continue;
        const v = head[b]!;
        const nd = backward ? du + cost[a]! + pot[v]! : du + cost[a]! - pot[v]!;
        if (nd >= bound || done[v] === stamp) continue;
        if (sign * excess[v]! > 0) bound = nd;
        let i: number;
        if (seen[v] !== stamp) {
          seen[v] = stamp;
          i = heapSize++;
        } else if (nd < dist[v]!) i = heapPos[v]!;
        else continue;
        dist[v] = nd;
        parent[v] = a;
        while (i > 0) {
          const p = (i - 1) >> 1;
          const w = heap[p]!;
          if (dist[w]! <= nd) break;
          heap[i] = w;
          heapPos[w] = i;
          i = p;
        }
        heap[i] = v;
        heapPos[v] = i;
      }
    }
    if (target < 0) return -1;
    const dt = dist[target]!;
    for (let i = 0; i < poppedCount; i++) {
      const v = popped[i]!;
      pot[v]! -= sign * (dist[v]! - dt);
    }
    return target;
  };

  /** Nodes that s reaches (forward) or that reach s (backward) in the residual graph. */
  const reach = (s: number, backward: boolean): Uint8Array => {
    const mark = new Uint8Array(n);
    const stack = [s];
    mark[s] = 1;
    while (stack.length) {
      const u = stack.pop()!;
      for (let b = arcStart[u]!; b < arcStart[u + 1]!; b++) {
        const v = head[b]!;
        if (cap[backward ? rev[b]! : b]! > 0 && !mark[v]) {
          mark[v] = 1;
          stack.push(v);
        }
      }
    }
    return mark;
  };

  const flowOut = () => {
    const f = new Int32Array(m);
    for (let e = 0; e < m; e++) f[e] = edges.cap[e]! - g.cap[g.forward[e]!]!;
    return f;
  };

  let augmentations = 0;
  const excessNodes: number[] = [];
  const deficitNodes: number[] = [];
  for (let v = 0; v < n; v++) {
    if (excess[v]! > 0) excessNodes.push(v);
    else if (excess[v]! < 0) deficitNodes.push(v);
  }
  for (;;) {
    while (excessNodes.length && excess[excessNodes[excessNodes.length - 1]!]! <= 0) excessNodes.pop();
    while (deficitNodes.length && excess[deficitNodes[deficitNodes.length - 1]!]! >= 0) deficitNodes.pop();
    if (!excessNodes.length) break;
    const e = excessNodes[excessNodes.length - 1]!;
    const d = deficitNodes[deficitNodes.length - 1]!;
    // Search from the node with fewer units to place: a hub (the sink) holds many units and has
    // many arcs, so its searches are long; a judge's searches stay local (over-full judges go
    // forward to the sink, under-loaded judges backward to it).
    const backward = -excess[d]! < excess[e]!;
    const s = backward ? d : e;
    const t = shortestPath(s, backward);
    if (t < 0) {
      const reached = reach(s, backward);
      // Forward: what s reaches has no way out. Backward: what cannot reach s has no way in to it.
      const cut = backward ? reached.map((r) => 1 - r) : reached;
      return { status: 'infeasible', cut, flow: flowOut() };
    }
    const from = backward ? t : s;
    const to = backward ? s : t;
    let amount = Math.min(excess[from]!, -excess[to]!);
    // parent[] holds the arc into each node towards the search's start: walk it from the target.
    for (let v = t; v !== s; ) {
      const a = parent[v]!;
      if (cap[a]! < amount) amount = cap[a]!;
      v = backward ? head[a]! : head[rev[a]!]!;
    }
    for (let v = t; v !== s; ) {
      const a = parent[v]!;
      cap[a]! -= amount;
      cap[rev[a]!]! += amount;
      v = backward ? head[a]! : head[rev[a]!]!;
    }
    excess[from]! -= amount;
    excess[to]! += amount;
    augmentations++;
  }

  const flow = flowOut();
  let total = 0;
  for (let e = 0; e < m; e++) total += flow[e]! * edges.cost[e]!;
  return { status: 'optimal', flow, cost: total, potential: pot, augmentations };
}
