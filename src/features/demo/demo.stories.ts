import type { DemoAffiliation, DemoOrganization } from './demo.dataset.ts';
import type { RecordDraft, RecordMaker } from './demo.records.ts';
import { addDays, dateBetween, maxDate, wonBetween, type Random } from '../../shared/random.ts';

const M = 1_000_000;

/** Organizations whose whole ledger is written here, as the seeds tell it (no generated records). */
export const STORY_KEYS = ['haebora', 'plasmapp', 'jeonwoo', 'ces', 'beauty-cosmetics', 'cotton-queen', 'fiberfox', 'marine-techno', 'taejin', 'smart-logis', 'tansomaru'] as const;

type Row = Omit<RecordDraft, 'organizationId' | 'clusterKey' | 'centerId'>;

/**
 * The records the seeds describe: the success stories of seed 003, 태진이엔지 of seed 004, and
 * the cohorts whose sizes the seeds give (25 teams of 스마트벤처캠퍼스, 100 smart factories in 경북
 * in 2015 with 150+ Samsung consultations, 11 firms in Paris, 12 strategic firms and 5 contest
 * items in 전북, 광주's 5 resident ventures and 5 contest winners).
 */
export function writeStories(random: Random, maker: RecordMaker, organizations: DemoOrganization[], affiliations: DemoAffiliation[]): void {
  const byKey = new Map(organizations.filter((o) => o.key).map((o) => [o.key!, o]));
  const tagged = (tag: string) => organizations.filter((o) => o.tags.includes(tag));
  const joinedOn = new Map<string, string>();
  for (const a of affiliations) if (!joinedOn.has(a.organizationId) || a.startedOn < joinedOn.get(a.organizationId)!) joinedOn.set(a.organizationId, a.startedOn);
  const center = (key: string, centerId: string, rows: Row[]) => {
    for (const row of rows) maker.push({ organizationId: byKey.get(key)!.id, centerId, clusterKey: null, ...row });
  };

  center('haebora', 'gyeonggi', [
    { kind: 'mentoring', startedOn: '2015-07-01', endedOn: '2015-10-30', program: 'IoT 액셀러레이팅 프로그램', notes: 'KT IoT 기술 지원, 글로벌 진출 멘토링' },
    { kind: 'prototype', startedOn: '2015-09-14', endedOn: '2015-11-30', valueKrw: 18 * M, program: '시제품 제작 지원', notes: '블루투스 이어셋 양산 시제품' },
    { kind: 'overseas', startedOn: '2016-03-02', endedOn: '2016-05-31', valueKrw: 20 * M, program: 'KOTRA 무역관 연계 해외진출', notes: '홍콩 현지 법인 설립' },
  ]);
  center('plasmapp', 'daejeon', [
    { kind: 'space', startedOn: '2015-05-01', endedOn: '2016-04-30', valueKrw: 8_400_000, program: '창업보육 입주 지원' },
    { kind: 'mentoring', startedOn: '2015-08-03', endedOn: '2015-11-27', program: 'SK 기술사업화 멘토링', notes: '의료기기 인허가 전략' },
    { kind: 'investment_linkage', startedOn: '2016-04-15', valueKrw: 3_000 * M, program: '투자유치 IR 데모데이', notes: 'VC 투자 30억 원 유치' },
    { kind: 'overseas', startedOn: '2016-06-01', endedOn: '2016-11-30', valueKrw: 30 * M, program: '글로벌 벤처스타 프로젝트', notes: '글로벌 시장 진출 준비' },
  ]);
  center('jeonwoo', 'gyeongbuk', [
    { kind: 'consulting', startedOn: '2015-06-10', program: '삼성 공정 전문가 컨설팅', notes: '원자재 투입 공정 진단' },
    { kind: 'smart_factory', startedOn: '2015-07-13', endedOn: '2015-10-30', valueKrw: 85 * M, program: '스마트공장 구축 지원 (2차)', notes: '원자재 투입시간 75% 단축, 생산 효율성 11% 개선' },
  ]);
  center('ces', 'jeonbuk', [
    { kind: 'tech_transfer', startedOn: '2015-02-02', program: '탄소소재 공급·기술경험 전수', notes: '효성 탄소섬유 기술 제공' },
    { kind: 'overseas', startedOn: '2015-03-10', endedOn: '2015-03-12', valueKrw: 12 * M, program: '파리 복합소재 전시회', notes: '전북센터·효성 협업 11개 업체 공동 출품' },
    { kind: 'space', startedOn: '2015-10-01', endedOn: '2017-09-29', valueKrw: 14_400_000, program: '탄소특화 창업보육', notes: '효성 전주공장 내 탄소특화 창업보육센터 입주' },
    { kind: 'marketing', startedOn: '2015-11-02', endedOn: '2016-06-30', valueKrw: 25 * M, program: '판로개척 마케팅 지원', notes: '전주, 진천 등 2만여 평 탄소섬유 난방시스템 시공' },
  ]);
  center('beauty-cosmetics', 'chungbuk', [
    { kind: 'other', startedOn: '2015-06-01', endedOn: '2015-12-31', program: 'LG생활건강 공동 원료 개발', notes: '마스크팩 원료 공동 개발' },
    { kind: 'marketing', startedOn: '2016-01-04', endedOn: '2016-06-30', valueKrw: 30 * M, program: '뷰티 마케팅 지원 (LG생활건강)', notes: '페루·멕시코 등 남미 시장 수출' },
    { kind: 'overseas', startedOn: '2016-04-01', endedOn: '2016-07-29', valueKrw: 15 * M, program: 'KOTRA 무역관 연계 해외진출', notes: '페루·멕시코 바이어 발굴' },
  ]);
  center('cotton-queen', 'jeonbuk', [
    { kind: 'other', startedOn: '2015-06-01', endedOn: '2016-05-31', program: '효성 상생협력 기능성 원단 개발', notes: '기능성 니트 원단 69종 개발: 효성이 원사를 납품하고 원단을 다시 효성에 납품' },
    { kind: 'marketing', startedOn: '2016-03-02', endedOn: '2016-08-31', valueKrw: 20 * M, program: '판로개척 마케팅 지원', notes: '전담기업 유통망 입점' },
  ]);
  // Seed 003: LG전자 gave 파이버폭스 seven patents free of charge.
  center('fiberfox', 'chungbuk', [
    ...Array.from({ length: 7 }, (_, i): Row => ({ kind: 'tech_transfer', startedOn: addDays('2015-09-01', i * 3), valueKrw: 0, program: 'LG 특허 개방 기술이전', notes: `LG전자 특허 무상 양도 (${i + 1}/7)` })),
    { kind: 'marketing', startedOn: '2016-02-01', endedOn: '2016-07-29', valueKrw: 20 * M, program: '판로개척 마케팅 지원', notes: '미국 공군·해군 납품 계약, 매출 150% 이상 성장' },
  ]);
  center('marine-techno', 'chungbuk', [
    { kind: 'marketing', startedOn: '2015-10-05', endedOn: '2016-02-26', valueKrw: 15 * M, program: '뷰티 마케팅 지원 (LG생활건강)', notes: '천연 화장품 원료 마케팅' },
    { kind: 'overseas', startedOn: '2016-04-04', endedOn: '2016-04-06', program: '대통령 순방 경제사절단 수출상담회', notes: '멕시코시티 수출기업 상담회 (과테말라·멕시코·코스타리카·페루 바이어): 36만 달러 MOU' },
    { kind: 'overseas', startedOn: '2016-04-08', endedOn: '2016-04-08', program: '대통령 순방 경제사절단 수출상담회', notes: '미국 LA 상담회: 20만 달러 MOU (5개국 바이어와 총 56만 달러)' },
  ]);
  for (const row of [
    { kind: 'education', startedOn: '2018-11-20', program: 'MC 네트워크 워크숍', notes: 'CEO 네트워킹' },
    { kind: 'funding', startedOn: '2019-04-01', endedOn: '2020-01-31', valueKrw: 40 * M, program: 'R&BD 사업화 촉진', notes: '무인지게차 기술 개발과 상품 고도화' },
    { kind: 'consulting', startedOn: '2020-06-10', program: '공동비즈니스모델 발굴', notes: '신제품 금형 제작: 같은 단지 입주 업체 협력' },
    { kind: 'education', startedOn: '2021-03-18', program: 'MC 기술세미나', notes: '스마트공장 동향' },
    { kind: 'smart_factory', startedOn: '2021-06-07', endedOn: '2021-11-30', valueKrw: 60 * M, program: '스마트공장 연계 지원', notes: '무인지게차 조립 라인 설비 데이터 수집' },
  ] as Row[]) {
    maker.push({ organizationId: byKey.get('taejin')!.id, centerId: null, clusterKey: 'mobility', ...row });
  }
  center('smart-logis', 'incheon', [
    { kind: 'space', startedOn: '2018-09-03', endedOn: '2020-09-02', valueKrw: 12 * M, program: '글로벌 스타트업 캠퍼스 입주', notes: '입주공간' },
    { kind: 'mentoring', startedOn: '2018-10-01', endedOn: '2019-01-25', program: '물류벤처 육성프로그램 (한진·스파크랩·시스코)', notes: '한진 물류 현장 실증' },
    { kind: 'consulting', startedOn: '2018-11-14', program: '종합물류컨설팅', notes: '최적 운송방법 상담 (한진 물류컨설턴트)' },
    { kind: 'prototype', startedOn: '2019-02-11', endedOn: '2019-05-10', valueKrw: 15 * M, program: '디자인 씽킹·린 스타트업 제작소', notes: '배송 드론 스테이션 시제품' },
    { kind: 'consulting', startedOn: '2019-03-07', program: '종합물류컨설팅', notes: '통관 절차 상담 (관세청 공익관세사)' },
    { kind: 'education', startedOn: '2019-06-03', endedOn: '2019-06-07', program: '물류아카데미', notes: '수출물류 실무' },
    { kind: 'funding', startedOn: '2020-04-01', endedOn: '2021-01-29', valueKrw: 70 * M, program: '사업화 자금 지원', notes: '협약 기간 10개월, 중간·최종 보고 완료' },
    { kind: 'investment_linkage', startedOn: '2021-11-18', valueKrw: 1_200 * M, program: '투자유치 IR 데모데이', notes: '시드 투자 유치' },
    { kind: 'investment_linkage', startedOn: '2023-05-10', valueKrw: 3_000 * M, program: '창조성장벤처펀드 투자 연계', notes: '시리즈A 투자 유치' },
    { kind: 'overseas', startedOn: '2024-03-04', endedOn: '2024-06-28', valueKrw: 25 * M, program: '중국 진출 원스톱 지원 (칭화과기원·동화대)', notes: '수출상담' },
    { kind: 'marketing', startedOn: '2025-04-07', endedOn: '2025-08-29', valueKrw: 20 * M, program: '판로개척 마케팅 지원', notes: '전담기업 유통망 입점' },
    { kind: 'consulting', startedOn: '2026-09-15', program: '종합물류컨설팅', notes: '물류비 절감 컨설팅' },
  ]);
  center('tansomaru', 'jeonbuk', [
    { kind: 'space', startedOn: '2016-04-01', endedOn: '2018-03-30', valueKrw: 15 * M, program: '탄소특화 창업보육', notes: '효성 전주공장 내 탄소특화 창업보육센터 입주' },
    { kind: 'tech_transfer', startedOn: '2016-05-10', valueKrw: 5 * M, program: '탄소소재 공급·기술경험 전수', notes: '효성 탄소섬유 공급' },
    { kind: 'prototype', startedOn: '2016-09-05', endedOn: '2016-12-16', valueKrw: 20 * M, program: '시제품 제작 지원', notes: '탄소 면상발열 필름 시제품' },
    { kind: 'mentoring', startedOn: '2017-03-14', program: '창업 멘토링', notes: '시장 진입 전략' },
    { kind: 'funding', startedOn: '2018-04-02', endedOn: '2019-01-31', valueKrw: 60 * M, program: '사업화 자금 지원', notes: '서면평가·발표평가 후 선정' },
    { kind: 'investment_linkage', startedOn: '2019-07-11', valueKrw: 800 * M, program: '탄소특화 펀드 투자 연계' },
    { kind: 'overseas', startedOn: '2019-11-05', endedOn: '2019-11-08', valueKrw: 18 * M, program: '독일·미국 복합소재 전시회 참가' },
    { kind: 'marketing', startedOn: '2022-05-02', endedOn: '2022-09-30', valueKrw: 22 * M, program: '농생명 브랜드 개발', notes: '한옥 난방재 브랜드 개발' },
  ]);

  const cohort = (tag: string, centerId: string, row: (o: DemoOrganization, i: number, joined: string) => Row) =>
    tagged(tag).forEach((o, i) => maker.push({ organizationId: o.id, centerId, clusterKey: null, ...row(o, i, joinedOn.get(o.id)!) }));
  const firstProduct = (o: DemoOrganization) => o.values.products?.split(', ')[0] ?? '';

  // Seed 001: 25 teams, ₩1.95bn from the state: ₩78m each.
  cohort('smart-venture-campus-2017', 'incheon', () => ({ kind: 'funding', startedOn: dateBetween(random, '2017-05-01', '2017-05-31'), endedOn: '2018-02-28', valueKrw: 78 * M, program: '스마트벤처캠퍼스', notes: '중소기업청 지원, 인천경제산업정보테크노파크 주관 (인천·경기 25개팀, 국비 19억5000만원)' }));
  // Seed 002: 40 smart factories in the first half of 2015, 60 in the second (전우정밀 is one of those).
  const samsungConsulting = (i: number, joined: string, by: string): Row => ({ kind: 'consulting', startedOn: dateBetween(random, addDays(joined, 3), by), program: '삼성 공정 전문가 컨설팅', notes: i % 2 ? '공정 개선' : '스마트공장 수준 진단' });
  cohort('smart-factory-2015-h1', 'gyeongbuk', (_, i, joined) => samsungConsulting(i, joined, '2015-02-27'));
  cohort('smart-factory-2015-h1', 'gyeongbuk', (_, __, joined) => {
    const startedOn = dateBetween(random, maxDate(addDays(joined, 30), '2015-03-02'), '2015-03-31');
    return { kind: 'smart_factory', startedOn, endedOn: addDays(startedOn, random.int(60, 85)), valueKrw: wonBetween(random, 30 * M, 100 * M), program: '스마트공장 구축 지원 (1차)', notes: '삼성 공정 전문가 현장 진단, MES 도입' };
  });
  cohort('smart-factory-2015-h2', 'gyeongbuk', (_, i, joined) => samsungConsulting(i, joined, '2015-06-30'));
  cohort('smart-factory-2015-h2', 'gyeongbuk', () => {
    const startedOn = dateBetween(random, '2015-07-01', '2015-09-30');
    return { kind: 'smart_factory', startedOn, endedOn: addDays(startedOn, random.int(60, 90)), valueKrw: wonBetween(random, 30 * M, 100 * M), program: '스마트공장 구축 지원 (2차)', notes: random.pick(['설비 데이터 수집', '품질 관리 시스템 구축', '기초 수준 MES 도입']) };
  });
  // 150+ consultations in all: a second visit for 54 of the 99, plus 전우정밀's.
  [...tagged('smart-factory-2015-h1'), ...tagged('smart-factory-2015-h2')].slice(0, 54).forEach((o, i) => {
    maker.push({ organizationId: o.id, centerId: 'gyeongbuk', clusterKey: null, ...samsungConsulting(i + 1, '2015-07-01', '2015-11-30') });
  });
  cohort('paris-composites-2015', 'jeonbuk', () => ({ kind: 'overseas', startedOn: '2015-03-10', endedOn: '2015-03-12', valueKrw: 12 * M, program: '파리 복합소재 전시회', notes: '전북센터·효성 협업 11개 업체 공동 출품' }));
  cohort('jeonbuk-strategic-12', 'jeonbuk', (o) => {
    const startedOn = dateBetween(random, '2015-04-01', '2015-05-29');
    return { kind: 'marketing', startedOn, endedOn: addDays(startedOn, random.int(120, 180)), valueKrw: wonBetween(random, 20 * M, 30 * M), program: '수출 전략업체 브랜드 개발·해외 판로 개척', notes: `${firstProduct(o)} 브랜드 개발과 해외 판로 개척` };
  });
  cohort('jeonbuk-contest-5', 'jeonbuk', (o) => {
    const startedOn = dateBetween(random, '2015-04-20', '2015-05-29');
    return { kind: 'mentoring', startedOn, endedOn: addDays(startedOn, random.int(90, 150)), program: '농생명 유망 아이템 공모전 사업화 멘토링', notes: `${firstProduct(o)} 사업화` };
  });
  cohort('gwangju-resident-5', 'gwangju', (_, __, joined) => ({ kind: 'space', startedOn: joined, endedOn: addDays(joined, 729), valueKrw: wonBetween(random, 6 * M, 12 * M), program: '창업보육 입주 지원', notes: '자동차 분야 벤처 입주 (수소, 수소연료전지, 카메라)' }));
  cohort('gwangju-contest-5', 'gwangju', () => ({ kind: 'funding', startedOn: dateBetween(random, '2015-07-01', '2015-07-15'), endedOn: '2016-04-29', valueKrw: 20 * M, program: '창업공모전 (자동차 분야)', notes: '71개 과제 접수·평가, 5팀 선발' }));
}
