import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonContent, router } from '../../http/openapi.ts';
import { CenterIdParam, CenterSchema } from './center.schema.ts';
import { getCenter, listCenters } from './center.service.ts';

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
  );
