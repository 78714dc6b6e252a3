/** The dashboards benchmark's results file, its targets and its part of docs/PERFORMANCE.md. */
import fs from 'node:fs';
import { ms, stats, type Stats } from './measure.ts';

export type Sampled = { name: string; group: string; path: string; who: string; stats: Stats | null; samples?: number[]; firstMs: number | null; note?: string };
export type Pair = { plain: Sampled; dashboard: { name: string; path: string; stats: Stats | null }; ratioP50: number | null; ratioP95: number | null; mismatches: string[] | null };
export type Change = { kind: string; writeMs: number; latencyMs: number | null; polls: number; note?: string };
export type Target = { target: string; limit: string; measured: string; pass: boolean | null };

export type DashboardsResults = {
  date: string;
  startedAt: string;
  finishedAt: string;
  argv: string[];
  commit: string;
  scale: number;
  size: { organizations: number; supportRecords: number; outcomeRecords: number };
  generator: number;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; postgres: string; postgresSettings: Record<string, string>; loadBefore: string; loadAfter: string };
  load: {
    steps: Partial<Record<'organizations' | 'supportRecords' | 'outcomeRecords' | 'vacuumAnalyze' | 'vacuumRollups', number>>;
    seconds: number;
    rollupBuild: { markSeconds: number; refreshSeconds: number; analyzeSeconds: number; seconds: number; organizationYears: number; refreshedOrganizationYears: number; cells: number; batches: number } | null;
    cached: boolean;
  };
  data: {
    counts: Record<'organizations' | 'affiliations' | 'support_records' | 'outcome_records' | 'centers' | 'clusters' | 'rollup_org_years' | 'rollup_org_year_scopes' | 'rollup_cells', number>;
    organizationsSupported: number;
    supportedByTwoOrMoreCenters: number;
    supportedByAClusters: number;
    outcomeStatuses: Record<string, number>;
    perYear: { year: number; support: number; outcomes: number }[];
    sizesMB: Record<string, number>;
  };
  server: { readyMs: number; restarts: number };
  dashboards: Sampled[];
  drill: Sampled[];
  pairs: Pair[];
  changes: Change[];
  workbook: { available: boolean; path: string; seconds?: number[]; bytes?: number; contentType?: string; error?: string };
  targets: Target[];
};

const LIMIT_MS = 100;
const WORKBOOK_S = 30;
/** "Within seconds", read as: every change shows within 10 s. */
const CHANGE_S = 10;

const pooled = (cases: Sampled[]) => stats(cases.flatMap((c) => c.samples ?? []));
const n = (x: number) => x.toLocaleString('en');
const mark = (p: boolean | null) => (p === null ? '–' : p ? 'pass' : '**FAIL**');

function groupTarget(label: string, cases: Sampled[]): Target {
  const all = pooled(cases);
  const measured = cases.filter((c) => c.stats);
  const worst = measured.reduce<Sampled | undefined>((w, c) => (!w || c.stats!.p95 > w.stats!.p95 ? c : w), undefined);
  const over = measured.filter((c) => c.stats!.p95 >= LIMIT_MS).length;
  const failed = cases.length - measured.length;
  return {
    target: `${label} p95 (${cases.length} cases)`,
    limit: `< ${LIMIT_MS} ms`,
    measured: `${ms(all.p95)} ms (p50 ${ms(all.p50)}; worst case ${worst ? `${worst.name} ${ms(worst.stats!.p95)}` : '–'}; ${over} of ${measured.length} over${failed ? `; ${failed} failed` : ''})`,
    pass: cases.length === 0 ? null : all.p95 < LIMIT_MS && failed === 0,
  };
}

