import { Select, SimpleGrid } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Role } from '../../api/client';
import { useLabels } from '../../i18n/labels';
import { coordinatedClusterIds, hasRole, isNationalAdmin, staffCenterIds } from '../auth/scope';
import { useMe } from '../auth/session.queries';
import { clustersQuery, useCenterOptions } from '../centers/center.queries';
import { roles } from './people.search';

export type MembershipValues = { role: Role | null; centerId: string | null; clusterId: string | null; organizationId: string };

export const emptyMembership: MembershipValues = { role: null, centerId: null, clusterId: null, organizationId: '' };

/** Which scope a role needs: the API's rule, so the form asks only for what applies. */
export function scopeOf(role: Role | null): 'none' | 'center' | 'cluster' | 'centerOrCluster' | 'organization' {
  switch (role) {
    case 'center_admin':
    case 'center_manager':
    case 'sponsor':
      return 'center';
    case 'cluster_coordinator':
      return 'cluster';
    case 'expert':
    case 'judge':
      return 'centerOrCluster';
    case 'company_member':
      return 'organization';
    default:
      return 'none';
  }
}

/** The body of a membership: only the scope key the role takes. */
export function membershipBody(v: MembershipValues) {
  const scope = scopeOf(v.role);
  return {
    role: v.role!,
    centerId: scope === 'center' || (scope === 'centerOrCluster' && v.centerId) ? v.centerId : null,
    clusterId: scope === 'cluster' || (scope === 'centerOrCluster' && !v.centerId) ? v.clusterId : null,
    organizationId: scope === 'organization' ? v.organizationId.trim() || null : null,
  };
}

type Props = {
  value: MembershipValues;
  errors: Partial<Record<keyof MembershipValues, string | null | undefined>>;
  onChange: (patch: Partial<MembershipValues>) => void;
};

/** Role and scope inputs; the roles offered are those the signed-in admin may grant. */
export function MembershipFields({ value, errors, onChange }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const me = useMe();
  const national = isNationalAdmin(me);
  const adminCenters = me.memberships.filter((m) => m.role === 'center_admin').map((m) => m.centerId);
  const centers = useCenterOptions((c) => national || adminCenters.includes(c.id) || staffCenterIds(me).includes(c.id));
  const clusters = useQuery(clustersQuery);
  const clusterOptions = (clusters.data ?? []).filter((c) => national || coordinatedClusterIds(me).includes(c.id)).map((c) => ({ value: c.id, label: c.name }));
  const grantable = roles.filter((r) => {
    if (national) return true;
    if (r === 'national_admin') return false;
    if (r === 'cluster_coordinator') return hasRole(me, 'cluster_coordinator');
    if (r === 'expert' || r === 'judge' || r === 'company_member') return true;
    return hasRole(me, 'center_admin');
  });
  const scope = scopeOf(value.role);

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select
        label={t('people.role')}
        required
        data={grantable.map((r) => ({ value: r, label: labels.role(r) }))}
        value={value.role}
        error={errors.role}
        onChange={(v) => onChange({ role: v as Role | null })}
      />
      {scope === 'center' || scope === 'centerOrCluster' ? (
        <Select
          label={t('people.center')}
          required={scope === 'center'}
          data={centers}
          searchable
          clearable
          value={value.centerId}
          error={errors.centerId}
          onChange={(v) => onChange({ centerId: v })}
        />
      ) : null}
      {scope === 'cluster' || (scope === 'centerOrCluster' && clusterOptions.length > 0) ? (
        <Select
          label={t('people.cluster')}
          required={scope === 'cluster'}
          data={clusterOptions}
          searchable
          clearable
          value={value.clusterId}
          error={errors.clusterId}
          onChange={(v) => onChange({ clusterId: v })}
        />
      ) : null}
      {scope === 'organization' ? (
        <OrganizationPicker value={value.organizationId} error={errors.organizationId} onChange={(id) => onChange({ organizationId: id })} />
      ) : null}
    </SimpleGrid>
  );
}

/** Finds an organization by name (Korean search) and picks its id. */
function OrganizationPicker({ value, error, onChange }: { value: string; error?: string | null; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text, 250);
  const found = useQuery({
    queryKey: ['organizations', 'picker', q],
    queryFn: () => unwrap(api.GET('/api/v1/organizations', { params: { query: { q, limit: 20, mine: 'true' } } })),
    enabled: q.trim().length > 0,
  });
  const options = (found.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  return (
    <Select
      label={t('people.organization')}
      required
      searchable
      placeholder={t('people.organizationSearch')}
      data={options}
      value={value || null}
      searchValue={text}
      onSearchChange={setText}
      filter={({ options: all }) => all}
      nothingFoundMessage={q ? t('organization.noResults') : undefined}
      error={error}
      onChange={(v) => onChange(v ?? '')}
    />
  );
}
