import type { TFunction } from 'i18next';
import type { Schemas } from '../../api/client';
import type { OrganizationKind, Region } from '../organizations/organization.codes';
import type { SupportKind } from '../support-records/support-record.codes';

/** A call's eligibility rules as the API takes them (src/features/calls/call.eligibility.ts). */
export type EligibilityRules = Schemas['EligibilityRules'];
export type RuleKey = keyof EligibilityRules;

export const ruleKeys = ['maxYearsInBusiness', 'organizationKinds', 'regions', 'ksicPrefixes', 'founderMaxAge', 'maxRevenueKRW', 'notSupportedWithin'] as const satisfies readonly RuleKey[];

/** The server's bounds, so most mistakes show on their input before a round trip. */
export const LIMITS = { years: [1, 100], age: [15, 100], supportYears: [1, 20], revenue: [0, 1e15], ksic: 50, supportRows: 10 } as const;

export type SupportRow = { key: string; supportKind: SupportKind | null; program: string; years: number | string };

/** The rules as the dialog holds them: each rule switched on or off, its inputs kept while off. */
export type EligibilityFormValues = {
  enabled: Record<RuleKey, boolean>;
  maxYearsInBusiness: number | string;
  organizationKinds: OrganizationKind[];
  regions: Region[];
  ksicPrefixes: string[];
  founderMaxAge: number | string;
  maxRevenueKRW: number | string;
  notSupportedWithin: SupportRow[];
};

const allOff = Object.fromEntries(ruleKeys.map((k) => [k, false])) as Record<RuleKey, boolean>;

export const emptyEligibilityValues: EligibilityFormValues = {
  enabled: allOff,
  maxYearsInBusiness: '',
  organizationKinds: [],
  regions: [],
  ksicPrefixes: [],
  founderMaxAge: '',
  maxRevenueKRW: '',
  notSupportedWithin: [],
};

// Row keys only tell React the rows apart; saved rows get stable ones, so reopening the dialog is not an edit.
let nextRow = 0;
export const newSupportRow = (): SupportRow => ({ key: `new-${++nextRow}`, supportKind: null, program: '', years: 3 });

export function eligibilityValuesOf(rules: EligibilityRules): EligibilityFormValues {
  return {
    enabled: {
      maxYearsInBusiness: rules.maxYearsInBusiness !== undefined,
      organizationKinds: !!rules.organizationKinds?.length,
      regions: !!rules.regions?.length,
      ksicPrefixes: !!rules.ksicPrefixes?.length,
      founderMaxAge: rules.founderMaxAge !== undefined,
      maxRevenueKRW: rules.maxRevenueKRW !== undefined,
      notSupportedWithin: !!rules.notSupportedWithin?.length,
    },
    maxYearsInBusiness: rules.maxYearsInBusiness ?? '',
    organizationKinds: [...(rules.organizationKinds ?? [])],
    regions: [...(rules.regions ?? [])],
    ksicPrefixes: [...(rules.ksicPrefixes ?? [])],
    founderMaxAge: rules.founderMaxAge ?? '',
    maxRevenueKRW: rules.maxRevenueKRW ?? '',
    notSupportedWithin: (rules.notSupportedWithin ?? []).map((r, i) => ({ key: `saved-${i}`, supportKind: r.supportKind ?? null, program: r.program ?? '', years: r.years })),
  };
}

const num = (v: number | string) => (typeof v === 'number' ? v : undefined);

/**
 * The rules the switched-on inputs say. Saved rules come back as they were (order of kinds,
 * regions and rows kept), so a dialog saved without touching them sends the same rules.
 */
