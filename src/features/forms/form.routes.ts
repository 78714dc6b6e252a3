import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent, router, writeErrorResponses } from '../../http/openapi.ts';
import { IdParam, IfMatchHeader } from '../../http/schemas.ts';
import { etag, scopeOf } from '../../http/scope.ts';
import { AnswersCheck, FormDefinition, FormSchema } from './form.schema.ts';
import { checkFormAnswers, getForm, saveForm } from './form.service.ts';

const tags = ['calls'];
const VersionQuery = z.object({ version: z.coerce.number().int().min(1).optional().describe('An earlier version; the latest by default.') }).strict();

export const formRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/calls/{id}/form',
      tags,
      summary: "A call's application form: public with a published call",
      request: { params: IdParam, query: VersionQuery },
      responses: { 200: jsonContent(FormSchema, 'The form; its ETag is its version.'), ...errorResponses },
    }),
    async (c) => {
      const form = await getForm(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('query').version);
      c.header('ETag', etag(form.version));
      return c.json(form, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/calls/{id}/form',
      tags,
      summary: 'Save the application form as a new version (If-Match with the current version once there is one)',
      description: 'Sections and fields: short and long text with length limits, number, KRW amount, date, single and multiple choice, yes/no, table of rows, file upload with kinds and size; required flags, help text, conditions on an earlier answer.',
      request: { params: IdParam, headers: IfMatchHeader, body: jsonBody(FormDefinition) },
      responses: { 200: jsonContent(FormSchema, 'The new version.'), ...writeErrorResponses },
    }),
    async (c) => {
      const form = await saveForm(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('header')['if-match'], c.req.valid('json'));
      c.header('ETag', etag(form.version));
      return c.json(form, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/calls/{id}/form/check',
      tags,
      summary: "Check answers against the call's form, as a draft or as on submission; writes nothing",
      request: { params: IdParam, body: jsonBody(AnswersCheck) },
      responses: { 200: jsonContent(z.object({ valid: z.literal(true), version: z.number().int() }), 'The answers are valid.'), ...writeErrorResponses },
    }),
    async (c) => {
      const { answers, final } = c.req.valid('json');
      return c.json(await checkFormAnswers(c.get('deps'), scopeOf(c), c.req.valid('param').id, answers, final), 200);
    },
  );
