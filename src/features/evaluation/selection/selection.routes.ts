import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent, router, updateErrorResponses, writeErrorResponses } from '../../../http/openapi.ts';
import { IdParam, IfMatchHeader, Text } from '../../../http/schemas.ts';
import { scopeOf } from '../../../http/scope.ts';
import {
  answerAppeal,
  applicationEvaluation,
  confirmResults,
  grantBonus,
  listAppeals,
  listBonusGrants,
  listDecisions,
  revokeBonus,
  submitAppeal,
} from './selection.service.ts';
import { decisions } from './selection.table.ts';

const tags = ['evaluation'];
const staff = "The staff of the call's center or cluster (and the national office); the national office reads.";
const ApplicationLabel = { applicationId: z.uuid(), receiptNumber: z.string().nullable(), organizationName: z.string() };

const Confirm = z
  .object({
    decisions: z
      .array(z.object({ applicationId: z.uuid(), decision: z.enum(decisions).describe('advance (선정, in the last round), reserve (예비), rejected (미선정).'), note: Text(1000).optional() }).strict())
      .max(100_000),
    appealDays: z.number().int().min(0).max(60).default(7).describe('이의신청 기간: days after today (Korea time) until the end of which applicants may appeal.'),
    notify: z.boolean().default(true).describe('Mail every applicant its result.'),
  })
  .strict()
  .openapi('ResultsConfirm');

const Decisions = z
  .object({
    confirmedAt: z.string().nullable(),
    appealsCloseAt: z.string().nullable(),
    items: z.array(
      z.object({
        ...ApplicationLabel,
        decision: z.enum(decisions),
        rank: z.number().int().nullable(),
        ranking: z.record(z.string(), z.unknown()).nullable().describe('The ranked row at confirmation: aggregate, bonus, final, method, criterion means, failed criteria, proposal.'),
        note: z.string(),
        decidedAt: z.string(),
        decidedBy: z.string().nullable(),
      }),
    ),
  })
  .openapi('RoundDecisions');

const BonusGrant = z.object({ id: z.uuid(), ...ApplicationLabel, points: z.number(), reason: z.string(), createdBy: z.string().nullable(), createdAt: z.string() }).openapi('BonusGrant');

const AppealStatus = z.enum(['open', 'upheld', 'dismissed']);
const Appeal = z
  .object({
    id: z.uuid(),
    ...ApplicationLabel,
    body: z.string(),
    status: AppealStatus,
    submittedAt: z.string(),
    submittedBy: z.string(),
    response: z.string().nullable(),
    respondedAt: z.string().nullable(),
    respondedBy: z.string().nullable(),
    version: z.number().int(),
  })
  .openapi('Appeal');

const Evaluation = z
  .object({
    applicationId: z.uuid(),
    rounds: z.array(
      z.object({
        roundId: z.uuid(),
        name: z.string(),
        position: z.number().int(),
        decision: z.enum(decisions),
        last: z.boolean().describe('The call’s last round: advance means selected.'),
        confirmedAt: z.string(),
        appealsCloseAt: z.string().nullable(),
        appealOpen: z.boolean(),
        scores: z
          .object({
            rank: z.number().int().nullable(),
            aggregate: z.number().nullable(),
            bonus: z.number(),
            final: z.number().nullable(),
            maxTotal: z.number(),
            criteria: z.array(z.object({ id: z.string(), title: z.string(), weight: z.number(), maxScore: z.number(), mean: z.number().nullable() })),
            comments: z.array(
              z.object({ judge: z.number().int().describe('심사위원 1, 2 …: no name.'), overall: z.string(), byCriterion: z.array(z.object({ criterionId: z.string(), title: z.string(), text: z.string() })) }),
            ),
          })
          .nullable()
          .describe('Only when the round publishes scores.'),
        appeal: z
          .object({ id: z.uuid(), body: z.string(), status: AppealStatus, submittedAt: z.string(), response: z.string().nullable(), respondedAt: z.string().nullable() })
          .nullable(),
      }),
    ),
  })
  .openapi('ApplicationEvaluation');

