import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, unwrap, unwrapWithEtag } from '../../api/client';
import type { OrganizationListSearch } from './organization-list.search';

const PAGE_SIZE = 50;

export const organizationListQuery = (search: OrganizationListSearch) =>
  infiniteQueryOptions({
    queryKey: ['organizations', 'list', search],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/organizations', {
          params: {
            query: {
              q: search.q,
              kind: search.kind,
              region: search.region,
              stage: search.stage,
              centerId: search.centerId,
              affiliationKind: search.affiliationKind,
              foundedFrom: search.foundedFrom,
              foundedTo: search.foundedTo,
              mine: search.mine ? 'true' : undefined,
              sort: search.sort,
              cursor: pageParam,
              limit: PAGE_SIZE,
            },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** One organization and its ETag (for If-Match when editing). */
export const organizationQuery = (id: string) =>
  queryOptions({
    queryKey: ['organizations', id],
    queryFn: () => unwrapWithEtag(api.GET('/api/v1/organizations/{id}', { params: { path: { id } } })),
  });

export const organizationHistoryQuery = (id: string) =>
  queryOptions({
    queryKey: ['organizations', id, 'support-records'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{id}/support-records', { params: { path: { id } } })),
  });
