import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent, router, writeErrorResponses } from '../../http/openapi.ts';
import { IdParam, pageOf } from '../../http/schemas.ts';
import { scopeOf } from '../../http/scope.ts';
import { MembershipInput, PeopleQuery, PersonCreate, PersonSchema, PersonUpdate } from './person.schema.ts';
import { createPerson, getPerson, grantMembership, listPeople, revokeMembership, updatePerson } from './person.service.ts';

const tags = ['people'];

export const personRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/people',
      tags,
      summary: 'People of your scope (admins)',
      request: { query: PeopleQuery },
      responses: { 200: jsonContent(pageOf(PersonSchema, 'PersonPage'), 'A page of people.'), ...errorResponses, 403: writeErrorResponses[403] },
    }),
    async (c) => c.json(await listPeople(c.get('deps'), scopeOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/people',
      tags,
      summary: 'Create a person with memberships (admins, within their scope)',
      request: { body: jsonBody(PersonCreate) },
      responses: { 201: jsonContent(PersonSchema, 'Created.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await createPerson(c.get('deps'), scopeOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/people/{id}',
      tags,
      summary: 'One person (yourself, or someone of your scope)',
      request: { params: IdParam },
      responses: { 200: jsonContent(PersonSchema, 'The person.'), ...errorResponses },
    }),
    async (c) => c.json(await getPerson(c.get('deps'), scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/people/{id}',
      tags,
      summary: 'Update a person',
      request: { params: IdParam, body: jsonBody(PersonUpdate) },
      responses: { 200: jsonContent(PersonSchema, 'Updated.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await updatePerson(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/people/{id}/memberships',
      tags,
      summary: 'Grant a role in a scope',
      request: { params: IdParam, body: jsonBody(MembershipInput) },
      responses: { 201: jsonContent(PersonSchema, 'The person with the new membership.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await grantMembership(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/people/{id}/memberships/{membershipId}',
      tags,
      summary: 'Revoke a role',
      request: { params: IdParam.extend({ membershipId: z.uuid().openapi({ param: { name: 'membershipId', in: 'path' } }) }) },
      responses: { 200: jsonContent(PersonSchema, 'The person without the membership.'), ...writeErrorResponses },
    }),
    async (c) => {
      const { id, membershipId } = c.req.valid('param');
      return c.json(await revokeMembership(c.get('deps'), scopeOf(c), id, membershipId), 200);
    },
  );
