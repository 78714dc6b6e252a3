import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { ProgramListSearch } from './program-list.search';

/** The programs matching the filters; the API returns them all at once, newest first. */
export const programListQuery = (search: ProgramListSearch) =>
  queryOptions({
    queryKey: ['programs', 'list', search],
    queryFn: async () => (await unwrap(api.GET('/api/v1/programs', { params: { query: search } }))).items,
  });

export const programQuery = (id: string) =>
  queryOptions({
    queryKey: ['programs', id],
    queryFn: () => unwrap(api.GET('/api/v1/programs/{id}', { params: { path: { id } } })),
  });

/** The If-Match value of a program: the API's ETag is its version. */
export const ifMatchOf = (program: { version: number }) => `"${program.version}"`;
