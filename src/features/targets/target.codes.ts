/** The codes of a target; no dependencies, so the web app imports this file too. */

export const targetKinds = ['metric', 'organizations'] as const;
export type TargetKind = (typeof targetKinds)[number];

/**
 * The metrics a target may sum: those a report counts over a period (flows and investment deals).
 * Employees and operating are a state at a period's end (stock): summing them over months would
 * count the same people or the same company again each month, so they are never a target.
 */
export const targetMetrics = ['revenue', 'newHires', 'investment', 'exportSales', 'overseasSubsidiaries', 'patentApplications', 'patentRegistrations', 'prototypes'] as const;
export type TargetMetric = (typeof targetMetrics)[number];
export const stockMetrics = ['employees', 'operating'] as const;

/** 달성 · 순항 · 위험 · 미달성 (docs/counting-rules.md, "Targets"). */
export const targetStatuses = ['met', 'on_track', 'at_risk', 'missed'] as const;
export type TargetStatus = (typeof targetStatuses)[number];
