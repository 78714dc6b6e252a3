import type { PartnerRole, ProgramStage, ProgramType } from '../programs/program.codes.ts';
import type { supportKinds } from '../support-records/support-record.schema.ts';

export type SupportKind = (typeof supportKinds)[number];

/**
 * A program a center or a mini-cluster runs, as it appears in the support ledger. Names come
 * from the seeds where they name one; values are integer won where a program has one.
 */
export type Program = {
  name: string;
  kind: SupportKind;
  weight: number;
  /** Value in won, drawn between the two; none for consulting, mentoring, education. */
  value?: readonly [number, number];
  /** Length in days; none for a one-day session. */
  days?: readonly [number, number];
  notes?: readonly string[];
  /** Earliest date the program ran (YYYY-MM-DD). */
  from?: string;
  /** Only for organizations of these themes (demo.themes.ts keys). */
  themes?: readonly string[];
};

const M = 1_000_000;

/** Programs every center runs (PRODUCT.md: 사업화, 교육, 공간·보육, 멘토링, 행사, R&D, 투자, 글로벌). */
export const commonPrograms: readonly Program[] = [
  { name: '창업보육 입주 지원', kind: 'space', weight: 3, value: [3 * M, 15 * M], days: [180, 730] },
  { name: '시제품 제작 지원', kind: 'prototype', weight: 3, value: [3 * M, 30 * M], days: [30, 120] },
  { name: '사업화 자금 지원', kind: 'funding', weight: 3, value: [20 * M, 100 * M], days: [240, 300], notes: ['협약 기간 10개월, 중간·최종 보고 완료', '서면평가·발표평가 후 선정'] },
  { name: '투자유치 IR 데모데이', kind: 'investment_linkage', weight: 2, value: [100 * M, 2_000 * M], notes: ['시드 투자 유치', '후속 투자(Series A) 연계', '전담기업 CVC 투자 연계'] },
  { name: '창업 멘토링', kind: 'mentoring', weight: 4, notes: ['비즈니스 모델 점검', '투자 유치 전략', '시장 진입 전략', '팀 빌딩과 채용', '가격 정책 검토'] },
  { name: '법률·특허 상담', kind: 'consulting', weight: 3, notes: ['특허 출원 전략', '계약서 검토', '노무 자문', '세무·회계 자문', '상표 등록'] },
  { name: '금융 상담 (정책자금 연계)', kind: 'consulting', weight: 2, notes: ['기술보증기금 보증 연계', '정책자금 융자 안내', '신용보증 상담'] },
  { name: '창업 기초교육', kind: 'education', weight: 3, days: [1, 5], notes: ['린 스타트업', '디자인 씽킹', '사업계획서 작성', '투자 유치 실무'] },
  { name: '판로개척 마케팅 지원', kind: 'marketing', weight: 3, value: [3 * M, 30 * M], days: [30, 180], notes: ['온라인 판로 입점', '전시회 참가', '홍보 영상 제작', '전담기업 유통망 입점'] },
  { name: 'KOTRA 무역관 연계 해외진출', kind: 'overseas', weight: 2, value: [5 * M, 30 * M], days: [30, 180], notes: ['해외 바이어 발굴', '현지 시장조사', '해외 법인 설립 자문'] },
  { name: '글로벌 로드쇼', kind: 'overseas', weight: 1, value: [5 * M, 40 * M], days: [3, 10], from: '2016-04-01', notes: ['한류 행사 연계 수출상담회', '현지 투자설명회'] },
  { name: '대기업 특허 개방 기술이전', kind: 'tech_transfer', weight: 1, value: [0, 20 * M], notes: ['전담기업 개방 특허 무상 양도', '통상실시권 설정', '기술 노하우 전수'] },
  { name: '창업공모전', kind: 'other', weight: 1, notes: ['서류평가 통과', '본선 발표', '우수상 수상'] },
  { name: '스마트공장 구축 지원', kind: 'smart_factory', weight: 1, value: [30 * M, 150 * M], days: [90, 240], from: '2015-06-01', notes: ['기초 수준 MES 도입', '설비 데이터 수집', '품질 관리 시스템 구축'] },
];

