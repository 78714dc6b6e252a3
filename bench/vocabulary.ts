/**
 * Words the benchmark's organizations are made of: the industries innovation centers and
 * mini-clusters work with, each with name words, products, technologies, KSIC codes and the
 * centers that specialise in it (center.data.ts), so searches hit realistic document frequencies.
 */
export type Pair = readonly [ko: string, en: string];

export type Domain = {
  weight: number;
  label: string;
  nameWords: readonly Pair[];
  products: readonly string[];
  technologies: readonly string[];
  ksic: readonly string[];
  centers: readonly string[];
  business: readonly string[];
};

export const domains: Record<string, Domain> = {
  logistics: {
    weight: 12,
    label: '물류',
    nameWords: [['물류', 'Logistics'], ['로지스', 'Logis'], ['로지스틱스', 'Logistics'], ['익스프레스', 'Express'], ['운송', 'Transport'], ['해운', 'Shipping'], ['카고', 'Cargo'], ['딜리버리', 'Delivery']],
    products: ['스마트 물류 플랫폼', '콜드체인 배송 서비스', '풀필먼트 센터 운영', '라스트마일 배송 로봇', '창고관리시스템(WMS)', '화물 중개 앱', '국제 특송 서비스', '물류 자동화 컨베이어', '드론 배송 서비스', '팔레트 공유 플랫폼', '역직구 물류 대행'],
    technologies: ['IoT 기반 화물 추적', 'AI 배차 최적화', '자율주행 운반로봇', 'RFID 재고 관리', '디지털 트윈 물류센터', '블록체인 물류 이력', '경로 최적화 알고리즘', '온도 모니터링 센서'],
    ksic: ['49301', '49303', '52101', '52102', '52991', '52', '49', '46'],
    centers: ['incheon', 'busan', 'gyeonggi'],
    business: ['항만·공항 연계 물류', '전자상거래 물류', '콜드체인 물류', '중소 화주 대상 물류 대행', '수출입 통관 물류'],
  },
  carbon: {
    weight: 6,
    label: '탄소소재',
    nameWords: [['카본', 'Carbon'], ['탄소', 'Tanso'], ['복합소재', 'Composites'], ['화이버', 'Fiber'], ['소재', 'Materials']],
    products: ['탄소섬유 복합재 부품', '카본 프리프레그', '탄소섬유 자전거 프레임', 'CFRP 드론 프레임', '탄소 발열 필름', '탄소섬유 강화 플라스틱 판재', '수소탱크용 탄소섬유'],
    technologies: ['탄소섬유 직조', '열가소성 복합재 성형', '오토클레이브 성형', '탄소나노튜브 분산', 'RTM 공정', '탄소섬유 재활용'],
    ksic: ['20501', '13', '22', '23'],
    centers: ['jeonbuk', 'pohang'],
    business: ['탄소소재 부품', '경량 복합소재', '탄소섬유 가공'],
  },
  smartFactory: {
    weight: 12,
    label: '스마트공장',
    nameWords: [['팩토리', 'Factory'], ['오토메이션', 'Automation'], ['정밀', 'Precision'], ['기계', 'Machinery'], ['금형', 'Mold'], ['로보틱스', 'Robotics'], ['시스템', 'Systems'], ['기공', 'Engineering']],
    products: ['스마트공장 MES', '산업용 협동로봇', '머신비전 검사 장비', '사출 금형', '프레스 금형', 'PLC 제어반', '설비 예지보전 솔루션', '공정 모니터링 대시보드', '3D프린팅 시제품 제작', '자동화 조립 라인'],
    technologies: ['디지털 트윈', '머신비전', '예지보전 AI', 'OPC-UA 연동', '엣지 컴퓨팅', '정밀 가공', '금형 설계 CAE', '스마트팩토리 구축'],
    ksic: ['29280', '29294', '29', '25', '62021', '34', '24'],
    centers: ['gyeongbuk', 'gyeongnam', 'daegu', 'ulsan'],
    business: ['뿌리산업 스마트화', '제조 자동화', '정밀 금형·가공', '중소 제조기업 스마트공장 구축'],
  },
  automotive: {
    weight: 9,
    label: '자동차',
    nameWords: [['모터스', 'Motors'], ['모빌리티', 'Mobility'], ['오토', 'Auto'], ['부품', 'Parts'], ['이브이', 'EV'], ['오토텍', 'Autotech']],
    products: ['전기차 배터리 팩', '자동차 차체 부품', '수소연료전지 스택 부품', '전장 하네스', '자율주행 라이다 모듈', '이차전지 셀 검사기', '차량용 경량 시트 프레임', '전기차 충전기', '배터리 관리 시스템'],
    technologies: ['이차전지 BMS', '경량화 소재', '수소연료전지', '자율주행 인지', '배터리 열관리', '초고장력 강판 성형'],
    ksic: ['30320', '30332', '30399', '28202', '45', '30'],
    centers: ['gwangju', 'ulsan', 'gyeonggi'],
    business: ['미래차 부품', '전기차·수소차 부품', '자동차 전장', '이차전지 소재·부품'],
  },
  beauty: {
    weight: 7,
    label: '뷰티',
    nameWords: [['코스메틱', 'Cosmetic'], ['뷰티', 'Beauty'], ['바이오랩', 'Biolab'], ['스킨', 'Skin'], ['코스메틱스', 'Cosmetics']],
    products: ['천연 화장품', '기능성 스킨케어', '마스크팩', '비건 립스틱', '두피 케어 샴푸', '화장품 OEM·ODM', '한방 화장품', '선크림'],
    technologies: ['발효 추출', '나노 리포좀', '피부 마이크로바이옴', '천연 색소 추출', '저자극 유화 기술'],
    ksic: ['20423', '47912', '46'],
    centers: ['chungbuk', 'seoul', 'jeju'],
    business: ['K-뷰티 화장품', '천연 원료 화장품', '화장품 수출'],
  },
  bio: {
    weight: 8,
    label: '바이오',
    nameWords: [['바이오', 'Bio'], ['제약', 'Pharm'], ['메디컬', 'Medical'], ['헬스케어', 'Healthcare'], ['진단', 'Diagnostics'], ['메드', 'Med']],
    products: ['체외진단 키트', '신약 후보물질', '의료용 웨어러블', '디지털 치료제', '줄기세포 배양액', '동물용 의약품', '재활 의료기기', '진단키트'],
    technologies: ['유전자 분석', '항체 엔지니어링', '마이크로플루이딕스', 'AI 신약 개발', '생체신호 분석', '세포 배양'],
    ksic: ['21210', '27199', '70113', '70111', '21', '27'],
    centers: ['chungbuk', 'daegu', 'daejeon', 'seoul'],
    business: ['바이오헬스', '의료기기', '체외진단', '신약 개발'],
  },
  ict: {
    weight: 18,
    label: 'ICT',
    nameWords: [['소프트', 'Soft'], ['테크', 'Tech'], ['랩스', 'Labs'], ['데이터', 'Data'], ['클라우드', 'Cloud'], ['에이아이', 'AI'], ['네트웍스', 'Networks'], ['인포', 'Info']],
    products: ['AI기반 고객상담 챗봇', '빅데이터 분석 플랫폼', '클라우드 SaaS 그룹웨어', '핀테크 간편결제', '블록체인 인증 서비스', '모바일 게임', '메타버스 전시관', '보안 관제 솔루션', '사물인터넷 플랫폼', '음성인식 엔진'],
    technologies: ['인공지능', '자연어 처리', '컴퓨터 비전', '빅데이터', '클라우드 네이티브', '블록체인', '사물인터넷', '가상현실', '증강현실', '5G'],
    ksic: ['58221', '58222', '62010', '62021', '63120', '58212', '46510', '26429'],
    centers: ['seoul', 'gyeonggi', 'daejeon', 'gangwon', 'jeju'],
    business: ['AI 소프트웨어', '플랫폼 서비스', '데이터 분석', '정보보안'],
  },
  agrifood: {
    weight: 9,
    label: '농식품',
    nameWords: [['푸드', 'Food'], ['팜', 'Farm'], ['농산', 'Agro'], ['식품', 'Foods'], ['양조', 'Brewery'], ['수산', 'Fisheries']],
    products: ['스마트팜 재배 시스템', '전통주', '수산 가공식품', '김치', '간편식(HMR)', '유기농 쌀 가공품', '곤충 단백질 사료', '친환경 농산물 꾸러미'],
    technologies: ['수경재배', '식물공장 LED', '발효 공정', 'HACCP 공정 관리', '동결건조', '농업 드론 방제'],
    ksic: ['01121', '10799', '11111', '10', '11', '01', '03'],
    centers: ['sejong', 'jeonnam', 'jeonbuk', 'jeju'],
    business: ['스마트 농업', '농식품 가공', '6차 산업', '수산물 가공'],
  },
  energy: {
    weight: 6,
    label: '에너지',
    nameWords: [['에너지', 'Energy'], ['솔라', 'Solar'], ['파워', 'Power'], ['수소', 'Hydrogen'], ['그린텍', 'Greentech']],
    products: ['태양광 모듈', '수소 충전 설비', '에너지저장장치(ESS)', '폐배터리 재활용', '탄소배출 관리 솔루션', '소형 풍력 발전기', '탄소중립 컨설팅'],
    technologies: ['태양전지', '수전해', '배터리 재제조', '탄소 포집', '에너지 관리 시스템(EMS)', '전력 변환'],
    ksic: ['28202', '35', '28', '38', '72129'],
    centers: ['chungnam', 'pohang', 'ulsan', 'jeonnam'],
    business: ['신재생 에너지', '탄소중립', '수소 경제'],
  },
  content: {
    weight: 7,
    label: '콘텐츠·관광',
    nameWords: [['스튜디오', 'Studio'], ['미디어', 'Media'], ['컬처', 'Culture'], ['트래블', 'Travel'], ['엔터', 'Ent']],
    products: ['관광 예약 플랫폼', '웹툰', '애니메이션', '전통문화 체험 상품', 'K-POP 굿즈', '숏폼 영상 제작', '한복 대여 서비스'],
    technologies: ['실감 콘텐츠', '3D 모델링', '모션 캡처', '추천 알고리즘', 'XR'],
    ksic: ['59111', '55101', '90', '58', '73203'],
    centers: ['seoul', 'jeju', 'gangwon', 'busan'],
    business: ['문화 콘텐츠', '스마트 관광', '전통문화 상품'],
  },
  electronics: {
    weight: 6,
    label: '전자·반도체',
    nameWords: [['일렉트로닉스', 'Electronics'], ['반도체', 'Semicon'], ['옵틱스', 'Optics'], ['센서', 'Sensor'], ['디바이스', 'Device']],
    products: ['반도체 검사 장비', '전력 반도체 모듈', '이미지 센서', 'PCB 기판', 'LED 조명 모듈', 'RF 통신 모듈', '산업용 드론'],
    technologies: ['반도체 패키징', 'MEMS 공정', '광학 설계', '임베디드 펌웨어', '무선 통신'],
    ksic: ['26110', '26299', '26429', '26', '28'],
    centers: ['gyeonggi', 'daegu', 'chungbuk', 'gwangju'],
    business: ['전자부품', '반도체 장비', '센서 모듈'],
  },
};

