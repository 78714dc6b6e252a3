import type { Theme } from './demo.themes.ts';

export const CLUSTER_HOST = '한국산업단지공단 인천지역본부';
export const CLUSTER_COMPLEX = '남동국가산업단지';

/** Seed 004: "현재 기업 618개사, 지원기관 79명 등 700여 명의 회원". */
export const MC_MEMBER_COMPANIES = 618;
export const MC_MEMBER_INSTITUTIONS = 79;

type Institution = readonly [name: string, kind: 'university' | 'institute' | 'agency'];

export type MiniCluster = {
  key: string;
  name: string;
  nameEn: string;
  industries: string[];
  description: string;
  /** Member companies generated for this MC (태진이엔지 is added to 모빌리티 on top). */
  companies: number;
  institutions: readonly Institution[];
  theme: Theme;
};

const mcDescription = (focus: string) =>
  `남동국가산업단지 자율형 산학연협의체(미니클러스터). ${focus}\n워크숍·세미나 정보교류, R&BD 전후방 사업화 촉진, 공동비즈니스모델 발굴과 연구과제 기획·R&D 지원.`;

const theme = (t: Omit<Theme, 'weight' | 'outcomes'>): Theme => ({ ...t, weight: 1, outcomes: ['MC 회원사와 공정을 연계해 공동 수주에 성공했다.', 'MC 애로과제 지원으로 품질 문제를 해결했다.'] });

