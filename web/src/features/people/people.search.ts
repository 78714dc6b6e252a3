import type { Role } from '../../api/client';
import { oneOf, str } from '../../routes/search-params';
import { roles } from '../../../../src/features/auth/roles.ts';

/** The server's own list, so the two cannot drift apart. */
export { roles };

export type PeopleSearch = { q?: string; role?: Role; centerId?: string };

export function validatePeopleSearch(search: Record<string, unknown>): PeopleSearch {
  return { q: str(search.q, 100), role: oneOf(search.role, roles), centerId: str(search.centerId, 40) };
}
