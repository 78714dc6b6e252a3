import { describe, expect, it } from 'vitest';
import { FlowNetwork, solveMinCostFlow } from './min-cost-flow.ts';

describe('min-cost flow', () => {
  it('ships supply along the cheapest paths, splitting when an arc fills', () => {
    // 0 → 1 → 3 costs 2 per unit (arc 0→1 takes 2), 0 → 2 → 3 costs 5; 3 units must go 0 → 3.
    const net = new FlowNetwork(4);
    const e01 = net.addEdge(0, 1, 2, 1);
    const e13 = net.addEdge(1, 3, 5, 1);
    const e02 = net.addEdge(0, 2, 5, 4);
    const e23 = net.addEdge(2, 3, 5, 1);
    net.setSupply(0, 3);
    net.setSupply(3, -3);
    const result = solveMinCostFlow(net);
    expect(result.status).toBe('optimal');
    if (result.status !== 'optimal') return;
    expect([result.flow[e01], result.flow[e13], result.flow[e02], result.flow[e23]]).toEqual([2, 2, 1, 1]);
    expect(result.cost).toBe(2 * 2 + 5);
  });

  it('finds the optimum with negative costs from zero flow (Bellman–Ford potentials), a 2×2 assignment', () => {
    // Workers 0,1 to jobs 2,3 (cost = −value): values 0→2: 5, 0→3: 4, 1→2: 4, 1→3: 1. Best: 0→3, 1→2 = 8.
    const net = new FlowNetwork(4);
    const e = [net.addEdge(0, 2, 1, -5), net.addEdge(0, 3, 1, -4), net.addEdge(1, 2, 1, -4), net.addEdge(1, 3, 1, -1)];
    net.setSupply(0, 1);
    net.setSupply(1, 1);
    net.setSupply(2, -1);
    net.setSupply(3, -1);
    const result = solveMinCostFlow(net);
    expect(result.status === 'optimal' && [...e.map((i) => result.flow[i])]).toEqual([0, 1, 1, 0]);
    expect(result.status === 'optimal' && result.cost).toBe(-8);
  });

  it('searches backward from a lone deficit and forward from a lone excess to the same optimum', () => {
    // One source with 2 units, two sinks; and the mirror image. Both give cost 1·1 + 1·3.
    for (const mirror of [false, true]) {
      const net = new FlowNetwork(3);
      if (!mirror) {
        net.addEdge(0, 1, 1, 1);
        net.addEdge(0, 2, 1, 3);
        net.setSupply(0, 2);
        net.setSupply(1, -1);
        net.setSupply(2, -1);
      } else {
        net.addEdge(1, 0, 1, 1);
        net.addEdge(2, 0, 1, 3);
        net.setSupply(0, -2);
        net.setSupply(1, 1);
        net.setSupply(2, 1);
      }
      const result = solveMinCostFlow(net);
      expect(result.status === 'optimal' && result.cost).toBe(4);
    }
  });

  it('starts from a given optimal pseudoflow and repairs only its imbalance', () => {
    // Start: both units on the cheap arc 0→1 (capacity 2) but node 1 can only pass 1 on.
    const net = new FlowNetwork(4);
    net.addEdge(0, 1, 2, 0);
    net.addEdge(0, 2, 2, 1);
    net.addEdge(1, 3, 1, 0);
    net.addEdge(2, 3, 2, 0);
    net.setSupply(0, 2);
    net.setSupply(3, -2);
    const result = solveMinCostFlow(net, { flow: Int32Array.from([2, 0, 1, 0]), potential: new Float64Array(4) });
    expect(result.status === 'optimal' && [result.cost, result.augmentations]).toEqual([1, 1]);
  });

  it('refuses start potentials that are not optimal for the start flow', () => {
    const net = new FlowNetwork(2);
    net.addEdge(0, 1, 1, -1);
    net.setSupply(0, 1);
    net.setSupply(1, -1);
    expect(() => solveMinCostFlow(net, { flow: new Int32Array(1), potential: new Float64Array(2) })).toThrow(/not optimal/);
  });

  it('reports infeasibility with a cut whose supply exceeds what leaves it', () => {
    // 0 must send 3 but its only arc carries 2.
    const net = new FlowNetwork(3);
    net.addEdge(0, 1, 2, 1);
    net.addEdge(1, 2, 5, 1);
    net.setSupply(0, 3);
    net.setSupply(2, -3);
    const result = solveMinCostFlow(net);
    expect(result.status).toBe('infeasible');
    if (result.status !== 'infeasible') return;
    expect(result.cut[0]).toBe(1);
    expect(result.cut[2]).toBe(0);
  });

  it('rejects supplies that do not balance and costs that are not integers', () => {
    const net = new FlowNetwork(2);
    net.addEdge(0, 1, 1, 1);
    net.setSupply(0, 1);
    expect(() => solveMinCostFlow(net)).toThrow(/sum to 1/);
    expect(() => net.addEdge(0, 1, 1, 0.5)).toThrow(/safe integer/);
  });
});
