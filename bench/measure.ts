/** Timing helpers: every loop has a fixed count and a time limit. */

export type Stats = { n: number; p50: number; p95: number; p99: number; max: number; mean: number };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  // Nearest-rank: the smallest sample with at least p% of the samples at or below it.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round = (x: number) => Math.round(x * 10) / 10;

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
    mean: round(sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length)),
  };
}

export type Budget = { warmup: number; runs: number; timeLimitMs: number; minRuns: number };

/** Runs `fn` `warmup` times unmeasured, then up to `runs` times or until the time limit (at least `minRuns`). */
export async function sample(fn: () => Promise<void>, budget: Budget): Promise<number[]> {
  for (let i = 0; i < budget.warmup; i++) await fn();
  const out: number[] = [];
  const deadline = performance.now() + budget.timeLimitMs;
  for (let i = 0; i < budget.runs; i++) {
    if (i >= budget.minRuns && performance.now() > deadline) break;
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

export const ms = (x: number) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : '–');
