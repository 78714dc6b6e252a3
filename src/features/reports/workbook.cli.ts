import type { Deps } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { DateString } from '../../http/schemas.ts';
import type { Lang } from '../../shared/i18n/index.ts';
import { resolveCenter } from '../centers/center.service.ts';
import { SYSTEM } from '../people/person.service.ts';
import { buildMinistryWorkbook, type MinistryWorkbook } from './workbook.ts';

/** `innohub report workbook --from D --to D [--center NAME] [--lang en]`, as the national office (batch use). */
export async function workbookFromCli(deps: Deps, options: { from?: string; to?: string; center?: string; lang?: string }): Promise<MinistryWorkbook> {
  const fields = (['from', 'to'] as const).filter((f) => !DateString.safeParse(options[f] ?? '').success);
  if (fields.length) throw AppError.validation(fields.map((path) => ({ path, key: 'validation.invalidDate' })));
  const lang: Lang = options.lang === 'en' ? 'en' : 'ko';
  const centerId = options.center ? await resolveCenter(deps.database.db, options.center) : undefined;
  if (options.center && !centerId) throw new AppError('unknownCenter', { value: options.center });
  return buildMinistryWorkbook(deps, { actor: SYSTEM, lang, requestId: 'cli' }, { from: options.from!, to: options.to!, lang, centerId });
}
