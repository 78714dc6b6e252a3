import { Button, Card, Group, MultiSelect, Select, SimpleGrid, Switch } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../i18n/labels';
import { useCenterOptions } from '../centers/center.queries';
import { affiliationKinds, organizationKinds, organizationSorts, regions, stages, type OrganizationSort } from './organization.codes';
import type { OrganizationListSearch } from './organization-list.search';

type Props = { search: OrganizationListSearch; onChange: (patch: Partial<OrganizationListSearch>) => void; onReset: () => void };

/** Filters of the organization list; every change goes to the URL. */
export function OrganizationFiltersPanel({ search, onChange, onReset }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const centerOptions = useCenterOptions();
  const list = <T extends string>(values: string[]) => (values.length ? (values as T[]) : undefined);
  const sortOptions = organizationSorts
    .filter((s) => s !== 'relevance' || search.q)
    .map((s) => ({ value: s, label: t(`organization.sort.${s}`) }));

  return (
    <Card padding="md" data-testid="organization-filters">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="sm">
        <MultiSelect
          label={t('organization.kind')}
          placeholder={t('common.all')}
          data={organizationKinds.map((k) => ({ value: k, label: labels.kind(k) }))}
          value={search.kind ?? []}
          onChange={(v) => onChange({ kind: list(v) })}
          clearable
        />
        <MultiSelect
          label={t('organization.region')}
          placeholder={t('common.all')}
          data={regions.map((r) => ({ value: r, label: labels.region(r) }))}
          value={search.region ?? []}
          onChange={(v) => onChange({ region: list(v) })}
          searchable
          clearable
        />
        <MultiSelect
          label={t('organization.stage')}
          placeholder={t('common.all')}
          data={stages.map((s) => ({ value: s, label: labels.stage(s) }))}
          value={search.stage ?? []}
          onChange={(v) => onChange({ stage: list(v) })}
          clearable
        />
        <Select
          label={t('organization.center')}
          placeholder={t('common.all')}
          data={centerOptions}
          value={search.centerId ?? null}
          onChange={(v) => onChange({ centerId: v ?? undefined })}
          searchable
          clearable
        />
        <Select
          label={t('organization.affiliationKind')}
          placeholder={t('common.all')}
          data={affiliationKinds.map((k) => ({ value: k, label: labels.affiliationKind(k) }))}
          value={search.affiliationKind ?? null}
          onChange={(v) => onChange({ affiliationKind: (v ?? undefined) as OrganizationListSearch['affiliationKind'] })}
          clearable
        />
        <DateInput
          label={t('organization.foundedFrom')}
          placeholder="YYYY-MM-DD"
          valueFormat="YYYY-MM-DD"
          value={search.foundedFrom ?? null}
          onChange={(v) => onChange({ foundedFrom: v ?? undefined })}
          clearable
        />
        <DateInput
          label={t('organization.foundedTo')}
          placeholder="YYYY-MM-DD"
          valueFormat="YYYY-MM-DD"
          value={search.foundedTo ?? null}
          onChange={(v) => onChange({ foundedTo: v ?? undefined })}
          clearable
        />
        <Select
          label={t('organization.sortBy')}
          data={sortOptions}
          value={search.sort ?? (search.q ? 'relevance' : 'name')}
          onChange={(v) => onChange({ sort: (v ?? undefined) as OrganizationSort | undefined })}
          allowDeselect={false}
        />
      </SimpleGrid>
      <Group justify="space-between" mt="md">
        <Switch label={t('organization.mine')} checked={!!search.mine} onChange={(e) => onChange({ mine: e.currentTarget.checked ? true : undefined })} />
        <Button variant="subtle" size="xs" onClick={onReset}>
          {t('common.resetFilters')}
        </Button>
      </Group>
    </Card>
  );
}