export const koreanRoots: readonly Pair[] = [
  ['한빛', 'Hanbit'], ['누리', 'Nuri'], ['다온', 'Daon'], ['새솔', 'Saesol'], ['가온', 'Gaon'], ['하나', 'Hana'], ['아라', 'Ara'],
  ['보람', 'Boram'], ['늘봄', 'Neulbom'], ['한결', 'Hangyeol'], ['해솔', 'Haesol'], ['바른', 'Bareun'], ['푸른', 'Pureun'], ['라온', 'Raon'],
  ['나래', 'Narae'], ['별빛', 'Byeolbit'], ['이음', 'Ieum'], ['채움', 'Chaeum'], ['두레', 'Dure'], ['마루', 'Maru'], ['한울', 'Hanul'],
  ['세움', 'Seum'], ['솔빛', 'Solbit'], ['미리내', 'Mirinae'], ['윤슬', 'Yunseul'], ['가람', 'Garam'], ['도담', 'Dodam'], ['온누리', 'Onnuri'],
  ['대성', 'Daesung'], ['삼원', 'Samwon'], ['세진', 'Sejin'], ['영진', 'Youngjin'], ['태광', 'Taekwang'], ['신우', 'Shinwoo'], ['성진', 'Sungjin'],
  ['우진', 'Woojin'], ['동진', 'Dongjin'], ['한일', 'Hanil'], ['동아', 'Donga'], ['대림', 'Daelim'], ['진성', 'Jinsung'], ['유성', 'Yuseong'],
  ['경원', 'Kyungwon'], ['태성', 'Taesung'], ['명진', 'Myungjin'], ['금강', 'Geumgang'], ['천일', 'Cheonil'], ['대양', 'Daeyang'], ['청운', 'Cheongun'],
  ['한진', 'Hanjin'], ['해진', 'Haejin'], ['혜성', 'Hyesung'], ['화진', 'Hwajin'], ['효진', 'Hyojin'],
];

