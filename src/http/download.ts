import { z } from '@hono/zod-openapi';

/** `Content-Disposition` for a download: saved under its own name, Korean included (RFC 6266 / 5987). */
export const attachmentDisposition = (fileName: string) => `attachment; filename="${encodeURIComponent(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** The headers of a stored file sent as a download: its type, its own name, no sniffing. */
export const downloadHeaders = (file: { fileName: string; contentType: string }) => ({
  'content-type': file.contentType,
  'content-disposition': attachmentDisposition(file.fileName),
  'x-content-type-options': 'nosniff',
});

/** The OpenAPI response of a file download. */
export const fileDownloadResponse = { description: 'The file.', content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } } };
