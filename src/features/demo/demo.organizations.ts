import { centerReference } from '../centers/center.data.ts';
import type { Region } from '../reference/regions.ts';
import { regionCodes } from '../reference/regions.ts';
import { OrganizationBuilder, organizationValues, registrantOf } from './demo.builder.ts';
import { CLUSTER_COMPLEX, CLUSTER_HOST, miniClusters, subClusters } from './demo.clusters.ts';
import { companyValues, type CompanyKind } from './demo.companies.ts';
import { DEMO_FIRST_DAY, DEMO_ORGANIZATION_COUNT, DEMO_TODAY, type DemoAffiliation, type DemoCluster } from './demo.dataset.ts';
import { centerInstitutions, founderOrganization, jeonbukOnlyOrganization, partners, sponsors, successStories, type AffiliationKind, type FixedOrganization } from './demo.fixed.ts';
import { BUYER_COUNTRIES, slug } from './demo.names.ts';
import { addDays, dateBetween, maxDate, minDate, type Random } from '../../shared/random.ts';
import { specialties, type Specialty, type Theme } from './demo.themes.ts';

/** When a center could first have worked with anyone: its opening, not before the demo's first day. */
export function centerStart(centerId: string): string {
  const opened = centerReference.find((c) => c.id === centerId)?.openedOn ?? null;
  return maxDate(DEMO_FIRST_DAY, opened ?? DEMO_FIRST_DAY);
}

const LAST_JOIN = addDays(DEMO_TODAY, -30);
/** Seed 004 counts the members as of April 2021. */
const MC_COUNTED_ON = '2021-04-20';

/**
 * Groups of companies the seeds count, generated first in their center's pool so the support
 * records can match the figures (100 smart factories in 경북 in 2015, 11 firms in Paris …).
 */
type Cohort = {
  tag: string;
  centerId: string;
  count: number;
  kind: 'startup' | 'sme';
  themes: readonly string[];
  foundedBy: string;
  joined: readonly [string, string];
  affiliation: AffiliationKind;
  products?: readonly string[];
};

export const cohorts: readonly Cohort[] = [
  { tag: 'smart-factory-2015-h1', centerId: 'gyeongbuk', count: 40, kind: 'sme', themes: ['gumi-manufacturing'], foundedBy: '2013-12-31', joined: ['2015-01-02', '2015-02-13'], affiliation: 'portfolio' },
  { tag: 'smart-factory-2015-h2', centerId: 'gyeongbuk', count: 59, kind: 'sme', themes: ['gumi-manufacturing', 'new-business'], foundedBy: '2013-12-31', joined: ['2015-01-02', '2015-06-30'], affiliation: 'portfolio' },
  { tag: 'paris-composites-2015', centerId: 'jeonbuk', count: 10, kind: 'startup', themes: ['carbon-material', 'carbon-product'], foundedBy: '2014-10-31', joined: ['2015-01-02', '2015-02-27'], affiliation: 'resident' },
  { tag: 'jeonbuk-strategic-12', centerId: 'jeonbuk', count: 12, kind: 'sme', themes: ['agri-food'], foundedBy: '2014-06-30', joined: ['2015-01-02', '2015-03-31'], affiliation: 'portfolio', products: ['죽염', '유자차', '전통 막걸리', '죽염', '유자차', '전통 막걸리', '발효 장류', '복분자 음료', '쌀 가공식품', '죽염', '유자차', '전통 막걸리'] },
  { tag: 'jeonbuk-contest-5', centerId: 'jeonbuk', count: 5, kind: 'startup', themes: ['agri-food'], foundedBy: '2015-02-28', joined: ['2015-03-02', '2015-04-15'], affiliation: 'portfolio', products: ['빙수시럽', '천연콜라겐 바이오식품', '발효 식초', '홍삼 젤리', '블루베리 잼'] },
  { tag: 'gwangju-resident-5', centerId: 'gwangju', count: 5, kind: 'startup', themes: ['hydrogen', 'hydrogen', 'hydrogen', 'auto-software', 'auto-software'], foundedBy: '2014-12-31', joined: ['2015-01-02', '2015-03-31'], affiliation: 'resident', products: ['수소 센서', '수소연료전지 스택', '연료전지 분리판', '자율주행 카메라', '자동차용 카메라 모듈'] },
  { tag: 'gwangju-contest-5', centerId: 'gwangju', count: 5, kind: 'startup', themes: ['auto-parts', 'auto-software', 'hydrogen'], foundedBy: '2015-04-30', joined: ['2015-05-04', '2015-06-30'], affiliation: 'portfolio' },
  { tag: 'smart-venture-campus-2017', centerId: 'incheon', count: 25, kind: 'startup', themes: ['drone-delivery', 'tracking', 'cold-chain', 'export-customs', 'cross-border', 'smart-warehouse', 'hardware'], foundedBy: '2016-12-31', joined: ['2016-01-04', '2017-03-31'], affiliation: 'resident' },
];

