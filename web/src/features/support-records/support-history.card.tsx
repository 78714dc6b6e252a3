import { ActionIcon, Alert, Badge, Card, Group, Stack, Text, Timeline, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, type SupportRecord } from '../../api/client';
import { EditIcon, LockIcon } from '../../components/icons';
import { PageLoader } from '../../components/query-state';
import { RouteError } from '../../components/route-error';
import { SectionTitle } from '../../components/section-title';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { useCenterLabel } from '../centers/center.queries';
import { organizationHistoryQuery } from '../organizations/organization.queries';
import { useRecordEditor } from './support-record-edit.state';
import { SupportRecordModal } from './support-record.modal';

/**
 * The organization's support history across centers: this scope's entries in full, other
 * centers' as center, kind and date. A 404 means this person may not see the history.
 */
export function SupportHistoryCard({ organizationId, organizationName }: { organizationId: string; organizationName: string }) {
  const { t } = useTranslation();
  const editor = useRecordEditor();
  const query = useQuery(organizationHistoryQuery(organizationId));
  const noAccess = query.error instanceof ApiError && query.error.status === 404;

  return (
    <Card data-testid="support-history">
      <SectionTitle
        right={
          query.data ? (
            <Text size="sm" c="dimmed">
              {t('support.count', { count: query.data.items.length })}
            </Text>
          ) : null
        }
      >
        {t('support.history')}
      </SectionTitle>
      {query.isPending ? (
        <PageLoader />
      ) : noAccess ? (
        <Alert color="gray" variant="light" icon={<LockIcon />} data-testid="history-no-access">
          {t('support.noAccess')}
        </Alert>
      ) : query.isError ? (
        <RouteError error={query.error} reset={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Text size="sm" c="dimmed" py="md">
          {t('support.none')}
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={query.data.items.length} color="brand" data-testid="support-timeline">
          {query.data.items.map((r) => (
            <Timeline.Item key={r.id} title={<EntryTitle record={r} onEdit={r.access === 'full' && r.version !== null ? () => editor.open(r) : undefined} />} data-testid="support-entry">
              <EntryBody record={r} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {editor.record ? (
        <SupportRecordModal
          opened={editor.opened}
          onClose={editor.close}
          organizationId={organizationId}
          organizationName={organizationName}
          record={editor.record}
        />
      ) : null}
    </Card>
  );
}

function EntryTitle({ record: r, onEdit }: { record: SupportRecord; onEdit?: () => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const centerLabel = useCenterLabel();
  const f = useFormat();
  return (
    <Group gap={8} wrap="wrap">
      <Text fw={600} size="sm">
        {labels.supportKind(r.kind)}
      </Text>
      <Badge size="sm" variant="light" color={r.access === 'full' ? 'teal' : 'gray'} radius="sm">
        {r.centerId ? centerLabel(r.centerId, r.centerName) : r.clusterName}
      </Badge>
      <Text size="xs" c="dimmed">
        {f.date(r.startedOn)}
        {r.endedOn && r.endedOn !== r.startedOn ? ` ~ ${f.date(r.endedOn)}` : ''}
      </Text>
      {onEdit ? (
        <Tooltip label={t('support.editEntry')} withArrow>
          <ActionIcon variant="subtle" color="gray" size="sm" ml="auto" aria-label={t('support.editEntry')} onClick={onEdit} data-testid="support-entry-edit">
            <EditIcon size={14} />
          </ActionIcon>
        </Tooltip>
      ) : null}
    </Group>
  );
}

function EntryBody({ record: r }: { record: SupportRecord }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (r.access === 'reduced') {
    return (
      <Text size="xs" c="dimmed" mt={2}>
        {t('support.reduced')}
      </Text>
    );
  }
  const facts = [r.program, r.valueKrw !== null ? f.krw(r.valueKrw) : null, r.staffName ? t('support.staffBy', { name: r.staffName }) : null].filter(Boolean);
  return (
    <Stack gap={2} mt={2}>
      {facts.length ? (
        <Text size="sm" c="dark.4">
          {facts.join(' · ')}
        </Text>
      ) : null}
      {r.notes ? (
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }} lineClamp={4}>
          {r.notes}
        </Text>
      ) : null}
    </Stack>
  );
}
