import { centerReference } from '../src/features/centers/center.data.ts';
import { withCheckDigit } from '../src/features/organizations/brn.ts';
import { kindLabels, stageLabels } from '../src/features/organizations/organization.columns.ts';
import type { organizationKinds, stages } from '../src/features/organizations/organization.schema.ts';
import { dedupeKeyOf, type OrganizationValues } from '../src/features/organizations/organization.service.ts';
import { ksicLookup } from '../src/features/reference/ksic.ts';
import { regionCodes, type Region } from '../src/features/reference/regions.ts';
import type { supportKinds } from '../src/features/support-records/support-record.schema.ts';
import { dateBetween, Random } from '../src/shared/random.ts';
import {
  agencies,
  buyerCountries,
  buyerNames,
  domains,
  englishRoots,
  givenNames,
  institutes,
  investorWords,
  koreanRoots,
  nameSuffixes,
  sponsors,
  surnames,
  universities,
  type Domain,
} from './vocabulary.ts';

/** Bump when the generator changes: cached data folders from older versions are rebuilt. */
export const GENERATOR_VERSION = 2;
export const TODAY = '2026-11-28';

type Kind = (typeof organizationKinds)[number];
type Stage = (typeof stages)[number];
type SupportKind = (typeof supportKinds)[number];

export type BenchAffiliation = { centerId: string; kind: 'resident' | 'portfolio' | 'partner'; startedOn: string; endedOn: string | null };
export type BenchSupport = { centerId: string; kind: SupportKind; startedOn: string; endedOn: string | null; valueKrw: number | null; program: string; notes: string };
export type BenchOrganization = {
  id: string;
  values: OrganizationValues & { kind: Kind };
  affiliations: BenchAffiliation[];
  support: BenchSupport[];
};

const centers = centerReference.map((c) => ({ id: c.id as string, name: c.shortName as string, region: c.region as Region }));
const centerById = new Map(centers.map((c) => [c.id, c]));

const kindWeights: Record<Kind, number> = { startup: 55, sme: 30, midsize: 4, large: 0.5, university: 1.5, institute: 1.5, agency: 1.5, investor: 2, buyer: 4 };
const stageWeights: Record<Stage, number> = { idea: 6, founded: 18, prototype: 16, rnd: 20, marketing: 20, investment: 12, overseas: 8 };
const supportWeights: Record<SupportKind, number> = {
  consulting: 14, mentoring: 14, education: 12, space: 6, prototype: 8, funding: 10, investment_linkage: 6, tech_transfer: 4,
  marketing: 10, overseas: 6, smart_factory: 5, other: 5,
};
const programs = ['창업도약패키지', '초기창업패키지', '예비창업패키지', '스마트공장 보급확산', '혁신센터 보육', '글로벌 액셀러레이팅', '지역특화 실증', '미니클러스터 네트워크'];
const domainWeights = Object.fromEntries(Object.entries(domains).map(([k, d]) => [k, d.weight])) as Record<string, number>;

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const particle = (word: string, withFinal: string, without: string) => {
  const code = (word.at(-1) ?? '').charCodeAt(0) - 0xac00;
  return code >= 0 && code <= 11171 && code % 28 !== 0 ? withFinal : without;
};
const topic = (w: string) => w + particle(w, '은', '는');
const object = (w: string) => w + particle(w, '을', '를');

function person(r: Random): string {
  return r.pick(surnames) + r.pick(givenNames);
}

function companyName(r: Random, d: Domain): { ko: string; en: string | null } {
  const root = r.chance(0.55) ? r.pick(koreanRoots) : r.pick(englishRoots);
  const word = r.pick(d.nameWords);
  const suffix = r.pick(nameSuffixes);
  const base = `${root[0]}${word[0]}${suffix[0]}`;
  const en = `${root[1]} ${word[1]}${suffix[1] ? ` ${suffix[1]}` : ''}`;
  const form = r.weighted({ prefix: 4, prefixLong: 2, suffix: 1, none: 3 });
  const ko = form === 'prefix' ? `(주)${base}` : form === 'prefixLong' ? `주식회사 ${base}` : form === 'suffix' ? `${base}(주)` : base;
  return { ko, en: r.chance(0.5) ? `${en} Co., Ltd.` : null };
}

