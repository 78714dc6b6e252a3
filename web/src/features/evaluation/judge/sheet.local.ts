import { localStore } from '../../../components/local-store';
import type { LocalCopy } from '../../../components/versioned-autosave';
import type { SheetValues } from './sheet.values';

/**
 * This browser's copy of what was typed into a score sheet and not yet saved, so a reload, a
 * closed tab or a lost connection never loses a score or a comment. `baseVersion` is the
 * sheet's version the values were typed on.
 */
export type LocalSheet = LocalCopy<SheetValues>;

export const localSheet = localStore<LocalSheet>((sheetId) => `innohub.scoreSheet.${sheetId}`);
