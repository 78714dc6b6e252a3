import type { Role } from '../../api/client';
import { oneOf, str } from '../../routes/search-params';

export const roles: readonly Role[] = [
  'national_admin',
  'center_admin',
  'center_manager',
  'cluster_coordinator',
  'sponsor',
  'expert',
  'judge',
  'company_member',
];

export type PeopleSearch = { q?: string; role?: Role; centerId?: string };

export function validatePeopleSearch(search: Record<string, unknown>): PeopleSearch {
  return { q: str(search.q, 100), role: oneOf(search.role, roles), centerId: str(search.centerId, 40) };
}
