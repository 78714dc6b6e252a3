import type { Schemas } from '../../api/client';
import { metricInfo, outcomeMetrics, parsePeriod, type OutcomeMetric } from '../../../../src/features/outcomes/outcome-metrics.ts';

export type Campaign = Schemas['Campaign'];
export type CampaignDetail = Schemas['CampaignDetail'];
export type CampaignRequest = Schemas['CampaignRequest'];
export type CampaignFigure = Schemas['CampaignFigure'];
export type OutcomeRequest = Schemas['OutcomeRequest'];
export type Metric = OutcomeMetric;

export { parsePeriod };

export const requestFilters = ['open', 'submitted', 'overdue'] as const;
export type RequestFilter = (typeof requestFilters)[number];

/** What a campaign may ask: every metric but investment (deals are reported one by one on the outcome card). */
export const campaignMetrics = outcomeMetrics.filter((m) => m !== 'investment');

/** How a metric is entered and read: won, people, a count of things, or 영업 중 / 폐업. */
export type Unit = 'krw' | 'people' | 'count' | 'flag';

const PEOPLE = new Set<Metric>(['employees', 'newHires']);

export function unitOf(metric: Metric): Unit {
  const unit = metricInfo[metric].unit;
  return unit === 'count' ? (PEOPLE.has(metric) ? 'people' : 'count') : unit;
}

/** The periods a campaign may ask for: those that have begun, newest first (years, quarters or months). */
export function begunPeriods(granularity: 'year' | 'quarter' | 'month', today: string, count: number): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const out: string[] = [];
  if (granularity === 'year') for (let i = 0; i < count; i++) out.push(String(year - i));
  if (granularity === 'quarter') {
    let q = Math.ceil(month / 3);
    let y = year;
    for (let i = 0; i < count; i++) {
      out.push(`${y}-Q${q}`);
      q -= 1;
      if (q === 0) [q, y] = [4, y - 1];
    }
  }
  if (granularity === 'month') {
    let m = month;
    let y = year;
    for (let i = 0; i < count; i++) {
      out.push(`${y}-${String(m).padStart(2, '0')}`);
      m -= 1;
      if (m === 0) [m, y] = [12, y - 1];
    }
  }
  return out;
}

/** Today in Korea, YYYY-MM-DD: due dates and periods are Korean calendar days. */
export const seoulToday = (now = new Date()) => new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
