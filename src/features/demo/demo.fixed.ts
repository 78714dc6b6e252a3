import type { affiliationKinds, organizationKinds, stages } from '../organizations/organization.schema.ts';
import type { Region } from '../reference/regions.ts';

export type OrganizationKind = (typeof organizationKinds)[number];
export type AffiliationKind = (typeof affiliationKinds)[number];
export type Stage = (typeof stages)[number];

export type FixedAffiliation = { centerId: string; kind: AffiliationKind; startedOn: string; endedOn?: string; note?: string };

/**
 * An organization the seeds name. Founding dates and representatives of real companies are
 * left out unless a seed gives them: the demo should not invent facts about real firms.
 */
export type FixedOrganization = {
  key: string;
  name: string;
  nameEn?: string;
  kind: OrganizationKind;
  region: Region | null;
  ksic: string | null;
  stage?: Stage;
  foundedOn?: string;
  representative?: string;
  description: string;
  products?: string;
  technologies?: string;
  /** false for foreign bodies that have no Korean BRN. */
  brn?: false;
  affiliations: FixedAffiliation[];
};

/** The 전담기업 of the centers, one organization per conglomerate (삼성 and SK sponsor two). */
export const sponsors: readonly (Omit<FixedOrganization, 'affiliations' | 'kind'> & { sponsorOf: string })[] = [
  { key: 'hanjin', sponsorOf: '한진', name: '(주)한진', nameEn: 'Hanjin Transportation', region: '서울', ksic: '49301', description: '한진그룹의 물류 기업. 인천창조경제혁신센터 전담기업으로 스마트 물류 스타트업 육성, 종합물류컨설팅센터 물류컨설턴트 상주, 물류아카데미를 지원한다.', products: '육상 운송, 택배, 항만 하역, 국제 물류' },
  { key: 'hyosung', sponsorOf: '효성', name: '(주)효성', nameEn: 'Hyosung', region: '서울', ksic: '20501', description: '탄소섬유 등 소재 기업. 전북센터 전담기업으로 탄소소재 창업, 효성 전주공장 내 탄소특화 창업보육센터, 100억원 규모 탄소특화 펀드를 지원한다.', products: '탄소섬유, 기능성 원사, 산업자재' },
  { key: 'samsung', sponsorOf: '삼성', name: '삼성전자(주)', nameEn: 'Samsung Electronics', region: '경기', ksic: '26', description: '대구·경북센터 전담기업. 공정 전문가를 파견해 구미산업단지 중소기업의 스마트공장 보급을 지원하고 섬유·IT 창업생태계를 육성한다.', products: '반도체, 디스플레이, 모바일 기기' },
  { key: 'hyundai-motor', sponsorOf: '현대자동차', name: '현대자동차(주)', nameEn: 'Hyundai Motor Company', region: '서울', ksic: '30', description: '광주센터 전담기업. 자동차 관련 창업과 수소융합스테이션 구축으로 수소차 생태계 조성을 지원한다.', products: '승용차, 수소전기차, 전기차' },
  { key: 'lg-hh', sponsorOf: 'LG생활건강', name: '(주)LG생활건강', nameEn: 'LG Household & Health Care', region: '서울', ksic: '20423', description: '충북센터 전담기업. 뷰티·바이오 기업과 화장품 원료를 공동 개발하고 마케팅을 지원하며 LG 특허를 개방한다.', products: '화장품, 생활용품, 음료' },
  { key: 'kt', sponsorOf: 'KT', name: '(주)케이티', nameEn: 'KT Corporation', region: '경기', ksic: '61', description: '경기센터 전담기업. 18개 센터의 글로벌 진출 허브로서 IoT 액셀러레이팅과 KIC 연계 해외 진출을 지원한다.', products: '통신, 클라우드, IoT 플랫폼' },
  { key: 'sk', sponsorOf: 'SK', name: 'SK(주)', nameEn: 'SK Inc.', region: '서울', ksic: '64', description: '대전·세종센터 전담기업. ICT 융합 기술사업화와 스마트팜 창업을 지원한다.' },
  { key: 'lotte', sponsorOf: '롯데', name: '롯데지주(주)', nameEn: 'Lotte Corporation', region: '서울', ksic: '64', description: '부산센터 전담기업. 유통·영화영상·사물인터넷 창업과 롯데 유통망 판로를 지원한다.' },
  { key: 'cj', sponsorOf: 'CJ', name: 'CJ(주)', nameEn: 'CJ Corporation', region: '서울', ksic: '64', description: '서울센터 전담기업. 문화콘텐츠와 도시형 창업을 지원한다.' },
  { key: 'naver', sponsorOf: '네이버', name: '네이버(주)', nameEn: 'NAVER Corporation', region: '경기', ksic: '63120', description: '강원센터 전담기업. 빅데이터와 관광 분야 창업을 지원한다.', products: '검색 포털, 클라우드, 커머스' },
  { key: 'hanwha', sponsorOf: '한화', name: '(주)한화', nameEn: 'Hanwha Corporation', region: '서울', ksic: '20', description: '충남센터 전담기업. 태양광과 친환경 화학 분야 창업, 글로벌 익스펜션 프로그램을 지원한다.' },
  { key: 'gs', sponsorOf: 'GS', name: '(주)GS', nameEn: 'GS Holdings', region: '서울', ksic: '64', description: '전남센터 전담기업. 친환경 농수산과 바이오화학 분야 창업, GS 유통망 판로를 지원한다.' },
  { key: 'doosan', sponsorOf: '두산', name: '(주)두산', nameEn: 'Doosan Corporation', region: '서울', ksic: '29', description: '경남센터 전담기업. 기계산업 스마트화와 물산업 창업을 지원한다.' },
  { key: 'kakao', sponsorOf: '카카오', name: '(주)카카오', nameEn: 'Kakao Corp.', region: '제주', ksic: '63120', description: '제주센터 전담기업. 스마트 관광·ICT·문화 분야 창업을 지원한다.', products: '메신저, 모바일 플랫폼' },
  { key: 'hhi', sponsorOf: '현대중공업', name: '현대중공업(주)', nameEn: 'Hyundai Heavy Industries', region: '울산', ksic: '31', description: '울산센터 전담기업. 조선해양, 3D 프린팅, 첨단화학 분야 창업을 지원한다.', products: '선박, 해양플랜트, 엔진' },
  { key: 'posco', sponsorOf: '포스코', name: '(주)포스코', nameEn: 'POSCO', region: '경북', ksic: '24', description: '포항센터 전담기업. 소재·에너지 분야 기술사업화와 벤처 투자를 지원한다.', products: '철강, 이차전지 소재' },
];

