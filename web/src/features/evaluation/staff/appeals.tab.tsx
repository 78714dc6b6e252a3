import { Button, Card, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { fieldErrorsOf, problemMessage } from '../../../api/form-errors';
import { ProblemAlert } from '../../../components/problem.alert';
import { SectionTitle } from '../../../components/section-title';
import { useFormat } from '../../../i18n/format';
import type { Round } from '../round.codes';
import { appealStatusColor, applicationLabel, type Appeal } from './staff.codes';
import { Loading, StatusBadge } from './staff.parts';
import { appealsQuery } from './staff.queries';

/** 이의신청: applicants' objections to the confirmed result, each answered once (인용 or 기각, with the response mailed). */
export function AppealsTab({ round, canWrite }: { round: Round; canWrite: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const query = useQuery(appealsQuery(round.id));
  return (
    <Card data-testid="round-appeals">
      <SectionTitle>{t('evaluation.staff.appeals.title')}</SectionTitle>
      <Text size="xs" c="dimmed" mb="md">
        {round.appealsCloseAt ? t('evaluation.staff.appeals.window', { date: f.dateTime(round.appealsCloseAt) }) : t('evaluation.staff.appeals.notYet')}
      </Text>
      <Loading query={query}>
        {(appeals) =>
          appeals.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="appeals-empty">
              {t('evaluation.staff.appeals.none')}
            </Text>
          ) : (
            <Stack gap="md">
              {appeals.map((a) => (
                <AppealItem key={a.id} round={round} appeal={a} canWrite={canWrite} />
              ))}
            </Stack>
          )
        }
      </Loading>
    </Card>
  );
}

type Answer = 'upheld' | 'dismissed';

function AppealItem({ round, appeal: a, canWrite }: { round: Round; appeal: Appeal; canWrite: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const form = useForm<{ status: Answer; response: string }>({
    initialValues: { status: 'dismissed', response: '' },
    validate: { response: (v) => (v.trim() ? null : t('validation.required')) },
  });
  const answer = useMutation({
    mutationFn: (v: { status: Answer; response: string }) => unwrap(api.POST('/api/v1/appeals/{id}/answer', { params: { path: { id: a.id } }, body: { status: v.status, response: v.response.trim() } })),
    onSuccess: (r) => {
      queryClient.setQueryData(appealsQuery(round.id).queryKey, r.items);
      notifications.show({ color: 'teal', message: t('evaluation.staff.appeals.answered', { organization: a.organizationName }) });
    },
    onError: (error) => {
      form.setErrors(fieldErrorsOf(error));
      void queryClient.invalidateQueries({ queryKey: appealsQuery(round.id).queryKey });
    },
  });
  const general = answer.error && Object.keys(fieldErrorsOf(answer.error)).length === 0 ? problemMessage(answer.error, t('common.tryAgainLater')) : null;

  return (
    <Card withBorder shadow="none" data-testid="appeal-item" data-status={a.status}>
      <Group justify="space-between" align="flex-start" mb="xs">
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {applicationLabel(a)}
          </Text>
          <Text size="xs" c="dimmed">
            {t('evaluation.staff.appeals.submitted', { name: a.submittedBy, date: f.dateTime(a.submittedAt) })}
          </Text>
        </Stack>
        <StatusBadge color={appealStatusColor[a.status]} data-testid="appeal-status">
          {t(`evaluation.staff.appealStatus.${a.status}`)}
        </StatusBadge>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="appeal-body">
        {a.body}
      </Text>
      {a.status !== 'open' ? (
        <Stack gap={2} mt="sm" p="sm" bg="gray.0" style={{ borderRadius: 6 }}>
          <Text size="xs" c="dimmed">
            {t('evaluation.staff.appeals.respondedBy', { name: a.respondedBy ?? '—', date: a.respondedAt ? f.dateTime(a.respondedAt) : '' })}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="appeal-response">
            {a.response}
          </Text>
        </Stack>
      ) : canWrite ? (
        <form onSubmit={form.onSubmit((v) => answer.mutate(v))} noValidate data-testid="appeal-answer">
          <Stack gap="xs" mt="sm">
            <ProblemAlert>{general}</ProblemAlert>
            <SegmentedControl
              value={form.values.status}
              onChange={(v) => form.setFieldValue('status', v as Answer)}
              data={(['upheld', 'dismissed'] as const).map((s) => ({ value: s, label: t(`evaluation.staff.appealStatus.${s}`) }))}
              aria-label={t('evaluation.staff.appeals.decision')}
              w={220}
              data-testid="appeal-decision"
            />
            <Textarea label={t('evaluation.staff.appeals.response')} autosize minRows={3} required {...form.getInputProps('response')} />
            <Group justify="flex-end">
              <Button type="submit" loading={answer.isPending} data-testid="appeal-answer-send">
                {t('evaluation.staff.appeals.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Card>
  );
}
