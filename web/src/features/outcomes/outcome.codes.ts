import type { Schemas } from '../../api/client';

export type Outcome = Schemas['Outcome'];
export type OutcomeVersion = Schemas['OutcomeVersion'];
export type OutcomeMetric = Schemas['OutcomeMetric'];
export type OutcomeStatus = Outcome['status'];
export type OutcomeSource = Outcome['source'];

export const outcomeStatuses = ['reported', 'verified', 'returned'] as const satisfies readonly OutcomeStatus[];

/** The server's own metric list, units and period rule, so the two cannot drift apart. */
export { metricInfo, outcomeMetrics, parsePeriod } from '../../../../src/features/outcomes/outcome-metrics.ts';
