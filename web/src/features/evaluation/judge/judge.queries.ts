import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, unwrapWithEtag, type Schemas } from '../../../api/client';

export type Invitation = Schemas['JudgeInvitation'];
export type JudgeRound = Schemas['JudgeRound'];
export type Pledge = Schemas['Pledge'];
export type Queue = Schemas['JudgeQueue'];
export type QueueItem = Queue['items'][number];
export type SheetStatus = QueueItem['status'];
export type Sheet = Schemas['ScoreSheetWithApplication'];
export type SavedSheet = Schemas['ScoreSheet'];
export type Criterion = Schemas['RubricCriterion'];
export type JudgeProfile = Schemas['JudgeProfile'];

/** An invitation to judge, by its link's token; readable without signing in. */
export const invitationQuery = (token: string) =>
  queryOptions({
    queryKey: ['judging', 'invitation', token],
    queryFn: () => unwrap(api.GET('/api/v1/judge-invitations/{token}', { params: { path: { token } } })),
    retry: false,
    staleTime: 0,
  });

/** The rounds the signed-in person judges, with their pledge and their sheets by status. */
export const myJudgeRoundsQuery = queryOptions({
  queryKey: ['judging', 'rounds'],
  queryFn: async () => (await unwrap(api.GET('/api/v1/me/judge-rounds'))).items,
  staleTime: 0,
});

export const pledgeQuery = (roundId: string) =>
  queryOptions({
    queryKey: ['judging', 'rounds', roundId, 'pledge'],
    queryFn: () => unwrap(api.GET('/api/v1/rounds/{id}/pledge', { params: { path: { id: roundId } } })),
  });

/** A judge's queue in a round (empty until the pledge is signed). */
export const queueQuery = (roundId: string) =>
  queryOptions({
    queryKey: ['judging', 'rounds', roundId, 'queue'],
    queryFn: () => unwrap(api.GET('/api/v1/rounds/{id}/my-sheets', { params: { path: { id: roundId } } })),
    staleTime: 0,
  });

/**
 * A score sheet with its rubric and the application. Always fetched fresh (gcTime 0): the page
 * edits its own copy and saves with If-Match, so a cached older version would only be refused.
 */
export const sheetQuery = (sheetId: string) =>
  queryOptions({
    queryKey: ['judging', 'sheets', sheetId],
    queryFn: () => unwrap(api.GET('/api/v1/score-sheets/{id}', { params: { path: { id: sheetId } } })),
    staleTime: 0,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: false,
  });

/** My judge profile and its ETag (version "0" before the first save). */
export const judgeProfileQuery = queryOptions({
  queryKey: ['judging', 'profile'],
  queryFn: () => unwrapWithEtag(api.GET('/api/v1/me/judge-profile')),
  staleTime: 0,
});

/** The If-Match value of something whose ETag is its version. */
export const ifMatch = (version: number) => `"${version}"`;
