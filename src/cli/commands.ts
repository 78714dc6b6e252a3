import fs from 'node:fs';
import { serve } from './serve.ts';
import { createApp, openApiInfo } from '../http/app.ts';
import type { Deps } from '../http/context.ts';
import { openPrepared } from '../db/prepare.ts';
import { systemClock } from '../shared/clock.ts';
import { createLogger } from '../shared/logger.ts';
import { loadConfig } from '../shared/config.ts';
import { seedDemo } from '../features/demo/demo.seed.ts';
import { createUserFromCli, tokenForEmail } from '../features/people/person.cli.ts';
import { exportOrganizationsFromCli, importOrganizationsFromCli } from '../features/organizations/organization.cli.ts';
import { reindexOrganizations } from '../features/organizations/organization.search.ts';
import { reindexCalls } from '../features/calls/call.service.ts';
import { importLedgerFromCli } from '../features/imports/import.cli.ts';
import { workbookFromCli } from '../features/reports/workbook.cli.ts';
import { markAllDirty, refreshRollups } from '../features/dashboards/rollup.service.ts';
import { assignFromCli } from '../features/evaluation/assignment/assignment.cli.ts';
import type { Command } from './main.ts';

async function withDeps<T>(fn: (deps: Deps) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const database = await openPrepared(config);
  try {
    return await fn({ database, clock: systemClock, logger, config });
  } finally {
    await database.close();
  }
}

export function openApiDocument(): string {
  const app = createApp({} as Deps);
  return `${JSON.stringify(app.getOpenAPI31Document(openApiInfo), null, 2)}\n`;
}

function ledgerImportCommand(what: 'support-records' | 'outcomes', summary: string, usage: string): Command {
  return {
    summary,
    usage,
    options: { 'dry-run': { type: 'boolean' } },
    async run({ values, positionals }) {
      const file = positionals[0];
      if (!file) {
        process.stderr.write(`innohub import ${what}: 파일을 지정하세요 / FILE is required\n`);
        return 2;
      }
      const result = await withDeps((deps) => importLedgerFromCli(deps, what, file, { dryRun: !!values['dry-run'] }));
      (result.ok ? process.stdout : process.stderr).write(`${result.out}\n`);
      return result.ok ? 0 : 1;
    },
  };
}

