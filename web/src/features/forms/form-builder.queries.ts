import { queryOptions } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../api/client';
import type { FormDefinition } from '../applications/application-form.rules';
import type { ApplicationForm } from '../applications/application.queries';

/** The latest saved version of a call's form, or null before the first is saved (the API answers 404). */
export const savedFormQuery = (callId: string) =>
  queryOptions({
    queryKey: ['calls', callId, 'form', 'builder'],
    queryFn: async (): Promise<ApplicationForm | null> => {
      try {
        return await unwrap(api.GET('/api/v1/calls/{id}/form', { params: { path: { id: callId }, query: {} } }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    staleTime: 0,
  });

/** Saves the form as a new version, If-Match with the version it was built on (none before the first). */
export const saveForm = (callId: string, baseVersion: number | null, definition: FormDefinition) =>
  unwrap(
    api.PUT('/api/v1/calls/{id}/form', {
      params: { path: { id: callId }, header: baseVersion ? { 'if-match': `"${baseVersion}"` } : {} },
      body: definition,
    }),
  );
