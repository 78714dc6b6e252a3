import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';

/**
 * What the round page reads, each under ['rounds', id, …] so that one invalidation of the round
 * refreshes every tab after a change (a judge invited, a run applied, a bonus granted).
 */
export const roundKey = (roundId: string) => ['rounds', roundId] as const;

export const roundQuery = (id: string) =>
  queryOptions({
    queryKey: [...roundKey(id), 'round'],
    queryFn: () => unwrap(api.GET('/api/v1/rounds/{id}', { params: { path: { id } } })),
  });

export const roundJudgesQuery = (id: string) =>
  queryOptions({
    queryKey: [...roundKey(id), 'judges'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/rounds/{id}/judges', { params: { path: { id } } }))).items,
  });

export const conflictsQuery = (id: string) =>
  queryOptions({
    queryKey: [...roundKey(id), 'conflicts'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/rounds/{id}/conflicts', { params: { path: { id } } }))).items,
  });

export const runsQuery = (id: string) =>
  queryOptions({
    queryKey: [...roundKey(id), 'runs'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/rounds/{id}/assignment-runs', { params: { path: { id } } }))).items,
  });

export const runQuery = (roundId: string, runId: string) =>
  queryOptions({
    queryKey: [...roundKey(roundId), 'run', runId],
    queryFn: () => unwrap(api.GET('/api/v1/assignment-runs/{id}', { params: { path: { id: runId } } })),
    // A run never changes but for being applied; that invalidates the round.
    staleTime: 60_000,
  });

export const constraintsQuery = (id: string) =>
  queryOptions({
    queryKey: [...roundKey(id), 'constraints'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/rounds/{id}/assignment-constraints', { params: { path: { id } } }))).items,
  });

export const progressQuery = (id: string) =>
  queryOptions({
    queryKey: [...roundKey(id), 'progress'],
    queryFn: () => unwrap(api.GET('/api/v1/rounds/{id}/progress', { params: { path: { id } } })),
  });

export const rankingQuery = (id: string) =>
  queryOptions({
    queryKey: [...roundKey(id), 'ranking'],
    queryFn: () => unwrap(api.GET('/api/v1/rounds/{id}/ranking', { params: { path: { id } } })),
  });

export const bonusGrantsQuery = (id: string) =>
  queryOptions({
    queryKey: [...roundKey(id), 'bonus-grants'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/rounds/{id}/bonus-grants', { params: { path: { id } } }))).items,
  });

export const resultsQuery = (id: string) =>
  queryOptions({
    queryKey: [...roundKey(id), 'results'],
    queryFn: () => unwrap(api.GET('/api/v1/rounds/{id}/results', { params: { path: { id } } })),
  });

export const appealsQuery = (id: string) =>
  queryOptions({
    queryKey: [...roundKey(id), 'appeals'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/rounds/{id}/appeals', { params: { path: { id } } }))).items,
  });

export const sheetQuery = (roundId: string, sheetId: string) =>
  queryOptions({
    queryKey: [...roundKey(roundId), 'sheet', sheetId],
    queryFn: () => unwrap(api.GET('/api/v1/score-sheets/{id}', { params: { path: { id: sheetId } } })),
  });
