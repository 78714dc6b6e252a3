import type { TFunction } from 'i18next';
import type { useLabels } from '../../i18n/labels';
import type { EligibilityRules, RuleKey } from './call-eligibility.values';

type Labels = ReturnType<typeof useLabels>;

/** Today in Korea: 2026-05-20. */
export const seoulToday = (now = new Date()) => new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);

/** The day N years before `today` plus one, as the server counts "within N years". */
function cutoff(today: string, years: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y - years, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** 1950000000 → 19억 5,000만 원, exact to the won, as the server states amounts. */
function wonKo(amount: number): string {
  const group = (x: number) => x.toLocaleString('ko-KR');
  const eok = Math.floor(amount / 1e8);
  const man = Math.floor((amount % 1e8) / 1e4);
  const won = amount % 1e4;
  const parts = [eok ? `${group(eok)}억` : '', man ? `${group(man)}만` : '', won ? group(won) : ''].filter(Boolean);
  return `${parts.join(' ') || '0'} 원`;
}

/**
 * The rules in the words applicants will read, for rules not saved yet. The server writes the
 * saved call's statements (call.eligibility.ts `statements`); these say the same, as of today.
 */
export function previewStatements(rules: EligibilityRules, t: TFunction, labels: Labels, lang: string, today = seoulToday()): { rule: RuleKey; text: string }[] {
  const en = lang === 'en';
  const out: { rule: RuleKey; text: string }[] = [];
  const list = (items: string[]) => items.join(', ');
  if (rules.maxYearsInBusiness) {
    out.push({ rule: 'maxYearsInBusiness', text: t('eligibility.statement.maxYearsInBusiness', { years: rules.maxYearsInBusiness, from: cutoff(today, rules.maxYearsInBusiness) }) });
  }
  if (rules.organizationKinds) out.push({ rule: 'organizationKinds', text: t('eligibility.statement.organizationKinds', { kinds: list(rules.organizationKinds.map(labels.kind)) }) });
  if (rules.regions) out.push({ rule: 'regions', text: t('eligibility.statement.regions', { regions: list(rules.regions.map(labels.region)) }) });
  if (rules.ksicPrefixes) out.push({ rule: 'ksicPrefixes', text: t('eligibility.statement.ksicPrefixes', { prefixes: list(rules.ksicPrefixes) }) });
  if (rules.founderMaxAge) {
    out.push({ rule: 'founderMaxAge', text: t('eligibility.statement.founderMaxAge', { age: rules.founderMaxAge, from: cutoff(today, rules.founderMaxAge + 1) }) });
  }
  if (rules.maxRevenueKRW !== undefined) {
    const amount = en ? `₩${rules.maxRevenueKRW.toLocaleString('en')}` : wonKo(rules.maxRevenueKRW);
    out.push({ rule: 'maxRevenueKRW', text: t('eligibility.statement.maxRevenueKRW', { amount }) });
  }
  for (const r of rules.notSupportedWithin ?? []) {
    const kind = r.supportKind ? labels.supportKind(r.supportKind) : null;
    const parts = [r.program ? `'${r.program}'` : null, kind ? t('eligibility.statement.supportOfKind', { kind: en ? kind.toLowerCase() : kind }) : null].filter(Boolean);
    const what = parts.join(t('eligibility.statement.supportJoin')) || t('eligibility.statement.supportAny');
    out.push({ rule: 'notSupportedWithin', text: t('eligibility.statement.notSupportedWithin', { what, years: r.years, from: cutoff(today, r.years) }) });
  }
  return out;
}
