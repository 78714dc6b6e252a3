import type { Region } from '../reference/regions.ts';
import type { NamePart } from './demo.names.ts';
import { otherSpecialties } from './demo.more-themes.ts';

/**
 * What the companies of each center make and do, written so the search module has something to
 * find: the center's specialty from the seeds, with the synonyms users type (금형/몰드,
 * 이차전지/배터리, 스마트공장/스마트팩토리, AI기반 …) spread over the wording.
 */
export type Theme = {
  key: string;
  weight: number;
  /** KSIC codes from ksic.ts only. */
  ksic: readonly string[];
  /** Name endings after a root: 한빛 + 로지스. */
  suffixes: readonly NamePart[];
  /** "…하는" phrases; the description's first line adds the kind (스타트업, 중소기업 …). */
  summaries: readonly string[];
  products: readonly string[];
  technologies: readonly string[];
  /** Second-line sentences about what the support led to. */
  outcomes?: readonly string[];
  /** 인천's smart-logistics companies: every one of them gets a support history. */
  logistics?: boolean;
};

export type Specialty = { centerId: string; region: Region; size: number; themes: readonly Theme[] };

const incheon: Specialty = {
  centerId: 'incheon',
  region: '인천',
  size: 330,
  themes: [
    {
      key: 'drone-delivery', weight: 3, ksic: ['49303', '31', '70129'], logistics: true,
      suffixes: [['드론', 'Drone'], ['에어', 'Air'], ['스카이', 'Sky'], ['딜리버리', 'Delivery'], ['플라이', 'Fly']],
      summaries: ['드론(무인항공기) 배송으로 도서·산간 라스트마일 물류를 혁신하는', '배송 드론과 관제 플랫폼을 개발하는', '섬 지역 긴급 물품을 드론으로 배송하는', '무인기 기반 스마트 물류 서비스를 운영하는'],
      products: ['드론 배송 서비스', '무인항공기 라스트마일 배송 플랫폼', '도서·산간 드론 택배', '배송 드론 기체', '드론 스테이션', '드론 관제 소프트웨어'],
      technologies: ['자율비행 제어', '실시간 위치추적', 'AI기반 경로 최적화', '충돌 회피 비전', 'LTE 원격 관제', '정밀 착륙'],
      outcomes: ['옹진군 도서 지역에서 드론 배송 실증을 마쳤다.', '한진과 드론 택배 시범사업을 진행했다.'],
    },
    {
      key: 'tracking', weight: 3, ksic: ['62010', '26429', '63120'], logistics: true,
      suffixes: [['트래킹', 'Tracking'], ['로지스', 'Logis'], ['트랙', 'Track'], ['링크', 'Link'], ['체인', 'Chain']],
      summaries: ['화물의 실시간 위치추적 IoT 단말과 관제 플랫폼을 만드는', '컨테이너·팔레트 단위 실시간 위치추적 서비스를 제공하는', '사물인터넷으로 물류 가시성을 높이는'],
      products: ['화물 실시간 위치추적 IoT 단말', '컨테이너 추적 플랫폼', '물류 관제 대시보드', '스마트 팔레트 태그', '운송 이력 관리 SaaS'],
      technologies: ['실시간 위치추적', '사물인터넷(IoT) 센서', 'LPWA 통신', 'GPS·BLE 측위', '물류 빅데이터 분석'],
      outcomes: ['시스코 IoT 네트워크와 연동한 화물 추적 실증을 마쳤다.', '인천항 컨테이너 추적 파일럿을 수행했다.'],
    },
    {
      key: 'cold-chain', weight: 3, ksic: ['52102', '49301', '26299'], logistics: true,
      suffixes: [['콜드체인', 'Coldchain'], ['프레시', 'Fresh'], ['쿨', 'Cool'], ['로지스', 'Logis'], ['익스프레스', 'Express']],
      summaries: ['온도·습도 제어 운송으로 신선식품과 의약품을 나르는', '콜드체인 모니터링 시스템을 개발하는', '냉장·냉동 물류센터를 운영하는'],
      products: ['온도·습도 제어 운송 서비스', '콜드체인 모니터링 시스템', '냉장·냉동 물류센터', '스마트 보냉 박스', '의약품 정온 운송'],
      technologies: ['온도·습도 제어', '콜드체인 IoT 로거', '실시간 위치추적', '고성능 보냉 소재', '배송 온도 이력 관리'],
    },
    {
      key: 'export-customs', weight: 3, ksic: ['52991', '52101', '46'], logistics: true,
      suffixes: [['포워딩', 'Forwarding'], ['트레이드', 'Trade'], ['관세', 'Customs'], ['로지스', 'Logis'], ['카고', 'Cargo'], ['무역', 'Trading']],
      summaries: ['중소기업의 수출물류와 통관을 대행하는', '수출입 서류와 통관 절차를 자동화하는', '최적 운송방법과 관세 정보를 제공하는 수출물류'],
      products: ['수출물류 대행', '통관 대행 서비스', '포워딩 플랫폼', '수출입 서류 자동화 솔루션', '관세 환급 컨설팅', '항공·해상 혼재 운송'],
      technologies: ['전자통관 연계', 'AI기반 HS코드 분류', '물류비 절감 최적화', '재고관리 시스템', '운송 견적 비교 엔진'],
      outcomes: ['종합물류컨설팅센터 상담으로 물류비를 20% 줄였다.', '관세청 공익관세사 자문으로 FTA 원산지 관리를 갖췄다.'],
    },
    {
      key: 'cross-border', weight: 2, ksic: ['47912', '63120', '46'], logistics: true,
      suffixes: [['커머스', 'Commerce'], ['몰', 'Mall'], ['직구', 'Jikgu'], ['마켓', 'Market'], ['글로벌', 'Global']],
      summaries: ['중국 역직구 쇼핑몰을 운영하는', '한국 상품을 해외 소비자에게 직접 파는 크로스보더 이커머스', '역직구 풀필먼트와 국제 특송을 연결하는'],
      products: ['중국 역직구 쇼핑몰', '크로스보더 이커머스 플랫폼', '해외직판 풀필먼트', 'K-뷰티 역직구 몰', '티몰 입점 대행'],
      technologies: ['다국어 쇼핑몰 구축', '해외 결제 연동', '국제 특송 연계', '통관 자동화', '중국 SNS 마케팅'],
      outcomes: ['온라인 창업 교육을 수료하고 중국 역직구 시장에 진출했다.'],
    },
    {
      key: 'fresh-export', weight: 2, ksic: ['46', '10799', '52102'], logistics: true,
      suffixes: [['푸드', 'Food'], ['프레시', 'Fresh'], ['수산', 'Seafood'], ['팜', 'Farm'], ['트레이드', 'Trade']],
      summaries: ['신선 농수산식품을 해외로 수출하는', '김·전복 등 수산물 수출을 대행하는', '딸기·파프리카 수출 콜드체인을 운영하는'],
      products: ['신선 농수산식품 수출', '김·전복 수출 대행', '딸기·파프리카 수출', '수산물 수출 플랫폼', '가공식품 수출 패키징'],
      technologies: ['신선도 유지 포장', '온도·습도 제어 운송', '검역·통관 대응', '수출 바이어 매칭'],
      outcomes: ['신선식품수출지원센터를 통해 홍콩·베트남 바이어를 발굴했다.'],
    },
    {
      key: 'smart-warehouse', weight: 2, ksic: ['52101', '62021', '29280'], logistics: true,
      suffixes: [['로보틱스', 'Robotics'], ['오토메이션', 'Automation'], ['로지스', 'Logis'], ['풀필', 'Fulfil'], ['웨어하우스', 'Warehouse']],
      summaries: ['AI기반 창고관리시스템과 물류 로봇을 만드는', '중소 화주를 위한 스마트 풀필먼트를 운영하는', '물류센터 자동화 설비를 구축하는'],
      products: ['AI기반 창고관리시스템(WMS)', '물류 로봇', '자동 분류기', '스마트 풀필먼트 센터', '무인 지게차', '피킹 로봇'],
      technologies: ['물류 자동화', '자율주행 로봇', '비전 인식', '재고관리 최적화', '수요예측 AI'],
    },
    {
      key: 'aero-auto', weight: 2, ksic: ['31312', '30399', '34'],
      suffixes: [['에어로', 'Aero'], ['정밀', 'Precision'], ['항공', 'Aviation'], ['테크', 'Tech'], ['오토', 'Auto']],
      summaries: ['항공엔진 정비 부품을 가공하는', '자동차 소재·부품을 생산하는 강소', '항공기용 정밀 부품을 만드는'],
      products: ['항공엔진 정비 부품', '항공기용 부품', '자동차 부품', '경량 차체 부품', '정밀 가공품'],
      technologies: ['항공엔진 정비(MRO)', '정밀 가공', '금형', '비파괴 검사', '경량 소재'],
      outcomes: ['대한항공 항공엔진 정비 협력사로 등록됐다.'],
    },
    {
      key: 'hardware', weight: 2, ksic: ['26', '62010', '58222'],
      suffixes: [['랩스', 'Labs'], ['웍스', 'Works'], ['테크', 'Tech'], ['메이커스', 'Makers']],
      summaries: ['하드웨어에 첨단 ICT를 융합한 제품을 만드는', '글로벌 스타트업 캠퍼스에서 IoT 하드웨어를 개발하는'],
      products: ['IoT 하드웨어', '스마트 센서 모듈', '웨어러블 기기', '로봇 키트'],
      technologies: ['임베디드 소프트웨어', '사물인터넷(IoT)', '디자인 씽킹', '린 스타트업'],
      outcomes: ['글로벌 스타트업 캠퍼스 시제품 제작소에서 양산 시제품을 만들었다.'],
    },
  ],
};

