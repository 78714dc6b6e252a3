import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type Application = Schemas['Application'];
export type ApplicationForm = Schemas['ApplicationForm'];
export type Eligibility = Schemas['EligibilityResult'];

export const applicationQuery = (id: string) =>
  queryOptions({
    queryKey: ['applications', id],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}', { params: { path: { id } } })),
    staleTime: 0,
  });

/** A call's form: the latest, or the version an application is written against. */
export const callFormQuery = (callId: string, version?: number) =>
  queryOptions({
    queryKey: ['calls', callId, 'form', version ?? 'latest'],
    queryFn: () => unwrap(api.GET('/api/v1/calls/{id}/form', { params: { path: { id: callId }, query: { version } } })),
    staleTime: version ? Infinity : 30_000,
  });

export const eligibilityQuery = (callId: string, organizationId: string) =>
  queryOptions({
    queryKey: ['calls', callId, 'eligibility', organizationId],
    queryFn: () => unwrap(api.GET('/api/v1/calls/{id}/eligibility', { params: { path: { id: callId }, query: { organizationId } } })),
    staleTime: 0,
  });

/** An Idempotency-Key for one submission: 32 random hex characters (also outside secure contexts). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
