import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../api/client';
import { PlusIcon } from '../../components/icons';
import { SectionTitle } from '../../components/section-title';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { useCenterLabel } from '../centers/center.queries';
import { AffiliationAddModal } from './affiliation-add.modal';

/** The centers and clusters the organization is affiliated with. */
export function AffiliationsCard({ org }: { org: Organization }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const [adding, add] = useDisclosure(false);
  const centerLabel = useCenterLabel();
  return (
    <Card data-testid="affiliations">
      <SectionTitle
        right={
          org.permissions.manageAffiliations ? (
            <Button size="xs" variant="light" leftSection={<PlusIcon size={14} />} onClick={add.open}>
              {t('affiliation.add')}
            </Button>
          ) : null
        }
      >
        {t('affiliation.title')}
      </SectionTitle>
      {org.affiliations.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('affiliation.none')}
        </Text>
      ) : (
        <Stack gap="sm">
          {org.affiliations.map((a) => {
            const ended = !!a.endedOn && a.endedOn < new Date().toISOString().slice(0, 10);
            return (
              <Card key={a.id} padding="sm" radius="sm" bg={ended ? 'gray.0' : undefined}>
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <div>
                    <Text size="sm" fw={600} c={ended ? 'dimmed' : undefined}>
                      {a.centerId ? centerLabel(a.centerId, a.centerName) : a.clusterName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {a.startedOn ? f.date(a.startedOn) : '—'} ~ {a.endedOn ? f.date(a.endedOn) : t('affiliation.ongoing')}
                    </Text>
                    {a.note ? (
                      <Text size="xs" mt={4}>
                        {a.note}
                      </Text>
                    ) : null}
                  </div>
                  <Badge size="sm" variant="light" color={a.clusterId ? 'orange' : 'teal'} radius="sm">
                    {labels.affiliationKind(a.kind)}
                  </Badge>
                </Group>
              </Card>
            );
          })}
        </Stack>
      )}
      {org.permissions.manageAffiliations ? <AffiliationAddModal opened={adding} onClose={add.close} organizationId={org.id} /> : null}
    </Card>
  );
}
