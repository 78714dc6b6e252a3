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

/** The Korean names staff write in spreadsheets (the import reads either these or the codes). */
export const supportKindKo: Record<SupportKind, string> = {
  consulting: '컨설팅',
  mentoring: '멘토링',
  education: '교육',
  space: '공간·입주',
  prototype: '시제품 제작',
  funding: '자금 지원',
  investment_linkage: '투자 연계',
  tech_transfer: '기술이전',
  marketing: '마케팅·판로',
  overseas: '해외진출',
  smart_factory: '스마트공장',
  other: '기타',
};
