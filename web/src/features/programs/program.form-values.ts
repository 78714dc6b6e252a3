import type { TFunction } from 'i18next';
import type { Schemas } from '../../api/client';
import type { SupportKind } from '../support-records/support-record.codes';
import type { PartnerRole, ProgramStage, ProgramType } from './program.codes';

type Program = Schemas['Program'];

export type PartnerValue = { organizationId: string; name: string; role: PartnerRole };

/** A program as the form holds it: text as strings, no budget as ''. */
export type ProgramFormValues = {
  name: string;
  nameEn: string;
  type: ProgramType | null;
  stages: ProgramStage[];
  supportKinds: SupportKind[];
  budgetKrw: number | string;
  startedOn: string | null;
  endedOn: string | null;
  description: string;
  partners: PartnerValue[];
};

export const emptyProgramValues: ProgramFormValues = {
  name: '',
  nameEn: '',
  type: null,
  stages: [],
  supportKinds: [],
  budgetKrw: '',
  startedOn: null,
  endedOn: null,
  description: '',
  partners: [],
};

export const valuesOf = (p: Program): ProgramFormValues => ({
  name: p.name,
  nameEn: p.nameEn ?? '',
  type: p.type,
  stages: p.stages,
  supportKinds: p.supportKinds,
  budgetKrw: p.budgetKrw ?? '',
  startedOn: p.startedOn,
  endedOn: p.endedOn,
  description: p.description,
  partners: p.partners.map((x) => ({ ...x })),
});

/** The rules the server checks, so most mistakes show before a round trip. */
export const programValidate = (t: TFunction) => ({
  name: (v: string) => (v.trim() ? null : t('validation.required')),
  type: (v: ProgramType | null) => (v ? null : t('validation.required')),
  budgetKrw: (v: number | string) => (typeof v === 'number' && v < 0 ? t('validation.tooSmall', { minimum: 0 }) : null),
  endedOn: (v: string | null, values: ProgramFormValues) => (v && values.startedOn && v < values.startedOn ? t('validation.endBeforeStart') : null),
});

export function bodyOf(v: ProgramFormValues): Schemas['ProgramCreate'] {
  return {
    name: v.name.trim(),
    nameEn: v.nameEn.trim() || null,
    type: v.type!,
    stages: v.stages,
    supportKinds: v.supportKinds,
    budgetKrw: typeof v.budgetKrw === 'number' ? v.budgetKrw : null,
    startedOn: v.startedOn || null,
    endedOn: v.endedOn || null,
    description: v.description.trim(),
    partners: v.partners.map((p) => ({ organizationId: p.organizationId, role: p.role })),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what changed, so a save does not overwrite fields nobody touched; partners replace the list when sent. */
export function changedBody(before: ProgramFormValues, after: ProgramFormValues): Schemas['ProgramUpdate'] {
  const a = bodyOf({ ...before, type: before.type ?? after.type });
  const b = bodyOf(after);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(b) as (keyof typeof b)[]) if (!same(a[key], b[key])) out[key] = b[key];
  return out as Schemas['ProgramUpdate'];
}
