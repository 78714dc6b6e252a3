import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent, router, updateErrorResponses, writeErrorResponses } from '../../../http/openapi.ts';
import { IdParam, IfMatchHeader, Text } from '../../../http/schemas.ts';
import { etag, scopeOf } from '../../../http/scope.ts';
import { RubricCriterionSchema } from '../rounds/round.schema.ts';
import { getSheet, myQueue, remindJudges, reopenSheet, roundProgress, saveSheet, submitSheet } from './score-sheet.service.ts';
import { sheetStatuses } from './score-sheet.table.ts';

const tags = ['evaluation'];
const roundStatus = z.enum(['setup', 'scoring', 'closed']);

const QueueItem = z.object({
  id: z.uuid(),
  code: z.number().int().describe('평가대상 번호: the application’s number in the round, the same for every judge, saying nothing about it.'),
  organizationName: z.string().nullable().describe('null in a blind round.'),
  receiptNumber: z.string().nullable().describe('null in a blind round.'),
  status: z.enum(sheetStatuses).describe('assigned (to do), draft (in progress), submitted (done).'),
  total: z.number().nullable().describe('The weighted total once every criterion is scored.'),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
});

const Queue = z
  .object({
    round: z.object({
      id: z.uuid(),
      name: z.string(),
      callTitle: z.string(),
      status: roundStatus,
      blind: z.boolean(),
      scoringOpensAt: z.string(),
      scoringClosesAt: z.string(),
      maxTotal: z.number(),
    }),
    pledgeSigned: z.boolean().describe('Until the pledge is signed the queue is empty.'),
    items: z.array(QueueItem),
  })
  .openapi('JudgeQueue');

const SheetBody = {
  id: z.uuid(),
  roundId: z.uuid(),
  applicationId: z.uuid(),
  status: z.enum(sheetStatuses),
  scores: z.record(z.string(), z.number()),
  comments: z.record(z.string(), z.string()),
  comment: z.string(),
  total: z.number().nullable(),
  submittedAt: z.string().nullable(),
  reopenedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
  round: z.object({
    id: z.uuid(),
    name: z.string(),
    status: roundStatus,
    blind: z.boolean(),
    criteria: z.array(RubricCriterionSchema),
    maxTotal: z.number(),
    scoringOpensAt: z.string(),
    scoringClosesAt: z.string(),
  }),
  permissions: z.object({ edit: z.boolean(), reopen: z.boolean() }),
};
const Sheet = z.object(SheetBody).openapi('ScoreSheet');

const Label = z.object({ ko: z.string(), en: z.string().optional() });
const SheetWithApplication = z
  .object({
    ...SheetBody,
    application: z.object({
      id: z.uuid(),
      code: z.number().int(),
      blind: z.boolean(),
      organizationName: z.string().nullable(),
      receiptNumber: z.string().nullable(),
      businessRegistrationNumber: z.string().nullable(),
      representative: z.string().nullable(),
      answers: z.array(
        z.object({
          key: z.string(),
          label: Label,
          type: z.string(),
          options: z.array(z.object({ value: z.string(), label: Label })).optional().describe('choice and multiChoice: the options of the form the application was submitted on.'),
          columns: z.array(z.object({ key: z.string(), label: Label, type: z.string() })).optional().describe('table: its columns.'),
          value: z.unknown(),
          hidden: z.boolean().describe('A file answer hidden in a blind round.'),
        }),
      ),
      files: z.array(z.object({ id: z.uuid(), field: z.string(), fileName: z.string(), size: z.number().int() })),
    }),
  })
  .openapi('ScoreSheetWithApplication');

const SheetSave = z
  .object({
    scores: z.record(z.string(), z.number().nullable()).optional().describe('criterionId → score (0 to its maxScore, in steps of 0.01); null clears one.'),
    comments: z.record(z.string(), Text(4000)).optional().describe('criterionId → comment; an empty one is removed.'),
    comment: Text(8000).optional().describe('The overall comment.'),
  })
  .strict()
  .openapi('ScoreSheetSave');

