import { createRoute, z } from '@hono/zod-openapi';
import { attachmentDisposition } from '../../http/download.ts';
import { errorResponses, router, writeErrorResponses } from '../../http/openapi.ts';
import { DateString } from '../../http/schemas.ts';
import { scopeOf } from '../../http/scope.ts';
import { buildMinistryWorkbook } from './workbook.ts';

const tags = ['reports'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const Query = z
  .object({
    from: DateString.describe('First day, inclusive.'),
    to: DateString.describe('Last day, inclusive.'),
    lang: z.enum(['ko', 'en']).optional().describe('Headings in Korean (default) or English.'),
  })
  .strict();

const CenterParam = z.object({ id: z.string().max(40).openapi({ param: { name: 'id', in: 'path' }, example: 'incheon' }) });

const file = { description: 'The workbook (Content-Disposition: attachment).', content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } };
const sheets =
  'Sheets: 작성 기준 (period, generated at and by, the counting rules of docs/counting-rules.md), 총괄 (the report), ' +
  '센터별 (one row per center, each its center report; national workbook only), 사업별 (one row per center or cluster and program), ' +
  '기업별 (one row per organization supported, each column adding up to 총괄). Numbers are numbers, KRW exact.';

export const workbookRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/reports/national/workbook',
      tags,
      summary: 'The ministry workbook (XLSX) for a date range (national office)',
      description: sheets,
      request: { query: Query },
      responses: { 200: file, ...errorResponses, 403: writeErrorResponses[403] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const book = await buildMinistryWorkbook(c.get('deps'), scopeOf(c), { from: q.from, to: q.to, lang: q.lang ?? c.get('lang') });
      return c.body(new Uint8Array(book.data), 200, { 'content-type': XLSX, 'content-disposition': attachmentDisposition(book.fileName) });
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/reports/centers/{id}/workbook',
      tags,
      summary: "A center's workbook (XLSX) for a date range (its staff, the national office)",
      description: `${sheets} A center's workbook has no 센터별 sheet and counts that center's support only.`,
      request: { params: CenterParam, query: Query },
      responses: { 200: file, ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const book = await buildMinistryWorkbook(c.get('deps'), scopeOf(c), { from: q.from, to: q.to, lang: q.lang ?? c.get('lang'), centerId: c.req.valid('param').id });
      return c.body(new Uint8Array(book.data), 200, { 'content-type': XLSX, 'content-disposition': attachmentDisposition(book.fileName) });
    },
  );
