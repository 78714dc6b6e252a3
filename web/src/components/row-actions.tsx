import { ActionIcon, Tooltip } from '@mantine/core';
import { EditIcon, TrashIcon } from './icons';

/**
 * The edit and delete icons of a list row, each shown only when allowed, each named for screen
 * readers and in a tooltip by its label (e.g. "‘서류 심사’ 수정").
 */
export function RowActions({ editLabel, deleteLabel, onEdit, onDelete }: { editLabel?: string; deleteLabel?: string; onEdit?: () => void; onDelete?: () => void }) {
  return (
    <>
      {editLabel && onEdit ? (
        <Tooltip label={editLabel} withArrow>
          <ActionIcon variant="subtle" color="gray" aria-label={editLabel} onClick={onEdit}>
            <EditIcon size={16} />
          </ActionIcon>
        </Tooltip>
      ) : null}
      {deleteLabel && onDelete ? (
        <Tooltip label={deleteLabel} withArrow>
          <ActionIcon variant="subtle" color="gray" aria-label={deleteLabel} onClick={onDelete}>
            <TrashIcon size={16} />
          </ActionIcon>
        </Tooltip>
      ) : null}
    </>
  );
}
