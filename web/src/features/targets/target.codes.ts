import type { Schemas } from '../../api/client';

export type Target = Schemas['Target'];
export type TargetStatus = Target['progress']['status'];
export type TargetMetric = NonNullable<Target['metric']>;
export type TargetKind = Target['kind'];

/**
 * Whose targets: a center's, a cluster's, or a program's (with the center or cluster that runs
 * it, whose staff set the program's targets).
 */
export type TargetScope = { centerId: string } | { clusterId: string } | { programId: string; centerId: string | null; clusterId: string | null };

/** The server's own lists, so the two cannot drift apart. */
export { targetMetrics } from '../../../../src/features/targets/target.codes.ts';
export { metricInfo } from '../../../../src/features/outcomes/outcome-metrics.ts';

/** The If-Match value of a target: the API's ETag is its version. */
export const ifMatchOf = (target: { version: number }) => `"${target.version}"`;
