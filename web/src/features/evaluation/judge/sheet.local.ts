import type { SheetValues } from './sheet.values';

/**
 * This browser's copy of what was typed into a score sheet and not yet saved, so a reload, a
 * closed tab or a lost connection never loses a score or a comment. `baseVersion` is the
 * sheet's version the values were typed on.
 */
export type LocalSheet = { baseVersion: number; values: SheetValues; editedAt: string };

const keyOf = (sheetId: string) => `innohub.scoreSheet.${sheetId}`;

export const localSheet = {
  read(sheetId: string): LocalSheet | null {
    try {
      const raw = localStorage.getItem(keyOf(sheetId));
      return raw ? (JSON.parse(raw) as LocalSheet) : null;
    } catch {
      return null;
    }
  },
  write(sheetId: string, value: LocalSheet): void {
    try {
      localStorage.setItem(keyOf(sheetId), JSON.stringify(value));
    } catch {
      // Storage full or off: the server copy is still saved as usual.
    }
  },
  clear(sheetId: string): void {
    try {
      localStorage.removeItem(keyOf(sheetId));
    } catch {
      // Nothing to clear.
    }
  },
};