const jeonbuk: Specialty = {
  centerId: 'jeonbuk',
  region: '전북',
  size: 190,
  themes: [
    {
      key: 'carbon-material', weight: 4, ksic: ['20501', '23', '70111'],
      suffixes: [['카본', 'Carbon'], ['카본텍', 'Carbontech'], ['컴포지트', 'Composite'], ['머티리얼즈', 'Materials'], ['소재', 'Materials'], ['화이버', 'Fiber']],
      summaries: ['탄소섬유와 탄소복합소재를 생산하는', '탄소소재 적용 아이템을 사업화하는', '효성 탄소섬유로 복합소재 중간재를 만드는'],
      products: ['탄소섬유 프리프레그', '탄소복합소재 부품', '탄소섬유 발열체', '카본 보강재', '탄소나노튜브 분산액'],
      technologies: ['탄소섬유 성형', '복합소재 설계', '열가소성 복합소재', '탄소나노튜브 분산', 'RTM 공정'],
      outcomes: ['효성 탄소섬유를 공급받아 시제품을 완성했다.', '탄소특화 창업보육센터에 입주했다.'],
    },
    {
      key: 'carbon-product', weight: 3, ksic: ['22', '33', '28'],
      suffixes: [['카본', 'Carbon'], ['라이트', 'Light'], ['텍', 'Tech'], ['산업', 'Industries'], ['컴포지트', 'Composite']],
      summaries: ['탄소섬유 응용 소비재를 만드는', '경량 복합소재 제품을 생산하는', '탄소 발열 제품을 개발하는'],
      products: ['탄소섬유 자전거 프레임', '탄소 발열 매트', '탄소섬유 드론 프레임', '경량 복합소재 케이스', '탄소섬유 낚싯대', '탄소 면상발열체'],
      technologies: ['탄소섬유', '복합소재 성형', '오토클레이브 공정', '탄소 발열 설계'],
      outcomes: ['파리 복합소재 전시회에 효성과 함께 출품했다.'],
    },
    {
      key: 'agri-food', weight: 4, ksic: ['10799', '11111', '01121', '10'],
      suffixes: [['식품', 'Foods'], ['푸드', 'Food'], ['양조', 'Brewery'], ['농원', 'Farm'], ['발효', 'Ferment'], ['팜', 'Farm']],
      summaries: ['전북 농산물로 전통 가공식품을 만드는', '수출 가능성이 높은 농생명 제품을 생산하는', '전통 발효 기술로 식품을 만드는'],
      products: ['죽염', '유자차', '전통 막걸리', '빙수시럽', '천연콜라겐 바이오식품', '복분자 음료', '발효 장류', '쌀 가공식품'],
      technologies: ['전통 발효', '저온 추출', 'HACCP 공정', '천연콜라겐 추출', '동결건조'],
      outcomes: ['브랜드를 새로 만들고 해외 판로 개척에 나섰다.'],
    },
    {
      key: 'tradition', weight: 2, ksic: ['90', '73203', '32', '59111'],
      suffixes: [['공방', 'Studio'], ['디자인', 'Design'], ['아트', 'Art'], ['문화', 'Culture'], ['한지', 'Hanji']],
      summaries: ['전통문화를 현대적으로 풀어낸 상품을 만드는', '한지와 전통 문양으로 디자인 상품을 만드는', '전통문화 체험 콘텐츠를 운영하는'],
      products: ['한지 공예품', '전통 문양 디자인 상품', '한옥 체험 콘텐츠', '전통주 브랜드 디자인', '국악 공연 콘텐츠'],
      technologies: ['전통 한지 가공', '디자인 브랜딩', '전통문화 콘텐츠 기획'],
    },
  ],
};

