import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** A call's evaluation rounds (심사 단계), first round first; its staff and the national office read them. */
export const roundsQuery = (callId: string) =>
  queryOptions({
    queryKey: ['calls', callId, 'rounds'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/calls/{id}/rounds', { params: { path: { id: callId } } }))).items,
  });
