import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../http/errors.ts';
import { errorResponses, jsonContent, router, writeErrorResponses } from '../../http/openapi.ts';
import { IdParam } from '../../http/schemas.ts';
import { downloadHeaders, fileDownloadResponse } from '../../http/download.ts';
import { scopeOf } from '../../http/scope.ts';
import { addAttachment, downloadAttachment, removeAttachment } from './call.attachments.ts';

const tags = ['calls'];

const AttachmentSchema = z
  .object({ id: z.uuid(), fileName: z.string(), contentType: z.string(), size: z.number().int(), uploadedAt: z.string() })
  .openapi('CallAttachment');

const AttachmentParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  attachmentId: z.uuid().openapi({ param: { name: 'attachmentId', in: 'path' } }),
});

const uploads = router();
uploads.use(
  '/calls/:id/attachments',
  bodyLimit({
    maxSize: 31 * 1024 * 1024,
    onError: () => {
      throw new AppError('payloadTooLarge');
    },
  }),
);

/** Files attached to a call's announcement: its staff add and remove them, anyone who reads the call downloads them. */
export const callAttachmentRoutes = uploads
  .openapi(
    createRoute({
      method: 'post',
      path: '/calls/{id}/attachments',
      tags,
      summary: "Attach a file to the call's announcement (공고문, 신청 서식): the call's staff",
      description: 'PDF, HWP/HWPX, Office, images or zip, checked by extension and by content, up to 30 MB; at most 20 per call.',
      request: {
        params: IdParam,
        body: { required: true, content: { 'multipart/form-data': { schema: z.object({ file: z.instanceof(File).openapi({ type: 'string', format: 'binary' }) }) } } },
      },
      responses: { 201: jsonContent(AttachmentSchema, 'Attached.'), ...writeErrorResponses },
    }),
    async (c) => {
      const { file } = c.req.valid('form');
      return c.json(await addAttachment(c.get('deps'), scopeOf(c), c.req.valid('param').id, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/calls/{id}/attachments/{attachmentId}',
      tags,
      summary: "Remove a file from the call's announcement: the call's staff",
      request: { params: AttachmentParams },
      responses: { 204: { description: 'Removed.' }, ...writeErrorResponses },
    }),
    async (c) => {
      const { id, attachmentId } = c.req.valid('param');
      await removeAttachment(c.get('deps'), scopeOf(c), id, attachmentId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/calls/{id}/attachments/{attachmentId}',
      tags,
      summary: "Download a file of the call's announcement (no sign-in once the call is published)",
      request: { params: AttachmentParams },
      responses: { 200: fileDownloadResponse, ...errorResponses },
    }),
    async (c) => {
      const { id, attachmentId } = c.req.valid('param');
      const file = await downloadAttachment(c.get('deps'), scopeOf(c), id, attachmentId);
      return c.body(new Uint8Array(file.bytes), 200, downloadHeaders(file));
    },
  );
