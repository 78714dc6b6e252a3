import fs from 'node:fs';
import type { Deps } from '../../http/context.ts';
import { AppError, toProblem } from '../../http/errors.ts';
import { t } from '../../shared/i18n/index.ts';
import { SYSTEM } from '../people/person.service.ts';
import type { LedgerImportResult } from './ledger-import.ts';
import { importOutcomes } from './outcome.import.ts';
import { importSupportRecords } from './support-record.import.ts';

const scope = { actor: SYSTEM, lang: 'ko' as const, requestId: 'cli' };

function describeErrors(result: LedgerImportResult): string {
  const lines: string[] = [];
  for (const row of result.rows) {
    for (const e of row.errors) {
      const label = t('ko', `fields.${e.field}`);
      lines.push(`  ${row.rowNumber}행 ${label === `fields.${e.field}` ? e.field : label}: ${t('ko', e.code, e.params)}  / row ${row.rowNumber} ${e.field}: ${t('en', e.code, e.params)}`);
    }
  }
  return lines.join('\n');
}

/** `innohub import support-records FILE [--dry-run]` and `innohub import outcomes FILE [--dry-run]`, as the national office. */
export async function importLedgerFromCli(deps: Deps, what: 'support-records' | 'outcomes', file: string, options: { dryRun: boolean }): Promise<{ out: string; ok: boolean }> {
  if (!fs.existsSync(file)) throw new Error(`파일이 없습니다 / no such file: ${file}`);
  const run = what === 'outcomes' ? importOutcomes : importSupportRecords;
  try {
    const result = await run(deps, scope, fs.readFileSync(file), { dryRun: options.dryRun });
    const s = result.summary;
    const counts = `새로 ${s.create}, 수정 ${s.update}, 이미 있음 ${s.unchanged}, 오류 ${s.errors} / new ${s.create}, changed ${s.update}, already there ${s.unchanged}, errors ${s.errors}`;
    const head = result.dryRun ? `미리보기 (저장하지 않음) / preview, nothing written: ${s.rows} rows — ${counts}` : `가져오기 완료 / imported: ${s.rows} rows — ${counts}`;
    return { out: [head, describeErrors(result)].filter(Boolean).join('\n'), ok: s.errors === 0 };
  } catch (error) {
    if (error instanceof AppError && error.code === 'importInvalid') {
      const result = error.extra as unknown as LedgerImportResult;
      return { out: `${toProblem(error, 'ko').title}\n${t('en', 'errors.importInvalid', { count: result.summary.errors })}\n${describeErrors(result)}`, ok: false };
    }
    throw error;
  }
}