const INCHEON_OPEN = '2015-07-22';
/** The 글로벌 스타트업 캠퍼스 MOU of seed 001. */
const CAMPUS_MOU = '2017-04-05';

/** Partners the seeds name around the centers (000, 001, 003). */
export const partners: readonly FixedOrganization[] = [
  { key: 'sparklabs', name: '스파크랩', nameEn: 'SparkLabs', kind: 'investor', region: '서울', ksic: '66', description: '민간 스타트업 육성 기관(액셀러레이터). 한진·시스코와 함께 인천센터 물류벤처 육성프로그램을 운영하고 글로벌 네트워크로 해외 진출을 돕는다.', affiliations: [{ centerId: 'incheon', kind: 'partner', startedOn: INCHEON_OPEN, note: '물류벤처 육성프로그램 공동 운영' }] },
  { key: 'cisco', name: '시스코시스템즈코리아', nameEn: 'Cisco Systems Korea', kind: 'large', region: '서울', ksic: '62021', description: '글로벌 사물인터넷(IoT) 기업 시스코의 한국 법인. 인천센터 물류벤처 육성프로그램에서 IoT 기술과 글로벌 네트워크를 제공한다.', products: '네트워크 장비, IoT 플랫폼', affiliations: [{ centerId: 'incheon', kind: 'partner', startedOn: INCHEON_OPEN, note: '물류벤처 육성프로그램 공동 운영' }] },
  { key: 'kotra', name: '대한무역투자진흥공사(KOTRA)', nameEn: 'KOTRA', kind: 'agency', region: '서울', ksic: '84', description: '해외 무역관 네트워크로 혁신센터 벤처기업의 설립 초기 글로벌 진출과 글로벌 로드쇼를 지원한다.', affiliations: [{ centerId: 'gyeonggi', kind: 'partner', startedOn: '2016-03-01', note: '무역관 연계 해외 진출' }, { centerId: 'incheon', kind: 'partner', startedOn: '2016-03-01', note: '무역관 연계 해외 진출' }] },
  { key: 'customs', name: '관세청', nameEn: 'Korea Customs Service', kind: 'agency', region: '대전', ksic: '84', description: '공익관세사가 인천센터 종합물류컨설팅센터에 상주하며 통관과 관세 정보를 상담한다.', affiliations: [{ centerId: 'incheon', kind: 'partner', startedOn: INCHEON_OPEN, note: '공익관세사 상주' }] },
  { key: 'suny', name: '한국뉴욕주립대학교', nameEn: 'SUNY Korea', kind: 'university', region: '인천', ksic: '85', description: '인천글로벌캠퍼스의 글로벌 대학. 학생·교수 네트워크로 공동 프로젝트와 해외 진출 전략 수립을 지원한다.', affiliations: [{ centerId: 'incheon', kind: 'partner', startedOn: CAMPUS_MOU, note: '글로벌 스타트업 캠퍼스 업무협력 MOU' }] },
  { key: 'utah', name: '유타대학교 아시아캠퍼스', nameEn: 'The University of Utah Asia Campus', kind: 'university', region: '인천', ksic: '85', description: '인천글로벌캠퍼스의 글로벌 대학. 인턴십과 해외 진출 전략 수립을 지원한다.', affiliations: [{ centerId: 'incheon', kind: 'partner', startedOn: CAMPUS_MOU, note: '글로벌 스타트업 캠퍼스 업무협력 MOU' }] },
  { key: 'ghent', name: '겐트대학교 글로벌캠퍼스', nameEn: 'Ghent University Global Campus', kind: 'university', region: '인천', ksic: '85', description: '인천글로벌캠퍼스의 글로벌 대학. 유럽 진출 공동 프로젝트를 지원한다.', affiliations: [{ centerId: 'incheon', kind: 'partner', startedOn: CAMPUS_MOU, note: '글로벌 스타트업 캠퍼스 업무협력 MOU' }] },
  { key: 'gmu', name: '조지메이슨대학교 한국캠퍼스', nameEn: 'George Mason University Korea', kind: 'university', region: '인천', ksic: '85', description: '인천글로벌캠퍼스의 글로벌 대학. 본교 우수 프로그램 참가와 미국 진출 전략 수립을 지원한다.', affiliations: [{ centerId: 'incheon', kind: 'partner', startedOn: CAMPUS_MOU, note: '글로벌 스타트업 캠퍼스 업무협력 MOU' }] },
  { key: 'incheon-tp', name: '인천경제산업정보테크노파크', nameEn: 'Incheon Technopark', kind: 'agency', region: '인천', ksic: '73', description: '인천 SW융합클러스터센터를 운영하며 글로벌 스타트업 캠퍼스를 전담한다. 스마트벤처캠퍼스 주관기관(25개팀, 국비 19억5000만원)이며 365억원 규모 창조성장벤처펀드를 조성·운용한다.', affiliations: [{ centerId: 'incheon', kind: 'partner', startedOn: CAMPUS_MOU, note: '글로벌 스타트업 캠퍼스 업무협력 MOU' }] },
  { key: 'igc-foundation', name: '인천글로벌캠퍼스 운영재단', nameEn: 'Incheon Global Campus Foundation', kind: 'agency', region: '인천', ksic: '75', description: '인천글로벌캠퍼스 운영재단. 글로벌 스타트업 캠퍼스 조성에 협력한다.', affiliations: [{ centerId: 'incheon', kind: 'partner', startedOn: CAMPUS_MOU, note: '글로벌 스타트업 캠퍼스 업무협력 MOU' }] },
  { key: 'kicox-incheon', name: '한국산업단지공단 인천지역본부', nameEn: 'KICOX Incheon Regional Headquarters', kind: 'agency', region: '인천', ksic: '75', description: '남동국가산업단지 자율형 미니클러스터(MC)를 운영한다: 기업 618개사와 지원기관 79명 등 700여 회원, MC별 코디네이터, 2개 스마트 Sub MC, 산단 내 제조 데이터 공유.', affiliations: [{ centerId: 'incheon', kind: 'partner', startedOn: '2018-03-02', note: '남동산단 MC 연계' }] },
  { key: 'korean-air', name: '(주)대한항공', nameEn: 'Korean Air', kind: 'large', region: '서울', ksic: '51', description: '항공엔진 정비 기술로 인천센터의 항공엔진 정비·자동차 부품 강소기업 육성을 지원한다.', products: '항공 운송, 항공엔진 정비(MRO)', affiliations: [{ centerId: 'incheon', kind: 'partner', startedOn: INCHEON_OPEN, note: '항공엔진 정비 강소기업 육성' }] },
  { key: 'at', name: '한국농수산식품유통공사', nameEn: 'Korea Agro-Fisheries & Food Trade Corporation (aT)', kind: 'agency', region: '전남', ksic: '75', description: '신선식품수출지원센터와 함께 유망 수출품목과 생산자를 발굴한다.', affiliations: [{ centerId: 'incheon', kind: 'partner', startedOn: INCHEON_OPEN, note: '신선식품수출지원센터 협력' }] },
  { key: 'fisheries-trade', name: '한국수산무역협회', nameEn: 'Korea Fisheries Trade Association', kind: 'agency', region: '서울', ksic: '94', description: '수산물 수출 품목과 해외 바이어 발굴에 협력한다.', affiliations: [{ centerId: 'incheon', kind: 'partner', startedOn: INCHEON_OPEN, note: '신선식품수출지원센터 협력' }] },
  { key: 'sbc', name: '중소기업진흥공단', nameEn: 'Small and Medium Business Corporation', kind: 'agency', region: '경남', ksic: '84', description: '수출인큐베이터 센터 등 중국 현지 네트워크로 수출상담과 공동마케팅을 지원한다.', affiliations: [{ centerId: 'incheon', kind: 'partner', startedOn: '2015-09-01', note: '중국 수출인큐베이터 연계' }] },
  { key: 'smba', name: '중소기업청', nameEn: 'Small and Medium Business Administration', kind: 'agency', region: '대전', ksic: '84', description: '스마트벤처캠퍼스 사업을 지원한다 (인천·경기 주관기관 인천경제산업정보테크노파크, 25개팀, 국비 19억5000만원).', affiliations: [{ centerId: 'incheon', kind: 'partner', startedOn: CAMPUS_MOU, note: '글로벌 스타트업 캠퍼스 업무협력 MOU' }] },
  { key: 'tuspark', name: '칭화과기원 (Tus-Park)', nameEn: 'Tsinghua University Science Park', kind: 'institute', region: null, ksic: '72129', brn: false, description: '베이징 칭화대학교 과학기술원. 인천센터의 중국 진출 원스톱 지원에서 현지 인큐베이팅 공간을 제공한다.', affiliations: [{ centerId: 'incheon', kind: 'partner', startedOn: '2015-09-01', note: '중국 현지 인큐베이팅' }] },
  { key: 'donghua', name: '동화대학교 (Donghua University)', nameEn: 'Donghua University', kind: 'university', region: null, ksic: '85', brn: false, description: '상하이 소재 대학. 인천센터의 중국 진출 유망 스타트업에 현지 교육과 네트워크를 제공한다.', affiliations: [{ centerId: 'incheon', kind: 'partner', startedOn: '2015-09-01', note: '중국 현지 네트워크' }] },
  { key: 'lg-electronics', name: 'LG전자(주)', nameEn: 'LG Electronics', kind: 'large', region: '서울', ksic: '26', description: '혁신센터를 통해 중소기업에 특허를 개방했다: 파이버폭스에 특허 7건을 무상으로 양도했다.', products: '가전, 전장 부품', affiliations: [{ centerId: 'chungbuk', kind: 'partner', startedOn: '2015-06-01', note: '특허 개방' }] },
  { key: 'kic', name: '글로벌혁신센터(KIC) 실리콘밸리', nameEn: 'Korea Innovation Center Silicon Valley', kind: 'agency', region: null, ksic: '84', brn: false, description: '미국 현지 액셀러레이팅과 투자설명회로 경기센터의 글로벌 진출 허브 역할을 돕는다.', affiliations: [{ centerId: 'gyeonggi', kind: 'partner', startedOn: '2016-01-01', note: '미국·유럽 액셀러레이팅 연계' }] },
];

