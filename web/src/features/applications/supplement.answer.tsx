import { Alert, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { fieldErrorsOf, problemMessage } from '../../api/form-errors';
import { ProblemAlert } from '../../components/problem.alert';
import { FileAnswerField } from './application-files';
import type { FormField } from './application-form.rules';
import type { Supplement } from './review.queries';
import { isOverdue, SupplementAsked, SupplementDeadline, useNow } from './supplement.list';

/** The upload field of an answer's files: any of the usual kinds up to 20 MB, as the server takes them. */
const supplementField: FormField = {
  key: '$supplement',
  type: 'file',
  label: { ko: '보완 서류', en: 'Supplementary documents' },
  required: false,
  accept: ['pdf', 'hwp', 'hwpx', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'jpg', 'png', 'zip'],
  maxSizeMb: 20,
};

/** Time left to a deadline in words: 2일 5시간, 3시간 12분, 4분 30초. */
function useTimeLeft() {
  const { t } = useTranslation();
  return (ms: number) => {
    const seconds = Math.max(0, Math.floor(ms / 1000));
    const days = Math.floor(seconds / 86_400);
    const hours = Math.floor((seconds % 86_400) / 3_600);
    const minutes = Math.floor((seconds % 3_600) / 60);
    if (days > 0) return t('supplement.answer.leftDays', { days, hours });
    if (hours > 0) return t('supplement.answer.leftHours', { hours, minutes });
    return t('supplement.answer.leftMinutes', { minutes, seconds: seconds % 60 });
  };
}

/**
 * An open 보완 요청 for the applicant, at the top of their application: what is asked, by when
 * (counting down, then overdue), and the answer: a note and files, uploaded with retries.
 */
export function SupplementAnswerCard({ applicationId, supplement: s, onAnswered }: { applicationId: string; supplement: Supplement; onAnswered: () => void }) {
  const { t } = useTranslation();
  const timeLeft = useTimeLeft();
  const now = useNow(s.dueAt);
  const overdue = isOverdue(s, now);
  const [fileIds, setFileIds] = useState<string[]>([]);
  const form = useForm({ initialValues: { note: '' } });

  const answer = useMutation({
    mutationFn: (note: string) => unwrap(api.POST('/api/v1/applications/{id}/supplements/{supplementId}/response', { params: { path: { id: applicationId, supplementId: s.id } }, body: { note: note.trim(), fileIds } })),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('supplement.answer.sent') });
      onAnswered();
    },
    onError: (error) => {
      form.setErrors(fieldErrorsOf(error));
      // Closed or past its deadline meanwhile: show the request as it now stands.
      if (error instanceof ApiError && error.status === 409) onAnswered();
    },
  });

  const submit = form.onSubmit(({ note }) => {
    if (!note.trim() && fileIds.length === 0) {
      form.setFieldError('note', t('supplement.answer.empty'));
      return;
    }
    answer.mutate(note);
  });
  const problem = answer.error && !Object.keys(form.errors).length ? problemMessage(answer.error, t('common.tryAgainLater')) : null;

  return (
    <Card withBorder shadow="sm" style={{ borderColor: `var(--mantine-color-${overdue ? 'red' : 'orange'}-5)`, borderWidth: 2 }} data-testid="supplement-open">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <div>
            <Title order={3} fz="lg" c={overdue ? 'red.8' : 'orange.8'}>
              {t('supplement.answer.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('supplement.answer.lead', { name: s.requestedBy })}
            </Text>
          </div>
          <Stack gap={2} align="flex-end">
            <SupplementDeadline supplement={s} now={now} />
            <Text size="lg" fw={700} c={overdue ? 'red' : 'orange.8'} data-testid="supplement-countdown" aria-live="off">
              {overdue ? t('supplement.answer.overdueTitle') : timeLeft(Date.parse(s.dueAt) - now)}
            </Text>
          </Stack>
        </Group>
        <SupplementAsked supplement={s} />
        {overdue ? (
          <Alert color="red" variant="light" data-testid="supplement-overdue">
            {t('supplement.answer.overdue')}
          </Alert>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <Textarea label={t('supplement.answer.note')} placeholder={t('supplement.answer.notePlaceholder')} autosize minRows={3} maxRows={10} maxLength={4000} data-testid="supplement-note" {...form.getInputProps('note')} />
              <FileAnswerField
                applicationId={applicationId}
                field={supplementField}
                value={fileIds}
                onChange={setFileIds}
                label={t('supplement.answer.files')}
                description={t('supplement.answer.filesHint')}
                withAsterisk={false}
                error={form.errors.fileIds as string | undefined}
                disabled={answer.isPending}
              />
              <ProblemAlert>{problem}</ProblemAlert>
              <Group justify="flex-end">
                <Button type="submit" color="orange" loading={answer.isPending} data-testid="supplement-answer-submit">
                  {t('supplement.answer.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
