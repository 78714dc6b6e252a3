import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../http/errors.ts';
import { errorResponses, jsonContent, router, writeErrorResponses } from '../../http/openapi.ts';
import { attachmentDisposition } from '../../http/download.ts';
import { scopeOf } from '../../http/scope.ts';
import { exportOrganizations } from './organization.export.ts';
import { importOrganizations } from './organization.import.ts';
import { OrganizationQuery } from './organization.schema.ts';

const tags = ['organizations'];
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const ImportResultSchema = z
  .object({
    dryRun: z.boolean(),
    committed: z.boolean().describe('True when every row was written; a file with any error writes nothing.'),
    summary: z.object({ rows: z.number().int(), create: z.number().int(), update: z.number().int(), errors: z.number().int() }),
    rows: z.array(
      z.object({
        rowNumber: z.number().int().describe('The row as numbered in the spreadsheet (header = 1).'),
        action: z.enum(['create', 'update', 'error']),
        name: z.string(),
        businessRegistrationNumber: z.string().nullable(),
        existingId: z.uuid().nullable(),
        errors: z.array(z.object({ field: z.string(), code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })),
      }),
    ),
  })
  .openapi('OrganizationImportResult');

const ImportQuery = z.object({
  dryRun: z.enum(['true', 'false']).optional().openapi({ description: 'true: check and preview only, write nothing.' }),
  centerId: z.string().max(40).optional().openapi({ description: 'Affiliate every imported organization with this center (staff: required, their own).' }),
  clusterId: z.uuid().optional(),
});

const ExportQuery = OrganizationQuery.omit({ cursor: true, limit: true }).extend({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});

const io = router();
io.use(
  '/organizations/import',
  bodyLimit({
    maxSize: MAX_IMPORT_BYTES,
    onError: () => {
      throw new AppError('payloadTooLarge');
    },
  }),
);

export const organizationIoRoutes = io
  .openapi(
    createRoute({
      method: 'post',
      path: '/organizations/import',
      tags,
      summary: 'Import organizations from CSV or XLSX (all or nothing)',
      description:
        'Headers in English (name, businessRegistrationNumber, kind, region, foundedOn, industry, description, …) or Korean ' +
        '(기업명, 사업자등록번호, 기업구분, 지역, 설립일, 업종, 기업소개, …). Existing BRNs are updated, not duplicated. ' +
        'With dryRun=true, a preview with row-level errors; otherwise any error refuses the whole file (422 with the rows).',
      request: {
        query: ImportQuery,
        body: { required: true, content: { 'multipart/form-data': { schema: z.object({ file: z.instanceof(File).openapi({ type: 'string', format: 'binary' }) }) } } },
      },
      responses: { 200: jsonContent(ImportResultSchema, 'Preview or result.'), ...writeErrorResponses },
    }),
    async (c) => {
      const { file } = c.req.valid('form');
      const query = c.req.valid('query');
      const result = await importOrganizations(c.get('deps'), scopeOf(c), Buffer.from(await file.arrayBuffer()), {
        dryRun: query.dryRun === 'true',
        centerId: query.centerId,
        clusterId: query.clusterId,
      });
      return c.json(result, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/organizations/export',
      tags,
      summary: 'Export a filtered organization list as XLSX or CSV',
      description: 'The same filters and order as the list; the columns of the import, so the file can be edited and imported back.',
      request: { query: ExportQuery },
      responses: {
        200: {
          description: 'The file (Content-Disposition: attachment).',
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string().openapi({ format: 'binary' }) },
            'text/csv': { schema: z.string() },
          },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { format, ...filters } = c.req.valid('query');
      const file = await exportOrganizations(c.get('deps'), scopeOf(c), filters, format);
      return c.body(new Uint8Array(file.data), 200, {
        'content-type': file.contentType,
        'content-disposition': attachmentDisposition(file.filename),
        'x-total-count': String(file.count),
      });
    },
  );
