import { Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, problemMessage } from '../../api/form-errors';
import { ModalActions } from '../../components/modal-actions';
import { ProblemAlert } from '../../components/problem.alert';

/** 반려: the reason is required, and the company reads it as written. */
export function OutcomeReturnModal({
  opened,
  onClose,
  count,
  onSubmit,
  pending,
  error,
}: {
  opened: boolean;
  onClose: () => void;
  count: number;
  onSubmit: (reason: string) => void;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { reason: '' }, validate: { reason: (v) => (v.trim() ? null : t('validation.required')) } });
  useEffect(() => {
    if (opened) form.reset();
  }, [opened]);
  // The server names the reason when it refuses one; anything else is said above the field.
  const fields = fieldErrorsOf(error);
  useEffect(() => {
    if (fields.reason) form.setFieldError('reason', fields.reason);
  }, [error]);
  const general = error && !fields.reason ? problemMessage(error, t('common.tryAgainLater')) : null;

  return (
    <Modal opened={opened} onClose={onClose} title={t('outcomeQueue.returnTitle', { total: count })}>
      <form onSubmit={form.onSubmit((v) => onSubmit(v.reason.trim()))} noValidate>
        <Stack gap="md">
          <ProblemAlert>{general}</ProblemAlert>
          <Text size="sm" c="dimmed">
            {t('outcomeQueue.returnLead')}
          </Text>
          <Textarea label={t('outcomeQueue.returnReason')} placeholder={t('outcomeQueue.returnPlaceholder')} required autosize minRows={3} maxLength={500} data-autofocus {...form.getInputProps('reason')} />
          <ModalActions onCancel={onClose}>
            <Button type="submit" color="red" loading={pending}>
              {t('outcomeQueue.returnSubmit')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
