import { createRoute, z } from '@hono/zod-openapi';
import { startWith } from '../../auth/auth.routes.ts';
import { errorResponses, jsonBody, jsonContent, router, updateErrorResponses, writeErrorResponses } from '../../../http/openapi.ts';
import { IdParam, IfMatchHeader } from '../../../http/schemas.ts';
import { etag, scopeOf } from '../../../http/scope.ts';
import { acceptInvitation, declineInvitation, getInvitation } from './judge.invitation.ts';
import { declareConflict, getPledge, listMyRounds, signPledge } from './judge.own.ts';
import { getMyProfile, putMyProfile } from './judge.profile.ts';
import {
  DeclaredConflictCreate,
  DeclaredConflictSchema,
  InvitationAccept,
  InvitationAccepted,
  InvitationSchema,
  JudgeProfileInput,
  JudgeProfileSchema,
  JudgeRoundSchema,
  PledgeSchema,
  PledgeSign,
  TokenParam,
} from './judge.schema.ts';

const tags = ['evaluation'];
const invitationErrors = { ...writeErrorResponses, 409: { ...writeErrorResponses[409], description: 'invitationNotPending (answered already), invitationExpired, or roundClosed.' } };
const judgeOnly = 'For an active judge of the round (an accepted invitation); 404 for anyone else.';

/** The judge's side: the invitation link (no sign-in needed), their rounds, pledges, declared conflicts and profile. */
export const judgeOwnRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/judge-invitations/{token}',
      tags,
      summary: 'An invitation to judge, by the token of its link (no sign-in needed)',
      description: 'Unknown or spent token (an accepted invitation): 404.',
      request: { params: TokenParam },
      responses: { 200: jsonContent(InvitationSchema, 'The invitation.'), ...errorResponses },
    }),
    async (c) => c.json(await getInvitation(c.get('deps'), scopeOf(c), c.req.valid('param').token), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/judge-invitations/{token}/accept',
      tags,
      summary: 'Accept an invitation: set a password if the account has none, optionally fill the judge profile; signs in',
      description:
        'A person who already has a password accepts signed in as themselves (401 otherwise, 403 signed in as someone else); one without sets `password` (required). ' +
        "Adds the judge role for the call's center or cluster and runs conflict detection. When the caller was not signed in, a session starts (the cookie is set) as at sign-up.",
      request: { params: TokenParam, body: jsonBody(InvitationAccept) },
      responses: { 200: jsonContent(InvitationAccepted, 'Accepted.'), ...invitationErrors },
    }),
    async (c) => {
      const accepted = await acceptInvitation(c.get('deps'), scopeOf(c), c.req.valid('param').token, c.req.valid('json'));
      const me = accepted.session ? await startWith(c, accepted.session) : null;
      return c.json({ roundId: accepted.roundId, roundJudgeId: accepted.roundJudgeId, me }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/judge-invitations/{token}/decline',
      tags,
      summary: 'Decline an invitation (no sign-in needed); staff may invite again',
      request: { params: TokenParam },
      responses: { 204: { description: 'Declined.' }, ...invitationErrors },
    }),
    async (c) => {
      await declineInvitation(c.get('deps'), scopeOf(c), c.req.valid('param').token);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/me/judge-rounds',
      tags,
      summary: 'The rounds I judge: window, status, my pledge and my score sheets (todo, in progress, done)',
      responses: { 200: jsonContent(z.object({ items: z.array(JudgeRoundSchema) }), 'My rounds, soonest first.'), ...errorResponses },
    }),
    async (c) => c.json({ items: await listMyRounds(c.get('deps'), scopeOf(c)) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{id}/pledge',
      tags,
      summary: "The round's conflict-of-interest pledge (이해충돌 방지 서약) in my language, and my signature",
      description: judgeOnly,
      request: { params: IdParam },
      responses: { 200: jsonContent(PledgeSchema, 'The pledge.'), ...errorResponses },
    }),
    async (c) => c.json(await getPledge(c.get('deps'), scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{id}/pledge',
      tags,
      summary: 'Sign the pledge by typing my name (spaces ignored); signing again answers the first signature',
      description: `${judgeOnly} Not once the round has closed (409 roundClosed).`,
      request: { params: IdParam, body: jsonBody(PledgeSign) },
      responses: { 200: jsonContent(PledgeSchema, 'Signed.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await signPledge(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('json').signature), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{id}/declared-conflicts',
      tags,
      summary: '회피 신청: declare a conflict with an application assigned to me; my unsubmitted sheet of it is removed',
      description: `${judgeOnly} The application must be assigned to me in the round (a score sheet exists), else 404.`,
      request: { params: IdParam, body: jsonBody(DeclaredConflictCreate) },
      responses: { 201: jsonContent(DeclaredConflictSchema, 'Declared.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await declareConflict(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/me/judge-profile',
      tags,
      summary: 'My judge profile: affiliation now and before, declared relations, expertise, tags (version 0 before the first save)',
      responses: { 200: jsonContent(JudgeProfileSchema, 'The profile; its ETag is its version.'), ...errorResponses },
    }),
    async (c) => {
      const profile = await getMyProfile(c.get('deps'), scopeOf(c));
      c.header('ETag', etag(profile.version));
      return c.json(profile, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/me/judge-profile',
      tags,
      summary: 'Save my judge profile (If-Match with its version, "0" the first time); conflict detection runs for my open rounds',
      request: { headers: IfMatchHeader, body: jsonBody(JudgeProfileInput) },
      responses: { 200: jsonContent(JudgeProfileSchema, 'Saved.'), ...updateErrorResponses },
    }),
    async (c) => {
      const profile = await putMyProfile(c.get('deps'), scopeOf(c), c.req.valid('header')['if-match'], c.req.valid('json'));
      c.header('ETag', etag(profile.version));
      return c.json(profile, 200);
    },
  );
