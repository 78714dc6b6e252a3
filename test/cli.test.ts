import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCheckDigit } from '../src/features/organizations/brn.ts';
import { freshPgDatabase } from './db.ts';

/** The innohub command as a user runs it: a separate process on the same data as the server. */
const bin = path.resolve(import.meta.dirname, '../bin/innohub.mjs');
const server = process.env.INNOHUB_TEST_PG;
let env: NodeJS.ProcessEnv;
let dataDir: string;
let dropDatabase: (() => Promise<void>) | undefined;

function run(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { env: { ...env, ...extraEnv }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'innohub-cli-'));
  env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: '' };
  if (server) {
    const fresh = await freshPgDatabase(server, 'innohub_cli');
    dropDatabase = fresh.drop;
    env.DATABASE_URL = fresh.url;
  }
});

afterAll(async () => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  await dropDatabase?.();
});

// Each test starts several processes (tsx + PGlite boot); generous limits for a loaded 2-core machine.
describe('innohub command', { timeout: 120_000 }, () => {
  it('migrates, creates a user with a role in a center named by its region, and prints a token', async () => {
    expect((await run(['migrate'])).code).toBe(0);
    const created = await run(['user', 'create', '--email', 'kim@incheon.kr', '--password', 'a-good-password', '--role', 'center_manager', '--center', '인천', '--name', '김매니저']);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/created kim@incheon\.kr .* as center_manager of incheon/);
    const token = await run(['token', 'create', '--email', 'kim@incheon.kr']);
    expect(token.code).toBe(0);
    expect(token.stdout.trim()).toMatch(/^ihb_[A-Za-z0-9_-]{40,}$/);
  });

  it('says what is wrong, in Korean and English, on stderr with a non-zero exit', async () => {
    const badRole = await run(['user', 'create', '--email', 'x@y.kr', '--password', 'a-good-password', '--role', 'king']);
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toMatch(/역할/);
    const badCenter = await run(['user', 'create', '--email', 'x@y.kr', '--password', 'a-good-password', '--role', 'center_admin', '--center', '화성']);
    expect(badCenter.code).toBe(1);
    expect(badCenter.stderr).toMatch(/알 수 없는 센터입니다: 화성/);
    expect(badCenter.stderr).toMatch(/Unknown center: 화성/);
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(2);
    const help = await run(['import', 'organizations', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: innohub import organizations FILE/);
  });

  it('imports organizations all or nothing, with a dry run first, and exports them', async () => {
    const file = path.join(dataDir, 'orgs.csv');
    const good = withCheckDigit('220812345');
    fs.writeFileSync(file, `\uFEFF기업명,사업자등록번호,기업구분,지역,설립일,업종,기업소개\n인천드론물류,${good},창업기업,인천,2017-03-01,52101,드론 배송\n엉터리,124-81-00999,중소기업,인천,,,\n`);
    const dry = await run(['import', 'organizations', file, '--center', '인천', '--dry-run']);
    expect(dry.code).toBe(1);
    expect(dry.stderr).toMatch(/미리보기/);
    expect(dry.stderr).toMatch(/3행 사업자등록번호: .*검증번호/);
    const refused = await run(['import', 'organizations', file, '--center', '인천']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/아무것도 저장하지 않았습니다/);
    fs.writeFileSync(file, `\uFEFF기업명,사업자등록번호,기업구분,지역,설립일,업종,기업소개\n인천드론물류,${good},창업기업,인천,2017-03-01,52101,드론 배송\n`);
    const ok = await run(['import', 'organizations', file, '--center', '인천']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/created 1/);
    const exported = await run(['export', 'organizations', '--format', 'csv', '--output', '-']);
    expect(exported.code).toBe(0);
    expect(exported.stdout.split('\r\n')[0]).toBe('\uFEFF기업명,사업자등록번호,기업구분,지역,설립일,업종,기업소개,성장단계,대표자,주요제품,보유기술,홈페이지,이메일,전화번호');
    expect(exported.stdout).toContain('인천드론물류');
    const reindexed = await run(['search', 'reindex']);
    expect(reindexed.code).toBe(0);
    expect(reindexed.stdout).toMatch(/1 organizations checked, 0 updated/);

    // The support ledger and outcomes of that organization; the same file twice counts once.
    const ledger = path.join(dataDir, 'support.csv');
    fs.writeFileSync(ledger, `사업자등록번호,센터,지원유형,지원일,지원금액,사업명,비고\n${good},인천,멘토링,2025-03-02,"1,500,000",물류 액셀러레이팅,\n`);
    const imported = await run(['import', 'support-records', ledger]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/new 1, changed 0, already there 0/);
    expect((await run(['import', 'support-records', ledger])).stdout).toMatch(/new 0, changed 0, already there 1/);
    const figures = path.join(dataDir, 'outcomes.csv');
    fs.writeFileSync(figures, `businessRegistrationNumber,period,metric,value,note\n${good},2025,revenue,820000000,\n${good},2025-07,investment,300000000,시드\n999-99-99999,2025,revenue,1,\n`);
    const badFigures = await run(['import', 'outcomes', figures]);
    expect(badFigures.code).toBe(1);
    expect(badFigures.stderr).toMatch(/4행 사업자등록번호: 등록되지 않은 사업자등록번호입니다/);
    fs.writeFileSync(figures, `businessRegistrationNumber,period,metric,value,note\n${good},2025,revenue,820000000,\n${good},2025-07,investment,300000000,시드\n`);
    expect((await run(['import', 'outcomes', figures])).stdout).toMatch(/new 2/);
  });

  it('writes the ministry workbook of a period, national or one center, for batch use', async () => {
    const output = path.join(dataDir, 'workbook.xlsx');
    const made = await run(['report', 'workbook', '--from', '2025-01-01', '--to', '2025-12-31', '--output', output]);
    expect(made.stderr).toMatch(/성과보고_전국_2025-01-01_2025-12-31\.xlsx → /);
    expect(made.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(output);
    expect(book.worksheets.map((s) => s.name)).toEqual(['작성 기준', '총괄', '센터별', '사업별', '기업별']);
    const summary = new Map(book.getWorksheet('총괄')!.getSheetValues().flatMap((r) => (Array.isArray(r) ? [[r[1], r[2]] as const] : [])));
    expect([summary.get('지원 기업 (창업기업)'), summary.get('매출액'), summary.get('투자 유치액')]).toEqual([1, 820_000_000, 300_000_000]);
    expect(book.getWorksheet('작성 기준')!.getCell('B4').value).toBe('innohub <system@innohub>');

    const center = await run(['report', 'workbook', '--from', '2025-01-01', '--to', '2025-12-31', '--center', '인천', '--lang', 'en', '--output', output]);
    expect(center.code, center.stderr).toBe(0);
    await book.xlsx.readFile(output);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Counting rules', 'Summary', 'By program', 'By company']);

    const noOutput = await run(['report', 'workbook', '--from', '2025-01-01', '--to', '2025-12-31']);
    expect(noOutput.code).toBe(2);
    expect(noOutput.stderr).toMatch(/--output/);
    const badDate = await run(['report', 'workbook', '--from', '2025-13-01', '--to', '2025-12-31', '--output', output]);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toMatch(/날짜/);
  });

  it('brings the dashboards up to date, or recounts them all', async () => {
    const refreshed = await run(['rollups', 'refresh']);
    expect(refreshed.code, refreshed.stderr).toBe(0);
    const rebuilt = await run(['rollups', 'refresh', '--rebuild']);
    expect(rebuilt.stdout).toMatch(/rollups refreshed: 1 organization-years, [1-9]\d* cells/);
  });

  it.skipIf(!!server)('refuses to touch an embedded data folder a running server holds', async () => {
    const child: ChildProcess = spawn(process.execPath, [bin, 'serve', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('server did not start')), 30_000);
        child.stdout!.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('innohub: http://')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      const blocked = await run(['user', 'create', '--email', 'late@incheon.kr', '--password', 'a-good-password', '--role', 'expert', '--center', 'incheon']);
      expect(blocked.code).toBe(1);
      expect(blocked.stderr).toMatch(/사용 중입니다/);
      expect(blocked.stderr).toMatch(/Nothing was changed/);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    const after = await run(['token', 'create', '--email', 'late@incheon.kr']);
    expect(after.code).toBe(1);
    expect(after.stderr).toMatch(/알 수 없는 사람/);
  });

  it('serves from several processes on PostgreSQL (one port, jobs in one of them) and refuses that on the embedded database', async () => {
    if (!server) {
      const refused = await run(['serve', '--port', '0', '--workers', '2']);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/DATABASE_URL/);
      return;
    }
    const child: ChildProcess = spawn(process.execPath, [bin, 'serve', '--port', '0', '--workers', '2'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('server did not start')), 60_000);
        child.stdout!.on('data', (chunk: Buffer) => {
          const m = /innohub: (http:\/\/\S+) \(postgres, 2 workers\)/.exec(chunk.toString());
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!.replace('localhost', '127.0.0.1'));
          }
        });
      });
      const answers = await Promise.all(Array.from({ length: 8 }, () => fetch(`${url}/readyz`).then((r) => r.status)));
      expect(answers).toEqual(Array(8).fill(200));
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      // SIGTERM stops the workers too, and the primary then exits.
      expect(await exited).toBe(0);
    }
  });
});
