import { bool, date, listOf, oneOf, str } from '../../routes/search-params';
import {
  affiliationKinds,
  organizationKinds,
  organizationSorts,
  regions,
  stages,
  type AffiliationKind,
  type OrganizationKind,
  type OrganizationSort,
  type Region,
  type Stage,
} from './organization.codes';

/** The organization list's state, kept in the URL so a search can be shared and bookmarked. */
export type OrganizationListSearch = {
  q?: string;
  kind?: OrganizationKind[];
  region?: Region[];
  stage?: Stage[];
  centerId?: string;
  affiliationKind?: AffiliationKind;
  foundedFrom?: string;
  foundedTo?: string;
  mine?: true;
  sort?: OrganizationSort;
};

export function validateOrganizationListSearch(search: Record<string, unknown>): OrganizationListSearch {
  return {
    q: str(search.q),
    kind: listOf(search.kind, organizationKinds),
    region: listOf(search.region, regions),
    stage: listOf(search.stage, stages),
    centerId: str(search.centerId, 40),
    affiliationKind: oneOf(search.affiliationKind, affiliationKinds),
    foundedFrom: date(search.foundedFrom),
    foundedTo: date(search.foundedTo),
    mine: bool(search.mine),
    sort: oneOf(search.sort, organizationSorts),
  };
}

/** The export link for the same filters (XLSX, exact won; the server sends it as an attachment). */
export function exportHref(search: OrganizationListSearch): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  params.set('format', 'xlsx');
  return `/api/v1/organizations/export?${params.toString()}`;
}
