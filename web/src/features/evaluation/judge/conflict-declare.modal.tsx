import { Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../../api/client';
import { fieldErrorsOf, problemMessage } from '../../../api/form-errors';
import { ModalActions } from '../../../components/modal-actions';
import { ProblemAlert } from '../../../components/problem.alert';

const REASON_MAX = 1000;

/**
 * 이해충돌 신고 (회피 신청): the judge says why they may not review this application. Their sheet
 * is then removed, unless it was submitted (staff decide about a submitted one).
 */
export function ConflictDeclareModal({
  opened,
  onClose,
  roundId,
  applicationId,
  submitted,
  onDeclared,
}: {
  opened: boolean;
  onClose: () => void;
  roundId: string;
  applicationId: string;
  submitted: boolean;
  onDeclared: (result: Schemas['DeclaredConflict']) => void;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v: string) => (!v.trim() ? t('validation.required') : v.trim().length > REASON_MAX ? t('validation.tooLong', { maximum: REASON_MAX }) : null) },
  });
  const declare = useMutation({
    mutationFn: (reason: string) => unwrap(api.POST('/api/v1/rounds/{id}/declared-conflicts', { params: { path: { id: roundId } }, body: { applicationId, reason } })),
    onMutate: () => setProblem(null),
    onSuccess: onDeclared,
    onError: (error) => {
      const fields = fieldErrorsOf(error);
      if (fields.reason) form.setErrors({ reason: fields.reason });
      else setProblem(problemMessage(error, t('common.tryAgainLater')));
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('judging.conflict.title')} size="lg" centered>
      <form noValidate onSubmit={form.onSubmit((v) => declare.mutate(v.reason.trim()))}>
        <Stack gap="md">
          <Text size="sm">{submitted ? t('judging.conflict.leadSubmitted') : t('judging.conflict.lead')}</Text>
          <Textarea label={t('judging.conflict.reason')} placeholder={t('judging.conflict.reasonPlaceholder')} withAsterisk autosize minRows={3} maxRows={8} data-autofocus {...form.getInputProps('reason')} />
          <ProblemAlert>{problem}</ProblemAlert>
          <ModalActions onCancel={onClose}>
            <Button type="submit" color="red" loading={declare.isPending} data-testid="conflict-declare-confirm">
              {t('judging.conflict.submit')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
