import { Center, Loader } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { RouteError } from './route-error';

/** Renders a query's data, or its loading and error states. */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <RouteError error={query.error} reset={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}

export function PageLoader() {
  return (
    <Center py="xl" mih={200}>
      <Loader type="dots" />
    </Center>
  );
}