/** Success stories of seed 003 and the MC member of seed 004, described as the seeds tell them. */
export const successStories: readonly (FixedOrganization & { clusterKey?: string })[] = [
  { key: 'haebora', name: '해보라', nameEn: 'Haebora', kind: 'startup', region: '경기', ksic: '26429', stage: 'overseas', description: '마이크와 스피커가 결합된 블루투스 이어셋을 제조하는 스타트업.\n사물인터넷(IoT) 액셀러레이팅 프로그램 지원으로 홍콩 현지에 법인을 설립했다.', products: '블루투스 이어셋 (마이크·스피커 일체형)', technologies: '블루투스 오디오, 골전도·소음 제거, 사물인터넷(IoT)', affiliations: [{ centerId: 'gyeonggi', kind: 'portfolio', startedOn: '2015-06-01' }] },
  { key: 'plasmapp', name: '플라즈맵', nameEn: 'Plasmapp', kind: 'startup', region: '대전', ksic: '27199', stage: 'investment', description: '플라즈마를 활용한 저가의 의료용 멸균기를 개발하는 스타트업.\nVC의 지원을 받아 30억 원의 투자 유치에 성공하면서 글로벌 시장 진출을 앞두고 있다.', products: '플라즈마 의료용 멸균기', technologies: '저온 플라즈마 멸균, 의료기기 인증', affiliations: [{ centerId: 'daejeon', kind: 'resident', startedOn: '2015-05-01' }] },
  { key: 'jeonwoo', name: '전우정밀', nameEn: 'Jeonwoo Precision', kind: 'sme', region: '경북', ksic: '30399', stage: 'marketing', description: '자동차 부품을 생산하는 중소기업.\n혁신센터의 지원으로 스마트팩토리를 도입해 원자재 투입시간이 75% 줄어드는 등 생산 효율성이 11% 개선됐다.', products: '자동차 부품', technologies: '스마트팩토리, 공정 자동화, 원자재 투입 관리', affiliations: [{ centerId: 'gyeongbuk', kind: 'portfolio', startedOn: '2015-03-02' }] },
  { key: 'ces', name: 'CES', nameEn: 'CES', kind: 'startup', region: '전북', ksic: '28', stage: 'marketing', description: '탄소섬유 발열케이블을 생산하는 기업.\n전북센터 전담기업 효성의 탄소섬유 기술을 제공받아 전주, 진천 등에 2만여 평 규모의 탄소섬유 난방시스템을 시공했다.', products: '탄소섬유 발열케이블, 탄소섬유 난방시스템', technologies: '탄소섬유 발열, 난방 시공', affiliations: [{ centerId: 'jeonbuk', kind: 'resident', startedOn: '2015-01-15' }] },
  { key: 'beauty-cosmetics', name: '뷰티화장품', nameEn: 'Beauty Cosmetics', kind: 'sme', region: '충북', ksic: '20423', stage: 'overseas', description: '마스크팩 전문 업체.\n충북센터 전담기업 LG생활건강과 손잡고 공동으로 원료를 개발했고, LG의 마케팅 지원을 받아 페루와 멕시코 등 남미 시장 수출의 물꼬를 텄다.', products: '마스크팩', technologies: '화장품 원료 공동 개발, 시트 마스크 제형', affiliations: [{ centerId: 'chungbuk', kind: 'portfolio', startedOn: '2015-04-01' }] },
  { key: 'cotton-queen', name: '코튼퀸', nameEn: 'Cotton Queen', kind: 'sme', region: '전북', ksic: '13', stage: 'marketing', description: '기능성 섬유 생산 기업.\n효성그룹과 협력해 기능성 니트 원단 69종을 개발했다. 효성이 기능성 원사를 납품하고 코튼퀸이 원단을 만들어 효성에 다시 납품하는 상생 방식이다.', products: '기능성 니트 원단', technologies: '기능성 원사 편직, 니트 원단 개발', affiliations: [{ centerId: 'jeonbuk', kind: 'portfolio', startedOn: '2015-05-01' }] },
  { key: 'fiberfox', name: '파이버폭스', nameEn: 'Fiberfox', kind: 'sme', region: '충북', ksic: '27', stage: 'overseas', description: '광섬유 융착 접속기 개발업체.\nLG전자 특허 7건을 무상으로 양도받았고, 미국 공군 및 해군에 납품 계약을 체결하는 등 매출이 150% 이상 급성장했다.', products: '광섬유 융착 접속기', technologies: '광섬유 융착 접속, 광통신', affiliations: [{ centerId: 'chungbuk', kind: 'portfolio', startedOn: '2015-06-01' }] },
  { key: 'marine-techno', name: '마린테크노', nameEn: 'Marine Techno', kind: 'sme', region: '충북', ksic: '20', stage: 'overseas', description: '수산물 부산물에서 천연 화장품 원료를 추출하는 기업.\n대통령 해외 순방 경제사절단으로 동행해 멕시코시티 수출기업 상담회에서 36만 달러, 미국 LA 상담회에서 20만 달러 등 총 5개국 바이어들과 56만 달러 수출을 위한 양해각서(MOU)를 체결했다.', products: '천연 화장품 원료, 해양 콜라겐', technologies: '수산 부산물 추출, 천연 원료 정제', affiliations: [{ centerId: 'chungbuk', kind: 'portfolio', startedOn: '2015-05-01' }] },
  { key: 'taejin', name: '(주)태진이엔지', nameEn: 'Taejin ENG', kind: 'sme', region: '인천', ksic: '29', stage: 'marketing', representative: '강희철', clusterKey: 'mobility', description: '무인지게차를 개발·생산하는 인천 남동국가산업단지 기업.\n자율형 미니클러스터(MC)와 산단공 인천지부의 도움으로 무인지게차 기술 개발과 상품 고도화를 했고, 신제품 금형 제작에는 같은 단지 입주 업체들의 협조를 받았다.', products: '무인지게차, 자율주행 운반 장비', technologies: '무인지게차 자율주행, 금형, 물류 자동화', affiliations: [] },
];

