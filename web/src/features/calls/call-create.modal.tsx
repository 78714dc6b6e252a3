import { Button, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap, type Program } from '../../api/client';
import { problemMessage } from '../../api/form-errors';
import { ModalActions } from '../../components/modal-actions';
import { ProblemAlert } from '../../components/problem.alert';
import { CallFields } from './call.fields';
import { bodyOf, callErrorsOf, callValidate, emptyCallValues, type CallFormValues } from './call.form-values';
import { callQuery } from './call.queries';

/** A new call (공고) of a program, saved as a draft or published at once; opens the call once saved. */
export function CallCreateModal({ opened, onClose, program }: { opened: boolean; onClose: () => void; program: Program }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // Which of the two submit buttons was pressed: the form's values are read in the same event.
  const publish = useRef(false);
  const form = useForm<CallFormValues>({ initialValues: emptyCallValues, validate: callValidate(t) });

  const create = useMutation({
    mutationFn: (v: CallFormValues) => unwrap(api.POST('/api/v1/calls', { body: { ...bodyOf(v), programId: program.id } })),
    onSuccess: async (call) => {
      queryClient.setQueryData(callQuery(call.id).queryKey, call);
      await queryClient.invalidateQueries({ queryKey: ['calls'] });
      notifications.show({ color: 'teal', message: t(call.status === 'draft' ? 'call.createdDraft' : 'call.createdPublished', { title: call.title }) });
      form.reset();
      onClose();
      await navigate({ to: '/calls/$callId', params: { callId: call.id } });
    },
    onError: (error) => {
      form.setErrors(callErrorsOf(error));
      if (error instanceof ApiError && (error.status === 404 || error.status === 403)) void queryClient.invalidateQueries({ queryKey: ['programs', program.id] });
    },
  });
  const general = create.error && !Object.keys(form.errors).length ? problemMessage(create.error, t('common.tryAgainLater')) : null;

  return (
    <Modal opened={opened} onClose={onClose} title={t('call.createTitle', { program: program.name })} size="xl">
      <form onSubmit={form.onSubmit((v) => create.mutate({ ...v, published: publish.current }))} noValidate aria-label={t('call.create')}>
        <Stack gap="md">
          <ProblemAlert>{general}</ProblemAlert>
          <CallFields form={form} cohorts={program.cohorts} />
          <Text size="xs" c="dimmed">
            {t('call.publishHint')}
          </Text>
          <ModalActions onCancel={onClose}>
            <Button type="submit" variant="light" loading={create.isPending && !publish.current} disabled={create.isPending} onClick={() => (publish.current = false)}>
              {t('call.saveDraft')}
            </Button>
            <Button type="submit" loading={create.isPending && publish.current} disabled={create.isPending} onClick={() => (publish.current = true)}>
              {t('call.publishNow')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