const Progress = z
  .object({
    roundId: z.uuid(),
    status: roundStatus,
    judgesPerApplication: z.number().int(),
    totals: z.object({ sheets: z.number().int(), submitted: z.number().int(), applications: z.number().int(), complete: z.number().int() }),
    judges: z.array(
      z.object({
        personId: z.uuid(),
        name: z.string(),
        email: z.string(),
        status: z.string(),
        pledgeSignedAt: z.string().nullable(),
        assigned: z.number().int(),
        draft: z.number().int(),
        submitted: z.number().int(),
        lastActivity: z.string().nullable(),
      }),
    ),
    applications: z.array(
      z.object({ applicationId: z.uuid(), receiptNumber: z.string().nullable(), organizationName: z.string(), assigned: z.number().int(), submitted: z.number().int() }),
    ),
    sheets: z
      .array(
        z.object({
          id: z.uuid(),
          personId: z.uuid(),
          applicationId: z.uuid(),
          status: z.enum(sheetStatuses),
          total: z.number().nullable(),
          submittedAt: z.string().nullable(),
          reopenReason: z.string().nullable(),
        }),
      )
      .describe('Every sheet of the round, for opening one (GET /score-sheets/{id}) or reopening it.'),
  })
  .openapi('RoundProgress');

const judgeOnly = 'Only the judge of the sheet (active in the round, pledge signed); a sheet whose pair is in conflict is 404 and the attempt is logged.';

export const scoreSheetRoutes = router({ comment: 'fields.comment' })
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{id}/my-sheets',
      tags,
      summary: "The signed-in judge's queue in a round: to do, in progress, done",
      description: 'Only an active judge of the round (404 otherwise). Empty until the pledge is signed. Blind rounds name applications by code only.',
      request: { params: IdParam },
      responses: { 200: jsonContent(Queue, 'The queue.'), ...errorResponses },
    }),
    async (c) => c.json(await myQueue(c.get('deps'), scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/score-sheets/{id}',
      tags,
      summary: 'A score sheet with the rubric and the application as its judge may read it',
      description: `${judgeOnly} The round's staff read any sheet (the application unredacted).`,
      request: { params: IdParam },
      responses: { 200: jsonContent(SheetWithApplication, 'The sheet; its ETag is its version.'), ...errorResponses, 403: writeErrorResponses[403] },
    }),
    async (c) => {
      const sheet = await getSheet(c.get('deps'), scopeOf(c), c.req.valid('param').id);
      c.header('ETag', etag(sheet.version));
      return c.json(sheet, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/score-sheets/{id}',
      tags,
      summary: 'Autosave scores and comments (the sheet becomes a draft)',
      description: `${judgeOnly} Only while scoring is open (409 before and after) and before submission (409). If-Match is optional; when sent, a stale version is 409.`,
      request: { params: IdParam, headers: IfMatchHeader, body: jsonBody(SheetSave) },
      responses: { 200: jsonContent(Sheet, 'Saved.'), ...updateErrorResponses },
    }),
    async (c) => {
      const sheet = await saveSheet(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('header')['if-match'], c.req.valid('json'));
      c.header('ETag', etag(sheet.version));
      return c.json(sheet, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/score-sheets/{id}/submit',
      tags,
      summary: 'Submit a complete sheet: every criterion scored, a comment wherever a score is under the criterion’s threshold',
      description: judgeOnly,
      request: { params: IdParam, headers: IfMatchHeader },
      responses: { 200: jsonContent(Sheet, 'Submitted.'), ...updateErrorResponses },
    }),
    async (c) => {
      const sheet = await submitSheet(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('header')['if-match']);
      c.header('ETag', etag(sheet.version));
      return c.json(sheet, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/score-sheets/{id}/reopen',
      tags,
      summary: 'Reopen a submitted sheet for its judge, with the reason',
      description: "The round's staff, while scoring is open (409 after it closed).",
      request: { params: IdParam, body: jsonBody(z.object({ reason: Text(1000, 1) }).strict().openapi('ScoreSheetReopen')) },
      responses: { 200: jsonContent(Sheet, 'Reopened.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await reopenSheet(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('json').reason), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{id}/progress',
      tags,
      summary: 'Scoring progress per judge and per application',
      description: "The round's staff and the national office.",
      request: { params: IdParam },
      responses: { 200: jsonContent(Progress, 'The progress.'), ...errorResponses, 403: writeErrorResponses[403] },
    }),
    async (c) => c.json(await roundProgress(c.get('deps'), scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{id}/reminders',
      tags,
      summary: 'Mail a reminder to the judges with sheets not yet submitted (all of them, or those named)',
      description: "The round's staff, until scoring closes.",
      request: { params: IdParam, body: jsonBody(z.object({ personIds: z.array(z.uuid()).max(1000).optional() }).strict().openapi('JudgeReminders')) },
      responses: { 200: jsonContent(z.object({ reminded: z.number().int() }), 'How many judges were mailed.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await remindJudges(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('json').personIds), 200),
  );
