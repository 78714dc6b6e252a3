import { Button, Card, Center, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from './query-state';
import { RouteError } from './route-error';
import { useFormat } from '../i18n/format';

type ListQuery = { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };

/**
 * A list in a card: its count line (and, beside it, `aside`), then the loading, error or empty
 * state, or the table. With `emptyHint` the empty state is a heading and a hint under it.
 */
export function ListCard({
  query,
  count,
  countTestId,
  aside,
  empty,
  emptyHint,
  isEmpty,
  children,
}: {
  query: ListQuery;
  count: ReactNode;
  countTestId?: string;
  aside?: ReactNode;
  empty: ReactNode;
  emptyHint?: ReactNode;
  isEmpty: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card padding={0}>
      <Group justify="space-between" px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
        <Text size="sm" fw={600} data-testid={countTestId}>
          {query.isPending ? t('common.loading') : count}
        </Text>
        {aside}
      </Group>
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <Stack p="md">
          <RouteError error={query.error} reset={() => void query.refetch()} />
        </Stack>
      ) : isEmpty ? (
        <Center py={48}>
          {emptyHint === undefined ? (
            <Text c="dimmed">{empty}</Text>
          ) : (
            <Stack align="center" gap={4}>
              <Text fw={600}>{empty}</Text>
              {emptyHint ? (
                <Text size="sm" c="dimmed">
                  {emptyHint}
                </Text>
              ) : null}
            </Stack>
          )}
        </Center>
      ) : (
        children
      )}
    </Card>
  );
}

type PagedQuery = { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };

/** Under a cursor-paged list: how many of the total are shown, and the button for the next page. */
export function MorePager({ query, shown, total }: { query: PagedQuery; shown: number; total: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (shown === 0) return null;
  return (
    <Group justify="center" gap="md">
      <Text size="sm" c="dimmed">
        {t('common.shownOf', { shown: f.number(shown), total: f.number(total) })}
      </Text>
      {query.hasNextPage ? (
        <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
          {t('common.more')}
        </Button>
      ) : null}
    </Group>
  );
}
