import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { CallListSearch } from './call-list.search';
import type { CallSummary } from './call.codes';

const PAGE_SIZE = 30;

/** Published calls, newest opening first or ranked by the search; paged by cursor. */
export const callListQuery = (search: CallListSearch) =>
  infiniteQueryOptions({
    queryKey: ['calls', 'list', search],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/calls', { params: { query: { ...search, cursor: pageParam, limit: PAGE_SIZE } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const callQuery = (id: string) =>
  queryOptions({
    queryKey: ['calls', id],
    queryFn: () => unwrap(api.GET('/api/v1/calls/{id}', { params: { path: { id } } })),
  });

type Operator = { id: string; centerId: string | null; clusterId: string | null; type: CallSummary['program']['type'] };

/** Every page of a call list (the program card wants them all; a program has few calls). */
async function allCalls(query: { status?: 'draft'; centerId?: string; clusterId?: string; type?: Operator['type'] }): Promise<CallSummary[]> {
  const out: CallSummary[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 20; page++) {
    const result = await unwrap(api.GET('/api/v1/calls', { params: { query: { ...query, cursor, limit: 200 } } }));
    out.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return out;
}

/**
 * A program's calls for its staff: its drafts and its published calls. The API lists calls by
 * operator and type, so the program's own are picked out here; drafts come first.
 */
export const programCallsQuery = (program: Operator) =>
  queryOptions({
    queryKey: ['calls', 'program', program.id],
    queryFn: async () => {
      const operator = program.centerId ? { centerId: program.centerId } : { clusterId: program.clusterId ?? undefined };
      const [drafts, published] = await Promise.all([allCalls({ status: 'draft' }), allCalls({ ...operator, type: program.type })]);
      return [...drafts, ...published].filter((c) => c.program.id === program.id);
    },
  });

/** The If-Match value of a call: the API's ETag is its version. */
export const ifMatchOf = (call: { version: number }) => `"${call.version}"`;
