import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent, router, writeErrorResponses } from '../../http/openapi.ts';
import { Cursor, IdParam, IfMatchHeader, Limit } from '../../http/schemas.ts';
import { attachmentDisposition, downloadHeaders, fileDownloadResponse } from '../../http/download.ts';
import { etag, scopeOf } from '../../http/scope.ts';
import { getApplication, myApplications, saveDraft, startApplication, submitApplication, withdrawApplication } from './application.service.ts';
import { exportCallApplications, listCallApplications, zipCallFiles } from './application.staff.ts';
import { downloadFile, listFiles, uploadFile } from './application.files.ts';
import { bodyLimit } from 'hono/body-limit';
import { reviewStatuses } from './application.review.ts';
import { AppError } from '../../http/errors.ts';
import { readRawBody, uploadSlot } from '../../http/uploads.ts';

const tags = ['applications'];

export const ReviewStatusSchema = z.enum(reviewStatuses).openapi('ReviewStatus', {
  description: 'received 접수 완료, underReview 검토 중, supplementRequested 보완 요청, eligible 서류 적격, ineligible 부적격, selected 선정, reserve 예비 선정, notSelected 미선정',
});

export const ApplicationSchema = z
  .object({
    id: z.uuid(),
    callId: z.uuid(),
    callTitle: z.string(),
    organizationId: z.uuid(),
    organizationName: z.string(),
    formVersion: z.number().int().describe('The form version it is written against.'),
    answers: z.record(z.string(), z.unknown()),
    status: z.enum(['draft', 'submitted', 'withdrawn']),
    reviewStatus: ReviewStatusSchema.nullable().describe('심사 상태 once submitted: received at first, then as the staff set it.'),
    receiptNumber: z.string().nullable().openapi({ example: '2026-7C9E66-0001' }),
    submittedAt: z.string().nullable(),
    withdrawnAt: z.string().nullable(),
    submissions: z.array(z.object({ seq: z.number().int(), formVersion: z.number().int(), submittedAt: z.string() })).describe('Every submitted version, kept whole.'),
    version: z.number().int().describe('Send as If-Match when saving the draft (review changes count too).'),
    updatedAt: z.string().describe('When the applicant last saved, submitted or withdrew it; review changes do not move it.'),
  })
  .openapi('Application');

const SubmissionSchema = z
  .object({
    applicationId: z.uuid(),
    receiptNumber: z.string(),
    seq: z.number().int(),
    submittedAt: z.string(),
    replayed: z.boolean().describe('true when this Idempotency-Key was already submitted: the same submission, not a new one.'),
  })
  .openapi('Submission');

const IdempotencyHeader = z.object({
  'idempotency-key': z.string().optional().openapi({ param: { name: 'idempotency-key', in: 'header' }, description: 'A value of 8–100 characters, the same on every retry of one submission.' }),
});

const StaffItem = z
  .object({
    id: z.uuid(),
    receiptNumber: z.string(),
    status: z.enum(['submitted', 'withdrawn']),
    reviewStatus: ReviewStatusSchema,
    organizationId: z.uuid(),
    organizationName: z.string(),
    businessRegistrationNumber: z.string().nullable(),
    region: z.string().nullable(),
    submittedAt: z.string().describe('The last submission.'),
    withdrawnAt: z.string().nullable(),
    submissions: z.number().int(),
    formVersion: z.number().int(),
    completeness: z.object({ answered: z.number().int(), required: z.number().int() }).describe('Required questions answered, of those shown.'),
    eligibility: z
      .object({ eligible: z.boolean().nullable().describe('null: a rule cannot be evaluated (the profile lacks what it needs).'), reasons: z.array(z.string()).describe('Each rule not passed: the rule — why.') })
      .describe("The call's eligibility rules evaluated today on the organization."),
  })
  .openapi('CallApplication');

const StaffQuery = z
  .object({
    status: z.enum(['submitted', 'withdrawn']).optional(),
    reviewStatus: ReviewStatusSchema.optional(),
    q: z.string().max(100).optional().describe('Part of the organization name, a receipt number or a BRN.'),
    limit: Limit,
    cursor: Cursor,
  })
  .strict();

/** The largest file question allows 100 MB; a little more for the multipart envelope. */
const MAX_UPLOAD_BYTES = 101 * 1024 * 1024;

const FileSchema = z
  .object({ id: z.uuid(), field: z.string(), fileName: z.string(), contentType: z.string(), size: z.number().int(), uploadedAt: z.string() })
  .openapi('ApplicationFile');

const FileParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  fileId: z.uuid().openapi({ param: { name: 'fileId', in: 'path' } }),
});

const files = router();
files.use('/applications/:id/files', uploadSlot);
files.use('/applications/:id/fields/:field/files', uploadSlot);
files.use(
  '/applications/:id/files',
  bodyLimit({
    maxSize: MAX_UPLOAD_BYTES,
    onError: () => {
      throw new AppError('payloadTooLarge');
    },
  }),
);

export const applicationRoutes = files
  .openapi(
    createRoute({
      method: 'get',
      path: '/applications',
      tags,
      summary: "The applications of your organizations (company members), newest first, drafts included",
      responses: {
        200: jsonContent(
          z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                callId: z.uuid(),
                callTitle: z.string(),
                closesAt: z.string(),
                organizationId: z.uuid(),
                organizationName: z.string(),
                status: z.enum(['draft', 'submitted', 'withdrawn']),
                reviewStatus: ReviewStatusSchema.nullable(),
                receiptNumber: z.string().nullable(),
                updatedAt: z.string(),
              }),
            ),
          }),
          'Your applications.',
        ),
        ...errorResponses,
      },
    }),
    async (c) => c.json({ items: await myApplications(c.get('deps'), scopeOf(c)) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/applications/{id}/files',
      tags,
      summary: "Upload a file for one of the application's file questions",
      description: "Checked against the question: its kinds (by name and by content), its size, not empty. The same bytes for the same question again return the file already stored, so a failed upload can simply be retried. Put the returned id in the question's answer.",
      request: {
        params: IdParam,
        body: {
          required: true,
          content: { 'multipart/form-data': { schema: z.object({ field: z.string().max(40), file: z.instanceof(File).openapi({ type: 'string', format: 'binary' }) }) } },
        },
      },
      responses: { 201: jsonContent(FileSchema, 'Stored.'), ...writeErrorResponses },
    }),
    async (c) => {
      const { field, file } = c.req.valid('form');
      const stored = await uploadFile(c.get('deps'), scopeOf(c), c.req.valid('param').id, field, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      return c.json(stored, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/applications/{id}/fields/{field}/files',
      tags,
      summary: "Upload a file for a file question as the raw request body (the faster way; the browser's)",
      description:
        "The same as the multipart upload, without the envelope: the body is the file's bytes, its name is the `name` query parameter (UTF-8, URL-encoded). " +
        'Checked against the question: its kinds (by name and by content), its size, not empty. The same bytes for the same question again return the file already stored, so a failed upload can simply be retried. ' +
        'Field `$supplement` (URL-encoded `%24supplement`): a file for the open supplementary request.',
      request: {
        params: z.object({
          id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
          field: z.string().min(1).max(40).openapi({ param: { name: 'field', in: 'path' }, description: "The file question's key." }),
        }),
        query: z.object({ name: z.string().min(1).max(255).describe("The file's name, e.g. 사업계획서.pdf.") }),
        body: { required: true, content: { 'application/octet-stream': { schema: z.string().openapi({ type: 'string', format: 'binary' }) } } },
      },
      responses: { 201: jsonContent(FileSchema, 'Stored.'), ...writeErrorResponses },
    }),
    async (c) => {
      const { id, field } = c.req.valid('param');
      const bytes = (maxBytes: number, tooLarge: () => Error) => readRawBody(c, maxBytes, tooLarge);
      const stored = await uploadFile(c.get('deps'), scopeOf(c), id, field, { name: c.req.valid('query').name, bytes });
      return c.json(stored, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/applications/{id}/files',
      tags,
      summary: 'The files uploaded to an application, newest first (field `$supplement`: sent with a supplementary request)',
      request: { params: IdParam },
      responses: { 200: jsonContent(z.object({ items: z.array(FileSchema) }), 'The files.'), ...errorResponses },
    }),
    async (c) => c.json({ items: await listFiles(c.get('deps'), scopeOf(c), c.req.valid('param').id) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/applications/{id}/files/{fileId}',
      tags,
      summary: 'Download a file of an application (as an attachment)',
      request: { params: FileParams },
      responses: { 200: fileDownloadResponse, ...errorResponses },
    }),
    async (c) => {
      const { id, fileId } = c.req.valid('param');
      const file = await downloadFile(c.get('deps'), scopeOf(c), id, fileId);
      return c.body(new Uint8Array(file.bytes), 200, downloadHeaders(file));
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/calls/{id}/applications',
      tags,
      summary: "A call's applications for its staff, in order of receipt, as last submitted",
      description: 'Drafts stay the applicants\' own: only their number is in `counts`.',
      request: { params: IdParam, query: StaffQuery },
      responses: {
        200: jsonContent(
          z.object({
            items: z.array(StaffItem),
            nextCursor: z.string().nullable(),
            total: z.number().int(),
            counts: z.object({ draft: z.number().int(), submitted: z.number().int(), withdrawn: z.number().int() }),
          }),
          'A page of applications.',
        ),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await listCallApplications(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/calls/{id}/applications/files',
      tags,
      summary: "Every file of a call's applications as last submitted, in one zip (a folder per application)",
      request: { params: IdParam },
      responses: { 200: { description: 'The zip, streamed (Content-Disposition: attachment).', content: { 'application/zip': { schema: z.string().openapi({ format: 'binary' }) } } }, ...errorResponses },
    }),
    async (c) => {
      const zip = await zipCallFiles(c.get('deps'), scopeOf(c), c.req.valid('param').id);
      return c.body(zip.stream, 200, {
        'content-type': 'application/zip',
        'content-disposition': attachmentDisposition(zip.filename),
      });
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/calls/{id}/applications/export',
      tags,
      summary: "A call's applications as an XLSX workbook: one row each, one column per question",
      request: { params: IdParam },
      responses: {
        200: { description: 'The workbook (Content-Disposition: attachment).', content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string().openapi({ format: 'binary' }) } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const file = await exportCallApplications(c.get('deps'), scopeOf(c), c.req.valid('param').id);
      return c.body(new Uint8Array(file.data), 200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': attachmentDisposition(file.filename),
        'x-total-count': String(file.count),
      });
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/calls/{id}/applications',
      tags,
      summary: "Start an organization's application to a call (its members), after its eligibility",
      description: 'Answers 201 with a new draft, or 200 with the organization\'s existing application. 422 names each eligibility rule that fails.',
      request: { params: IdParam, body: jsonBody(z.object({ organizationId: z.uuid() }).strict()) },
      responses: { 201: jsonContent(ApplicationSchema, 'Started.'), 200: jsonContent(ApplicationSchema, 'The existing application.'), ...writeErrorResponses },
    }),
    async (c) => {
      const { application, created } = await startApplication(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('json').organizationId);
      c.header('ETag', etag(application.version));
      return created ? c.json(application, 201) : c.json(application, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/applications/{id}',
      tags,
      summary: 'One application: for its organization\'s members, and for the call\'s staff once submitted',
      request: { params: IdParam },
      responses: { 200: jsonContent(ApplicationSchema, 'The application.'), ...errorResponses },
    }),
    async (c) => {
      const application = await getApplication(c.get('deps'), scopeOf(c), c.req.valid('param').id);
      c.header('ETag', etag(application.version));
      return c.json(application, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/applications/{id}',
      tags,
      summary: 'Save the draft answers (If-Match); kept at any time, also after the deadline',
      request: { params: IdParam, headers: IfMatchHeader, body: jsonBody(z.object({ answers: z.record(z.string(), z.unknown()) }).strict()) },
      responses: { 200: jsonContent(ApplicationSchema, 'Saved.'), ...writeErrorResponses },
    }),
    async (c) => {
      const application = await saveDraft(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('header')['if-match'], c.req.valid('json').answers);
      c.header('ETag', etag(application.version));
      return c.json(application, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/applications/{id}/submit',
      tags,
      summary: 'Submit (or resubmit) the application until the closing second, with an Idempotency-Key',
      description: 'Each submission is kept whole; the first gives the receipt number (접수번호) and each one a confirmation mail. A retry with the same key answers the same submission.',
      request: { params: IdParam, headers: IdempotencyHeader },
      responses: { 200: jsonContent(SubmissionSchema, 'Submitted.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await submitApplication(c.get('deps'), scopeOf(c), c.req.valid('param').id, c.req.valid('header')['idempotency-key']), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/applications/{id}/withdraw',
      tags,
      summary: 'Withdraw the application; its submitted versions stay',
      request: { params: IdParam },
      responses: { 200: jsonContent(ApplicationSchema, 'Withdrawn.'), ...writeErrorResponses },
    }),
    async (c) => c.json(await withdrawApplication(c.get('deps'), scopeOf(c), c.req.valid('param').id), 200),
  );
