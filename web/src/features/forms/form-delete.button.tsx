import { ActionIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TrashIcon } from '../../components/icons';
import { ConfirmPopover } from './form-confirm.popover';

/** A delete icon that asks once before it deletes (`question` says what goes with it). */
export function DeleteButton({ name, question, onDelete, size = 'md' }: { name: string; question: string; onDelete: () => void; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <ConfirmPopover
      question={question}
      confirmLabel={t('common.delete')}
      onConfirm={onDelete}
      position="bottom-end"
      width={280}
      target={(toggle) => (
        <ActionIcon variant="subtle" color="red" size={size} aria-label={name} onClick={toggle}>
          <TrashIcon size={size === 'sm' ? 14 : 16} />
        </ActionIcon>
      )}
    />
  );
}