const gyeongbuk: Specialty = {
  centerId: 'gyeongbuk',
  region: '경북',
  size: 160,
  themes: [
    {
      key: 'smart-factory-solution', weight: 3, ksic: ['62021', '58221', '62010'],
      suffixes: [['팩토리', 'Factory'], ['오토메이션', 'Automation'], ['시스템', 'Systems'], ['솔루션', 'Solution'], ['인더스트리', 'Industry']],
      summaries: ['중소 제조기업에 스마트공장 솔루션을 공급하는', '스마트팩토리 설비 모니터링 시스템을 만드는', '공정 자동화와 생산관리 시스템을 구축하는'],
      products: ['스마트공장 MES', '스마트팩토리 설비 모니터링', '공정 자동화 PLC 솔루션', '생산관리 시스템(POP)', '품질 검사 비전 시스템'],
      technologies: ['공정 자동화', '스마트팩토리', '산업용 IoT', 'AI기반 불량 검출', '디지털 트윈'],
    },
    {
      key: 'gumi-manufacturing', weight: 4, ksic: ['26299', '25', '29294', '22', '26110'],
      suffixes: [['정밀', 'Precision'], ['전자', 'Electronics'], ['산업', 'Industries'], ['금형', 'Mold'], ['테크', 'Tech'], ['하이텍', 'Hitech']],
      summaries: ['구미산업단지에서 전자부품을 생산하는', '사출 금형과 몰드 베이스를 만드는', '스마트공장을 도입해 생산성을 높인 부품'],
      products: ['전자부품', '사출 금형', '몰드 베이스', 'PCB 어셈블리', '디스플레이 부품', '정밀 가공품'],
      technologies: ['스마트공장 도입', '공정 자동화', '금형 설계', '정밀 사출', '표면처리'],
      outcomes: ['삼성 공정 전문가 컨설팅으로 불량률을 낮췄다.', '스마트공장 구축 후 생산성이 개선됐다.'],
    },
    {
      key: 'new-business', weight: 2, ksic: ['27199', '29280', '26299', '29294'],
      suffixes: [['메디칼', 'Medical'], ['로보틱스', 'Robotics'], ['센서', 'Sensor'], ['이미징', 'Imaging'], ['몰드', 'Mold']],
      summaries: ['업종을 전환해 융합형 신사업에 도전하는', '7대 신사업 아이템을 사업화하는'],
      products: ['의료기기', '다관절로봇', '영상진단 장비', '센서 검사기', '3D 문화콘텐츠', '고정밀 몰드'],
      technologies: ['다관절 로봇 제어', '영상진단 알고리즘', '센서 검사 자동화', '금형고도화'],
    },
  ],
};

