import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent, router, updateErrorResponses, writeErrorResponses } from '../../http/openapi.ts';
import { IdParam, IfMatchHeader, pageOf } from '../../http/schemas.ts';
import { etag, scopeOf } from '../../http/scope.ts';
import { organizationSupportHistory } from '../support-records/support-record.service.ts';
import { SupportRecordSchema } from '../support-records/support-record.schema.ts';
import {
  AffiliationInput,
  AffiliationKindSchema,
  OrganizationCreate,
  OrganizationListItem,
  OrganizationQuery,
  OrganizationSchema,
  OrganizationUpdate,
} from './organization.schema.ts';
import {
  addAffiliation,
  createOrganization,
  getOrganization,
  listOrganizations,
  updateAffiliation,
  updateOrganization,
} from './organization.service.ts';
import { DateString, Text } from '../../http/schemas.ts';

const tags = ['organizations'];
const withEtag = { headers: z.object({ ETag: z.string() }) };

const AffiliationUpdate = z
  .object({ endedOn: DateString.nullish(), note: Text(500).optional(), kind: AffiliationKindSchema.optional() })
  .strict()
  .openapi('AffiliationUpdate');

export const organizationRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/organizations',
      tags,
      summary: 'Search and list organizations',
      description: 'Public profiles of every organization; full records of those you work with (`access`).',
      request: { query: OrganizationQuery },
      responses: { 200: jsonContent(pageOf(OrganizationListItem, 'OrganizationPage'), 'A page of organizations.'), ...errorResponses },
    }),
    async (c) => c.json(await listOrganizations(c.get('deps'), scopeOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/organizations',
      tags,
      summary: 'Register an organization',
      description: 'Center staff, cluster coordinators and national admins. Without `affiliation`, staff attach it to their own center.',
      request: { body: jsonBody(OrganizationCreate) },
      responses: { 201: { ...jsonContent(OrganizationSchema, 'Created.'), ...withEtag }, ...writeErrorResponses },
    }),
    async (c) => {
      const org = await createOrganization(c.get('deps'), scopeOf(c), c.req.valid('json'));
      c.header('ETag', etag(org.version));
      c.header('Location', `/api/v1/organizations/${org.id}`);
      return c.json(org, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/organizations/{id}',
      tags,
      summary: 'One organization (full record or public profile)',
      request: { params: IdParam },
      responses: { 200: { ...jsonContent(OrganizationSchema, 'The organization.'), ...withEtag }, ...errorResponses },
    }),
    async (c) => {
      const org = await getOrganization(c.get('deps'), scopeOf(c), c.req.valid('param').id);
      c.header('ETag', etag(org.version));
      return c.json(org, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/organizations/{id}',
      tags,
      summary: 'Update an organization (If-Match required)',
      request: { params: IdParam, headers: IfMatchHeader, body: jsonBody(OrganizationUpdate) },
      responses: { 200: { ...jsonContent(OrganizationSchema, 'Updated.'), ...withEtag }, ...updateErrorResponses },
    }),
    async (c) => {
      const org = await updateOrganization(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('header')['if-match'], c.req.valid('json'));
      c.header('ETag', etag(org.version));
      return c.json(org, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/organizations/{id}/affiliations',
      tags,
      summary: 'Affiliate an organization with a center or a cluster',
      request: { params: IdParam, body: jsonBody(AffiliationInput) },
      responses: { 201: jsonContent(OrganizationSchema, 'The organization with its affiliations.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await addAffiliation(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/organizations/{id}/affiliations/{affiliationId}',
      tags,
      summary: 'End or annotate an affiliation',
      request: {
        params: IdParam.extend({ affiliationId: z.uuid().openapi({ param: { name: 'affiliationId', in: 'path' } }) }),
        body: jsonBody(AffiliationUpdate),
      },
      responses: { 200: jsonContent(OrganizationSchema, 'The organization with its affiliations.'), ...writeErrorResponses },
    }),
    async (c) => {
      const { id, affiliationId } = c.req.valid('param');
      return c.json(await updateAffiliation(c.get('deps'), scopeOf(c), id, affiliationId, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/organizations/{id}/support-records',
      tags,
      summary: "An organization's support history across centers",
      description: "Your own center's entries in full, other centers' as center, kind and date. 404 for organizations you only see the public profile of.",
      request: { params: IdParam },
      responses: { 200: jsonContent(z.object({ items: z.array(SupportRecordSchema) }), 'The history, newest first.'), ...errorResponses },
    }),
    async (c) => c.json({ items: await organizationSupportHistory(c.get('deps'), scopeOf(c), c.req.valid('param').id) }, 200),
  );
