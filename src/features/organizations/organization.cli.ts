import fs from 'node:fs';
import type { Deps } from '../../http/context.ts';
import { AppError, toProblem } from '../../http/errors.ts';
import { t } from '../../shared/i18n/index.ts';
import { resolveCenter } from '../centers/center.service.ts';
import { resolveCluster } from '../clusters/cluster.service.ts';
import { SYSTEM } from '../people/person.service.ts';
import { exportOrganizations, type ExportFormat } from './organization.export.ts';
import { importOrganizations, type ImportResult } from './organization.import.ts';

const scope = { actor: SYSTEM, lang: 'ko' as const, requestId: 'cli' };

function describeRows(result: ImportResult): string {
  const lines: string[] = [];
  for (const row of result.rows) {
    if (row.action !== 'error') continue;
    for (const e of row.errors) {
      const label = t('ko', `fields.${e.field}`);
      lines.push(`  ${row.rowNumber}행 ${label === `fields.${e.field}` ? e.field : label}: ${t('ko', e.code, e.params)}  / row ${row.rowNumber} ${e.field} ${t('en', e.code, e.params)}`);
    }
  }
  return lines.join('\n');
}

/** `innohub import organizations FILE [--center NAME|--cluster NAME] [--dry-run]` */
export async function importOrganizationsFromCli(deps: Deps, file: string, options: { center?: string; cluster?: string; dryRun: boolean }): Promise<{ out: string; ok: boolean }> {
  if (!fs.existsSync(file)) throw new Error(`파일이 없습니다 / no such file: ${file}`);
  const centerId = options.center ? await resolveCenter(deps.database.db, options.center) : undefined;
  if (options.center && !centerId) throw new AppError('unknownCenter', { value: options.center });
  const clusterId = options.cluster ? await resolveCluster(deps.database.db, options.cluster) : undefined;
  if (options.cluster && !clusterId) throw new AppError('unknownCluster', { value: options.cluster });
  try {
    const result = await importOrganizations(deps, scope, fs.readFileSync(file), { centerId, clusterId, dryRun: options.dryRun });
    const s = result.summary;
    const head = result.dryRun
      ? `미리보기 (저장하지 않음) / preview, nothing written: ${s.rows} rows — create ${s.create}, update ${s.update}, errors ${s.errors}`
      : `가져오기 완료 / imported: ${s.rows} rows — created ${s.create}, updated ${s.update}`;
    return { out: [head, describeRows(result)].filter(Boolean).join('\n'), ok: s.errors === 0 };
  } catch (error) {
    if (error instanceof AppError && error.code === 'importInvalid') {
      const result = error.extra as unknown as ImportResult;
      const problem = toProblem(error, 'ko');
      return { out: `${problem.title}\n${t('en', 'errors.importInvalid', { count: result.summary.errors })}\n${describeRows({ ...result, rows: result.rows })}`, ok: false };
    }
    throw error;
  }
}

/** `innohub export organizations [--format xlsx|csv] [--output FILE]` */
export async function exportOrganizationsFromCli(deps: Deps, format: ExportFormat, center?: string): Promise<{ data: Buffer; filename: string; count: number }> {
  const centerId = center ? await resolveCenter(deps.database.db, center) : undefined;
  if (center && !centerId) throw new AppError('unknownCenter', { value: center });
  return exportOrganizations(deps, scope, { centerId }, format);
}