const gwangju: Specialty = {
  centerId: 'gwangju',
  region: '광주',
  size: 140,
  themes: [
    {
      key: 'auto-parts', weight: 4, ksic: ['30399', '30320', '30332', '29294'],
      suffixes: [['오토', 'Auto'], ['모터스', 'Motors'], ['정밀', 'Precision'], ['모빌리티', 'Mobility'], ['오토텍', 'Autotech']],
      summaries: ['자동차 부품을 생산하는', '차체 경량화 부품을 개발하는', '전기차 전장 부품을 만드는'],
      products: ['자동차 부품', '차체 경량화 부품', '전장 부품', '자동차용 카메라 모듈', '차량용 센서', 'EV 배터리팩 부품', '자동차 금형'],
      technologies: ['경량화 소재', '자동차 전장', '금형', '전기차 배터리', '자율주행 카메라'],
      outcomes: ['현대차 협력사 품질 인증을 받았다.'],
    },
    {
      key: 'hydrogen', weight: 3, ksic: ['28', '35', '70129', '28202'],
      suffixes: [['수소', 'Hydrogen'], ['에이치투', 'H2'], ['에너지', 'Energy'], ['퓨얼셀', 'Fuelcell']],
      summaries: ['수소연료전지 핵심 부품을 개발하는', '수소충전소 설비를 만드는', '수소차 생태계용 센서를 만드는'],
      products: ['수소연료전지 스택', '수소충전소 부품', '연료전지 분리판', '수소 센서', '수소융합스테이션 설비'],
      technologies: ['수소연료전지', '수소 저장', '고분자 전해질막', '수소 안전 센서'],
      outcomes: ['수소융합스테이션 실증에 참여했다.'],
    },
    {
      key: 'auto-software', weight: 2, ksic: ['26299', '62010', '58222'],
      suffixes: [['비전', 'Vision'], ['랩스', 'Labs'], ['드라이브', 'Drive'], ['아이', 'Eye']],
      summaries: ['자율주행 카메라와 영상 인식 소프트웨어를 만드는', '모빌리티 공유 플랫폼을 운영하는'],
      products: ['자율주행 카메라', '차량용 영상 인식 SW', '모빌리티 공유 플랫폼', '운전자 모니터링 시스템'],
      technologies: ['자율주행', '영상 인식', 'V2X 통신', 'AI기반 ADAS'],
    },
    {
      key: 'local-market', weight: 1, ksic: ['56', '47', '10799'],
      suffixes: [['상회', 'Store'], ['키친', 'Kitchen'], ['마켓', 'Market']],
      summaries: ['송정역 전통시장에서 청년 점포를 운영하는', '지역 특산 먹거리를 만드는'],
      products: ['전통시장 청년 점포', '수제 먹거리', '지역 특산품 온라인몰'],
      technologies: ['모바일 주문', '로컬 브랜딩'],
    },
  ],
};

