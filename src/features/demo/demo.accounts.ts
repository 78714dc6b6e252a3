import type { Role } from '../auth/actor.ts';
import { founderOrganization } from './demo.fixed.ts';

/** One password for every demo person, so anyone trying the demo can sign in as any of them. */
export const DEMO_PASSWORD = 'demo-innohub-2026';

export type DemoAccount = {
  email: string;
  role: Role;
  name: string;
  /** The scope of the role: a center id, a cluster name or an organization name; none for national. */
  scope: { centerId?: string; clusterName?: string; organizationName?: string };
  description: string;
};

/**
 * One account per role, for the README, the tests and anyone trying the demo. Every other demo
 * person (center staff `<center>.admin|manager|manager2@innohub.kr`, MC coordinators, experts,
 * judges, sponsors) signs in with the same password.
 */
export const demoAccounts: readonly DemoAccount[] = [
  { email: 'admin@innohub.kr', role: 'national_admin', name: '한지수', scope: {}, description: '전국 사무국 관리자: 모든 센터와 클러스터 / National office: every center and cluster' },
  { email: 'incheon.admin@innohub.kr', role: 'center_admin', name: '이서준', scope: { centerId: 'incheon' }, description: '인천센터 관리자 / Incheon center administrator' },
  { email: 'incheon.manager@innohub.kr', role: 'center_manager', name: '박민지', scope: { centerId: 'incheon' }, description: '인천센터 매니저: 지원 이력 기록 / Incheon center manager who logs support' },
  { email: 'jeonbuk.manager@innohub.kr', role: 'center_manager', name: '최현우', scope: { centerId: 'jeonbuk' }, description: '전북센터 매니저 (탄소·농생명) / Jeonbuk center manager (carbon, agri-bio)' },
  { email: 'mc.coordinator@innohub.kr', role: 'cluster_coordinator', name: '정다은', scope: { clusterName: '모빌리티 MC' }, description: '산단공 인천 모빌리티 MC 코디네이터 / Coordinator of the Namdong mobility mini-cluster' },
  { email: 'hanjin.sponsor@innohub.kr', role: 'sponsor', name: '김태호', scope: { centerId: 'incheon' }, description: '한진 전담기업 담당자 / Hanjin, sponsor of the Incheon center' },
  { email: 'expert@innohub.kr', role: 'expert', name: '오성민', scope: { centerId: 'incheon' }, description: '한진 물류 컨설턴트 (종합물류컨설팅센터) / Hanjin logistics consultant' },
  { email: 'judge@innohub.kr', role: 'judge', name: '윤하린', scope: { centerId: 'incheon' }, description: '인천센터 외부 심사위원 / External judge of Incheon calls' },
  { email: 'founder@innohub.kr', role: 'company_member', name: founderOrganization.representative!, scope: { organizationName: founderOrganization.name }, description: `${founderOrganization.name} 대표 (인천 스마트 물류 스타트업) / Founder of an Incheon smart-logistics startup` },
];
