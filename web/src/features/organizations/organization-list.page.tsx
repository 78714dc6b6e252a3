import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadIcon, FilterIcon, PlusIcon, SearchIcon, UploadIcon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { RouterButton } from '../../components/router-link';
import { useFormat } from '../../i18n/format';
import { ListCard, MorePager } from '../../components/list-card';
import { isStaff } from '../auth/scope';
import { useMe } from '../auth/session.queries';
import { OrganizationFiltersPanel } from './organization-filters.panel';
import { exportHref, type OrganizationListSearch } from './organization-list.search';
import { organizationListQuery } from './organization.queries';
import { OrganizationTable } from './organization.table';

export function OrganizationListPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const search = useSearch({ from: '/app/organizations' });
  const navigate = useNavigate({ from: '/organizations' });
  const [text, setText] = useState(search.q ?? '');
  const filtered = Object.entries(search).some(([k, v]) => k !== 'q' && k !== 'sort' && v !== undefined);
  const [showFilters, setShowFilters] = useState(filtered);
  useEffect(() => setText(search.q ?? ''), [search.q]);

  const query = useInfiniteQuery(organizationListQuery(search));
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const total = query.data?.pages[0]?.total ?? 0;
  // A search over very common words reports at least this many, not an exact count.
  const totalKey = query.data?.pages[0]?.totalExact === false ? 'organization.totalAtLeast' : 'organization.total';

  const update = (patch: Partial<OrganizationListSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  return (
    <>
      <PageHeader
        title={t('organization.listTitle')}
        description={t('organization.listLead')}
        actions={
          <>
            <Button component="a" href={exportHref(search)} variant="default" leftSection={<DownloadIcon size={16} />} download>
              {t('organization.export')}
            </Button>
            {isStaff(me) ? (
              <RouterButton to="/organizations/import" variant="default" leftSection={<UploadIcon size={16} />}>
                {t('import.open')}
              </RouterButton>
            ) : null}
            {isStaff(me) ? (
              <RouterButton to="/organizations/new" leftSection={<PlusIcon size={16} />}>
                {t('organization.create')}
              </RouterButton>
            ) : null}
          </>
        }
      />
      <Stack gap="md">
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            const q = text.trim() || undefined;
            void navigate({ search: (prev) => ({ ...prev, q, sort: q ? prev.sort : prev.sort === 'relevance' ? undefined : prev.sort }) });
          }}
        >
          <Group gap="sm" wrap="nowrap" align="flex-end">
            <TextInput
              flex={1}
              size="md"
              aria-label={t('organization.searchLabel')}
              placeholder={t('organization.searchPlaceholder')}
              leftSection={<SearchIcon />}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              name="q"
            />
            <Button type="submit" size="md">
              {t('common.search')}
            </Button>
            <Button
              size="md"
              variant={showFilters ? 'light' : 'default'}
              leftSection={<FilterIcon size={16} />}
              onClick={() => setShowFilters((v) => !v)}
              aria-expanded={showFilters}
              visibleFrom="xs"
            >
              {t('common.filters')}
            </Button>
          </Group>
        </form>
        <Button hiddenFrom="xs" variant="default" leftSection={<FilterIcon size={16} />} onClick={() => setShowFilters((v) => !v)} aria-expanded={showFilters}>
          {t('common.filters')}
        </Button>
        {showFilters ? (
          <OrganizationFiltersPanel search={search} onChange={update} onReset={() => void navigate({ search: search.q ? { q: search.q } : {}, replace: true })} />
        ) : null}

        <ListCard
          query={query}
          count={t(totalKey, { count: total, formatted: f.number(total) })}
          countTestId="organization-total"
          aside={
            search.q ? (
              <Text size="sm" c="dimmed">
                {t('organization.resultsFor', { q: search.q })}
              </Text>
            ) : null
          }
          isEmpty={items.length === 0}
          empty={t('organization.noResults')}
          emptyHint={t('organization.noResultsHint')}
        >
          <OrganizationTable items={items} />
        </ListCard>
        <MorePager query={query} shown={items.length} total={total} />
      </Stack>
    </>
  );
}
