import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent, router, updateErrorResponses, writeErrorResponses } from '../../../http/openapi.ts';
import { IdParam, IfMatchHeader } from '../../../http/schemas.ts';
import { etag, scopeOf } from '../../../http/scope.ts';
import { RoundCreate, RoundSchema, RoundUpdate } from './round.schema.ts';
import { createRound, deleteRound, getRound, listRounds, updateRound } from './round.service.ts';

const tags = ['evaluation'];
const access = "The staff of the call's program's center or cluster set rounds up; the national office reads them; anyone else who sees the call gets 403.";

// A round's `name` is the round's (서류 심사), not a person's or a company's.
export const roundRoutes = router({ name: 'fields.roundName', title: 'fields.criterionTitle' })
  .openapi(
    createRoute({
      method: 'get',
      path: '/calls/{id}/rounds',
      tags,
      summary: "A call's evaluation rounds (심사 단계), in order",
      description: access,
      request: { params: IdParam },
      responses: { 200: jsonContent(z.object({ items: z.array(RoundSchema) }), 'The rounds, first round first.'), ...errorResponses, 403: writeErrorResponses[403] },
    }),
    async (c) => c.json({ items: await listRounds(c.get('deps'), scopeOf(c), c.req.valid('param').id) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/calls/{id}/rounds',
      tags,
      summary: 'Add a round after the last one: its rubric, scoring window, judges per application, method, tie-breaks and cut-off',
      description: access,
      request: { params: IdParam, body: jsonBody(RoundCreate) },
      responses: { 201: jsonContent(RoundSchema, 'Created.'), ...writeErrorResponses },
    }),
    async (c) => {
      const round = await createRound(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('json'));
      c.header('ETag', etag(round.version));
      return c.json(round, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{id}',
      tags,
      summary: 'One evaluation round',
      description: access,
      request: { params: IdParam },
      responses: { 200: jsonContent(RoundSchema, 'The round; its ETag is its version.'), ...errorResponses, 403: writeErrorResponses[403] },
    }),
    async (c) => {
      const round = await getRound(c.get('deps'), scopeOf(c), c.req.valid('param').id);
      c.header('ETag', etag(round.version));
      return c.json(round, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/rounds/{id}',
      tags,
      summary: 'Change a round (If-Match with its version); its criteria are fixed once scoring opens',
      request: { params: IdParam, headers: IfMatchHeader, body: jsonBody(RoundUpdate) },
      responses: { 200: jsonContent(RoundSchema, 'Updated.'), ...updateErrorResponses },
    }),
    async (c) => {
      const round = await updateRound(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('header')['if-match'], c.req.valid('json'));
      c.header('ETag', etag(round.version));
      return c.json(round, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/rounds/{id}',
      tags,
      summary: 'Delete a round before its scoring opens (409 after); the rounds after it move up',
      request: { params: IdParam, headers: IfMatchHeader },
      responses: { 204: { description: 'Deleted.' }, ...writeErrorResponses, 409: updateErrorResponses[409] },
    }),
    async (c) => {
      await deleteRound(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('header')['if-match']);
      return c.body(null, 204);
    },
  );