export function rulesOf(v: EligibilityFormValues): EligibilityRules {
  const out: EligibilityRules = {};
  if (v.enabled.maxYearsInBusiness && num(v.maxYearsInBusiness) !== undefined) out.maxYearsInBusiness = num(v.maxYearsInBusiness);
  if (v.enabled.organizationKinds && v.organizationKinds.length) out.organizationKinds = v.organizationKinds;
  if (v.enabled.regions && v.regions.length) out.regions = v.regions;
  if (v.enabled.ksicPrefixes && v.ksicPrefixes.length) out.ksicPrefixes = v.ksicPrefixes.map((p) => p.trim());
  if (v.enabled.founderMaxAge && num(v.founderMaxAge) !== undefined) out.founderMaxAge = num(v.founderMaxAge);
  if (v.enabled.maxRevenueKRW && num(v.maxRevenueKRW) !== undefined) out.maxRevenueKRW = num(v.maxRevenueKRW);
  if (v.enabled.notSupportedWithin && v.notSupportedWithin.length) {
    out.notSupportedWithin = v.notSupportedWithin.map((r) => ({
      ...(r.supportKind ? { supportKind: r.supportKind } : {}),
      ...(r.program.trim() ? { program: r.program.trim() } : {}),
      years: num(r.years) ?? 0,
    }));
  }
  return out;
}

export const KSIC_PREFIX = /^\d{1,5}$/;

/** The first KSIC prefix that is not 1–5 digits, if any. */
export const badKsicPrefix = (prefixes: string[]) => prefixes.find((p) => !KSIC_PREFIX.test(p.trim()));

type Values = { eligibility: EligibilityFormValues };

/** Field rules under `eligibility`, checked only for the rules switched on. */
export function eligibilityValidate(t: TFunction) {
  const on = (values: Values, key: RuleKey) => values.eligibility.enabled[key];
  const whole = (v: number | string, [min, max]: readonly [number, number]) =>
    typeof v !== 'number' ? t('validation.required') : !Number.isInteger(v) ? t('validation.notInteger') : v < min ? t('validation.tooSmall', { minimum: min }) : v > max ? t('validation.tooBig', { maximum: max }) : null;
  return {
    maxYearsInBusiness: (v: number | string, values: Values) => (on(values, 'maxYearsInBusiness') ? whole(v, LIMITS.years) : null),
    organizationKinds: (v: string[], values: Values) => (on(values, 'organizationKinds') && !v.length ? t('eligibility.chooseOne') : null),
    regions: (v: string[], values: Values) => (on(values, 'regions') && !v.length ? t('eligibility.chooseOne') : null),
    ksicPrefixes: (v: string[], values: Values) => (on(values, 'ksicPrefixes') ? ksicError(t, v) : null),
    founderMaxAge: (v: number | string, values: Values) => (on(values, 'founderMaxAge') ? whole(v, LIMITS.age) : null),
    maxRevenueKRW: (v: number | string, values: Values) => (on(values, 'maxRevenueKRW') ? whole(v, LIMITS.revenue) : null),
    notSupportedWithin: {
      years: (v: number | string, values: Values) => (on(values, 'notSupportedWithin') ? whole(v, LIMITS.supportYears) : null),
      program: (v: string, values: Values) => (on(values, 'notSupportedWithin') && v.trim().length > 200 ? t('validation.tooLong', { maximum: 200 }) : null),
    },
  };
}

export function ksicError(t: TFunction, prefixes: string[]): string | null {
  if (!prefixes.length) return t('eligibility.ksicEmpty');
  const bad = badKsicPrefix(prefixes);
  if (bad !== undefined) return t('eligibility.ksicInvalid', { value: bad });
  if (prefixes.length > LIMITS.ksic) return t('validation.tooManySelections', { maximum: LIMITS.ksic });
  return null;
}

// A list's items are one input each: `eligibility.ksicPrefixes.3` belongs on the tags input itself.
const listInputs = new Set(['eligibility.ksicPrefixes', 'eligibility.organizationKinds', 'eligibility.regions']);

/** The server's field paths under `eligibility` moved onto the input that shows them. */
export function eligibilityErrorPath(path: string): string {
  const parent = path.replace(/\.\d+$/, '');
  return listInputs.has(parent) ? parent : path;
}
