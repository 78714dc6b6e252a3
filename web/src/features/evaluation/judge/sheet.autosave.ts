import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, unwrap } from '../../../api/client';
import { fieldErrorsOf, problemMessage } from '../../../api/form-errors';
import { ifMatch, type Criterion, type SavedSheet } from './judge.queries';
import { localSheet } from './sheet.local';
import { savePayload, valuesOf, type SheetValues } from './sheet.values';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'offline' }
  | { kind: 'refused'; message: string }
  | { kind: 'conflict' };

const DEBOUNCE_MS = 800;
const OFFLINE_RETRY_MS = 5000;

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
  const [values, setValuesState] = useState<SheetValues>(initial.values);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const valuesRef = useRef(values);
  const versionRef = useRef(version);
  // What the server holds, as the autosave would send it: nothing to save while they are equal.
  const savedJson = useRef(initial.dirty ? '' : JSON.stringify(savePayload(criteria, initial.values)));
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const conflict = useRef(false);
  const stopped = useRef(false);
  const alive = useRef(true);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const pendingJson = () => JSON.stringify(savePayload(criteria, valuesRef.current));
  const isDirty = () => editable && !stopped.current && (inFlight.current !== null || pendingJson() !== savedJson.current);
  const remember = (baseVersion: number) => localSheet.write(sheetId, { baseVersion, values: valuesRef.current, editedAt: new Date().toISOString() });

  const save = useCallback(
    async (options: { keepalive?: boolean } = {}): Promise<boolean> => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      while (inFlight.current) await inFlight.current;
      if (!editable || conflict.current || stopped.current) return false;
      const payload = savePayload(criteria, valuesRef.current);
      const json = JSON.stringify(payload);
      if (json === savedJson.current) return true;
      setState({ kind: 'saving' });
      const run = (async () => {
        try {
          const saved = await unwrap(
            api.PATCH('/api/v1/score-sheets/{id}', {
              params: { path: { id: sheetId }, header: { 'if-match': ifMatch(versionRef.current) } },
              body: payload,
              keepalive: options.keepalive,
            }),
          );
          versionRef.current = saved.version;
          savedJson.current = json;
          if (pendingJson() === json) localSheet.clear(sheetId);
          else remember(saved.version);
          setErrors({});
          setState({ kind: 'saved', at: new Date() });
          onSavedRef.current(saved);
          return true;
        } catch (error) {
          if (error instanceof ApiError && error.status === 409 && error.code === 'versionConflict') {
            conflict.current = true;
            setState({ kind: 'conflict' });
          } else if (error instanceof ApiError) {
            setErrors(fieldErrorsOf(error));
            setState({ kind: 'refused', message: problemMessage(error, '') });
          } else {
            // No connection: the values wait in this browser, and the save is tried again.
            setState({ kind: 'offline' });
            if (alive.current) timer.current = setTimeout(() => void save(), OFFLINE_RETRY_MS);
          }
          return false;
        } finally {
          inFlight.current = null;
        }
      })();
      inFlight.current = run;
      return run;
    },
    // pendingJson and remember read refs only.
    [sheetId, criteria, editable],
  );

  const setValues = useCallback(
    (next: SheetValues, changedPath?: string) => {
      valuesRef.current = next;
      setValuesState(next);
      if (changedPath) setErrors((e) => Object.fromEntries(Object.entries(e).filter(([path]) => path !== changedPath)));
      if (!editable || stopped.current) return;
      remember(versionRef.current);
      if (conflict.current) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), DEBOUNCE_MS);
    },
    [editable, save],
  );

  /** No more saves (the sheet was submitted or given up): what is typed from here on is not kept. */
  const stop = useCallback(() => {
    stopped.current = true;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    localSheet.clear(sheetId);
  }, [sheetId]);

  /** After a conflict: take the server's values (ours are dropped), or keep ours on top of its version. */
  const resolveConflict = useCallback(
    (latest: SavedSheet, keep: 'theirs' | 'mine') => {
      conflict.current = false;
      versionRef.current = latest.version;
      const theirs = valuesOf(latest, criteria);
      savedJson.current = JSON.stringify(savePayload(criteria, theirs));
      onSavedRef.current(latest);
      if (keep === 'theirs') {
        localSheet.clear(sheetId);
        valuesRef.current = theirs;
        setValuesState(theirs);
        setState({ kind: 'idle' });
      } else void save();
    },
    [criteria, save, sheetId],
  );

  /** The server moved the version on without changing the values (a submission). */
  const adopt = useCallback((next: number) => {
    versionRef.current = next;
  }, []);

  // Values restored from this browser go to the server at once.
  useEffect(() => {
    if (initial.dirty && editable) void save();
  }, []);

  // Leaving the page saves what is pending; closing the tab with a save still due asks first.
  useEffect(() => {
    alive.current = true;
    const onHide = () => {
      if (isDirty() && !inFlight.current) void save({ keepalive: true });
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (isDirty()) event.preventDefault();
    };
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      alive.current = false;
      if (timer.current) clearTimeout(timer.current);
      // Navigating away inside the app.
      if (isDirty() && !inFlight.current) void save({ keepalive: true });
    };
  }, [save]);

  return { values, setValues, state, errors, setErrors, save, stop, adopt, resolveConflict, version: () => versionRef.current };
}
