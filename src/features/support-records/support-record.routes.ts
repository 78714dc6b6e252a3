import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent, router, updateErrorResponses, writeErrorResponses } from '../../http/openapi.ts';
import { IdParam, IfMatchHeader, pageOf } from '../../http/schemas.ts';
import { etag, scopeOf } from '../../http/scope.ts';
import { SupportRecordCreate, SupportRecordQuery, SupportRecordSchema, SupportRecordUpdate } from './support-record.schema.ts';
import { createSupportRecord, deleteSupportRecord, getSupportRecord, listSupportRecords, updateSupportRecord } from './support-record.service.ts';

const tags = ['support-records'];

export const supportRecordRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/support-records',
      tags,
      summary: "The support ledger of your centers and clusters",
      request: { query: SupportRecordQuery },
      responses: { 200: jsonContent(pageOf(SupportRecordSchema, 'SupportRecordPage'), 'Newest first.'), ...errorResponses, 403: writeErrorResponses[403] },
    }),
    async (c) => c.json(await listSupportRecords(c.get('deps'), scopeOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/support-records',
      tags,
      summary: 'Record a piece of support given to an organization',
      description: 'Without centerId or clusterId the record goes to your own center (or cluster).',
      request: { body: jsonBody(SupportRecordCreate) },
      responses: { 201: jsonContent(SupportRecordSchema, 'Recorded.'), ...writeErrorResponses },
    }),
    async (c) => {
      const record = await createSupportRecord(c.get('deps'), scopeOf(c), c.req.valid('json'));
      c.header('ETag', etag(record.version));
      return c.json(record, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/support-records/{id}',
      tags,
      summary: 'One support record of your scope',
      request: { params: IdParam },
      responses: { 200: jsonContent(SupportRecordSchema, 'The record.'), ...errorResponses },
    }),
    async (c) => {
      const record = await getSupportRecord(c.get('deps'), scopeOf(c), c.req.valid('param').id);
      c.header('ETag', etag(record.version));
      return c.json(record, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/support-records/{id}',
      tags,
      summary: 'Correct a support record (If-Match required)',
      request: { params: IdParam, headers: IfMatchHeader, body: jsonBody(SupportRecordUpdate) },
      responses: { 200: jsonContent(SupportRecordSchema, 'Updated.'), ...updateErrorResponses },
    }),
    async (c) => {
      const record = await updateSupportRecord(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('header')['if-match'], c.req.valid('json'));
      c.header('ETag', etag(record.version));
      return c.json(record, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/support-records/{id}',
      tags,
      summary: 'Delete a support record entered by mistake (If-Match required; audited)',
      request: { params: IdParam, headers: IfMatchHeader },
      responses: { 204: { description: 'Deleted.' }, ...updateErrorResponses },
    }),
    async (c) => {
      await deleteSupportRecord(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('header')['if-match']);
      return c.body(null, 204);
    },
  );

