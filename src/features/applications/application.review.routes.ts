import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent, router, writeErrorResponses } from '../../http/openapi.ts';
import { IdParam, IfMatchHeader, SeoulDateTime, Text } from '../../http/schemas.ts';
import { etag, scopeOf } from '../../http/scope.ts';
import { ApplicationSchema } from './application.routes.ts';
import { applicationHistory, listSupplements, requestSupplement, respondToSupplement, setReviewStatus, settableReviewStatuses } from './application.review.ts';

const tags = ['applications'];

const ReviewStatusInput = z
  .object({
    status: z.enum(settableReviewStatuses),
    message: Text(2000).optional().describe('Added to the mail to the applicant.'),
    notify: z.boolean().default(true).describe('Mail the applicant (default).'),
  })
  .strict()
  .openapi('ReviewStatusChange');

const SupplementSchema = z
  .object({
    id: z.uuid(),
    message: z.string(),
    items: z.array(z.string()),
    dueAt: z.string().describe('Korea time; answers are taken up to this second.'),
    status: z.enum(['open', 'answered', 'cancelled']).describe('cancelled: a review decision was made while it was open.'),
    overdue: z.boolean(),
    requestedAt: z.string(),
    requestedBy: z.string(),
    response: z
      .object({ note: z.string(), files: z.array(z.object({ id: z.uuid(), fileName: z.string(), size: z.number().int() })), respondedAt: z.string(), respondedBy: z.string() })
      .nullable(),
  })
  .openapi('Supplement');

const SupplementRequest = z
  .object({
    message: Text(4000, 1),
    items: z.array(Text(300, 1)).min(1).max(20).describe('The documents or answers asked for, one per line.'),
    dueAt: SeoulDateTime,
  })
  .strict()
  .openapi('SupplementRequest');

const SupplementResponse = z
  .object({
    note: Text(4000).default(''),
    fileIds: z.array(z.uuid()).max(20).default([]).describe('Files uploaded to the application with field `$supplement`.'),
  })
  .strict()
  .openapi('SupplementResponse');

const SupplementParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  supplementId: z.uuid().openapi({ param: { name: 'supplementId', in: 'path' } }),
});

const HistorySchema = z
  .object({ at: z.string(), actor: z.string().nullable(), action: z.string(), before: z.unknown(), after: z.unknown() })
  .openapi('ApplicationHistoryEntry');

/** The call's staff review an application: status, supplementary requests, the audit trail. */
export const applicationReviewRoutes = router()
  .openapi(
    createRoute({
      method: 'put',
      path: '/applications/{id}/review-status',
      tags,
      summary: "Set a submitted application's review status (심사 상태), mailing the applicant (the call's staff, If-Match)",
      request: { params: IdParam, headers: IfMatchHeader, body: jsonBody(ReviewStatusInput) },
      responses: { 200: jsonContent(ApplicationSchema, 'Set.'), ...writeErrorResponses },
    }),
    async (c) => {
      const application = await setReviewStatus(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('header')['if-match'], c.req.valid('json'));
      c.header('ETag', etag(application.version));
      return c.json(application, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/applications/{id}/supplements',
      tags,
      summary: "The application's requests for supplementary documents (보완 요청), newest first",
      request: { params: IdParam },
      responses: { 200: jsonContent(z.object({ items: z.array(SupplementSchema) }), 'The requests.'), ...errorResponses },
    }),
    async (c) => c.json({ items: await listSupplements(c.get('deps'), scopeOf(c), c.req.valid('param').id) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/applications/{id}/supplements',
      tags,
      summary: 'Ask the applicant for supplementary documents by a deadline (the call\'s staff); one open request at a time',
      request: { params: IdParam, body: jsonBody(SupplementRequest) },
      responses: { 201: jsonContent(SupplementSchema, 'Requested; the applicant is mailed.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await requestSupplement(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/applications/{id}/supplements/{supplementId}/response',
      tags,
      summary: 'Answer an open request with a note and files, up to its deadline (the applicant)',
      request: { params: SupplementParams, body: jsonBody(SupplementResponse) },
      responses: { 200: jsonContent(SupplementSchema, 'Answered; the staff member who asked is mailed.'), ...writeErrorResponses },
    }),
    async (c) => {
      const { id, supplementId } = c.req.valid('param');
      return c.json(await respondToSupplement(c.get('deps'), scopeOf(c), id, supplementId, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/applications/{id}/history',
      tags,
      summary: "The application's audit trail, newest first (the call's staff)",
      request: { params: IdParam },
      responses: { 200: jsonContent(z.object({ items: z.array(HistorySchema) }), 'The trail.'), ...errorResponses },
    }),
    async (c) => c.json({ items: await applicationHistory(c.get('deps'), scopeOf(c), c.req.valid('param').id) }, 200),
  );
