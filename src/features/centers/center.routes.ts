import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonContent, router } from '../../http/openapi.ts';
import { scopeOf } from '../../http/scope.ts';
import { CenterIdParam, CenterSchema, CenterSummarySchema } from './center.schema.ts';
import { centerSummary, getCenter, listCenters } from './center.service.ts';

export const centerRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/centers',
      tags: ['centers'],
      summary: 'List the innovation centers with their sponsor and specialty (public)',
      responses: { 200: jsonContent(z.object({ items: z.array(CenterSchema) }), 'All centers, in the usual order.') },
    }),
    async (c) => c.json({ items: await listCenters(c.get('deps')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/centers/{id}',
      tags: ['centers'],
      summary: 'One center (public)',
      request: { params: CenterIdParam },
      responses: { 200: jsonContent(CenterSchema, 'The center.'), ...errorResponses },
    }),
    async (c) => c.json(await getCenter(c.get('deps'), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/centers/{id}/summary',
      tags: ['centers'],
      summary: "A center's home counts: organizations by kind and stage, support this year by kind",
      description: 'For the center\'s staff and sponsor and the national office; 404 for anyone else.',
      request: { params: CenterIdParam },
      responses: { 200: jsonContent(CenterSummarySchema, 'The counts.'), ...errorResponses },
    }),
    async (c) => c.json(await centerSummary(c.get('deps'), scopeOf(c), c.req.valid('param').id), 200),
  );
