import { z } from '@hono/zod-openapi';
import { msg } from '../../http/errors.ts';
import { Text } from '../../http/schemas.ts';
import { roles } from '../auth/actor.ts';

export const RoleSchema = z.enum(roles).openapi({ description: 'The role a membership grants in its scope.' });

export const MembershipInput = z
  .object({
    role: RoleSchema,
    centerId: z.string().max(40).nullish(),
    clusterId: z.uuid().nullish(),
    organizationId: z.uuid().nullish(),
  })
  .superRefine((m, ctx) => {
    const need: Record<string, 'centerId' | 'clusterId' | 'organizationId' | 'centerOrCluster' | null> = {
      national_admin: null,
      center_admin: 'centerId',
      center_manager: 'centerId',
      cluster_coordinator: 'clusterId',
      sponsor: 'centerId',
      expert: 'centerOrCluster',
      judge: 'centerOrCluster',
      company_member: 'organizationId',
    };
    const required = need[m.role];
    const given = (['centerId', 'clusterId', 'organizationId'] as const).filter((k) => m[k]);
    const allowed = required === 'centerOrCluster' ? ['centerId', 'clusterId'] : required ? [required] : [];
    if (required === 'centerOrCluster' ? !m.centerId && !m.clusterId : required && !m[required]) {
      const path = required === 'centerOrCluster' ? 'centerId' : required!;
      ctx.addIssue({ code: 'custom', path: [path], message: msg('validation.scopeForRole', { role: m.role, scope: path }) });
    }
    for (const key of given) {
      if (!allowed.includes(key)) ctx.addIssue({ code: 'custom', path: [key], message: msg('validation.scopeNotAllowed', { role: m.role, scope: key }) });
    }
    if (given.length > 1) ctx.addIssue({ code: 'custom', path: [given[1]!], message: msg('validation.scopeNotAllowed', { role: m.role, scope: given[1]! }) });
  })
  .openapi('MembershipInput');

export const MembershipSchema = z
  .object({
    id: z.uuid(),
    role: RoleSchema,
    centerId: z.string().nullable(),
    centerName: z.string().nullable(),
    clusterId: z.uuid().nullable(),
    clusterName: z.string().nullable(),
    organizationId: z.uuid().nullable(),
    organizationName: z.string().nullable(),
  })
  .openapi('Membership');

export const Password = z.string().min(10, msg('validation.passwordWeak')).max(200);

export const PersonCreate = z
  .object({
    email: z.email().max(254),
    name: Text(100, 1),
    phone: Text(40).nullish(),
    title: Text(100).nullish(),
    expertise: Text(2000).optional(),
    locale: z.enum(['ko', 'en']).optional(),
    password: Password.optional().describe('Optional; without one the person cannot sign in until an admin sets it.'),
    memberships: z.array(MembershipInput).max(20).optional(),
  })
  .strict()
  .openapi('PersonCreate');

export const PersonUpdate = z
  .object({
    name: Text(100, 1).optional(),
    phone: Text(40).nullish(),
    title: Text(100).nullish(),
    expertise: Text(2000).optional(),
    locale: z.enum(['ko', 'en']).optional(),
    disabled: z.boolean().optional(),
    password: Password.optional().describe('Set a new password (admins only; people change their own at /auth/password).'),
  })
  .strict()
  .openapi('PersonUpdate');

export const PersonSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    phone: z.string().nullable(),
    title: z.string().nullable(),
    expertise: z.string(),
    locale: z.string(),
    disabled: z.boolean(),
    canSignIn: z.boolean(),
    memberships: z.array(MembershipSchema),
    createdAt: z.string(),
  })
  .openapi('Person');

export type PersonOut = z.infer<typeof PersonSchema>;
export type MembershipOut = z.infer<typeof MembershipSchema>;

export const PeopleQuery = z.object({
  q: z.string().max(100).optional(),
  role: RoleSchema.optional(),
  centerId: z.string().max(40).optional(),
  clusterId: z.uuid().optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
