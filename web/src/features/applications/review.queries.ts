import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

/** 심사 상태 of a submitted application (a draft has none). */
export type ReviewStatus = NonNullable<Schemas['ReviewStatus']>;
export type SettableReviewStatus = Schemas['ReviewStatusChange']['status'];
export type Supplement = Schemas['Supplement'];
export type HistoryEntry = Schemas['ApplicationHistoryEntry'];

/** In the order a review goes; supplementRequested is set only by a 보완 요청. */
export const reviewStatuses: readonly ReviewStatus[] = ['received', 'underReview', 'supplementRequested', 'eligible', 'ineligible', 'selected', 'reserve', 'notSelected'];
export const settableReviewStatuses = reviewStatuses.filter((s): s is SettableReviewStatus => s !== 'supplementRequested');

export const isReviewStatus = (value: unknown): value is ReviewStatus => typeof value === 'string' && (reviewStatuses as readonly string[]).includes(value);

/** The application's 보완 요청, newest first (the applicant and the call's staff). */
export const supplementsQuery = (applicationId: string) =>
  queryOptions({
    queryKey: ['applications', applicationId, 'supplements'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/applications/{id}/supplements', { params: { path: { id: applicationId } } }))).items,
    staleTime: 0,
  });

/** The application's audit trail, newest first (the call's staff). */
export const historyQuery = (applicationId: string) =>
  queryOptions({
    queryKey: ['applications', applicationId, 'history'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/applications/{id}/history', { params: { path: { id: applicationId } } }))).items,
    staleTime: 0,
  });

export const ifMatchOf = (application: { version: number }) => `"${application.version}"`;

/** The Korea wall time to the minute, as the API reads a time without an offset: 2026-12-15T18:00. */
export function seoulNow(now = new Date()): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 16);
}
