import { ActionIcon, Button, Card, Group, Select, Stack, Text, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { PlusIcon, TrashIcon } from '../../components/icons';
import { useLabels } from '../../i18n/labels';
import { partnerRoles, type PartnerRole } from './program.codes';
import type { PartnerValue } from './program.form-values';

type Props = {
  value: PartnerValue[];
  onChange: (partners: PartnerValue[]) => void;
  /** Field errors keyed as the API names them: partners.<i>.organizationId, partners. */
  errors: Record<string, unknown>;
};

/** The partner organizations of a program, each with its role; new ones found by name. */
export function ProgramPartnersField({ value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const roleOptions = partnerRoles.map((r) => ({ value: r, label: labels.partnerRole(r) }));
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  const [role, setRole] = useState<PartnerRole | null>(null);
  // A new key after each addition starts the search afresh.
  const [searchKey, setSearchKey] = useState(0);
  const listError = typeof errors.partners === 'string' ? errors.partners : null;

  const add = () => {
    if (!picked || !role) return;
    onChange([...value.filter((p) => p.organizationId !== picked.id), { organizationId: picked.id, name: picked.name, role }]);
    setPicked(null);
    setRole(null);
    setSearchKey((k) => k + 1);
  };

  return (
    <Stack gap="sm" data-testid="partners-field">
      <Text size="sm" fw={500}>
        {t('program.partners')}
      </Text>
      {value.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('program.noPartners')}
        </Text>
      ) : (
        <Stack gap={6}>
          {value.map((p, i) => {
            const error = errors[`partners.${i}.organizationId`] ?? errors[`partners.${i}.role`];
            return (
              <Card key={p.organizationId} padding="xs" radius="sm" withBorder data-testid="partner-input-row">
                <Group gap="sm" wrap="nowrap">
                  <Text size="sm" fw={600} flex={1} lineClamp={1} title={p.name}>
                    {p.name}
                  </Text>
                  <Select
                    w={180}
                    size="xs"
                    aria-label={t('program.partnerRoleOf', { name: p.name })}
                    allowDeselect={false}
                    data={roleOptions}
                    value={p.role}
                    onChange={(v) => v && onChange(value.map((x) => (x.organizationId === p.organizationId ? { ...x, role: v as PartnerRole } : x)))}
                  />
                  <Tooltip label={t('program.removePartner', { name: p.name })} withArrow>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('program.removePartner', { name: p.name })}
                      onClick={() => onChange(value.filter((x) => x.organizationId !== p.organizationId))}
                    >
                      <TrashIcon size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
                {typeof error === 'string' ? (
                  <Text size="xs" c="red" mt={4} role="alert">
                    {error}
                  </Text>
                ) : null}
              </Card>
            );
          })}
        </Stack>
      )}
      <Group gap="sm" align="flex-end" wrap="wrap">
        <OrganizationSearch key={searchKey} value={picked} exclude={value.map((p) => p.organizationId)} onChange={setPicked} />
        <Select
          w={180}
          label={t('program.partnerRole')}
          placeholder={t('program.partnerRolePlaceholder')}
          data={roleOptions}
          value={role}
          onChange={(v) => setRole(v as PartnerRole | null)}
        />
        <Button variant="light" leftSection={<PlusIcon size={16} />} onClick={add} disabled={!picked || !role}>
          {t('program.addPartner')}
        </Button>
      </Group>
      {listError ? (
        <Text size="xs" c="red" role="alert">
          {listError}
        </Text>
      ) : null}
    </Stack>
  );
}

/** Finds any organization by name (the Korean-aware search) to add as a partner. */
function OrganizationSearch({
  value,
  exclude,
  onChange,
}: {
  value: { id: string; name: string } | null;
  exclude: string[];
  onChange: (v: { id: string; name: string } | null) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 250);
  const found = useQuery({
    queryKey: ['organizations', 'picker', 'all', q],
    queryFn: () => unwrap(api.GET('/api/v1/organizations', { params: { query: { q, limit: 20 } } })),
    enabled: q.length > 0,
  });
  const options = (found.data?.items ?? []).filter((o) => !exclude.includes(o.id)).map((o) => ({ value: o.id, label: o.name }));
  // The chosen one stays an option while the search moves on.
  if (value && !options.some((o) => o.value === value.id)) options.unshift({ value: value.id, label: value.name });
  return (
    <Select
      flex={1}
      miw={240}
      label={t('program.partnerSearch')}
      placeholder={t('program.partnerSearchPlaceholder')}
      searchable
      clearable
      data={options}
      value={value?.id ?? null}
      searchValue={text}
      onSearchChange={setText}
      filter={({ options: all }) => all}
      nothingFoundMessage={q && !found.isFetching ? t('organization.noResults') : undefined}
      onChange={(id, option) => onChange(id && option ? { id, name: option.label } : null)}
    />
  );
}