function description(r: Random, d: Domain, name: string, region: string, products: string[], technologies: string[], centerName: string | undefined): string {
  const lines = [
    `${topic(name.replace(/\(주\)|주식회사 /g, '').trim())} ${region} 소재 ${r.pick(d.business)} 기업으로, ${object(technologies[0]!)} 활용한 ${object(products[0]!)} 개발·공급합니다.`,
  ];
  const extra = [
    () => (centerName ? `${r.int(2016, 2026)}년 ${centerName} 보육기업으로 선정되었습니다.` : `${r.int(2016, 2026)}년 지역 특화 실증 사업에 참여했습니다.`),
    () => `${products[products.length - 1]} 분야에서 국내외 특허 ${r.int(1, 24)}건을 보유하고 있습니다.`,
    () => `${r.pick(buyerCountries)} 바이어와 수출 상담을 진행하고 있으며, 해외 인증을 준비 중입니다.`,
    () => `임직원 ${r.int(3, 180)}명, 연매출 약 ${r.int(1, 300)}억 원 규모입니다.`,
    () => `${technologies[technologies.length - 1]} 기술로 고객사의 생산성을 ${r.int(10, 60)}% 높였습니다.`,
    () => `${r.pick(sponsors)}와 협업해 실증(PoC)을 마쳤고, 후속 투자 유치를 추진하고 있습니다.`,
    () => `${d.label} 분야 전문 인력이 ${r.int(2, 40)}명이며 기업부설연구소를 운영합니다.`,
  ];
  for (const f of r.sample(extra, r.int(1, 4))) lines.push(f());
  return lines.join(' ');
}

/**
 * The benchmark's organizations, deterministic for a given count: a startup-heavy mix across
 * the industries above, 3% without a BRN (prospective teams and buyers), two thirds affiliated
 * with one or two centers, and a support ledger of about 1.5 records per organization.
 */