export const englishRoots: readonly Pair[] = [
  ['스마트', 'Smart'], ['그린', 'Green'], ['블루', 'Blue'], ['넥스트', 'Next'], ['에이스', 'Ace'], ['퓨처', 'Future'], ['이노', 'Inno'],
  ['오픈', 'Open'], ['링크', 'Link'], ['큐브', 'Cube'], ['코어', 'Core'], ['웨이브', 'Wave'], ['노바', 'Nova'], ['비전', 'Vision'],
  ['알파', 'Alpha'], ['옵티', 'Opti'], ['에코', 'Eco'], ['유니', 'Uni'], ['메타', 'Meta'], ['브릿지', 'Bridge'], ['엣지', 'Edge'],
  ['프라임', 'Prime'], ['씨드', 'Seed'], ['포커스', 'Focus'], ['트루', 'True'], ['위드', 'With'], ['모아', 'Moa'], ['에버', 'Ever'],
  ['인피니', 'Infini'], ['픽셀', 'Pixel'], ['퀀텀', 'Quantum'],
];

export const nameSuffixes: readonly Pair[] = [
  ['', ''], ['', ''], ['', ''], ['코리아', 'Korea'], ['글로벌', 'Global'], ['솔루션', 'Solution'], ['테크', 'Tech'], ['인더스트리', 'Industry'],
  ['시스템즈', 'Systems'], ['플러스', 'Plus'], ['앤컴퍼니', '& Company'], ['랩', 'Lab'],
];