/** What each center adds to the common programs: its specialty and the seeds' named programs. */
export const centerPrograms: Readonly<Record<string, readonly Program[]>> = {
  incheon: [
    { name: '물류벤처 육성프로그램 (한진·스파크랩·시스코)', kind: 'mentoring', weight: 5, days: [90, 120], from: '2015-07-22', notes: ['스파크랩 액셀러레이팅', '시스코 IoT 기술 멘토링', '한진 물류 현장 실증', '글로벌 네트워크 연계'] },
    { name: '종합물류컨설팅', kind: 'consulting', weight: 6, from: '2015-07-22', notes: ['최적 운송방법 상담 (한진 물류컨설턴트)', '통관 절차 상담 (관세청 공익관세사)', '관세 정보·FTA 활용 상담', '물류비 절감 컨설팅', '재고관리 개선 컨설팅', '수출물류 경로 검토'] },
    { name: '물류아카데미', kind: 'education', weight: 4, days: [2, 10], from: '2015-09-01', notes: ['수출물류 실무', '국제 운송과 인코텀즈', '창고·재고관리', '통관 실무'] },
    { name: '신선식품 수출 지원', kind: 'overseas', weight: 3, themes: ['fresh-export', 'cold-chain', 'export-customs'], value: [5 * M, 30 * M], days: [30, 120], from: '2015-07-22', notes: ['유망 수출품목 발굴 (농수산식품유통공사 연계)', '수산무역협회 바이어 연결', '콜드체인 수출 운송'] },
    { name: '중국 진출 원스톱 지원 (칭화과기원·동화대)', kind: 'overseas', weight: 2, themes: ['cross-border', 'export-customs', 'fresh-export', 'hardware', 'tracking'], value: [5 * M, 40 * M], days: [30, 180], from: '2015-09-01', notes: ['현지 인큐베이팅 공간 지원', '수출상담', '공동마케팅', '투자유치 연계'] },
    { name: '역직구 온라인 창업교육', kind: 'education', weight: 2, themes: ['cross-border', 'fresh-export'], days: [5, 20], from: '2015-10-01', notes: ['온라인 쇼핑몰 운영 노하우', '중국 역직구 시장 이해', '해외 결제·배송'] },
    { name: '글로벌 스타트업 캠퍼스 입주', kind: 'space', weight: 2, value: [5 * M, 20 * M], days: [180, 730], from: '2017-07-01', notes: ['입주공간', '시제품 제작소·디자인랩 이용'] },
    { name: '디자인 씽킹·린 스타트업 제작소', kind: 'prototype', weight: 2, value: [3 * M, 20 * M], days: [30, 90], from: '2017-07-01' },
    { name: '항공엔진 정비·자동차부품 강소기업 육성', kind: 'consulting', weight: 3, themes: ['aero-auto'], from: '2015-07-22', notes: ['대한항공 항공엔진 정비 기술 자문', '자동차 소재·부품 품질 컨설팅'] },
    { name: '창조성장벤처펀드 투자 연계', kind: 'investment_linkage', weight: 1, value: [300 * M, 3_000 * M], from: '2017-01-01' },
  ],
  jeonbuk: [
    { name: '탄소특화 창업보육', kind: 'space', weight: 5, themes: ['carbon-material', 'carbon-product'], value: [5 * M, 20 * M], days: [180, 730], from: '2015-09-01', notes: ['효성 전주공장 내 탄소특화 창업보육센터 입주'] },
    { name: '탄소소재 공급·기술경험 전수', kind: 'tech_transfer', weight: 4, themes: ['carbon-material', 'carbon-product'], value: [1 * M, 30 * M], notes: ['효성 탄소섬유 공급', '탄소섬유 성형 기술 전수', '복합소재 설계 노하우 전수'] },
    { name: '탄소특화 펀드 투자 연계', kind: 'investment_linkage', weight: 2, themes: ['carbon-material', 'carbon-product'], value: [200 * M, 2_000 * M], from: '2015-08-01' },
    { name: '농생명 브랜드 개발', kind: 'marketing', weight: 4, themes: ['agri-food'], value: [5 * M, 30 * M], days: [60, 180], notes: ['브랜드 개발', '패키지 디자인', '해외 판로 개척'] },
    { name: '전통문화 사업화 지원', kind: 'funding', weight: 4, themes: ['tradition'], value: [10 * M, 50 * M], days: [180, 300] },
    { name: '독일·미국 복합소재 전시회 참가', kind: 'overseas', weight: 1, themes: ['carbon-material', 'carbon-product'], value: [10 * M, 40 * M], days: [4, 8], from: '2015-10-01' },
  ],
  gyeongbuk: [
    { name: '스마트공장 구축 지원', kind: 'smart_factory', weight: 6, value: [30 * M, 150 * M], days: [90, 240], notes: ['삼성 공정 전문가 현장 진단', 'MES·POP 도입', '설비 자동화', '품질 데이터 수집'] },
    { name: '삼성 공정 전문가 컨설팅', kind: 'consulting', weight: 5, notes: ['공정 개선', '불량률 저감', '설비 배치 최적화', '재고 흐름 개선'] },
    { name: '융합형 신사업 업종전환 지원', kind: 'funding', weight: 2, value: [30 * M, 100 * M], days: [240, 300], notes: ['의료기기', '다관절로봇', '영상진단', '금형고도화', '센서검사기', '탄소소재', '3D 문화콘텐츠'] },
  ],
  gwangju: [
    { name: '자동차 창업 육성', kind: 'mentoring', weight: 4, days: [60, 180], notes: ['현대차 연구소 기술 멘토링', '품질 인증 준비', '완성차 납품 전략'] },
    { name: '수소융합스테이션 실증 지원', kind: 'prototype', weight: 3, themes: ['hydrogen'], value: [10 * M, 80 * M], days: [60, 240], from: '2015-09-01' },
    { name: '스마트공장 구축 지원', kind: 'smart_factory', weight: 3, value: [30 * M, 150 * M], days: [90, 240] },
    { name: '송정역시장 활성화', kind: 'marketing', weight: 4, themes: ['local-market'], value: [3 * M, 15 * M], days: [30, 120], from: '2015-06-01', notes: ['점포 리모델링', '모바일 누리집', '시장 마케팅'] },
  ],
  chungbuk: [
    { name: 'LG생활건강 공동 원료 개발', kind: 'other', weight: 2, themes: ['cosmetics'], notes: ['화장품 원료 공동 개발', '제형 공동 연구'] },
    { name: '뷰티 마케팅 지원 (LG생활건강)', kind: 'marketing', weight: 4, themes: ['cosmetics', 'bio'], value: [5 * M, 40 * M], days: [60, 180], notes: ['남미 수출 마케팅', '국내 유통 입점', '브랜드 리뉴얼'] },
    { name: 'LG 특허 개방 기술이전', kind: 'tech_transfer', weight: 3, value: [0, 10 * M], notes: ['LG 특허 무상 양도', '통상실시권 설정'] },
    { name: '스마트공장 구축 지원', kind: 'smart_factory', weight: 2, value: [30 * M, 120 * M], days: [90, 240] },
  ],
  gyeonggi: [
    { name: 'IoT 액셀러레이팅 프로그램', kind: 'mentoring', weight: 4, days: [90, 150], notes: ['KT IoT 기술 지원', '글로벌 진출 멘토링'] },
    { name: 'KIC 연계 미국·유럽 액셀러레이팅', kind: 'overseas', weight: 3, value: [10 * M, 50 * M], days: [30, 90], notes: ['실리콘밸리 현지 액셀러레이팅', '유럽 투자설명회'] },
    { name: '핀테크 지원센터 입주', kind: 'space', weight: 3, themes: ['fintech'], value: [5 * M, 15 * M], days: [180, 730] },
  ],
  daejeon: [
    { name: '글로벌 벤처스타 프로젝트', kind: 'overseas', weight: 3, value: [10 * M, 50 * M], days: [60, 240], from: '2015-03-01' },
    { name: 'SK 기술사업화 멘토링', kind: 'mentoring', weight: 3, days: [30, 120] },
  ],
  chungnam: [{ name: '글로벌 익스펜션 프로그램', kind: 'overseas', weight: 3, value: [10 * M, 50 * M], days: [60, 240], from: '2015-06-01' }, { name: '한화 태양광 기술 멘토링', kind: 'mentoring', weight: 2 }],
  busan: [{ name: '롯데 유통망 판로 지원', kind: 'marketing', weight: 3, value: [5 * M, 30 * M], days: [30, 120] }, { name: '영화영상 제작 지원', kind: 'funding', weight: 3, themes: ['film'], value: [10 * M, 60 * M], days: [120, 300] }],
  ulsan: [{ name: '3D프린팅 시제품 제작', kind: 'prototype', weight: 3, value: [3 * M, 30 * M], days: [20, 90] }, { name: '조선해양 기술 멘토링 (현대중공업)', kind: 'mentoring', weight: 2 }],
  sejong: [{ name: '스마트팜 실증 지원', kind: 'prototype', weight: 3, themes: ['smart-farm'], value: [5 * M, 40 * M], days: [90, 240] }],
  gangwon: [{ name: '빅데이터 분석 지원 (네이버)', kind: 'consulting', weight: 3, notes: ['데이터 분석 자문', '클라우드 이용 지원'] }, { name: '관광 창업 육성', kind: 'mentoring', weight: 3, themes: ['gangwon-tourism'] }],
  jeonnam: [{ name: '친환경 농수산 판로 지원 (GS)', kind: 'marketing', weight: 3, value: [3 * M, 20 * M], days: [30, 120], notes: ['GS 리테일 입점', '온라인 기획전'] }],
  gyeongnam: [{ name: '기계산업 스마트화 지원 (두산)', kind: 'smart_factory', weight: 3, value: [30 * M, 120 * M], days: [90, 240] }, { name: '물산업 실증 지원', kind: 'prototype', weight: 3, themes: ['water'], value: [10 * M, 50 * M], days: [60, 180] }],
  jeju: [{ name: '스마트 관광 창업 육성 (카카오)', kind: 'mentoring', weight: 3, themes: ['jeju-tourism', 'jeju-ict'] }, { name: '제주 로컬 크리에이터 지원', kind: 'funding', weight: 2, value: [10 * M, 40 * M], days: [180, 300] }],
  seoul: [{ name: '문화콘텐츠 창업 지원 (CJ)', kind: 'funding', weight: 3, value: [10 * M, 60 * M], days: [180, 300] }, { name: '도시형 창업 공간 지원', kind: 'space', weight: 2, value: [3 * M, 12 * M], days: [180, 540] }],
  pohang: [{ name: '소재·에너지 기술사업화 (포스코)', kind: 'tech_transfer', weight: 3, value: [0, 30 * M] }, { name: '포스코 벤처플랫폼 투자 연계', kind: 'investment_linkage', weight: 2, value: [100 * M, 1_500 * M] }],
  daegu: [{ name: '섬유·패션 사업화 지원 (삼성)', kind: 'funding', weight: 3, value: [10 * M, 60 * M], days: [180, 300] }, { name: '스마트공장 구축 지원', kind: 'smart_factory', weight: 2, value: [30 * M, 120 * M], days: [90, 240] }],
};

