import { useCallback } from 'react';
import { api, unwrap } from '../../api/client';
import { useVersionedAutosave, type LocalCopy } from '../../components/versioned-autosave';
import { draftPayload, type Answers, type FormDefinition } from './application-form.rules';
import { localDraft } from './application.local';
import type { Application } from './application.queries';

export type { SaveState } from '../../components/versioned-autosave';

const patchDraft = ({ id, version, payload, keepalive }: { id: string; version: number; payload: Answers; keepalive?: boolean }) =>
  unwrap(api.PATCH('/api/v1/applications/{id}', { params: { path: { id }, header: { 'if-match': `"${version}"` } }, body: { answers: payload }, keepalive }));

const local = {
  write: (id: string, { baseVersion, values, editedAt }: LocalCopy<Answers>) => localDraft.write(id, { baseVersion, answers: values, editedAt }),
  clear: localDraft.clear,
};

const answersOf = (app: Application) => app.answers;

/**
 * Autosave of an application's draft: a moment (1.2 s) after typing stops, when the page is left,
 * and before a submission. Each save sends If-Match with the version it started from; when another
 * tab saved newer answers (409) nothing is overwritten until the user chooses. Unsaved answers
 * are kept in this browser meanwhile (application.local.ts).
 */
export function useAutosave({ application, form, editable, onSaved }: { application: Application; form: FormDefinition; editable: boolean; onSaved: (app: Application) => void }) {
  const autosave = useVersionedAutosave({
    id: application.id,
    initial: { values: application.answers },
    version: application.version,
    editable,
    debounceMs: 1200,
    payloadOf: (answers: Answers) => draftPayload(form, answers),
    patch: patchDraft,
    valuesOf: answersOf,
    local,
    onSaved,
  });
  const { setValues, adopt } = autosave;
  // A changed answer's server errors go with it: answers.<key> and those below.
  const setAnswers = useCallback((next: Answers, changedKey?: string) => setValues(next, changedKey ? `answers.${changedKey}` : undefined), [setValues]);
  /** The server moved the version on without changing the answers (a submission, a withdrawal). */
  const adoptApplication = useCallback((latest: Application) => adopt(latest.version), [adopt]);

  const { values: answers, state, errors: serverErrors, setErrors: setServerErrors, save, resolveConflict, isDirty } = autosave;
  return { answers, setAnswers, state, serverErrors, setServerErrors, save, resolveConflict, adopt: adoptApplication, isDirty };
}
