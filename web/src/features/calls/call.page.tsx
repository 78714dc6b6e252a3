import { Alert, Badge, Button, Card, Grid, Stack, Text, Typography } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EditIcon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { RouterAnchor, RouterButton } from '../../components/router-link';
import { SectionTitle } from '../../components/section-title';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { meQuery } from '../auth/session.queries';
import { ApplyCard } from '../applications/apply.card';
import { RoundsCard } from '../evaluation/rounds.card';
import { useCenterLabel } from '../centers/center.queries';
import { CallApplicationsCard } from './call-applications.card';
import { CallAttachmentsCard } from './call-attachments.card';
import { CallEditModal } from './call-edit.modal';
import { CallStatusBadges } from './call-status';
import type { Call } from './call.codes';
import { callQuery } from './call.queries';

/** One call (공고): public once published; its program's staff also see and edit its draft. */
export function CallPage() {
  const { callId } = useParams({ from: '/public/calls/$callId' });
  const query = useQuery(callQuery(callId));
  return <QueryState query={query}>{(call) => <CallView key={call.id} call={call} />}</QueryState>;
}

function CallView({ call }: { call: Call }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [editing, edit] = useDisclosure(false);
  const centerLabel = useCenterLabel();
  const operator = call.centerId ? centerLabel(call.centerId, call.centerName) : (call.clusterName ?? '');

  return (
    <>
      <PageHeader
        title={<span data-testid="call-title">{call.title}</span>}
        badges={<CallStatusBadges status={call.status} closesAt={call.closesAt} size="md" />}
        description={operator}
        actions={
          <>
            <RouterAnchor to="/calls" size="sm">
              {t('call.backToList')}
            </RouterAnchor>
            {call.permissions.update ? (
              <RouterButton variant="default" to="/calls/$callId/form" params={{ callId: call.id }} data-testid="call-form-link">
                {t('formBuilder.openFromCall')}
              </RouterButton>
            ) : null}
            {call.permissions.update ? (
              <Button variant="default" leftSection={<EditIcon size={16} />} onClick={edit.open}>
                {t('common.edit')}
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="lg">
        <StatusNotice call={call} />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
            <Stack gap="lg">
              <EligibilityCard call={call} />
              <Card data-testid="call-body">
                <SectionTitle>{t('call.body')}</SectionTitle>
                {call.body.trim() ? (
                  <Typography>
                    {/* Safe: the server keeps only headings, paragraphs, lists, emphasis, tables and
                        http(s)/mailto links in a call's body (call.body.ts), so no script or handler reaches here. */}
                    <div dangerouslySetInnerHTML={{ __html: call.body }} />
                  </Typography>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('call.noBody')}
                  </Text>
                )}
              </Card>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
            <Stack gap="lg">
              <ApplyCard call={call} />
              <CallFactsCard call={call} operator={operator} />
              <CallAttachmentsCard call={call} />
            </Stack>
          </Grid.Col>
        </Grid>
        {call.permissions.update ? <CallApplicationsCard callId={call.id} /> : null}
        {call.permissions.update ? <RoundsCard call={call} /> : null}
        <Text size="xs" c="dimmed">
          {call.publishedAt ? t('call.publishedAt', { date: f.dateTime(call.publishedAt) }) : t('call.notPublished')}
        </Text>
      </Stack>
      {call.permissions.update ? <CallEditModal opened={editing} onClose={edit.close} call={call} /> : null}
    </>
  );
}

function StatusNotice({ call }: { call: Call }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (call.status === 'closed')
    return (
      <Alert color="red" variant="light" title={t('call.closedTitle')} data-testid="call-closed">
        {t('call.closedAt', { date: f.dateTime(call.closesAt) })}
      </Alert>
    );
  if (call.status === 'draft')
    return (
      <Alert color="gray" variant="light" title={t('call.draftTitle')} data-testid="call-draft">
        {t('call.draftNotice')}
      </Alert>
    );
  if (call.status === 'upcoming')
    return (
      <Alert color="blue" variant="light" title={t('call.upcomingTitle')}>
        {t('call.upcomingNotice', { date: f.dateTime(call.opensAt) })}
      </Alert>
    );
  return (
    <Alert color="teal" variant="light" title={t('call.openTitle')}>
      {t('call.openNotice', { date: f.dateTime(call.closesAt) })}
    </Alert>
  );
}

function CallFactsCard({ call, operator }: { call: Call; operator: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  // Programs are for signed-in people; a visitor reads the program's name only.
  const signedIn = !!useQuery({ ...meQuery, enabled: false }).data;
  return (
    <Card data-testid="call-facts">
      <SectionTitle>{t('call.details')}</SectionTitle>
      <Stack gap="md">
        <Fact label={t('call.period')}>
          <span data-testid="call-period">
            {f.dateTime(call.opensAt)} ~ {f.dateTime(call.closesAt)}
          </span>
          <Text size="xs" c="dimmed">
            {t('call.koreaTime')}
          </Text>
        </Fact>
        <Fact label={call.clusterId ? t('call.cluster') : t('call.center')}>{operator}</Fact>
        <Fact label={t('call.program')}>
          <Stack gap={4} align="flex-start">
            {signedIn ? (
              <RouterAnchor to="/programs/$programId" params={{ programId: call.program.id }} size="sm">
                {call.program.name}
              </RouterAnchor>
            ) : (
              call.program.name
            )}
            <Badge variant="light" size="sm" radius="sm">
              {labels.programType(call.program.type)}
            </Badge>
          </Stack>
        </Fact>
        {call.cohort ? <Fact label={t('call.cohort')}>{call.cohort.name}</Fact> : null}
        <Fact label={t('call.selectCount')}>
          {call.selectCount !== null ? t('call.selectCountValue', { count: call.selectCount, formatted: f.number(call.selectCount) }) : null}
        </Fact>
        <Fact label={t('call.contact')}>{call.contact || null}</Fact>
      </Stack>
    </Card>
  );
}

function EligibilityCard({ call }: { call: Call }) {
  const { t, i18n } = useTranslation();
  const statements = call.eligibility.statements;
  if (!statements.length) return null;
  return (
    <Card data-testid="call-eligibility">
      <SectionTitle>{t('call.eligibility')}</SectionTitle>
      <Stack gap={6} component="ul" m={0} pl="lg">
        {statements.map((s) => (
          <Text component="li" size="sm" key={s.rule}>
            {i18n.language === 'en' ? s.en : s.ko}
          </Text>
        ))}
      </Stack>
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text size="sm" mt={2} component="div" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
        {children ?? '—'}
      </Text>
    </div>
  );
}
