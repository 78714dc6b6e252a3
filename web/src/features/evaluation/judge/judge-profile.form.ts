import type { TFunction } from 'i18next';
import type { Schemas } from '../../../api/client';
import { brnError } from '../../organizations/brn.validate';
import type { JudgeProfile } from './judge.queries';

/** What the profile form edits; paths match the API's (profile.affiliation.name, profile.pastAffiliations.0.until …). */
export type ProfileValues = {
  affiliation: { name: string; businessRegistrationNumber: string };
  position: string;
  expertise: string;
  tags: string[];
  pastAffiliations: { name: string; businessRegistrationNumber: string; until: string | null }[];
  relations: { name: string; businessRegistrationNumber: string; relation: string }[];
};

export const emptyProfile: ProfileValues = { affiliation: { name: '', businessRegistrationNumber: '' }, position: '', expertise: '', tags: [], pastAffiliations: [], relations: [] };

export const emptyPastAffiliation = (): ProfileValues['pastAffiliations'][number] => ({ name: '', businessRegistrationNumber: '', until: null });
export const emptyRelation = (): ProfileValues['relations'][number] => ({ name: '', businessRegistrationNumber: '', relation: '' });

export const MAX_TAGS = 30;
const MAX_TAG_LENGTH = 40;

export function profileValuesOf(p: JudgeProfile): ProfileValues {
  return {
    affiliation: { name: p.affiliation?.name ?? '', businessRegistrationNumber: p.affiliation?.businessRegistrationNumber ?? '' },
    position: p.position,
    expertise: p.expertise,
    tags: p.tags,
    pastAffiliations: p.pastAffiliations.map((a) => ({ name: a.name, businessRegistrationNumber: a.businessRegistrationNumber ?? '', until: a.until })),
    relations: p.relations.map((r) => ({ name: r.name, businessRegistrationNumber: r.businessRegistrationNumber ?? '', relation: r.relation })),
  };
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** The request body: an affiliation only when it has a name, blank BRNs as null. */
export function profileBody(v: ProfileValues): Schemas['JudgeProfileInput'] {
  return {
    affiliation: v.affiliation.name.trim() ? { name: v.affiliation.name.trim(), businessRegistrationNumber: orNull(v.affiliation.businessRegistrationNumber) } : null,
    position: v.position.trim(),
    expertise: v.expertise.trim(),
    tags: v.tags.map((tag) => tag.trim()).filter(Boolean),
    pastAffiliations: v.pastAffiliations.map((a) => ({ name: a.name.trim(), businessRegistrationNumber: orNull(a.businessRegistrationNumber), until: a.until ?? '' })),
    relations: v.relations.map((r) => ({ name: r.name.trim(), businessRegistrationNumber: orNull(r.businessRegistrationNumber), relation: r.relation.trim() })),
  };
}

// The server's limits (judge.schema.ts), checked here first so a mistake shows on its field at once.
export function profileRules(t: TFunction) {
  const required = (v: string) => (v.trim() ? null : t('validation.required'));
  const max = (n: number) => (v: string) => (v.trim().length > n ? t('validation.tooLong', { maximum: n }) : null);
  const brn = (v: string) => brnError(t, v);
  return {
    affiliation: {
      name: (v: string, values: { profile: ProfileValues }) => (values.profile.affiliation.businessRegistrationNumber.trim() ? required(v) : null) ?? max(200)(v),
      businessRegistrationNumber: brn,
    },
    position: max(100),
    expertise: max(4000),
    tags: (v: string[]) =>
      v.length > MAX_TAGS ? t('judging.profile.tooManyTags', { max: MAX_TAGS }) : v.some((tag) => tag.length > MAX_TAG_LENGTH) ? t('judging.profile.tagTooLong', { max: MAX_TAG_LENGTH }) : null,
    pastAffiliations: {
      name: (v: string) => required(v) ?? max(200)(v),
      businessRegistrationNumber: brn,
      until: (v: string | null) => (v ? null : t('validation.required')),
    },
    relations: {
      name: (v: string) => required(v) ?? max(200)(v),
      businessRegistrationNumber: brn,
      relation: (v: string) => required(v) ?? max(200)(v),
    },
  };
}