export function* generateOrganizations(count: number, seed = 20261128): Generator<BenchOrganization> {
  const r = new Random(seed);
  const usedKeys = new Set<string>();
  for (let i = 0; i < count; i++) {
    const kind = r.weighted(kindWeights);
    const domainKey = r.weighted(domainWeights);
    const d = domains[domainKey]!;
    const home = r.chance(0.6) ? centerById.get(r.pick(d.centers))! : r.pick(centers);
    const region: Region = r.chance(0.85) ? home.region : r.pick(regionCodes);
    const products = r.sample(d.products, r.int(1, 3));
    const technologies = r.sample(d.technologies, r.int(1, 3));
    let name: { ko: string; en: string | null };
    let brn: string | null = withCheckDigit(String(100_000_000 + ((i * 7_919 + 13) % 899_999_999)).padStart(9, '0'));
    switch (kind) {
      case 'university':
        name = { ko: `${r.pick(universities)}대학교 산학협력단${r.chance(0.5) ? ` ${d.label}센터` : ''}`, en: null };
        break;
      case 'institute':
        name = { ko: `한국${r.pick(institutes)}연구원 ${home.region}${r.pick(['지역본부', '센터', '분원'])}`, en: null };
        break;
      case 'agency':
        name = { ko: `${home.region}${r.pick(agencies)}`, en: null };
        break;
      case 'investor': {
        const root = r.pick([...koreanRoots, ...englishRoots]);
        const w = r.pick(investorWords);
        name = { ko: `${root[0]}${w[0]}`, en: `${root[1]} ${w[1]}` };
        break;
      }
      case 'buyer':
        name = { ko: `${r.pick(buyerNames)}${r.chance(0.5) ? ` ${r.int(2, 99)}` : ''}`, en: null };
        brn = null;
        break;
      default:
        name = companyName(r, d);
        if (kind === 'startup' && r.chance(0.04)) brn = null;
    }
    const representative = kind === 'buyer' ? null : person(r);
    if (!brn) {
      // The identity of an organization without a BRN is its name and representative.
      let key = dedupeKeyOf(name.ko, representative);
      while (usedKeys.has(key)) {
        name = { ...name, ko: `${name.ko} ${r.int(2, 999)}` };
        key = dedupeKeyOf(name.ko, representative);
      }
      usedKeys.add(key);
    }
    const foundedOn = kind === 'startup' ? dateBetween(r, '2015-01-01', TODAY) : kind === 'buyer' ? null : dateBetween(r, '1975-01-01', '2022-12-31');
    const ksic = r.pick(d.ksic);
    const affiliations: BenchAffiliation[] = [];
    if (r.chance(0.67)) {
      const affiliated = r.chance(0.85) ? [home] : [home, r.pick(centers)];
      for (const c of affiliated) {
        if (affiliations.some((a) => a.centerId === c.id)) continue;
        const startedOn = dateBetween(r, '2016-01-01', TODAY);
        const ended = r.chance(0.2) && startedOn < '2025-01-01';
        affiliations.push({ centerId: c.id, kind: r.weighted({ portfolio: 6, resident: 2, partner: 1 }), startedOn, endedOn: ended ? dateBetween(r, `${Number(startedOn.slice(0, 4)) + 1}-01-01`, TODAY) : null });
      }
    }
    const support: BenchSupport[] = [];
    const supportCount = affiliations.length === 0 ? 0 : r.weighted({ 0: 3, 1: 3, 2: 2, 3: 1, 5: 1, 8: 0.5, 15: 0.2 });
    for (let k = 0; k < Number(supportCount); k++) {
      const a = r.pick(affiliations);
      const startedOn = a.startedOn > '2026-06-01' ? a.startedOn : dateBetween(r, `${a.startedOn.slice(0, 4)}-01-01`, TODAY);
      const kindOf = r.weighted(supportWeights);
      support.push({
        centerId: a.centerId,
        kind: kindOf,
        startedOn,
        endedOn: r.chance(0.6) && startedOn < '2026-09-01' ? addDays(startedOn, r.int(0, 90)) : null,
        valueKrw: kindOf === 'funding' || kindOf === 'prototype' ? r.int(100, 5_000) * 100_000 : null,
        program: r.pick(programs),
        notes: r.chance(0.3) ? `${products[0]} 관련 ${r.pick(['후속 미팅 예정', '결과보고서 제출', '성과 확인 필요', '만족도 높음'])}` : '',
      });
    }
    yield {
      id: r.uuid(),
      values: {
        name: name.ko,
        nameEn: name.en,
        businessRegistrationNumber: brn,
        kind,
        foundedOn,
        region: kind === 'buyer' ? null : region,
        ksicCode: ksicLookup(ksic) ? ksic : null,
        stage: kind === 'startup' || (kind === 'sme' && r.chance(0.5)) ? r.weighted(stageWeights) : null,
        description: kind === 'buyer' ? `${r.pick(buyerCountries)} 소재 수입·유통사. ${products[0]} 등 한국 ${d.label} 제품 소싱에 관심.` : description(r, d, name.ko, region, products, technologies, affiliations[0] ? centerById.get(affiliations[0].centerId)?.name : undefined),
        products: products.join(', '),
        technologies: kind === 'buyer' ? '' : technologies.join(', '),
        website: r.chance(0.6) ? `https://www.${(name.en ?? `org${i}`).toLowerCase().replace(/[^a-z0-9]+/g, '')}.example` : null,
        representative,
        contactEmail: r.chance(0.7) ? `contact${i}@org${i}.example` : null,
        contactPhone: r.chance(0.7) ? `0${r.int(2, 64)}-${r.int(200, 999)}-${String(r.int(0, 9999)).padStart(4, '0')}` : null,
      },
      affiliations,
      support,
    };
  }
}

const csvCell = (v: string | null | undefined) => {
  const s = v ?? '';
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * A CSV as a center would upload it (Korean headers and labels), of `count` organizations
 * that are new to the benchmark database (a different seed and BRN range).
 */
export function importCsv(count: number): Buffer {
  const headers = ['기업명', '사업자등록번호', '기업구분', '지역', '설립일', '업종', '기업소개', '성장단계', '대표자', '주요제품', '보유기술', '홈페이지', '이메일', '전화번호'];
  const lines = [headers.join(',')];
  let n = 0;
  for (const o of generateOrganizations(count, 777)) {
    const v = o.values;
    const brn = withCheckDigit(String(900_000_000 + n++).padStart(9, '0'));
    lines.push(
      [
        v.name,
        `${brn.slice(0, 3)}-${brn.slice(3, 5)}-${brn.slice(5)}`,
        kindLabels[v.kind]!.ko,
        v.region ?? '',
        v.foundedOn?.replace(/-/g, '.') ?? '',
        v.ksicCode ?? '',
        v.description,
        v.stage ? stageLabels[v.stage]!.ko : '',
        v.representative ?? '',
        v.products,
        v.technologies,
        v.website ?? '',
        v.contactEmail ?? '',
        v.contactPhone ?? '',
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
