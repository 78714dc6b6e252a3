import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent, router, updateErrorResponses, writeErrorResponses } from '../../http/openapi.ts';
import { IdParam, IfMatchHeader } from '../../http/schemas.ts';
import { etag, scopeOf } from '../../http/scope.ts';
import { OutcomeAmend, OutcomeCreate, OutcomeQuery, OutcomeReview, OutcomeSchema, OutcomeVersionSchema } from './outcome.schema.ts';
import { amendOutcome, getOutcome, listOutcomes, outcomeHistory, recordOutcome, reviewOutcomes } from './outcome.service.ts';

const tags = ['outcomes'];
const List = z.object({ items: z.array(OutcomeSchema) }).openapi('OutcomeList');

export const outcomeRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/organizations/{id}/outcomes',
      tags,
      summary: "An organization's outcome figures (성과), newest period first: its members and the staff working with it",
      request: { params: IdParam, query: OutcomeQuery },
      responses: { 200: jsonContent(List, 'Up to 200 figures.'), ...errorResponses },
    }),
    async (c) => c.json({ items: await listOutcomes(c.get('deps'), scopeOf(c), { ...c.req.valid('query'), organizationId: c.req.valid('param').id }) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/organizations/{id}/outcomes',
      tags,
      summary: 'Report a figure (a company member: source report) or enter it (staff: source staff)',
      description:
        'One figure per organization, metric and period; an investment is one deal, so several per period. A period that begins after today is refused; ' +
        'a revenue, export or headcount ten times the same period a year before is taken and flagged for staff to look at.',
      request: { params: IdParam, body: jsonBody(OutcomeCreate) },
      responses: { 201: jsonContent(OutcomeSchema, 'Recorded, waiting for verification.'), ...writeErrorResponses },
    }),
    async (c) => {
      const outcome = await recordOutcome(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('json'));
      c.header('ETag', etag(outcome.version));
      return c.json(outcome, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/outcomes',
      tags,
      summary: 'Figures of the organizations you work with (national: all), e.g. status=reported: what waits for verification',
      request: { query: OutcomeQuery },
      responses: { 200: jsonContent(List, 'Up to 200 figures, newest period first.'), ...errorResponses },
    }),
    async (c) => c.json({ items: await listOutcomes(c.get('deps'), scopeOf(c), c.req.valid('query')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/outcomes/review',
      tags,
      summary: 'Verify figures, or return them with a reason (staff; several at once, all or none)',
      request: { body: jsonBody(OutcomeReview) },
      responses: { 200: jsonContent(z.object({ updated: z.number().int() }), 'How many changed state.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await reviewOutcomes(c.get('deps'), scopeOf(c), c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/outcomes/{id}',
      tags,
      summary: 'One figure',
      request: { params: IdParam },
      responses: { 200: jsonContent(OutcomeSchema, 'The figure.'), ...errorResponses },
    }),
    async (c) => {
      const outcome = await getOutcome(c.get('deps'), scopeOf(c), c.req.valid('param').id);
      c.header('ETag', etag(outcome.version));
      return c.json(outcome, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/outcomes/{id}',
      tags,
      summary: 'Amend a figure (If-Match): the value before is kept in its history, and a verified figure waits for verification again',
      request: { params: IdParam, headers: IfMatchHeader, body: jsonBody(OutcomeAmend) },
      responses: { 200: jsonContent(OutcomeSchema, 'Amended.'), ...updateErrorResponses },
    }),
    async (c) => {
      const outcome = await amendOutcome(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('header')['if-match'], c.req.valid('json'));
      c.header('ETag', etag(outcome.version));
      return c.json(outcome, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/outcomes/{id}/history',
      tags,
      summary: 'Every version of a figure, oldest first: created, amended, verified, returned',
      request: { params: IdParam },
      responses: { 200: jsonContent(z.object({ items: z.array(OutcomeVersionSchema) }), 'The history.'), ...errorResponses },
    }),
    async (c) => c.json({ items: await outcomeHistory(c.get('deps'), scopeOf(c), c.req.valid('param').id) }, 200),
  );
