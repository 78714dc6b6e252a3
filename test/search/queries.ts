/**
 * Judged queries for the search quality test, against test/search/corpus.ts. Relevance is binary
 * and judged by reading the corpus: a relevant organization is one a center staffer typing the
 * query wants to see. Queries that express the same need (금형, 금형을, 몰드, mold) share one
 * judged set, so the judgment does not depend on how the query is written.
 */

export const categories = [
  'particle',
  'compound-spaced',
  'compound-joined',
  'two-syllable',
  'one-syllable',
  'mixed-script',
  'synonym',
  'initials',
  'english',
  'multi-word',
  'long-phrase',
  'name',
] as const;
export type Category = (typeof categories)[number];

export type JudgedQuery = { q: string; category: Category; relevant: string[] };

// Topic sets: the organizations whose business *is* the topic (not ones that merely mention it).
const MOLD = [
  'geumhyeong-korea', 'daehan-mold', 'mold-tech', 'precision-mold', 'mold-design', 'hanyang-mold', 'press-die', 'rubber-mold',
  'mold-cluster-siheung', 'mould-korea-en', 'hanjin-precision', 'smart-mold-monitor', 'mold-ai', 'namdong-mc', 'mold-parts',
];
const LOGISTICS = [
  'hanjin', 'hanju-logistics', 'smart-logis', 'logis-valley', 'cold-chain-korea', 'freshway-logis', 'bada-cargo', 'ezwms',
  'mulryu-center-incheon', 'fulfill-one', 'truck-mate', 'pallet-share', 'global-forwarding', 'smart-port-tech', 'route-ai',
  'cargo-eye', 'logi-campus', 'logistics-academy', 'dongtan-center', 'logis-consult', 'air-cargo', 'cold-storage',
  'ecommerce-logis', 'robot-logis', 'drone-logistics', 'hyunjin-tech', 'hanjin-info', 'last-mile-robotics',
];
const LOGISTICS_CENTER = ['mulryu-center-incheon', 'fulfill-one', 'dongtan-center', 'hyunjin-tech', 'robot-logis', 'logis-valley', 'ecommerce-logis'];
const SMART_FACTORY = [
  'smart-factory-solution', 'factory-one', 'daegu-smart-factory', 'smart-factory-consulting', 'smart-factory-lab', 'smart-gongjang-lab',
  'factory-iot', 'samsung', 'gumi-electronics', 'jeonwoo-precision', 'gyeongbuk-center', 'mes-korea', 'kumoh-univ',
  'digital-twin-factory', 'energy-factory', 'plc-link', 'ai-manufacturing', 'vision-inspect', 'predictive-maint',
];
const CARBON_FIBER = [
  'hyosung', 'carbon-valley', 'carbon-tech-jeonju', 'fiberfox', 'carbon-textile', 'hydrogen-carbon-tank', 'carbon-sports', 'pitch-tech',
  'carbon-drone-frame', 'cf-bike', 'carbon-bat',
];
const CARBON_MATERIAL = [
  ...CARBON_FIBER, 'carbon-heater', 'nano-carbon', 'graphene-square', 'carbon-composite-institute', 'carbon-fund', 'carbon-ceramic',
  'jeonbuk-univ',
];
const BATTERY = [
  'battery-one', 'cathode-material', 'anode-material', 'electrolyte', 'solid-battery', 'bms-tech', 'battery-separator', 'battery-test',
  'battery-recycle-2', 'ev-battery-pack', 'samsung-sdi', 'lg-energy', 'ev-battery-recycle', 'lithium-korea', 'battery-swap', 'ess-korea',
  'small-battery', 'battery-cap',
];
const SECONDARY_BATTERY = [
  'battery-one', 'cathode-material', 'anode-material', 'electrolyte', 'battery-separator', 'battery-test', 'battery-recycle-2',
  'samsung-sdi', 'lg-energy', 'solid-battery', 'ev-battery-pack', 'bms-tech', 'lithium-korea',
];
const COSMETICS = [
  'lg-hnh', 'beauty-cosmetics', 'cosmax-like', 'green-cosmetic', 'derma-lab', 'ocheong-beauty', 'k-beauty-global', 'cosmetic-ai', 'mask-pack',
  'cosmetic-test', 'hair-bio', 'cosmetic-lab', 'beauty-box', 'bio-cosmetic', 'cosmetic-oem-2', 'beauty-mask-2', 'kbeauty-cross',
  'cosmetic-container', 'paris-buyer', 'perfume-atelier', 'cotton-queen', 'beauty-device', 'nail-art',
];
const DRONE = [
  'drone-korea', 'uav-tech', 'drone-inspect', 'drone-edu', 'anti-drone', 'drone-show', 'delivery-drone-parts', 'drone-delivery-lab',
  'agri-drone', 'drone-ai-map', 'hydrogen-drone', 'carbon-drone-frame', 'drone-logistics', 'drone-agri-2', 'drone-sw',
];
const AI = [
  'ai-brain', 'chatbot-lab', 'voice-ai', 'med-ai', 'ai-vision-factory', 'edge-ai', 'ai-iot-platform', 'ai-manufacturing', 'pohang-steel-ai',
  'route-ai', 'cosmetic-ai', 'travel-ai', 'ai-translate', 'ai-call-center', 'ai-pet', 'livestock-ai', 'ai-agri', 'mold-ai', 'legal-tech',
  'accounting-ai', 'hotel-ai', 'data-label', 'robo-advisor', 'factory-safety', 'semicon-design', 'edu-tech', 'auto-ai-lab', 'gist',
  'drone-inspect', 'vision-inspect', 'predictive-maint', 'customs-link', 'smart-port-tech', 'smart-logis',
];
const IOT = [
  'iot-home', 'sensor-net', 'iot-sensor-kr', 'iot-sensor-factory', 'ai-iot-platform', 'factory-iot', 'plc-link', 'cargo-eye',
  'iot-farm-sensor', 'silver-care', 'pallet-share', 'smart-toilet', 'smart-aqua', 'freshway-logis', 'smart-mold-monitor',
];
const HYDROGEN = [
  'hydro-cell', 'h2-station', 'hydrogen-truck', 'hydrogen-drone', 'hydrogen-carbon-tank', 'hydrogen-energy', 'hydrogen-sensor',
  'fuelcell-test', 'hyundai-motor', 'hyosung-heavy',
];
const IOT_SENSOR = ['cargo-eye', 'iot-sensor-factory', 'iot-farm-sensor', 'iot-sensor-kr', 'freshway-logis', 'silver-care', 'sensor-net'];
const HYDROGEN_VEHICLE = ['hyundai-motor', 'h2-station', 'hydrogen-carbon-tank', 'hydrogen-sensor', 'hydrogen-truck', 'hyosung-heavy', 'hydro-cell'];
const FUEL_CELL = ['hydro-cell', 'hydrogen-truck', 'hydrogen-drone', 'fuelcell-test', 'hyundai-motor'];
const EV = ['ev-motor', 'ev-charger', 'green-mobility', 'ev-battery-pack', 'ev-battery-recycle', 'die-casting', 'battery-swap', 'samsung-sdi', 'lg-energy', 'car-design-studio', 'bms-tech'];
const PRINTING_3D = ['printing-3d', 'print-lab', 'additive-one', 'bio-print', 'prototype-factory', 'print-material', 'jewelry-3d', '3d-print-service', '3d-food-print', 'dental-3d'];
const FINTECH = [
  'fintech-pay', 'fin-credit', 'robo-advisor', 'insurtech', 'crowd-fund', 'blockchain-pay', 'sme-invoice', 'mydata', 'fintech-security',
  'fintech-remit', 'fintech-b2b', 'accounting-ai',
];
const SMART_FARM = ['smart-farm', 'vertical-farm', 'smart-farm-solution', 'iot-farm-sensor', 'smart-aqua'];
const ROOT_INDUSTRY = [
  'ppuri-center', 'kitech', 'casting-korea', 'forging-one', 'welding-tech', 'heat-treat', 'surface-coat', 'plastic-forming', 'casting-precision',
  'heat-surface', 'root-welding-edu', 'die-casting', ...MOLD.slice(0, 6),
];
const WELDING = ['welding-tech', 'welding-robot', 'cobot-works', 'root-welding-edu', 'ppuri-center', 'kitech'];
const CASTING = ['casting-korea', 'casting-precision', 'die-casting', 'ppuri-center', 'kitech'];
const COLD_CHAIN = ['cold-chain-korea', 'freshway-logis', 'cold-storage'];
const FULFILLMENT = ['fulfill-one', 'mulryu-center-incheon', 'dongtan-center', 'ecommerce-logis'];
const CROSS_BORDER = ['yeokjikgu-hub', 'kbeauty-cross'];
const BIG_DATA = ['big-data-korea', 'agri-data', 'truck-mate', 'auto-ai-lab', 'patent-bridge'];
const VR = ['vr-studio', 'vr-tour', 'metaverse-one'];
const AR = ['ar-edu'];
const AUTONOMOUS = ['autonomous-drive', 'lidar-one', 'last-mile-robotics', 'hyundai-mobis'];
const DELIVERY_ROBOT = ['last-mile-robotics'];
const MEDICAL_DEVICE = ['plasmapp', 'wearable-care', 'micro-needle', 'dental-3d', 'rehab-robot', 'med-device', 'beauty-device'];
const PLANT_FACTORY = ['vertical-farm', 'smart-farm'];
const TOURISM = [
  'jeju-tour', 'hanok-stay', 'medical-tour', 'smart-tour', 'busan-yacht', 'glamping', 'gyeongju-heritage', 'travel-ai', 'vr-tour',
  'halal-tour', 'tour-guesthouse', 'tour-bus', 'vr-studio', 'tour-mice',
];
const ROBOT = [
  'cobot-works', 'robot-arm-korea', 'welding-robot', 'last-mile-robotics', 'robot-logis', 'logis-valley', 'agv-tech', 'rehab-robot',
];
const SEMICONDUCTOR = ['semicon-design', 'semicon-parts', 'samsung'];
const SENSOR = [
  'iot-sensor-factory', 'iot-sensor-kr', 'gas-sensor', 'hydrogen-sensor', 'sensor-net', 'cargo-eye', 'iot-farm-sensor', 'lidar-one',
  'smart-toilet', 'silver-care', 'predictive-maint', 'smart-aqua', 'smart-mold-monitor',
];
const PAYMENT = ['fintech-pay', 'pay-terminal', 'fintech-b2b', 'blockchain-pay'];
const REMITTANCE = ['fintech-remit', 'blockchain-pay'];
const CHATBOT = ['ai-brain', 'chatbot-lab', 'ai-call-center'];
const MES = ['smart-factory-solution', 'factory-one', 'mes-korea'];
const ESS = ['ess-korea', 'samsung-sdi', 'bms-tech', 'ev-battery-recycle', 'smart-grid'];
const AGV = ['agv-tech', 'logis-valley'];
const PREDICTIVE = ['predictive-maint', 'auto-ai-lab'];
const ALT_MEAT = ['food-tech', 'insect-food'];
const LG = ['lg-hnh', 'lg-energy'];
const HANJIN = ['hanjin', 'hanjin-info'];
const HYOSUNG = ['hyosung', 'hyosung-heavy'];
const SAMSUNG = ['samsung', 'samsung-sdi'];
const CUSTOMS = ['customs-link', 'logis-consult'];

