import { z } from 'zod';
import { fieldLabel, t, type Lang } from '../shared/i18n/index.ts';

/** One field's problem: the message is an i18n key with parameters, translated when sent. */
/** A field's error: an i18n key and its parameters; `label` names a field defined by users (a form's question). */
export type FieldError = { path: string; key: string; params?: Record<string, string | number>; label?: { ko: string; en?: string } };

const statusOf = {
  validation: 422,
  notFound: 404,
  unauthenticated: 401,
  sessionExpired: 401,
  forbidden: 403,
  csrf: 403,
  badCredentials: 401,
  rateLimited: 429,
  wrongPassword: 422,
  versionConflict: 409,
  preconditionRequired: 428,
  duplicateBrn: 409,
  duplicateIdentity: 409,
  duplicateEmail: 409,
  organizationRegistered: 409,
  duplicateMembership: 409,
  unknownCenter: 422,
  unknownCluster: 422,
  unknownOrganization: 422,
  unknownProgram: 422,
  unknownCohort: 422,
  notEligible: 422,
  formMissing: 409,
  callClosed: 409,
  callNotOpen: 409,
  applicationWithdrawn: 409,
  supplementOpen: 409,
  supplementClosed: 409,
  supplementOverdue: 409,
  idempotencyKeyRequired: 428,
  applicationExists: 409,
  unknownPerson: 422,
  internal: 500,
  payloadTooLarge: 413,
  unsupportedMediaType: 415,
  importInvalid: 422,
  importFormat: 422,
  importHeaders: 422,
  importEmpty: 422,
  lastAdmin: 409,
  outcomeExists: 409,
  campaignClosed: 409,
  roundStarted: 409,
  judgeAlreadyInvited: 409,
  invitationNotPending: 409,
  invitationExpired: 409,
  conflictExists: 409,
  conflictLifted: 409,
  roundClosed: 409,
  scoringNotOpen: 409,
  sheetSubmitted: 409,
  pledgeRequired: 403,
  runNotApplicable: 409,
  resultsConfirmed: 409,
  roundNotClosed: 409,
  appealExists: 409,
  appealClosed: 409,
  appealAnswered: 409,
} as const;

export type ErrorCode = keyof typeof statusOf;

/** The one error type of the application: a stable code, an HTTP status, fields at fault. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldError[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.status = statusOf[code];
  }

  static notFound(): AppError {
    return new AppError('notFound');
  }

  static validation(fields: FieldError[]): AppError {
    return new AppError('validation', {}, fields);
  }

  static field(path: string, key: string, params?: Record<string, string | number>): AppError {
    return AppError.validation([{ path, key, params }]);
  }
}

/** Encodes an i18n key and its parameters as a zod message, decoded by `fieldErrorsFromZod`. */
export function msg(key: string, params?: Record<string, string | number>): string {
  return params ? `${key}|${JSON.stringify(params)}` : key;
}

function decode(message: string): { key: string; params?: Record<string, string | number> } {
  const bar = message.indexOf('|');
  if (bar < 0) return { key: message };
  try {
    return { key: message.slice(0, bar), params: JSON.parse(message.slice(bar + 1)) };
  } catch {
    return { key: message };
  }
}

/**
 * zod's messages become i18n keys, so one schema serves Korean and English: the language is
 * chosen when the problem is written, not when the schema runs.
 */
export function installZodMessages(): void {
  z.config({
    customError: (iss) => {
      switch (iss.code) {
        case 'invalid_type':
          if (iss.input === undefined || iss.input === null) return msg('validation.required');
          if (iss.expected === 'int') return msg('validation.notInteger');
          return msg('validation.invalidType');
        case 'too_small':
          if (iss.origin === 'string')
            return Number(iss.minimum) <= 1 ? msg('validation.empty') : msg('validation.tooShort', { minimum: Number(iss.minimum) });
          if (iss.origin === 'array') return msg('validation.empty');
          return msg('validation.tooSmall', { minimum: Number(iss.minimum) });
        case 'too_big':
          if (iss.origin === 'string') return msg('validation.tooLong', { maximum: Number(iss.maximum) });
          return msg('validation.tooBig', { maximum: Number(iss.maximum) });
        case 'invalid_format':
          if (iss.format === 'email') return msg('validation.invalidEmail');
          if (iss.format === 'url') return msg('validation.invalidUrl');
          if (iss.format === 'uuid' || iss.format === 'guid') return msg('validation.invalidUuid');
          if (iss.format === 'date') return msg('validation.invalidDate');
          return msg('validation.invalidFormat');
        case 'invalid_value':
          if (iss.input === undefined || iss.input === null) return msg('validation.required');
          return msg('validation.invalidEnum', { options: iss.values.map(String).join(', ') });
        case 'unrecognized_keys':
          return msg('validation.unknownKeys', { keys: iss.keys.join(', ') });
        default:
          return undefined;
      }
    },
  });
}

export function fieldErrorsFromZod(error: z.ZodError, prefix: (string | number)[] = []): FieldError[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path].map(String).join('.');
    return { path, ...decode(issue.message) };
  });
}

export type Problem = {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  errors?: { field: string; label: string; message: string; code: string }[];
  requestId?: string;
  [key: string]: unknown;
};

/** RFC 9457 problem details in the request's language; each field error names its field. */
export function toProblem(error: AppError, lang: Lang, requestId?: string): Problem {
  const params = { ...error.params, requestId: requestId ?? '' };
  const errors = error.fields.map((f) => {
    const leaf = lastField(f.path);
    const label = f.label ? (f.label[lang] ?? f.label.ko) : fieldLabel(lang, leaf);
    const rowMatch = /^rows\.(\d+)\./.exec(f.path);
    const where = rowMatch ? `${t(lang, 'fields.row')} ${rowMatch[1]} · ${label}` : label;
    const text = t(lang, f.key, f.params);
    return { field: f.path, label, code: f.key, message: lang === 'ko' ? `${where}: ${text}` : `${where} ${text}` };
  });
  const title = t(lang, `errors.${error.code}`, params);
  const detail = errors.length > 0 ? errors.map((e) => e.message).join(' ') : title;
  return {
    type: `https://innohub.kr/problems/${error.code}`,
    title,
    status: error.status,
    code: error.code,
    detail,
    ...(errors.length > 0 ? { errors } : {}),
    ...error.extra,
    ...(requestId ? { requestId } : {}),
  };
}

function lastField(path: string): string {
  const parts = path.split('.').filter((p) => !/^\d+$/.test(p));
  return parts[parts.length - 1] ?? path;
}