const chungbuk: Specialty = {
  centerId: 'chungbuk',
  region: '충북',
  size: 150,
  themes: [
    {
      key: 'cosmetics', weight: 4, ksic: ['20423', '46', '47912'],
      suffixes: [['코스메틱', 'Cosmetic'], ['뷰티', 'Beauty'], ['코스메', 'Cosme'], ['랩', 'Lab'], ['바이오', 'Bio']],
      summaries: ['마스크팩과 기능성 화장품을 만드는', '천연 원료 화장품을 개발하는', 'K-뷰티 스킨케어 제품을 수출하는'],
      products: ['마스크팩', '기능성 화장품', '천연 화장품', 'K-뷰티 스킨케어', '코스메틱 원료', '선크림'],
      technologies: ['천연 원료 추출', '피부 흡수 기술', '나노 캡슐화', '화장품 제형 개발'],
      outcomes: ['LG생활건강 마케팅 지원으로 남미 수출을 시작했다.'],
    },
    {
      key: 'bio', weight: 3, ksic: ['21210', '70113', '27199', '70111'],
      suffixes: [['바이오', 'Bio'], ['파마', 'Pharma'], ['메디', 'Medi'], ['젠', 'Gen'], ['헬스', 'Health']],
      summaries: ['오송 바이오밸리에서 바이오 소재를 개발하는', '분자 진단키트를 만드는', '건강기능식품을 개발하는'],
      products: ['바이오 의약품', '진단키트', '건강기능식품', '의료기기', '바이오 소재'],
      technologies: ['바이오 공정', '세포 배양', '분자 진단', '천연물 신약'],
    },
    {
      key: 'optical-ict', weight: 2, ksic: ['26429', '26299', '62010'],
      suffixes: [['포토닉스', 'Photonics'], ['옵틱스', 'Optics'], ['텔레콤', 'Telecom'], ['전자', 'Electronics']],
      summaries: ['광통신 부품과 장비를 만드는', 'IoT 센서와 반도체 부품을 생산하는'],
      products: ['광통신 부품', '광섬유 장비', 'IoT 센서', '반도체 부품'],
      technologies: ['광섬유', '반도체', '사물인터넷'],
    },
  ],
};

