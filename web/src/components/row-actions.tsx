import { ActionIcon, Tooltip } from '@mantine/core';
import { EditIcon, TrashIcon } from './icons';

type Props = {
  editLabel?: string;
  deleteLabel?: string;
  /** The delete tooltip when it is shorter than the label (e.g. "삭제" beside "‘서류 심사’ 삭제"); the label by default. */
  deleteTooltip?: string;
  /** The delete is under way: its icon spins. */
  deleting?: boolean;
  onEdit?: () => void;
  onDelete?: () => void;
};

/**
 * The edit and delete icons of a list row, each shown only when allowed, each named for screen
 * readers and in a tooltip by its label (e.g. "‘서류 심사’ 수정").
 */
export function RowActions({ editLabel, deleteLabel, deleteTooltip, deleting, onEdit, onDelete }: Props) {
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
        <Tooltip label={deleteTooltip ?? deleteLabel} withArrow>
          <ActionIcon variant="subtle" color="gray" aria-label={deleteLabel} loading={deleting} onClick={onDelete}>
            <TrashIcon size={16} />
          </ActionIcon>
        </Tooltip>
      ) : null}
    </>
  );
}
