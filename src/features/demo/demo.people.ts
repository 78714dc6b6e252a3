import type { Role } from '../auth/actor.ts';
import { centerReference } from '../centers/center.data.ts';
import { demoAccounts } from './demo.accounts.ts';
import { miniClusters, subClusters } from './demo.clusters.ts';
import type { DemoMembership, DemoPerson } from './demo.dataset.ts';
import { personName } from './demo.names.ts';
import type { Random } from '../../shared/random.ts';

export type PeopleResult = {
  people: DemoPerson[];
  memberships: DemoMembership[];
  /** Staff who log a center's support records: its admin and managers. */
  staffByCenter: Map<string, string[]>;
  coordinatorByCluster: Map<string, string>;
};

type Scope = { centerId?: string; clusterKey?: string; organizationId?: string };

const FOURTH_IR_AREAS = ['첨단자동차', '바이오융합', '로봇', '스마트팩토리'] as const;

const HANJIN_EXPERTISE = [
  '수출물류 컨설팅: 최적 운송방법, 물류비 절감, 재고관리',
  '항공·해상 포워딩과 국제 운송, 인코텀즈',
  '콜드체인·신선 농수산식품 수출 운송',
  '창고 운영, 풀필먼트, 재고관리',
  '중국 수출물류와 역직구 국제 특송',
  '택배·라스트마일 배송 설계, 드론 배송 실증',
  '물류센터 자동화와 WMS 도입',
  '수출입 물류비 분석과 운송 입찰',
];

const SAMSUNG_EXPERTISE = [
  '공정 개선·라인 밸런싱', 'MES 도입과 생산 데이터 수집', '품질 관리와 불량률 저감', '설비 보전(TPM)', '금형 관리와 사출 공정',
  '자재 흐름과 물류 동선 개선', '자동화 설비 설계', '스마트공장 수준 진단',
];

const VC_EXPERTS: readonly (readonly [center: string, title: string, expertise: string])[] = [
  ['incheon', '스파크랩 파트너', '물류·모빌리티 스타트업 시드 투자, 글로벌 액셀러레이팅'],
  ['incheon', '스파크랩 심사역', '이커머스·역직구 스타트업 투자 심사'],
  ['gyeonggi', '벤처캐피털 심사역', 'IoT·핀테크 시리즈A 투자, 미국 진출'],
  ['gyeonggi', '벤처캐피털 파트너', '글로벌 SaaS 투자, 유럽 투자설명회'],
  ['daejeon', '벤처캐피털 심사역', '딥테크·의료기기 투자 (플라즈마, 바이오센서)'],
  ['daejeon', '기술지주회사 투자팀장', '출연연 기술사업화 투자'],
  ['jeonbuk', '탄소특화 펀드 운용역', '탄소소재·복합소재 기업 투자'],
  ['seoul', '벤처캐피털 심사역', '문화콘텐츠·엔터테인먼트 투자'],
  ['busan', '벤처캐피털 심사역', '유통·영상 스타트업 투자'],
  ['gwangju', '벤처캐피털 심사역', '자동차 부품·수소 모빌리티 투자'],
  ['chungbuk', '벤처캐피털 심사역', '뷰티·바이오 투자, 수출 마케팅'],
  ['pohang', 'CVC 투자 매니저', '소재·에너지 벤처 투자'],
];

