import { z } from '@hono/zod-openapi';
import { MembershipSchema, Password } from '../people/person.schema.ts';

export const SignInInput = z.object({ email: z.email().max(254), password: z.string().min(1).max(200) }).openapi('SignIn');

export const MeSchema = z
  .object({
    person: z.object({ id: z.uuid(), email: z.string(), name: z.string(), locale: z.string() }),
    memberships: z.array(MembershipSchema),
    activeMembershipId: z.uuid().nullable().describe('The scope the web app works in (scope switcher).'),
    csrfToken: z.string().nullable().describe('Send as X-CSRF-Token on every write made with the session cookie.'),
  })
  .openapi('Me');

export const PasswordChange = z.object({ currentPassword: z.string().min(1).max(200), newPassword: Password }).openapi('PasswordChange');

export const ScopeInput = z.object({ membershipId: z.uuid() }).openapi('ScopeSwitch');

export const TokenCreate = z.object({ name: z.string().trim().min(1).max(100) }).openapi('TokenCreate');
export const TokenSchema = z
  .object({ id: z.uuid(), name: z.string(), prefix: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() })
  .openapi('ApiToken');
export const TokenCreated = z.object({ id: z.uuid(), token: z.string().describe('Shown once; store it safely.'), prefix: z.string() }).openapi('ApiTokenCreated');