/** Mini-cluster support (seed 004): networking, R&BD commercialisation, joint R&D planning. */
export const clusterPrograms: readonly Program[] = [
  { name: 'MC 네트워크 워크숍', kind: 'education', weight: 5, days: [1, 2], notes: ['회원사 정보교류', 'CEO 네트워킹', '업종별 애로과제 공유'] },
  { name: 'MC 기술세미나', kind: 'education', weight: 4, days: [1, 1], notes: ['스마트공장 동향', '탄소중립 대응', '제조 데이터 활용'] },
  { name: 'R&BD 사업화 촉진', kind: 'funding', weight: 3, value: [10 * M, 50 * M], days: [120, 300], notes: ['시제품 고도화', '인증 획득', '시험·분석 지원'] },
  { name: '공동비즈니스모델 발굴', kind: 'consulting', weight: 3, notes: ['회원사 공정 연계', '제품 상호 연결 비즈니스', '공동 수주'] },
  { name: '연구과제 기획·R&D 지원', kind: 'consulting', weight: 2, notes: ['정부 R&D 과제 기획', '산학 공동연구 매칭'] },
  { name: '애로과제 해결 지원', kind: 'mentoring', weight: 3, notes: ['품질 애로', '공정 애로', '인력 애로', '판로 애로'] },
  { name: '스마트공장 연계 지원', kind: 'smart_factory', weight: 2, value: [20 * M, 100 * M], days: [90, 240], from: '2019-01-01' },
  { name: '제조 데이터 공유 실증', kind: 'other', weight: 1, from: '2021-05-01', notes: ['연관 기업 간 공정 데이터 공유', '설비 가동 데이터 표준화'] },
];

