import { createRoute, z } from '@hono/zod-openapi';
import { attachmentDisposition } from '../../../http/download.ts';
import { errorResponses, router, writeErrorResponses } from '../../../http/openapi.ts';
import { IdParam } from '../../../http/schemas.ts';
import { scopeOf } from '../../../http/scope.ts';
import { buildRoundReport } from './round.report.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const Query = z.object({
  anonymize: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true')
    .openapi({ param: { name: 'anonymize', in: 'query' }, description: 'Judges as 심사위원 A, B … (default) or by name.' }),
  lang: z.enum(['ko', 'en']).optional().openapi({ param: { name: 'lang', in: 'query' }, description: 'The language of the workbook (default: the request’s).' }),
});

export const roundReportRoutes = router().openapi(
  createRoute({
    method: 'get',
    path: '/rounds/{id}/report',
    tags: ['evaluation'],
    summary: "A round's evaluation report (XLSX): results in rank order, scores by criterion, judges, audit trail",
    description: "The round's staff and the national office. Judges are anonymised unless anonymize=false.",
    request: { params: IdParam, query: Query },
    responses: {
      200: { description: 'The workbook (Content-Disposition: attachment).', content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } },
      ...errorResponses,
      403: writeErrorResponses[403],
    },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const book = await buildRoundReport(c.get('deps'), scopeOf(c), c.req.valid('param').id, { anonymize: q.anonymize, lang: q.lang ?? c.get('lang') });
    return c.body(new Uint8Array(book.data), 200, { 'content-type': XLSX, 'content-disposition': attachmentDisposition(book.fileName) });
  },
);