/** The targets, the summary line and the generated markdown. */
export function dashboardsMarkdown(r: DashboardsResults, jsonPath: string): { targets: Target[]; summary: Record<string, unknown>; text: string } {
  const national = r.dashboards.filter((d) => d.group === 'national');
  const center = r.dashboards.filter((d) => d.group === 'center');
  const cluster = r.dashboards.filter((d) => d.group === 'cluster');
  const shown = r.changes.filter((c) => c.latencyMs !== null).map((c) => c.latencyMs!);
  const latency = stats(shown);
  const notShown = r.changes.length - shown.length;
  const plainNational = r.pairs.filter((p) => p.plain.name.startsWith('national'));
  const plainCenter = r.pairs.filter((p) => p.plain.name.startsWith('center'));
  const ratioOf = (ps: Pair[]) => {
    const plain = stats(ps.flatMap((p) => p.plain.samples ?? []));
    const dash = stats(ps.flatMap((p) => r.dashboards.find((d) => d.path === p.dashboard.path)?.samples ?? []));
    return { plain, dash, p50: Math.round(plain.p50 / dash.p50), p95: Math.round(plain.p95 / dash.p95) };
  };
  const rn = ratioOf(plainNational);
  const rc = ratioOf(plainCenter);
  const wbMax = r.workbook.seconds?.length ? Math.max(...r.workbook.seconds) : null;
  const mismatched = r.pairs.filter((p) => p.mismatches?.length);
  const targets: Target[] = [
    groupTarget('national dashboard', national),
    groupTarget('center dashboard', center),
    {
      target: 'plain GROUP BY (report API) ÷ dashboard',
      limit: 'reported',
      measured: `national ${ms(rn.plain.p50)} / ${ms(rn.dash.p50)} ms = ×${n(rn.p50)} at p50 (×${n(rn.p95)} at p95); centers ${ms(rc.plain.p50)} / ${ms(rc.dash.p50)} ms = ×${n(rc.p50)} (×${n(rc.p95)})`,
      pass: null,
    },
    {
      target: `a changed record on the dashboard (${r.changes.length} changes)`,
      limit: `within seconds (max < ${CHANGE_S} s)`,
      measured: shown.length ? `p50 ${(latency.p50 / 1000).toFixed(2)} s, max ${(latency.max / 1000).toFixed(2)} s${notShown ? `; ${notShown} not shown within 60 s` : ''}` : 'not measured',
      pass: shown.length ? latency.max < CHANGE_S * 1000 && notShown === 0 : null,
    },
    {
      target: `ministry workbook ${r.workbook.path.match(/from=(\d{4})/)?.[1] ?? ''}`,
      limit: `< ${WORKBOOK_S} s`,
      measured: !r.workbook.available ? 'not measured: the route does not exist yet (hook: workbook() in bench/dashboards.ts)' : r.workbook.error ? `failed: ${r.workbook.error}` : `${r.workbook.seconds!.map((s) => `${s.toFixed(1)} s`).join(', ')} (${((r.workbook.bytes ?? 0) / 1e6).toFixed(1)} MB)`,
      pass: !r.workbook.available ? null : r.workbook.error ? false : wbMax! < WORKBOOK_S,
    },
    {
      target: 'full rollup build after loading the history',
      limit: 'reported',
      measured: r.load.rollupBuild ? `${r.load.rollupBuild.seconds.toFixed(0)} s (${n(r.load.rollupBuild.organizationYears)} organization-years)` : 'not measured (reused database)',
      pass: null,
    },
  ];
  if (cluster.length) targets.splice(2, 0, { ...groupTarget('cluster dashboard', cluster), target: `cluster dashboard p95 (${cluster.length} cases, no target of its own)`, pass: null });

  const summary = {
    nationalP95Ms: pooled(national).p95,
    centerP95Ms: pooled(center).p95,
    clusterP95Ms: cluster.length ? pooled(cluster).p95 : null,
    drillP95Ms: pooled(r.drill).p95,
    plainNationalP50Ms: rn.plain.p50,
    plainCenterP50Ms: rc.plain.p50,
    ratioNationalP50: rn.p50,
    ratioCenterP50: rc.p50,
    figuresMatch: mismatched.length === 0,
    changeLatencyP50Ms: shown.length ? latency.p50 : null,
    changeLatencyMaxMs: shown.length ? latency.max : null,
    changesNotShown: notShown,
    workbookSeconds: wbMax,
    rollupBuildSeconds: r.load.rollupBuild?.seconds ?? null,
    loadSeconds: r.load.seconds,
    organizations: r.data.counts.organizations,
    supportRecords: r.data.counts.support_records,
    outcomeRecords: r.data.counts.outcome_records,
    scale: r.scale,
    date: r.date,
    commit: r.commit,
  };

  const m = r.machine;
  const c = r.data.counts;
  const lines: string[] = [
    `Run: **${r.date}** on commit \`${r.commit}\`${r.scale !== 1 ? ` (**scale ${r.scale}**, not the issue's size)` : ''}: ${n(c.organizations)} organizations, ${n(c.support_records)} support records, ${n(c.outcome_records)} outcome records (${r.data.perYear[0]?.year}–${r.data.perYear.at(-1)?.year}), ${c.centers} centers, ${c.clusters} clusters. ` +
      `Machine: ${m.cpus} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.postgres} (${Object.entries(m.postgresSettings).map(([k, v]) => `${k} ${v}`).join(', ')}), shared with other engineers' work. ` +
      `Load average before / after: ${m.loadBefore} / ${m.loadAfter}.${jsonPath ? ` Raw numbers: [\`${jsonPath}\`](../${jsonPath}).` : ''}`,
    '',
    '| target | limit | measured | result |',
    '| --- | --- | --- | --- |',
    ...targets.map((t) => `| ${t.target} | ${t.limit} | ${t.measured} | ${mark(t.pass)} |`),
    '',
  ];
  if (mismatched.length) {
    lines.push(`**The dashboard and the report API disagree** in ${mismatched.length} of ${r.pairs.length} pairs: ${mismatched.map((p) => `${p.plain.name} (${p.mismatches!.join('; ')})`).join(' · ')}.`, '');
  } else if (r.pairs.length) {
    lines.push(`The dashboards and the report API gave the same figures in all ${r.pairs.length} pairs compared.`, '');
  }

  const st = r.load.steps;
  lines.push('#### Loading the history and building the rollups', '', '| step | seconds |', '| --- | ---: |');
  if (r.load.cached) lines.push('| (a kept database was measured again: the load of the run that built it) | |');
  if (st.organizations !== undefined) lines.push(`| ${n(c.organizations)} organizations with affiliations (bench/load.ts, triggers off: no search index) | ${st.organizations.toFixed(0)} |`);
  if (st.supportRecords !== undefined) lines.push(`| support records up to ${n(r.size.supportRecords)} (unnest, triggers off) | ${st.supportRecords.toFixed(0)} |`);
  if (st.outcomeRecords !== undefined) lines.push(`| ${n(r.size.outcomeRecords)} outcome records (unnest, triggers off) | ${st.outcomeRecords.toFixed(0)} (${n(Math.round(r.size.outcomeRecords / st.outcomeRecords))} rows/s) |`);
  if (st.vacuumAnalyze !== undefined) lines.push(`| vacuum analyze | ${st.vacuumAnalyze.toFixed(0)} |`);
  const rb = r.load.rollupBuild;
  if (rb) {
    lines.push(
      `| **rollup build**: markAllDirty (${n(rb.organizationYears)} organization-years) | ${rb.markSeconds.toFixed(0)} |`,
      `| **rollup build**: refreshRollups (${rb.batches} batches, ${n(rb.cells)} cells written) | ${rb.refreshSeconds.toFixed(0)} |`,
      `| **rollup build**: analyze of the rollup tables | ${rb.analyzeSeconds.toFixed(0)} |`,
      `| **rollup build, total** | **${rb.seconds.toFixed(0)}** |`,
    );
    if (st.vacuumRollups !== undefined) lines.push(`| vacuum analyze of the rollup tables (autovacuum is off on this server) | ${st.vacuumRollups.toFixed(0)} |`);
  }
  lines.push('');
  const d = r.data;
  lines.push(
    `Data: ${n(d.organizationsSupported)} organizations supported, ${n(d.supportedByTwoOrMoreCenters)} (${((100 * d.supportedByTwoOrMoreCenters) / Math.max(1, d.organizationsSupported)).toFixed(0)} %) by two or more centers, ${n(d.supportedByAClusters)} by a cluster; ` +
      `outcome statuses ${Object.entries(d.outcomeStatuses).map(([k, v]) => `${k} ${n(v)}`).join(', ')}; rollups ${n(c.rollup_org_years)} organization-years, ${n(c.rollup_org_year_scopes)} organization-year-scopes, ${n(c.rollup_cells)} cells. ` +
      `Sizes (MB, with indexes): ${Object.entries(d.sizesMB).map(([k, v]) => `${k} ${n(v)}`).join(', ')}.`,
    '',
  );

  const table = (title: string, cases: Sampled[]) => {
    lines.push(`#### ${title}`, '', '| case | p50 ms | p95 ms | max ms | n |', '| --- | ---: | ---: | ---: | ---: |');
    for (const k of cases) lines.push(`| ${k.name} | ${k.stats ? ms(k.stats.p50) : '–'} | ${k.stats ? ms(k.stats.p95) : '–'} | ${k.stats ? ms(k.stats.max) : '–'} | ${k.stats?.n ?? 0}${k.note ? ` (${k.note})` : ''} |`);
    const all = pooled(cases);
    lines.push(`| **all samples** | **${ms(all.p50)}** | **${ms(all.p95)}** | ${ms(all.max)} | ${all.n} |`, '');
  };
  table('Dashboards over HTTP (national administrator unless noted)', r.dashboards);

  lines.push(
    '#### The plain GROUP BY over the base tables (the report API) against the dashboard',
    '',
    '| scope and year | report p50 ms | report p95 ms | first run ms | n | dashboard p50 ms | ratio p50 | ratio p95 | same figures |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const p of r.pairs) {
    const s = p.plain.stats;
    lines.push(
      `| ${p.plain.name.replace(' report', '')} | ${s ? ms(s.p50) : '–'} | ${s ? ms(s.p95) : '–'} | ${p.plain.firstMs === null ? '–' : ms(p.plain.firstMs)} | ${s?.n ?? 0}${p.plain.note ? ` (${p.plain.note})` : ''} | ${p.dashboard.stats ? ms(p.dashboard.stats.p50) : '–'} | ${p.ratioP50 === null ? '–' : `×${n(p.ratioP50)}`} | ${p.ratioP95 === null ? '–' : `×${n(p.ratioP95)}`} | ${p.mismatches === null ? '–' : p.mismatches.length ? p.mismatches.join('; ') : 'yes'} |`,
    );
  }
  lines.push('');
  table('The list behind a number (`/dashboards/organizations`, 50 per page; no target of its own)', r.drill);

  lines.push('#### A changed record on the dashboard', '', '| # | change (through the API) | write ms | on the dashboard after ms | polls | note |', '| ---: | --- | ---: | ---: | ---: | --- |');
  r.changes.forEach((k, i) => lines.push(`| ${i + 1} | ${k.kind} | ${ms(k.writeMs)} | ${k.latencyMs === null ? '–' : ms(k.latencyMs)} | ${k.polls} | ${k.note ?? ''} |`));
  if (shown.length) lines.push(`| | **p50 / max** | | **${ms(latency.p50)} / ${ms(latency.max)}** | | |`);
  lines.push('');
  return { targets, summary, text: lines.join('\n') };
}

const BEGIN = '<!-- dashboards:begin (generated by npm run bench:dashboards; edit outside these markers) -->';
const END = '<!-- dashboards:end -->';

/** Rewrites the generated part of the "Dashboards and rollups" section (appends the section when missing). */
export function updateDashboardsDoc(file: string, generated: string): void {
  // Read right before writing: others edit other sections of the file.
  const doc = fs.readFileSync(file, 'utf8');
  const i = doc.indexOf(BEGIN);
  const j = doc.indexOf(END);
  const next =
    i >= 0 && j > i
      ? `${doc.slice(0, i + BEGIN.length)}\n${generated}\n${doc.slice(j)}`
      : `${doc.trimEnd()}\n\n## Dashboards and rollups (issue 5, \`npm run bench:dashboards\`)\n\n${BEGIN}\n${generated}\n${END}\n`;
  fs.writeFileSync(file, next);
}
