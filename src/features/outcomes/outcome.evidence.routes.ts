import { createRoute, z } from '@hono/zod-openapi';
import { downloadHeaders, fileDownloadResponse } from '../../http/download.ts';
import { errorResponses, jsonContent, router, writeErrorResponses } from '../../http/openapi.ts';
import { IdParam } from '../../http/schemas.ts';
import { scopeOf } from '../../http/scope.ts';
import { readRawBody, uploadSlot } from '../../http/uploads.ts';
import { addEvidence, downloadEvidence, listEvidence, removeEvidence } from './outcome.evidence.ts';

const tags = ['outcomes'];

const EvidenceSchema = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    uploadedBy: z.string().nullable().describe('The person, by name.'),
    uploadedAt: z.string(),
  })
  .openapi('OutcomeEvidence');

const EvidenceParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  evidenceId: z.uuid().openapi({ param: { name: 'evidenceId', in: 'path' } }),
});

const files = router();
files.use('/outcomes/:id/evidence', uploadSlot);

export const outcomeEvidenceRoutes = files
  .openapi(
    createRoute({
      method: 'get',
      path: '/outcomes/{id}/evidence',
      tags,
      summary: "A figure's evidence files (증빙)",
      request: { params: IdParam },
      responses: { 200: jsonContent(z.object({ items: z.array(EvidenceSchema) }).openapi('OutcomeEvidenceList'), 'Oldest first.'), ...errorResponses },
    }),
    async (c) => c.json({ items: await listEvidence(c.get('deps'), scopeOf(c), c.req.valid('param').id) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/outcomes/{id}/evidence',
      tags,
      summary: 'Attach an evidence file to a figure, as the raw request body',
      description:
        "The body is the file's bytes, its name the `name` query parameter. PDF, HWP, office documents and images, up to 20 MB, ten per figure; checked by name and by content. " +
        'The same bytes again answer the file already attached. Evidence does not change the figure or its verification.',
      request: {
        params: IdParam,
        query: z.object({ name: z.string().min(1).max(255).describe("The file's name, e.g. 2015_재무제표.pdf.") }),
        body: { required: true, content: { 'application/octet-stream': { schema: z.string().openapi({ type: 'string', format: 'binary' }) } } },
      },
      responses: { 201: jsonContent(EvidenceSchema, 'Attached.'), ...writeErrorResponses },
    }),
    async (c) => {
      const bytes = (maxBytes: number, tooLarge: () => Error) => readRawBody(c, maxBytes, tooLarge);
      return c.json(await addEvidence(c.get('deps'), scopeOf(c), c.req.valid('param').id, { name: c.req.valid('query').name, bytes }), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/outcomes/{id}/evidence/{evidenceId}',
      tags,
      summary: 'Download an evidence file',
      request: { params: EvidenceParams },
      responses: { 200: fileDownloadResponse, ...errorResponses },
    }),
    async (c) => {
      const { id, evidenceId } = c.req.valid('param');
      const file = await downloadEvidence(c.get('deps'), scopeOf(c), id, evidenceId);
      return c.body(new Uint8Array(file.bytes), 200, downloadHeaders(file));
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/outcomes/{id}/evidence/{evidenceId}',
      tags,
      summary: 'Remove an evidence file (once the figure is verified, staff only)',
      request: { params: EvidenceParams },
      responses: { 204: { description: 'Removed.' }, ...writeErrorResponses },
    }),
    async (c) => {
      const { id, evidenceId } = c.req.valid('param');
      await removeEvidence(c.get('deps'), scopeOf(c), id, evidenceId);
      return c.body(null, 204);
    },
  );
