import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent, router, updateErrorResponses, writeErrorResponses } from '../../../http/openapi.ts';
import { IdParam, IfMatchHeader } from '../../../http/schemas.ts';
import { etag, scopeOf } from '../../../http/scope.ts';
import { addConflict, liftConflict, listConflicts, runDetection } from './conflict.service.ts';
import { ConflictCreate, ConflictLift, ConflictSchema, DetectResult, JudgeInvite, JudgeUpdate, RoundJudgeSchema } from './judge.schema.ts';
import { inviteJudge, listJudges, removeJudge, resendInvitation, updateJudge } from './judge.service.ts';

const tags = ['evaluation'];
const access = "The staff of the call's program's center or cluster, and the national office; anyone else who sees the call gets 403.";
const readAccess = "The staff of the call's program's center or cluster and the national office read them; anyone else who sees the call gets 403.";
const readErrors = { ...errorResponses, 403: writeErrorResponses[403] };

/** Staff's side of a round's judges (심사위원 위촉) and conflicts of interest (이해충돌). */
export const judgeRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{id}/judges',
      tags,
      summary: "A round's judges: status, profile headline, pledge, load range, score sheets by status, conflicts",
      description: readAccess,
      request: { params: IdParam },
      responses: { 200: jsonContent(z.object({ items: z.array(RoundJudgeSchema) }), 'The judges, by name.'), ...readErrors },
    }),
    async (c) => c.json({ items: await listJudges(c.get('deps'), scopeOf(c), c.req.valid('param').id) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{id}/judges',
      tags,
      summary: 'Invite a judge by email: the person is found or created without a password, and mailed a link valid 14 days',
      description:
        `${access} A person already invited or active in the round is refused (409 judgeAlreadyInvited, on email); one who declined or was removed is invited again. ` +
        'Not in a closed round (409 roundClosed). Conflict detection runs for the round at once.',
      request: { params: IdParam, body: jsonBody(JudgeInvite) },
      responses: { 201: jsonContent(RoundJudgeSchema, 'Invited; the mail is in the outbox.'), ...writeErrorResponses },
    }),
    async (c) => {
      const judge = await inviteJudge(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('json'));
      c.header('ETag', etag(judge.version));
      return c.json(judge, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/round-judges/{id}/resend',
      tags,
      summary: 'Send an unanswered invitation again with a new link (the old link stops working)',
      description: `${access} Only while invited (409 invitationNotPending).`,
      request: { params: IdParam },
      responses: { 200: jsonContent(RoundJudgeSchema, 'Sent again.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await resendInvitation(c.get('deps'), scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/round-judges/{id}',
      tags,
      summary: "Change a judge's load range in the round (If-Match with its version)",
      description: access,
      request: { params: IdParam, headers: IfMatchHeader, body: jsonBody(JudgeUpdate) },
      responses: { 200: jsonContent(RoundJudgeSchema, 'Updated.'), ...updateErrorResponses },
    }),
    async (c) => {
      const judge = await updateJudge(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('header')['if-match'], c.req.valid('json'));
      c.header('ETag', etag(judge.version));
      return c.json(judge, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/round-judges/{id}',
      tags,
      summary: 'Remove a judge from the round (해촉): their sheets not yet submitted are deleted, submitted ones stay',
      description: `${access} Not in a closed round (409 roundClosed).`,
      request: { params: IdParam },
      responses: { 204: { description: 'Removed.' }, ...writeErrorResponses },
    }),
    async (c) => {
      await removeJudge(c.get('deps'), scopeOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{id}/conflicts',
      tags,
      summary: "A round's conflicts of interest: detected, declared by judges and added by staff, lifted ones included",
      description: readAccess,
      request: { params: IdParam },
      responses: { 200: jsonContent(z.object({ items: z.array(ConflictSchema) }), 'The conflicts, by judge.'), ...readErrors },
    }),
    async (c) => c.json({ items: await listConflicts(c.get('deps'), scopeOf(c), c.req.valid('param').id) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{id}/conflicts',
      tags,
      summary: 'Record a conflict with a reason: this judge does not review this application',
      description: `${access} The person must be an invited or active judge of the round and the application one the round evaluates (422 naming the field). The judge's unsubmitted sheet of it is removed.`,
      request: { params: IdParam, body: jsonBody(ConflictCreate) },
      responses: { 201: jsonContent(ConflictSchema, 'Recorded.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await addConflict(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/conflicts/{id}/lift',
      tags,
      summary: 'Lift a conflict with a reason; it stays on record and detection does not bring it back',
      description: `${access} Already lifted: 409 conflictLifted.`,
      request: { params: IdParam, body: jsonBody(ConflictLift) },
      responses: { 200: jsonContent(ConflictSchema, 'Lifted.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await liftConflict(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('json').reason), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{id}/conflicts/detect',
      tags,
      summary: 'Run conflict detection for the round now (it also runs on invitation, acceptance and profile changes)',
      description: access,
      request: { params: IdParam },
      responses: { 200: jsonContent(DetectResult, 'What was added, and the conflicts not lifted in all.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await runDetection(c.get('deps'), scopeOf(c), c.req.valid('param').id), 200),
  );
