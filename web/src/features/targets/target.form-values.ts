import type { TFunction } from 'i18next';
import type { Schemas } from '../../api/client';
import type { OrganizationKind, Region } from '../organizations/organization.codes';
import type { SupportKind } from '../support-records/support-record.codes';
import type { Target, TargetKind, TargetMetric, TargetScope } from './target.codes';

/** A target as the form holds it: the filter's conditions flat, no value as ''. */
export type TargetFormValues = {
  title: string;
  kind: TargetKind;
  metric: TargetMetric | null;
  kinds: OrganizationKind[];
  ksicPrefixes: string[];
  regions: Region[];
  supportKinds: SupportKind[];
  foundedSinceStart: boolean;
  value: number | string;
  startsOn: string | null;
  deadline: string | null;
  note: string;
};

const seoulToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Seoul' }).format(new Date());

/** A new target: counting organizations from today to the end of this year. */
export function emptyTargetValues(): TargetFormValues {
  const today = seoulToday();
  return {
    title: '',
    kind: 'organizations',
    metric: null,
    kinds: [],
    ksicPrefixes: [],
    regions: [],
    supportKinds: [],
    foundedSinceStart: false,
    value: '',
    startsOn: today,
    deadline: `${today.slice(0, 4)}-12-31`,
    note: '',
  };
}

export const valuesOf = (target: Target): TargetFormValues => ({
  title: target.title,
  kind: target.kind,
  metric: target.metric,
  kinds: target.filter.kinds ?? [],
  ksicPrefixes: target.filter.ksicPrefixes ?? [],
  regions: target.filter.regions ?? [],
  supportKinds: target.filter.supportKinds ?? [],
  foundedSinceStart: target.filter.foundedSinceStart ?? false,
  value: target.value,
  startsOn: target.startsOn,
  deadline: target.deadline,
  note: target.note,
});

/** The rules the server checks, so most mistakes show before a round trip. */
export const targetValidate = (t: TFunction) => ({
  title: (v: string) => (v.trim() ? null : t('validation.required')),
  metric: (v: TargetMetric | null, values: TargetFormValues) => (values.kind === 'metric' && !v ? t('validation.required') : null),
  value: (v: number | string) => (typeof v !== 'number' ? t('validation.required') : v < 1 ? t('validation.tooSmall', { minimum: 1 }) : null),
  startsOn: (v: string | null) => (v ? null : t('validation.required')),
  deadline: (v: string | null, values: TargetFormValues) => (!v ? t('validation.required') : values.startsOn && v <= values.startsOn ? t('target.deadlineAfterStart') : null),
  ksicPrefixes: (v: string[]) => (v.every((p) => /^\d{2,5}$/.test(p)) ? null : t('target.ksicFormat')),
});

type Body = Omit<Schemas['TargetCreate'], 'centerId' | 'clusterId' | 'programId'>;

export function bodyOf(v: TargetFormValues): Body {
  const organizations = v.kind === 'organizations';
  return {
    title: v.title.trim(),
    kind: v.kind,
    metric: organizations ? null : v.metric,
    filter: organizations
      ? { kinds: v.kinds, ksicPrefixes: v.ksicPrefixes, regions: v.regions, supportKinds: v.supportKinds, foundedSinceStart: v.foundedSinceStart }
      : {},
    value: typeof v.value === 'number' ? v.value : 0,
    startsOn: v.startsOn ?? '',
    deadline: v.deadline ?? '',
    note: v.note.trim(),
  };
}

/** A new target's body, with its scope: a program's target names only the program. */
export function createBody(scope: TargetScope, v: TargetFormValues): Schemas['TargetCreate'] {
  const owner = 'programId' in scope ? { programId: scope.programId } : 'clusterId' in scope ? { clusterId: scope.clusterId } : { centerId: scope.centerId };
  return { ...owner, ...bodyOf(v) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what changed, so a save does not overwrite fields nobody touched. */
export function changedBody(before: TargetFormValues, after: TargetFormValues): Schemas['TargetUpdate'] {
  const a = bodyOf(before);
  const b = bodyOf(after);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(b) as (keyof Body)[]) if (!same(a[key], b[key])) out[key] = b[key];
  return out as Schemas['TargetUpdate'];
}

/** The API's field paths (filter.ksicPrefixes.1) as the form's (ksicPrefixes). */
export function formErrorsOf(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = path.replace(/^filter\.?/, '').replace(/\.\d+$/, '') || 'kind';
    out[field] ??= message;
  }
  return out;
}
