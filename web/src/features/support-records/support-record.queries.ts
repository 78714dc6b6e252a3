import { infiniteQueryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { SupportRecordListSearch } from './support-record-list.search';

export const supportRecordListQuery = (search: SupportRecordListSearch) =>
  infiniteQueryOptions({
    queryKey: ['support-records', 'list', search],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/support-records', { params: { query: { ...search, cursor: pageParam, limit: 50 } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