export const queries: JudgedQuery[] = [
  // Particles: the word with a particle glued on, as in a typed phrase.
  { q: '한진의', category: 'particle', relevant: HANJIN },
  { q: '금형을', category: 'particle', relevant: MOLD },
  { q: '탄소섬유로', category: 'particle', relevant: CARBON_FIBER },
  { q: '드론으로', category: 'particle', relevant: DRONE },
  { q: '화장품을', category: 'particle', relevant: COSMETICS },
  { q: '수소차에', category: 'particle', relevant: HYDROGEN_VEHICLE },
  { q: '배터리를', category: 'particle', relevant: BATTERY },
  { q: '스마트공장의', category: 'particle', relevant: SMART_FACTORY },
  { q: '물류센터에서', category: 'particle', relevant: LOGISTICS_CENTER },
  { q: '콜드체인과', category: 'particle', relevant: COLD_CHAIN },
  { q: '풀필먼트는', category: 'particle', relevant: FULFILLMENT },
  { q: '막걸리와', category: 'particle', relevant: ['makgeolli'] },
  { q: '그래핀을', category: 'particle', relevant: ['graphene-square', 'nano-carbon'] },
  { q: '용접은', category: 'particle', relevant: WELDING },
  { q: '통관을', category: 'particle', relevant: CUSTOMS },
  { q: '자율주행으로', category: 'particle', relevant: AUTONOMOUS },
  { q: '반도체의', category: 'particle', relevant: SEMICONDUCTOR },
  { q: '딸기를', category: 'particle', relevant: ['strawberry', 'fresh-export'] },
  { q: '멸균기가', category: 'particle', relevant: ['plasmapp'] },
  { q: '챗봇이', category: 'particle', relevant: CHATBOT },
  { q: '한옥에서', category: 'particle', relevant: ['hanok-stay'] },
  { q: '효성과', category: 'particle', relevant: HYOSUNG },
  { q: '인삼으로', category: 'particle', relevant: ['ginseng'] },
  { q: '로봇을', category: 'particle', relevant: ROBOT },
  { q: '관광객에게', category: 'particle', relevant: TOURISM },

  // Compounds written with a space.
  { q: '스마트 팩토리', category: 'compound-spaced', relevant: SMART_FACTORY },
  { q: '스마트 공장', category: 'compound-spaced', relevant: SMART_FACTORY },
  { q: '물류 센터', category: 'compound-spaced', relevant: LOGISTICS_CENTER },
  { q: '탄소 섬유', category: 'compound-spaced', relevant: CARBON_FIBER },
  { q: '이차 전지', category: 'compound-spaced', relevant: SECONDARY_BATTERY },
  { q: '콜드 체인', category: 'compound-spaced', relevant: COLD_CHAIN },
  { q: '수소 연료 전지', category: 'compound-spaced', relevant: FUEL_CELL },
  { q: '빅 데이터', category: 'compound-spaced', relevant: BIG_DATA },
  { q: '사물 인터넷', category: 'compound-spaced', relevant: IOT },
  { q: '인공 지능', category: 'compound-spaced', relevant: AI },
  { q: '배송 로봇', category: 'compound-spaced', relevant: DELIVERY_ROBOT },
  { q: '금형 설계', category: 'compound-spaced', relevant: ['mold-design', 'geumhyeong-korea', 'hanjin-precision', 'mould-korea-en', 'mold-ai'] },
  { q: '스마트 팜', category: 'compound-spaced', relevant: SMART_FARM },
  { q: '3D 프린팅', category: 'compound-spaced', relevant: PRINTING_3D },
  { q: '전기 자동차', category: 'compound-spaced', relevant: EV },
  { q: '드론 배송', category: 'compound-spaced', relevant: ['drone-delivery-lab', 'drone-logistics'] },
  { q: '의료 기기', category: 'compound-spaced', relevant: MEDICAL_DEVICE },
  { q: '식물 공장', category: 'compound-spaced', relevant: PLANT_FACTORY },
  { q: '물류 로봇', category: 'compound-spaced', relevant: ['robot-logis', 'logis-valley', 'last-mile-robotics', 'agv-tech'] },
  { q: '창고 관리 시스템', category: 'compound-spaced', relevant: ['ezwms', 'hanju-logistics'] },

  // The same compounds written joined.
  { q: '스마트팩토리', category: 'compound-joined', relevant: SMART_FACTORY },
  { q: '스마트공장', category: 'compound-joined', relevant: SMART_FACTORY },
  { q: '물류센터', category: 'compound-joined', relevant: LOGISTICS_CENTER },
  { q: '탄소섬유', category: 'compound-joined', relevant: CARBON_FIBER },
  { q: '이차전지', category: 'compound-joined', relevant: SECONDARY_BATTERY },
  { q: '콜드체인', category: 'compound-joined', relevant: COLD_CHAIN },
  { q: '수소연료전지', category: 'compound-joined', relevant: FUEL_CELL },
  { q: '빅데이터', category: 'compound-joined', relevant: BIG_DATA },
  { q: '사물인터넷', category: 'compound-joined', relevant: IOT },
  { q: '인공지능', category: 'compound-joined', relevant: AI },
  { q: '배송로봇', category: 'compound-joined', relevant: DELIVERY_ROBOT },
  { q: '금형설계', category: 'compound-joined', relevant: ['mold-design', 'geumhyeong-korea', 'hanjin-precision', 'mould-korea-en', 'mold-ai'] },
  { q: '스마트팜', category: 'compound-joined', relevant: SMART_FARM },
  { q: '3D프린팅', category: 'compound-joined', relevant: PRINTING_3D },
  { q: '전기자동차', category: 'compound-joined', relevant: EV },
  { q: '드론배송', category: 'compound-joined', relevant: ['drone-delivery-lab', 'drone-logistics'] },
  { q: '의료기기', category: 'compound-joined', relevant: MEDICAL_DEVICE },
  { q: '식물공장', category: 'compound-joined', relevant: PLANT_FACTORY },
  { q: '물류로봇', category: 'compound-joined', relevant: ['robot-logis', 'logis-valley', 'last-mile-robotics', 'agv-tech'] },
  { q: '창고관리시스템', category: 'compound-joined', relevant: ['ezwms', 'hanju-logistics'] },
  { q: '자율이동로봇', category: 'compound-joined', relevant: ['logis-valley', 'agv-tech'] },

  // Two-syllable words: a single bigram.
  { q: '금형', category: 'two-syllable', relevant: MOLD },
  { q: '물류', category: 'two-syllable', relevant: LOGISTICS },
  { q: '탄소', category: 'two-syllable', relevant: [...CARBON_MATERIAL, 'carbon-neutral', 'carbon-credit'] },
  { q: '수소', category: 'two-syllable', relevant: HYDROGEN },
  { q: '드론', category: 'two-syllable', relevant: DRONE },
  { q: '뷰티', category: 'two-syllable', relevant: COSMETICS },
  { q: '센서', category: 'two-syllable', relevant: SENSOR },
  { q: '로봇', category: 'two-syllable', relevant: ROBOT },
  { q: '용접', category: 'two-syllable', relevant: WELDING },
  { q: '주조', category: 'two-syllable', relevant: CASTING },
  { q: '단조', category: 'two-syllable', relevant: ['forging-one', 'plastic-forming'] },
  { q: '도금', category: 'two-syllable', relevant: ['surface-coat', 'heat-surface'] },
  { q: '통관', category: 'two-syllable', relevant: CUSTOMS },
  { q: '택배', category: 'two-syllable', relevant: ['hanjin', 'freshway-logis', 'last-mile-robotics', 'dongtan-center', 'drone-logistics', 'route-ai', 'box-lab'] },
  { q: '결제', category: 'two-syllable', relevant: PAYMENT },
  { q: '송금', category: 'two-syllable', relevant: REMITTANCE },
  { q: '관광', category: 'two-syllable', relevant: TOURISM },
  { q: '숙박', category: 'two-syllable', relevant: ['hanok-stay', 'tour-guesthouse', 'medical-tour'] },
  { q: '김치', category: 'two-syllable', relevant: ['kimchi-global'] },
  { q: '인삼', category: 'two-syllable', relevant: ['ginseng'] },
  { q: '녹차', category: 'two-syllable', relevant: ['tea-farm'] },
  { q: '양식', category: 'two-syllable', relevant: ['smart-aqua'] },
  { q: '방제', category: 'two-syllable', relevant: ['agri-drone', 'drone-agri-2'] },
  { q: '전지', category: 'two-syllable', relevant: [...SECONDARY_BATTERY, 'solar-cell', 'small-battery', 'hydro-cell', 'fuelcell-test'] },
  { q: '멸균', category: 'two-syllable', relevant: ['plasmapp'] },
  { q: '보험', category: 'two-syllable', relevant: ['insurtech'] },
  { q: '채용', category: 'two-syllable', relevant: ['hr-tech'] },
  { q: '번역', category: 'two-syllable', relevant: ['ai-translate'] },
  { q: '특허', category: 'two-syllable', relevant: ['patent-bridge', 'fiberfox', 'etri'] },
  { q: '요트', category: 'two-syllable', relevant: ['busan-yacht'] },
  { q: '화장', category: 'two-syllable', relevant: COSMETICS },

  // One syllable: a lone syllable is its own token.
  { q: '빵', category: 'one-syllable', relevant: ['bakery'] },
  { q: '꿀', category: 'one-syllable', relevant: ['honey-bee'] },
  { q: '떡', category: 'one-syllable', relevant: ['hyoseong-food'] },
  { q: '김', category: 'one-syllable', relevant: ['seaweed'] },

  // Latin or digits glued to Hangul, and mixed-script names.
  { q: 'AI기반', category: 'mixed-script', relevant: ['ai-vision-factory', 'ai-agri'] },
  { q: 'IoT센서', category: 'mixed-script', relevant: IOT_SENSOR },
  { q: '2차전지', category: 'mixed-script', relevant: SECONDARY_BATTERY },
  { q: '3D프린터', category: 'mixed-script', relevant: PRINTING_3D },
  { q: 'AI반도체', category: 'mixed-script', relevant: ['semicon-design'] },
  { q: 'LG생활건강', category: 'mixed-script', relevant: ['lg-hnh'] },
  { q: '삼성SDI', category: 'mixed-script', relevant: ['samsung-sdi'] },
  { q: 'K뷰티', category: 'mixed-script', relevant: ['kbeauty-cross', 'k-beauty-global'] },
  { q: 'AI챗봇', category: 'mixed-script', relevant: CHATBOT },
  { q: 'CNC가공', category: 'mixed-script', relevant: ['cnc-machining'] },
  { q: 'ESS배터리', category: 'mixed-script', relevant: ESS },
  { q: 'VR콘텐츠', category: 'mixed-script', relevant: VR },
  { q: 'AR교육', category: 'mixed-script', relevant: AR },
  { q: 'MES구축', category: 'mixed-script', relevant: MES },
  { q: 'LED마스크', category: 'mixed-script', relevant: ['beauty-device'] },
  { q: 'QR결제', category: 'mixed-script', relevant: ['fintech-pay'] },
  { q: '5G통신', category: 'mixed-script', relevant: ['5g-module', 'kt'] },
  { q: 'AI 기반 불량 검출', category: 'mixed-script', relevant: ['ai-vision-factory', 'vision-inspect', 'ai-manufacturing'] },
  { q: '2차 전지', category: 'mixed-script', relevant: SECONDARY_BATTERY },
  { q: 'IoT 센서', category: 'mixed-script', relevant: IOT_SENSOR },

  // Synonyms: the query word is absent from the relevant documents.
  { q: '몰드', category: 'synonym', relevant: MOLD },
  { q: '배터리', category: 'synonym', relevant: BATTERY },
  { q: '무인항공기', category: 'synonym', relevant: DRONE },
  { q: '코스메틱', category: 'synonym', relevant: COSMETICS },
  { q: '카본', category: 'synonym', relevant: CARBON_MATERIAL },
  { q: '로지스틱스', category: 'synonym', relevant: LOGISTICS },
  { q: '가상현실', category: 'synonym', relevant: VR },
  { q: '증강현실', category: 'synonym', relevant: AR },
  { q: '수소자동차', category: 'synonym', relevant: HYDROGEN_VEHICLE },
  { q: '크로스보더', category: 'synonym', relevant: CROSS_BORDER },
  { q: '해외직판', category: 'synonym', relevant: CROSS_BORDER },
  { q: '적층제조', category: 'synonym', relevant: PRINTING_3D },
  { q: '엘지', category: 'synonym', relevant: LG },
  { q: '케이티', category: 'synonym', relevant: ['kt'] },
  { q: '에이아이', category: 'synonym', relevant: AI },
  { q: '무인운반차', category: 'synonym', relevant: AGV },
  { q: '예지보전', category: 'synonym', relevant: PREDICTIVE },
  { q: '대체육', category: 'synonym', relevant: ALT_MEAT },
  { q: '주물', category: 'synonym', relevant: CASTING },
  { q: '에너지저장장치', category: 'synonym', relevant: ESS },
  { q: '생산관리시스템', category: 'synonym', relevant: MES },
  { q: '창고관리', category: 'synonym', relevant: ['ezwms', 'hanju-logistics'] },
  { q: '전기차', category: 'synonym', relevant: EV },
  { q: '이커머스', category: 'synonym', relevant: ['fulfill-one', 'ecommerce-logis', 'yeokjikgu-hub', 'kbeauty-cross', 'e-commerce-solution', 'live-commerce'] },
  { q: '인공지능 챗봇', category: 'synonym', relevant: CHATBOT },

  // Initial consonants (초성) of names.
  { q: 'ㅎㅈ', category: 'initials', relevant: ['hanjin', 'hanjin-precision', 'hyunjin-tech', 'hanju-logistics', 'hanjin-info', 'hanjin-food', 'cosmetic-test'] },
  { q: 'ㅎㅈㅁㄹ', category: 'initials', relevant: ['hanju-logistics'] },
  { q: 'ㅎㅈㅈㅁ', category: 'initials', relevant: ['hanjin-precision'] },
  { q: 'ㅎㅈ ㅈㅁ', category: 'initials', relevant: ['hanjin-precision'] },
  { q: 'ㅎㅅ', category: 'initials', relevant: ['hyosung', 'hyosung-heavy', 'hyoseong-food', 'activated-carbon'] },
  { q: 'ㅋㅂㅂㄹ', category: 'initials', relevant: ['carbon-valley'] },
  { q: 'ㅍㅇㅂㅍㅅ', category: 'initials', relevant: ['fiberfox'] },
  { q: 'ㅍㄹㅈㅁ', category: 'initials', relevant: ['plasmapp'] },
  { q: 'ㄱㅎㅋㄹㅇ', category: 'initials', relevant: ['geumhyeong-korea'] },
  { q: 'ㄷㅎㅁㄷ', category: 'initials', relevant: ['daehan-mold'] },
  { q: 'ㅋㅌㅋ', category: 'initials', relevant: ['cotton-queen'] },
  { q: 'ㅎㅂㄹ', category: 'initials', relevant: ['haebora'] },
  { q: 'ㄷㄹㅋㄹㅇ', category: 'initials', relevant: ['drone-korea'] },
  { q: 'ㄹㅈㅅㅂㄹ', category: 'initials', relevant: ['logis-valley'] },
  { q: 'ㅂㅌㄹㅇ', category: 'initials', relevant: ['battery-one'] },
  { q: 'ㅈㅈㅋㅂㅌ', category: 'initials', relevant: ['carbon-tech-jeonju'] },
  { q: 'ㅁㄹㅌㅋㄴ', category: 'initials', relevant: ['marine-techno'] },
  { q: 'ㅈㅇㅈㅁ', category: 'initials', relevant: ['jeonwoo-precision'] },
  { q: 'ㅎㄷㅈㄷㅊ', category: 'initials', relevant: ['hyundai-motor'] },
  { q: 'ㅅㅅㅈㅈ', category: 'initials', relevant: ['samsung'] },
  { q: 'ㄴㄴㅋㅂ', category: 'initials', relevant: ['nano-carbon'] },
  { q: 'ㄱㅅㄹㅋ', category: 'initials', relevant: ['customs-link'] },
  { q: 'ㅅㅁㅌㅍㅌㄹ', category: 'initials', relevant: ['smart-factory-solution', 'smart-factory-lab'] },

  // English words and acronyms.
  { q: 'mold', category: 'english', relevant: MOLD },
  { q: 'battery', category: 'english', relevant: BATTERY },
  { q: 'drone', category: 'english', relevant: DRONE },
  { q: 'smart factory', category: 'english', relevant: SMART_FACTORY },
  { q: 'logistics', category: 'english', relevant: LOGISTICS },
  { q: 'carbon fiber', category: 'english', relevant: CARBON_FIBER },
  { q: 'cosmetics', category: 'english', relevant: COSMETICS },
  { q: 'hydrogen', category: 'english', relevant: HYDROGEN },
  { q: 'fintech', category: 'english', relevant: FINTECH },
  { q: 'IoT', category: 'english', relevant: IOT },
  { q: 'Hanjin', category: 'english', relevant: HANJIN },
  { q: 'KAIST', category: 'english', relevant: ['kaist'] },
  { q: '3D printing', category: 'english', relevant: PRINTING_3D },
  { q: 'MES', category: 'english', relevant: MES },
  { q: 'ESS', category: 'english', relevant: ESS },
  { q: 'LiDAR', category: 'english', relevant: ['lidar-one', 'autonomous-drive', 'agv-tech'] },
  { q: 'Samsung', category: 'english', relevant: SAMSUNG },
  { q: 'semiconductor', category: 'english', relevant: SEMICONDUCTOR },

  // Several words: all of them matter.
  { q: '인천 물류 스타트업', category: 'multi-word', relevant: ['smart-logis', 'logis-valley', 'customs-link', 'drone-delivery-lab', 'pallet-share', 'cargo-eye', 'yeokjikgu-hub', 'logi-campus', 'air-cargo', 'mulryu-center-incheon'] },
  { q: '전북 탄소 소재', category: 'multi-word', relevant: ['carbon-valley', 'carbon-tech-jeonju', 'carbon-heater', 'fiberfox', 'nano-carbon', 'carbon-composite-institute', 'pitch-tech', 'hyosung', 'jeonbuk-univ', 'carbon-fund', 'carbon-drone-frame', 'cf-bike', 'carbon-ceramic', 'carbon-sports', 'hydrogen-carbon-tank', 'carbon-bat'] },
  { q: '광주 자동차 부품', category: 'multi-word', relevant: ['gwangju-auto-parts', 'car-seat-tech', 'auto-harness', 'hyundai-motor', 'ev-motor', 'tp-gwangju'] },
  { q: '충북 화장품 제조', category: 'multi-word', relevant: ['beauty-cosmetics', 'cosmax-like', 'green-cosmetic', 'mask-pack', 'ocheong-beauty', 'hair-bio', 'cosmetic-lab', 'bio-cosmetic', 'beauty-mask-2', 'lg-hnh', 'cotton-queen'] },
  { q: '구미 스마트공장 구축', category: 'multi-word', relevant: ['smart-factory-solution', 'gumi-electronics', 'samsung', 'kumoh-univ', 'gyeongbuk-center'] },
  { q: '금형 열처리', category: 'multi-word', relevant: ['heat-treat', 'mold-tech', 'heat-surface'] },
  { q: '드론 방제 서비스', category: 'multi-word', relevant: ['agri-drone', 'drone-agri-2'] },
  { q: '수소 충전소 설비', category: 'multi-word', relevant: ['h2-station', 'hyosung-heavy', 'hydrogen-sensor'] },
  { q: '전기차 배터리 재활용', category: 'multi-word', relevant: ['ev-battery-recycle', 'battery-recycle-2'] },
  { q: '신선식품 냉장 배송', category: 'multi-word', relevant: ['cold-chain-korea', 'freshway-logis'] },
  { q: '의료 영상 AI', category: 'multi-word', relevant: ['med-ai'] },
  { q: '반려동물 건강', category: 'multi-word', relevant: ['ai-pet', 'vet-bio'] },
  { q: '해외 송금', category: 'multi-word', relevant: REMITTANCE },
  { q: '농산물 가격 예측', category: 'multi-word', relevant: ['agri-data'] },
  { q: '공장 에너지 절감', category: 'multi-word', relevant: ['energy-factory'] },
  { q: '용접 자동화 로봇', category: 'multi-word', relevant: ['welding-robot', 'cobot-works', 'welding-tech'] },
  { q: '화물차 매칭', category: 'multi-word', relevant: ['truck-mate', 'smart-logis'] },
  { q: '한옥 숙박 체험', category: 'multi-word', relevant: ['hanok-stay'] },
  { q: '부산 해양 관광', category: 'multi-word', relevant: ['busan-yacht', 'smart-tour', 'tour-bus'] },
  { q: '탄소 발열 필름', category: 'multi-word', relevant: ['carbon-heater'] },

  // Natural phrases as typed into the box.
  { q: '탄소섬유로 자전거 프레임을 만드는 회사', category: 'long-phrase', relevant: ['carbon-tech-jeonju', 'cf-bike'] },
  { q: '물류센터 자동 분류 시스템을 만드는 기업', category: 'long-phrase', relevant: ['hyunjin-tech'] },
  { q: '스마트폰 사진으로 피부를 분석하는 앱', category: 'long-phrase', relevant: ['cosmetic-ai'] },
  { q: '폐배터리에서 리튬을 회수하는 기술', category: 'long-phrase', relevant: ['ev-battery-recycle', 'battery-recycle-2'] },
  { q: '공장 설비 고장을 미리 예측하는 솔루션', category: 'long-phrase', relevant: ['predictive-maint'] },
  { q: '외국인 환자 병원 예약과 통역', category: 'long-phrase', relevant: ['medical-tour'] },
  { q: '혼자 사는 어르신 낙상 감지', category: 'long-phrase', relevant: ['silver-care'] },
  { q: '수출 서류를 번역해주는 서비스', category: 'long-phrase', relevant: ['ai-translate'] },
  { q: '섬 지역에 의약품을 드론으로 배송', category: 'long-phrase', relevant: ['drone-delivery-lab', 'drone-logistics'] },
  { q: '중소기업 매출채권으로 자금 융통', category: 'long-phrase', relevant: ['sme-invoice'] },
  { q: '오래된 설비의 PLC 데이터 수집', category: 'long-phrase', relevant: ['plc-link'] },
  { q: '해상 운임을 비교하고 선적 예약', category: 'long-phrase', relevant: ['bada-cargo'] },
  { q: 'LG 특허를 무상으로 이전받은 기업', category: 'long-phrase', relevant: ['fiberfox'] },
  { q: '삼성 전문가가 스마트공장 구축을 도와준 기업', category: 'long-phrase', relevant: ['gumi-electronics', 'smart-factory-consulting', 'jeonwoo-precision', 'samsung'] },
  { q: '공중 화장실 악취 관리', category: 'long-phrase', relevant: ['smart-toilet'] },
  { q: '친환경 포장재로 과대포장을 줄이는 회사', category: 'long-phrase', relevant: ['box-lab', 'eco-plastic'] },

  // Organization names, whole or as people shorten them.
  { q: '한진', category: 'name', relevant: HANJIN },
  { q: '효성', category: 'name', relevant: HYOSUNG },
  { q: '파이버폭스', category: 'name', relevant: ['fiberfox'] },
  { q: '플라즈맵', category: 'name', relevant: ['plasmapp'] },
  { q: '해보라', category: 'name', relevant: ['haebora'] },
  { q: '전우정밀', category: 'name', relevant: ['jeonwoo-precision'] },
  { q: '코튼퀸', category: 'name', relevant: ['cotton-queen'] },
  { q: '마린테크노', category: 'name', relevant: ['marine-techno'] },
  { q: '뷰티화장품', category: 'name', relevant: ['beauty-cosmetics'] },
  { q: '스마트로지스', category: 'name', relevant: ['smart-logis'] },
  { q: '현대자동차', category: 'name', relevant: ['hyundai-motor'] },
  { q: '삼성전자', category: 'name', relevant: ['samsung'] },
  { q: 'KT', category: 'name', relevant: ['kt'] },
  { q: '(주)한진', category: 'name', relevant: HANJIN },
  { q: '한국산업단지공단', category: 'name', relevant: ['kicox-incheon'] },
  { q: '창조경제혁신센터', category: 'name', relevant: ['gyeongbuk-center', 'incheon-center'] },
  { q: '한진정밀', category: 'name', relevant: ['hanjin-precision'] },
  { q: '씨이에스', category: 'name', relevant: ['ces-company'] },
];
