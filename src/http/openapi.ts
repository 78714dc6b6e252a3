import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from './context.ts';
import { AppError, fieldErrorsFromZod } from './errors.ts';
import { t } from '../shared/i18n/index.ts';

/**
 * A router whose validation failures become our problem+json, the field named, in the user's
 * language. `labels` names a feature's fields where the shared label would mislead (a campaign's
 * `title` is its name, not a person's 직함): path → i18n key.
 */
export function router(labels: Record<string, string> = {}) {
  const named = Object.fromEntries(Object.entries(labels).map(([path, key]) => [path, { ko: t('ko', key), en: t('en', key) }]));
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw AppError.validation(fieldErrorsFromZod(result.error as z.ZodError).map((f) => (named[f.path] ? { ...f, label: named[f.path] } : f)));
      }
    },
  });
}

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string().describe('A short summary in the request language (Korean by default).'),
    status: z.number().int(),
    code: z.string().describe('Stable error code, e.g. validation, notFound, versionConflict.'),
    detail: z.string(),
    errors: z
      .array(
        z.object({
          field: z.string().describe('Path of the field at fault, e.g. businessRegistrationNumber or rows.3.kind'),
          label: z.string(),
          code: z.string(),
          message: z.string(),
        }),
      )
      .optional(),
    requestId: z.string().optional(),
  })
  .openapi('Problem');

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** The error responses every endpoint may give, for the OpenAPI text. */
export const errorResponses = {
  401: problem('Not signed in, or the session expired.'),
  404: problem('Not found, or out of your scope.'),
  422: problem('Invalid input; `errors` names each field.'),
} as const;

export const writeErrorResponses = {
  ...errorResponses,
  403: problem('Signed in, but the role may not do this, or the CSRF token is missing.'),
  409: problem('Conflict: a duplicate, or someone else changed the record first.'),
} as const;

export const updateErrorResponses = {
  ...writeErrorResponses,
  428: problem('If-Match header required.'),
} as const;

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});
