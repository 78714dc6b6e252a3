import { Alert, Badge, Button, Card, Divider, Group, SimpleGrid, Stack, Table, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../../api/client';
import { fieldErrorsOf, problemMessage } from '../../../api/form-errors';
import { ProblemAlert } from '../../../components/problem.alert';
import { SectionTitle } from '../../../components/section-title';
import { useFormat } from '../../../i18n/format';
import { appealStatusColor, points } from '../staff/staff.codes';

type Evaluation = Schemas['ApplicationEvaluation'];
type RoundResult = Evaluation['rounds'][number];

/** The applicant's results: 404 to anyone not of the organization or the call's staff, so no retry. */
export const applicationEvaluationQuery = (applicationId: string) =>
  queryOptions({
    queryKey: ['applications', applicationId, 'evaluation'],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/evaluation', { params: { path: { id: applicationId } } })),
    retry: false,
  });

const decisionColor = { selected: 'teal', advance: 'teal', reserve: 'yellow', rejected: 'gray' } as const;

/**
 * 심사 결과 on an application: each confirmed round's decision and, where the round publishes
 * scores, the rank, the final score of the full score, each criterion's mean and the judges'
 * comments under numbers; the applicant's appeal (이의신청) while its window is open, and the answer.
 * Nothing before any round is confirmed.
 */
export function ApplicationEvaluationCard({ applicationId, isApplicant }: { applicationId: string; isApplicant: boolean }) {
  const { t } = useTranslation();
  const query = useQuery(applicationEvaluationQuery(applicationId));
  if (!query.data || query.data.rounds.length === 0) return null;
  return (
    <Card data-testid="application-evaluation">
      <SectionTitle>{t('evaluation.result.title')}</SectionTitle>
      <Stack gap="lg">
        {query.data.rounds.map((r, i) => (
          <Stack key={r.roundId} gap="md">
            {i > 0 ? <Divider /> : null}
            <RoundResultView applicationId={applicationId} result={r} isApplicant={isApplicant} />
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}

function RoundResultView({ applicationId, result: r, isApplicant }: { applicationId: string; result: RoundResult; isApplicant: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const decision = r.decision === 'advance' ? (r.last ? 'selected' : 'advance') : r.decision;
  return (
    <Stack gap="sm" data-testid="evaluation-round" data-decision={decision}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={0}>
          <Group gap={8} align="baseline">
            <Text size="xs" fw={700} c="brand.7">
              {t('round.position', { n: r.position })}
            </Text>
            <Text fw={600}>{r.name}</Text>
          </Group>
          <Text size="xs" c="dimmed">
            {t('evaluation.result.confirmedAt', { date: f.dateTime(r.confirmedAt) })}
          </Text>
        </Stack>
        <Badge size="lg" radius="sm" variant={decision === 'rejected' ? 'light' : 'filled'} color={decisionColor[decision]} data-testid="evaluation-decision">
          {t(`evaluation.result.decision.${decision}`)}
        </Badge>
      </Group>
      {r.scores ? (
        <Scores scores={r.scores} />
      ) : (
        <Text size="sm" c="dimmed" data-testid="evaluation-no-scores">
          {t('evaluation.result.notPublished')}
        </Text>
      )}
      <AppealSection applicationId={applicationId} result={r} isApplicant={isApplicant} />
    </Stack>
  );
}

function Scores({ scores: s }: { scores: NonNullable<RoundResult['scores']> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const p = (v: number) => points(v, f.lang);
  return (
    <Stack gap="sm" data-testid="evaluation-scores">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Card withBorder shadow="none" padding="sm">
          <Text size="xs" c="dimmed">
            {t('evaluation.result.rank')}
          </Text>
          <Text fz={24} fw={700} data-testid="evaluation-rank">
            {s.rank === null ? '—' : t('evaluation.result.rankValue', { rank: s.rank })}
          </Text>
        </Card>
        <Card withBorder shadow="none" padding="sm">
          <Text size="xs" c="dimmed">
            {t('evaluation.result.final')}
          </Text>
          <Text fz={24} fw={700} data-testid="evaluation-final">
            {s.final === null ? '—' : t('evaluation.result.finalValue', { final: p(s.final), max: p(s.maxTotal) })}
          </Text>
          {s.aggregate !== null ? (
            <Text size="xs" c="dimmed" data-testid="evaluation-breakdown">
              {s.bonus > 0 ? t('evaluation.result.breakdownBonus', { aggregate: p(s.aggregate), bonus: p(s.bonus) }) : t('evaluation.result.breakdown', { aggregate: p(s.aggregate) })}
            </Text>
          ) : null}
        </Card>
      </SimpleGrid>
      <Table verticalSpacing={6} withTableBorder data-testid="evaluation-criteria">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('evaluation.result.criterion')}</Table.Th>
            <Table.Th ta="right">{t('evaluation.result.weight')}</Table.Th>
            <Table.Th ta="right">{t('evaluation.result.mean')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {s.criteria.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>{c.title}</Table.Td>
              <Table.Td ta="right">{t('round.pointsValue', { value: p(c.weight) })}</Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {c.mean === null ? '—' : `${p(c.mean)} / ${p(c.maxScore)}`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {s.comments.length ? (
        <Stack gap="xs" data-testid="evaluation-comments">
          <Text size="sm" fw={600}>
            {t('evaluation.result.comments')}
          </Text>
          {s.comments.map((c) => (
            <Stack key={c.judge} gap={2} p="sm" bg="gray.0" style={{ borderRadius: 6 }} data-testid="evaluation-comment">
              <Text size="xs" fw={700} c="dimmed">
                {t('evaluation.result.judgeN', { n: c.judge })}
              </Text>
              {c.overall ? (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {c.overall}
                </Text>
              ) : null}
              {c.byCriterion.map((b) => (
                <Text key={b.criterionId} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  <Text span fw={600} size="sm">
                    {b.title}:
                  </Text>{' '}
                  {b.text}
                </Text>
              ))}
            </Stack>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}

function AppealSection({ applicationId, result: r, isApplicant }: { applicationId: string; result: RoundResult; isApplicant: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const [writing, setWriting] = useState(false);
  const form = useForm<{ body: string }>({ initialValues: { body: '' }, validate: { body: (v) => (v.trim() ? null : t('validation.required')) } });
  const submit = useMutation({
    mutationFn: (body: string) => unwrap(api.POST('/api/v1/applications/{id}/appeals', { params: { path: { id: applicationId } }, body: { roundId: r.roundId, body } })),
    onSuccess: (evaluation) => {
      queryClient.setQueryData(applicationEvaluationQuery(applicationId).queryKey, evaluation);
      setWriting(false);
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const general = submit.error && Object.keys(fieldErrorsOf(submit.error)).length === 0 ? problemMessage(submit.error, t('common.tryAgainLater')) : null;

  if (r.appeal)
    return (
      <Card withBorder shadow="none" padding="sm" data-testid="evaluation-appeal">
        <Group justify="space-between" mb={4}>
          <Text size="sm" fw={600}>
            {t('evaluation.result.appealTitle')}
          </Text>
          <Badge radius="sm" variant="light" color={appealStatusColor[r.appeal.status]} data-testid="evaluation-appeal-status">
            {t(`evaluation.result.appealStatus.${r.appeal.status}`)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {t('evaluation.result.appealSubmittedAt', { date: f.dateTime(r.appeal.submittedAt) })}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} mt={4}>
          {r.appeal.body}
        </Text>
        {r.appeal.response ? (
          <Alert color={appealStatusColor[r.appeal.status]} variant="light" mt="sm" title={t('evaluation.result.response', { date: r.appeal.respondedAt ? f.dateTime(r.appeal.respondedAt) : '' })} data-testid="evaluation-appeal-response">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {r.appeal.response}
            </Text>
          </Alert>
        ) : (
          <Text size="xs" c="dimmed" mt="xs">
            {t('evaluation.result.awaitingAnswer')}
          </Text>
        )}
      </Card>
    );
  if (r.appealOpen && isApplicant)
    return writing ? (
      <form onSubmit={form.onSubmit((v) => submit.mutate(v.body.trim()))} noValidate data-testid="evaluation-appeal-form">
        <Stack gap="xs">
          <ProblemAlert>{general}</ProblemAlert>
          <Textarea
            label={t('evaluation.result.appealBody')}
            description={t('evaluation.result.appealHint', { date: r.appealsCloseAt ? f.dateTime(r.appealsCloseAt) : '' })}
            autosize
            minRows={4}
            required
            maxLength={4000}
            data-autofocus
            {...form.getInputProps('body')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setWriting(false)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={submit.isPending} data-testid="evaluation-appeal-submit">
              {t('evaluation.result.appealSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    ) : (
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed">
          {t('evaluation.result.appealOpen', { date: r.appealsCloseAt ? f.dateTime(r.appealsCloseAt) : '' })}
        </Text>
        <Button variant="light" size="xs" onClick={() => setWriting(true)} data-testid="evaluation-appeal-open">
          {t('evaluation.result.appealWrite')}
        </Button>
      </Group>
    );
  if (r.appealsCloseAt && !r.appealOpen)
    return (
      <Text size="xs" c="dimmed">
        {t('evaluation.result.appealClosed', { date: f.dateTime(r.appealsCloseAt) })}
      </Text>
    );
  return null;
}