/** The demo's people: the accounts of demo.accounts.ts, center staff, MC coordinators, experts, judges, sponsors. */
export function generatePeople(random: Random, organizationIds: { founder: string }, clusterKeys: readonly string[]): PeopleResult {
  const people: DemoPerson[] = [];
  const memberships: DemoMembership[] = [];
  const staffByCenter = new Map<string, string[]>();
  const coordinatorByCluster = new Map<string, string>();
  const fixed = new Map(demoAccounts.map((a) => [a.email, a]));

  const phone = () => `010-${random.int(2000, 9999)}-${random.int(1000, 9999)}`;
  const add = (email: string, title: string | null, role: Role, scope: Scope, expertise = '') => {
    const account = fixed.get(email);
    const person: DemoPerson = { id: random.uuid(), email, name: account?.name ?? personName(random), title, phone: phone(), expertise };
    people.push(person);
    memberships.push({ personId: person.id, role, centerId: scope.centerId ?? null, clusterKey: scope.clusterKey ?? null, organizationId: scope.organizationId ?? null });
    return person.id;
  };

  add('admin@innohub.kr', '민관합동창조경제추진단 사무관', 'national_admin', {});

  for (const center of centerReference) {
    const short = center.shortName;
    const staff = [
      add(`${center.id}.admin@innohub.kr`, `${short} 운영팀장`, 'center_admin', { centerId: center.id }),
      add(`${center.id}.manager@innohub.kr`, `${short} 매니저`, 'center_manager', { centerId: center.id }),
      add(`${center.id}.manager2@innohub.kr`, `${short} 매니저`, 'center_manager', { centerId: center.id }),
    ];
    staffByCenter.set(center.id, staff);
    const sponsorEmail = center.id === 'incheon' ? 'hanjin.sponsor@innohub.kr' : `${center.id}.sponsor@innohub.kr`;
    add(sponsorEmail, `${center.sponsor[0]} 전담기업 협력 담당`, 'sponsor', { centerId: center.id });
  }

  const clusterNames = new Map<string, string>([...miniClusters, ...subClusters].map((c) => [c.key, c.name]));
  for (const key of clusterKeys) {
    const email = key === 'mobility' ? 'mc.coordinator@innohub.kr' : `mc.${key}@innohub.kr`;
    coordinatorByCluster.set(key, add(email, `${clusterNames.get(key)} 코디네이터 (산단공 인천)`, 'cluster_coordinator', { clusterKey: key }));
  }

  // Seed 000: Hanjin consultants and customs brokers staff the 종합물류컨설팅센터.
  HANJIN_EXPERTISE.forEach((expertise, i) => {
    const email = i === 0 ? 'expert@innohub.kr' : `hanjin.consultant${String(i + 1).padStart(2, '0')}@innohub.kr`;
    add(email, '한진 물류컨설턴트 (종합물류컨설팅센터)', 'expert', { centerId: 'incheon' }, expertise);
  });
  for (let i = 1; i <= 4; i++) {
    add(`customs.broker${String(i).padStart(2, '0')}@innohub.kr`, '관세청 공익관세사 (종합물류컨설팅센터)', 'expert', { centerId: 'incheon' }, random.pick(['통관 절차와 관세 정보 상담', 'FTA 원산지 관리와 관세 환급', '수출입 신고와 HS코드 분류', '신선식품 검역·통관']));
  }
  VC_EXPERTS.forEach(([centerId, title, expertise], i) => add(`vc${String(i + 1).padStart(2, '0')}@innohub.kr`, title, 'expert', { centerId }, expertise));
  // Seed 002: about 30 Samsung process experts behind 경북's smart factories.
  for (let i = 1; i <= 30; i++) {
    add(`samsung.sf${String(i).padStart(2, '0')}@innohub.kr`, '삼성 스마트공장 공정 전문가', 'expert', { centerId: 'gyeongbuk' }, `스마트공장: ${random.sample(SAMSUNG_EXPERTISE, 2).join(', ')}`);
  }
  // Seed 001: the 26-member working group of Incheon's 4th-IR task force, across four fields.
  for (let i = 0; i < 26; i++) {
    const area = FOURTH_IR_AREAS[i % FOURTH_IR_AREAS.length]!;
    add(`4ir.expert${String(i + 1).padStart(2, '0')}@innohub.kr`, `4차 산업혁명 대응 추진단 워킹그룹 (${area})`, 'expert', { centerId: 'incheon' }, `4차 산업혁명 ${area} 분야 현황분석과 신규사업 발굴`);
  }

  add('judge@innohub.kr', '외부 심사위원 (창업 경진대회)', 'judge', { centerId: 'incheon' }, '물류·모빌리티 창업 아이템 평가');
  for (let i = 1; i <= 5; i++) {
    add(`judge.gwangju${String(i).padStart(2, '0')}@innohub.kr`, '광주센터 창업공모전 심사위원', 'judge', { centerId: 'gwangju' }, random.pick(['자동차 부품 기술 평가', '수소연료전지 기술 평가', '사업성·시장성 평가', '투자 관점 평가']));
  }
  add('founder@innohub.kr', '대표이사', 'company_member', { organizationId: organizationIds.founder });

  return { people, memberships, staffByCenter, coordinatorByCluster };
}
