import type { Draft } from './form-draft';

/**
 * This browser's copy of a form being built and not yet saved, so a closed tab or a crash does
 * not lose the work; offered back when the builder opens again.
 */
export type LocalFormDraft = { callId: string; baseVersion: number | null; draft: Draft; editedAt: string };

const keyOf = (callId: string) => `innohub.formDraft.${callId}`;

export const localFormDraft = {
  read(callId: string): LocalFormDraft | null {
    try {
      const raw = localStorage.getItem(keyOf(callId));
      const parsed = raw ? (JSON.parse(raw) as LocalFormDraft) : null;
      return parsed && Array.isArray(parsed.draft?.sections) ? parsed : null;
    } catch {
      return null;
    }
  },
  write(value: LocalFormDraft): void {
    try {
      localStorage.setItem(keyOf(value.callId), JSON.stringify(value));
    } catch {
      // Storage full or off: the builder still works, only without this safety copy.
    }
  },
  clear(callId: string): void {
    try {
      localStorage.removeItem(keyOf(callId));
    } catch {
      // Nothing to clear.
    }
  },
};
