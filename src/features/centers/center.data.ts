/**
 * The 17 innovation centers, one per metropolitan city or province, and 포항's, with the
 * dedicated conglomerate (전담기업) and the specialty each was given. Reference data: written
 * on every start, demo or not. Sources: seeds 000, 002 and 003, and the public record.
 */
export const centerReference = [
  { id: 'seoul', shortName: '서울센터', region: '서울', sponsor: ['CJ', 'CJ'], specialty: ['문화콘텐츠·도시형 창업', 'Culture content and urban start-ups'], openedOn: null },
  { id: 'busan', shortName: '부산센터', region: '부산', sponsor: ['롯데', 'Lotte'], specialty: ['유통·영화영상·사물인터넷', 'Retail, film and IoT'], openedOn: null },
  { id: 'daegu', shortName: '대구센터', region: '대구', sponsor: ['삼성', 'Samsung'], specialty: ['섬유·패션·IT 창업생태계', 'Textile, fashion and IT start-up ecosystem'], openedOn: '2014-09-15' },
  { id: 'incheon', shortName: '인천센터', region: '인천', sponsor: ['한진', 'Hanjin'], specialty: ['스마트 물류', 'Smart logistics'], openedOn: '2015-07-22' },
  { id: 'gwangju', shortName: '광주센터', region: '광주', sponsor: ['현대자동차', 'Hyundai Motor'], specialty: ['자동차·수소연료전지', 'Automotive and hydrogen fuel cells'], openedOn: null },
  { id: 'daejeon', shortName: '대전센터', region: '대전', sponsor: ['SK', 'SK'], specialty: ['ICT 융합·기술사업화', 'ICT convergence and technology commercialisation'], openedOn: '2014-10-10' },
  { id: 'ulsan', shortName: '울산센터', region: '울산', sponsor: ['현대중공업', 'Hyundai Heavy Industries'], specialty: ['조선해양·3D 프린팅·첨단화학', 'Shipbuilding, 3D printing and advanced chemicals'], openedOn: null },
  { id: 'sejong', shortName: '세종센터', region: '세종', sponsor: ['SK', 'SK'], specialty: ['스마트 농업', 'Smart farming'], openedOn: null },
  { id: 'gyeonggi', shortName: '경기센터', region: '경기', sponsor: ['KT', 'KT'], specialty: ['ICT 융합·핀테크·글로벌 허브', 'ICT convergence, fintech and global hub'], openedOn: null },
  { id: 'gangwon', shortName: '강원센터', region: '강원', sponsor: ['네이버', 'Naver'], specialty: ['빅데이터·관광', 'Big data and tourism'], openedOn: null },
  { id: 'chungbuk', shortName: '충북센터', region: '충북', sponsor: ['LG생활건강', 'LG Household & Health Care'], specialty: ['뷰티·바이오·ICT', 'Beauty, bio and ICT'], openedOn: null },
  { id: 'chungnam', shortName: '충남센터', region: '충남', sponsor: ['한화', 'Hanwha'], specialty: ['태양광·친환경 화학', 'Solar power and green chemicals'], openedOn: null },
  { id: 'jeonbuk', shortName: '전북센터', region: '전북', sponsor: ['효성', 'Hyosung'], specialty: ['탄소소재·농생명·전통문화', 'Carbon materials, agri-bio and traditional culture'], openedOn: null },
  { id: 'jeonnam', shortName: '전남센터', region: '전남', sponsor: ['GS', 'GS'], specialty: ['친환경 농수산·바이오화학', 'Green agrifood, fisheries and bio-chemicals'], openedOn: null },
  { id: 'gyeongbuk', shortName: '경북센터', region: '경북', sponsor: ['삼성', 'Samsung'], specialty: ['스마트 팩토리·전통문화', 'Smart factories and traditional culture'], openedOn: null },
  { id: 'gyeongnam', shortName: '경남센터', region: '경남', sponsor: ['두산', 'Doosan'], specialty: ['기계산업 스마트화·물산업', 'Smart machinery and water industry'], openedOn: null },
  { id: 'jeju', shortName: '제주센터', region: '제주', sponsor: ['카카오', 'Kakao'], specialty: ['스마트 관광·ICT·문화', 'Smart tourism, ICT and culture'], openedOn: null },
  { id: 'pohang', shortName: '포항센터', region: '경북', sponsor: ['포스코', 'POSCO'], specialty: ['소재·에너지', 'Materials and energy'], openedOn: null },
] as const;

const regionEn: Record<string, string> = {
  seoul: 'Seoul', busan: 'Busan', daegu: 'Daegu', incheon: 'Incheon', gwangju: 'Gwangju', daejeon: 'Daejeon',
  ulsan: 'Ulsan', sejong: 'Sejong', gyeonggi: 'Gyeonggi', gangwon: 'Gangwon', chungbuk: 'Chungbuk',
  chungnam: 'Chungnam', jeonbuk: 'Jeonbuk', jeonnam: 'Jeonnam', gyeongbuk: 'Gyeongbuk', gyeongnam: 'Gyeongnam',
  jeju: 'Jeju', pohang: 'Pohang',
};

export function centerRows() {
  return centerReference.map((c, i) => ({
    id: c.id,
    name: `${c.shortName.replace(/센터$/, '')}창조경제혁신센터`,
    nameEn: `${regionEn[c.id]} Center for Creative Economy & Innovation`,
    shortName: c.shortName,
    region: c.region,
    sponsorName: c.sponsor[0],
    sponsorNameEn: c.sponsor[1],
    specialty: c.specialty[0],
    specialtyEn: c.specialty[1],
    openedOn: c.openedOn,
    sortOrder: i + 1,
  }));
}
