import { oneOf, str } from '../../routes/search-params';
import { outcomeMetrics, outcomeStatuses, parsePeriod, type OutcomeMetric, type OutcomeStatus } from './outcome.codes';
import type { OutcomeQueueFilter } from './outcome.queries';

/** The queue's filters in the URL: status (검증 대기 unless `all` or another is chosen), metric and a range of periods (2025, 2025-Q3, 2025-07). */
export type OutcomeQueueSearch = { status?: OutcomeStatus | 'all'; metric?: OutcomeMetric; from?: string; to?: string };

const period = (v: unknown) => {
  const s = str(v, 20);
  return s && parsePeriod(s) ? parsePeriod(s)!.period : undefined;
};

export function validateOutcomeQueueSearch(search: Record<string, unknown>): OutcomeQueueSearch {
  return {
    status: oneOf(search.status, [...outcomeStatuses, 'all'] as const),
    metric: oneOf(search.metric, outcomeMetrics),
    from: period(search.from),
    to: period(search.to),
  };
}

/** The API's filter: periods that end on or after the start of `from` and begin on or before the end of `to`. */
export function queueFilterOf(search: OutcomeQueueSearch): OutcomeQueueFilter {
  return {
    status: search.status === 'all' ? undefined : (search.status ?? 'reported'),
    metric: search.metric,
    from: search.from ? parsePeriod(search.from)?.start : undefined,
    to: search.to ? parsePeriod(search.to)?.end : undefined,
  };
}
