/** The roles a membership can grant; no dependencies, so the web app imports this list too. */
export const roles = [
  'national_admin',
  'center_admin',
  'center_manager',
  'cluster_coordinator',
  'sponsor',
  'expert',
  'judge',
  'company_member',
] as const;

export type Role = (typeof roles)[number];
