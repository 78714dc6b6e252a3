import type { TFunction } from 'i18next';
import type { Schemas } from '../../api/client';
import { fieldErrorsOf } from '../../api/form-errors';
import { eligibilityErrorPath, eligibilityValidate, eligibilityValuesOf, emptyEligibilityValues, rulesOf, type EligibilityFormValues } from './call-eligibility.values';
import type { Call } from './call.codes';
import { seoulInputValue } from './call.time';

/** A call as the form holds it: times as Korea wall time to the minute (2026-12-15T18:00). */
export type CallFormValues = {
  title: string;
  body: string;
  opensAt: string;
  closesAt: string;
  cohortId: string | null;
  selectCount: number | string;
  contact: string;
  published: boolean;
  eligibility: EligibilityFormValues;
};

export const emptyCallValues: CallFormValues = { title: '', body: '', opensAt: '', closesAt: '', cohortId: null, selectCount: '', contact: '', published: false, eligibility: emptyEligibilityValues };

export const valuesOf = (c: Call): CallFormValues => ({
  title: c.title,
  body: c.body,
  opensAt: seoulInputValue(c.opensAt),
  closesAt: seoulInputValue(c.closesAt),
  cohortId: c.cohort?.id ?? null,
  selectCount: c.selectCount ?? '',
  contact: c.contact,
  published: c.status !== 'draft',
  eligibility: eligibilityValuesOf(c.eligibility.rules),
});

/** The rules the server checks, so most mistakes show on their field before a round trip. */
export const callValidate = (t: TFunction) => ({
  title: (v: string) => (v.trim() ? null : t('validation.required')),
  opensAt: (v: string) => (v ? null : t('validation.required')),
  closesAt: (v: string, values: CallFormValues) => (!v ? t('validation.required') : values.opensAt && v <= values.opensAt ? t('validation.closesBeforeOpens') : null),
  selectCount: (v: number | string) => (typeof v === 'number' && v < 1 ? t('validation.tooSmall', { minimum: 1 }) : null),
  eligibility: eligibilityValidate(t),
});

/** The server's field errors keyed by the form's inputs (a list's items show on the list's input). */
export function callErrorsOf(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrorsOf(error))) out[path.startsWith('eligibility.') ? eligibilityErrorPath(path) : path] ??= message;
  return out;
}

// Without an offset the server reads the time as Korea time, which is what the form shows.
export function bodyOf(v: CallFormValues): Omit<Schemas['CallCreate'], 'programId'> {
  return {
    title: v.title.trim(),
    body: v.body,
    opensAt: v.opensAt,
    closesAt: v.closesAt,
    cohortId: v.cohortId || null,
    selectCount: typeof v.selectCount === 'number' ? v.selectCount : null,
    contact: v.contact.trim(),
    published: v.published,
    eligibility: rulesOf(v.eligibility),
  };
}

/** Only what changed, so a save does not overwrite fields nobody touched. */
export function changedBody(before: CallFormValues, after: CallFormValues): Schemas['CallUpdate'] {
  const a = bodyOf(before);
  const b = bodyOf(after);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(b) as (keyof typeof b)[]) if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) out[key] = b[key];
  return out as Schemas['CallUpdate'];
}