export const surnames = ['김', '김', '김', '이', '이', '박', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안', '송', '류', '홍'];
export const givenNames = [
  '민준', '서준', '도윤', '예준', '시우', '하준', '주원', '지호', '준서', '현우', '도현', '지훈', '건우', '우진', '서연', '서윤', '지우',
  '서현', '민서', '하은', '지민', '채원', '수아', '지윤', '은지', '미경', '영희', '성호', '영수', '정호', '상철', '성민', '동현', '재훈',
  '태현', '용준', '병철', '광수', '경수', '재영', '진혁', '한결', '보람', '슬기', '희정', '선영', '은정', '수진', '유진', '정민',
];

export const buyerNames = [
  'Shanghai Huaxin Trading', 'Hangzhou Meili Cosmetics', 'Tianjin Haiyun Logistics', 'Kowloon Gadget Distribution', 'Andes Belleza Import',
  'Lima Cosmeticos Distribuidora', 'Distribuidora Azteca Beauty', 'Importadora Quetzal', 'Pacific Rim K-Beauty Supply', 'Westcoast Smart Logistics',
  'Saigon Fresh Import', 'Mekong K-Food Distribution', 'Kansai Trading', 'Composites Paris Distribution', 'Bayern Carbon Parts', 'Rhein Industrial Sourcing',
];

export const buyerCountries = ['중국', '베트남', '미국', '일본', '멕시코', '페루', '프랑스', '독일', '인도네시아', '태국'];

export const universities = ['한국', '서울', '인하', '부산', '경북', '전북', '충북', '전남', '강원', '제주', '울산', '대구', '광주과학', '대전', '세종', '경남', '포항'];
export const institutes = ['생산기술', '전자통신', '기계', '화학', '식품', '생명공학', '에너지기술', '재료', '탄소융합기술', '자동차', '섬유개발', '로봇산업진흥'];
export const agencies = ['테크노파크', '산업진흥원', '경제진흥원', '창업지원센터', '디자인센터', '중소기업지원센터'];
export const investorWords: readonly Pair[] = [['벤처스', 'Ventures'], ['인베스트먼트', 'Investment'], ['파트너스', 'Partners'], ['캐피탈', 'Capital'], ['액셀러레이터', 'Accelerator']];
export const sponsors = ['CJ', '롯데', '삼성', '한진', '현대자동차', 'SK', '현대중공업', 'KT', '네이버', 'LG생활건강', '한화', '효성', 'GS', '두산', '카카오', '포스코'];
