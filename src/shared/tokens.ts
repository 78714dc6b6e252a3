import crypto from 'node:crypto';

/** A token's SHA-256 in hex: what a table stores of a secret it must recognise but never reveal. */
export const sha256 = (value: string) => crypto.createHash('sha256').update(value).digest('hex');

/** A random token for a cookie or a link, URL-safe. */
export const randomToken = (bytes = 32) => crypto.randomBytes(bytes).toString('base64url');