const BUYER_CENTERS: Record<string, string> = { 중국: 'incheon', 홍콩: 'incheon', 미국: 'chungbuk', 베트남: 'incheon', 페루: 'chungbuk', 멕시코: 'chungbuk', 과테말라: 'chungbuk', 코스타리카: 'chungbuk', 일본: 'busan', 프랑스: 'jeonbuk', 독일: 'jeonbuk' };
const BUYER_INTERESTS: Record<string, string> = {
  incheon: '신선 농수산식품과 역직구 상품', chungbuk: 'K-뷰티 화장품, 마스크팩, 천연 화장품 원료', jeonbuk: '탄소복합소재와 기능성 원단', busan: '수산 가공식품', jeonnam: '김·해조류 가공식품', gyeonggi: 'IoT 기기',
};
const SPECIAL_BUYERS: Record<string, [center: string, interest: string]> = {
  'Golden State Fiber Optics': ['chungbuk', '광섬유 융착 접속기와 광통신 장비'],
  'Westcoast Smart Logistics': ['incheon', '물류 IoT 단말과 콜드체인 솔루션'],
  'LA Seoul Market Distribution': ['incheon', '신선 농수산식품과 가공식품'],
  'Mekong K-Food Distribution': ['jeonnam', '김·해조류 가공식품'],
  'Shanghai Meili Cosmetics': ['chungbuk', 'K-뷰티 화장품과 마스크팩'],
  'Naniwa Beauty Import': ['chungbuk', 'K-뷰티 화장품과 마스크팩'],
  'Kowloon Gadget Distribution': ['gyeonggi', '블루투스 이어셋과 IoT 기기'],
  'Pacifico Foods Peru': ['incheon', '신선 농수산식품과 가공식품'],
  'Grupo Mar de Cortés': ['chungbuk', '해양 유래 천연 화장품 원료'],
  'Maison Hanbok Paris': ['jeonbuk', '한지 공예품과 전통 문양 디자인 상품'],
};

/** What a partner institution does for companies; each ends in a consonant, so it takes 으로. */
const supports = (random: Random) => random.pick(['창업 교육과 기술 자문', '시험·분석 장비 공동 활용', '지역 특화산업 육성', '인력 양성과 산학 공동연구 협력', '인증·시험 지원', '정책 연계와 판로 개척']);

export type OrganizationsResult = { builder: OrganizationBuilder; clusters: DemoCluster[] };

