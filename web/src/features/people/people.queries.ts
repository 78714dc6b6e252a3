import { infiniteQueryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { PeopleSearch } from './people.search';

export const peopleListQuery = (search: PeopleSearch) =>
  infiniteQueryOptions({
    queryKey: ['people', 'list', search],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/people', { params: { query: { ...search, cursor: pageParam, limit: 50 } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
