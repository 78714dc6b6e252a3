import { ApiError } from './client';

/**
 * Field errors of a problem+json, keyed by the API's field path, with the field label removed
 * from the message (the form shows the label already).
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.problem?.errors) return {};
  const out: Record<string, string> = {};
  for (const e of error.problem.errors) {
    let message = e.message;
    for (const prefix of [`${e.label}: `, `${e.label} `]) {
      if (message.startsWith(prefix)) {
        message = message.slice(prefix.length);
        break;
      }
    }
    out[e.field] ??= message;
  }
  return out;
}

/** The message to show for a failed call that is not about one field. */
export function problemMessage(error: unknown, fallback: string): string {
  if (error instanceof ApiError && error.problem) return error.problem.errors?.length ? error.problem.title : error.problem.detail;
  return fallback;
}