export function generateOrganizations(random: Random): OrganizationsResult {
  const b = new OrganizationBuilder(random);
  const fixed = (o: FixedOrganization, extra: Omit<DemoAffiliation, 'organizationId'>[] = []) => {
    b.claimName(o.name);
    const values = organizationValues({
      businessRegistrationNumber: o.brn === false ? null : b.brn(registrantOf(o.kind, o.name)),
      name: o.name, nameEn: o.nameEn, kind: o.kind, foundedOn: o.foundedOn, region: o.region, ksicCode: o.ksic, stage: o.stage,
      description: o.description, products: o.products, technologies: o.technologies, representative: o.representative,
    });
    const affiliations = o.affiliations.map((a) => ({ centerId: a.centerId, clusterKey: null, kind: a.kind, startedOn: a.startedOn, endedOn: a.endedOn ?? null, note: a.note ?? '' }));
    return b.add(values, { key: o.key }, [...affiliations, ...extra]);
  };

  for (const s of sponsors) {
    const centers = centerReference.filter((c) => c.sponsor[0] === s.sponsorOf);
    fixed({ ...s, kind: 'large', affiliations: centers.map((c) => ({ centerId: c.id, kind: 'sponsor', startedOn: centerStart(c.id), note: '전담기업' })) });
  }
  for (const p of partners) fixed(p);
  for (const s of successStories) {
    const member = s.clusterKey ? [{ centerId: null, clusterKey: s.clusterKey, kind: 'member' as const, startedOn: '2017-03-02', endedOn: null, note: '' }] : [];
    fixed(s, member);
  }
  fixed(founderOrganization);
  fixed(jeonbukOnlyOrganization);

  for (const [centerId, name, kind, region, ksic] of centerInstitutions) {
    const short = centerReference.find((c) => c.id === centerId)!.shortName;
    b.claimName(name);
    b.add(
      organizationValues({ businessRegistrationNumber: b.brn(registrantOf(kind, name)), name, kind, region, ksicCode: ksic, description: `${short} 협력기관.\n${supports(random)}으로 보육기업을 지원한다.` }),
      {},
      [{ centerId, clusterKey: null, kind: 'partner', startedOn: dateBetween(random, centerStart(centerId), '2018-12-31'), endedOn: null, note: '협력기관' }],
    );
  }

  for (const country of BUYER_COUNTRIES) {
    for (const name of country.names) {
      const [centerId, interest] = SPECIAL_BUYERS[name] ?? [BUYER_CENTERS[country.ko] ?? 'incheon', ''];
      const wants = interest || BUYER_INTERESTS[centerId]!;
      b.claimName(name);
      b.add(
        organizationValues({
          name, nameEn: name, kind: 'buyer', ksicCode: '46', representative: random.pick(country.people), products: wants,
          description: `${country.ko} ${country.city}의 수입·유통 바이어.\n수출상담회에서 ${wants} 수입을 상담했다.`,
          contactEmail: `buyer@${slug(name)}.example`,
        }),
        {},
        [{ centerId, clusterKey: null, kind: 'partner', startedOn: dateBetween(random, '2015-09-01', '2025-06-30'), endedOn: null, note: '해외 바이어' }],
      );
    }
  }

  const clusters = generateClusterMembers(random, b);
  generatePool(random, b, DEMO_ORGANIZATION_COUNT - b.organizations.length);
  return { builder: b, clusters };
}

