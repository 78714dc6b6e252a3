import { Badge, Card, SimpleGrid, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { RouterAnchor } from '../../components/router-link';
import { StatCard } from '../../components/stat.card';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { centersQuery } from '../centers/center.queries';

/** The national office's home: every center with its sponsor (전담기업), specialty and organizations. */
export function CentersOverview() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const query = useQuery(centersQuery);
  const en = i18n.language === 'en';
  return (
    <>
      <PageHeader title={t('home.nationalTitle')} description={t('home.nationalLead')} />
      <QueryState query={query}>
        {(centers) => {
          const total = centers.reduce((sum, c) => sum + c.organizationCount, 0);
          const sponsors = new Set(centers.map((c) => c.sponsorName)).size;
          return (
            <>
              <SimpleGrid cols={{ base: 1, xs: 3 }} mb="lg">
                <StatCard label={t('home.centers')} value={f.number(centers.length)} />
                <StatCard label={t('home.sponsors')} value={f.number(sponsors)} />
                <StatCard label={t('home.affiliatedOrganizations')} value={f.number(total)} hint={t('home.affiliatedHint')} />
              </SimpleGrid>
              <Card padding={0}>
                <Table.ScrollContainer minWidth={760}>
                  <Table highlightOnHover striped="even" data-testid="centers-table">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('center.name')}</Table.Th>
                        <Table.Th>{t('center.region')}</Table.Th>
                        <Table.Th>{t('center.sponsor')}</Table.Th>
                        <Table.Th>{t('center.specialty')}</Table.Th>
                        <Table.Th ta="right">{t('center.organizations')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {centers.map((c) => (
                        <Table.Tr key={c.id} data-testid="center-row">
                          <Table.Td>
                            <RouterAnchor to="/organizations" search={{ centerId: c.id }} fw={600} size="sm">
                              {en ? c.nameEn : c.name}
                            </RouterAnchor>
                          </Table.Td>
                          <Table.Td>{labels.region(c.region)}</Table.Td>
                          <Table.Td>
                            <Badge variant="light" color="indigo" size="md" radius="sm">
                              {en ? c.sponsorNameEn : c.sponsorName}
                            </Badge>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{en ? c.specialtyEn : c.specialty}</Text>
                          </Table.Td>
                          <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                            {f.number(c.organizationCount)}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Card>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
