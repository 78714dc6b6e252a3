import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { RequestFilter } from './campaign.codes';

/** Campaigns of the staff member's centers and clusters (national: all), newest first, by cursor. */
export const campaignListQuery = infiniteQueryOptions({
  queryKey: ['campaigns', 'list'],
  initialPageParam: undefined as string | undefined,
  queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/campaigns', { params: { query: { cursor: pageParam, limit: 30 } } })),
  getNextPageParam: (last) => last.nextCursor ?? undefined,
});

/** A campaign with its requests (pages of 200 by organization name), filtered by status. */
export const campaignQuery = (id: string, status: RequestFilter | undefined) =>
  infiniteQueryOptions({
    queryKey: ['campaigns', id, status ?? 'all'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/campaigns/{id}', { params: { path: { id }, query: { status, cursor: pageParam, limit: 200 } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // Switching the status filter keeps the page on screen while the list loads.
    placeholderData: keepPreviousData,
  });

/** The signed-in member's requests: open first, then recently submitted. */
export const myRequestsQuery = queryOptions({
  queryKey: ['outcome-requests', 'mine'],
  queryFn: async () => (await unwrap(api.GET('/api/v1/outcome-requests'))).items,
  staleTime: 0,
});
