import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent, router, writeErrorResponses } from '../../../http/openapi.ts';
import { IdParam, Text } from '../../../http/schemas.ts';
import { scopeOf } from '../../../http/scope.ts';
import { applyRun, createRun, deleteConstraint, getRun, listConstraints, listRuns, setConstraint } from './assignment.runs.ts';
import { Objective, ReasonCode } from './assignment.schema.ts';

const tags = ['evaluation'];
const access = "The staff of the call's center or cluster (and the national office) run and apply assignments; the national office reads them.";

const ApplicationLabel = { applicationId: z.uuid(), receiptNumber: z.string().nullable(), organizationName: z.string() };
const JudgeLabel = { personId: z.uuid(), name: z.string() };

const RunSummary = z
  .object({
    id: z.uuid(),
    objective: Objective,
    status: z.enum(['optimal', 'feasible', 'infeasible']),
    solverTotalAffinity: z.number().int().nullable(),
    createdAt: z.string(),
    appliedAt: z.string().nullable(),
    createdBy: z.string().nullable(),
  })
  .openapi('AssignmentRunSummary');

const Run = z
  .object({
    id: z.uuid(),
    roundId: z.uuid(),
    objective: Objective,
    status: z.enum(['optimal', 'feasible', 'infeasible']),
    createdAt: z.string(),
    appliedAt: z.string().nullable(),
    totalAffinity: z.number().int().nullable().describe('Σ affinity of every assigned pair, fixed pairs included.'),
    minApplicationAffinity: z.number().int().nullable().describe("The worst-served application's affinity (the sum over its judges)."),
    solverTotalAffinity: z.number().int().nullable().describe("The solver's total, over the pairs it chose (fixed pairs left out)."),
    bounds: z.object({ minApplicationAffinity: z.number().int(), totalAffinity: z.number().int() }).nullable(),
    defaultMaxLoad: z.number().int().describe('A judge’s maximum load when staff set none: ⌈1.2 · applications · k ÷ judges⌉.'),
    fixedPairs: z.number().int().describe('Pairs fixed before the solver ran: started sheets and pins.'),
    droppedPins: z.array(z.object({ ...JudgeLabel, ...ApplicationLabel })).describe('Pins left out because the pair is in conflict.'),
    conflicts: z.number().int().describe('Pairs excluded as conflicts or forbidden.'),
    reasons: z.array(
      z.object({
        code: ReasonCode,
        message: z.object({ ko: z.string(), en: z.string() }),
        needed: z.number().int(),
        available: z.number().int(),
        applications: z.array(z.object(ApplicationLabel)),
        judges: z.array(z.object(JudgeLabel)),
      }),
    ),
    judges: z.array(z.object({ ...JudgeLabel, load: z.number().int(), maxLoad: z.number().int() })),
    applications: z.array(
      z.object({
        ...ApplicationLabel,
        affinity: z.number().int(),
        judges: z.array(z.object({ ...JudgeLabel, affinity: z.number().int(), fixed: z.boolean() })),
      }),
    ),
  })
  .openapi('AssignmentRun');

const Constraint = z
  .object({ id: z.uuid(), ...JudgeLabel, ...ApplicationLabel, kind: z.enum(['pin', 'forbid']), reason: z.string() })
  .openapi('AssignmentConstraint');
const ConstraintCreate = z
  .object({ personId: z.uuid(), applicationId: z.uuid(), kind: z.enum(['pin', 'forbid']), reason: Text(1000).default('') })
  .strict()
  .openapi('AssignmentConstraintCreate');

export const assignmentRoutes = router({ name: 'fields.judgeName' })
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{id}/assignment-runs',
      tags,
      summary: "A round's assignment runs, newest first",
      description: access,
      request: { params: IdParam },
      responses: { 200: jsonContent(z.object({ items: z.array(RunSummary) }), 'The runs.'), ...errorResponses, 403: writeErrorResponses[403] },
    }),
    async (c) => c.json({ items: await listRuns(c.get('deps'), scopeOf(c), c.req.valid('param').id) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{id}/assignment-runs',
      tags,
      summary: 'Run judge assignment on the round as it stands (kept with its inputs; not applied)',
      description: `${access} Each application gets the round's judges per application, each judge at most their load; conflicts and forbidden pairs are never assigned; started sheets and pins are kept. An infeasible round gives a run that says why.`,
      request: { params: IdParam, body: jsonBody(z.object({ objective: Objective.default('total') }).strict().openapi('AssignmentRunCreate')) },
      responses: { 201: jsonContent(Run, 'The run.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await createRun(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('json').objective), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/assignment-runs/{id}',
      tags,
      summary: 'One assignment run: every application with its judges and affinities, loads, totals, reasons',
      description: access,
      request: { params: IdParam },
      responses: { 200: jsonContent(Run, 'The run.'), ...errorResponses, 403: writeErrorResponses[403] },
    }),
    async (c) => c.json(await getRun(c.get('deps'), scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/assignment-runs/{id}/apply',
      tags,
      summary: "Make a run the round's assignment: unstarted sheets it drops are removed, new pairs get a sheet, started sheets stay",
      description: access,
      request: { params: IdParam },
      responses: {
        200: jsonContent(
          z.object({ added: z.number().int(), removed: z.number().int(), kept: z.number().int(), skippedForConflict: z.number().int(), run: Run }).openapi('AssignmentApplied'),
          'Applied.',
        ),
        ...writeErrorResponses,
      },
    }),
    async (c) => c.json(await applyRun(c.get('deps'), scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{id}/assignment-constraints',
      tags,
      summary: "Staff's pinned and forbidden judge–application pairs",
      description: access,
      request: { params: IdParam },
      responses: { 200: jsonContent(z.object({ items: z.array(Constraint) }), 'The pairs.'), ...errorResponses, 403: writeErrorResponses[403] },
    }),
    async (c) => c.json({ items: await listConstraints(c.get('deps'), scopeOf(c), c.req.valid('param').id) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{id}/assignment-constraints',
      tags,
      summary: 'Pin (always assign) or forbid (never assign) a judge–application pair for the next runs',
      description: `${access} A pin on a pair in conflict is refused.`,
      request: { params: IdParam, body: jsonBody(ConstraintCreate) },
      responses: { 201: jsonContent(z.object({ items: z.array(Constraint) }), "The round's pairs."), ...writeErrorResponses },
    }),
    async (c) => c.json({ items: await setConstraint(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('json')) }, 201),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/assignment-constraints/{id}',
      tags,
      summary: 'Remove a pin or a forbid',
      description: access,
      request: { params: IdParam },
      responses: { 204: { description: 'Removed.' }, ...writeErrorResponses },
    }),
    async (c) => {
      await deleteConstraint(c.get('deps'), scopeOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
