import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganizationListItem } from '../../api/client';
import { RouterAnchor } from '../../components/router-link';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { useCenterLabel } from '../centers/center.queries';

export function OrganizationTable({ items }: { items: OrganizationListItem[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const f = useFormat();
  const centerLabel = useCenterLabel();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table highlightOnHover data-testid="organization-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="38%">{t('organization.name')}</Table.Th>
            <Table.Th>{t('organization.kind')}</Table.Th>
            <Table.Th>{t('organization.region')}</Table.Th>
            <Table.Th>{t('organization.stage')}</Table.Th>
            <Table.Th>{t('organization.centers')}</Table.Th>
            <Table.Th>{t('organization.founded')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((o) => (
            <Table.Tr key={o.id} data-testid="organization-row">
              <Table.Td>
                <Stack gap={2}>
                  <Group gap={6} wrap="nowrap">
                    <RouterAnchor to="/organizations/$organizationId" params={{ organizationId: o.id }} fw={600} size="sm">
                      {o.name}
                    </RouterAnchor>
                    {o.access === 'public' ? (
                      <Badge size="xs" variant="outline" color="gray">
                        {t('organization.publicProfile')}
                      </Badge>
                    ) : null}
                  </Group>
                  {o.summary ? (
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {o.summary}
                    </Text>
                  ) : null}
                  {o.industry ? (
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {o.industry}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" size="sm" radius="sm">
                  {labels.kind(o.kind)}
                </Badge>
              </Table.Td>
              <Table.Td>{o.region ? labels.region(o.region) : '—'}</Table.Td>
              <Table.Td>{o.stage ? labels.stage(o.stage) : '—'}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {o.centers.length
                    ? o.centers.map((c) => (
                        <Badge key={c.id} size="sm" variant="dot" color="teal" radius="sm">
                          {centerLabel(c.id, c.name)}
                        </Badge>
                      ))
                    : '—'}
                </Group>
              </Table.Td>
              <Table.Td>
                {o.foundedOn ? (
                  <Stack gap={0}>
                    <Text size="sm">{f.date(o.foundedOn)}</Text>
                    {o.yearsInBusiness !== null ? (
                      <Text size="xs" c="dimmed">
                        {t('organization.yearsInBusiness', { count: o.yearsInBusiness })}
                      </Text>
                    ) : null}
                  </Stack>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
