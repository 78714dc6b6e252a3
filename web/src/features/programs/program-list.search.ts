import { oneOf, str } from '../../routes/search-params';
import { programTypes, type ProgramType } from './program.codes';

/** The program list's filters, kept in the URL so a view can be shared and bookmarked. */
export type ProgramListSearch = { centerId?: string; clusterId?: string; type?: ProgramType; year?: number };

const year = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{4}$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : undefined;
};

export function validateProgramListSearch(search: Record<string, unknown>): ProgramListSearch {
  const centerId = str(search.centerId, 40);
  return {
    centerId,
    // One operator at a time: a center or a cluster.
    clusterId: centerId ? undefined : str(search.clusterId, 36),
    type: oneOf(search.type, programTypes),
    year: year(search.year),
  };
}