/** The demo's founder account works at this 인천 logistics startup. */
export const founderOrganization: FixedOrganization = {
  key: 'smart-logis', name: '(주)스마트로지스', nameEn: 'SmartLogis', kind: 'startup', region: '인천', ksic: '49303', stage: 'investment', foundedOn: '2018-05-14', representative: '강도윤',
  description: '드론 배송과 화물 실시간 위치추적을 결합한 라스트마일 스마트 물류 스타트업.\n인천센터 물류벤처 육성프로그램(한진·스파크랩·시스코)을 거쳐 옹진군 도서 지역 드론 택배 실증을 마쳤다.',
  products: '드론 배송 서비스, 화물 실시간 위치추적 IoT 단말, 물류 관제 대시보드', technologies: '자율비행 제어, 실시간 위치추적, AI기반 경로 최적화',
  affiliations: [{ centerId: 'incheon', kind: 'resident', startedOn: '2018-09-03', note: '글로벌 스타트업 캠퍼스 입주' }],
};

/** An organization only 전북 works with (one affiliation, support only from 전북), for tenancy tests. */
export const JEONBUK_ONLY_ORGANIZATION = '(주)탄소마루';

export const jeonbukOnlyOrganization: FixedOrganization = {
  key: 'tansomaru', name: JEONBUK_ONLY_ORGANIZATION, nameEn: 'Tansomaru', kind: 'startup', region: '전북', ksic: '28', stage: 'marketing', foundedOn: '2016-03-02', representative: '문가람',
  description: '탄소섬유 면상발열체로 한옥·주택용 난방 필름을 만드는 전주의 스타트업.\n효성 전주공장 탄소특화 창업보육센터에 입주해 탄소소재를 공급받고 시제품을 완성했다.',
  products: '탄소 면상발열 필름, 한옥 바닥 난방재', technologies: '탄소섬유 발열, 복합소재 라미네이팅',
  affiliations: [{ centerId: 'jeonbuk', kind: 'resident', startedOn: '2016-04-01', note: '탄소특화 창업보육센터 입주' }],
};

