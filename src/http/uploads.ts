import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from './errors.ts';

/**
 * How many request bodies of uploads one process reads, hashes and writes at a time. The others
 * wait before their body is read: Node stops reading their sockets (TCP flow control), so they
 * cost neither CPU nor memory meanwhile, and the small requests (start, save, submit) are not
 * queued behind megabytes. At a deadline that is the right order: a submit is acknowledged fast,
 * an upload takes a little longer.
 */
const UPLOADS_AT_ONCE = 4;

let running = 0;
const waiting: Array<() => void> = [];

/** Middleware for an upload route: a write waits for one of the upload slots and frees it when the response is made. */
export const uploadSlot: MiddlewareHandler = async (c, next) => {
  if (c.req.method !== 'POST' && c.req.method !== 'PUT') return next();
  if (running >= UPLOADS_AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    await next();
  } finally {
    const wake = waiting.shift();
    if (wake) wake();
    else running--;
  }
};

/**
 * The raw request body, at most `maxBytes`: beyond it `tooLarge()` is thrown as soon as it is
 * known (from Content-Length, or while reading), 413 by default. Under Node it is
 * read straight from the socket's stream, without the web-stream and Blob copies of
 * `Request.arrayBuffer()`; elsewhere (tests through `app.request`) from the Request.
 */
export async function readRawBody(c: Context, maxBytes: number, tooLarge: () => Error = () => new AppError('payloadTooLarge')): Promise<Uint8Array> {
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (declared > maxBytes) throw tooLarge();
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  const source = (incoming ?? c.req.raw.body) as AsyncIterable<Uint8Array> | null;
  if (!source) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.byteLength;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}
