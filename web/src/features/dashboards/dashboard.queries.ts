import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { scopeParam, type Dashboard, type DashboardScope, type DrillList, type DrillSort } from './dashboard.codes';

export const dashboardsKey = ['dashboards'] as const;

/** While the server is still rolling changes up, ask again every few seconds until it is done. */
const whileUpdating = (data: Dashboard | undefined) => (data?.updating ? 2500 : false);

/** A scope's dashboard for `year`, or for the API's default year when none is given. */
export const dashboardQuery = (scope: DashboardScope, year: number | undefined) =>
  queryOptions({
    queryKey: [...dashboardsKey, scopeParam(scope), year ?? 'default'],
    queryFn: async (): Promise<Dashboard> => {
      const query = { query: year ? { year } : {} };
      if (scope.kind === 'national') return unwrap(api.GET('/api/v1/dashboards/national', { params: query }));
      if (scope.kind === 'center') return unwrap(api.GET('/api/v1/dashboards/centers/{id}', { params: { ...query, path: { id: scope.id } } }));
      return unwrap(api.GET('/api/v1/dashboards/clusters/{id}', { params: { ...query, path: { id: scope.id } } }));
    },
    refetchInterval: (q) => whileUpdating(q.state.data),
  });

export type DrillParams = { year: number; list: DrillList; key?: string; sort: DrillSort; page: number };

export const DRILL_PAGE_SIZE = 20;

/** The organizations behind a figure, one page at a time. */
export const drillQuery = (scope: DashboardScope, p: DrillParams) =>
  queryOptions({
    queryKey: [...dashboardsKey, 'organizations', scopeParam(scope), p],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/dashboards/organizations', {
          params: {
            query: {
              scope: scopeParam(scope),
              year: p.year,
              dimension: p.list === 'all' ? undefined : p.list,
              key: p.list === 'all' || p.list === 'overlap' ? undefined : p.key,
              sort: p.sort,
              page: p.page,
              pageSize: DRILL_PAGE_SIZE,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
