import type { OrganizationValues } from '../../src/features/organizations/organization.service.ts';

/**
 * A hand-written fixture of organizations for the search quality test (test/search/queries.ts
 * judges queries against it). Realistic for the platform's domains, with deliberate traps:
 * near-duplicate names, names sharing syllables (한진 / 한진정밀 / 현진), English–Korean mixes
 * (AI기반, IoT센서, 2차전지), particles in running text, compounds written with and without a
 * space (스마트 팩토리 / 스마트팩토리, 물류 센터 / 물류센터), and names suited to 초성 search.
 *
 * One row per organization: key | name | nameEn | kind | region | ksic | products | technologies | description
 * ('-' for an empty field). The key is stable; tests refer to organizations only by key.
 */
const rows = String.raw`
hanjin | (주)한진 | Hanjin Transportation | large | 인천 | 49301 | 택배, 항공화물, 컨테이너 운송, 국제물류 | 통합물류 플랫폼, 물류 네트워크 | 인천창조경제혁신센터의 전담기업으로 스마트 물류 스타트업을 육성하고 종합물류컨설팅센터를 운영한다.
hanjin-precision | 한진정밀 | Hanjin Precision | sme | 경남 | 29294 | 프레스 금형, 자동차 부품 금형 | 정밀 가공, 금형 설계 | 창원에서 자동차 차체용 프레스 금형을 만드는 정밀가공 전문기업. 한진그룹과는 관계가 없다.
hyunjin-tech | 현진테크 | Hyunjin Tech | sme | 인천 | 29280 | 물류 자동화 설비, 컨베이어 | 자동 분류기, 스마트 컨베이어 | 물류센터의 자동 분류 시스템과 컨베이어를 설계, 제작, 설치한다.
hanju-logistics | 한주물류 | Hanju Logistics | sme | 인천 | 52101 | 보관, 하역, 3PL 서비스 | 창고관리시스템(WMS) | 인천항 배후단지에서 3자물류(3PL)와 보관, 하역 서비스를 제공하는 물류기업.
smart-logis | (주)스마트로지스 | SmartLogis | startup | 인천 | 63120 | 화물 운송 중개 앱, 배차 최적화 | AI 배차, 경로 최적화 | 화주와 화물차 기사를 연결하는 디지털 운송 중개 플랫폼을 운영하는 물류 스타트업.
logis-valley | 로지스밸리 | Logis Valley | startup | 인천 | 62010 | 물류 로봇 관제 소프트웨어 | 자율이동로봇(AMR), 군집 제어 | 물류 창고에서 여러 대의 자율이동로봇을 동시에 관제하는 소프트웨어를 개발한다.
cold-chain-korea | 콜드체인코리아 | Cold Chain Korea | sme | 경기 | 52102 | 냉장·냉동 보관, 신선식품 배송 | 콜드체인 온도 모니터링 | 신선식품과 의약품의 냉장 냉동 보관과 저온 배송을 전문으로 하는 콜드체인 물류기업.
freshway-logis | 프레시웨이로지스 | Freshway Logis | startup | 서울 | 49303 | 새벽배송 대행, 냉장 택배 | 콜드 체인 IoT 센서, 실시간 온도 추적 | 새벽배송 쇼핑몰을 위해 냉장 택배와 콜드 체인 온도 추적 서비스를 제공한다.
bada-cargo | 바다카고 | Bada Cargo | startup | 부산 | 52991 | 해상 운임 비교, 선적 예약 | 포워딩 플랫폼 | 중소 수출기업이 해상 운임을 비교하고 선적을 예약하는 디지털 포워딩 서비스.
customs-link | 관세링크 | Customs Link | startup | 인천 | 52991 | 수출입 통관 대행, 관세 환급 | 전자통관 자동화, HS코드 분류 AI | 수출입 통관과 관세 환급 업무를 자동화하는 통관 대행 스타트업. HS코드를 AI로 분류한다.
ezwms | 이지더블유엠에스 | EZWMS | startup | 경기 | 58222 | 클라우드 창고관리시스템 | WMS, 바코드, RFID 재고관리 | 중소 쇼핑몰을 위한 클라우드 기반 창고관리시스템과 재고관리 솔루션.
mulryu-center-incheon | 인천스마트물류센터 | Incheon Smart Logistics Center | agency | 인천 | 52101 | 공동 물류 센터 임대, 풀필먼트 | 자동화 물류 센터 | 인천 지역 중소기업이 함께 쓰는 공동 물류 센터로, 스마트 물류 설비를 갖추고 풀필먼트를 지원한다.
fulfill-one | 풀필원 | FulfillOne | startup | 경기 | 52101 | 이커머스 풀필먼트, 물류센터 운영 | 주문 자동 합포장 | 온라인 판매자를 위해 물류센터 입고부터 출고, 반품까지 대행하는 풀필먼트 스타트업.
drone-delivery-lab | 드론배송연구소 | Drone Delivery Lab | startup | 인천 | 70129 | 도서지역 드론 배송 | 장거리 배송 드론, 자동 이착륙 | 인천 섬 지역에 의약품과 생필품을 드론으로 배송하는 실증 사업을 한다.
last-mile-robotics | 라스트마일로보틱스 | Last Mile Robotics | startup | 서울 | 29280 | 실내 배송 로봇 | 자율주행 배송로봇, 엘리베이터 연동 | 아파트와 오피스 빌딩 안에서 택배를 문 앞까지 나르는 자율주행 배송로봇을 만든다.
truck-mate | 트럭메이트 | TruckMate | startup | 경기 | 63120 | 화물차 공차 매칭 앱 | 빅데이터 운임 예측 | 빈 화물차와 화물을 매칭해 공차 운행을 줄이는 화물 운송 앱.
pallet-share | 팔레트쉐어 | Pallet Share | startup | 인천 | 52101 | 팔레트 공유, 렌탈 | IoT 위치 추적 팔레트 | 물류 팔레트를 공유하고 IoT 태그로 위치를 추적하는 순환 물류 서비스.
global-forwarding | 글로벌포워딩 | Global Forwarding | sme | 인천 | 52991 | 항공 포워딩, 국제 특송 | - | 인천공항을 기반으로 항공 화물 포워딩과 국제 특송을 하는 중소 물류기업.
yeokjikgu-hub | 역직구허브 | Cross-border Hub | startup | 인천 | 47912 | 해외 역직구 쇼핑몰 구축, 해외배송 | 크로스보더 이커머스 | 국내 상품을 해외 소비자에게 파는 역직구 쇼핑몰을 구축하고 해외배송까지 대행한다.
kbeauty-cross | 케이뷰티크로스 | K-Beauty Cross | startup | 충북 | 47912 | 화장품 역직구, 해외 온라인 판매 | 해외직판 플랫폼 | K뷰티 화장품을 중국과 동남아 소비자에게 해외직판으로 판매하는 크로스보더 커머스 기업.
smart-port-tech | 스마트포트테크 | Smart Port Tech | startup | 부산 | 62021 | 항만 물류 디지털트윈 | 디지털 트윈, 컨테이너 인식 AI | 항만의 컨테이너 흐름을 디지털 트윈으로 재현해 하역 일정을 최적화한다.
logistics-academy | 인천물류아카데미 | Incheon Logistics Academy | agency | 인천 | - | 물류 전문 교육, 물류관리사 과정 | - | 물류 스타트업과 중소기업 실무자를 위한 물류 교육 과정을 운영하는 교육기관.
box-lab | 박스랩 | Box Lab | startup | 경기 | 17 | 친환경 포장재, 완충재 | 골판지 구조 설계 | 택배 과대포장을 줄이는 친환경 종이 완충재와 맞춤 포장 상자를 만든다.
route-ai | 루트에이아이 | Route AI | startup | 서울 | 62010 | 배송 경로 최적화 SaaS | 인공지능 경로 최적화 | 택배 기사와 배송 기업을 위한 인공지능 배송 경로 최적화 서비스를 제공한다.
cargo-eye | 카고아이 | CargoEye | startup | 인천 | 26299 | 화물 추적 단말기 | IoT센서, LTE-M 통신 | 컨테이너와 화물에 붙이는 IoT센서 단말기로 위치, 충격, 온도를 실시간 추적한다.
inventory-plus | 재고플러스 | Inventory Plus | startup | 대구 | 58222 | 재고관리 앱 | 수요예측 | 소상공인의 재고관리와 발주를 돕는 수요예측 앱.
hanil-transport | 한일운수 | Hanil Transport | sme | 경기 | 49301 | 일반 화물 운송, 정기 노선 | - | 수도권과 영남을 잇는 일반 화물 정기 운송을 하는 운수회사.
logi-campus | 물류창업캠퍼스 | Logistics Startup Campus | agency | 인천 | - | 물류 스타트업 보육 공간 | - | 한진과 인천센터가 함께 운영하는 물류 스타트업 전용 보육 공간. 입주 기업에 멘토링을 제공한다.
hyosung | 효성 | Hyosung | large | 전북 | 20501 | 탄소섬유 TANSOME, 스판덱스, 타이어코드 | 탄소섬유 양산 기술 | 전북창조경제혁신센터의 전담기업으로 탄소 소재 스타트업과 중소기업을 지원한다.
carbon-valley | 카본밸리 | Carbon Valley | startup | 전북 | 20501 | 탄소섬유 프리프레그 | 탄소섬유 복합재 성형 | 전주에서 탄소섬유 프리프레그와 복합재 부품을 개발하는 탄소 소재 스타트업.
carbon-tech-jeonju | 전주카본테크 | Jeonju Carbon Tech | sme | 전북 | 20501 | 탄소 복합재 자전거 프레임 | 탄소 섬유 성형, 오토클레이브 | 탄소 섬유 복합재로 가볍고 단단한 자전거 프레임과 스포츠 용품을 만든다.
carbon-heater | 카본히터 | Carbon Heater | startup | 전북 | 28 | 탄소 발열 필름, 면상 발열체 | 탄소나노튜브 발열 | 탄소나노튜브를 이용한 면상 발열 필름과 난방 제품을 만든다.
fiberfox | 파이버폭스 | Fiberfox | startup | 전북 | 20501 | 탄소섬유 보강 콘크리트 | 탄소섬유 절단, 분산 기술 | LG 특허 7건을 무상으로 이전받아 탄소섬유를 활용한 건축 보강재를 만든다.
nano-carbon | 나노카본 | Nano Carbon | startup | 전북 | 20 | 그래핀, 탄소나노튜브 분산액 | 그래핀 분산 기술 | 그래핀과 탄소나노튜브를 물에 고르게 분산시킨 전도성 소재를 공급한다.
graphene-square | 그래핀스퀘어 | Graphene Square | startup | 경기 | 20 | 대면적 그래핀 필름 | CVD 그래핀 합성 | 화학기상증착(CVD)으로 대면적 그래핀 필름을 합성하는 신소재 기업.
carbon-composite-institute | 한국탄소산업진흥원 | Korea Carbon Industry Promotion Agency | institute | 전북 | 70129 | 탄소 소재 시험 인증, 장비 공동활용 | 탄소 복합재 시험평가 | 탄소 소재와 복합재의 시험, 인증, 장비 공동활용을 지원하는 기관.
carbon-fund | 전북탄소펀드 | Jeonbuk Carbon Fund | investor | 전북 | - | 탄소 분야 투자 | - | 100억 원 규모로 결성된 탄소 산업 전문 투자 펀드로, 탄소 소재 창업기업에 투자한다.
carbon-drone-frame | 카본에어로 | Carbon Aero | startup | 전북 | 31312 | 탄소 복합재 드론 프레임 | 경량 복합재 설계 | 드론과 소형 항공기용 탄소 복합재 프레임을 설계하고 생산한다.
cf-bike | 씨에프바이크 | CF Bike | startup | 전북 | 33 | 카본 자전거 휠 | 카본 휠 성형 | 카본 소재로 만든 경량 자전거 휠을 생산해 해외에 수출한다.
carbon-ceramic | 카본세라믹스 | Carbon Ceramics | sme | 전북 | 23 | 탄소 세라믹 브레이크 디스크 | 탄소-세라믹 복합재 | 고성능 자동차용 탄소 세라믹 브레이크 디스크를 개발한다.
activated-carbon | 한솔활성탄 | Hansol Activated Carbon | sme | 전남 | 20 | 활성탄, 정수 필터 | 야자각 활성탄 제조 | 정수기와 공기청정기 필터에 들어가는 활성탄을 생산한다.
pitch-tech | 피치테크 | Pitch Tech | startup | 전북 | 20 | 등방성 피치, 피치계 탄소섬유 | 석유 피치 정제 | 석유 잔사유로 피치계 탄소섬유 원료를 만드는 소재 스타트업.
carbon-sports | 탄소스포츠 | Carbon Sports | startup | 전북 | 33 | 탄소섬유 골프 샤프트, 낚싯대 | - | 탄소섬유로 골프 샤프트와 낚싯대를 만드는 스포츠 용품 회사.
carbon-textile | 카본텍스타일 | Carbon Textile | sme | 경북 | 13 | 탄소 직물, 방염 원단 | 탄소 섬유 직조 | 탄소 섬유를 직조해 방염 원단과 산업용 직물을 만든다.
hydrogen-carbon-tank | 하이탱크 | HyTank | startup | 전북 | 30399 | 수소 저장용기, 탄소섬유 압력용기 | 타입4 수소탱크 필라멘트 와인딩 | 수소차와 수소 드론에 쓰이는 탄소섬유 타입4 수소탱크를 개발한다.
samsung | 삼성전자 | Samsung Electronics | large | 경북 | 26110 | 반도체, 스마트폰, 가전 | 스마트공장 구축 노하우 | 경북창조경제혁신센터의 전담기업으로 중소기업 스마트공장 구축에 전문가를 파견한다.
smart-factory-solution | 스마트팩토리솔루션 | Smart Factory Solution | sme | 경북 | 62021 | 스마트공장 구축, MES | 제조실행시스템, 설비 데이터 수집 | 구미의 중소 제조기업에 MES와 설비 데이터 수집 장치를 구축하는 스마트 팩토리 전문기업.
factory-one | 팩토리원 | Factory One | startup | 경북 | 58222 | 클라우드 MES | SaaS 생산관리 | 소규모 공장을 위한 월 구독형 클라우드 MES와 생산관리 앱.
daegu-smart-factory | 대구스마트공장지원단 | Daegu Smart Factory Support Group | agency | 대구 | - | 스마트공장 보급 사업 | - | 대구 경북 지역 중소기업의 스마트 공장 도입을 컨설팅하고 보급 사업을 관리하는 지원기관.
mes-korea | 엠이에스코리아 | MES Korea | sme | 경기 | 58221 | 생산관리시스템, 품질관리시스템 | MES, QMS, ERP 연동 | 자동차 부품 공장에 생산관리시스템과 품질관리시스템을 공급한다.
vision-inspect | 비전인스펙트 | Vision Inspect | startup | 경북 | 27 | 머신비전 검사기 | 딥러닝 외관 검사 | 딥러닝 머신비전으로 제품 외관 불량을 자동 검사하는 장비를 만든다.
ai-vision-factory | 에이아이비전팩토리 | AI Vision Factory | startup | 경기 | 62010 | AI기반 불량 검출 소프트웨어 | AI 비전, 이상탐지 | AI기반 영상 분석으로 생산 라인의 불량을 검출하는 소프트웨어 스타트업.
predictive-maint | 프레딕트 | Predict | startup | 울산 | 62010 | 설비 예지보전 솔루션 | 진동 센서, 머신러닝 고장 예측 | 공장 설비의 진동 데이터를 분석해 고장을 미리 알려주는 예지보전 솔루션.
plc-link | 피엘씨링크 | PLC Link | sme | 경남 | 26299 | PLC 데이터 수집 게이트웨이 | 산업용 IoT 게이트웨이 | 오래된 설비의 PLC에서 데이터를 뽑아 올리는 산업용 IoT 게이트웨이를 만든다.
cobot-works | 코봇웍스 | Cobot Works | startup | 경남 | 29280 | 협동로봇 자동화 셀 | 협동로봇 용접, 팔레타이징 | 협동로봇으로 용접과 팔레타이징 공정을 자동화하는 셀을 설계한다.
robot-arm-korea | 로봇암코리아 | Robot Arm Korea | sme | 대구 | 29280 | 산업용 로봇, 다관절 로봇 | 로봇 제어기 | 산업용 다관절 로봇과 로봇 제어기를 국산화한 로봇 제조기업.
digital-twin-factory | 디지털트윈팩토리 | Digital Twin Factory | startup | 경북 | 62021 | 공장 디지털 트윈 | 3D 시뮬레이션, 공정 최적화 | 공장 라인을 디지털 트윈으로 만들어 공정 변경을 미리 시뮬레이션한다.
energy-factory | 에너지팩토리 | Energy Factory | startup | 충남 | 35 | 공장 에너지 관리 시스템(FEMS) | 전력 모니터링, 에너지 절감 | 공장의 전력 사용을 실시간 측정해 에너지 비용을 줄이는 FEMS를 공급한다.
gumi-electronics | 구미전자 | Gumi Electronics | sme | 경북 | 26299 | 휴대폰 부품, 커넥터 | 표면실장(SMT) | 삼성 협력사로 휴대폰 커넥터를 생산하며 스마트공장 구축으로 생산성을 11% 높였다.
smart-factory-consulting | 스마트제조컨설팅 | Smart Manufacturing Consulting | sme | 경북 | 72129 | 스마트 공장 컨설팅, 공정 진단 | 린 생산 | 스마트 공장 수준 진단과 공정 혁신 컨설팅을 한다. 삼성 전문가 출신이 참여했다.
iot-sensor-factory | 센서팩토리 | Sensor Factory | startup | 대구 | 26299 | 산업용 IoT센서, 무선 진동센서 | 저전력 무선 통신 | 공장 설비에 붙이는 무선 진동센서와 온도센서를 만드는 IoT 하드웨어 스타트업.
agv-tech | 에이지브이테크 | AGV Tech | sme | 경기 | 29 | 무인운반차(AGV), 자율이동로봇 | 라이다 SLAM | 공장 안에서 부품을 나르는 무인운반차와 자율이동로봇을 만든다.
pohang-steel-ai | 포항철강AI | Pohang Steel AI | startup | 경북 | 62010 | 철강 공정 AI | 공정 데이터 분석 | 철강 공장의 압연 공정 데이터를 분석해 품질을 예측하는 인공지능 스타트업.
smart-mold-monitor | 몰드아이 | Mold Eye | startup | 경기 | 29294 | 금형 모니터링 센서 | 사출 금형 IoT | 사출 금형에 센서를 달아 타수와 온도를 관리하는 스마트 금형 모니터링 서비스.
factory-safety | 세이프팩토리 | Safe Factory | startup | 울산 | 62010 | 산업안전 영상 분석 | AI 영상 인식, 위험 구역 감지 | 공장 CCTV 영상을 인공지능으로 분석해 작업자 안전사고를 예방한다.
hyundai-motor | 현대자동차 | Hyundai Motor Company | large | 광주 | 30 | 자동차, 수소전기차 넥쏘 | 수소연료전지 시스템 | 광주창조경제혁신센터의 전담기업으로 자동차 부품과 수소 산업 창업기업을 지원한다.
hydro-cell | 하이드로셀 | HydroCell | startup | 광주 | 28 | 수소 연료전지 스택 부품 | 분리판, 막전극접합체 | 수소 연료전지 스택의 금속 분리판과 막전극접합체(MEA)를 개발한다.
h2-station | 에이치투스테이션 | H2 Station | startup | 광주 | 35 | 수소충전소 설비 | 고압 압축기, 디스펜서 | 수소차 충전소용 압축기와 디스펜서를 국산화하는 수소 인프라 스타트업.
gwangju-auto-parts | 광주오토파츠 | Gwangju Auto Parts | sme | 광주 | 30320 | 자동차 차체 부품, 도어 모듈 | 프레스, 용접 | 현대기아차 광주공장에 차체 부품과 도어 모듈을 납품한다.
ev-motor | 이브이모터 | EV Motor | startup | 광주 | 30332 | 전기차 구동모터, 인버터 | 영구자석 모터 설계 | 소형 전기차와 전동 스쿠터용 구동모터와 인버터를 만든다.
ev-charger | 차지온 | ChargeOn | startup | 경기 | 28 | 전기차 충전기, 충전 관리 플랫폼 | 완속·급속 충전, OCPP | 아파트와 상가에 전기차 충전기를 설치하고 충전 관리 앱을 운영한다.
autonomous-drive | 오토드라이브 | AutoDrive | startup | 대구 | 62010 | 자율주행 소프트웨어 | 라이다 인식, 경로 계획 | 자율주행 셔틀과 물류 차량용 인지, 판단 소프트웨어를 개발한다.
lidar-one | 라이다원 | LiDAR One | startup | 경기 | 26 | 차량용 라이다 센서 | 솔리드스테이트 라이다 | 자율주행차와 로봇용 솔리드스테이트 라이다 센서를 개발한다.
car-seat-tech | 시트테크 | Seat Tech | sme | 광주 | 30399 | 자동차 시트 프레임 | 경량 시트 구조 | 자동차 시트 프레임을 경량화해 완성차에 공급하는 부품기업.
hydrogen-truck | 수소트럭 | Hydrogen Truck | startup | 울산 | 30 | 수소 화물차 개조 | 연료전지 파워팩 | 디젤 화물차를 수소 연료전지 트럭으로 개조하는 파워팩을 만든다.
hydrogen-drone | 하이드론 | Hydrone | startup | 광주 | 31312 | 수소 드론, 연료전지 파워팩 | 수소연료전지 드론 | 2시간 이상 비행하는 수소연료전지 드론을 만든다.
mobility-sharing | 모빌리티쉐어 | Mobility Share | startup | 광주 | 63120 | 차량 공유, 전동 킥보드 공유 | 모빌리티 플랫폼 | 광주 지역에서 차량과 전동 킥보드를 빌려주는 공유 모빌리티 서비스.
auto-harness | 한국와이어링 | Korea Wiring | sme | 광주 | 30332 | 자동차 와이어링 하네스 | - | 자동차 전장용 와이어링 하네스를 생산하는 부품기업.
car-design-studio | 카디자인스튜디오 | Car Design Studio | startup | 광주 | 73202 | 자동차 디자인, 클레이 모델 | 3D 모델링 | 소형 전기차 스타트업의 차량 외장 디자인과 클레이 모델을 대행한다.
ev-battery-recycle | 리배터리 | Rebattery | startup | 경북 | 38 | 폐배터리 재활용, 재사용 ESS | 배터리 진단, 리튬 회수 | 전기차 폐배터리를 진단해 ESS로 재사용하거나 리튬과 코발트를 회수한다.
fuelcell-test | 연료전지시험원 | Fuel Cell Test Center | institute | 광주 | 70121 | 연료전지 성능 시험 | 수소 안전 인증 | 수소 연료 전지 부품의 성능과 안전을 시험, 인증하는 기관.
auto-ai-lab | 오토에이아이랩 | Auto AI Lab | startup | 광주 | 62010 | 차량 데이터 분석 | 커넥티드카 빅데이터 | 커넥티드카에서 모은 주행 데이터를 분석해 차량 고장을 예측한다.
green-mobility | 그린모빌리티 | Green Mobility | startup | 광주 | 30 | 초소형 전기차 | 경량 차체 | 배달용 초소형 전기차를 생산하는 광주의 자동차 스타트업.
lg-hnh | LG생활건강 | LG H&H | large | 충북 | 20423 | 화장품, 생활용품, 음료 | 화장품 원료 연구 | 충북창조경제혁신센터의 전담기업으로 뷰티 화장품 중소기업을 지원한다.
beauty-cosmetics | 뷰티화장품 | Beauty Cosmetics | sme | 충북 | 20423 | 기초 화장품, 마스크팩 | 천연 추출물 배합 | LG생활건강의 지원으로 해외 판로를 연 충북의 화장품 제조 중소기업.
cosmax-like | 코스메카 | Cosmeca | midsize | 충북 | 20423 | 화장품 OEM, ODM | 제형 연구 | 국내외 브랜드의 화장품을 위탁 생산하는 OEM ODM 기업.
green-cosmetic | 그린코스메틱 | Green Cosmetic | startup | 충북 | 20423 | 비건 화장품, 천연 샴푸 | 식물성 원료 | 동물성 원료를 쓰지 않는 비건 화장품과 천연 샴푸를 만든다.
derma-lab | 더마랩 | Derma Lab | startup | 서울 | 20423 | 더마 코스메틱, 민감성 피부 크림 | 피부 장벽 연구 | 피부과 전문의와 함께 민감성 피부용 더마 코스메틱을 개발한다.
cosmetic-container | 코스팩 | Cospack | sme | 경기 | 22 | 화장품 용기, 펌프 | 플라스틱 사출 | 화장품 용기와 에어리스 펌프를 사출 성형으로 만든다.
ocheong-beauty | 오창뷰티 | Ochang Beauty | startup | 충북 | 20423 | 한방 화장품 | 한방 추출 | 오송 오창 바이오 단지에서 한방 원료로 화장품을 만든다.
k-beauty-global | 케이뷰티글로벌 | K Beauty Global | startup | 서울 | 47912 | 화장품 수출 대행 | 해외 마케팅 | 중소 화장품 브랜드의 수출과 해외 마케팅을 대행한다.
cosmetic-ai | 뷰티에이아이 | Beauty AI | startup | 서울 | 62010 | 피부 진단 앱, 맞춤형 화장품 추천 | AI 피부 분석 | 스마트폰 사진으로 피부를 분석해 맞춤형 화장품을 추천하는 AI 스타트업.
mask-pack | 마스크팩코리아 | Mask Pack Korea | sme | 충북 | 20423 | 시트 마스크팩, 하이드로겔 팩 | - | 시트 마스크팩과 하이드로겔 팩을 대량 생산해 중국에 수출한다.
perfume-atelier | 퍼퓸아틀리에 | Perfume Atelier | startup | 서울 | 20423 | 니치 향수, 디퓨저 | 조향 | 국내 원료로 만든 니치 향수와 디퓨저 브랜드.
cotton-queen | 코튼퀸 | Cotton Queen | sme | 충북 | 13 | 화장솜, 면봉 | 유기농 순면 가공 | 유기농 순면으로 화장솜과 면봉을 만드는 기업. 충북센터의 지원으로 해외에 진출했다.
cosmetic-test | 화장품시험연구원 | Cosmetics Test Institute | institute | 충북 | 70113 | 화장품 안전성 시험, 효능 평가 | 인체적용시험 | 화장품의 안전성과 기능성 효능을 시험하는 연구기관.
beauty-device | 뷰티디바이스 | Beauty Device | startup | 경기 | 27199 | LED 마스크, 갈바닉 기기 | 홈 뷰티 기기 | 집에서 쓰는 LED 마스크와 피부 관리 기기를 만든다.
nail-art | 네일아트랩 | Nail Art Lab | startup | 서울 | 20423 | 젤 네일 스티커 | - | 붙이기만 하면 되는 젤 네일 스티커 브랜드.
hair-bio | 헤어바이오 | Hair Bio | startup | 충북 | 20423 | 탈모 샴푸, 두피 앰플 | 발효 추출물 | 발효 추출물로 탈모 완화 샴푸와 두피 앰플을 만드는 바이오 화장품 기업.
plasmapp | 플라즈맵 | Plasmapp | startup | 대전 | 27199 | 플라즈마 멸균기 | 저온 플라즈마 | 저온 플라즈마로 의료기기를 빠르게 멸균하는 장비를 개발해 해외에 수출한다.
bio-gene | 바이오진 | BioGene | startup | 충북 | 70113 | 유전자 진단 키트 | PCR, 분자진단 | 감염병과 유전 질환을 진단하는 분자진단 키트를 개발한다.
bio-pharm | 한빛제약 | Hanbit Pharm | midsize | 충북 | 21210 | 완제 의약품, 제네릭 | 서방형 제제 | 오송에서 완제 의약품과 제네릭 의약품을 생산하는 제약회사.
cell-therapy | 셀테라피 | Cell Therapy | startup | 대구 | 70113 | 줄기세포 치료제 | 세포 배양 | 줄기세포를 이용한 관절염 치료제를 연구하는 바이오 벤처.
med-ai | 메디에이아이 | Medi AI | startup | 서울 | 62010 | 의료 영상 판독 AI | 딥러닝 영상 분석 | 흉부 엑스레이와 CT 영상을 인공지능으로 판독해 의사를 돕는다.
digital-health | 디지털헬스케어 | Digital Healthcare | startup | 경기 | 58222 | 만성질환 관리 앱 | 웨어러블 연동 | 당뇨와 고혈압 환자의 혈당, 혈압을 기록하고 관리하는 디지털 헬스 앱.
wearable-care | 웨어러블케어 | Wearable Care | startup | 대구 | 27199 | 심전도 패치 | 웨어러블 생체신호 측정 | 몸에 붙이는 심전도 패치로 부정맥을 감지하는 웨어러블 의료기기.
bio-material | 바이오소재 | Bio Material | startup | 강원 | 20 | 해양 콜라겐, 기능성 원료 | 생물 소재 추출 | 어류 껍질에서 콜라겐을 추출해 화장품과 식품 원료로 공급한다.
vet-bio | 벳바이오 | Vet Bio | startup | 전북 | 21210 | 동물용 의약품, 백신 | 동물 백신 | 반려동물과 가축용 백신과 동물 의약품을 개발한다.
micro-needle | 마이크로니들 | Micro Needle | startup | 경기 | 27199 | 마이크로니들 패치 | 용해성 마이크로니들 | 피부에 붙이면 녹는 마이크로니들 패치로 약물과 화장품 성분을 전달한다.
dental-3d | 덴탈쓰리디 | Dental 3D | startup | 대구 | 27199 | 치과용 3D 프린터, 임플란트 가이드 | 광경화 3D 프린팅 | 치과에서 쓰는 3D 프린터와 수술용 임플란트 가이드를 만든다.
bio-incubator | 오송바이오센터 | Osong Bio Center | agency | 충북 | - | 바이오 창업 보육, 공용 실험실 | - | 오송 생명과학단지에서 바이오 창업기업에 실험실과 장비를 빌려주는 보육 기관.
kn95-mask | 클린마스크 | Clean Mask | sme | 경기 | 13 | 보건용 마스크, 필터 | 멜트블로운 필터 | 보건용 마스크와 멜트블로운 필터를 생산한다.
rehab-robot | 재활로봇 | Rehab Robot | startup | 대전 | 27199 | 재활 보조 로봇 | 외골격 로봇 | 하지 마비 환자의 보행을 돕는 외골격 재활 로봇을 개발한다.
silver-care | 실버케어 | Silver Care | startup | 부산 | 63120 | 노인 돌봄 IoT 서비스 | IoT 센서, 낙상 감지 | 혼자 사는 어르신 집에 IoT 센서를 달아 낙상과 이상 징후를 보호자에게 알린다.
kt | KT | KT Corporation | large | 경기 | 61 | 통신, 5G, 클라우드 | 5G 네트워크, AI | 경기창조경제혁신센터의 전담기업으로 ICT 스타트업의 글로벌 진출을 지원한다.
ai-brain | 에이아이브레인 | AI Brain | startup | 서울 | 62010 | 대화형 AI 챗봇 | 자연어처리, 대규모 언어모델 | 기업 고객센터를 위한 대화형 인공지능 챗봇을 만든다.
chatbot-lab | 챗봇랩 | Chatbot Lab | startup | 경기 | 62010 | 상담 챗봇, 음성봇 | 음성인식, 자연어 이해 | 공공기관 민원 상담용 챗봇과 음성봇을 개발한다.
iot-home | 아이오티홈 | IoT Home | startup | 경기 | 26429 | 스마트홈 IoT 기기 | 지그비, 와이파이 | 조명, 플러그, 도어락을 앱으로 제어하는 스마트홈 IoT 기기를 만든다.
sensor-net | 센서넷 | SensorNet | sme | 대전 | 26429 | 무선 센서 네트워크, 로라 통신 모듈 | LoRa, NB-IoT | 사물인터넷용 로라 통신 모듈과 무선 센서 네트워크를 공급한다.
smart-city-lab | 스마트시티랩 | Smart City Lab | startup | 세종 | 62021 | 스마트시티 플랫폼 | 도시 데이터 통합 | 교통, 환경, 안전 데이터를 통합하는 스마트시티 플랫폼을 만든다.
big-data-korea | 빅데이터코리아 | Big Data Korea | sme | 서울 | 63120 | 데이터 분석 컨설팅, 데이터 시각화 | 빅 데이터 분석, 하둡 | 공공기관과 기업에 빅 데이터 분석과 시각화 대시보드를 제공한다.
data-label | 데이터라벨 | Data Label | startup | 광주 | 63120 | AI 학습 데이터 구축 | 데이터 라벨링 크라우드소싱 | 인공지능 학습용 데이터를 크라우드소싱으로 라벨링한다.
cloud-native | 클라우드네이티브 | Cloud Native | startup | 서울 | 62021 | 클라우드 전환 컨설팅 | 쿠버네티스, 멀티 클라우드 | 중소기업의 서버를 클라우드로 옮기고 쿠버네티스로 운영한다.
security-one | 시큐리티원 | Security One | sme | 서울 | 58221 | 보안 관제, 침입 탐지 | 정보보호, 제로트러스트 | 중소기업 전산망의 보안 관제와 침입 탐지 서비스를 제공한다.
vr-studio | 브이알스튜디오 | VR Studio | startup | 부산 | 59111 | VR 콘텐츠, 가상현실 체험관 | 360도 영상 | 관광지와 박물관을 위한 VR 가상현실 체험 콘텐츠를 제작한다.
ar-edu | 에이알에듀 | AR Edu | startup | 대구 | 58222 | 증강현실 교육 앱 | AR 인식 | 교과서를 비추면 3D 모델이 나타나는 증강현실 교육 앱.
metaverse-one | 메타버스원 | Metaverse One | startup | 경기 | 58222 | 메타버스 전시관 | 가상 공간 구축 | 기업과 지자체의 메타버스 전시관과 가상 행사장을 만든다.
game-studio | 픽셀게임즈 | Pixel Games | startup | 경기 | 58212 | 모바일 게임 | 유니티 | 캐주얼 모바일 게임을 만드는 게임 스튜디오.
semicon-design | 칩디자인 | Chip Design | startup | 경기 | 26110 | 시스템 반도체 설계, AI 반도체 | 팹리스, NPU 설계 | 저전력 AI 반도체(NPU)를 설계하는 팹리스 스타트업.
semicon-parts | 반도체부품 | Semiconductor Parts | sme | 경기 | 26299 | 반도체 장비 부품, 세라믹 링 | 정밀 세라믹 가공 | 반도체 식각 장비에 들어가는 세라믹 링과 소모성 부품을 만든다.
blockchain-lab | 블록체인랩 | Blockchain Lab | startup | 부산 | 62010 | 블록체인 인증 플랫폼 | 분산원장, 스마트 컨트랙트 | 블록체인으로 문서 위변조를 막는 인증 플랫폼을 만든다.
edu-tech | 에듀테크 | EduTech | startup | 서울 | 58222 | AI 수학 학습 앱 | 학습 분석 | 학생의 풀이를 분석해 맞춤 문제를 내주는 AI 수학 학습 앱.
voice-ai | 보이스에이아이 | Voice AI | startup | 광주 | 62010 | 음성합성, 음성인식 엔진 | 딥러닝 음성 | 한국어 음성합성과 음성인식 엔진을 개발하는 인공지능 스타트업.
iot-farm-sensor | 팜센서 | Farm Sensor | startup | 전남 | 26429 | 농업용 IoT센서 | 토양 수분 센서 | 밭과 과수원의 토양 수분과 기온을 재는 농업용 IoT센서를 만든다.
ai-translate | 번역에이아이 | Translate AI | startup | 서울 | 62010 | 기계 번역, 수출 서류 번역 | 신경망 기계번역 | 수출 서류와 계약서를 번역하는 인공 지능 번역 서비스.
smart-parking | 스마트파킹 | Smart Parking | startup | 인천 | 63120 | 주차 공유 앱 | 번호판 인식 | 빈 주차면을 찾아 예약하는 주차 공유 앱.
drone-ai-map | 맵드론 | Map Drone | startup | 경기 | 62010 | 드론 측량, 3D 지도 | 드론 영상 정합, AI 지형 분석 | 드론으로 찍은 항공 사진으로 3D 지도와 측량 성과를 만든다.
gis-korea | 지아이에스코리아 | GIS Korea | sme | 대전 | 62021 | 공간정보 시스템 | GIS, 위성 영상 | 위성 영상과 공간정보로 재난과 도시 관리를 돕는다.
kiosk-one | 키오스크원 | Kiosk One | sme | 부산 | 26 | 무인 주문 키오스크 | 터치 디스플레이 | 식당과 카페용 무인 주문 키오스크를 만든다.
ai-call-center | 콜센터에이아이 | Callcenter AI | startup | 경기 | 62010 | AI 콜센터 솔루션 | 음성봇, 상담 요약 | 상담 전화를 인공지능이 받고 요약하는 AI 콜센터 솔루션.
display-tech | 디스플레이텍 | DisplayTech | sme | 충남 | 26 | OLED 디스플레이 부품 | 마이크로 LED | 충남 아산에서 OLED와 마이크로LED 디스플레이 부품을 생산한다.
micro-led | 마이크로엘이디 | Micro LED | startup | 경기 | 26 | 마이크로LED 칩 | 전사 공정 | 마이크로LED 칩과 대량 전사 공정을 개발한다.
5g-module | 파이브지모듈 | 5G Module | startup | 경기 | 26429 | 5G 통신 모듈 | 5G 특화망 | 공장과 병원에서 쓰는 5G 특화망용 통신 모듈을 만든다.
fintech-pay | 페이넷 | PayNet | startup | 서울 | 66 | 간편결제, QR 결제 | 결제 API | 소상공인 가게를 위한 QR 간편결제 서비스를 제공하는 핀테크 스타트업.
fin-credit | 크레딧랩 | Credit Lab | startup | 서울 | 66 | 대안 신용평가 | 머신러닝 신용평가 | 금융 이력이 적은 사람을 위해 대안 데이터로 신용을 평가하는 핀테크 기업.
robo-advisor | 로보어드바이저 | Robo Advisor | startup | 서울 | 66 | AI 자산관리, 로보어드바이저 | 알고리즘 투자 | 인공지능 알고리즘으로 개인 자산을 운용하는 로보어드바이저 서비스.
insurtech | 인슈어테크 | InsurTech | startup | 서울 | 66 | 보험 비교, 보험금 청구 앱 | 간편 청구 | 병원 영수증을 찍어 보험금을 청구하는 인슈어테크 앱.
crowd-fund | 크라우드펀딩코리아 | Crowdfunding Korea | startup | 서울 | 66 | 증권형 크라우드펀딩 | - | 스타트업에 투자하는 증권형 크라우드펀딩 플랫폼.
blockchain-pay | 체인페이 | ChainPay | startup | 부산 | 66 | 블록체인 해외송금 | 스테이블코인 | 블록체인 기반으로 외국인 근로자의 해외송금을 싸고 빠르게 한다.
sme-invoice | 인보이스랩 | Invoice Lab | startup | 경기 | 58222 | 전자세금계산서, 매출채권 금융 | 매출채권 팩토링 | 중소기업 매출채권을 담보로 빠르게 자금을 융통하는 핀테크 서비스.
mydata | 마이데이터랩 | MyData Lab | startup | 서울 | 66 | 자산 통합 조회 앱 | 마이데이터 API | 흩어진 은행, 카드, 보험 정보를 한 번에 보여주는 마이데이터 앱.
accounting-ai | 세무에이아이 | Tax AI | startup | 서울 | 62010 | 자동 세무 신고, 장부 작성 | AI 회계 | 소상공인의 장부를 자동으로 쓰고 세무 신고를 돕는 AI 회계 서비스.
fintech-security | 핀시큐어 | FinSecure | startup | 서울 | 58221 | 금융 보안, 이상거래 탐지 | FDS, 머신러닝 | 금융기관의 이상거래를 실시간 탐지하는 FDS 솔루션.
smart-farm | 스마트팜코리아 | Smart Farm Korea | sme | 전북 | 01121 | 스마트팜 시설, 수직농장 | 환경 제어, 양액 재배 | 온도와 습도를 원격으로 제어하는 스마트팜 온실과 수직농장을 구축한다.
vertical-farm | 버티컬팜 | Vertical Farm | startup | 경기 | 01121 | 수직농장 채소, 엽채류 | LED 식물공장 | 도심 컨테이너 식물공장에서 상추와 바질을 재배한다.
fresh-export | 신선수출 | Fresh Export | sme | 경남 | 46 | 신선 농산물 수출, 딸기, 파프리카 | 신선도 유지 포장 | 딸기와 파프리카를 동남아로 수출하는 신선 농산물 수출 전문기업.
makgeolli | 전주막걸리 | Jeonju Makgeolli | sme | 전북 | 11111 | 막걸리, 약주 | 전통 발효 | 전통 누룩으로 빚은 막걸리와 약주를 만드는 양조장.
kimchi-global | 김치글로벌 | Kimchi Global | sme | 광주 | 10799 | 수출용 김치, 비건 김치 | 발효 제어 | 해외 수출용 포장 김치와 비건 김치를 생산한다.
rice-snack | 쌀과자공방 | Rice Snack Studio | startup | 전남 | 10799 | 쌀과자, 누룽지 스낵 | - | 전남에서 난 쌀로 쌀과자와 누룽지 스낵을 만든다.
agri-drone | 농업드론 | Agri Drone | startup | 전남 | 31312 | 방제 드론 | 자동 비행 방제 | 논과 밭에 농약을 뿌리는 방제 드론과 방제 대행 서비스를 제공한다.
insect-food | 곤충푸드 | Insect Food | startup | 경북 | 10799 | 식용 곤충 단백질 | 곤충 사육 | 식용 곤충으로 단백질 분말과 사료를 만드는 푸드테크 기업.
jeju-citrus | 제주감귤농산 | Jeju Citrus | sme | 제주 | 10799 | 감귤 주스, 감귤 칩 | - | 제주 감귤로 주스와 건조 칩을 만드는 농업회사법인.
honey-bee | 꿀벌농장 | Honeybee Farm | sme | 강원 | 01 | 천연 꿀, 프로폴리스 | - | 강원도 산골에서 천연 꿀과 프로폴리스를 생산한다.
food-tech | 푸드테크랩 | FoodTech Lab | startup | 서울 | 10799 | 대체육, 식물성 고기 | 식물 단백질 압출 | 콩 단백질로 식물성 고기(대체육)를 만드는 푸드테크 스타트업.
agri-data | 팜데이터 | Farm Data | startup | 전북 | 63120 | 농산물 가격 예측 | 빅데이터 가격 예측 | 도매시장 거래 데이터로 농산물 가격을 예측해 농가에 알려준다.
ginseng | 금산인삼 | Geumsan Ginseng | sme | 충남 | 10799 | 홍삼, 인삼 가공품 | 증숙 | 금산 인삼으로 홍삼과 건강기능식품을 만든다.
local-food | 로컬푸드마켓 | Local Food Market | startup | 충북 | 47912 | 농산물 직거래 쇼핑몰 | - | 충북 농가와 소비자를 잇는 농산물 직거래 쇼핑몰.
smart-aqua | 스마트아쿠아 | Smart Aqua | startup | 경남 | 03 | 스마트 양식장, 수질 센서 | 양식 IoT | 양식장 수질을 센서로 감시하고 사료를 자동 공급하는 스마트 양식 시스템.
bakery | 우리밀베이커리 | Woorimil Bakery | sme | 전북 | 10799 | 우리밀 빵, 제빵 | - | 우리밀로 빵을 굽는 베이커리. 지역 카페에 빵을 납품한다.
tea-farm | 보성녹차 | Boseong Green Tea | sme | 전남 | 10799 | 녹차, 말차 | - | 보성 차밭에서 녹차와 말차를 생산한다.
livestock-ai | 라이브스탁에이아이 | Livestock AI | startup | 충남 | 62010 | 축사 관리 AI | 영상 분석, 가축 질병 감지 | 축사 카메라 영상을 인공지능으로 분석해 가축 질병을 조기에 감지한다.
jeju-tour | 제주투어랩 | Jeju Tour Lab | startup | 제주 | 63120 | 제주 여행 플랫폼, 체험 예약 | - | 제주의 체험 관광 상품을 예약하는 여행 플랫폼.
hanok-stay | 한옥스테이 | Hanok Stay | startup | 전북 | 55101 | 한옥 숙박, 게스트하우스 | - | 전주 한옥마을에서 한옥 숙박과 전통 체험을 운영한다.
medical-tour | 메디투어 | Medi Tour | startup | 서울 | 63120 | 의료관광 에이전시 | - | 외국인 환자에게 병원 예약과 통역, 숙박을 연결하는 의료관광 에이전시.
smart-tour | 스마트관광 | Smart Tourism | startup | 부산 | 58222 | 관광 안내 앱, 오디오 가이드 | 위치 기반 서비스 | 부산 관광지의 다국어 오디오 가이드와 관광 안내 앱.
busan-yacht | 부산요트투어 | Busan Yacht Tour | sme | 부산 | 55 | 요트 투어, 해양 레저 | - | 광안리에서 요트 투어와 해양 레저 체험을 운영한다.
glamping | 글램핑빌리지 | Glamping Village | sme | 강원 | 55 | 글램핑, 캠핑장 | - | 강원도 산속의 글램핑 캠핑장.
tour-mice | 마이스코리아 | MICE Korea | sme | 경기 | 73 | 국제회의, 전시 기획 | - | 국제회의와 전시회를 기획하고 운영하는 MICE 기업.
gyeongju-heritage | 경주문화관광 | Gyeongju Culture Tour | sme | 경북 | 63120 | 역사 문화 관광, 체험 프로그램 | - | 경주의 문화유산을 둘러보는 역사 관광 프로그램을 운영한다.
travel-ai | 트래블에이아이 | Travel AI | startup | 서울 | 62010 | AI 여행 일정 추천 | 추천 알고리즘 | 여행자의 취향에 맞춰 여행 일정을 짜주는 인공지능 여행 앱.
vr-tour | 브이알투어 | VR Tour | startup | 경북 | 59111 | 가상현실 관광 콘텐츠 | 360 VR | 문화유산을 가상 현실로 체험하는 관광 콘텐츠를 만든다.
halal-tour | 할랄투어 | Halal Tour | startup | 서울 | 63120 | 무슬림 관광객 안내 | - | 무슬림 관광객을 위한 할랄 식당과 기도실 정보를 제공한다.
geumhyeong-korea | 금형코리아 | Mold Korea | sme | 인천 | 29294 | 사출 금형, 플라스틱 금형 | 금형 설계, 금형 가공 | 남동산단에서 가전과 자동차용 플라스틱 사출 금형을 설계, 제작한다.
daehan-mold | 대한몰드 | Daehan Mold | sme | 경기 | 29294 | 프레스 금형, 순차이송 금형 | 프로그레시브 금형 | 시화산단의 프레스 금형 전문기업. 순차이송 금형을 만든다.
mold-tech | 몰드테크 | MoldTech | sme | 인천 | 29294 | 다이캐스팅 금형 | 금형 열처리 | 알루미늄 다이캐스팅 금형을 설계하고 제작한다.
precision-mold | 정밀금형 | Precision Mold | sme | 경남 | 29294 | 초정밀 금형, 렌즈 금형 | 초정밀 가공 | 카메라 렌즈와 광학 부품용 초정밀 금형을 만든다.
mold-design | 금형설계 | Mold Design | startup | 인천 | 72129 | 금형 설계 용역, 사출 해석 | CAE 사출 해석 | 금형 업체에 금형 설계 용역과 사출 성형 해석을 제공한다.
hanyang-mold | 한양금형 | Hanyang Mold | sme | 경기 | 29294 | 블로우 금형, 용기 금형 | - | 화장품 용기와 음료병을 만드는 블로우 금형 전문 업체.
casting-korea | 코리아캐스팅 | Korea Casting | sme | 경남 | 24 | 주물, 주조 부품 | 사형 주조, 정밀 주조 | 선박과 산업기계용 주물을 주조하는 뿌리기업.
forging-one | 단조원 | Forging One | sme | 경남 | 25 | 열간 단조품, 플랜지 | 열간 단조 | 플랜지와 축을 열간 단조로 만드는 뿌리산업 기업.
welding-tech | 용접테크 | Welding Tech | sme | 울산 | 25 | 용접 구조물, 배관 용접 | 레이저 용접, 로봇 용접 | 조선소와 플랜트의 용접 구조물을 제작하는 용접 전문기업.
heat-treat | 한국열처리 | Korea Heat Treatment | sme | 인천 | 25 | 열처리 가공 | 진공 열처리, 침탄 | 금형과 자동차 부품의 진공 열처리와 침탄 처리를 한다.
surface-coat | 표면처리기술 | Surface Treatment Tech | sme | 인천 | 25 | 도금, 표면처리 | 무전해 도금, 아노다이징 | 전자부품과 자동차 부품의 도금과 아노다이징 표면 처리를 한다.
plastic-forming | 소성가공 | Plastic Forming | sme | 경기 | 25 | 냉간 성형 볼트, 프레스 가공품 | 냉간 단조 | 볼트와 너트를 냉간 성형하는 소성 가공 기업.
ppuri-center | 뿌리기술지원센터 | Root Industry Support Center | institute | 인천 | 70129 | 뿌리기술 시험, 시제품 제작 | 주조, 금형, 용접, 열처리 | 주조, 금형, 소성가공, 용접, 표면처리, 열처리 등 6대 뿌리기술 중소기업의 시제품 제작을 지원한다.
namdong-mc | 남동금형클러스터 | Namdong Mold Cluster | agency | 인천 | - | 금형 미니클러스터 운영 | - | 남동국가산업단지의 금형 기업들이 모인 미니클러스터. 공동 기술개발과 애로과제 해결을 돕는다.
die-casting | 다이캐스트코리아 | Diecast Korea | sme | 경남 | 24 | 알루미늄 다이캐스팅 부품 | 고압 다이캐스팅 | 전기차 배터리 하우징과 모터 케이스를 다이캐스팅으로 생산한다.
cnc-machining | 정밀가공센터 | Precision Machining Center | sme | 경남 | 25 | CNC 정밀 가공 부품 | 5축 가공 | 항공기와 반도체 장비 부품을 5축 CNC로 정밀 가공한다.
mold-parts | 금형부품상사 | Mold Parts Trading | sme | 인천 | 46 | 금형 부품, 이젝터 핀 | - | 금형용 이젝터 핀과 가이드 부품을 유통한다.
injection-mold | 사출성형 | Injection Molding | sme | 경기 | 22 | 플라스틱 사출품 | 다색 사출 | 가전 외관 부품을 사출 성형으로 생산한다.
press-die | 프레스다이 | Press Die | sme | 대구 | 29294 | 자동차 프레스 금형 | 핫스탬핑 금형 | 자동차 차체용 핫스탬핑 프레스 금형을 제작한다.
jeonwoo-precision | 전우정밀 | Jeonwoo Precision | sme | 경북 | 25 | 정밀 부품, 휴대폰 부품 | 프레스 가공 | 스마트공장 도입으로 생산성을 높인 경북의 정밀 부품 기업.
rubber-mold | 고무금형 | Rubber Mold | sme | 부산 | 29294 | 고무 금형, 실리콘 금형 | 압축 성형 | 신발 밑창과 자동차 고무 부품용 고무 금형을 만든다.
mold-ai | 몰드에이아이 | Mold AI | startup | 인천 | 62010 | 금형 견적 AI | 3D 형상 분석 | 제품 3D 도면을 분석해 금형 제작 견적을 자동으로 산출하는 AI 서비스.
welding-robot | 웰딩로봇 | Welding Robot | startup | 경남 | 29280 | 용접 로봇 | 용접선 추적 비전 | 조선 소조립 공정의 용접을 자동화하는 이동형 용접 로봇.
coating-nano | 나노코팅 | Nano Coating | startup | 경기 | 20 | 나노 코팅제, 발수 코팅 | 졸겔 코팅 | 유리와 금속 표면에 바르는 발수, 방오 나노 코팅제를 만든다.
battery-one | 배터리원 | Battery One | startup | 충북 | 28202 | 이차전지 셀, 배터리 팩 | 리튬이온 배터리 설계 | 전동 공구와 전기자전거용 이차전지 셀과 배터리 팩을 만든다.
cathode-material | 양극재테크 | Cathode Tech | sme | 경북 | 20 | 이차전지 양극재 | 하이니켈 양극재 | 포항에서 하이니켈 양극재를 생산하는 2차전지 소재 기업.
anode-material | 음극재솔루션 | Anode Solution | startup | 충남 | 20 | 실리콘 음극재 | 실리콘 탄소 복합 음극재 | 충전 속도를 높인 실리콘 탄소 복합 음극재를 개발하는 2차 전지 소재 스타트업.
electrolyte | 전해액코리아 | Electrolyte Korea | sme | 충북 | 20 | 리튬이온 전해액, 첨가제 | - | 리튬이온 배터리용 전해액과 첨가제를 생산한다.
solid-battery | 전고체랩 | Solid-State Lab | startup | 대전 | 70121 | 전고체 배터리 | 황화물 고체전해질 | 화재 위험이 없는 전고체 배터리와 고체 전해질을 연구한다.
bms-tech | 비엠에스테크 | BMS Tech | startup | 경기 | 26299 | 배터리 관리 시스템(BMS) | 셀 밸런싱, SOC 추정 | 전기차와 ESS 배터리의 상태를 관리하는 BMS 회로와 소프트웨어를 만든다.
ess-korea | 이에스에스코리아 | ESS Korea | sme | 전남 | 28202 | 에너지저장장치(ESS) | 태양광 연계 ESS | 태양광 발전소와 연계한 에너지저장장치를 설치한다.
battery-separator | 분리막테크 | Separator Tech | sme | 충북 | 22 | 이차 전지 분리막 | 세라믹 코팅 분리막 | 리튬이온 이차 전지에 들어가는 세라믹 코팅 분리막을 생산한다.
battery-test | 배터리시험센터 | Battery Test Center | institute | 충북 | 70121 | 배터리 안전 시험 | 열폭주 시험 | 이차전지의 안전성과 수명을 시험하는 공인 시험 기관.
solar-cell | 태양전지연구소 | Solar Cell Lab | startup | 광주 | 28 | 페로브스카이트 태양전지 | 박막 태양전지 | 차세대 페로브스카이트 태양전지를 연구하는 스타트업.
battery-recycle-2 | 배터리리사이클 | Battery Recycle | sme | 경북 | 38 | 폐이차전지 재활용, 블랙파우더 | 습식 제련 | 폐 2차전지를 파쇄해 블랙파우더를 만들고 니켈과 리튬을 회수한다.
ev-battery-pack | 팩솔루션 | Pack Solution | sme | 울산 | 28202 | 전기차 배터리 팩 조립 | 모듈 조립 자동화 | 전기차용 배터리 모듈과 팩을 조립해 완성차에 납품한다.
small-battery | 코인셀 | Coin Cell | sme | 충북 | 28202 | 소형 리튬 1차전지, 코인 전지 | - | 시계와 의료기기에 들어가는 소형 1차전지와 코인 전지를 만든다.
drone-korea | 드론코리아 | Drone Korea | sme | 경기 | 31312 | 산업용 드론, 촬영 드론 | 비행 제어기 | 산업 현장 점검과 촬영용 드론을 만드는 국내 드론 제조사.
uav-tech | 유에이브이테크 | UAV Tech | startup | 경남 | 31312 | 고정익 무인기 | 장거리 무인항공기 | 해안 감시와 산불 감시에 쓰는 고정익 무인항공기를 개발한다.
drone-inspect | 드론인스펙션 | Drone Inspection | startup | 울산 | 62010 | 드론 설비 점검 | AI 결함 탐지 | 드론으로 플랜트와 교량을 촬영해 AI로 결함을 찾아낸다.
drone-edu | 드론교육원 | Drone Academy | agency | 충남 | - | 드론 조종 자격 교육 | - | 드론 조종사 자격증 취득 과정을 운영하는 교육원.
anti-drone | 안티드론 | Anti Drone | startup | 대전 | 26429 | 불법 드론 탐지, 재밍 | RF 탐지 | 공항과 발전소에 침입하는 불법 드론을 탐지하고 무력화한다.
drone-show | 드론쇼코리아 | Drone Show Korea | startup | 부산 | 90 | 드론 라이트쇼 | 군집 비행 | 수백 대 드론의 군집 비행으로 밤하늘에 라이트쇼를 연출한다.
delivery-drone-parts | 드론부품 | Drone Parts | sme | 경남 | 31312 | 드론 모터, 프로펠러 | - | 드론용 BLDC 모터와 프로펠러를 생산한다.
printing-3d | 쓰리디프린팅코리아 | 3D Printing Korea | sme | 대구 | 29 | 금속 3D 프린터 | 금속 적층제조 | 금속 분말을 녹여 쌓는 금속 3D 프린터를 만드는 적층 제조 기업.
print-lab | 프린트랩 | Print Lab | startup | 서울 | 33 | 3D프린팅 시제품 제작 | FDM, SLA 출력 | 스타트업의 시제품을 3D프린팅으로 빠르게 출력해준다.
additive-one | 애디티브원 | Additive One | startup | 경남 | 29 | 적층제조 부품, 항공 부품 | 금속 적층 제조 | 항공기 엔진 부품을 금속 적층제조로 만드는 스타트업.
3d-scan | 스캔쓰리디 | Scan 3D | startup | 경기 | 62010 | 3D 스캐너, 역설계 | 3차원 스캔 | 산업용 3D 스캐너로 부품을 스캔해 역설계 도면을 만든다.
bio-print | 바이오프린팅 | Bio Printing | startup | 서울 | 70113 | 3D 바이오 프린터, 인공 조직 | 바이오잉크 | 세포와 바이오잉크로 인공 피부 조직을 출력하는 3D 바이오 프린터를 개발한다.
prototype-factory | 시제품공작소 | Prototype Workshop | agency | 인천 | - | 시제품 제작 지원, 3D 프린터 공용 장비 | - | 창업자가 3D 프린터와 레이저 커터로 시제품을 만들 수 있는 공작소.
print-material | 필라멘트코리아 | Filament Korea | sme | 경기 | 22 | 3D 프린터 필라멘트 | 친환경 PLA | 3D 프린터용 PLA와 ABS 필라멘트를 생산한다.
jewelry-3d | 주얼리쓰리디 | Jewelry 3D | startup | 서울 | 33 | 귀금속 3D 프린팅 원형 | 왁스 출력 | 귀금속 반지 원형을 3D 프린팅으로 만드는 주얼리 공방.
inha-univ | 인하대학교 | Inha University | university | 인천 | - | 물류 전문대학원, 산학협력 | - | 인천의 대학교. 물류전문대학원과 산학협력단을 운영한다.
jeonbuk-univ | 전북대학교 | Jeonbuk National University | university | 전북 | - | 탄소 소재 연구, 산학협력 | - | 전북의 국립대학. 탄소 소재와 농생명 분야 연구로 알려져 있다.
kumoh-univ | 금오공과대학교 | Kumoh National Institute of Technology | university | 경북 | - | 스마트 팩토리 교육, 산학협력 | - | 구미의 공과대학. 스마트 팩토리와 전자공학 인재를 길러낸다.
gist | 광주과학기술원 | GIST | university | 광주 | - | 인공지능, 에너지 연구 | - | 광주의 과학기술특성화대학. 인공지능과 에너지 분야를 연구한다.
chungbuk-univ | 충북대학교 | Chungbuk National University | university | 충북 | - | 바이오, 화장품 과학 | - | 충북의 국립대학. 바이오와 화장품 과학 연구를 한다.
kitech | 한국생산기술연구원 | KITECH | institute | 충남 | 70129 | 뿌리기술 연구, 생산기술 | 금형, 주조, 용접 | 뿌리산업과 생산기술을 연구하고 중소기업에 기술을 이전하는 국책 연구기관.
etri | 한국전자통신연구원 | ETRI | institute | 대전 | 70121 | ICT 연구, 5G, 인공지능 | - | 정보통신 분야 국책 연구기관. 특허를 중소기업에 이전한다.
kiat | 한국산업기술진흥원 | KIAT | agency | 서울 | - | 산업기술 R&D 지원 | - | 산업기술 연구개발 사업을 기획하고 지원하는 기관.
kicox-incheon | 한국산업단지공단 인천지역본부 | KICOX Incheon | agency | 인천 | - | 미니클러스터 운영, 산업단지 지원 | - | 남동, 부평, 주안 산업단지의 미니클러스터를 운영하고 기업 애로과제를 해결한다.
kotra | 대한무역투자진흥공사 | KOTRA | agency | 서울 | - | 수출 지원, 해외 바이어 발굴 | - | 중소기업의 수출과 해외 바이어 발굴, 해외 전시회 참가를 지원한다.
sparklabs | 스파크랩 | SparkLabs | investor | 서울 | - | 액셀러레이팅, 초기 투자 | - | 스타트업 액셀러레이터. 한진, 시스코와 함께 물류 스타트업을 육성했다.
kb-investment | 케이비인베스트먼트 | KB Investment | investor | 서울 | - | 벤처캐피탈 투자 | - | 바이오와 ICT 스타트업에 투자하는 벤처캐피탈.
creative-fund | 창조성장펀드 | Creative Growth Fund | investor | 경기 | - | 벤처 펀드 | - | 365억 원 규모의 창조경제 벤처 펀드. 센터 보육기업에 투자한다.
china-buyer | 칭화사이언스파크 | Tsinghua Science Park | buyer | - | - | 중국 진출 지원, 입주 공간 | - | 중국 베이징의 과학기술 단지. 한국 스타트업의 중국 진출 창구 역할을 한다.
paris-buyer | 파리뷰티바이어스 | Paris Beauty Buyers | buyer | - | - | 화장품 수입 유통 | - | 프랑스 파리에서 한국 화장품을 수입해 유통하는 바이어.
vietnam-buyer | 베트남푸드바이어 | Vietnam Food Buyer | buyer | - | - | 식품 수입 | - | 베트남 호치민에서 한국 식품과 신선 농산물을 수입하는 바이어.
marine-techno | 마린테크노 | Marine Techno | sme | 부산 | 31 | 선박 부품, 해양 장비 | 선박 배관 | 선박 배관 부품과 해양 장비를 만드는 조선 기자재 기업.
haebora | 해보라 | Haebora | startup | 경기 | 26 | 이어폰, 보청기 | 이어셋 음향 설계 | 통화 품질이 좋은 이어셋과 보청기를 만드는 음향기기 스타트업.
ces-company | 씨이에스 | CES | sme | 경북 | 28 | 전력 변환 장치, 인버터 | 전력전자 | 산업용 인버터와 전력 변환 장치를 만드는 전력전자 기업.
design-lab | 디자인씽킹랩 | Design Thinking Lab | agency | 경기 | 73203 | 디자인 씽킹 교육, 브랜드 디자인 | - | 창업자에게 디자인 씽킹과 린 스타트업 방법을 교육하고 브랜드 디자인을 돕는다.
patent-bridge | 특허브릿지 | Patent Bridge | startup | 대전 | 72 | 특허 분석, 기술이전 중개 | 특허 빅데이터 | 대기업 개방 특허와 중소기업을 연결하는 기술이전 중개 서비스.
legal-tech | 리걸테크 | LegalTech | startup | 서울 | 58222 | 계약서 검토 AI | 법률 자연어처리 | 스타트업 계약서를 인공지능으로 검토해 위험 조항을 알려준다.
hr-tech | 에이치알테크 | HR Tech | startup | 서울 | 58222 | 채용 관리 솔루션 | AI 면접 | 중소기업의 채용 공고와 지원자 관리를 돕는 채용 솔루션.
eco-plastic | 에코플라스틱 | Eco Plastic | sme | 충남 | 22 | 생분해 플라스틱 | PLA, PBAT 컴파운딩 | 옥수수 전분으로 만든 생분해 플라스틱 원료와 포장재를 생산한다.
water-tech | 워터테크 | Water Tech | sme | 대구 | 36 | 수처리 장비, 정수 필터 | 멤브레인 | 공장 폐수와 생활 하수를 정화하는 멤브레인 수처리 장비를 만든다.
smart-grid | 스마트그리드 | Smart Grid | sme | 전남 | 35 | 전력 수요 관리 | 가상발전소(VPP) | 분산된 태양광과 ESS를 묶어 가상발전소를 운영한다.
hydrogen-energy | 수소에너지 | Hydrogen Energy | startup | 울산 | 35 | 수전해 수소 생산 장비 | 알칼라인 수전해 | 재생에너지 전기로 물을 분해해 그린 수소를 만드는 수전해 장비를 개발한다.
hydrogen-sensor | 수소센서 | Hydrogen Sensor | startup | 울산 | 26299 | 수소 누출 감지 센서 | 가스 센서 | 수소충전소와 수소차에 들어가는 수소 누출 감지 센서를 만든다.
ai-pet | 펫에이아이 | Pet AI | startup | 서울 | 63120 | 반려동물 건강 관리 앱 | AI 영상 분석 | 반려동물 사진으로 피부 질환을 진단하는 AI 앱.
smart-mirror | 스마트미러 | Smart Mirror | startup | 서울 | 26 | 스마트 미러, 피트니스 거울 | 동작 인식 | 거울 화면으로 운동을 코칭하는 스마트 피트니스 미러.
e-commerce-solution | 커머스솔루션 | Commerce Solution | startup | 서울 | 58222 | 쇼핑몰 구축, 오픈마켓 연동 | - | 소상공인 온라인 쇼핑몰 구축과 오픈마켓 상품 연동 솔루션.
live-commerce | 라이브커머스 | Live Commerce | startup | 경기 | 63120 | 라이브 커머스 방송 대행 | 실시간 방송 | 중소기업 제품을 라이브 커머스 방송으로 판매해준다.
textile-smart | 스마트섬유 | Smart Textile | sme | 대구 | 13 | 스마트 의류, 전도성 섬유 | 웨어러블 섬유 센서 | 심박을 재는 전도성 섬유로 스마트 의류를 만든다.
fashion-tech | 패션테크 | FashionTech | startup | 서울 | 14 | 맞춤 정장, 3D 체형 측정 | 3D 바디 스캔 | 3D 체형 측정으로 맞춤 정장을 만드는 패션 스타트업.
shoe-factory | 신발공장 | Shoe Factory | sme | 부산 | 15 | 운동화, 신발 OEM | - | 부산에서 운동화를 위탁 생산하는 신발 제조 기업.
furniture-design | 가구디자인 | Furniture Design | startup | 경기 | 32 | 원목 가구 | - | 원목으로 맞춤 가구를 디자인하고 만든다.
hanjin-info | 한진정보통신 | Hanjin Information Systems | midsize | 서울 | 62021 | 물류 IT 시스템, 항공 IT | 운송관리시스템(TMS) | 한진그룹 계열의 IT 서비스 기업으로 물류와 항공 분야의 정보 시스템을 구축한다.
hanjin-food | 하진푸드 | Hajin Food | sme | 전남 | 10799 | 반찬, 간편식 | - | 전남에서 반찬과 가정간편식을 만드는 식품 기업.
samsung-sdi | 삼성SDI | Samsung SDI | large | 경기 | 28202 | 이차전지, 전기차 배터리, ESS | 리튬이온 배터리 | 전기차와 에너지저장장치용 이차전지를 만드는 대기업.
lg-energy | LG에너지솔루션 | LG Energy Solution | large | 충북 | 28202 | 전기차 배터리, 소형 전지 | 파우치형 배터리 | 오창에 생산 거점을 둔 배터리 대기업. 2차전지 협력사와 함께 성장한다.
hyundai-mobis | 현대모비스 | Hyundai Mobis | large | 경기 | 30399 | 자동차 모듈, 전장 부품 | 자율주행 센서 | 현대자동차그룹의 자동차 부품 대기업.
hyosung-heavy | 효성중공업 | Hyosung Heavy Industries | large | 경남 | 28 | 변압기, 수소충전소 | 액화수소 | 효성그룹의 중공업 계열사로 변압기와 수소충전소 설비를 만든다.
hyoseong-food | 효성식품 | Hyoseong Food | sme | 경북 | 10799 | 떡, 한과 | - | 경북에서 떡과 한과를 만드는 전통 식품 기업. 효성그룹과는 관계가 없다.
smart-factory-lab | 스마트 팩토리 랩 | Smart Factory Lab | startup | 경남 | 62010 | 스마트 팩토리 교육 키트 | PLC, 로봇 실습 | 공고와 대학에 스마트 팩토리 실습용 교육 키트를 공급한다.
smart-gongjang-lab | 스마트공장연구소 | Smart Factory Research Lab | institute | 경북 | 70129 | 스마트공장 표준, 수준 진단 | 제조 데이터 표준 | 스마트공장 수준 확인 제도와 제조 데이터 표준을 연구한다.
dongtan-center | 동탄 물류 센터 | Dongtan Logistics Center | sme | 경기 | 52101 | 상온 창고, 풀필먼트 | - | 경부고속도로 인근의 물류 센터로 상온 창고와 택배 출고를 대행한다.
bupyeong-mc | 부평기계부품미니클러스터 | Bupyeong Machine Parts MC | agency | 인천 | - | 기계부품 미니클러스터 | - | 부평 산업단지 기계부품 기업들이 모여 공동 과제를 발굴하는 미니클러스터.
smart-toilet | 스마트화장실 | Smart Restroom | startup | 경기 | 26299 | 공중화장실 IoT 관리 | 악취 센서, 재실 감지 | 공중 화장실에 센서를 달아 청소 시점과 악취를 관리한다.
cosmetic-lab | 코스메틱랩 | Cosmetic Lab | startup | 충북 | 20423 | 기능성 화장품 연구 개발 | 미백, 주름 개선 원료 | 미백과 주름 개선 기능성 화장품 원료를 개발하는 연구 중심 기업.
beauty-box | 뷰티박스 | Beauty Box | startup | 서울 | 47912 | 화장품 정기구독 | - | 매달 새 화장품 샘플을 보내는 뷰티 정기구독 서비스.
ai-iot-platform | 에이아이오티 | AIoT | startup | 대전 | 62010 | AIoT 플랫폼 | 엣지 AI, IoT 디바이스 관리 | 인공지능과 사물인터넷을 결합한 AIoT 플랫폼으로 기기를 원격 관리한다.
edge-ai | 엣지에이아이 | Edge AI | startup | 경기 | 26110 | 엣지 AI 카메라 모듈 | 온디바이스 AI | 카메라 안에서 바로 사람과 차량을 인식하는 온디바이스 AI 모듈.
iot-sensor-kr | 아이오티센서 | IoT Sensor | sme | 충북 | 26299 | IoT 센서 모듈, 환경 센서 | 미세먼지, 온습도 측정 | 미세먼지와 온습도를 재는 IoT 센서 모듈을 생산한다.
gas-sensor | 가스센서텍 | Gas Sensor Tech | sme | 경기 | 26299 | 산업용 가스 센서 | 유해가스 감지 | 공장과 맨홀의 유해가스를 감지하는 센서를 만든다.
ai-agri | 농업에이아이 | Agri AI | startup | 전북 | 62010 | 작물 병해충 진단 앱 | AI기반 이미지 진단 | 잎 사진으로 작물의 병해충을 진단하는 AI기반 농업 앱.
smart-farm-solution | 팜솔루션 | Farm Solution | startup | 경북 | 62021 | 스마트 팜 제어기, 양액기 | 원격 환경 제어 | 기존 비닐하우스를 스마트 팜으로 바꾸는 환경 제어기와 양액기를 공급한다.
young-farmer | 청년농부 | Young Farmer | startup | 충남 | 01121 | 유기농 채소 꾸러미 | - | 귀농한 청년들이 유기농 채소를 재배해 꾸러미로 판매한다.
strawberry | 딸기농장 | Strawberry Farm | sme | 충남 | 01121 | 설향 딸기, 딸기잼 | 고설 재배 | 논산에서 고설 재배로 딸기를 키우고 딸기잼을 만든다.
seaweed | 완도해조 | Wando Seaweed | sme | 전남 | 03 | 김, 미역, 다시마 | - | 완도에서 김과 미역, 다시마를 가공해 수출한다.
coffee-roaster | 커피로스터스 | Coffee Roasters | startup | 강원 | 10799 | 원두 커피, 드립백 | 로스팅 | 강릉에서 원두를 볶아 드립백 커피를 만든다.
craft-beer | 수제맥주공방 | Craft Beer Studio | startup | 강원 | 11 | 수제 맥주 | - | 강원도 물로 빚은 수제 맥주 양조장.
mold-cluster-siheung | 시화금형기술 | Sihwa Mold Tech | sme | 경기 | 29294 | 자동차 램프 금형 | 사출 금형 | 자동차 헤드램프 렌즈를 찍어내는 사출 금형을 만든다.
mould-korea-en | 케이몰드 | K-Mould | sme | 부산 | 29294 | 신발 금형 | 몰드 설계 | 신발 밑창용 몰드를 설계, 제작한다.
casting-precision | 정밀주조 | Precision Casting | sme | 경남 | 24 | 정밀 주조품, 터빈 블레이드 | 로스트왁스 주조 | 로스트왁스 정밀 주조로 가스 터빈 블레이드를 만든다.
heat-surface | 열처리도금 | Heat & Plating | sme | 대구 | 25 | 열처리, 도금 가공 | 고주파 열처리 | 자동차 축 부품의 고주파 열처리와 도금을 함께 한다.
root-welding-edu | 용접기술교육원 | Welding Training Institute | agency | 울산 | - | 용접 기능 교육 | - | 조선 산업 인력을 위한 용접 기능 교육을 한다.
battery-cap | 캡배터리 | Cap Battery | startup | 경기 | 28202 | 슈퍼커패시터, 하이브리드 배터리 | 탄소 전극 | 탄소 전극으로 빠르게 충전되는 슈퍼커패시터를 만든다.
lithium-korea | 리튬코리아 | Lithium Korea | sme | 전남 | 20 | 수산화리튬 | 리튬 추출 | 광양에서 배터리용 수산화리튬을 생산한다.
battery-swap | 배터리스왑 | Battery Swap | startup | 서울 | 63120 | 전기 이륜차 배터리 교환소 | 배터리 공유 | 배달용 전기 오토바이의 배터리를 교환소에서 바꿔 끼우는 서비스.
drone-logistics | 드론로지스틱스 | Drone Logistics | startup | 강원 | 49 | 산간 드론 배송 | 드론 물류 관제 | 강원 산간 마을에 택배를 드론으로 나르는 드론 물류 서비스.
drone-agri-2 | 방제드론 | Spray Drone | sme | 전북 | 31312 | 농업용 방제 드론 | - | 농약 살포용 방제 드론을 만들어 농협에 공급한다.
drone-sw | 드론소프트 | Drone Soft | startup | 대전 | 62010 | 드론 비행 계획 소프트웨어 | 자동 경로 비행 | 드론 자동 비행 경로를 계획하고 관제하는 소프트웨어.
3d-print-service | 3D프린팅서비스 | 3D Printing Service | startup | 인천 | 33 | 3D 출력 대행 | SLS 출력 | 나일론 분말 SLS 방식으로 3D 출력을 대행한다.
3d-food-print | 푸드프린터 | Food Printer | startup | 서울 | 10799 | 3D 푸드 프린터 | 초콜릿 출력 | 초콜릿과 반죽을 모양대로 쌓는 3D 푸드 프린터를 만든다.
fintech-remit | 센드머니 | SendMoney | startup | 서울 | 66 | 해외 송금 앱 | - | 해외 유학생과 이주 노동자를 위한 소액 해외 송금 앱.
fintech-b2b | 비즈페이 | BizPay | startup | 경기 | 66 | 기업 간 결제, 법인카드 관리 | - | 기업 간 대금 결제와 법인카드 경비를 관리하는 B2B 핀테크.
pay-terminal | 결제단말 | Payment Terminal | sme | 경기 | 26 | 카드 결제 단말기 | NFC | 가게에서 쓰는 카드 결제 단말기와 NFC 리더기를 만든다.
tour-guesthouse | 게스트하우스 | Guesthouse | sme | 제주 | 55101 | 게스트하우스 숙박 | - | 제주 해안 마을의 게스트하우스.
tour-bus | 시티투어버스 | City Tour Bus | sme | 부산 | 49 | 시티투어 버스 | - | 부산 관광 명소를 도는 시티투어 버스를 운영한다.
hotel-ai | 호텔에이아이 | Hotel AI | startup | 서울 | 62010 | 호텔 객실 요금 최적화 | 수요 예측 | 호텔 객실 요금을 수요에 맞춰 자동 조정하는 AI 서비스.
med-device | 메디칼디바이스 | Medical Device | sme | 강원 | 27199 | 혈압계, 체온계 | - | 원주 의료기기 단지에서 가정용 혈압계와 체온계를 만든다.
bio-cosmetic | 바이오코스메틱 | Bio Cosmetic | startup | 충북 | 20423 | 발효 화장품 | 유산균 발효 | 유산균 발효 원료로 민감 피부용 화장품을 만드는 바이오 화장품 기업.
cosmetic-oem-2 | 코스맥스원 | Cosmax One | sme | 경기 | 20423 | 색조 화장품 ODM | 립스틱, 파운데이션 제형 | 립스틱과 쿠션 파운데이션 같은 색조 화장품을 ODM으로 생산한다.
beauty-mask-2 | 마스크랩 | Mask Lab | startup | 충북 | 20423 | 하이드로겔 마스크 | - | 하이드로겔 마스크를 만드는 화장품 스타트업.
ai-manufacturing | 제조에이아이 | Manufacturing AI | startup | 경남 | 62010 | 제조 AI 플랫폼 | 공정 최적화 AI | 제조 현장의 공정 데이터를 학습해 불량률을 낮추는 제조 인공지능 플랫폼.
factory-iot | 팩토리아이오티 | Factory IoT | startup | 경북 | 26299 | 공장 IoT 모니터링 | 설비 가동률 측정 | 공장 설비의 가동률을 IoT로 모니터링하는 스마트 팩토리 솔루션.
carbon-neutral | 탄소중립솔루션 | Carbon Neutral Solution | startup | 서울 | 72129 | 탄소배출량 측정, 탄소중립 컨설팅 | 온실가스 산정 | 기업의 탄소배출량을 측정하고 탄소중립 전략을 컨설팅한다.
carbon-credit | 탄소크레딧 | Carbon Credit | startup | 서울 | 66 | 탄소배출권 거래 플랫폼 | - | 중소기업이 탄소배출권을 사고파는 거래 플랫폼.
carbon-bat | 카본배트 | Carbon Bat | startup | 전북 | 33 | 카본 야구배트 | - | 카본 소재로 가벼운 야구배트를 만든다.
logis-consult | 물류컨설팅 | Logistics Consulting | sme | 인천 | 72129 | 물류비 절감 컨설팅, 재고 최적화 | - | 운송 수단, 통관, 물류비, 재고를 진단하는 종합 물류 컨설팅을 한다.
air-cargo | 에어카고 | Air Cargo | sme | 인천 | 52991 | 항공 화물 터미널 조업 | - | 인천공항 항공 화물 터미널에서 화물 조업을 한다.
cold-storage | 냉동창고 | Cold Storage | sme | 부산 | 52102 | 수산물 냉동 보관 | 초저온 냉동 | 부산 감천항에서 수산물을 초저온으로 냉동 보관한다.
ecommerce-logis | 이커머스물류 | E-commerce Logistics | startup | 경기 | 52101 | 온라인 쇼핑몰 물류 대행 | - | 온라인 쇼핑몰의 입고, 보관, 포장, 출고를 대행한다.
robot-logis | 로봇물류 | Robot Logistics | startup | 경기 | 29280 | 물류로봇, 피킹 로봇 | 로봇 피킹 | 물류센터에서 상품을 집어 옮기는 피킹 물류로봇을 만든다.
yeungnam-univ | 영남대학교 | Yeungnam University | university | 경북 | - | 산학협력, 기계공학 | - | 경산의 사립대학. 자동차 부품과 기계 분야 산학협력을 한다.
kaist | 한국과학기술원 | KAIST | university | 대전 | - | 공학 연구, 창업 지원 | - | 대전의 과학기술 특성화대학. 로봇과 인공지능 분야 기술 창업이 활발하다.
tp-gwangju | 광주테크노파크 | Gwangju Technopark | agency | 광주 | - | 지역 산업 육성, 장비 지원 | - | 광주 지역의 자동차, 에너지, 인공지능 산업 기업을 지원하는 테크노파크.
gyeongbuk-center | 경북창조경제혁신센터 | Gyeongbuk CCEI | agency | 경북 | - | 창업 보육, 스마트공장 지원 | - | 삼성과 함께 경북 지역 중소기업의 스마트공장 보급과 창업을 지원한다.
incheon-center | 인천창조경제혁신센터 | Incheon CCEI | agency | 인천 | - | 물류 창업 보육, 중국 진출 지원 | - | 한진과 함께 스마트 물류 창업기업을 보육하고 중국 진출을 돕는다.
`;

type Kind = OrganizationValues['kind'];
type Region = NonNullable<OrganizationValues['region']>;

type CorpusOrganization = OrganizationValues & { key: string };

const blank = (s: string | undefined) => (s === undefined || s === '-' || s === '' ? null : s);

export const corpus: CorpusOrganization[] = rows
  .trim()
  .split('\n')
  .map((line) => {
    const [key, name, nameEn, kind, region, ksic, products, technologies, description] = line.split('|').map((s) => s.trim());
    if (!key || !name || !kind || description === undefined) throw new Error(`corpus row: ${line}`);
    return {
      key,
      name,
      nameEn: blank(nameEn),
      kind: kind as Kind,
      region: blank(region) as Region | null,
      ksicCode: blank(ksic),
      products: blank(products) ?? '',
      technologies: blank(technologies) ?? '',
      description,
    };
  });
