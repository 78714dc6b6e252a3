import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, Outlet, redirect } from '@tanstack/react-router';
import { ApiError } from '../api/client';
import { AppLayout } from '../components/app.layout';
import { NotFound } from '../components/not-found';
import { PublicLayout } from '../components/public.layout';
import { RouteError } from '../components/route-error';
import { meQuery } from '../features/auth/session.queries';
import { validateCallListSearch } from '../features/calls/call-list.search';
import { validateCampaignSearch } from '../features/campaigns/campaign.search';
import { validateDashboardSearch } from '../features/dashboards/dashboard.search';
import { validateImportSearch } from '../features/imports/import.search';
import { validateOrganizationListSearch } from '../features/organizations/organization-list.search';
import { validateOutcomeQueueSearch } from '../features/outcomes/outcome-queue.search';
import { validatePeopleSearch } from '../features/people/people.search';
import { validateProgramListSearch } from '../features/programs/program-list.search';
import { validateRoundSearch } from '../features/evaluation/staff/round.search';
import { validateSupportRecordListSearch } from '../features/support-records/support-record-list.search';
import { oneOf, str } from './search-params';

export type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFound,
});

export type SignInSearch = { redirect?: string; reason?: 'expired' | 'signedOut' };

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): SignInSearch => ({
    redirect: str(search.redirect, 500),
    reason: oneOf(search.reason, ['expired', 'signedOut'] as const),
  }),
  component: lazyRouteComponent(() => import('../features/auth/sign-in.page'), 'SignInPage'),
});

/** 회원가입 of founders; like sign-in, it returns to `redirect` (a call page) once signed up. */
const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-up',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({ redirect: str(search.redirect, 500) }),
  component: lazyRouteComponent(() => import('../features/auth/sign-up.page'), 'SignUpPage'),
});

/** 심사위원 위촉: an invitation link, answered without an account yet (like sign-up). */
const judgeInvitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/judge/invitations/$token',
  component: lazyRouteComponent(() => import('../features/evaluation/judge/judge-invitation.page'), 'JudgeInvitationPage'),
});

/** Pages anyone may read, signed in or not: the call list and published calls. */
const publicRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'public',
  component: PublicLayout,
  errorComponent: RouteError,
});

const callsRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/calls',
  validateSearch: validateCallListSearch,
  component: lazyRouteComponent(() => import('../features/calls/call-list.page'), 'CallListPage'),
});

const callRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/calls/$callId',
  component: lazyRouteComponent(() => import('../features/calls/call.page'), 'CallPage'),
});

/** Everything below needs a session; without one, sign in and come back. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.ensureQueryData(meQuery);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        throw redirect({
          to: '/sign-in',
          search: { redirect: location.href, reason: error.code === 'sessionExpired' ? 'expired' : undefined },
        });
      }
      throw error;
    }
  },
  component: AppLayout,
  errorComponent: RouteError,
});

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/home/home.page'), 'HomePage'),
});

export const organizationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/organizations',
  validateSearch: validateOrganizationListSearch,
  component: lazyRouteComponent(() => import('../features/organizations/organization-list.page'), 'OrganizationListPage'),
});

const organizationNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/organizations/new',
  component: lazyRouteComponent(() => import('../features/organizations/organization-create.page'), 'OrganizationCreatePage'),
});

const organizationImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/organizations/import',
  component: lazyRouteComponent(() => import('../features/organizations/organization-import.page'), 'OrganizationImportPage'),
});

export const organizationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/organizations/$organizationId',
  component: lazyRouteComponent(() => import('../features/organizations/organization.page'), 'OrganizationPage'),
});

const programsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/programs',
  validateSearch: validateProgramListSearch,
  component: lazyRouteComponent(() => import('../features/programs/program-list.page'), 'ProgramListPage'),
});

const programRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/programs/$programId',
  component: lazyRouteComponent(() => import('../features/programs/program.page'), 'ProgramPage'),
});

export const supportRecordsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/support-records',
  validateSearch: validateSupportRecordListSearch,
  component: lazyRouteComponent(() => import('../features/support-records/support-record-list.page'), 'SupportRecordListPage'),
});

/** 성과 검증: the figures waiting for staff. */
export const outcomesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/outcomes',
  validateSearch: validateOutcomeQueueSearch,
  component: lazyRouteComponent(() => import('../features/outcomes/outcome-queue.page'), 'OutcomeQueuePage'),
});

