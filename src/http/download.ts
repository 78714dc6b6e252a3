/** `Content-Disposition` for a download: saved under its own name, Korean included (RFC 6266 / 5987). */
export const attachmentDisposition = (fileName: string) => `attachment; filename="${encodeURIComponent(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
