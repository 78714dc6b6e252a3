import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export const SESSION_COOKIE = 'innohub_session';

export function clientIp(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
