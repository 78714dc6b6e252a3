import type { FieldError } from '../../http/errors.ts';
import type { FormDefinitionIn, FormFieldIn } from './form.schema.ts';

const DEFAULT_MAX_LENGTH = { text: 200, textarea: 4000 } as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
const validDate = (s: string) => DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/** Whether a field is asked, given the answers so far (its showIf condition). */
export function isShown(field: Pick<FormFieldIn, 'showIf'>, answers: Record<string, unknown>): boolean {
  if (!field.showIf) return true;
  const answer = answers[field.showIf.field];
  const wanted = Array.isArray(field.showIf.equals) ? field.showIf.equals : [field.showIf.equals];
  const given = Array.isArray(answer) ? answer : [answer];
  return given.some((a) => wanted.includes(a as never));
}

/** One value of a scalar field or table cell; undefined when it is fine (the web app checks as you type with it). */
export function checkValue(type: string, value: unknown, field: Partial<FormFieldIn>): Omit<FieldError, 'path'> | undefined {
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
 * Checks answers against a form version. A draft (`final` false) may leave anything empty but
 * may not hold a wrong value; a submission (`final` true) must also answer every required field
 * that is shown. Hidden fields' answers are ignored, unknown keys refused. Errors name the field
 * as `answers.<key>` (a table cell `answers.<key>.<row>.<column>`).
 */
export function checkAnswers(form: FormDefinitionIn, answers: Record<string, unknown>, final: boolean): FieldError[] {
  const errors: FieldError[] = [];
  const fields = form.sections.flatMap((s) => s.fields);
  const known = new Set(fields.map((f) => f.key));
  const unknown = Object.keys(answers).filter((k) => !known.has(k));
  if (unknown.length) errors.push({ path: 'answers', key: 'validation.unknownKeys', params: { keys: unknown.join(', ') } });
  for (const field of fields) {
    const from = errors.length;
    try {
      checkField(field, answers, final, errors);
    } finally {
      // Messages name the question as the form asks it (팀명: …), not its key.
      for (const e of errors.slice(from)) e.label ??= field.label;
    }
  }
  return errors;
}

function checkField(field: FormFieldIn, answers: Record<string, unknown>, final: boolean, errors: FieldError[]): void {
  {
    const path = `answers.${field.key}`;
    const value = answers[field.key];
    if (!isShown(field, answers)) return;
    if (isEmpty(value)) {
      if (final && field.required) errors.push({ path, key: 'validation.required' });
      return;
    }
    if (field.type === 'choice') {
      if (!field.options!.some((o) => o.value === value)) errors.push({ path, key: 'validation.invalidEnum', params: { options: field.options!.map((o) => o.value).join(', ') } });
    } else if (field.type === 'multiChoice') {
      if (!Array.isArray(value) || value.some((v) => !field.options!.some((o) => o.value === v))) {
        errors.push({ path, key: 'validation.invalidEnum', params: { options: field.options!.map((o) => o.value).join(', ') } });
      } else if (new Set(value).size !== value.length) errors.push({ path, key: 'validation.duplicateValue' });
      else if (field.maxSelections && value.length > field.maxSelections) errors.push({ path, key: 'validation.tooManySelections', params: { maximum: field.maxSelections } });
    } else if (field.type === 'table') {
      if (!Array.isArray(value) || value.some((row) => typeof row !== 'object' || row === null || Array.isArray(row))) {
        errors.push({ path, key: 'validation.invalidType' });
        return;
      }
      if (field.maxRows && value.length > field.maxRows) errors.push({ path, key: 'validation.tooManyRows', params: { maximum: field.maxRows } });
      value.forEach((row: Record<string, unknown>, r) => {
        const extra = Object.keys(row).filter((k) => !field.columns!.some((c) => c.key === k));
        if (extra.length) errors.push({ path: `${path}.${r}`, key: 'validation.unknownKeys', params: { keys: extra.join(', ') } });
        for (const column of field.columns!) {
          const cell = row[column.key];
          // 연도별 매출 2행 · 매출액
          const label = { ko: `${field.label.ko} ${r + 1}행 · ${column.label.ko}`, en: `${field.label.en ?? field.label.ko} row ${r + 1} · ${column.label.en ?? column.label.ko}` };
          if (isEmpty(cell)) {
            if (final && column.required) errors.push({ path: `${path}.${r}.${column.key}`, label, key: 'validation.required' });
            continue;
          }
          const problem = checkValue(column.type, cell, {});
          if (problem) errors.push({ path: `${path}.${r}.${column.key}`, label, ...problem });
        }
      });
    } else if (field.type === 'file') {
      // Uploaded files are named by their ids; whose they are is checked where they are stored.
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !UUID.test(v))) errors.push({ path, key: 'validation.invalidType' });
    } else {
      const problem = checkValue(field.type, value, field);
      if (problem) errors.push({ path, ...problem });
    }
  }
}
