import type { z } from 'zod';
import { fieldErrorsFromZod } from '../../../http/errors.ts';
import { t, type Lang } from '../../../shared/i18n/index.ts';
import type { Reason } from './assignment.schema.ts';

/**
 * The assignment's texts, from the shared dictionaries (`assignment.*`): infeasibility reasons
 * travel inside the JSON result in both languages, since a batch file has no request language.
 */
export function reasonText(code: Reason['code'], params: Record<string, string | number>): { ko: string; en: string } {
  return { ko: t('ko', `assignment.reasons.${code}`, params), en: t('en', `assignment.reasons.${code}`, params) };
}

/** A short list of ids for a message: the first ten, then how many more. */
export function idList(ids: readonly string[]): string {
  return ids.length <= 10 ? ids.join(', ') : `${ids.slice(0, 10).join(', ')} … (+${ids.length - 10})`;
}

/** The columns of the tuples in `affinities` and `conflicts`, by position. */
const tupleColumns: Record<string, string[]> = { affinities: ['judge', 'application', 'affinity'], conflicts: ['judge', 'application'] };

/** Each zod issue as one line: the field's path, then the message in Korean and in English. */
export function describeIssues(error: z.ZodError): string[] {
  return fieldErrorsFromZod(error).map((f) => {
    const say = (lang: Lang) => t(lang, f.key, f.params ?? {});
    const parts = f.path.split('.');
    const column = parts.length === 3 ? tupleColumns[parts[0]!]?.[Number(parts[2])] : undefined;
    const name = column ? ` (${t('ko', `assignment.columns.${column}`)} / ${t('en', `assignment.columns.${column}`)})` : '';
    return `${f.path || '(input)'}${name}: ${say('ko')} / ${say('en')}`;
  });
}
