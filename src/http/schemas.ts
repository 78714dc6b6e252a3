import { z } from '@hono/zod-openapi';
import { msg } from './errors.ts';

/** A calendar date, YYYY-MM-DD, that exists. */
export const DateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, msg('validation.invalidDate'))
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, msg('validation.invalidDate'))
  .openapi({ example: '2015-07-22', format: 'date' });

/**
 * An instant to the second: `2026-12-15T18:00:00+09:00`, `…Z`, or without an offset as Korea
 * time (Asia/Seoul, the time every call and deadline is announced in).
 */
export const SeoulDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/, msg('validation.invalidDateTime'))
  .transform((s, ctx) => {
    const withSeconds = /T\d{2}:\d{2}(Z|[+-]|$)/.test(s) ? s.replace(/(T\d{2}:\d{2})/, '$1:00') : s;
    const instant = new Date(/(Z|[+-]\d{2}:\d{2})$/.test(withSeconds) ? withSeconds : `${withSeconds}+09:00`);
    const [y, mo, d, h, mi, se] = withSeconds.match(/\d+/g)!.map(Number) as [number, number, number, number, number, number];
    // Date would roll 02-30 over into March; a day must exist in its month.
    const exists = mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate() && h <= 23 && mi <= 59 && se <= 59;
    if (!exists || Number.isNaN(instant.getTime())) {
      ctx.addIssue({ code: 'custom', message: msg('validation.invalidDateTime') });
      return z.NEVER;
    }
    return instant;
  })
  .openapi({ type: 'string', example: '2026-12-15T18:00:00+09:00', description: 'Korea time when no offset is given.' });

// Control characters (other than tab and newlines) never belong in user text.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Trimmed single- or multi-line text without control characters. */
export const Text = (max: number, min = 0) => {
  const base = z.string().trim().max(max);
  return (min > 0 ? base.min(min) : base).refine((s) => !CONTROL.test(s), msg('validation.noControlChars'));
};

export const Limit = z.coerce.number().int().min(1).max(200).default(50).openapi({ description: 'Page size, 1–200.' });
export const Cursor = z.string().max(500).optional().openapi({ description: 'Opaque cursor from `nextCursor` of the previous page.' });

export const pageOf = <T extends z.ZodType>(item: T, name: string) =>
  z
    .object({
      items: z.array(item),
      nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page.'),
      total: z.number().int().describe('Number of records matching the filters.'),
      totalExact: z.boolean().optional().describe('false when `total` is a lower bound: a search over very common words counts matches up to 10,000.'),
    })
    .openapi(name);

export const IdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export const IfMatchHeader = z.object({
  'if-match': z
    .string()
    .optional()
    .openapi({ param: { name: 'if-match', in: 'header' }, description: 'The ETag of the version being edited.' }),
});

/** Cursor pages: a base64url JSON of the last row's sort key. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T>(cursor: string | undefined, check: (v: unknown) => v is T): T | undefined {
  if (!cursor) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (check(value)) return value;
  } catch {
    // fall through
  }
  return undefined;
}