/** The program type (사업화, 교육 …) a demo program of this ledger kind is filed under. */
const typeOfKind: Record<SupportKind, ProgramType> = {
  consulting: 'mentoring',
  mentoring: 'mentoring',
  education: 'education',
  space: 'space',
  prototype: 'commercialization',
  funding: 'commercialization',
  investment_linkage: 'finance',
  tech_transfer: 'rnd',
  marketing: 'commercialization',
  overseas: 'global',
  smart_factory: 'commercialization',
  other: 'networking',
};

/** A row of the programs table for the demo; partners by organization key (demo.fixed.ts). */
export type DemoProgramRow = {
  centerId: string | null;
  clusterKey: string | null;
  name: string;
  type: ProgramType;
  stages: ProgramStage[];
  supportKinds: SupportKind[];
  budgetKrw: number | null;
  startedOn: string | null;
  description: string;
  partners: { key: string; role: PartnerRole }[];
  cohorts: { name: string; startedOn: string; endedOn: string; capacity: number }[];
};

/** Stages a program of this ledger kind serves. */
const stagesOfKind: Record<SupportKind, ProgramStage[]> = {
  consulting: ['founding', 'marketing'],
  mentoring: ['idea', 'founding', 'prototype'],
  education: ['idea', 'founding'],
  space: ['founding', 'prototype'],
  prototype: ['prototype'],
  funding: ['prototype', 'marketing', 'funding'],
  investment_linkage: ['investment'],
  tech_transfer: ['rnd'],
  marketing: ['marketing'],
  overseas: ['overseas'],
  smart_factory: ['rnd', 'marketing'],
  other: ['idea'],
};

