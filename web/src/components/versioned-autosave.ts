import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { fieldErrorsOf, problemMessage } from '../api/form-errors';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'offline' }
  | { kind: 'refused'; message: string }
  | { kind: 'conflict' };

/** This browser's copy of values not yet saved; `baseVersion` is the record's version they were typed on. */
export type LocalCopy<V> = { baseVersion: number; values: V; editedAt: string };

const OFFLINE_RETRY_MS = 5000;

type Options<V, P, T extends { version: number }> = {
  /** The record saved. */
  id: string;
  /** The values to start from, and whether they differ from the server's (restored from this browser: saved at once). */
  initial: { values: V; dirty?: boolean };
  /** The record's version the values start on. */
  version: number;
  editable: boolean;
  /** How long after the last change a save starts. */
  debounceMs: number;
  /** What a save sends for the values; nothing is sent while it equals the last one saved. */
  payloadOf: (values: V) => P;
  /** The PATCH, with If-Match: `version`; it answers the saved record. */
  patch: (request: { id: string; version: number; payload: P; keepalive?: boolean }) => Promise<T>;
  /** The values a saved record holds (taken after a conflict). */
  valuesOf: (saved: T) => V;
  /** Where this browser keeps the values until the server has them. */
  local: { write: (id: string, copy: LocalCopy<V>) => void; clear: (id: string) => void };
  onSaved: (saved: T) => void;
};

/**
 * Autosave of a versioned record: `debounceMs` after typing stops, when the page is left, and
 * before a submission (`save()`). Each save sends If-Match with the version it started from; when
 * another tab saved first (409) nothing is overwritten until the user chooses (`resolveConflict`).
 * A refused save marks its fields; without a connection the save is tried again every few seconds.
 * Values not yet saved stay in this browser (`local`) until the server has them.
 */
export function useVersionedAutosave<V, P, T extends { version: number }>(options: Options<V, P, T>) {
  const { id, initial, editable } = options;
  const [values, setValuesState] = useState<V>(initial.values);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const valuesRef = useRef(values);
  const versionRef = useRef(options.version);
  // What the server holds, as the autosave would send it: nothing to save while they are equal.
  const savedJson = useRef(initial.dirty ? '' : JSON.stringify(options.payloadOf(initial.values)));
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const conflict = useRef(false);
  const stopped = useRef(false);
  const alive = useRef(true);
  // The latest callbacks: a save keeps its identity across renders, and the page-leave effect with it.
  const latest = useRef(options);
  latest.current = options;

  const pendingJson = () => JSON.stringify(latest.current.payloadOf(valuesRef.current));
  const isDirty = () => editable && !stopped.current && (inFlight.current !== null || pendingJson() !== savedJson.current);
  const remember = (baseVersion: number) => latest.current.local.write(id, { baseVersion, values: valuesRef.current, editedAt: new Date().toISOString() });

  const save = useCallback(
    async (saveOptions: { keepalive?: boolean } = {}): Promise<boolean> => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      while (inFlight.current) await inFlight.current;
      if (!editable || conflict.current || stopped.current) return false;
      const payload = latest.current.payloadOf(valuesRef.current);
      const json = JSON.stringify(payload);
      if (json === savedJson.current) return true;
      setState({ kind: 'saving' });
      const run = (async () => {
        try {
          const saved = await latest.current.patch({ id, version: versionRef.current, payload, keepalive: saveOptions.keepalive });
          versionRef.current = saved.version;
          savedJson.current = json;
          if (pendingJson() === json) latest.current.local.clear(id);
          else remember(saved.version);
          setErrors({});
          setState({ kind: 'saved', at: new Date() });
          latest.current.onSaved(saved);
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
    [id, editable],
  );

  /** New values; `changedPath` (an API field path) loses its error and those below it. */
  const setValues = useCallback(
    (next: V, changedPath?: string) => {
      valuesRef.current = next;
      setValuesState(next);
      if (changedPath) setErrors((e) => Object.fromEntries(Object.entries(e).filter(([path]) => path !== changedPath && !path.startsWith(`${changedPath}.`))));
      if (!editable || stopped.current) return;
      remember(versionRef.current);
      if (conflict.current) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), latest.current.debounceMs);
    },
    [editable, save],
  );

  /** No more saves (the record was submitted or given up): what is typed from here on is not kept. */
  const stop = useCallback(() => {
    stopped.current = true;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    latest.current.local.clear(id);
  }, [id]);

  /** After a conflict: take the server's values (ours are dropped), or keep ours on top of its version. */
  const resolveConflict = useCallback(
    (saved: T, keep: 'theirs' | 'mine') => {
      conflict.current = false;
      versionRef.current = saved.version;
      const theirs = latest.current.valuesOf(saved);
      savedJson.current = JSON.stringify(latest.current.payloadOf(theirs));
      latest.current.onSaved(saved);
      if (keep === 'theirs') {
        latest.current.local.clear(id);
        valuesRef.current = theirs;
        setValuesState(theirs);
        setState({ kind: 'idle' });
      } else void save();
    },
    [id, save],
  );

  /** The server moved the version on without changing the values (a submission, a withdrawal). */
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
      // Navigating away inside the app.
      if (isDirty() && !inFlight.current) void save({ keepalive: true });
    };
  }, [save]);

  return { values, setValues, state, errors, setErrors, save, stop, resolveConflict, adopt, isDirty, version: () => versionRef.current };
}
