import { Alert, Button, Card, Group, List, Select, Stack, Text, ThemeIcon } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { problemMessage } from '../../api/form-errors';
import { ProblemAlert } from '../../components/problem.alert';
import { RouterButton } from '../../components/router-link';
import { SectionTitle } from '../../components/section-title';
import { useFormat } from '../../i18n/format';
import { meQuery } from '../auth/session.queries';
import type { Call } from '../calls/call.codes';
import { knownApplication } from './application.local';
import { callFormQuery, eligibilityQuery, type Eligibility } from './application.queries';

/**
 * 지원하기 on a call page: a visitor is sent to sign in and back; a company member picks their
 * organization, sees the eligibility rule by rule, and starts or continues its application.
 */
export function ApplyCard({ call }: { call: Call }) {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useQuery({ ...meQuery, enabled: false }).data;
  const form = useQuery({ ...callFormQuery(call.id), enabled: call.status !== 'draft' });
  if (call.status === 'draft') return null;

  const orgs = (me?.memberships ?? []).filter((m) => m.role === 'company_member' && m.organizationId).map((m) => ({ id: m.organizationId!, name: m.organizationName ?? '' }));
  const noForm = form.error instanceof ApiError && form.error.status === 404;

  return (
    <Card data-testid="apply-card" withBorder style={{ borderColor: call.status === 'open' ? 'var(--mantine-color-teal-4)' : undefined }}>
      <SectionTitle>{t('apply.title')}</SectionTitle>
      <Stack gap="sm">
        {call.status === 'closed' ? (
          <Text size="sm" c="red" data-testid="apply-closed">
            {t('apply.closed', { date: f.dateTime(call.closesAt) })}
          </Text>
        ) : call.status === 'upcoming' ? (
          <Text size="sm" data-testid="apply-upcoming">
            {t('apply.upcoming', { date: f.dateTime(call.opensAt) })}
          </Text>
        ) : (
          <Text size="sm">{t('apply.open', { date: f.dateTime(call.closesAt) })}</Text>
        )}
        {noForm ? (
          <Text size="sm" c="dimmed" data-testid="apply-no-form">
            {t('apply.noForm')}
          </Text>
        ) : !me ? (
          call.status === 'closed' ? null : (
            <Group>
              <RouterButton to="/sign-in" search={{ redirect: `/calls/${call.id}` }} data-testid="apply-sign-in">
                {t('apply.signInToApply')}
              </RouterButton>
              <RouterButton to="/sign-up" search={{ redirect: `/calls/${call.id}` }} variant="light" data-testid="apply-sign-up">
                {t('apply.signUp')}
              </RouterButton>
              <Text size="xs" c="dimmed">
                {t('apply.signInHint')}
              </Text>
            </Group>
          )
        ) : orgs.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="apply-not-member">
            {t('apply.notMember')}
          </Text>
        ) : (
          <MemberApply call={call} orgs={orgs} />
        )}
      </Stack>
    </Card>
  );
}

function MemberApply({ call, orgs }: { call: Call; orgs: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [orgId, setOrgId] = useState(orgs[0]!.id);
  const eligibility = useQuery(eligibilityQuery(call.id, orgId));
  const known = knownApplication.read(call.id, orgId);

  const start = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/calls/{id}/applications', { params: { path: { id: call.id } }, body: { organizationId: orgId } })),
    onSuccess: (app) => {
      knownApplication.write(call.id, orgId, app.id);
      void navigate({ to: '/applications/$applicationId', params: { applicationId: app.id } });
    },
  });

  const eligible = eligibility.data?.eligible === true;
  const startProblem = start.error ? (start.error instanceof ApiError && start.error.problem ? start.error.problem.detail : problemMessage(start.error, t('common.tryAgainLater'))) : null;

  return (
    <Stack gap="sm">
      {orgs.length > 1 ? (
        <Select
          label={t('apply.organization')}
          data={orgs.map((o) => ({ value: o.id, label: o.name }))}
          value={orgId}
          onChange={(v) => {
            if (v) setOrgId(v);
            start.reset();
          }}
          allowDeselect={false}
          data-testid="apply-organization"
        />
      ) : (
        <Text size="sm">{t('apply.asOrganization', { organization: orgs[0]!.name })}</Text>
      )}
      {eligibility.isPending ? (
        <Text size="sm" c="dimmed">
          {t('apply.checking')}
        </Text>
      ) : eligibility.isError ? (
        <Alert color="red">{problemMessage(eligibility.error, t('common.tryAgainLater'))}</Alert>
      ) : (
        <EligibilityResults result={eligibility.data} />
      )}
      <ProblemAlert data-testid="apply-problem">{startProblem}</ProblemAlert>
      <Group>
        {known ? (
          <RouterButton to="/applications/$applicationId" params={{ applicationId: known }} data-testid="apply-continue">
            {t('apply.openMine')}
          </RouterButton>
        ) : (
          // Closed: an application started earlier (on another device too) is still found by starting again.
          <Button onClick={() => start.mutate()} loading={start.isPending} disabled={!eligible && call.status !== 'closed'} variant={call.status === 'closed' ? 'default' : 'filled'} data-testid="apply-start">
            {call.status === 'closed' ? t('apply.findMine') : t('apply.start')}
          </Button>
        )}
      </Group>
      {call.status === 'upcoming' && eligible ? (
        <Text size="xs" c="dimmed">
          {t('apply.draftEarly')}
        </Text>
      ) : null}
    </Stack>
  );
}

function EligibilityResults({ result }: { result: Eligibility }) {
  const { t, i18n } = useTranslation();
  const text = (s: { ko: string; en: string }) => (i18n.language === 'en' ? s.en : s.ko);
  const summary = result.eligible === true ? (result.results.length ? t('apply.eligible') : t('apply.noRules')) : result.eligible === false ? t('apply.notEligible') : t('apply.unknown');
  return (
    <Stack gap={6} data-testid="apply-eligibility">
      <Text size="sm" fw={600} c={result.eligible === true ? 'teal' : result.eligible === false ? 'red' : 'orange'} data-testid="apply-eligibility-summary">
        {summary}
      </Text>
      {result.results.length ? (
        <List spacing={6} size="sm" center={false}>
          {result.results.map((r) => (
            <List.Item
              key={r.rule}
              data-testid="apply-rule"
              data-passed={String(r.passed)}
              icon={
                <ThemeIcon size={20} radius="xl" color={r.passed === true ? 'teal' : r.passed === false ? 'red' : 'orange'} aria-label={r.passed === true ? t('apply.passed') : r.passed === false ? t('apply.failed') : t('apply.unknownRule')}>
                  <Text size="xs" fw={700} c="white">
                    {r.passed === true ? '✓' : r.passed === false ? '✕' : '?'}
                  </Text>
                </ThemeIcon>
              }
            >
              <Text size="sm">{text(r.statement)}</Text>
              {r.reason ? (
                <Text size="xs" c={r.passed === false ? 'red' : 'orange'}>
                  {text(r.reason)}
                </Text>
              ) : null}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  );
}
