import { useState } from 'react';
import type { SupportRecord } from '../../api/client';

/** The record being edited; it stays set while the dialog closes so the dialog keeps its content. */
export function useRecordEditor() {
  const [record, setRecord] = useState<SupportRecord | null>(null);
  const [opened, setOpened] = useState(false);
  return {
    record,
    opened,
    open: (r: SupportRecord) => {
      setRecord(r);
      setOpened(true);
    },
    close: () => setOpened(false),
  };
}
