import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonContent, router, writeErrorResponses } from '../../http/openapi.ts';
import { scopeOf } from '../../http/scope.ts';
import { listOutbox } from './mail.service.ts';

const MailSchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    to: z.string(),
    subject: z.string(),
    body: z.string(),
    locale: z.string(),
    centerId: z.string().nullable(),
    status: z.enum(['queued', 'sent', 'failed', 'outbox']).describe('outbox: kept here because no SMTP server is configured.'),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .openapi('Mail');

export const mailRoutes = router().openapi(
  createRoute({
    method: 'get',
    path: '/outbox',
    tags: ['mail'],
    summary: 'Messages the platform sent or would have sent (administrators)',
    request: { query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }) },
    responses: { 200: jsonContent(z.object({ items: z.array(MailSchema) }), 'Newest first.'), ...errorResponses, 403: writeErrorResponses[403] },
  }),
  async (c) => c.json({ items: await listOutbox(c.get('deps'), scopeOf(c), c.req.valid('query').limit) }, 200),
);
