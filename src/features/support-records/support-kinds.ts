/** The kinds of support of the ledger; no dependencies, so the web app imports this list too. */
export const supportKinds = [
  'consulting',
  'mentoring',
  'education',
  'space',
  'prototype',
  'funding',
  'investment_linkage',
  'tech_transfer',
  'marketing',
  'overseas',
  'smart_factory',
  'other',
] as const;

export type SupportKind = (typeof supportKinds)[number];
