import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonContent, router, writeErrorResponses } from '../../http/openapi.ts';
import { DateString } from '../../http/schemas.ts';
import { scopeOf } from '../../http/scope.ts';
import { centerReport, nationalReport } from './report.service.ts';

const tags = ['reports'];

const Query = z
  .object({
    from: DateString.describe('First day, inclusive.'),
    to: DateString.describe('Last day, inclusive.'),
    verifiedOnly: z.enum(['true', 'false']).optional().describe('true: only figures staff verified; otherwise every figure not returned.'),
  })
  .strict();

const ReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    verifiedOnly: z.boolean(),
    organizationsSupported: z.object({ startup: z.number().int(), sme: z.number().int(), total: z.number().int().describe('Every kind, each organization once.') }),
    investment: z.object({ amountKRW: z.number().int(), deals: z.number().int(), companies: z.number().int() }),
    revenueKRW: z.number().int(),
    jobsCreated: z.number().int().describe('New hires.'),
    exportSales: z.object({ companies: z.number().int(), amountKRW: z.number().int() }),
    overseasSubsidiaries: z.number().int(),
    patents: z.object({ applications: z.number().int(), registrations: z.number().int() }),
    prototypes: z.number().int(),
    techTransfers: z.object({ transfers: z.number().int(), recipients: z.number().int().describe('Distinct organizations.') }),
    unverifiedFigures: z.number().int().describe('Figures counted that staff have not verified yet.'),
  })
  .openapi('Report');

const NationalSchema = ReportSchema.extend({
  centers: z
    .object({
      sumOfCenterCounts: z.number().int(),
      supportedByAnyCenter: z.number().int().describe('Organizations at least one center supported, each once (the nation also counts those only clusters supported).'),
      countedByMoreThanOneCenter: z.number().int(),
    })
    .describe("Each center counts the organizations it supported: their sum exceeds the nation's total by the organizations supported by several centers."),
}).openapi('NationalReport');

const CenterParam = z.object({ id: z.string().max(40).openapi({ param: { name: 'id', in: 'path' }, example: 'incheon' }) });
const queryOf = (q: z.infer<typeof Query>) => ({ from: q.from, to: q.to, verifiedOnly: q.verifiedOnly === 'true' });
const counting = 'Counting rules: docs/counting-rules.md (an organization once however many centers supported it; figures of the supported organizations, periods inside the range, one granularity per year).';

export const reportRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/reports/national',
      tags,
      summary: 'The national figures for a date range (national office)',
      description: counting,
      request: { query: Query },
      responses: { 200: jsonContent(NationalSchema, 'The figures.'), ...errorResponses, 403: writeErrorResponses[403] },
    }),
    async (c) => c.json(await nationalReport(c.get('deps'), scopeOf(c), queryOf(c.req.valid('query'))), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/reports/centers/{id}',
      tags,
      summary: "A center's figures for a date range (its staff, the national office)",
      description: counting,
      request: { params: CenterParam, query: Query },
      responses: { 200: jsonContent(ReportSchema.extend({ centerId: z.string() }).openapi('CenterReport'), 'The figures.'), ...errorResponses },
    }),
    async (c) => c.json(await centerReport(c.get('deps'), scopeOf(c), c.req.valid('param').id, queryOf(c.req.valid('query'))), 200),
  );
