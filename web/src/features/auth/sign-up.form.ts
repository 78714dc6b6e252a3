import type { TFunction } from 'i18next';
import type { Schemas } from '../../api/client';
import { brnError } from '../organizations/brn.validate';
import type { Region } from '../organizations/organization.codes';

export type SignUpType = 'company' | 'team';

/** What the sign-up form edits: the person, and one organization shape for both types. */
export type SignUpValues = {
  type: SignUpType | null;
  name: string;
  email: string;
  password: string;
  passwordConfirm: string;
  phone: string;
  representativeBirthDate: string | null;
  organization: {
    businessRegistrationNumber: string;
    name: string;
    kind: 'startup' | 'sme';
    foundedOn: string | null;
    region: Region | null;
    ksicCode: string;
    description: string;
  };
  acceptTerms: boolean;
};

export const emptySignUpValues: SignUpValues = {
  type: null,
  name: '',
  email: '',
  password: '',
  passwordConfirm: '',
  phone: '',
  representativeBirthDate: null,
  organization: { businessRegistrationNumber: '', name: '', kind: 'startup', foundedOn: null, region: null, ksicCode: '', description: '' },
  acceptTerms: false,
};

/** The fields of step 2 (the person and the organization), in the order they are shown. */
export const detailPaths = [
  'name',
  'email',
  'password',
  'passwordConfirm',
  'phone',
  'representativeBirthDate',
  'organization.businessRegistrationNumber',
  'organization.name',
  'organization.kind',
  'organization.foundedOn',
  'organization.region',
  'organization.ksicCode',
  'organization.description',
] as const;

/** Today in Korea, as the server's "not in the future" rule reads it. */
const seoulToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date());

const PASSWORD_MIN = 10;
// The server's rules (src/features/auth/sign-up.ts), checked here first so mistakes show as they are made.
export function signUpRules(t: TFunction) {
  const required = (v: string) => (v.trim() ? null : t('validation.required'));
  const notFuture = (v: string | null) => (v && v > seoulToday() ? t('validation.futureDate') : null);
  const max = (n: number) => (v: string) => (v.trim().length > n ? t('validation.tooLong', { maximum: n }) : null);
  return {
    type: (v: SignUpType | null) => (v ? null : t('signUp.chooseType')),
    name: (v: string) => required(v) ?? max(100)(v),
    email: (v: string) => required(v) ?? (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()) && v.trim().length <= 254 ? null : t('validation.invalidEmail')),
    password: (v: string) => (v.length >= PASSWORD_MIN ? null : t('auth.passwordTooShort')),
    passwordConfirm: (v: string, values: SignUpValues) => (v === values.password ? null : t('signUp.passwordMismatch')),
    phone: max(40),
    representativeBirthDate: notFuture,
    organization: {
      businessRegistrationNumber: (v: string, values: SignUpValues) => (values.type === 'company' ? (required(v) ?? brnError(t, v)) : null),
      name: (v: string) => required(v) ?? max(200)(v),
      foundedOn: (v: string | null, values: SignUpValues) => (values.type === 'company' ? notFuture(v) : null),
      ksicCode: (v: string, values: SignUpValues) => (values.type === 'company' && v.trim() && !/^\d{2}(\d{3})?$/.test(v.trim()) ? t('validation.ksicFormat') : null),
      description: max(2000),
    },
    acceptTerms: (v: boolean) => (v ? null : t('signUp.consentRequired')),
  };
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** The request body of the chosen type; blank optional fields are left out or null. */
export function signUpBody(v: SignUpValues, locale: 'ko' | 'en'): Schemas['SignUp'] {
  const o = v.organization;
  const organization: Schemas['SignUpOrganization'] =
    v.type === 'company'
      ? { type: 'company', businessRegistrationNumber: o.businessRegistrationNumber.trim(), name: o.name.trim(), kind: o.kind, foundedOn: o.foundedOn, region: o.region, ksicCode: orNull(o.ksicCode) }
      : { type: 'team', name: o.name.trim(), region: o.region, ...(o.description.trim() ? { description: o.description.trim() } : {}) };
  return {
    name: v.name.trim(),
    email: v.email.trim(),
    password: v.password,
    phone: orNull(v.phone),
    locale,
    representativeBirthDate: v.representativeBirthDate,
    acceptTerms: true,
    organization,
  };
}

/** Only a path inside this app, never another site (the same rule as sign-in). */
export function safeRedirect(redirect: string | undefined): string {
  return redirect && redirect.startsWith('/') && !redirect.startsWith('//') ? redirect : '/';
}
