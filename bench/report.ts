import fs from 'node:fs';
import type { Stats } from './measure.ts';
import { ms } from './measure.ts';
import type { GroupResult } from './scenarios.ts';

export type DbKind = 'pglite' | 'postgres';

export type DbResults = {
  load?: { organizations: number; affiliations: number; supportRecords: number; seconds: number; cached: boolean };
  search?: GroupResult;
  list?: GroupResult;
  page?: { page: Stats; organization: Stats; supportRecords: Stats };
  import?: { rows: number; previewSeconds: number; commitSeconds: number };
  startup?: { runsMs: number[]; worstMs: number };
  memory?: { rssMB: number; hwmMB: number; afterStartMB: number; afterRequests: number; restarts: number };
};

export type Results = {
  date: string;
  startedAt: string;
  finishedAt: string;
  argv: string[];
  commit: string;
  orgs: number;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; pglite: string; postgres: string | null; loadBefore: string; loadAfter: string };
  databases: Partial<Record<DbKind, DbResults>>;
  targets: Target[];
};

export type Target = { target: string; db: DbKind; limit: string; measured: string; pass: boolean | null };

const LIMITS = { search: { postgres: 50, pglite: 150 }, list: { postgres: 50, pglite: 150 }, page: 30, importS: 20, startupMs: 5_000, memoryMB: 400 };

function groupTarget(target: string, db: DbKind, g: GroupResult, limit: number): Target {
  const measured = g.cases.filter((c) => c.stats);
  const worst = Math.max(...measured.map((c) => c.stats!.p95));
  const slow = measured.filter((c) => c.stats!.p95 >= limit).length;
  const timedOut = g.cases.filter((c) => c.note?.startsWith('timed out')).length;
  const skipped = g.cases.length - measured.length;
  const notes = [`worst p95 ${ms(worst)}`, `${slow} of ${measured.length} over the limit`];
  if (timedOut) notes.push(`${timedOut} timed out`);
  if (skipped) notes.push(`${skipped} not measured`);
  const pass = g.all.p95 < limit && !timedOut ? (skipped ? null : true) : false;
  return { target, db, limit: `< ${limit} ms`, measured: `${ms(g.all.p95)} ms (p50 ${ms(g.all.p50)}; ${notes.join(', ')})`, pass };
}

/** Each target of the issue against what was measured (null when not measured in this run). */
export function evaluate(dbs: Results['databases']): Target[] {
  const out: Target[] = [];
  for (const db of ['postgres', 'pglite'] as const) {
    const r = dbs[db];
    if (!r) continue;
    if (r.search) {
      out.push(groupTarget(`search p95 (${r.search.cases.length} queries)`, db, r.search, LIMITS.search[db]));
    }
    if (r.list) {
      out.push(groupTarget(`filtered list p95 (${r.list.cases.length} lists)`, db, r.list, LIMITS.list[db]));
    }
    if (r.page) out.push({ target: 'organization page p95', db, limit: `< ${LIMITS.page} ms`, measured: `${ms(r.page.page.p95)} ms (p50 ${ms(r.page.page.p50)})`, pass: r.page.page.p95 < LIMITS.page });
    if (r.import) out.push({ target: 'import 10,000 rows', db, limit: `< ${LIMITS.importS} s`, measured: `${r.import.commitSeconds.toFixed(1)} s (preview ${r.import.previewSeconds.toFixed(1)} s)`, pass: r.import.commitSeconds < LIMITS.importS });
    if (r.startup) out.push({ target: 'start to /readyz', db, limit: `< ${LIMITS.startupMs / 1000} s`, measured: `${(r.startup.worstMs / 1000).toFixed(2)} s worst of ${r.startup.runsMs.length} (${r.startup.runsMs.map((x) => (x / 1000).toFixed(2)).join(', ')})`, pass: r.startup.worstMs < LIMITS.startupMs });
    if (r.memory) out.push({ target: 'embedded server RSS', db, limit: `< ${LIMITS.memoryMB} MB`, measured: `${r.memory.rssMB} MB after ${r.memory.afterRequests} searches (${r.memory.afterStartMB} MB after start, peak ${r.memory.hwmMB} MB${r.memory.restarts ? `; restarted ${r.memory.restarts}× after timeouts` : ''})`, pass: r.memory.hwmMB < LIMITS.memoryMB });
  }
  return out;
}

const mark = (p: boolean | null) => (p === null ? '–' : p ? 'pass' : '**FAIL**');