const gyeonggi: Specialty = {
  centerId: 'gyeonggi',
  region: '경기',
  size: 180,
  themes: [
    {
      key: 'fintech', weight: 3, ksic: ['64', '66', '58222'],
      suffixes: [['페이', 'Pay'], ['핀테크', 'Fintech'], ['머니', 'Money'], ['코인', 'Coin'], ['뱅크', 'Bank']],
      summaries: ['간편결제와 핀테크 서비스를 만드는', '블록체인 기반 해외송금 서비스를 운영하는', 'AI기반 신용평가 모델을 개발하는'],
      products: ['간편결제 플랫폼', 'P2P 금융 서비스', '블록체인 송금', '로보어드바이저', '핀테크 보안 솔루션'],
      technologies: ['핀테크', '블록체인', 'AI기반 신용평가', '생체 인증'],
    },
    {
      key: 'iot', weight: 3, ksic: ['26429', '62010', '58222', '63120'],
      suffixes: [['아이오티', 'IoT'], ['커넥트', 'Connect'], ['웨어', 'Wear'], ['사운드', 'Sound'], ['링크', 'Link']],
      summaries: ['IoT 기기와 클라우드 서비스를 만드는', 'KT IoT 액셀러레이팅을 거친 웨어러블', '블루투스 기반 스마트 기기를 만드는'],
      products: ['IoT 스마트홈 기기', '블루투스 웨어러블', '스마트 센서', '클라우드 SaaS'],
      technologies: ['사물인터넷(IoT)', '클라우드', '빅데이터', 'AI'],
      outcomes: ['KIC와 연계한 미국 현지 액셀러레이팅에 선발됐다.'],
    },
    {
      key: 'global-software', weight: 3, ksic: ['58221', '58212', '62010'],
      suffixes: [['소프트', 'Soft'], ['게임즈', 'Games'], ['에듀', 'Edu'], ['AI', 'AI'], ['클라우드', 'Cloud']],
      summaries: ['글로벌 시장을 겨냥한 소프트웨어를 만드는', '모바일 게임을 개발하는', 'AI 번역·에듀테크 서비스를 만드는'],
      products: ['모바일 게임', '글로벌 SaaS', 'AI 번역 서비스', '에듀테크 플랫폼'],
      technologies: ['인공지능', '자연어 처리', '클라우드 네이티브'],
      outcomes: ['유럽 투자설명회에서 해외 투자사와 후속 미팅을 가졌다.'],
    },
  ],
};

export const specialties: readonly Specialty[] = [incheon, jeonbuk, gyeongbuk, gwangju, chungbuk, gyeonggi, ...otherSpecialties];

/** The center whose specialty a theme belongs to, by theme key. */
export const themeByKey: ReadonlyMap<string, Theme> = new Map(specialties.flatMap((s) => s.themes.map((t) => [t.key, t] as const)));
