import { date, oneOf, str } from '../../routes/search-params';
import { supportKinds, type SupportKind } from './support-record.codes';

export type SupportRecordListSearch = { q?: string; kind?: SupportKind; centerId?: string; from?: string; to?: string };

export function validateSupportRecordListSearch(search: Record<string, unknown>): SupportRecordListSearch {
  return {
    q: str(search.q),
    kind: oneOf(search.kind, supportKinds),
    centerId: str(search.centerId, 40),
    from: date(search.from),
    to: date(search.to),
  };
}
