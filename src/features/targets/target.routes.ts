import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent, router, updateErrorResponses, writeErrorResponses } from '../../http/openapi.ts';
import { IdParam, IfMatchHeader } from '../../http/schemas.ts';
import { etag, scopeOf } from '../../http/scope.ts';
import { TargetCreate, TargetQuery, TargetSchema, TargetUpdate } from './target.schema.ts';
import { createTarget, deleteTarget, getTarget, listTargets, updateTarget } from './target.service.ts';

const tags = ['targets'];
const progress = "Each target comes with its progress as of today (Asia/Seoul): how it is counted, forecast and judged is in docs/counting-rules.md (\"Targets\").";

// A target's `title` is its name and its `value` the value to reach: the shared field labels
// (직함, a person's job title; 값) would mislead.
export const targetRoutes = router({ title: 'fields.targetTitle', value: 'fields.targetValue' })
  .openapi(
    createRoute({
      method: 'get',
      path: '/targets',
      tags,
      summary: 'Targets (목표) with their progress: staff of their center or cluster, and the national office',
      description: `Without filters, every target the caller reads; a center, cluster or program the caller may not read answers 404. ${progress}`,
      request: { query: TargetQuery },
      responses: { 200: jsonContent(z.object({ items: z.array(TargetSchema) }), 'The targets, nearest deadline first.'), ...errorResponses, 403: writeErrorResponses[403] },
    }),
    async (c) => c.json({ items: await listTargets(c.get('deps'), scopeOf(c), c.req.valid('query')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/targets',
      tags,
      summary: "Set a target of a center, a cluster or a program (its staff, the program's center's or cluster's)",
      description: "Without centerId, clusterId and programId, the target is the writer's own center's.",
      request: { body: jsonBody(TargetCreate) },
      responses: { 201: jsonContent(TargetSchema, 'Created, with its progress.'), ...writeErrorResponses },
    }),
    async (c) => {
      const target = await createTarget(c.get('deps'), scopeOf(c), c.req.valid('json'));
      c.header('ETag', etag(target.version));
      return c.json(target, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/targets/{id}',
      tags,
      summary: 'One target with its progress',
      description: progress,
      request: { params: IdParam },
      responses: { 200: jsonContent(TargetSchema, 'The target; its ETag is its version.'), ...errorResponses },
    }),
    async (c) => {
      const target = await getTarget(c.get('deps'), scopeOf(c), c.req.valid('param').id);
      c.header('ETag', etag(target.version));
      return c.json(target, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/targets/{id}',
      tags,
      summary: 'Change a target (If-Match with its version; a filter, when given, replaces the old one)',
      request: { params: IdParam, headers: IfMatchHeader, body: jsonBody(TargetUpdate) },
      responses: { 200: jsonContent(TargetSchema, 'Updated, with its progress.'), ...updateErrorResponses },
    }),
    async (c) => {
      const target = await updateTarget(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('header')['if-match'], c.req.valid('json'));
      c.header('ETag', etag(target.version));
      return c.json(target, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/targets/{id}',
      tags,
      summary: 'Delete a target (audited; an If-Match, when sent, must match)',
      request: { params: IdParam, headers: IfMatchHeader },
      responses: { 204: { description: 'Deleted.' }, ...writeErrorResponses },
    }),
    async (c) => {
      await deleteTarget(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('header')['if-match']);
      return c.body(null, 204);
    },
  );
