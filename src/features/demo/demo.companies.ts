import type { OrganizationValues } from '../organizations/organization.service.ts';
import type { Region } from '../reference/regions.ts';
import { organizationValues, type OrganizationBuilder } from './demo.builder.ts';
import { DEMO_TODAY } from './demo.dataset.ts';
import type { Stage } from './demo.fixed.ts';
import {
  AREA_CODES,
  ENGLISH_ROOTS,
  INVESTOR_SUFFIXES,
  KOREAN_ROOTS,
  TEAM_WORDS,
  objectParticle,
  personName,
  slug,
  withLegalForm,
  type LegalForm,
  type NamePart,
} from './demo.names.ts';
import { dateBetween, daysBetween, type Random } from '../../shared/random.ts';
import type { Theme } from './demo.themes.ts';

/** The kinds a generated company can have; a "team" is a prospective founder team (startup, no BRN). */
export type CompanyKind = 'startup' | 'sme' | 'midsize' | 'team' | 'investor';

export type CompanySpec = {
  kind: CompanyKind;
  theme: Theme | null;
  region: Region;
  /** [earliest, latest] founding date; prospective teams have none. */
  founded: readonly [string, string] | null;
  /** A product the seeds name for this company's cohort (죽염, 빙수시럽 …), listed first. */
  firstProduct?: string;
  /** A sentence naming where it belongs (e.g. its mini-cluster), added to the description. */
  belongs?: string;
  /** What an investor invests in, for its description. */
  investsIn?: string;
};

const EXTRA_WORDS: readonly NamePart[] = [['코리아', 'Korea'], ['글로벌', 'Global'], ['테크', 'Tech'], ['랩', 'Lab'], ['솔루션', 'Solution'], ['플러스', 'Plus']];

const GENERIC_OUTCOMES = [
  '혁신센터 보육기업으로 선정돼 사업화 자금과 멘토링을 지원받았다.',
  '시제품 제작 지원으로 양산 준비를 마쳤다.',
  '전담기업 판로 지원으로 첫 매출을 올렸다.',
  '해외 바이어 상담으로 수출 계약을 추진하고 있다.',
  '투자유치 IR을 거쳐 시드 투자를 받았다.',
  '특허 2건을 출원하고 벤처기업 인증을 받았다.',
];

const KIND_NOUNS: Record<Exclude<CompanyKind, 'investor'>, readonly string[]> = {
  startup: ['스타트업', '창업기업', '벤처기업'],
  sme: ['중소기업', '전문기업', '기업'],
  midsize: ['중견기업'],
  team: ['예비창업팀'],
};

function stageOf(random: Random, kind: CompanyKind, foundedOn: string | null): Stage | null {
  if (kind === 'team') return 'idea';
  if (kind === 'investor' || kind === 'midsize' || !foundedOn) return null;
  const years = daysBetween(foundedOn, DEMO_TODAY) / 365;
  if (kind === 'sme') return random.pick(['rnd', 'marketing', 'marketing', 'overseas']);
  if (years < 1) return random.pick(['founded', 'prototype']);
  if (years < 3) return random.pick(['prototype', 'rnd', 'marketing']);
  if (years < 6) return random.pick(['marketing', 'investment', 'rnd']);
  return random.pick(['investment', 'overseas', 'marketing']);
}

