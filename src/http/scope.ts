import type { Context } from 'hono';
import type { AppEnv, RequestScope } from './context.ts';

export function scopeOf(c: Context<AppEnv>): RequestScope {
  return { actor: c.get('actor'), lang: c.get('lang'), requestId: c.get('requestId') };
}

/** ETag of a versioned record. */
export const etag = (version: number | null | undefined) => `"${version ?? 0}"`;