/** 데이터 가져오기: the support ledger and outcome figures from CSV or XLSX. */
const importsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/imports',
  validateSearch: validateImportSearch,
  component: lazyRouteComponent(() => import('../features/imports/import.page'), 'ImportPage'),
});

export const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people',
  validateSearch: validatePeopleSearch,
  component: lazyRouteComponent(() => import('../features/people/people.page'), 'PeoplePage'),
});

const outboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/outbox',
  component: lazyRouteComponent(() => import('../features/mail/outbox.page'), 'OutboxPage'),
});

const myApplicationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/applications',
  component: lazyRouteComponent(() => import('../features/applications/my-applications.page'), 'MyApplicationsPage'),
});

const applicationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/applications/$applicationId',
  component: lazyRouteComponent(() => import('../features/applications/application.page'), 'ApplicationPage'),
});

const callFormRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/calls/$callId/form',
  component: lazyRouteComponent(() => import('../features/forms/form-builder.page'), 'FormBuilderPage'),
});

/** 심사 단계: one evaluation round for its staff (judges, conflicts, assignment, progress, ranking and selection, appeals, report). */
const roundRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/rounds/$roundId',
  validateSearch: validateRoundSearch,
  component: lazyRouteComponent(() => import('../features/evaluation/staff/round.page'), 'RoundPage'),
});

const campaignsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/campaigns',
  component: lazyRouteComponent(() => import('../features/campaigns/campaign-list.page'), 'CampaignListPage'),
});

const campaignRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/campaigns/$campaignId',
  validateSearch: validateCampaignSearch,
  component: lazyRouteComponent(() => import('../features/campaigns/campaign.page'), 'CampaignPage'),
});

/** 대시보드: the national one (national office), a center's (its staff) and a cluster's (its coordinators). */
const nationalDashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/dashboards/national',
  validateSearch: validateDashboardSearch,
  component: lazyRouteComponent(() => import('../features/dashboards/dashboard.page'), 'NationalDashboardPage'),
});

const centerDashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/dashboards/centers/$centerId',
  validateSearch: validateDashboardSearch,
  component: lazyRouteComponent(() => import('../features/dashboards/dashboard.page'), 'CenterDashboardPage'),
});

const clusterDashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/dashboards/clusters/$clusterId',
  validateSearch: validateDashboardSearch,
  component: lazyRouteComponent(() => import('../features/dashboards/dashboard.page'), 'ClusterDashboardPage'),
});

/** 심사: the judge's rounds, a round's pledge and queue, a score sheet, the judge profile. */
const judgingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/judging',
  component: lazyRouteComponent(() => import('../features/evaluation/judge/judging.page'), 'JudgingPage'),
});

const judgeRoundRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/judging/$roundId',
  component: lazyRouteComponent(() => import('../features/evaluation/judge/judge-round.page'), 'JudgeRoundPage'),
});

const scoreSheetRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/judging/sheets/$sheetId',
  component: lazyRouteComponent(() => import('../features/evaluation/judge/score-sheet.page'), 'ScoreSheetPage'),
});

const judgeProfileRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/me/judge-profile',
  component: lazyRouteComponent(() => import('../features/evaluation/judge/judge-profile.page'), 'JudgeProfilePage'),
});

const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/account',
  component: lazyRouteComponent(() => import('../features/auth/account.page'), 'AccountPage'),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  signUpRoute,
  judgeInvitationRoute,
  publicRoute.addChildren([callsRoute, callRoute]),
  appRoute.addChildren([homeRoute, organizationsRoute, organizationNewRoute, organizationImportRoute, organizationRoute, programsRoute, programRoute, supportRecordsRoute, outcomesRoute, importsRoute, peopleRoute, outboxRoute, myApplicationsRoute, applicationRoute, callFormRoute, roundRoute, campaignsRoute, campaignRoute, nationalDashboardRoute, centerDashboardRoute, clusterDashboardRoute, accountRoute, judgingRoute, judgeRoundRoute, scoreSheetRoute, judgeProfileRoute]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
