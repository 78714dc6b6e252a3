import { localStore } from '../../components/local-store';
import type { Answers } from './application-form.rules';

/**
 * This browser's copy of what was typed into an application and not yet saved, so a closed tab,
 * a lost connection or a refused save never loses it; and which application an organization has
 * for a call, for the call page's link.
 */
export type LocalDraft = { baseVersion: number; answers: Answers; editedAt: string };

export const localDraft = localStore<LocalDraft>((applicationId) => `innohub.application.${applicationId}`);

const applicationOf = localStore<string>((callAndOrganization) => `innohub.applicationOf.${callAndOrganization}`);

export const knownApplication = {
  read: (callId: string, organizationId: string) => applicationOf.read(`${callId}.${organizationId}`),
  write: (callId: string, organizationId: string, applicationId: string) => applicationOf.write(`${callId}.${organizationId}`, applicationId),
};
