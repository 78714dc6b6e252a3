import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent, router, writeErrorResponses } from '../../http/openapi.ts';
import { IdParam, IfMatchHeader } from '../../http/schemas.ts';
import { etag, scopeOf } from '../../http/scope.ts';
import { CohortCreate, CohortUpdate, ProgramCreate, ProgramQuery, ProgramSchema, ProgramUpdate } from './program.schema.ts';
import { addCohort, createProgram, getProgram, listPrograms, updateCohort, updateProgram } from './program.service.ts';

const tags = ['programs'];
const CohortParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  cohortId: z.uuid().openapi({ param: { name: 'cohortId', in: 'path' } }),
});

export const programRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/programs',
      tags,
      summary: "Programs of the centers and clusters, newest first (anyone signed in)",
      request: { query: ProgramQuery },
      responses: { 200: jsonContent(z.object({ items: z.array(ProgramSchema) }), 'The programs.'), ...errorResponses },
    }),
    async (c) => c.json({ items: await listPrograms(c.get('deps'), scopeOf(c), c.req.valid('query')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/programs',
      tags,
      summary: "Create a program of a center (its staff) or a cluster (its coordinators)",
      description: "Without centerId and clusterId, the program is the writer's own center's or cluster's.",
      request: { body: jsonBody(ProgramCreate) },
      responses: { 201: jsonContent(ProgramSchema, 'Created.'), ...writeErrorResponses },
    }),
    async (c) => {
      const program = await createProgram(c.get('deps'), scopeOf(c), c.req.valid('json'));
      c.header('ETag', etag(program.version));
      return c.json(program, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/programs/{id}',
      tags,
      summary: 'One program with its partners and cohorts',
      request: { params: IdParam },
      responses: { 200: jsonContent(ProgramSchema, 'The program; its ETag is its version.'), ...errorResponses },
    }),
    async (c) => {
      const program = await getProgram(c.get('deps'), scopeOf(c), c.req.valid('param').id);
      c.header('ETag', etag(program.version));
      return c.json(program, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/programs/{id}',
      tags,
      summary: 'Update a program (If-Match with its version; partners, when given, replace the list)',
      request: { params: IdParam, headers: IfMatchHeader, body: jsonBody(ProgramUpdate) },
      responses: { 200: jsonContent(ProgramSchema, 'Updated.'), ...writeErrorResponses },
    }),
    async (c) => {
      const program = await updateProgram(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('header')['if-match'], c.req.valid('json'));
      c.header('ETag', etag(program.version));
      return c.json(program, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/programs/{id}/cohorts',
      tags,
      summary: 'Add a cohort (기수) to a program',
      request: { params: IdParam, body: jsonBody(CohortCreate) },
      responses: { 201: jsonContent(ProgramSchema, 'The program with its cohorts.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await addCohort(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/programs/{id}/cohorts/{cohortId}',
      tags,
      summary: "Update a program's cohort",
      request: { params: CohortParams, body: jsonBody(CohortUpdate) },
      responses: { 200: jsonContent(ProgramSchema, 'The program with its cohorts.'), ...writeErrorResponses },
    }),
    async (c) => {
      const { id, cohortId } = c.req.valid('param');
      return c.json(await updateCohort(c.get('deps'), scopeOf(c), id, cohortId, c.req.valid('json')), 200);
    },
  );
