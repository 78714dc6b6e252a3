import { Button, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { problemMessage } from '../../api/form-errors';
import { ModalActions } from '../../components/modal-actions';
import { ProblemAlert } from '../../components/problem.alert';
import { ifMatchOf, type Round } from './round.codes';
import { roundsQuery } from './round.queries';

/** Asks before deleting a round (the version on screen, so a round changed meanwhile is not lost unseen). */
export function RoundDeleteModal({ round, onClose }: { round: Round | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (victim: Round) => unwrap(api.DELETE('/api/v1/rounds/{id}', { params: { path: { id: victim.id }, header: { 'if-match': ifMatchOf(victim) } } })),
    onSuccess: (_, victim) => {
      notifications.show({ color: 'teal', message: t('round.deleted', { name: victim.name }) });
      onClose();
    },
    // Deleted, changed or started meanwhile: the list shows the rounds as they are now.
    onSettled: (_, __, victim) => void queryClient.invalidateQueries({ queryKey: roundsQuery(victim.callId).queryKey }),
  });

  useEffect(() => {
    if (round) remove.reset();
  }, [round]);

  return (
    <Modal opened={round !== null} onClose={onClose} title={t('round.deleteTitle')}>
      <Stack gap="md">
        <ProblemAlert>{remove.error ? problemMessage(remove.error, t('common.tryAgainLater')) : null}</ProblemAlert>
        <Text size="sm">{t('round.deleteConfirm', { name: round?.name ?? '' })}</Text>
        <ModalActions onCancel={onClose}>
          <Button color="red" loading={remove.isPending} onClick={() => round && remove.mutate(round)} data-testid="round-delete-confirm">
            {t('round.deleteYes')}
          </Button>
        </ModalActions>
      </Stack>
    </Modal>
  );
}