/** Universities, institutes and agencies each center works with: [center, name, kind, region, KSIC]. */
export const centerInstitutions: readonly (readonly [string, string, 'university' | 'institute' | 'agency', Region, string])[] = [
  ['jeonbuk', '전북대학교 산학협력단', 'university', '전북', '85'], ['jeonbuk', '한국탄소융합기술원', 'institute', '전북', '70111'], ['jeonbuk', '전북테크노파크', 'agency', '전북', '73'], ['jeonbuk', '전주대학교 산학협력단', 'university', '전북', '85'],
  ['gyeongbuk', '금오공과대학교 산학협력단', 'university', '경북', '85'], ['gyeongbuk', '경북테크노파크', 'agency', '경북', '73'], ['gyeongbuk', '구미전자정보기술원', 'institute', '경북', '70121'],
  ['gwangju', '광주과학기술원', 'university', '광주', '85'], ['gwangju', '전남대학교 산학협력단', 'university', '광주', '85'], ['gwangju', '광주테크노파크', 'agency', '광주', '73'], ['gwangju', '한국자동차연구원 광주본부', 'institute', '광주', '70129'],
  ['chungbuk', '충북대학교 산학협력단', 'university', '충북', '85'], ['chungbuk', '오송첨단의료산업진흥재단', 'institute', '충북', '70113'], ['chungbuk', '충북테크노파크', 'agency', '충북', '73'],
  ['gyeonggi', '성균관대학교 산학협력단', 'university', '경기', '85'], ['gyeonggi', '경기테크노파크', 'agency', '경기', '73'], ['gyeonggi', '차세대융합기술연구원', 'institute', '경기', '70129'],
  ['daejeon', '한국과학기술원(KAIST)', 'university', '대전', '85'], ['daejeon', '한국전자통신연구원(ETRI)', 'institute', '대전', '70121'], ['daejeon', '대전테크노파크', 'agency', '대전', '73'],
  ['busan', '부산대학교 산학협력단', 'university', '부산', '85'], ['busan', '부산영상위원회', 'agency', '부산', '90'], ['busan', '부산테크노파크', 'agency', '부산', '73'],
  ['ulsan', '울산과학기술원(UNIST)', 'university', '울산', '85'], ['ulsan', '울산대학교 산학협력단', 'university', '울산', '85'], ['ulsan', '울산테크노파크', 'agency', '울산', '73'],
  ['sejong', '고려대학교 세종캠퍼스 산학협력단', 'university', '세종', '85'], ['sejong', '세종테크노파크', 'agency', '세종', '73'],
  ['gangwon', '강원대학교 산학협력단', 'university', '강원', '85'], ['gangwon', '강원테크노파크', 'agency', '강원', '73'], ['gangwon', '한림대학교 산학협력단', 'university', '강원', '85'],
  ['chungnam', '공주대학교 산학협력단', 'university', '충남', '85'], ['chungnam', '충남테크노파크', 'agency', '충남', '73'], ['chungnam', '한국에너지기술연구원 충남협력센터', 'institute', '충남', '70129'],
  ['jeonnam', '목포대학교 산학협력단', 'university', '전남', '85'], ['jeonnam', '순천대학교 산학협력단', 'university', '전남', '85'], ['jeonnam', '전남생물산업진흥원', 'institute', '전남', '70111'],
  ['gyeongnam', '창원대학교 산학협력단', 'university', '경남', '85'], ['gyeongnam', '경남테크노파크', 'agency', '경남', '73'], ['gyeongnam', '한국재료연구원', 'institute', '경남', '70111'],
  ['jeju', '제주대학교 산학협력단', 'university', '제주', '85'], ['jeju', '제주테크노파크', 'agency', '제주', '73'], ['jeju', '제주관광공사', 'agency', '제주', '75'],
  ['seoul', '서울산업진흥원', 'agency', '서울', '75'], ['seoul', '한국콘텐츠진흥원', 'agency', '전남', '84'], ['seoul', '서울과학기술대학교 창업지원단', 'university', '서울', '85'],
  ['pohang', '포항공과대학교 산학협력단', 'university', '경북', '85'], ['pohang', '포항산업과학연구원', 'institute', '경북', '70111'], ['pohang', '포항테크노파크', 'agency', '경북', '73'],
  ['daegu', '경북대학교 산학협력단', 'university', '대구', '85'], ['daegu', '한국섬유개발연구원', 'institute', '대구', '70111'], ['daegu', '대구테크노파크', 'agency', '대구', '73'],
  ['incheon', '인하대학교 창업지원단', 'university', '인천', '85'], ['incheon', '인천대학교 창업지원단', 'university', '인천', '85'],
];
