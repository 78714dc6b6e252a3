import type { Schemas } from '../../api/client';

export type OrganizationKind = Schemas['Organization']['kind'];
export type Stage = NonNullable<Schemas['Organization']['stage']>;
export type AffiliationKind = Schemas['Affiliation']['kind'];
export type Region = NonNullable<Schemas['OrganizationCreate']['region']>;

export const organizationKinds: readonly OrganizationKind[] = ['startup', 'sme', 'midsize', 'large', 'university', 'institute', 'agency', 'investor', 'buyer'];
export const stages: readonly Stage[] = ['idea', 'founded', 'prototype', 'rnd', 'marketing', 'investment', 'overseas'];
export const affiliationKinds: readonly AffiliationKind[] = ['resident', 'portfolio', 'member', 'sponsor', 'partner'];
export const regions: readonly Region[] = ['서울', '부산', '대구', '인천', '광주', '대전', '울산', '세종', '경기', '강원', '충북', '충남', '전북', '전남', '경북', '경남', '제주'];
export const organizationSorts = ['relevance', 'name', '-name', 'foundedOn', '-foundedOn', 'createdAt', '-createdAt'] as const;
export type OrganizationSort = (typeof organizationSorts)[number];
