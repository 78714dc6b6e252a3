import type { Schemas } from '../../api/client';

export type Figures = Schemas['DashboardFigures'];
type ApiDashboard = Schemas['Dashboard'];
export type Dimension = keyof ApiDashboard['breakdowns'];
export type BreakdownRow = NonNullable<ApiDashboard['breakdowns']['center']>[number];
export type Dashboard = ApiDashboard;
export type DrillRow = Schemas['DashboardOrganization'];

/** Whose figures: the nation, a center or a cluster. */
export type DashboardScope = { kind: 'national' } | { kind: 'center'; id: string } | { kind: 'cluster'; id: string };

/** The drill-down's scope parameter: national, center:<id>, cluster:<id>. */
export const scopeParam = (s: DashboardScope) => (s.kind === 'national' ? 'national' : `${s.kind}:${s.id}`);

export const dimensions = ['center', 'cluster', 'region', 'industry', 'kind', 'supportKind', 'program'] as const satisfies readonly Dimension[];

/** Which organizations a drill-down lists: all of the scope's, one breakdown row's, or those more than one center counted. */
export type DrillList = Dimension | 'all' | 'overlap';
export const drillLists = ['all', 'overlap', ...dimensions] as const satisfies readonly DrillList[];

export const drillSorts = ['revenueKRW', 'jobsCreated', 'investmentKRW', 'exportKRW', 'supportRecords', 'supportKRW', 'name'] as const;
export type DrillSort = (typeof drillSorts)[number];

/** What the breakdown bars measure. */
export const measures = ['organizations', 'revenueKRW', 'investmentKRW', 'jobsCreated', 'exportKRW'] as const satisfies readonly (keyof Figures)[];
export type Measure = (typeof measures)[number];
export const isMoney = (m: keyof Figures) => m.endsWith('KRW');

/**
 * The year a dashboard opens on when none is asked for: the latest with annual figures (revenue,
 * jobs, exports), which companies report after the year ends; the API's default, the latest year
 * with any support, otherwise. Later years stay one click away in the year selector.
 */
export function preferredYear(d: Dashboard): number {
  const reported = d.series.filter((s) => s.figures.revenueKRW > 0 || s.figures.jobsCreated > 0 || s.figures.exportKRW > 0).map((s) => s.year);
  return reported.length && !reported.includes(d.year) ? Math.max(...reported) : d.year;
}

/** The change against the year before in percent; null without a year before, Infinity from nothing. */
export function change(current: number, previous: number | null | undefined): number | null {
  if (previous === null || previous === undefined) return null;
  if (previous === 0) return current === 0 ? 0 : Infinity;
  return ((current - previous) / previous) * 100;
}
