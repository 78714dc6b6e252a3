import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent, router, updateErrorResponses, writeErrorResponses } from '../../http/openapi.ts';
import { IdParam, IfMatchHeader } from '../../http/schemas.ts';
import { etag, scopeOf } from '../../http/scope.ts';
import { AnswerIn, CampaignCreate, CampaignDetailQuery, CampaignDetailSchema, CampaignQuery, CampaignSchema, OutcomeRequestSchema, RemindResult } from './campaign.schema.ts';
import { answerRequest, closeCampaign, createCampaign, getCampaign, listCampaigns, listMyRequests, remindCampaign } from './campaign.service.ts';

const tags = ['campaigns'];

export const campaignRoutes = router({ title: 'fields.campaignTitle' })
  .openapi(
    createRoute({
      method: 'post',
      path: '/campaigns',
      tags,
      summary: 'Ask companies for figures (성과 조사): center staff for their center, coordinators for their cluster, national for any',
      description:
        'One request per company and a mail to each of its members, in one transaction. The period must have begun; metrics are 1–12 without investment ' +
        '(deals are reported one by one); the due date is today or later (Korea time); each organization must be one the center or cluster works with, ' +
        'else `organizationIds.N` is named.',
      request: { body: jsonBody(CampaignCreate) },
      responses: { 201: jsonContent(CampaignDetailSchema, 'Created, with its requests.'), ...writeErrorResponses },
    }),
    async (c) => {
      const campaign = await createCampaign(c.get('deps'), scopeOf(c), c.req.valid('json'));
      c.header('ETag', etag(campaign.version));
      return c.json(campaign, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/campaigns',
      tags,
      summary: "Campaigns of your centers and clusters (national: all), newest first, with progress: requested, submitted, overdue, verified",
      request: { query: CampaignQuery },
      responses: {
        200: jsonContent(z.object({ items: z.array(CampaignSchema), nextCursor: z.string().nullable() }).openapi('CampaignList'), 'A page of campaigns.'),
        403: writeErrorResponses[403],
        ...errorResponses,
      },
    }),
    async (c) => c.json(await listCampaigns(c.get('deps'), scopeOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/campaigns/{id}',
      tags,
      summary: 'A campaign with its requests and their figures; status=overdue is the overdue list',
      request: { params: IdParam, query: CampaignDetailQuery },
      responses: { 200: jsonContent(CampaignDetailSchema, 'The campaign; its ETag is its version.'), ...errorResponses },
    }),
    async (c) => {
      const campaign = await getCampaign(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('query'));
      c.header('ETag', etag(campaign.version));
      return c.json(campaign, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/campaigns/{id}/close',
      tags,
      summary: 'Close a campaign (If-Match): no more answers; the figures stay',
      request: { params: IdParam, headers: IfMatchHeader },
      responses: { 200: jsonContent(CampaignSchema, 'Closed.'), ...updateErrorResponses },
    }),
    async (c) => {
      const campaign = await closeCampaign(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('header')['if-match']);
      c.header('ETag', etag(campaign.version));
      return c.json(campaign, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/campaigns/{id}/remind',
      tags,
      summary: 'Send a reminder now to the members of every company that has not answered',
      request: { params: IdParam },
      responses: { 200: jsonContent(RemindResult, 'How many requests and mails.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await remindCampaign(c.get('deps'), scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/outcome-requests',
      tags,
      summary: "Your companies' requests: open ones first (by due date), then those submitted in the last 90 days, with the current figures",
      responses: { 200: jsonContent(z.object({ items: z.array(OutcomeRequestSchema) }).openapi('OutcomeRequestList'), 'Up to 50 requests.'), ...errorResponses },
    }),
    async (c) => c.json({ items: await listMyRequests(c.get('deps'), scopeOf(c)) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/outcome-requests/{id}/answer',
      tags,
      summary: "Answer a request for your company: every metric's value for the campaign's period",
      description:
        'The figures become outcome records (source report): created when missing, amended when changed (the old value kept in their history). ' +
        'Answering again amends, until the campaign is closed (409 campaignClosed). Only members of the company; anyone else gets 404.',
      request: { params: IdParam, body: jsonBody(AnswerIn) },
      responses: { 200: jsonContent(OutcomeRequestSchema, 'Submitted.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await answerRequest(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