function generateClusterMembers(random: Random, b: OrganizationBuilder): DemoCluster[] {
  const clusters: DemoCluster[] = [];
  const base = { hostName: CLUSTER_HOST, region: '인천', complex: CLUSTER_COMPLEX };
  miniClusters.forEach((mc, i) => clusters.push({ ...base, key: mc.key, name: mc.name, nameEn: mc.nameEn, industries: mc.industries, description: mc.description, parentKey: null, sortOrder: i + 1 }));
  subClusters.forEach((sub, i) => clusters.push({ ...base, key: sub.key, name: sub.name, nameEn: sub.nameEn, industries: [...sub.industries], description: sub.description, parentKey: sub.parentKey, sortOrder: i + 1 }));

  const membersOf = new Map<string, { companies: string[]; institutions: string[] }>();
  for (const mc of miniClusters) {
    const companies: string[] = [];
    const institutions: string[] = [];
    for (const [name, kind] of mc.institutions) {
      b.claimName(name);
      const ksicCode = kind === 'university' ? '85' : kind === 'institute' ? '70129' : /협회|조합|협의회|상공회의소/.test(name) ? '94' : '84';
      const org = b.add(
        organizationValues({ businessRegistrationNumber: b.brn(registrantOf(kind, name)), name, kind, region: '인천', ksicCode, description: `${mc.name} 지원기관 회원.\n${supports(random)}으로 회원사를 지원한다.` }),
        {},
        [{ centerId: null, clusterKey: mc.key, kind: 'member', startedOn: dateBetween(random, DEMO_FIRST_DAY, MC_COUNTED_ON), endedOn: null, note: '지원기관 회원' }],
      );
      institutions.push(org.id);
    }
    for (let n = 0; n < mc.companies; n++) {
      const kind = random.weighted({ sme: 85, midsize: 5, startup: 10 });
      const values = companyValues(random, b, {
        kind, theme: mc.theme, region: '인천', founded: kind === 'startup' ? ['2012-01-02', '2020-12-31'] : ['1985-01-02', '2017-12-31'],
        belongs: `${CLUSTER_COMPLEX} ${mc.name} 회원사.`,
      });
      const joined = dateBetween(random, maxDate(DEMO_FIRST_DAY, addDays(values.foundedOn ?? DEMO_FIRST_DAY, 90)), MC_COUNTED_ON);
      const affiliations: Omit<DemoAffiliation, 'organizationId'>[] = [{ centerId: null, clusterKey: mc.key, kind: 'member', startedOn: joined, endedOn: null, note: '' }];
      // Some members also work with the 인천 center: a company may have two tenants.
      if (random.chance(0.1)) affiliations.push({ centerId: 'incheon', clusterKey: null, kind: 'portfolio', startedOn: dateBetween(random, maxDate(joined, centerStart('incheon')), LAST_JOIN), endedOn: null, note: '' });
      companies.push(b.add(values, { theme: mc.theme.key }, affiliations).id);
    }
    membersOf.set(mc.key, { companies, institutions });
  }
  const taejin = b.organizations.find((o) => o.key === 'taejin')!;
  membersOf.get('mobility')!.companies.push(taejin.id);

  for (const sub of subClusters) {
    const parent = membersOf.get(sub.parentKey)!;
    const chosen = [...random.sample(parent.companies, sub.companies), ...random.sample(parent.institutions, sub.institutions)];
    for (const organizationId of chosen) {
      b.addAffiliation({ organizationId, centerId: null, clusterKey: sub.key, kind: 'member', startedOn: dateBetween(random, '2021-05-03', '2021-12-30'), endedOn: null, note: '스마트 Sub MC 참여' });
    }
  }
  return clusters;
}

/** Splits `total` over the specialties in proportion to their sizes (largest remainder). */
function apportion(total: number): Map<Specialty, number> {
  const weight = specialties.reduce((s, x) => s + x.size, 0);
  const shares = specialties.map((s) => ({ s, exact: (total * s.size) / weight }));
  const result = new Map(shares.map(({ s, exact }) => [s, Math.floor(exact)]));
  let left = total - [...result.values()].reduce((a, n) => a + n, 0);
  for (const { s } of [...shares].sort((a, b) => (b.exact % 1) - (a.exact % 1))) {
    if (left-- <= 0) break;
    result.set(s, result.get(s)! + 1);
  }
  return result;
}

const SECOND_CENTER: Record<string, string> = { pohang: 'gyeongbuk', daegu: 'gyeongbuk', gyeongbuk: 'daegu', sejong: 'daejeon', daejeon: 'sejong' };

