import { oneOf, str } from '../../routes/search-params';
import { drillLists, drillSorts, type DrillList, type DrillSort } from './dashboard.codes';

/** A dashboard's state in the URL: the year, and the drill-down list open over it (which rows, sorted how, which page). */
export type DashboardSearch = { year?: number; list?: DrillList; key?: string; sort?: DrillSort; page?: number };

const int = (v: unknown, min: number, max: number) => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};

export function validateDashboardSearch(search: Record<string, unknown>): DashboardSearch {
  return {
    year: int(search.year, 2000, 2100),
    list: oneOf(search.list, drillLists),
    key: str(search.key, 200),
    sort: oneOf(search.sort, drillSorts),
    page: int(search.page, 1, 10_000),
  };
}
