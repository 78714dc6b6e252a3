import { Button, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../api/form-errors';
import { ConflictAlert } from './conflict.alert';
import { ModalActions } from './modal-actions';
import { ProblemAlert } from './problem.alert';

/**
 * The frame of a dialog that edits a versioned record with If-Match: the stale-version alert with
 * its reload, the refusal that names no field, the fields, and Save (only with changes, not while
 * stale).
 */
export function EditModal({
  opened,
  onClose,
  title,
  onSubmit,
  conflict,
  error,
  fieldErrors,
  saving,
  dirty,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  conflict: { title: string; message: string; reloadLabel: string; onReload: () => void; testId: string } | null;
  error: unknown;
  fieldErrors: boolean;
  saving: boolean;
  dirty: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const general = error && !conflict && !fieldErrors ? problemMessage(error, t('common.tryAgainLater')) : null;
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="xl">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {conflict ? <ConflictAlert {...conflict} /> : null}
          <ProblemAlert>{general}</ProblemAlert>
          {children}
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={saving} disabled={!!conflict || !dirty}>
              {t('common.save')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
