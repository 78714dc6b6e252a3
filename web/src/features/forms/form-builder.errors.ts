import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { fieldErrorsOf } from '../../api/form-errors';
import type { Draft } from './form-draft';

/**
 * The server's field errors placed on the builder: `sections.0.fields.2.options` becomes the
 * options of the question with that uid, so the message stays on it however the form is
 * rearranged afterwards. Errors that name no question or section are `general`.
 */
export type BuilderErrors = { byUid: Record<string, Record<string, string>>; general: string[]; count: number };

export const noErrors: BuilderErrors = { byUid: {}, general: [], count: 0 };

/** Clearer words than the generic ones for what the builder's user did (one choice, no question…). */
function builderMessage(path: string, code: string, t: TFunction): string | undefined {
  const leaf = path.split('.').at(-1);
  if (code === 'validation.empty') {
    if (leaf === 'options') return t('formBuilder.errors.optionsTooFew');
    if (leaf === 'columns') return t('formBuilder.errors.columnsTooFew');
    if (leaf === 'fields') return t('formBuilder.errors.fieldsTooFew');
    if (leaf === 'sections') return t('formBuilder.errors.sectionsTooFew');
    if (leaf === 'ko') return t('formBuilder.errors.labelEmpty');
  }
  if (code === 'validation.duplicateValue') {
    if (leaf === 'key') return t('formBuilder.errors.keyTaken');
    if (leaf === 'options') return t('formBuilder.errors.optionValuesRepeat');
    if (leaf === 'columns') return t('formBuilder.errors.columnKeysRepeat');
  }
  if (code === 'validation.invalidFormat' && leaf === 'key') return t('formBuilder.errors.keyFormat');
  return undefined;
}

export function placeErrors(error: unknown, draft: Draft, t: TFunction): BuilderErrors {
  if (!(error instanceof ApiError) || !error.problem?.errors?.length) return noErrors;
  const messages = fieldErrorsOf(error);
  const out: BuilderErrors = { byUid: {}, general: [], count: 0 };
  for (const e of error.problem.errors) {
    const message = builderMessage(e.field, e.code, t) ?? messages[e.field] ?? e.message;
    const m = /^sections\.(\d+)(?:\.fields\.(\d+))?(?:\.(.+))?$/.exec(e.field);
    const section = m ? draft.sections[Number(m[1])] : undefined;
    const field = m?.[2] !== undefined ? section?.fields[Number(m[2])] : undefined;
    const uid = field?.uid ?? (m?.[2] === undefined ? section?.uid : undefined);
    out.count++;
    if (!uid) {
      out.general.push(e.message);
      continue;
    }
    const place = m?.[3] ?? '';
    (out.byUid[uid] ??= {})[place] ??= message;
  }
  return out;
}

/** The first message of a question's errors at one of these places (label.ko, options.1.label.ko …). */
export const errorAt = (errors: Record<string, string> | undefined, ...places: string[]) => {
  for (const p of places) if (errors?.[p]) return errors[p];
  return undefined;
};
