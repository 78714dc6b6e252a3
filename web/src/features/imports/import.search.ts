import { oneOf } from '../../routes/search-params';
import { ledgerImportKinds, type LedgerImportKind } from './import.columns';

export type ImportSearch = { kind?: LedgerImportKind };

export function validateImportSearch(search: Record<string, unknown>): ImportSearch {
  return { kind: oneOf(search.kind, ledgerImportKinds) };
}
