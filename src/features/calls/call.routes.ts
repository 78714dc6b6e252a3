import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent, router, writeErrorResponses } from '../../http/openapi.ts';
import { IdParam, IfMatchHeader, pageOf } from '../../http/schemas.ts';
import { etag, scopeOf } from '../../http/scope.ts';
import { CallCreate, CallQuery, CallSchema, CallSummarySchema, CallUpdate, EligibilityQuery, EligibilityResultSchema } from './call.schema.ts';
import { checkEligibility, createCall, getCall, listCalls, updateCall } from './call.service.ts';

const tags = ['calls'];

export const callRoutes = router({ title: 'fields.callTitle' })
  .openapi(
    createRoute({
      method: 'get',
      path: '/calls',
      tags,
      summary: 'Calls (공고): the public announcement list, no sign-in needed',
      description:
        'Published calls, newest opening first, or ranked by the Korean search with `q`; filtered by center, cluster, program type, region and status. `status=draft` lists the drafts of the programs you run (sign-in needed).',
      request: { query: CallQuery },
      responses: { 200: jsonContent(pageOf(CallSummarySchema, 'CallPage'), 'A page of calls.'), ...errorResponses },
    }),
    async (c) => c.json(await listCalls(c.get('deps'), scopeOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/calls',
      tags,
      summary: "Write a call of a program (the program's center staff or cluster coordinators)",
      description: 'A draft unless `published` is true. The body is sanitized HTML.',
      request: { body: jsonBody(CallCreate) },
      responses: { 201: jsonContent(CallSchema, 'Created.'), ...writeErrorResponses },
    }),
    async (c) => {
      const call = await createCall(c.get('deps'), scopeOf(c), c.req.valid('json'));
      c.header('ETag', etag(call.version));
      return c.json(call, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/calls/{id}',
      tags,
      summary: 'One call: public once published; a draft only for those who run its program',
      request: { params: IdParam },
      responses: { 200: jsonContent(CallSchema, 'The call; its ETag is its version.'), ...errorResponses },
    }),
    async (c) => {
      const call = await getCall(c.get('deps'), scopeOf(c), c.req.valid('param').id);
      c.header('ETag', etag(call.version));
      return c.json(call, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/calls/{id}',
      tags,
      summary: 'Edit, publish or unpublish a call (If-Match with its version)',
      request: { params: IdParam, headers: IfMatchHeader, body: jsonBody(CallUpdate) },
      responses: { 200: jsonContent(CallSchema, 'Updated.'), ...writeErrorResponses },
    }),
    async (c) => {
      const call = await updateCall(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('header')['if-match'], c.req.valid('json'));
      c.header('ETag', etag(call.version));
      return c.json(call, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/calls/{id}/eligibility',
      tags,
      summary: 'Whether an organization may apply, rule by rule, before anything is written',
      description: 'For your own organization, or one your center or cluster works with; 404 otherwise.',
      request: { params: IdParam, query: EligibilityQuery },
      responses: { 200: jsonContent(EligibilityResultSchema, 'Each rule with its result and, when it fails, why.'), ...errorResponses },
    }),
    async (c) => c.json(await checkEligibility(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('query').organizationId), 200),
  );
