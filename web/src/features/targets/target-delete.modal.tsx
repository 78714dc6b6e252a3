import { Button, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { problemMessage } from '../../api/form-errors';
import { ModalActions } from '../../components/modal-actions';
import { ProblemAlert } from '../../components/problem.alert';
import { ifMatchOf, type Target } from './target.codes';

/** Asks before deleting a target (the version on screen, so a target changed meanwhile is not lost unseen). */
export function TargetDeleteModal({ target, onClose }: { target: Target | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (victim: Target) => unwrap(api.DELETE('/api/v1/targets/{id}', { params: { path: { id: victim.id }, header: { 'if-match': ifMatchOf(victim) } } })),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('target.deleted') });
      onClose();
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['targets'] }),
  });

  useEffect(() => {
    if (target) remove.reset();
  }, [target]);

  return (
    <Modal opened={target !== null} onClose={onClose} title={t('target.deleteTitle')}>
      <Stack gap="md">
        <ProblemAlert>{remove.error ? problemMessage(remove.error, t('common.tryAgainLater')) : null}</ProblemAlert>
        <Text size="sm">{t('target.deleteConfirm', { title: target?.title ?? '' })}</Text>
        <ModalActions onCancel={onClose}>
          <Button color="red" loading={remove.isPending} onClick={() => target && remove.mutate(target)} data-testid="target-delete-confirm">
            {t('target.deleteYes')}
          </Button>
        </ModalActions>
      </Stack>
    </Modal>
  );
}
