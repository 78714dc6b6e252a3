import { Alert, Badge, Button, Grid, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../api/client';
import { EditIcon, LockIcon, PlusIcon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { useLabels } from '../../i18n/labels';
import { OutcomesCard } from '../outcomes/outcomes.card';
import { SupportHistoryCard } from '../support-records/support-history.card';
import { SupportRecordModal } from '../support-records/support-record.modal';
import { AffiliationsCard } from './affiliations.card';
import { OrganizationEditModal } from './organization-edit.modal';
import { OrganizationProfileCard } from './organization-profile.card';
import { organizationQuery } from './organization.queries';

export function OrganizationPage() {
  const { organizationId } = useParams({ from: '/app/organizations/$organizationId' });
  const query = useQuery(organizationQuery(organizationId));
  return <QueryState query={query}>{({ data: org, etag }) => <OrganizationView key={org.id} org={org} etag={etag} />}</QueryState>;
}

function OrganizationView({ org, etag }: { org: Organization; etag: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [editing, edit] = useDisclosure(false);
  const [recording, record] = useDisclosure(false);
  const full = org.access === 'full';

  return (
    <>
      <PageHeader
        title={<span data-testid="organization-name">{org.name}</span>}
        badges={
          <Group gap={6}>
            <Badge variant="light" radius="sm">
              {labels.kind(org.kind)}
            </Badge>
            {org.stage ? (
              <Badge variant="light" color="grape" radius="sm">
                {labels.stage(org.stage)}
              </Badge>
            ) : null}
            {!full ? (
              <Badge variant="outline" color="gray" radius="sm" leftSection={<LockIcon size={12} />} data-testid="public-profile-badge">
                {t('organization.publicProfile')}
              </Badge>
            ) : null}
          </Group>
        }
        description={[org.nameEn, org.industry].filter(Boolean).join(' · ') || undefined}
        actions={
          <>
            {org.permissions.update ? (
              <Button variant="default" leftSection={<EditIcon size={16} />} onClick={edit.open}>
                {t('common.edit')}
              </Button>
            ) : null}
            {org.permissions.addSupportRecord ? (
              <Button leftSection={<PlusIcon size={16} />} onClick={record.open}>
                {t('support.add')}
              </Button>
            ) : null}
          </>
        }
      />
      {!full ? (
        <Alert color="gray" variant="light" mb="lg" icon={<LockIcon />} data-testid="public-profile-notice" title={t('organization.publicNoticeTitle')}>
          {t('organization.publicNotice')}
        </Alert>
      ) : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <OrganizationProfileCard org={org} />
            {full ? <OutcomesCard organizationId={org.id} organizationName={org.name} /> : null}
            {full ? (
              <SupportHistoryCard organizationId={org.id} organizationName={org.name} />
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <AffiliationsCard org={org} />
        </Grid.Col>
      </Grid>
      {org.permissions.addSupportRecord ? (
        <SupportRecordModal opened={recording} onClose={record.close} organizationId={org.id} organizationName={org.name} />
      ) : null}
      {org.permissions.update ? <OrganizationEditModal opened={editing} onClose={edit.close} org={org} etag={etag} /> : null}
    </>
  );
}