export function targetsTable(targets: Target[]): string {
  return ['| target | database | limit | measured | result |', '| --- | --- | --- | --- | --- |', ...targets.map((t) => `| ${t.target} | ${t.db} | ${t.limit} | ${t.measured} | ${mark(t.pass)} |`)].join('\n');
}

function groupTable(title: string, group: Partial<Record<DbKind, GroupResult>>): string {
  const dbs = (['postgres', 'pglite'] as const).filter((d) => group[d]);
  if (dbs.length === 0) return '';
  const names = group[dbs[0]!]!.cases.map((c) => c.name);
  const head = `| ${title} | matches | ${dbs.map((d) => `${d} p50 | ${d} p95`).join(' | ')} |`;
  const sep = `| --- | ---: | ${dbs.map(() => '---: | ---:').join(' | ')} |`;
  const rows = names.map((name, i) => {
    const total = group[dbs[0]!]!.cases[i]!.total;
    const cell = (c: GroupResult['cases'][number] | undefined) =>
      !c?.stats ? '– | –' : c.note?.startsWith('timed out') ? `> ${ms(c.stats.p50)} | > ${ms(c.stats.p95)}` : c.stats.n === 1 ? `${ms(c.stats.p50)} (1 run) | ${ms(c.stats.p95)}` : `${ms(c.stats.p50)} | ${ms(c.stats.p95)}`;
    return `| ${name.replace(/\|/g, '\\|')} | ${total ?? ''} | ${dbs.map((d) => cell(group[d]!.cases[i])).join(' | ')} |`;
  });
  const all = `| **all samples** | | ${dbs.map((d) => `**${ms(group[d]!.all.p50)}** | **${ms(group[d]!.all.p95)}**`).join(' | ')} |`;
  return [head, sep, ...rows, all].join('\n');
}

/** The generated part of docs/PERFORMANCE.md, between its bench markers. */
export function markdown(results: Results, jsonPath: string): string {
  const m = results.machine;
  const d = results.databases;
  const lines = [
    `Last full run: **${results.date}** on commit \`${results.commit}\`, ${results.orgs.toLocaleString('en')} organizations` +
      (d.pglite?.load ? `, ${d.pglite.load.affiliations.toLocaleString('en')} affiliations, ${d.pglite.load.supportRecords.toLocaleString('en')} support records` : '') +
      `. Machine: ${m.cpus} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}, PGlite ${m.pglite}, ${m.postgres ?? 'PostgreSQL not measured'}. ` +
      `Load average before / after: ${m.loadBefore} / ${m.loadAfter}. Raw numbers: [\`${jsonPath}\`](../${jsonPath}).`,
    '',
    targetsTable(results.targets),
    '',
    '### Search (20 results per page, national administrator)',
    '',
    groupTable('query', { postgres: d.postgres?.search, pglite: d.pglite?.search }),
    '',
    '### Filtered lists (50 per page)',
    '',
    groupTable('list', { postgres: d.postgres?.list, pglite: d.pglite?.list }),
    '',
  ];
  const page = (['postgres', 'pglite'] as const).filter((k) => d[k]?.page);
  if (page.length) {
    lines.push('### Organization page', '', '| database | page p50 | page p95 | record p95 | support records p95 |', '| --- | ---: | ---: | ---: | ---: |');
    for (const k of page) {
      const p = d[k]!.page!;
      lines.push(`| ${k} | ${ms(p.page.p50)} | ${ms(p.page.p95)} | ${ms(p.organization.p95)} | ${ms(p.supportRecords.p95)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function updateDoc(file: string, generated: string): void {
  const begin = '<!-- bench:begin (generated by npm run bench; edit outside these markers) -->';
  const end = '<!-- bench:end -->';
  const doc = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `# Performance\n\n${begin}\n${end}\n`;
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  const next = i >= 0 && j > i ? `${doc.slice(0, i + begin.length)}\n${generated}\n${doc.slice(j)}` : `${doc.trimEnd()}\n\n${begin}\n${generated}\n${end}\n`;
  fs.writeFileSync(file, next);
}

export function printTargets(targets: Target[]): void {
  const w = (s: string, n: number) => s.padEnd(n);
  console.log(`\n${w('target', 30)}${w('db', 10)}${w('limit', 10)}${w('result', 8)}measured`);
  for (const t of targets) console.log(`${w(t.target, 30)}${w(t.db, 10)}${w(t.limit, 10)}${w(t.pass === null ? '-' : t.pass ? 'pass' : 'FAIL', 8)}${t.measured}`);
}
