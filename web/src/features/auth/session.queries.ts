import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { api, apiSession, unwrap, type Me } from '../../api/client';
import { adoptPersonLocale } from '../../i18n';

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async (): Promise<Me> => {
    const me = await unwrap(api.GET('/api/v1/auth/me'));
    apiSession.setCsrfToken(me.csrfToken);
    void adoptPersonLocale(me.person.locale);
    return me;
  },
  staleTime: Infinity,
  retry: false,
});

/** The signed-in person; only inside the signed-in part of the app. */
export function useMe(): Me {
  return useSuspenseQuery(meQuery).data;
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/sign-out')),
    onSettled: () => {
      apiSession.setCsrfToken(null);
      queryClient.clear();
    },
  });
}

/** Switching the scope changes what every screen shows: refetch all of it. */
export function useSwitchScope() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (membershipId: string) => unwrap(api.PUT('/api/v1/auth/scope', { body: { membershipId } })),
    onSuccess: async (me) => {
      apiSession.setCsrfToken(me.csrfToken);
      queryClient.setQueryData(meQuery.queryKey, me);
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
    },
  });
}
