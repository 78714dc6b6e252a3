import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, unwrap } from '../../api/client';
import { fieldErrorsOf, problemMessage } from '../../api/form-errors';
import { cleanAnswers, draftPayload, type Answers, type FormDefinition } from './application-form.rules';
import { localDraft } from './application.local';
import type { Application } from './application.queries';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'offline' }
  | { kind: 'refused'; message: string }
  | { kind: 'conflict' };

const DEBOUNCE_MS = 1200;
const OFFLINE_RETRY_MS = 5000;

/**
 * Autosave of an application's draft: a moment after typing stops, when the page is left, and
 * before a submission. Each save sends If-Match with the version it started from; when another
 * tab saved newer answers (409) nothing is overwritten until the user chooses. Unsaved answers
 * are kept in this browser meanwhile.
 */
export function useAutosave({ application, form, editable, onSaved }: { application: Application; form: FormDefinition; editable: boolean; onSaved: (app: Application) => void }) {
  const [answers, setAnswersState] = useState<Answers>(application.answers);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const answersRef = useRef(answers);
  const versionRef = useRef(application.version);
  // What the server holds, as the autosave would send it: nothing to save while they are equal.
  const savedJson = useRef(JSON.stringify(draftPayload(form, application.answers)));
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const conflict = useRef(false);
  const alive = useRef(true);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const pendingJson = () => JSON.stringify(draftPayload(form, answersRef.current));
  const isDirty = () => editable && (inFlight.current !== null || pendingJson() !== savedJson.current);

  const save = useCallback(
    async (options: { keepalive?: boolean } = {}): Promise<boolean> => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      while (inFlight.current) await inFlight.current;
      if (!editable || conflict.current) return false;
      const payload = draftPayload(form, answersRef.current);
      const json = JSON.stringify(payload);
      if (json === savedJson.current) return true;
      setState({ kind: 'saving' });
      const run = (async () => {
        try {
          const saved = await unwrap(
            api.PATCH('/api/v1/applications/{id}', {
              params: { path: { id: application.id }, header: { 'if-match': `"${versionRef.current}"` } },
              body: { answers: payload },
              keepalive: options.keepalive,
            }),
          );
          versionRef.current = saved.version;
          savedJson.current = json;
          if (pendingJson() === json) localDraft.clear(application.id);
          else localDraft.write(application.id, { baseVersion: saved.version, answers: answersRef.current, editedAt: new Date().toISOString() });
          setServerErrors({});
          setState({ kind: 'saved', at: new Date() });
          onSavedRef.current(saved);
          return true;
        } catch (error) {
          if (error instanceof ApiError && error.status === 409 && error.code === 'versionConflict') {
            conflict.current = true;
            setState({ kind: 'conflict' });
          } else if (error instanceof ApiError) {
            setServerErrors(fieldErrorsOf(error));
            setState({ kind: 'refused', message: problemMessage(error, '') });
          } else {
            // No connection: the answers wait in this browser, and the save is tried again.
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
    [application.id, editable, form],
  );

  const setAnswers = useCallback(
    (next: Answers, changedKey?: string) => {
      answersRef.current = next;
      setAnswersState(next);
      if (changedKey) setServerErrors((errors) => Object.fromEntries(Object.entries(errors).filter(([path]) => path !== `answers.${changedKey}` && !path.startsWith(`answers.${changedKey}.`))));
      if (!editable) return;
      localDraft.write(application.id, { baseVersion: versionRef.current, answers: next, editedAt: new Date().toISOString() });
      if (conflict.current) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), DEBOUNCE_MS);
    },
    [application.id, editable, save],
  );

  /** After a conflict: take the server's answers (ours are dropped), or keep ours on top of its version. */
  const resolveConflict = useCallback(
    (latest: Application, keep: 'theirs' | 'mine') => {
      conflict.current = false;
      versionRef.current = latest.version;
      savedJson.current = JSON.stringify(draftPayload(form, latest.answers));
      onSavedRef.current(latest);
      if (keep === 'theirs') {
        localDraft.clear(application.id);
        answersRef.current = latest.answers;
        setAnswersState(latest.answers);
        setState({ kind: 'idle' });
      } else void save();
    },
    [application.id, form, save],
  );

  /** The server moved the version on without changing the answers (a submission, a withdrawal). */
  const adopt = useCallback((latest: Application) => {
    versionRef.current = latest.version;
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

  return { answers, setAnswers, state, serverErrors, setServerErrors, save, resolveConflict, adopt, isDirty, clean: () => cleanAnswers(form, answersRef.current) };
}