/** A unique company name: a root, the theme's ending, sometimes one more word, in a legal-form spelling. */
function companyName(random: Random, builder: OrganizationBuilder, kind: CompanyKind, theme: Theme | null) {
  const englishShare = kind === 'startup' || kind === 'team' ? 0.6 : kind === 'investor' ? 0.5 : 0.3;
  for (let attempt = 0; ; attempt++) {
    const root = random.pick(random.chance(englishShare) ? ENGLISH_ROOTS : KOREAN_ROOTS);
    const ending = kind === 'investor' ? random.pick(INVESTOR_SUFFIXES) : kind === 'team' ? ([random.pick(TEAM_WORDS), ''] as const) : random.pick(theme!.suffixes);
    const extra = attempt > 5 || random.chance(0.12) ? random.pick(EXTRA_WORDS) : null;
    const ko = `${root[0]}${ending[0]}${extra ? extra[0] : ''}`;
    const en = kind === 'team' ? null : `${root[1]}${ending[1]}${extra ? ` ${extra[1]}` : ''}`;
    const full = kind === 'team' ? `예비창업팀 ${ko}` : ko;
    if (!builder.claimName(full)) continue;
    const incorporated = kind === 'midsize' || kind === 'investor' || (kind === 'sme' ? random.chance(0.9) : kind === 'startup' && random.chance(0.8));
    const form: LegalForm = incorporated ? random.weighted({ prefix: 45, prefixLong: 25, suffix: 15, none: 15 }) : 'none';
    return { name: withLegalForm(full, form), nameEn: en, incorporated, root };
  }
}

/** A generated company's column values, with a description written from its theme. */
export function companyValues(random: Random, builder: OrganizationBuilder, spec: CompanySpec): OrganizationValues {
  const { kind, theme } = spec;
  const { name, nameEn, incorporated } = companyName(random, builder, kind, theme);
  const foundedOn = spec.founded ? laterOfTwo(random, spec.founded[0], spec.founded[1]) : null;
  const representative = personName(random);
  const lines: string[] = [];
  let products = '';
  let technologies = '';
  let ksicCode: string | null;
  if (kind === 'investor') {
    ksicCode = random.pick(['64', '66']);
    lines.push(`${random.pick(['초기 스타트업에 투자하는 벤처캐피털', '시드 단계 액셀러레이터', '기술기업 전문 투자사', '지역 창업기업에 투자하는 창업투자회사'])}.`);
    lines.push(`${spec.investsIn} 분야 투자와 후속 투자 연계를 한다.`);
  } else {
    const t = theme!;
    ksicCode = random.pick(t.ksic);
    const productList = random.sample(t.products, random.int(1, 3));
    if (spec.firstProduct) productList.unshift(spec.firstProduct);
    products = [...new Set(productList)].join(', ');
    technologies = random.sample(t.technologies, random.int(1, 3)).join(', ');
    lines.push(`${random.pick(t.summaries)} ${random.pick(KIND_NOUNS[kind])}.`);
    if (spec.firstProduct) lines.push(`주력 제품 ${spec.firstProduct}${objectParticle(spec.firstProduct)} 생산한다.`);
    if (spec.belongs) lines.push(spec.belongs);
    if (random.chance(0.6)) lines.push(random.pick(random.chance(0.6) && t.outcomes ? t.outcomes : GENERIC_OUTCOMES));
    if (foundedOn) lines.push(`${foundedOn.slice(0, 4)}년 설립, 임직원 ${kind === 'startup' ? random.int(2, 25) : kind === 'midsize' ? random.int(300, 900) : random.int(12, 180)}명.`);
  }
  const site = nameEn ? slug(nameEn) : null;
  return organizationValues({
    // Prospective teams have no BRN yet; they are identified by name and representative.
    businessRegistrationNumber: kind === 'team' ? null : builder.brn(incorporated ? 'corporation' : 'individual'),
    name,
    nameEn,
    kind: kind === 'team' ? 'startup' : kind,
    foundedOn,
    region: spec.region,
    ksicCode,
    stage: stageOf(random, kind, foundedOn),
    description: lines.join('\n'),
    products,
    technologies,
    // Reserved .example addresses: the demo must never mail or link a real company.
    website: site && random.chance(0.4) ? `https://www.${site}.example` : null,
    representative,
    contactEmail: site ? `contact@${site}.example` : null,
    contactPhone: `${AREA_CODES[spec.region] ?? '02'}-${random.int(200, 999)}-${random.int(1000, 9999)}`,
  });
}

/** Of two dates drawn in the range, the later: more young companies than old ones, as in the centers. */
function laterOfTwo(random: Random, from: string, to: string): string {
  const a = dateBetween(random, from, to);
  const b = dateBetween(random, from, to);
  return a > b ? a : b;
}
