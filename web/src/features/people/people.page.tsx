import { Badge, Button, Group, Select, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, Role } from '../../api/client';
import { PlusIcon, SearchIcon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { ListCard } from '../../components/list-card';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { useMembershipLabel } from '../auth/membership.label';
import { roles } from './people.search';
import { peopleListQuery } from './people.queries';
import { PersonCreateModal } from './person-create.modal';
import { PersonDrawer } from './person.drawer';

/** People of the admin's scope and their roles. */
export function PeoplePage() {
  const { t } = useTranslation();
  const membershipLabel = useMembershipLabel();
  const f = useFormat();
  const labels = useLabels();
  const search = useSearch({ from: '/app/people' });
  const navigate = useNavigate({ from: '/people' });
  const [text, setText] = useState(search.q ?? '');
  useEffect(() => setText(search.q ?? ''), [search.q]);
  const [creating, create] = useDisclosure(false);
  const [selected, setSelected] = useState<Person | null>(null);
  const query = useInfiniteQuery(peopleListQuery(search));
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const total = query.data?.pages[0]?.total ?? 0;

  return (
    <>
      <PageHeader
        title={t('people.pageTitle')}
        description={t('people.lead')}
        actions={
          <Button leftSection={<PlusIcon size={16} />} onClick={create.open}>
            {t('people.add')}
          </Button>
        }
      />
      <Stack gap="md">
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            void navigate({ search: (prev) => ({ ...prev, q: text.trim() || undefined }) });
          }}
        >
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              flex="1 1 260px"
              aria-label={t('people.searchLabel')}
              placeholder={t('people.searchPlaceholder')}
              leftSection={<SearchIcon size={16} />}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
            />
            <Select
              w={200}
              aria-label={t('people.role')}
              placeholder={t('people.allRoles')}
              data={roles.map((r) => ({ value: r, label: labels.role(r) }))}
              value={search.role ?? null}
              onChange={(v) => void navigate({ search: (prev) => ({ ...prev, role: (v ?? undefined) as Role | undefined }), replace: true })}
              clearable
            />
            <Button type="submit" variant="default">
              {t('common.search')}
            </Button>
          </Group>
        </form>
        <ListCard query={query} count={t('people.total', { count: total, formatted: f.number(total) })} empty={t('people.none')} isEmpty={items.length === 0}>
          <Table.ScrollContainer minWidth={720}>
            <Table highlightOnHover data-testid="people-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('people.name')}</Table.Th>
                  <Table.Th>{t('people.email')}</Table.Th>
                  <Table.Th>{t('people.roles')}</Table.Th>
                  <Table.Th>{t('people.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <UnstyledButton onClick={() => setSelected(p)} aria-label={t('people.open', { name: p.name })}>
                        <Text size="sm" fw={600} c="brand.7">
                          {p.name}
                        </Text>
                        {p.title ? (
                          <Text size="xs" c="dimmed">
                            {p.title}
                          </Text>
                        ) : null}
                      </UnstyledButton>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{p.email}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {p.memberships.map((m) => (
                          <Badge key={m.id} variant="light" size="sm" radius="sm" tt="none">
                            {membershipLabel(m)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {p.disabled ? (
                        <Badge color="red" variant="light" size="sm">
                          {t('people.disabled')}
                        </Badge>
                      ) : p.canSignIn ? (
                        <Badge color="teal" variant="light" size="sm">
                          {t('people.active')}
                        </Badge>
                      ) : (
                        <Badge color="gray" variant="light" size="sm">
                          {t('people.noPassword')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </ListCard>
        {query.hasNextPage ? (
          <Group justify="center">
            <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
              {t('common.more')}
            </Button>
          </Group>
        ) : null}
      </Stack>
      <PersonCreateModal opened={creating} onClose={create.close} />
      <PersonDrawer person={selected} onClose={() => setSelected(null)} />
    </>
  );
}