/** Programs the seeds name with their partners, budget and cohorts, where the ledger catalog has only a name. */
const named: Record<string, Partial<DemoProgramRow>> = {
  '물류벤처 육성프로그램 (한진·스파크랩·시스코)': {
    type: 'commercialization',
    stages: ['prototype', 'marketing', 'investment', 'overseas'],
    supportKinds: ['mentoring', 'investment_linkage', 'overseas'],
    description: '한진그룹, 액셀러레이터 스파크랩, 글로벌 IoT 기업 시스코가 함께 운영하는 물류 벤처 육성 프로그램. 육성된 스타트업은 스파크랩과 시스코의 네트워크로 바로 글로벌 시장에 진출한다.',
    partners: [
      { key: 'hanjin', role: 'sponsor' },
      { key: 'sparklabs', role: 'accelerator' },
      { key: 'cisco', role: 'other' },
    ],
    cohorts: [{ name: '2015년 1기', startedOn: '2015-09-01', endedOn: '2015-12-31', capacity: 10 }],
  },
  '중국 진출 원스톱 지원 (칭화과기원·동화대)': { partners: [{ key: 'tuspark', role: 'institute' }] },
};

/** Programs of the seeds the ledger catalog does not hold. */
const extra: DemoProgramRow[] = [
  {
    centerId: 'incheon',
    clusterKey: null,
    name: '스마트벤처캠퍼스',
    type: 'commercialization',
    stages: ['idea', 'founding', 'prototype', 'marketing'],
    supportKinds: ['funding', 'education', 'mentoring'],
    budgetKrw: 1_950_000_000,
    startedOn: '2017-03-01',
    description: '중소기업청의 청년 창업 지원 사업. 참여자 수요 기반형 교육과 멘토링, 시장반응조사로 급변하는 시장에 대응할 청년 기업을 육성한다.',
    partners: [],
    cohorts: [{ name: '2017년', startedOn: '2017-04-01', endedOn: '2017-12-31', capacity: 25 }],
  },
  {
    centerId: 'gwangju',
    clusterKey: null,
    name: '광주 창업공모전',
    type: 'commercialization',
    stages: ['idea', 'founding'],
    supportKinds: ['other', 'mentoring'],
    budgetKrw: null,
    startedOn: '2015-03-01',
    description: '자동차·수소 분야를 비롯한 창업 아이템 공모. 71개 과제를 접수해 5팀을 선발하고 멘토링으로 사업화를 돕는다.',
    partners: [{ key: 'hyundai-motor', role: 'sponsor' }],
    cohorts: [{ name: '2015년', startedOn: '2015-05-01', endedOn: '2015-12-31', capacity: 5 }],
  },
];

