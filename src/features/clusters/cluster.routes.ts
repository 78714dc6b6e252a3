import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '../../http/errors.ts';
import { errorResponses, jsonBody, jsonContent, router, writeErrorResponses } from '../../http/openapi.ts';
import { IdParam } from '../../http/schemas.ts';
import { scopeOf } from '../../http/scope.ts';
import { ClusterCreate, ClusterSchema, ClusterUpdate } from './cluster.schema.ts';
import { createCluster, getCluster, listClusters, updateCluster } from './cluster.service.ts';

const tags = ['clusters'];

export const clusterRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/clusters',
      tags,
      summary: 'Mini-clusters and sub-clusters with their host, industries, coordinators and member counts',
      responses: { 200: jsonContent(z.object({ items: z.array(ClusterSchema) }), 'All clusters.'), ...errorResponses },
    }),
    async (c) => {
      if (!c.get('actor')) throw new AppError('unauthenticated');
      return c.json({ items: await listClusters(c.get('deps')) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/clusters',
      tags,
      summary: 'Create a cluster (national admins)',
      request: { body: jsonBody(ClusterCreate) },
      responses: { 201: jsonContent(ClusterSchema, 'Created.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await createCluster(c.get('deps'), scopeOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/clusters/{id}',
      tags,
      summary: 'One cluster',
      request: { params: IdParam },
      responses: { 200: jsonContent(ClusterSchema, 'The cluster.'), ...errorResponses },
    }),
    async (c) => {
      if (!c.get('actor')) throw new AppError('unauthenticated');
      return c.json(await getCluster(c.get('deps'), c.req.valid('param').id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/clusters/{id}',
      tags,
      summary: 'Update a cluster (national admins and its coordinators)',
      request: { params: IdParam, body: jsonBody(ClusterUpdate) },
      responses: { 200: jsonContent(ClusterSchema, 'Updated.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await updateCluster(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
