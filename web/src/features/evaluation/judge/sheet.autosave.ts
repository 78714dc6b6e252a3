import { api, unwrap, type Schemas } from '../../../api/client';
import { useVersionedAutosave } from '../../../components/versioned-autosave';
import { ifMatch, type Criterion, type SavedSheet } from './judge.queries';
import { localSheet } from './sheet.local';
import { savePayload, valuesOf, type SheetValues } from './sheet.values';

export type { SaveState } from '../../../components/versioned-autosave';

const patchSheet = ({ id, version, payload, keepalive }: { id: string; version: number; payload: Schemas['ScoreSheetSave']; keepalive?: boolean }) =>
  unwrap(api.PATCH('/api/v1/score-sheets/{id}', { params: { path: { id }, header: { 'if-match': ifMatch(version) } }, body: payload, keepalive }));

type Options = {
  sheetId: string;
  criteria: Criterion[];
  /** The values to start from, and whether they differ from the server's (restored from this browser). */
  initial: { values: SheetValues; dirty: boolean };
  version: number;
  editable: boolean;
  onSaved: (sheet: SavedSheet) => void;
};

/**
 * Autosave of a score sheet: ~0.8 s after typing stops, when the page is left, and before a
 * submission. Each save sends If-Match with the version it started from; when another tab saved
 * first (409) nothing is overwritten until the judge chooses. Values not yet saved stay in this
 * browser (sheet.local.ts) until the server has them.
 */
export function useSheetAutosave({ sheetId, criteria, initial, version, editable, onSaved }: Options) {
  return useVersionedAutosave({
    id: sheetId,
    initial,
    version,
    editable,
    debounceMs: 800,
    payloadOf: (values: SheetValues) => savePayload(criteria, values),
    patch: patchSheet,
    valuesOf: (sheet: SavedSheet) => valuesOf(sheet, criteria),
    local: localSheet,
    onSaved,
  });
}
