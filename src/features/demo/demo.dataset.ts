import type { Role } from '../auth/actor.ts';
import type { OrganizationValues } from '../organizations/organization.service.ts';
import type { AffiliationKind } from './demo.fixed.ts';
import type { SupportKind } from './demo.programs.ts';

/**
 * The "today" of the demo data: every generated date is on or before it, whatever the wall
 * clock says, so the dataset is the same on every machine and never lies in the future.
 */
export const DEMO_TODAY = '2026-11-20';
/** The first day any demo affiliation or support record may start (the centers opened 2014–2015). */
export const DEMO_FIRST_DAY = '2015-01-02';
export const DEMO_SEED = 20150722;
export const DEMO_ORGANIZATION_COUNT = 3000;

/** The whole demo, in memory, before any database is touched: ids included, so it is self-contained. */
export type DemoDataset = {
  clusters: DemoCluster[];
  organizations: DemoOrganization[];
  affiliations: DemoAffiliation[];
  people: DemoPerson[];
  memberships: DemoMembership[];
  supportRecords: DemoSupportRecord[];
};

export type DemoCluster = {
  key: string;
  name: string;
  nameEn: string;
  hostName: string;
  region: string;
  complex: string;
  industries: string[];
  description: string;
  parentKey: string | null;
  sortOrder: number;
};

export type DemoOrganization = {
  id: string;
  /** A stable handle for the organizations the seeds name (hanjin, fiberfox …). */
  key: string | null;
  /** demo.themes.ts theme, for generated companies. */
  theme: string | null;
  /** Cohorts the seeds count (e.g. the 11 firms at the Paris composites show). */
  tags: string[];
  values: OrganizationValues;
  /** The day it entered the platform (its first affiliation). */
  createdOn: string;
};

export type DemoAffiliation = {
  organizationId: string;
  centerId: string | null;
  clusterKey: string | null;
  kind: AffiliationKind;
  startedOn: string;
  endedOn: string | null;
  note: string;
};

export type DemoPerson = {
  id: string;
  email: string;
  name: string;
  title: string | null;
  phone: string | null;
  expertise: string;
};

export type DemoMembership = {
  personId: string;
  role: Role;
  centerId: string | null;
  clusterKey: string | null;
  organizationId: string | null;
};

export type DemoSupportRecord = {
  id: string;
  organizationId: string;
  centerId: string | null;
  clusterKey: string | null;
  kind: SupportKind;
  startedOn: string;
  endedOn: string | null;
  valueKrw: number | null;
  program: string;
  staffPersonId: string;
  notes: string;
};