/** The demo's programs table: every center's own catalog, the clusters' and the seeds' named ones. */
export function demoProgramRows(clusterKeys: readonly string[]): DemoProgramRow[] {
  const row = (p: Program, scope: { centerId: string | null; clusterKey: string | null }): DemoProgramRow => ({
    ...scope,
    name: p.name,
    type: typeOfKind[p.kind],
    stages: stagesOfKind[p.kind],
    supportKinds: [p.kind],
    budgetKrw: null,
    startedOn: p.from ?? null,
    description: p.notes ? p.notes.join(', ') : '',
    partners: [],
    cohorts: [],
    ...named[p.name],
  });
  return [
    ...Object.entries(centerPrograms).flatMap(([centerId, list]) => list.map((p) => row(p, { centerId, clusterKey: null }))),
    ...clusterKeys.flatMap((clusterKey) => clusterPrograms.map((p) => row(p, { centerId: null, clusterKey }))),
    ...extra,
  ];
}

/** Calls of the seeds' programs, dated around the day the demo is seeded. */
export const demoCalls = [
  {
    program: '물류벤처 육성프로그램 (한진·스파크랩·시스코)',
    tenantName: '인천센터',
    title: '스마트 물류 스타트업 액셀러레이팅 참여기업 모집',
    body: '<h2>모집 개요</h2><p>한진·스파크랩·시스코와 함께 드론 배송, 실시간 위치추적, 콜드체인 등 <strong>스마트 물류</strong> 분야 스타트업을 육성합니다.</p><h3>지원 내용</h3><ul><li>스파크랩 액셀러레이팅과 투자 연계</li><li>시스코 IoT 기술 멘토링</li><li>한진 물류 현장 실증</li></ul><h3>신청 자격</h3><p>창업 7년 이내의 물류·ICT 융합 기업 또는 예비창업팀</p>',
    opensInDays: -7,
    closesInDays: 14,
    selectCount: 10,
    contact: '인천창조경제혁신센터 창업지원팀',
    eligibility: { organizationKinds: ['startup', 'sme'], regions: ['인천', '서울', '경기'] },
  },
  {
    program: '스마트벤처캠퍼스',
    tenantName: '인천센터',
    title: '스마트벤처캠퍼스 청년 창업팀 모집',
    body: '<p>참여자 수요 기반형 교육과 멘토링, 시장반응조사를 지원합니다. 만 39세 이하 청년 창업자 <strong>25팀</strong>을 선발합니다.</p>',
    opensInDays: 10,
    closesInDays: 30,
    selectCount: 25,
    contact: '인천창조경제혁신센터 스마트벤처캠퍼스 운영팀',
    eligibility: { maxYearsInBusiness: 3 },
  },
  {
    program: '광주 창업공모전',
    tenantName: '광주센터',
    title: '광주 창업공모전 참가팀 모집',
    body: '<p>자동차·수소 분야를 비롯한 창업 아이템을 공모합니다. 서류와 발표 평가로 <strong>5팀</strong>을 선발해 멘토링과 사업화를 지원합니다.</p>',
    opensInDays: -60,
    closesInDays: -30,
    selectCount: 5,
    contact: '광주창조경제혁신센터',
    eligibility: {},
  },
] as const;

