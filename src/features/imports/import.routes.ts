import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../http/errors.ts';
import { jsonContent, router, writeErrorResponses } from '../../http/openapi.ts';
import { scopeOf } from '../../http/scope.ts';
import { importOutcomes } from './outcome.import.ts';
import { importSupportRecords } from './support-record.import.ts';

const tags = ['imports'];
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const ResultSchema = z
  .object({
    dryRun: z.boolean(),
    committed: z.boolean().describe('True when every row was written; a file with any error writes nothing.'),
    summary: z.object({ rows: z.number().int(), create: z.number().int(), update: z.number().int(), unchanged: z.number().int().describe('Rows already imported: not counted again.'), errors: z.number().int() }),
    rows: z.array(
      z.object({
        rowNumber: z.number().int().describe('The row as numbered in the spreadsheet (header = 1).'),
        action: z.enum(['create', 'update', 'unchanged', 'error']),
        organizationName: z.string().nullable(),
        businessRegistrationNumber: z.string().nullable(),
        errors: z.array(z.object({ field: z.string(), code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })),
      }),
    ),
  })
  .openapi('LedgerImportResult');

const Query = z.object({ dryRun: z.enum(['true', 'false']).optional().openapi({ description: 'true: check and preview every row, write nothing.' }) });
const FileBody = { required: true, content: { 'multipart/form-data': { schema: z.object({ file: z.instanceof(File).openapi({ type: 'string', format: 'binary' }) }) } } };

const imports = router();
imports.use(
  '/imports/*',
  bodyLimit({
    maxSize: MAX_IMPORT_BYTES,
    onError: () => {
      throw new AppError('payloadTooLarge');
    },
  }),
);

export const importRoutes = imports
  .openapi(
    createRoute({
      method: 'post',
      path: '/imports/support-records',
      tags,
      summary: 'Import the support ledger from CSV or XLSX (all or nothing; the same file twice counts once)',
      description:
        'Columns businessRegistrationNumber, center, kind, date, valueKRW, program, note (or 사업자등록번호, 센터, 지원유형, 지원일, 지원금액, 사업명, 비고). ' +
        'The organization must be registered (its BRN); the center by id, name or region; center staff import their own center only. With dryRun=true, a preview; otherwise any row error refuses the whole file (422 with the rows).',
      request: { query: Query, body: FileBody },
      responses: { 200: jsonContent(ResultSchema, 'Preview or result.'), ...writeErrorResponses },
    }),
    async (c) => {
      const { file } = c.req.valid('form');
      return c.json(await importSupportRecords(c.get('deps'), scopeOf(c), Buffer.from(await file.arrayBuffer()), { dryRun: c.req.valid('query').dryRun === 'true' }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/imports/outcomes',
      tags,
      summary: 'Import outcome figures from CSV or XLSX (all or nothing; the same file twice changes nothing)',
      description:
        'Columns businessRegistrationNumber, period, metric, value, note (or 사업자등록번호, 기간, 지표, 값, 비고); period 2015, 2015-Q3 or 2015-07; metric one of revenue, employees, newHires, investment, exportSales, ' +
        'overseasSubsidiaries, patentApplications, patentRegistrations, prototypes, certifications, operating (or 매출액, 종업원수, 신규고용, 투자유치, 수출액, 해외법인, 특허출원, 특허등록, 시제품, 인증, 영업중). ' +
        'An investment row is one deal. A figure already there with another value is amended (history kept).',
      request: { query: Query, body: FileBody },
      responses: { 200: jsonContent(ResultSchema, 'Preview or result.'), ...writeErrorResponses },
    }),
    async (c) => {
      const { file } = c.req.valid('form');
      return c.json(await importOutcomes(c.get('deps'), scopeOf(c), Buffer.from(await file.arrayBuffer()), { dryRun: c.req.valid('query').dryRun === 'true' }), 200);
    },
  );
