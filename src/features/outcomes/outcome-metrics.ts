/**
 * The outcome metrics and their periods; no dependencies, so the web app imports this file too.
 * `flow` metrics add up over a period (revenue of a year is its months' sum), `stock` metrics are
 * a state at the period's end (employees), `deal` metrics are one record per event (an investment).
 */
export const outcomeMetrics = [
  'revenue',
  'employees',
  'newHires',
  'investment',
  'exportSales',
  'overseasSubsidiaries',
  'patentApplications',
  'patentRegistrations',
  'prototypes',
  'certifications',
  'operating',
] as const;

export type OutcomeMetric = (typeof outcomeMetrics)[number];

export const metricInfo: Record<OutcomeMetric, { kind: 'flow' | 'stock' | 'deal'; unit: 'krw' | 'count' | 'flag' }> = {
  revenue: { kind: 'flow', unit: 'krw' },
  employees: { kind: 'stock', unit: 'count' },
  newHires: { kind: 'flow', unit: 'count' },
  investment: { kind: 'deal', unit: 'krw' },
  exportSales: { kind: 'flow', unit: 'krw' },
  overseasSubsidiaries: { kind: 'flow', unit: 'count' },
  patentApplications: { kind: 'flow', unit: 'count' },
  patentRegistrations: { kind: 'flow', unit: 'count' },
  prototypes: { kind: 'flow', unit: 'count' },
  certifications: { kind: 'flow', unit: 'count' },
  operating: { kind: 'stock', unit: 'flag' },
};

/** The largest value taken: ₩1,000조 for amounts, a million for counts; beyond is a typing error. */
export const maxValueOf = (metric: OutcomeMetric) => (metricInfo[metric].unit === 'krw' ? 1e18 : metricInfo[metric].unit === 'flag' ? 1 : 1_000_000);

export type Period = { period: string; granularity: 'year' | 'quarter' | 'month'; start: string; end: string };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `2015`, `2015-Q3` or `2015-07` (also `2015Q3`, `2015-7`, `2015.07`, `2015년 3분기`, `2015년 7월`); null when it is none of them. */
export function parsePeriod(text: string): Period | null {
  const s = text.trim();
  let m = /^(\d{4})(?:년)?$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    return y >= 1900 && y <= 2999 ? { period: `${y}`, granularity: 'year', start: `${y}-01-01`, end: `${y}-12-31` } : null;
  }
  m = /^(\d{4})\s*(?:-?\s*[Qq]\s*([1-4])|년\s*([1-4])\s*분기)$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2] ?? m[3]);
    if (y < 1900 || y > 2999) return null;
    const first = (q - 1) * 3 + 1;
    return { period: `${y}-Q${q}`, granularity: 'quarter', start: `${y}-${pad(first)}-01`, end: `${y}-${pad(first + 2)}-${lastDay(y, first + 2)}` };
  }
  m = /^(\d{4})\s*(?:[-./]\s*|년\s*)(\d{1,2})(?:월)?$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (y < 1900 || y > 2999 || mo < 1 || mo > 12) return null;
    return { period: `${y}-${pad(mo)}`, granularity: 'month', start: `${y}-${pad(mo)}-01`, end: `${y}-${pad(mo)}-${lastDay(y, mo)}` };
  }
  return null;
}
