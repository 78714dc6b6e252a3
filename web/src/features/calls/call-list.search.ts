import { oneOf, str } from '../../routes/search-params';
import { regions } from '../organizations/organization.codes';
import { programTypes, type ProgramType } from '../programs/program.codes';
import { publicCallStatuses, type PublicCallStatus } from './call.codes';

/** The call list's search and filters, kept in the URL so a search can be shared and bookmarked. */
export type CallListSearch = { q?: string; centerId?: string; type?: ProgramType; region?: string; status?: PublicCallStatus };

export function validateCallListSearch(search: Record<string, unknown>): CallListSearch {
  return {
    q: str(search.q),
    centerId: str(search.centerId, 40),
    type: oneOf(search.type, programTypes),
    region: oneOf(search.region, regions),
    status: oneOf(search.status, publicCallStatuses),
  };
}
