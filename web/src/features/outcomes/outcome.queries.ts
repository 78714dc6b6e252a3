import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, unwrapWithEtag } from '../../api/client';
import type { OutcomeMetric, OutcomeStatus } from './outcome.codes';

/** Every query of this feature starts with `outcomes`, so one invalidation refreshes the card, the queue and the histories. */
export const outcomesKey = ['outcomes'] as const;

export const organizationOutcomesQuery = (organizationId: string) =>
  queryOptions({
    queryKey: [...outcomesKey, 'organization', organizationId],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{id}/outcomes', { params: { path: { id: organizationId } } })),
  });

export type OutcomeQueueFilter = { status?: OutcomeStatus; metric?: OutcomeMetric; from?: string; to?: string };

export const outcomeQueueQuery = (filter: OutcomeQueueFilter) =>
  queryOptions({
    queryKey: [...outcomesKey, 'queue', filter],
    queryFn: () => unwrap(api.GET('/api/v1/outcomes', { params: { query: filter } })),
  });

export const outcomeQuery = (id: string) =>
  queryOptions({
    queryKey: [...outcomesKey, id],
    queryFn: () => unwrapWithEtag(api.GET('/api/v1/outcomes/{id}', { params: { path: { id } } })),
  });

export const outcomeHistoryQuery = (id: string) =>
  queryOptions({
    queryKey: [...outcomesKey, id, 'history'],
    queryFn: () => unwrap(api.GET('/api/v1/outcomes/{id}/history', { params: { path: { id } } })),
  });

export const outcomeEvidenceQuery = (id: string) =>
  queryOptions({
    queryKey: [...outcomesKey, id, 'evidence'],
    queryFn: () => unwrap(api.GET('/api/v1/outcomes/{id}/evidence', { params: { path: { id } } })),
  });
