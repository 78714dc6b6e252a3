import type { Schemas } from '../../api/client';

export type Round = Schemas['Round'];
type RoundStatus = Round['status'];
export type RoundMethod = Round['method'];
export type FewJudges = Round['fewJudges'];
export type AdvanceKind = Round['advance']['kind'];
export type EligibilityRules = Schemas['EligibilityRules'];

export const roundMethods = ['mean', 'trimmedMean', 'median', 'normalized'] as const satisfies readonly RoundMethod[];
export const fewJudgesChoices = ['mean', 'median', 'refuse'] as const satisfies readonly FewJudges[];
export const advanceKinds = ['rank', 'threshold', 'staff'] as const satisfies readonly AdvanceKind[];

/** A trimmed mean drops one highest and one lowest total, so it needs this many judges (TRIM_MIN_JUDGES on the server). */
export const TRIM_MIN_JUDGES = 5;

export const roundStatusColor: Record<RoundStatus, string> = { setup: 'gray', scoring: 'blue', closed: 'dark' };

/** The If-Match value of a round: the API's ETag is its version. */
export const ifMatchOf = (round: { version: number }) => `"${round.version}"`;
