import type { Lang } from '../../shared/i18n/index.ts';

/**
 * The columns of organization spreadsheets, in import and export alike, with the English
 * header (the API field name) and the Korean header users have in their spreadsheets.
 */
export const organizationSheetColumns = [
  { field: 'name', en: 'name', ko: '기업명', aliases: ['기관명', '회사명', '상호'], required: true },
  { field: 'businessRegistrationNumber', en: 'businessRegistrationNumber', ko: '사업자등록번호', aliases: ['사업자번호', 'brn'] },
  { field: 'kind', en: 'kind', ko: '기업구분', aliases: ['구분', '기관구분'], required: true },
  { field: 'region', en: 'region', ko: '지역', aliases: ['소재지', '시도'] },
  { field: 'foundedOn', en: 'foundedOn', ko: '설립일', aliases: ['설립일자', '창업일'] },
  { field: 'industry', en: 'industry', ko: '업종', aliases: ['ksic', 'ksicCode', '업종코드'] },
  { field: 'description', en: 'description', ko: '기업소개', aliases: ['소개', '사업내용'] },
  { field: 'stage', en: 'stage', ko: '성장단계', aliases: ['단계'] },
  { field: 'representative', en: 'representative', ko: '대표자', aliases: ['대표자명', '대표'] },
  { field: 'products', en: 'products', ko: '주요제품', aliases: ['제품', '주요 제품·서비스'] },
  { field: 'technologies', en: 'technologies', ko: '보유기술', aliases: ['기술'] },
  { field: 'website', en: 'website', ko: '홈페이지', aliases: ['웹사이트'] },
  { field: 'contactEmail', en: 'contactEmail', ko: '이메일', aliases: ['연락처 이메일'] },
  { field: 'contactPhone', en: 'contactPhone', ko: '전화번호', aliases: ['연락처', '전화'] },
] as const;

export type ColumnField = (typeof organizationSheetColumns)[number]['field'];

const byHeader = new Map<string, ColumnField>();
for (const c of organizationSheetColumns) {
  for (const h of [c.en, c.ko, ...c.aliases]) byHeader.set(h.toLowerCase().replace(/\s+/g, ''), c.field);
}

export function fieldOfHeader(header: string): ColumnField | undefined {
  return byHeader.get(header.toLowerCase().replace(/\s+/g, ''));
}

export function headerOf(field: ColumnField, lang: Lang): string {
  const c = organizationSheetColumns.find((x) => x.field === field)!;
  return lang === 'ko' ? c.ko : c.en;
}

/** Korean labels of the codes, accepted on import and written on Korean exports. */
export const kindLabels: Record<string, { ko: string; en: string; aliases: string[] }> = {
  startup: { ko: '창업기업', en: 'Startup', aliases: ['스타트업', '예비창업자', '예비창업팀'] },
  sme: { ko: '중소기업', en: 'SME', aliases: ['소기업', '중소'] },
  midsize: { ko: '중견기업', en: 'Mid-size company', aliases: ['중견'] },
  large: { ko: '대기업', en: 'Large company', aliases: ['대기업집단'] },
  university: { ko: '대학', en: 'University', aliases: ['대학교'] },
  institute: { ko: '연구기관', en: 'Research institute', aliases: ['연구소'] },
  agency: { ko: '지원기관', en: 'Support agency', aliases: ['공공기관', '기관'] },
  investor: { ko: '투자기관', en: 'Investor', aliases: ['투자사', 'vc', '벤처캐피탈', '액셀러레이터'] },
  buyer: { ko: '바이어', en: 'Buyer', aliases: ['해외바이어'] },
};

export const stageLabels: Record<string, { ko: string; en: string; aliases: string[] }> = {
  idea: { ko: '아이디어', en: 'Idea', aliases: [] },
  founded: { ko: '창업', en: 'Founded', aliases: ['창업초기'] },
  prototype: { ko: '시제품', en: 'Prototype', aliases: ['시제품제작'] },
  rnd: { ko: '연구개발', en: 'R&D', aliases: ['r&d', 'rnd', '기술개발'] },
  marketing: { ko: '마케팅', en: 'Marketing', aliases: ['판로개척'] },
  investment: { ko: '투자유치', en: 'Investment', aliases: ['투자'] },
  overseas: { ko: '해외진출', en: 'Overseas', aliases: ['글로벌'] },
};

/** A code from a code, a Korean or English label, or an alias; the input itself when unknown. */
export function codeOf(labels: Record<string, { ko: string; en: string; aliases: string[] }>, input: string): string {
  const s = input.trim().toLowerCase().replace(/\s+/g, '');
  for (const [code, l] of Object.entries(labels)) {
    if ([code, l.ko, l.en, ...l.aliases].some((x) => x.toLowerCase().replace(/\s+/g, '') === s)) return code;
  }
  return input.trim();
}
