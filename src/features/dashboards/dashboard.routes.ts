import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonContent, router, writeErrorResponses } from '../../http/openapi.ts';
import { scopeOf } from '../../http/scope.ts';
import { dashboard, dimensions, drillDown, drillSorts, type DashboardScope } from './dashboard.service.ts';

const tags = ['dashboards'];

const Year = z.coerce.number().int().min(2000).max(2100);
const YearQuery = z.object({ year: Year.optional().describe('Default: the latest year with figures, up to this one.') }).strict();

const FiguresSchema = z
  .object({
    organizations: z.number().int().describe('Organizations supported, each once.'),
    startups: z.number().int(),
    smes: z.number().int(),
    supportRecords: z.number().int(),
    supportKRW: z.number().int(),
    revenueKRW: z.number().int(),
    jobsCreated: z.number().int().describe('New hires.'),
    investmentKRW: z.number().int(),
    investmentDeals: z.number().int(),
    investmentCompanies: z.number().int(),
    exportKRW: z.number().int(),
    exportCompanies: z.number().int(),
    overseasSubsidiaries: z.number().int(),
    patentApplications: z.number().int(),
    patentRegistrations: z.number().int(),
    prototypes: z.number().int(),
    techTransfers: z.number().int(),
    techRecipients: z.number().int(),
    unverifiedFigures: z.number().int().describe('Figures counted that staff have not verified yet.'),
  })
  .openapi('DashboardFigures');

// A union, not .nullable(): the OpenAPI text becomes anyOf [figures, null], which the web client types as `figures | null`.
const PreviousSchema = z.union([FiguresSchema, z.null()]);

const BreakdownSchema = z.array(z.object({ key: z.string(), label: z.string(), figures: FiguresSchema, previous: PreviousSchema }));

const DashboardSchema = z
  .object({
    scope: z.object({ kind: z.enum(['national', 'center', 'cluster']), id: z.string().nullable(), name: z.string() }),
    year: z.number().int(),
    years: z.array(z.number().int()).describe('Years with figures, latest first.'),
    totals: FiguresSchema,
    previous: PreviousSchema.describe('The year before, for the comparison.'),
    series: z.array(z.object({ year: z.number().int(), figures: FiguresSchema })),
    breakdowns: z
      .object(Object.fromEntries(dimensions.map((d) => [d, BreakdownSchema.optional()])) as Record<(typeof dimensions)[number], z.ZodOptional<typeof BreakdownSchema>>)
      .describe('center and cluster: national only (each its own count); program: centers and clusters. Keys: center `c:<id>`, cluster `k:<id>`, region, KSIC division, organization kind, support kind, program name.'),
    centers: z
      .object({
        sumOfCenterCounts: z.number().int(),
        supportedByAnyCenter: z.number().int().describe('Organizations at least one center supported, each once: the sum exceeds it by the repeats.'),
        countedByMoreThanOneCenter: z.number().int(),
      })
      .nullable()
      .describe('National only: how much the centers add up to more than the nation.'),
    updating: z.boolean().describe('Changes are waiting to be rolled up; they show within seconds.'),
  })
  .openapi('Dashboard');

const counting =
  'Calendar-year figures under docs/counting-rules.md, read from rollups kept current by the server (a change shows within seconds; `updating` says one is on its way). The same figures as /reports for that year.';

const CenterParam = z.object({ id: z.string().max(40).openapi({ param: { name: 'id', in: 'path' }, example: 'incheon' }) });
const ClusterParam = z.object({ id: z.string().max(40).openapi({ param: { name: 'id', in: 'path' } }) });

const DrillQuery = z
  .object({
    scope: z
      .string()
      .regex(/^(national|center:[a-z0-9-]{1,40}|cluster:[0-9a-f-]{36})$/)
      .describe('national, center:<id> or cluster:<id>'),
    year: Year,
    dimension: z.enum([...dimensions, 'overlap']).optional().describe('With `key`: the organizations of one breakdown row; overlap: those counted by more than one center.'),
    key: z.string().max(200).optional(),
    sort: z.enum(drillSorts).optional().describe('Largest first (name: 가나다 order); default revenueKRW.'),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

const DrillRowSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    brn: z.string().nullable(),
    kind: z.string(),
    region: z.string(),
    industry: z.string(),
    supportRecords: z.number().int(),
    supportKRW: z.number().int(),
    revenueKRW: z.number().int().nullable(),
    jobsCreated: z.number().int().nullable(),
    investmentKRW: z.number().int().nullable(),
    investmentDeals: z.number().int(),
    exportKRW: z.number().int().nullable(),
    unverifiedFigures: z.number().int(),
  })
  .openapi('DashboardOrganization');

const scopeParam = (s: string): DashboardScope => {
  if (s === 'national') return { kind: 'national' };
  const [kind, id] = s.split(':') as [string, string];
  return kind === 'center' ? { kind: 'center', id } : { kind: 'cluster', id };
};

export const dashboardRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/dashboards/national',
      tags,
      summary: 'The national dashboard for a year (national office)',
      description: counting,
      request: { query: YearQuery },
      responses: { 200: jsonContent(DashboardSchema, 'The dashboard.'), ...errorResponses, 403: writeErrorResponses[403] },
    }),
    async (c) => c.json(await dashboard(c.get('deps'), scopeOf(c), { kind: 'national' }, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/dashboards/centers/{id}',
      tags,
      summary: "A center's dashboard for a year (its staff, the national office)",
      description: counting,
      request: { params: CenterParam, query: YearQuery },
      responses: { 200: jsonContent(DashboardSchema, 'The dashboard.'), ...errorResponses },
    }),
    async (c) => c.json(await dashboard(c.get('deps'), scopeOf(c), { kind: 'center', id: c.req.valid('param').id }, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/dashboards/clusters/{id}',
      tags,
      summary: "A cluster's dashboard for a year (its coordinators, the national office)",
      description: counting,
      request: { params: ClusterParam, query: YearQuery },
      responses: { 200: jsonContent(DashboardSchema, 'The dashboard.'), ...errorResponses },
    }),
    async (c) => c.json(await dashboard(c.get('deps'), scopeOf(c), { kind: 'cluster', id: c.req.valid('param').id }, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/dashboards/organizations',
      tags,
      summary: 'The organizations behind a dashboard figure',
      description: 'The rows a figure was summed from, with their own figures for the year; the same access as the dashboard of the scope.',
      request: { query: DrillQuery },
      responses: {
        200: jsonContent(z.object({ items: z.array(DrillRowSchema), total: z.number().int() }).openapi('DashboardOrganizations'), 'One page.'),
        ...errorResponses,
        403: writeErrorResponses[403],
      },
    }),
    async (c) => {
      const { scope, ...query } = c.req.valid('query');
      return c.json(await drillDown(c.get('deps'), scopeOf(c), scopeParam(scope), query), 200);
    },
  );
