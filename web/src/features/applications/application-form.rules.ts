import type { Schemas } from '../../api/client';

export type FormDefinition = Schemas['FormDefinition'];
export type FormField = Schemas['FormField'];
export type Answers = Record<string, unknown>;
/** A problem with one answer, keyed like the server's errors: answers.<key> or answers.<key>.<row>.<column>. */
export type Issue = { path: string; key: string; params?: Record<string, string | number> };

// The same rules as the server's form.answers.ts, so the user learns of a problem as they type.
const DEFAULT_MAX_LENGTH = { text: 200, textarea: 4000 } as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
const validDate = (s: string) => DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

export const fieldsOf = (form: FormDefinition) => form.sections.flatMap((s) => s.fields);

/** Whether a field is asked, given the answers so far (its showIf condition). */
export function isShown(field: FormField, answers: Answers): boolean {
  if (!field.showIf) return true;
  const answer = answers[field.showIf.field];
  const wanted: unknown[] = Array.isArray(field.showIf.equals) ? field.showIf.equals : [field.showIf.equals];
  const given: unknown[] = Array.isArray(answer) ? answer : [answer];
  return given.some((a) => wanted.includes(a));
}

function checkValue(type: string, value: unknown, field: Partial<FormField>): Omit<Issue, 'path'> | undefined {
  switch (type) {
    case 'text':
    case 'textarea': {
      if (typeof value !== 'string') return { key: 'validation.invalidType' };
      const max = field.maxLength ?? DEFAULT_MAX_LENGTH[type];
      if (value.length > max) return { key: 'validation.tooLong', params: { maximum: max } };
      if (field.minLength && value.trim().length < field.minLength) return { key: 'validation.tooShort', params: { minimum: field.minLength } };
      if (CONTROL.test(value)) return { key: 'validation.noControlChars' };
      return undefined;
    }
    case 'number':
    case 'amount': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return { key: 'validation.invalidType' };
      if (type === 'amount' && !Number.isInteger(value)) return { key: 'validation.notInteger' };
      const min = field.min ?? (type === 'amount' ? 0 : undefined);
      if (min !== undefined && value < min) return { key: 'validation.tooSmall', params: { minimum: min } };
      if (field.max !== undefined && value > field.max) return { key: 'validation.tooBig', params: { maximum: field.max } };
      return undefined;
    }
    case 'date':
      return typeof value === 'string' && validDate(value) ? undefined : { key: 'validation.invalidDate' };
    case 'yesNo':
      return typeof value === 'boolean' ? undefined : { key: 'validation.invalidType' };
    default:
      return { key: 'validation.invalidType' };
  }
}

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
