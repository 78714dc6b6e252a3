import type { Answers } from './application-form.rules';

/**
 * This browser's copy of what was typed into an application and not yet saved, so a closed tab,
 * a lost connection or a refused save never loses it; and which application an organization has
 * for a call, for the call page's link.
 */
export type LocalDraft = { baseVersion: number; answers: Answers; editedAt: string };

const draftKey = (applicationId: string) => `innohub.application.${applicationId}`;
const indexKey = (callId: string, organizationId: string) => `innohub.applicationOf.${callId}.${organizationId}`;

function read<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or off: the server copy is still saved as usual.
  }
}

export const localDraft = {
  read: (applicationId: string) => read<LocalDraft>(draftKey(applicationId)),
  write: (applicationId: string, draft: LocalDraft) => write(draftKey(applicationId), draft),
  clear: (applicationId: string) => {
    try {
      localStorage.removeItem(draftKey(applicationId));
    } catch {
      // Nothing to clear.
    }
  },
};

export const knownApplication = {
  read: (callId: string, organizationId: string) => read<string>(indexKey(callId, organizationId)),
  write: (callId: string, organizationId: string, applicationId: string) => write(indexKey(callId, organizationId), applicationId),
};
