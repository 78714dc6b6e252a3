import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Context } from 'hono';
import { clientIp, SESSION_COOKIE } from '../../http/session.ts';
import type { AppEnv } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { errorResponses, jsonBody, jsonContent, router, writeErrorResponses } from '../../http/openapi.ts';
import { IdParam } from '../../http/schemas.ts';
import { scopeOf } from '../../http/scope.ts';
import { membershipsOf } from '../people/person.service.ts';
import type { Actor } from './actor.ts';
import { signUp, SignUpInput } from './sign-up.ts';
import { MeSchema, PasswordChange, ScopeInput, SignInInput, TokenCreate, TokenCreated, TokenSchema } from './auth.schema.ts';
import { changePassword, createApiToken, listApiTokens, revokeApiToken, sessionCsrfToken, setActiveMembership, signIn, signOut } from './auth.service.ts';

const tags = ['auth'];

function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.get('actor');
  if (!actor) throw new AppError('unauthenticated');
  return actor;
}

async function me(c: Context<AppEnv>, actor: Actor, csrfToken: string | null) {
  const memberships = (await membershipsOf(c.get('deps').database.db, [actor.personId])).get(actor.personId) ?? [];
  return {
    person: { id: actor.personId, email: actor.email, name: actor.name, locale: actor.locale },
    memberships,
    activeMembershipId: actor.activeMembershipId ?? null,
    csrfToken,
  };
}

const csrfOf = (c: Context<AppEnv>, actor: Actor) => sessionCsrfToken(c.get('deps'), actor);

/** Sets the session cookie of a session just started and answers who is signed in. */
export function startWith(c: Context<AppEnv>, session: { sessionToken: string; csrfToken: string; expiresAt: Date; actor: Actor }) {
  setCookie(c, SESSION_COOKIE, session.sessionToken, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: new URL(c.req.url).protocol === 'https:',
    path: '/',
    expires: session.expiresAt,
  });
  return me(c, session.actor, session.csrfToken);
}

export const authRoutes = router()
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/sign-in',
      tags,
      summary: 'Sign in with email and password (sets the session cookie)',
      description: 'Rate-limited: after 5 failures for an account within 15 minutes, 429.',
      request: { body: jsonBody(SignInInput) },
      responses: { 200: jsonContent(MeSchema, 'Signed in.'), ...errorResponses, 429: writeErrorResponses[409] },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      return c.json(await startWith(c, await signIn(c.get('deps'), { email, password, ip: clientIp(c) })), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/sign-up',
      tags,
      summary: 'Sign up as a founder: an account and a new organization (with a BRN) or a team of prospective founders',
      description:
        'Creates the person, the organization and the company_member membership in one transaction, then signs in (sets the session cookie). ' +
        'An organization already registered (same BRN, or same team name and representative) is refused with 409 organizationRegistered: its members or its center invite new members.',
      request: { body: jsonBody(SignUpInput) },
      responses: { 201: jsonContent(MeSchema, 'Signed up and signed in.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await startWith(c, await signUp(c.get('deps'), scopeOf(c), c.req.valid('json'))), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/sign-out',
      tags,
      summary: 'Sign out (ends the session)',
      responses: { 204: { description: 'Signed out.' } },
    }),
    async (c) => {
      const actor = c.get('actor');
      if (actor) await signOut(c.get('deps'), actor);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/auth/me',
      tags,
      summary: 'Who I am, my memberships and the CSRF token',
      responses: { 200: jsonContent(MeSchema, 'The signed-in person.'), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c);
      return c.json(await me(c, actor, await csrfOf(c, actor)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/auth/scope',
      tags,
      summary: 'Switch the active scope (one of my memberships)',
      request: { body: jsonBody(ScopeInput) },
      responses: { 200: jsonContent(MeSchema, 'The new active scope.'), ...writeErrorResponses },
    }),
    async (c) => {
      const actor = await setActiveMembership(c.get('deps'), requireActor(c), c.req.valid('json').membershipId);
      return c.json(await me(c, actor, await csrfOf(c, actor)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/password',
      tags,
      summary: 'Change my password (ends my other sessions)',
      request: { body: jsonBody(PasswordChange) },
      responses: { 204: { description: 'Changed.' }, ...writeErrorResponses },
    }),
    async (c) => {
      await changePassword(c.get('deps'), requireActor(c), c.req.valid('json'), c.get('requestId'));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/auth/tokens',
      tags,
      summary: 'My API tokens',
      responses: { 200: jsonContent(z.object({ items: z.array(TokenSchema) }), 'Active tokens.'), ...errorResponses },
    }),
    async (c) => {
      const rows = await listApiTokens(c.get('deps'), requireActor(c));
      return c.json({ items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), lastUsedAt: r.lastUsedAt?.toISOString() ?? null })) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/tokens',
      tags,
      summary: 'Create an API token for machine clients',
      request: { body: jsonBody(TokenCreate) },
      responses: { 201: jsonContent(TokenCreated, 'The token, shown once.'), ...writeErrorResponses },
    }),
    async (c) => {
      const actor = requireActor(c);
      return c.json(await createApiToken(c.get('deps'), actor.personId, c.req.valid('json').name), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/auth/tokens/{id}',
      tags,
      summary: 'Revoke one of my API tokens',
      request: { params: IdParam },
      responses: { 204: { description: 'Revoked.' }, ...errorResponses },
    }),
    async (c) => {
      await revokeApiToken(c.get('deps'), requireActor(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

