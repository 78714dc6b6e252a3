import { Alert, Button, Group, Input, Modal, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { fieldErrorsOf, problemMessage } from '../../api/form-errors';
import { ModalActions } from '../../components/modal-actions';
import { ProblemAlert } from '../../components/problem.alert';
import { useFormat } from '../../i18n/format';
import { unitOf, type Metric, type OutcomeRequest } from './campaign.codes';
import { useCampaignFormat } from './campaign.format';
import { myRequestsQuery } from './campaign.queries';
import { DueBadge } from './due.badge';

type Values = { figures: { metric: Metric; value: number | string }[] };

const valuesOf = (request: OutcomeRequest): Values => ({ figures: request.figures.map((f) => ({ metric: f.metric, value: f.value ?? '' })) });

/**
 * 성과 조사 답변: one input per metric asked, in the campaign's order, prefilled with the figures
 * already there; the server's field errors (figures.N.value) land on their inputs.
 */
export function AnswerModal({ request, onClose }: { request: OutcomeRequest | null; onClose: () => void }) {
  const { t } = useTranslation();
  const cf = useCampaignFormat();
  const f = useFormat();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: { figures: [] },
    validate: {
      figures: {
        value: (v) => (v === '' || v === null || v === undefined ? t('validation.required') : null),
      },
    },
  });

  useEffect(() => {
    if (request) {
      form.setValues(valuesOf(request));
      form.clearErrors();
      answer.reset();
    }
  }, [request?.id]);

  const answer = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/outcome-requests/{id}/answer', {
          params: { path: { id: request!.id } },
          body: { figures: v.figures.map((x) => ({ metric: x.metric, value: Number(x.value) })) },
        }),
      ),
    onSuccess: async (done) => {
      notifications.show({ color: 'teal', message: t('campaign.answer.sent', { title: done.campaign.title }) });
      await queryClient.invalidateQueries({ queryKey: myRequestsQuery.queryKey });
      await queryClient.invalidateQueries({ queryKey: ['outcomes'] });
      onClose();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const general = answer.error && !Object.keys(form.errors).length ? problemMessage(answer.error, t('common.tryAgainLater')) : null;

  if (!request) return <Modal opened={false} onClose={onClose} />;
  const c = request.campaign;
  return (
    <Modal opened onClose={onClose} title={c.title} size="lg">
      <form onSubmit={form.onSubmit((v) => answer.mutate(v))} noValidate aria-label={t('campaign.answer.form')}>
        <Stack gap="md">
          <Group gap="xs" wrap="wrap">
            <DueBadge daysLeft={c.daysLeft} submitted={false} closed={c.closed} />
            <Text size="sm" c="dimmed">
              {t('campaign.answer.meta', { scope: c.scopeName, period: cf.period(c.period), due: f.date(c.dueOn), organization: request.organizationName })}
            </Text>
          </Group>
          {c.instructions ? (
            <Alert variant="light" color="blue" title={t('campaign.instructions')}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {c.instructions}
              </Text>
            </Alert>
          ) : null}
          <ProblemAlert>{general}</ProblemAlert>
          {form.values.figures.map((figure, i) => {
            const current = request.figures[i];
            const unit = unitOf(figure.metric);
            const status = current?.status ? (
              <Text span size="xs" c={current.status === 'returned' ? 'red' : current.status === 'verified' ? 'teal' : 'dimmed'}>
                {t(`campaign.figureStatus.${current.status}`)}
                {current.status === 'returned' && current.statusReason ? ` — ${current.statusReason}` : ''}
              </Text>
            ) : null;
            if (unit === 'flag') {
              return (
                <Input.Wrapper key={figure.metric} label={t('campaign.operatingQuestion')} required description={status} error={form.errors[`figures.${i}.value`]} inputWrapperOrder={['label', 'description', 'input', 'error']}>
                  <SegmentedControl
                    fullWidth
                    aria-label={t('campaign.operatingQuestion')}
                    data={[
                      { value: '1', label: t('campaign.operatingYes') },
                      { value: '0', label: t('campaign.operatingNo') },
                    ]}
                    value={figure.value === '' ? '' : String(figure.value)}
                    onChange={(v) => form.setFieldValue(`figures.${i}.value`, Number(v))}
                    data-testid={`answer-${figure.metric}`}
                  />
                </Input.Wrapper>
              );
            }
            const typed = typeof figure.value === 'number' ? figure.value : null;
            return (
              <NumberInput
                key={figure.metric}
                label={cf.metric(figure.metric)}
                required
                min={0}
                allowNegative={false}
                allowDecimal={false}
                thousandSeparator=","
                hideControls
                rightSection={
                  <Text size="sm" c="dimmed" pr={8}>
                    {t(`campaign.units.${unit}`)}
                  </Text>
                }
                rightSectionWidth={f.lang === 'en' ? (unit === 'people' ? 68 : unit === 'krw' ? 52 : 16) : 40}
                rightSectionPointerEvents="none"
                inputMode="numeric"
                description={
                  unit === 'krw' && typed !== null && typed >= 10_000 ? (
                    <>
                      {f.krw(typed)}
                      {status ? ' · ' : null}
                      {status}
                    </>
                  ) : (
                    status
                  )
                }
                data-testid={`answer-${figure.metric}`}
                {...form.getInputProps(`figures.${i}.value`)}
              />
            );
          })}
          <Text size="xs" c="dimmed">
            {t('campaign.answer.hint')}
          </Text>
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={answer.isPending} disabled={c.closed} data-testid="answer-submit">
              {request.status === 'submitted' ? t('campaign.answer.resubmit') : t('campaign.answer.submit')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
