import type { Schemas } from '../../api/client';
// The server's own rules (src/features/forms/form.answers.ts), so the user learns of a problem as they type.
import { checkValue, isEmpty, isShown } from '../../../../src/features/forms/form.answers.ts';

export type FormDefinition = Schemas['FormDefinition'];
export type FormField = Schemas['FormField'];
export type Answers = Record<string, unknown>;
/** A problem with one answer, keyed like the server's errors: answers.<key> or answers.<key>.<row>.<column>. */
export type Issue = { path: string; key: string; params?: Record<string, string | number> };

export { isEmpty, isShown };

export const fieldsOf = (form: FormDefinition) => form.sections.flatMap((s) => s.fields);

/**
 * Checks answers as the server will: a draft may leave anything empty but may not hold a wrong
 * value; `final` (submission) also wants every required field that is shown.
 */
export function checkAnswers(form: FormDefinition, answers: Answers, final: boolean): Issue[] {
  const issues: Issue[] = [];
  for (const field of fieldsOf(form)) {
    const path = `answers.${field.key}`;
    const value = answers[field.key];
    if (!isShown(field, answers)) continue;
    if (isEmpty(value)) {
      if (final && field.required) issues.push({ path, key: 'validation.required' });
      continue;
    }
    if (field.type === 'choice') {
      if (!field.options?.some((o) => o.value === value)) issues.push({ path, key: 'validation.invalidType' });
    } else if (field.type === 'multiChoice') {
      if (!Array.isArray(value) || value.some((v) => !field.options?.some((o) => o.value === v))) issues.push({ path, key: 'validation.invalidType' });
      else if (field.maxSelections && value.length > field.maxSelections) issues.push({ path, key: 'validation.tooManySelections', params: { maximum: field.maxSelections } });
    } else if (field.type === 'table') {
      if (!Array.isArray(value)) {
        issues.push({ path, key: 'validation.invalidType' });
        continue;
      }
      if (field.maxRows && value.length > field.maxRows) issues.push({ path, key: 'validation.tooManyRows', params: { maximum: field.maxRows } });
      (value as Record<string, unknown>[]).forEach((row, r) => {
        for (const column of field.columns ?? []) {
          const cell = row[column.key];
          const cellPath = `${path}.${r}.${column.key}`;
          if (isEmpty(cell)) {
            if (final && column.required) issues.push({ path: cellPath, key: 'validation.required' });
            continue;
          }
          const problem = checkValue(column.type, cell, {});
          if (problem) issues.push({ path: cellPath, ...problem });
        }
      });
    } else if (field.type === 'file') {
      // The ids of files uploaded to this application; whether each is known is the server's to judge.
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) issues.push({ path, key: 'validation.invalidType' });
    } else {
      const problem = checkValue(field.type, value, field);
      if (problem) issues.push({ path, ...problem });
    }
  }
  return issues;
}

/** The answers without empty values and keys the form does not ask, the way they are compared and stored. */
export function cleanAnswers(form: FormDefinition, answers: Answers): Answers {
  const out: Answers = {};
  for (const field of fieldsOf(form)) {
    let value = answers[field.key];
    if (field.type === 'table' && Array.isArray(value)) {
      value = (value as Record<string, unknown>[]).map((row) => Object.fromEntries(Object.entries(row).filter(([, v]) => !isEmpty(v))));
    }
    if (!isEmpty(value)) out[field.key] = value;
  }
  return out;
}

/**
 * What the autosave sends: the clean answers less the values the server would refuse (they stay
 * on screen, marked, and in this browser until they are fixed), so the rest is saved meanwhile.
 */
export function draftPayload(form: FormDefinition, answers: Answers): Answers {
  const clean = cleanAnswers(form, answers);
  for (const issue of checkAnswers(form, clean, false)) {
    const [, key, row, column] = issue.path.split('.');
    if (!key) continue;
    const value = clean[key];
    if (row !== undefined && column !== undefined && Array.isArray(value)) {
      const rows = value as Record<string, unknown>[];
      rows[Number(row)] = Object.fromEntries(Object.entries(rows[Number(row)] ?? {}).filter(([k]) => k !== column));
    } else delete clean[key];
  }
  return clean;
}