/** The application form of every demo call: what a center typically asks. */
export const demoForm = {
  sections: [
    {
      title: { ko: '기업·팀 개요', en: 'Company or team' },
      fields: [
        { key: 'teamName', type: 'text', label: { ko: '기업(팀)명', en: 'Company or team name' }, required: true, maxLength: 100 },
        { key: 'item', type: 'textarea', label: { ko: '사업 아이템 요약', en: 'Business item' }, help: { ko: '무엇을, 누구에게, 어떻게 파는지 1,000자 이내로 적어 주세요.', en: 'What, to whom and how, in 1,000 characters.' }, required: true, maxLength: 1000 },
        {
          key: 'stage',
          type: 'choice',
          label: { ko: '성장 단계', en: 'Stage' },
          required: true,
          options: [
            { value: 'idea', label: { ko: '아이디어', en: 'Idea' } },
            { value: 'prototype', label: { ko: '시제품', en: 'Prototype' } },
            { value: 'marketing', label: { ko: '판매 중', en: 'Selling' } },
          ],
        },
        { key: 'hasPatent', type: 'yesNo', label: { ko: '보유 특허가 있습니까?', en: 'Do you hold patents?' }, required: true },
        { key: 'patents', type: 'number', label: { ko: '특허 건수', en: 'Number of patents' }, required: true, min: 1, max: 1000, showIf: { field: 'hasPatent', equals: true } },
        { key: 'funding', type: 'amount', label: { ko: '희망 지원금 (원)', en: 'Funding asked (KRW)' }, max: 100_000_000 },
      ],
    },
    {
      title: { ko: '매출과 서류', en: 'Sales and documents' },
      fields: [
        {
          key: 'sales',
          type: 'table',
          label: { ko: '연도별 매출', en: 'Sales by year' },
          maxRows: 3,
          columns: [
            { key: 'year', label: { ko: '연도', en: 'Year' }, type: 'number', required: true },
            { key: 'amount', label: { ko: '매출액 (원)', en: 'Sales (KRW)' }, type: 'amount', required: true },
          ],
        },
        { key: 'plan', type: 'file', label: { ko: '사업계획서', en: 'Business plan' }, accept: ['pdf', 'hwp', 'hwpx', 'docx'], maxSizeMb: 20 },
      ],
    },
  ],
};
