/** Program codes; no dependencies, so the web app imports these lists too. */
export const programTypes = ['commercialization', 'education', 'space', 'mentoring', 'networking', 'rnd', 'finance', 'global'] as const;
export type ProgramType = (typeof programTypes)[number];

/** The support stages a program covers, from an idea to overseas expansion. */
export const programStages = ['idea', 'founding', 'prototype', 'rnd', 'marketing', 'investment', 'funding', 'overseas'] as const;
export type ProgramStage = (typeof programStages)[number];

/** What a partner organization does in a program. */
export const partnerRoles = ['sponsor', 'accelerator', 'university', 'institute', 'investor', 'other'] as const;
export type PartnerRole = (typeof partnerRoles)[number];