/** The eight MCs of seed 004, in the order the seed lists them; companies add up to 617 + 태진이엔지. */
export const miniClusters: readonly MiniCluster[] = [
  {
    key: 'mobility', name: '모빌리티 MC', nameEn: 'Mobility MC', industries: ['모빌리티', '자동차 부품', '무인운반'], companies: 94,
    description: mcDescription('자동차 부품, 전기차 부품, 무인지게차·AGV 등 모빌리티 산업 기업의 협의체.'),
    institutions: [['인하대학교 산학협력단', 'university'], ['인하대학교 스마트모빌리티연구센터', 'university'], ['인하공업전문대학 자동차과', 'university'], ['한국자동차연구원 인천분원', 'institute'], ['한국생산기술연구원 인천본부', 'institute'], ['한국교통안전공단 인천본부', 'agency'], ['인천테크노파크 미래차센터', 'agency'], ['인천상공회의소', 'agency'], ['한국산업기술평가관리원 인천센터', 'agency'], ['한국폴리텍대학 인천캠퍼스 자동차과', 'university'], ['중소벤처기업진흥공단 인천지역본부', 'agency']],
    theme: theme({ key: 'mc-mobility', ksic: ['30399', '30320', '30332', '29'], suffixes: [['오토', 'Auto'], ['모빌리티', 'Mobility'], ['정밀', 'Precision'], ['모터스', 'Motors'], ['산업', 'Industries']], summaries: ['남동산단에서 자동차 부품을 생산하는', '전기차 부품을 만드는', '무인운반차(AGV)를 만드는'], products: ['자동차 부품', '전기차 부품', '무인지게차', 'AGV', '차량용 전장부품', '브레이크 부품'], technologies: ['정밀 가공', '금형', '자율주행 운반', '경량화'] }),
  },
  {
    key: 'ict', name: 'ICT MC', nameEn: 'ICT MC', industries: ['ICT', '전자부품', '소프트웨어'], companies: 70,
    description: mcDescription('산업용 IoT, PCB, 임베디드 보드, 제조 소프트웨어 기업의 협의체.'),
    institutions: [['인천대학교 산학협력단', 'university'], ['인천대학교 임베디드시스템공학과', 'university'], ['가천대학교 산학협력단', 'university'], ['한국전자기술연구원 스마트제조연구센터', 'institute'], ['인천정보산업진흥원', 'agency'], ['인천정보보호지원센터', 'agency'], ['인천테크노파크 정보산업센터', 'agency'], ['한국전자통신연구원 인천협력센터', 'institute'], ['연세대학교 국제캠퍼스 산학협력단', 'university'], ['인하대학교 정보통신공학과', 'university'], ['한국정보통신기술협회 인천분소', 'agency']],
    theme: theme({ key: 'mc-ict', ksic: ['26299', '62010', '26429', '58221'], suffixes: [['전자', 'Electronics'], ['아이티', 'IT'], ['시스템', 'Systems'], ['테크', 'Tech'], ['넷', 'Net']], summaries: ['산업용 IoT 장비를 만드는', 'PCB와 임베디드 보드를 생산하는', '제조 현장용 소프트웨어를 개발하는'], products: ['산업용 IoT 게이트웨이', 'PCB', '임베디드 보드', '통신 모듈', '제조 실행 소프트웨어(MES)'], technologies: ['사물인터넷(IoT)', '임베디드', '산업용 통신', '스마트팩토리'] }),
  },
  {
    key: 'aviation', name: '항공 MC', nameEn: 'Aviation MC', industries: ['항공', '항공정비(MRO)'], companies: 45,
    description: mcDescription('항공기 부품과 항공엔진 정비(MRO) 기업의 협의체.'),
    institutions: [['한국항공대학교 산학협력단', 'university'], ['인하대학교 항공우주공학과', 'university'], ['항공안전기술원', 'institute'], ['한국항공우주연구원 항공MRO협력센터', 'institute'], ['인천테크노파크 항공센터', 'agency'], ['인천국제공항공사 항공산업지원팀', 'agency'], ['한국폴리텍대학 항공캠퍼스', 'university'], ['인하공업전문대학 항공기계과', 'university'], ['한국항공우주산업진흥협회', 'agency']],
    theme: theme({ key: 'mc-aviation', ksic: ['31312', '25', '34'], suffixes: [['에어로', 'Aero'], ['항공', 'Aviation'], ['정밀', 'Precision'], ['에어텍', 'Airtech']], summaries: ['항공기용 정밀 부품을 가공하는', '항공엔진 정비 부품을 만드는'], products: ['항공기 부품', '항공엔진 정비 부품', '정밀 가공품', '항공 지상장비'], technologies: ['항공엔진 정비(MRO)', '5축 정밀 가공', '비파괴 검사', 'AS9100 품질'] }),
  },
  {
    key: 'root', name: '뿌리 MC', nameEn: 'Root Industry MC', industries: ['뿌리', '주조', '금형', '용접', '표면처리', '열처리'], companies: 120,
    description: mcDescription('주조·금형·소성가공·용접·표면처리·열처리 등 남동산단의 근간인 뿌리산업 기업의 협의체.'),
    institutions: [['한국생산기술연구원 뿌리산업진흥센터', 'institute'], ['한국생산기술연구원 스마트용접연구실', 'institute'], ['한국폴리텍대학 남인천캠퍼스', 'university'], ['인하대학교 금속재료공학과', 'university'], ['인천대학교 기계공학과', 'university'], ['한국금형공업협동조합', 'agency'], ['한국주물공업협동조합', 'agency'], ['한국열처리공업협동조합', 'agency'], ['한국도금공업협동조합', 'agency'], ['인천뿌리기업협의회', 'agency'], ['한국재료연구원 인천협력센터', 'institute']],
    theme: theme({ key: 'mc-root', ksic: ['24', '25', '29294'], suffixes: [['금속', 'Metal'], ['정공', 'Precision'], ['몰드', 'Mold'], ['금형', 'Mold'], ['주철', 'Casting'], ['산업', 'Industries']], summaries: ['주조와 단조 부품을 생산하는', '사출 금형과 프레스 몰드를 만드는', '도금과 열처리를 하는', '용접 구조물을 만드는'], products: ['주조품', '금형', '몰드', '열처리', '도금', '용접 구조물', '단조품'], technologies: ['주조', '금형 설계', '소성가공', '용접', '표면처리', '열처리'] }),
  },
  {
    key: 'beauty', name: '뷰티 MC', nameEn: 'Beauty MC', industries: ['뷰티', '화장품'], companies: 55,
    description: mcDescription('화장품 OEM·ODM과 용기·포장 기업의 협의체.'),
    institutions: [['경인여자대학교 뷰티케어과', 'university'], ['인천재능대학교 산학협력단', 'university'], ['대한화장품산업연구원', 'institute'], ['한국화학융합시험연구원 화장품시험센터', 'institute'], ['인천테크노파크 뷰티산업지원센터', 'agency'], ['대한화장품협회', 'agency'], ['인천뷰티산업협회', 'agency'], ['한국보건산업진흥원 화장품산업팀', 'agency']],
    theme: theme({ key: 'mc-beauty', ksic: ['20423', '22'], suffixes: [['코스메틱', 'Cosmetic'], ['뷰티', 'Beauty'], ['팩', 'Pack']], summaries: ['화장품을 OEM·ODM으로 생산하는', '화장품 용기를 만드는'], products: ['화장품 OEM', '마스크팩', '화장품 용기', '기능성 크림'], technologies: ['화장품 제형', 'CGMP 생산', '용기 사출'] }),
  },
  {
    key: 'bio', name: '바이오 MC', nameEn: 'Bio MC', industries: ['바이오', '의료기기'], companies: 50,
    description: mcDescription('의료기기, 진단시약, 바이오 소재 기업의 협의체.'),
    institutions: [['인천대학교 생명공학부', 'university'], ['연세대학교 국제캠퍼스 바이오융합센터', 'university'], ['한국생명공학연구원 바이오협력센터', 'institute'], ['인천테크노파크 바이오센터', 'agency'], ['한국바이오협회', 'agency'], ['인하대학교 의과대학 산학협력단', 'university'], ['한국의료기기산업협회', 'agency'], ['송도바이오클러스터협의회', 'agency'], ['경인지방식품의약품안전청', 'agency']],
    theme: theme({ key: 'mc-bio', ksic: ['21210', '27199', '70113'], suffixes: [['바이오', 'Bio'], ['메디칼', 'Medical'], ['메디텍', 'Meditech'], ['헬스케어', 'Healthcare']], summaries: ['의료기기를 만드는', '진단시약을 생산하는', '바이오 소재를 개발하는'], products: ['의료기기', '진단시약', '바이오 소재', '의료용 소모품'], technologies: ['GMP 생산', '체외진단', '생체적합 소재'] }),
  },
  {
    key: 'machinery', name: '산업기계 MC', nameEn: 'Industrial Machinery MC', industries: ['산업기계', '자동화 설비', '로봇'], companies: 105,
    description: mcDescription('산업용 로봇, 자동화 설비, 공작기계 기업의 협의체.'),
    institutions: [['한국기계연구원 스마트산업기계연구실', 'institute'], ['한국로봇산업진흥원 인천사무소', 'agency'], ['인하대학교 기계공학과', 'university'], ['한국공학대학교 산학협력단', 'university'], ['서울과학기술대학교 산학협력단', 'university'], ['한국기계산업진흥회', 'agency'], ['한국산업기술시험원 인천분원', 'institute'], ['한국생산성본부 스마트공장지원단', 'agency'], ['중소기업기술정보진흥원 스마트공장추진단', 'agency'], ['한국폴리텍대학 인천캠퍼스 메카트로닉스과', 'university']],
    theme: theme({ key: 'mc-machinery', ksic: ['29', '29280', '34', '28'], suffixes: [['기계', 'Machinery'], ['로보틱스', 'Robotics'], ['오토메이션', 'Automation'], ['엔지니어링', 'Engineering'], ['이엔지', 'ENG']], summaries: ['공장 자동화 설비를 만드는', '산업용 로봇을 개발하는', '컨베이어와 물류 설비를 만드는'], products: ['산업용 로봇', '자동화 설비', '컨베이어', '공작기계', '스마트공장 설비'], technologies: ['공정 자동화', '스마트공장', '로봇 제어', '머신비전'] }),
  },
  {
    key: 'electric', name: '전기·전자 MC', nameEn: 'Electrical & Electronics MC', industries: ['전기', '전자', '이차전지'], companies: 78,
    description: mcDescription('전력기기, 배전반, 이차전지 부품, 모터 기업의 협의체.'),
    institutions: [['한국전기연구원 인천협력센터', 'institute'], ['한국전자기술연구원 에너지IT연구센터', 'institute'], ['한국에너지공단 인천본부', 'agency'], ['한국전기산업진흥회', 'agency'], ['인천대학교 전기공학과', 'university'], ['인하대학교 전기공학과', 'university'], ['청운대학교 인천캠퍼스 산학협력단', 'university'], ['한국전기안전공사 인천지역본부', 'agency'], ['한국전지산업협회', 'agency'], ['한국산업기술시험원 전기전자시험센터', 'institute']],
    theme: theme({ key: 'mc-electric', ksic: ['28', '26299', '28202'], suffixes: [['전기', 'Electric'], ['전자', 'Electronics'], ['파워', 'Power'], ['에너지', 'Energy']], summaries: ['전력기기와 배전반을 만드는', '이차전지 부품을 생산하는', '산업용 모터를 만드는'], products: ['전력기기', '배전반', '배터리팩', '이차전지 부품', '모터'], technologies: ['전력 변환', '배터리 관리(BMS)', '이차전지', '전기 안전'] }),
  },
];

/** The two smart sub-MCs selected with 남동스마트그린산단 (seed 004); their members come from the parent MC. */
export const subClusters = [
  { key: 'smart-factory-sub', parentKey: 'machinery', name: '스마트공장 Sub MC', nameEn: 'Smart Factory Sub-MC', industries: ['스마트공장', '스마트팩토리'], companies: 18, institutions: 2, description: '남동스마트그린산단 추진과 연계해 선정된 스마트 서브 MC. 회원사 스마트공장 연계와 공정 자동화를 함께 추진한다.' },
  { key: 'data-sub', parentKey: 'root', name: '제조데이터 공유 Sub MC', nameEn: 'Manufacturing Data Sub-MC', industries: ['제조 데이터', '스마트공장'], companies: 15, institutions: 2, description: '남동스마트그린산단 추진과 연계해 선정된 스마트 서브 MC. 산단 내 연관 기업 간 제조 데이터 공유를 실증한다.' },
] as const;
