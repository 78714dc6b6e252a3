import { Anchor, Card, Divider, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../api/client';
import { SectionTitle } from '../../components/section-title';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';

/** The organization's profile: all of it with full access, the public part otherwise. */
export function OrganizationProfileCard({ org }: { org: Organization }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const full = org.access === 'full';
  const founded = org.foundedOn
    ? `${f.date(org.foundedOn)}${org.yearsInBusiness !== null ? ` (${t('organization.yearsInBusiness', { count: org.yearsInBusiness })})` : ''}`
    : null;
  return (
    <Card data-testid="organization-profile">
      <SectionTitle>{t('organization.profile')}</SectionTitle>
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="lg" verticalSpacing="md">
        <Info label={t('organization.kind')} value={labels.kind(org.kind)} />
        <Info label={t('organization.stage')} value={org.stage ? labels.stage(org.stage) : null} />
        <Info label={t('organization.region')} value={org.region ? labels.region(org.region) : null} />
        <Info label={t('organization.industry')} value={org.industry ? `${org.industry} (${org.ksicCode})` : null} />
        <Info label={t('organization.foundedOn')} value={founded} />
        {full ? <Info label={t('organization.brn')} value={org.businessRegistrationNumber} mono /> : null}
        {full ? <Info label={t('organization.representative')} value={org.representative} /> : null}
        <Info
          label={t('organization.website')}
          value={
            org.website && /^https?:\/\//i.test(org.website) ? (
              <Anchor href={org.website} target="_blank" rel="noopener noreferrer" size="sm">
                {org.website.replace(/^https?:\/\//, '')}
              </Anchor>
            ) : null
          }
        />
        {full ? <Info label={t('organization.contactEmail')} value={org.contactEmail} /> : null}
        {full ? <Info label={t('organization.contactPhone')} value={org.contactPhone} /> : null}
        {full ? <Info label={t('organization.representativeBirthDate')} value={org.representativeBirthDate ? f.date(org.representativeBirthDate) : null} /> : null}
        {full ? <Info label={t('organization.revenueKRW')} value={org.revenueKRW !== null ? `${f.krw(org.revenueKRW)}${org.revenueYear ? ` (${org.revenueYear})` : ''}` : null} /> : null}
      </SimpleGrid>
      {org.description || org.products || org.technologies ? <Divider my="lg" /> : null}
      <Stack gap="md">
        <Paragraph label={t('organization.description')} text={org.description} />
        <Paragraph label={t('organization.products')} text={org.products} />
        <Paragraph label={t('organization.technologies')} text={org.technologies} />
      </Stack>
      <Text size="xs" c="dimmed" mt="lg">
        {t('organization.updatedAt', { date: f.date(org.updatedAt) })}
      </Text>
    </Card>
  );
}

function Info({ label, value, mono }: { label: string; value: ReactNode; mono?: boolean }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text size="sm" mt={2} ff={mono ? 'monospace' : undefined} component="div" style={{ overflowWrap: 'anywhere' }}>
        {value ?? '—'}
      </Text>
    </div>
  );
}

function Paragraph({ label, text }: { label: string; text: string }) {
  if (!text) return null;
  return (
    <div>
      <Text size="xs" c="dimmed" fw={500} mb={4}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {text}
      </Text>
    </div>
  );
}
