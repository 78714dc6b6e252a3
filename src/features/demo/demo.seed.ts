import type { Deps } from '../../http/context.ts';

/** Placeholder replaced below by the deterministic demo generator. */
export async function seedDemo(_deps: Deps, _options: { onlyIfEmpty: boolean }): Promise<string> {
  return 'demo data: none yet';
}
