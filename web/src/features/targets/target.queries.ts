import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { TargetScope } from './target.codes';

/** The query of a scope's own targets: by program, else by cluster, else by center. */
const targetQueryOf = (scope: TargetScope) =>
  'programId' in scope ? { programId: scope.programId } : 'clusterId' in scope ? { clusterId: scope.clusterId } : { centerId: scope.centerId };

/** A scope's targets with their progress, nearest deadline first. */
export const targetsQuery = (scope: TargetScope) =>
  queryOptions({
    queryKey: ['targets', 'list', targetQueryOf(scope)],
    queryFn: async () => (await unwrap(api.GET('/api/v1/targets', { params: { query: targetQueryOf(scope) } }))).items,
  });