export const selectionRoutes = router({ body: 'fields.appealBody', response: 'fields.appealResponse' })
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{id}/results',
      tags,
      summary: "Confirm a closed round's results: every application advanced, reserved or rejected (If-Match with the round's version)",
      description: `${staff} Once per round (409 after); not before scoring closes (409). The last round's advance selects: review status selected, cohort member, support record. Applicants are mailed.`,
      request: { params: IdParam, headers: IfMatchHeader, body: jsonBody(Confirm) },
      responses: {
        200: jsonContent(
          z.object({ round: z.uuid(), advance: z.number().int(), reserve: z.number().int(), rejected: z.number().int(), cohortMembers: z.number().int() }).openapi('ResultsConfirmed'),
          'Confirmed.',
        ),
        ...updateErrorResponses,
      },
    }),
    async (c) => c.json(await confirmResults(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('header')['if-match'], c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{id}/results',
      tags,
      summary: "A round's confirmed decisions, with the ranking kept at confirmation",
      description: staff,
      request: { params: IdParam },
      responses: { 200: jsonContent(Decisions, 'The decisions (empty before confirmation).'), ...errorResponses, 403: writeErrorResponses[403] },
    }),
    async (c) => c.json(await listDecisions(c.get('deps'), scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{id}/bonus-grants',
      tags,
      summary: "Staff's bonus points (가점) of the round",
      description: staff,
      request: { params: IdParam },
      responses: { 200: jsonContent(z.object({ items: z.array(BonusGrant) }), 'The grants.'), ...errorResponses, 403: writeErrorResponses[403] },
    }),
    async (c) => c.json({ items: await listBonusGrants(c.get('deps'), scopeOf(c), c.req.valid('param').id) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{id}/bonus-grants',
      tags,
      summary: 'Grant an application bonus points with the reason (added after aggregation, within the round’s maxBonus)',
      description: `${staff} Not after results are confirmed.`,
      request: {
        params: IdParam,
        body: jsonBody(z.object({ applicationId: z.uuid(), points: z.number().gt(0).max(100).multipleOf(0.01), reason: Text(1000, 1) }).strict().openapi('BonusGrantCreate')),
      },
      responses: { 201: jsonContent(z.object({ items: z.array(BonusGrant) }), "The round's grants."), ...writeErrorResponses },
    }),
    async (c) => c.json({ items: await grantBonus(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('json')) }, 201),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/bonus-grants/{id}',
      tags,
      summary: 'Withdraw a bonus grant (not after results are confirmed)',
      description: staff,
      request: { params: IdParam },
      responses: { 204: { description: 'Withdrawn.' }, ...writeErrorResponses },
    }),
    async (c) => {
      await revokeBonus(c.get('deps'), scopeOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/applications/{id}/evaluation',
      tags,
      summary: "An application's evaluation results as its applicant sees them: decisions, published scores and comments, appeals",
      description: "Members of the applicant organization and the call's staff; 404 to anyone else.",
      request: { params: IdParam },
      responses: { 200: jsonContent(Evaluation, 'The confirmed rounds.'), ...errorResponses },
    }),
    async (c) => c.json(await applicationEvaluation(c.get('deps'), scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/applications/{id}/appeals',
      tags,
      summary: '이의신청: object to a confirmed round’s result, within its appeal window, once per round',
      description: 'Members of the applicant organization.',
      request: { params: IdParam, body: jsonBody(z.object({ roundId: z.uuid(), body: Text(4000, 1) }).strict().openapi('AppealCreate')) },
      responses: { 201: jsonContent(Evaluation, 'The evaluation with the appeal.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await submitAppeal(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{id}/appeals',
      tags,
      summary: "The round's appeals",
      description: staff,
      request: { params: IdParam },
      responses: { 200: jsonContent(z.object({ items: z.array(Appeal) }), 'The appeals.'), ...errorResponses, 403: writeErrorResponses[403] },
    }),
    async (c) => c.json({ items: await listAppeals(c.get('deps'), scopeOf(c), c.req.valid('param').id) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/appeals/{id}/answer',
      tags,
      summary: 'Answer an appeal: upheld or dismissed, with the response (the applicant is mailed); once',
      description: staff,
      request: { params: IdParam, body: jsonBody(z.object({ status: z.enum(['upheld', 'dismissed']), response: Text(4000, 1) }).strict().openapi('AppealAnswer')) },
      responses: { 200: jsonContent(z.object({ items: z.array(Appeal) }), "The round's appeals."), ...writeErrorResponses },
    }),
    async (c) => c.json({ items: await answerAppeal(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('json')) }, 200),
  );
