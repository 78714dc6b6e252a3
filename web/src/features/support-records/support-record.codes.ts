import type { Schemas } from '../../api/client';

export type SupportKind = Schemas['SupportRecord']['kind'];

export const supportKinds: readonly SupportKind[] = [
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
];