function generatePool(random: Random, b: OrganizationBuilder, total: number): void {
  const themeOf = (s: Specialty, key: string) => s.themes.find((t) => t.key === key)!;
  for (const [s, size] of apportion(total)) {
    const start = centerStart(s.centerId);
    const specialty = centerReference.find((c) => c.id === s.centerId)!.specialty[0];
    let made = 0;
    for (const cohort of cohorts.filter((c) => c.centerId === s.centerId)) {
      for (let i = 0; i < cohort.count; i++, made++) {
        const theme = themeOf(s, cohort.themes[i % cohort.themes.length]!);
        const values = companyValues(random, b, {
          kind: cohort.kind, theme, region: s.region, founded: [cohort.kind === 'sme' ? '1990-01-02' : '2011-01-03', cohort.foundedBy], firstProduct: cohort.products?.[i],
        });
        const joined = dateBetween(random, maxDate(cohort.joined[0], values.foundedOn ?? cohort.joined[0]), cohort.joined[1]);
        b.add(values, { theme: theme.key, tags: [cohort.tag] }, [{ centerId: s.centerId, clusterKey: null, kind: cohort.affiliation, startedOn: joined, endedOn: null, note: '' }]);
      }
    }
    for (; made < size; made++) {
      const kind: CompanyKind = random.weighted({ startup: 58, sme: 29, midsize: 3, team: 6, investor: 4 });
      const theme = kind === 'investor' ? null : pickTheme(random, s.themes);
      // Most companies are local; some come from elsewhere for the center's specialty.
      const region: Region = random.chance(0.9) ? s.region : random.pick(regionCodes);
      const founded = kind === 'startup' ? (['2011-01-03', '2025-10-31'] as const) : kind === 'sme' ? (['1988-01-04', '2018-12-31'] as const) : kind === 'midsize' ? (['1975-03-02', '2005-12-30'] as const) : kind === 'investor' ? (['1998-01-05', '2020-12-31'] as const) : null;
      const values = companyValues(random, b, { kind, theme, region, founded, investsIn: specialty });
      const joined =
        kind === 'team' ? dateBetween(random, '2024-01-02', LAST_JOIN)
        : values.foundedOn && values.foundedOn > start ? minDate(addDays(values.foundedOn, random.int(30, 540)), LAST_JOIN)
        : dateBetween(random, start, addDays(DEMO_TODAY, -45));
      const affiliationKind: AffiliationKind = kind === 'investor' ? 'partner' : kind === 'startup' || kind === 'team' ? (random.chance(0.35) ? 'resident' : 'portfolio') : random.chance(0.9) ? 'portfolio' : 'partner';
      const affiliations: Omit<DemoAffiliation, 'organizationId'>[] = [{ centerId: s.centerId, clusterKey: null, kind: affiliationKind, startedOn: maxDate(joined, start), endedOn: endOf(random, affiliationKind, maxDate(joined, start)), note: '' }];
      if ((kind === 'startup' || kind === 'sme') && random.chance(0.08)) {
        const other = SECOND_CENTER[s.centerId] && random.chance(0.6) ? SECOND_CENTER[s.centerId]! : s.centerId !== 'gyeonggi' && random.chance(0.5) ? 'gyeonggi' : random.pick(centerReference.filter((c) => c.id !== s.centerId)).id;
        const from = addDays(maxDate(affiliations[0]!.startedOn, centerStart(other)), 30);
        if (from < LAST_JOIN) affiliations.push({ centerId: other, clusterKey: null, kind: 'portfolio', startedOn: dateBetween(random, from, LAST_JOIN), endedOn: null, note: other === 'gyeonggi' ? '글로벌 진출 허브 연계' : '타 센터 연계 지원' });
      }
      b.add(values, { theme: theme?.key }, affiliations);
    }
  }
}

function pickTheme(random: Random, themes: readonly Theme[]): Theme {
  return themes[Number(random.weighted(Object.fromEntries(themes.map((t, i) => [String(i), t.weight]))))]!;
}

/** Residents graduate after one to three years; a few portfolio ties end too. */
function endOf(random: Random, kind: AffiliationKind, startedOn: string): string | null {
  const ends = kind === 'resident' ? random.chance(0.4) : random.chance(0.05);
  if (!ends) return null;
  const end = addDays(startedOn, kind === 'resident' ? random.int(365, 1095) : random.int(365, 1460));
  return end < DEMO_TODAY ? end : null;
}
