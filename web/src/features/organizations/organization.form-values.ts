import type { Organization, Schemas } from '../../api/client';
import type { OrganizationKind, Region, Stage } from './organization.codes';

/** What the organization form edits; empty strings stand for "none". */
export type OrganizationFormValues = {
  name: string;
  nameEn: string;
  businessRegistrationNumber: string;
  kind: OrganizationKind;
  foundedOn: string | null;
  region: Region | null;
  ksicCode: string;
  stage: Stage | null;
  representative: string;
  website: string;
  contactEmail: string;
  contactPhone: string;
  representativeBirthDate: string | null;
  revenueKRW: number | string;
  revenueYear: number | string;
  description: string;
  products: string;
  technologies: string;
};

export const emptyOrganizationValues: OrganizationFormValues = {
  name: '',
  nameEn: '',
  businessRegistrationNumber: '',
  kind: 'startup',
  foundedOn: null,
  region: null,
  ksicCode: '',
  stage: null,
  representative: '',
  website: '',
  contactEmail: '',
  contactPhone: '',
  representativeBirthDate: null,
  revenueKRW: '',
  revenueYear: '',
  description: '',
  products: '',
  technologies: '',
};

export function valuesOf(o: Organization): OrganizationFormValues {
  return {
    name: o.name,
    nameEn: o.nameEn ?? '',
    businessRegistrationNumber: o.businessRegistrationNumber ?? '',
    kind: o.kind,
    foundedOn: o.foundedOn,
    region: (o.region as Region | null) ?? null,
    ksicCode: o.ksicCode ?? '',
    stage: o.stage,
    representative: o.representative ?? '',
    website: o.website ?? '',
    contactEmail: o.contactEmail ?? '',
    contactPhone: o.contactPhone ?? '',
    representativeBirthDate: o.representativeBirthDate,
    revenueKRW: o.revenueKRW ?? '',
    revenueYear: o.revenueYear ?? '',
    description: o.description,
    products: o.products,
    technologies: o.technologies,
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
/** A NumberInput's value: '' when empty. */
const numberOrNull = (v: number | string) => (typeof v === 'number' ? v : v.trim() === '' ? null : Number(v));

/** The request body: blank optional fields become null. */
export function bodyOf(v: OrganizationFormValues): Schemas['OrganizationUpdate'] & Pick<Schemas['OrganizationCreate'], 'name' | 'kind'> {
  return {
    name: v.name.trim(),
    nameEn: orNull(v.nameEn),
    businessRegistrationNumber: orNull(v.businessRegistrationNumber),
    kind: v.kind,
    foundedOn: v.foundedOn,
    region: v.region,
    ksicCode: orNull(v.ksicCode),
    stage: v.stage,
    representative: orNull(v.representative),
    website: orNull(v.website),
    contactEmail: orNull(v.contactEmail),
    contactPhone: orNull(v.contactPhone),
    representativeBirthDate: v.representativeBirthDate,
    revenueKRW: numberOrNull(v.revenueKRW),
    revenueYear: numberOrNull(v.revenueYear),
    description: v.description.trim(),
    products: v.products.trim(),
    technologies: v.technologies.trim(),
  };
}

/** Only the fields that changed, so an edit touches what the user touched. */
export function changedBody(before: OrganizationFormValues, after: OrganizationFormValues): Schemas['OrganizationUpdate'] {
  const a = bodyOf(before);
  const b = bodyOf(after);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(b) as (keyof typeof b)[]) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) out[key] = b[key];
  }
  return out as Schemas['OrganizationUpdate'];
}