export const commands: Record<string, Command> = {
  serve: {
    summary: '웹 앱과 API 서버 실행 / serve the web app and API',
    usage: 'innohub serve [--demo] [--port N] [--workers N]',
    options: { demo: { type: 'boolean' }, port: { type: 'string' }, workers: { type: 'string' } },
    async run({ values }) {
      const config = loadConfig(values.port ? { ...process.env, PORT: String(values.port) } : process.env);
      const workers = Number(values.workers ?? process.env.WORKERS ?? 1);
      if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
        process.stderr.write('innohub serve: --workers 는 1~64 / --workers takes 1 to 64\n');
        return 2;
      }
      return serve(config, { demo: !!values.demo, workers });
    },
  },
  migrate: {
    summary: '데이터베이스 스키마 적용 / apply database migrations',
    usage: 'innohub migrate',
    options: {},
    async run() {
      await withDeps(async (deps) => process.stdout.write(`migrations applied (${deps.database.kind})\n`));
      return 0;
    },
  },
  seed: {
    summary: '데모 데이터 생성 / create the demo data (--demo)',
    usage: 'innohub seed --demo',
    options: { demo: { type: 'boolean' } },
    async run({ values }) {
      if (!values.demo) {
        process.stderr.write('innohub seed: --demo 를 지정하세요 / pass --demo\n');
        return 2;
      }
      const summary = await withDeps((deps) => seedDemo(deps, { onlyIfEmpty: false }));
      process.stdout.write(`${summary}\n`);
      return 0;
    },
  },
  'user create': {
    summary: '계정 생성과 역할 부여 / create an account with a role',
    usage: 'innohub user create --email E --password P --role R [--name N] [--center NAME|--cluster NAME|--organization BRN]',
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      center: { type: 'string' },
      cluster: { type: 'string' },
      organization: { type: 'string' },
    },
    async run({ values }) {
      const line = await withDeps((deps) => createUserFromCli(deps, values as Record<string, string | undefined>));
      process.stdout.write(`${line}\n`);
      return 0;
    },
  },
  'token create': {
    summary: 'API 토큰 발급 / print a new bearer token for an account',
    usage: 'innohub token create --email E [--name LABEL]',
    options: { email: { type: 'string' }, name: { type: 'string' } },
    async run({ values }) {
      const token = await withDeps((deps) => tokenForEmail(deps, String(values.email ?? ''), String(values.name ?? 'cli')));
      process.stdout.write(`${token}\n`);
      return 0;
    },
  },
  'import organizations': {
    summary: '기업 CSV/XLSX 가져오기 (전부 또는 전무) / import organizations from CSV or XLSX, all or nothing',
    usage: 'innohub import organizations FILE [--center NAME|--cluster NAME] [--dry-run]',
    options: { center: { type: 'string' }, cluster: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    async run({ values, positionals }) {
      const file = positionals[0];
      if (!file) {
        process.stderr.write('innohub import organizations: 파일을 지정하세요 / FILE is required\n');
        return 2;
      }
      const result = await withDeps((deps) =>
        importOrganizationsFromCli(deps, file, { center: values.center as string | undefined, cluster: values.cluster as string | undefined, dryRun: !!values['dry-run'] }),
      );
      (result.ok ? process.stdout : process.stderr).write(`${result.out}\n`);
      return result.ok ? 0 : 1;
    },
  },
  'import support-records': ledgerImportCommand(
    'support-records',
    '지원 기록 CSV/XLSX 가져오기 (전부 또는 전무, 같은 파일을 다시 가져와도 한 번만) / import the support ledger, all or nothing; the same file twice counts once',
    'innohub import support-records FILE [--dry-run]   (columns: businessRegistrationNumber, center, kind, date, valueKRW, program, note — or 사업자등록번호, 센터, 지원유형, 지원일, 지원금액, 사업명, 비고)',
  ),
  'import outcomes': ledgerImportCommand(
    'outcomes',
    '성과 CSV/XLSX 가져오기 (전부 또는 전무) / import outcome figures, all or nothing',
    'innohub import outcomes FILE [--dry-run]   (columns: businessRegistrationNumber, period, metric, value, note — or 사업자등록번호, 기간, 지표, 값, 비고)',
  ),
  'export organizations': {
    summary: '기업 목록 내보내기 / export organizations as XLSX or CSV',
    usage: 'innohub export organizations [--format xlsx|csv] [--center NAME] [--output FILE]',
    options: { format: { type: 'string' }, output: { type: 'string' }, center: { type: 'string' } },
    async run({ values }) {
      const format = (values.format ?? 'xlsx') as string;
      if (format !== 'xlsx' && format !== 'csv') {
        process.stderr.write('innohub export organizations: --format 는 xlsx 또는 csv / --format must be xlsx or csv\n');
        return 2;
      }
      const file = await withDeps((deps) => exportOrganizationsFromCli(deps, format, values.center as string | undefined));
      const output = (values.output as string | undefined) ?? file.filename;
      if (output === '-') process.stdout.write(file.data);
      else {
        fs.writeFileSync(output, file.data);
        process.stderr.write(`${file.count} organizations → ${output}\n`);
      }
      return 0;
    },
  },
  'report workbook': {
    summary: '부처 보고용 성과 워크북(XLSX) 작성 / write the ministry workbook (XLSX) for a period',
    usage: 'innohub report workbook --from YYYY-MM-DD --to YYYY-MM-DD [--center NAME] [--lang ko|en] --output FILE   (--output - writes to stdout)',
    options: { from: { type: 'string' }, to: { type: 'string' }, center: { type: 'string' }, lang: { type: 'string' }, output: { type: 'string' } },
    async run({ values }) {
      if (typeof values.output !== 'string') {
        process.stderr.write('innohub report workbook: --output 을 지정하세요 / --output FILE is required\n');
        return 2;
      }
      const book = await withDeps((deps) => workbookFromCli(deps, values as Record<string, string | undefined>));
      if (values.output === '-') process.stdout.write(book.data);
      else {
        fs.writeFileSync(values.output, book.data);
        process.stderr.write(`${book.fileName} → ${values.output}\n`);
      }
      return 0;
    },
  },
  'rollups refresh': {
    summary: '대시보드 집계 갱신 / bring the dashboards up to date now (--rebuild: recount everything)',
    usage: 'innohub rollups refresh [--rebuild]',
    options: { rebuild: { type: 'boolean' } },
    async run({ values }) {
      const result = await withDeps(async (deps) => {
        if (values.rebuild) await markAllDirty(deps.database);
        return refreshRollups(deps.database);
      });
      process.stdout.write(`대시보드 집계 갱신 / rollups refreshed: ${result.organizationYears} organization-years, ${result.cells} cells\n`);
      return 0;
    },
  },
  'search reindex': {
    summary: '검색 색인 다시 만들기 (업그레이드 후) / recompute the search index after an upgrade',
    usage: 'innohub search reindex',
    options: {},
    async run() {
      const [result, callResult] = await withDeps(async (deps) => [
        await reindexOrganizations(deps.database, (p) => process.stderr.write(`  ${p.checked.toLocaleString('en')} checked, ${p.updated.toLocaleString('en')} updated\r`)),
        await reindexCalls(deps.database.rows),
      ]);
      process.stdout.write(`\n검색 색인 갱신 / search index rebuilt: ${result.checked} organizations checked, ${result.updated} updated; ${callResult.checked} calls checked, ${callResult.updated} updated\n`);
      return 0;
    },
  },
  assign: {
    summary: '심사위원 배정 (총 친화도 최대 또는 공정 모드, 데이터베이스 불필요) / assign judges to applications (maximum total affinity or fair; no database)',
    usage: 'innohub assign --input FILE|- [--objective total|fair] [--output FILE]   (exit 0 assigned, 1 infeasible, 2 bad input; format in docs/assignment.md)',
    options: { input: { type: 'string' }, objective: { type: 'string' }, output: { type: 'string' } },
    run: ({ values }) => assignFromCli(values),
  },
  openapi: {
    summary: 'OpenAPI 문서 출력·검사 / print or check openapi.json',
    usage: 'innohub openapi [--output FILE] [--check FILE]',
    options: { output: { type: 'string' }, check: { type: 'string' } },
    async run({ values }) {
      const doc = openApiDocument();
      if (typeof values.check === 'string') {
        const committed = fs.existsSync(values.check) ? fs.readFileSync(values.check, 'utf8') : '';
        if (committed !== doc) {
          process.stderr.write(`${values.check} is out of date: run \`npm run openapi\` and commit the result.\n`);
          return 1;
        }
        process.stdout.write(`${values.check} is up to date\n`);
        return 0;
      }
      if (typeof values.output === 'string') fs.writeFileSync(values.output, doc);
      else process.stdout.write(doc);
      return 0;
    },
  },
};
