import type { Specialty } from './demo.themes.ts';

/** The other twelve centers' specialties (center.data.ts), in the same shape as demo.themes.ts. */
export const otherSpecialties: readonly Specialty[] = [
  {
    centerId: 'daejeon', region: '대전', size: 130,
    themes: [
      {
        key: 'daejeon-ict', weight: 3, ksic: ['62010', '26110', '70121', '58221'],
        suffixes: [['시큐리티', 'Security'], ['칩스', 'Chips'], ['AI', 'AI'], ['소프트', 'Soft'], ['넷', 'Net']],
        summaries: ['ICT 융합 소프트웨어를 만드는', 'AI 반도체를 설계하는', '정보보안 솔루션을 개발하는'],
        products: ['AI 반도체', '영상 인식 SW', '보안 솔루션', '드론 관제 SW', '무선 통신 모듈'],
        technologies: ['인공지능', '반도체 설계', '정보보안', '5G'],
        outcomes: ['글로벌 벤처스타 프로젝트로 미국 법인을 세웠다.'],
      },
      {
        key: 'deep-tech', weight: 2, ksic: ['70111', '70121', '27199'],
        suffixes: [['랩', 'Lab'], ['나노', 'Nano'], ['플라즈마', 'Plasma'], ['포토닉스', 'Photonics']],
        summaries: ['출연연 기술을 사업화하는 연구소기업', 'KAIST 기술로 창업한 딥테크'],
        products: ['플라즈마 응용 장비', '바이오센서', '나노 소재', '레이저 장비'],
        technologies: ['플라즈마', '나노기술', '기술사업화', '레이저'],
      },
    ],
  },
  {
    centerId: 'busan', region: '부산', size: 110,
    themes: [
      {
        key: 'retail', weight: 3, ksic: ['47912', '47', '46'],
        suffixes: [['커머스', 'Commerce'], ['마켓', 'Market'], ['리테일', 'Retail'], ['샵', 'Shop']],
        summaries: ['유통 혁신 서비스를 만드는', '라이브커머스로 지역 상품을 파는', '무인 점포 시스템을 공급하는'],
        products: ['O2O 유통 플랫폼', '라이브커머스', '스마트 리테일 솔루션', '무인 점포 시스템'],
        technologies: ['빅데이터 기반 수요예측', '모바일 커머스', 'IoT 매장관리'],
        outcomes: ['롯데 유통망에 입점했다.'],
      },
      {
        key: 'film', weight: 2, ksic: ['59111', '59', '90'],
        suffixes: [['필름', 'Film'], ['픽처스', 'Pictures'], ['스튜디오', 'Studio'], ['미디어', 'Media']],
        summaries: ['영화·영상 콘텐츠를 제작하는', 'VFX와 VR 영상을 만드는'],
        products: ['영화 VFX', '영상 콘텐츠 제작', 'VR 영상', '촬영 장비 렌탈'],
        technologies: ['VFX', '가상현실(VR)', '영상 후반작업'],
      },
      {
        key: 'busan-marine', weight: 2, ksic: ['10799', '50', '46'],
        suffixes: [['마린', 'Marine'], ['오션', 'Ocean'], ['포트', 'Port']],
        summaries: ['수산 가공식품을 만드는', '스마트 항만 솔루션을 개발하는'],
        products: ['수산 가공식품', '해양관광 콘텐츠', '스마트 항만 솔루션'],
        technologies: ['수산물 가공', '항만 물류 IoT'],
      },
    ],
  },
  {
    centerId: 'ulsan', region: '울산', size: 90,
    themes: [
      {
        key: 'shipbuilding', weight: 3, ksic: ['31', '25', '72129'],
        suffixes: [['마린', 'Marine'], ['조선', 'Shipbuilding'], ['오프쇼어', 'Offshore'], ['중공업', 'Heavy Industries']],
        summaries: ['조선해양 기자재를 만드는', '선박 용접 자동화 설비를 개발하는'],
        products: ['선박 부품', '해양플랜트 기자재', '선박 용접 로봇', '조선 설계 SW'],
        technologies: ['조선해양', '용접 자동화', '해양플랜트 엔지니어링'],
      },
      {
        key: '3d-printing', weight: 2, ksic: ['29', '33', '70129'],
        suffixes: [['쓰리디', '3D'], ['프린텍', 'Printech'], ['메이커', 'Maker']],
        summaries: ['3D프린팅으로 부품을 만드는', '금속 적층제조 서비스를 제공하는'],
        products: ['산업용 3D프린터', '금속 3D프린팅 부품', '적층제조 서비스', '3D 스캐너'],
        technologies: ['3D프린팅', '금속 적층제조', '역설계'],
      },
      {
        key: 'advanced-chemicals', weight: 2, ksic: ['20', '22', '70111'],
        suffixes: [['켐', 'Chem'], ['케미칼', 'Chemical'], ['머티리얼즈', 'Materials']],
        summaries: ['첨단화학 소재를 생산하는', '이차전지 전해액을 만드는'],
        products: ['정밀화학 소재', '친환경 플라스틱', '이차전지 전해액', '배터리 소재'],
        technologies: ['첨단화학', '이차전지', '고분자 합성'],
      },
    ],
  },
  {
    centerId: 'sejong', region: '세종', size: 60,
    themes: [
      {
        key: 'smart-farm', weight: 3, ksic: ['01121', '01', '62010', '29'],
        suffixes: [['팜', 'Farm'], ['그로우', 'Grow'], ['애그', 'Ag'], ['농원', 'Farm']],
        summaries: ['스마트팜 환경제어 시스템을 만드는', '수직농장을 운영하는', 'ICT 온실 솔루션을 공급하는'],
        products: ['스마트팜 환경제어기', '수직농장', 'ICT 온실', '농업용 드론', '작물 생육 분석 앱'],
        technologies: ['스마트팜', 'IoT 환경제어', '빅데이터 생육 분석', 'LED 식물공장'],
      },
      {
        key: 'local-food', weight: 1, ksic: ['10799', '47912'],
        suffixes: [['푸드', 'Food'], ['마켓', 'Market']],
        summaries: ['로컬푸드 직거래 플랫폼을 운영하는'],
        products: ['로컬푸드 직거래 플랫폼', '친환경 농산물 가공품'],
        technologies: ['농산물 유통', '콜드체인'],
      },
    ],
  },
  {
    centerId: 'gangwon', region: '강원', size: 80,
    themes: [
      {
        key: 'big-data', weight: 3, ksic: ['63120', '62010', '58222'],
        suffixes: [['데이터', 'Data'], ['인사이트', 'Insight'], ['애널리틱스', 'Analytics']],
        summaries: ['빅데이터 분석 플랫폼을 만드는', '공공데이터로 서비스를 만드는'],
        products: ['빅데이터 분석 플랫폼', '관광 빅데이터 서비스', '헬스케어 데이터 플랫폼', '공공데이터 API'],
        technologies: ['빅데이터', 'AI', '클라우드', '데이터 시각화'],
      },
      {
        key: 'gangwon-tourism', weight: 2, ksic: ['55101', '90', '91', '63120'],
        suffixes: [['트립', 'Trip'], ['투어', 'Tour'], ['스테이', 'Stay'], ['레저', 'Leisure']],
        summaries: ['강원 체류형 관광 상품을 만드는', '레저·숙박 예약 서비스를 운영하는'],
        products: ['강원 관광 여행 앱', '체류형 관광 상품', '레저 예약 플랫폼', '숙박 O2O'],
        technologies: ['위치기반 서비스', '관광 빅데이터', '모바일 예약'],
      },
      {
        key: 'gangwon-health', weight: 1, ksic: ['27199', '21210'],
        suffixes: [['메디', 'Medi'], ['헬스', 'Health']],
        summaries: ['원주 의료기기 클러스터에서 재활 의료기기를 만드는'],
        products: ['재활 의료기기', '헬스케어 웨어러블'],
        technologies: ['디지털헬스', '생체신호 분석'],
      },
    ],
  },
  {
    centerId: 'chungnam', region: '충남', size: 90,
    themes: [
      {
        key: 'solar', weight: 3, ksic: ['28', '35', '26299', '42'],
        suffixes: [['솔라', 'Solar'], ['에너지', 'Energy'], ['파워', 'Power'], ['썬', 'Sun']],
        summaries: ['태양광 발전 설비를 만드는', '태양광 발전량 예측 서비스를 제공하는', '영농형 태양광을 시공하는'],
        products: ['태양광 모듈', '태양광 발전 모니터링', 'ESS', '태양광 인버터', '영농형 태양광'],
        technologies: ['태양광', '에너지저장장치(ESS)', '전력 변환', '발전량 예측 AI'],
        outcomes: ['글로벌 익스펜션 프로그램으로 동남아 수출 계약을 맺었다.'],
      },
      {
        key: 'green-chemicals', weight: 2, ksic: ['20', '22', '38'],
        suffixes: [['켐', 'Chem'], ['에코', 'Eco'], ['리사이클', 'Recycle']],
        summaries: ['친환경 화학소재를 만드는', '폐플라스틱을 재생원료로 바꾸는'],
        products: ['친환경 화학소재', '바이오 플라스틱', '폐플라스틱 재생원료'],
        technologies: ['친환경 화학', '생분해성 소재', '자원순환'],
      },
    ],
  },
  {
    centerId: 'jeonnam', region: '전남', size: 90,
    themes: [
      {
        key: 'green-agrifood', weight: 3, ksic: ['01', '03', '10799', '46'],
        suffixes: [['농산', 'Agro'], ['수산', 'Fisheries'], ['푸드', 'Food'], ['해초', 'Seaweed'], ['영농조합', 'Farming']],
        summaries: ['친환경 농수산물을 생산·가공하는', '전복과 해조류 가공식품을 만드는', '천일염을 생산하는'],
        products: ['친환경 쌀', '유기농 채소', '전복 가공품', '김 스낵', '해조류 가공식품', '천일염'],
        technologies: ['친환경 농법', '수산물 가공', 'HACCP', '저온 건조'],
      },
      {
        key: 'bio-chemicals', weight: 2, ksic: ['20', '70111', '21210'],
        suffixes: [['바이오', 'Bio'], ['켐', 'Chem'], ['네이처', 'Nature']],
        summaries: ['해양 바이오 소재를 개발하는', '천연물에서 바이오화학 원료를 추출하는'],
        products: ['해양 바이오 소재', '천연 추출물', '바이오화학 원료'],
        technologies: ['바이오화학', '천연물 추출', '발효 공정'],
      },
    ],
  },
  {
    centerId: 'gyeongnam', region: '경남', size: 100,
    themes: [
      {
        key: 'machinery', weight: 3, ksic: ['29', '29280', '25', '34'],
        suffixes: [['기계', 'Machinery'], ['정공', 'Precision'], ['로보틱스', 'Robotics'], ['엔지니어링', 'Engineering'], ['이엔지', 'ENG']],
        summaries: ['창원산단에서 기계 부품을 만드는', '공작기계를 스마트화하는', '산업용 로봇을 개발하는'],
        products: ['산업용 로봇', '공작기계', '유압 부품', '정밀 기어', 'CNC 가공품', '금형'],
        technologies: ['기계산업 스마트화', '공정 자동화', '정밀 가공', '스마트공장'],
      },
      {
        key: 'water', weight: 2, ksic: ['36', '37', '29', '72129'],
        suffixes: [['워터', 'Water'], ['아쿠아', 'Aqua'], ['퓨어', 'Pure']],
        summaries: ['물산업 수처리 설비를 만드는', 'IoT로 수질을 관리하는'],
        products: ['수처리 필터', '정수 설비', '스마트 워터미터', '하수 처리 솔루션', '해수담수화 부품'],
        technologies: ['물산업', '멤브레인 수처리', 'IoT 수질 모니터링'],
      },
    ],
  },
  {
    centerId: 'jeju', region: '제주', size: 80,
    themes: [
      {
        key: 'jeju-tourism', weight: 3, ksic: ['55101', '63120', '91', '56'],
        suffixes: [['트래블', 'Travel'], ['아일랜드', 'Island'], ['투어', 'Tour'], ['스테이', 'Stay']],
        summaries: ['제주 스마트 관광 서비스를 만드는', '체험 관광 예약 플랫폼을 운영하는'],
        products: ['제주 여행 플랫폼', '렌터카 공유 서비스', '관광 O2O 앱', '체험 관광 예약'],
        technologies: ['위치기반 서비스', '모바일 플랫폼', '관광 빅데이터'],
      },
      {
        key: 'jeju-ict', weight: 2, ksic: ['58222', '62010', '63120'],
        suffixes: [['랩스', 'Labs'], ['소프트', 'Soft'], ['웍스', 'Works']],
        summaries: ['챗봇과 로컬 커머스 서비스를 만드는', '전기차 충전 앱을 운영하는'],
        products: ['챗봇 서비스', '전기차 충전 앱', '로컬 커머스 플랫폼'],
        technologies: ['챗봇', 'AI', '클라우드'],
      },
      {
        key: 'jeju-food', weight: 1, ksic: ['10799', '11', '01'],
        suffixes: [['농원', 'Farm'], ['감귤', 'Citrus']],
        summaries: ['제주 감귤과 용암해수로 식품을 만드는'],
        products: ['감귤 가공품', '제주 화장품 원료', '용암해수 음료'],
        technologies: ['천연 원료 추출', '식품 가공'],
      },
    ],
  },
  {
    centerId: 'seoul', region: '서울', size: 130,
    themes: [
      {
        key: 'content', weight: 3, ksic: ['59111', '90', '58212', '60'],
        suffixes: [['엔터테인먼트', 'Entertainment'], ['스튜디오', 'Studio'], ['미디어', 'Media'], ['컴퍼니', 'Company']],
        summaries: ['문화콘텐츠를 기획·제작하는', '웹툰과 웹드라마를 만드는', 'K-POP 팬 플랫폼을 운영하는'],
        products: ['웹툰', '웹드라마', 'K-POP 콘텐츠', 'MCN 크리에이터', '공연 콘텐츠', '모바일 게임'],
        technologies: ['콘텐츠 기획', '영상 제작', 'AR·VR 콘텐츠'],
      },
      {
        key: 'urban', weight: 2, ksic: ['56', '47912', '73203', '63120'],
        suffixes: [['키친', 'Kitchen'], ['디자인', 'Design'], ['스페이스', 'Space'], ['라이프', 'Life']],
        summaries: ['도시형 생활 서비스를 만드는', '푸드테크 플랫폼을 운영하는', '디자인 소품을 만드는'],
        products: ['푸드테크 플랫폼', '패션 커머스', '디자인 소품', '공유 오피스 앱'],
        technologies: ['O2O 플랫폼', '모바일 커머스', '브랜딩'],
      },
    ],
  },
  {
    centerId: 'pohang', region: '경북', size: 70,
    themes: [
      {
        key: 'materials', weight: 3, ksic: ['24', '25', '70111', '20'],
        suffixes: [['메탈', 'Metal'], ['소재', 'Materials'], ['스틸', 'Steel'], ['머티리얼즈', 'Materials']],
        summaries: ['철강·금속 신소재를 만드는', '이차전지 양극재를 개발하는', '분말야금 부품을 생산하는'],
        products: ['철강 소재', '금속 분말', '경량 합금', '이차전지 양극재', '배터리 소재'],
        technologies: ['소재 공정', '이차전지', '분말야금', '표면처리'],
      },
      {
        key: 'energy', weight: 2, ksic: ['35', '28', '70129'],
        suffixes: [['에너지', 'Energy'], ['파워', 'Power'], ['그리드', 'Grid']],
        summaries: ['공장 에너지 효율화 설비를 만드는', '수소 저장 합금을 개발하는'],
        products: ['에너지 관리 시스템', '연료전지', '폐열 회수 설비', '수소 저장 합금'],
        technologies: ['에너지 효율화', '수소', 'EMS'],
      },
    ],
  },
  {
    centerId: 'daegu', region: '대구', size: 110,
    themes: [
      {
        key: 'textile', weight: 3, ksic: ['13', '14', '20501'],
        suffixes: [['텍스', 'Tex'], ['섬유', 'Textile'], ['패브릭', 'Fabric'], ['어패럴', 'Apparel']],
        summaries: ['기능성 섬유를 생산하는', '스마트 의류를 개발하는', '패션 브랜드를 운영하는'],
        products: ['기능성 섬유', '스마트 의류', '산업용 섬유', '패션 브랜드', '아웃도어 원단'],
        technologies: ['기능성 원사', '섬유 가공', '스마트 텍스타일'],
      },
      {
        key: 'daegu-it', weight: 2, ksic: ['62010', '58222', '26299', '27199'],
        suffixes: [['아이티', 'IT'], ['소프트', 'Soft'], ['메디텍', 'Meditech']],
        summaries: ['의료 IT와 임베디드 소프트웨어를 만드는', '스마트 센서를 개발하는'],
        products: ['의료 IT 솔루션', '임베디드 SW', '스마트 센서', '의료기기'],
        technologies: ['임베디드', 'IoT', '의료 IT'],
      },
    ],
  },
];
