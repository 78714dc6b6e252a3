import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where attachments live (DESIGN.md §8): content-addressed by SHA-256, so a retried upload of
 * the same bytes is the same file and nothing is stored twice. The local folder under DATA_DIR
 * is the default; an S3-compatible store would implement the same three calls.
 */
export interface FileStore {
  put(bytes: Uint8Array): Promise<{ sha256: string; size: number }>;
  get(sha256: string): Promise<Buffer>;
  has(sha256: string): Promise<boolean>;
}

const HASH = /^[0-9a-f]{64}$/;

export function localFileStore(root: string): FileStore {
  const where = (sha256: string) => {
    if (!HASH.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return path.join(root, sha256.slice(0, 2), sha256);
  };
  return {
    async put(bytes) {
      const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
      const target = where(sha256);
      try {
        await fs.access(target);
        return { sha256, size: bytes.byteLength };
      } catch {
        // not stored yet
      }
      await fs.mkdir(path.dirname(target), { recursive: true });
      // Written whole and flushed before it gets its name: a crash leaves a temp file, never half a file.
      const temp = `${target}.${process.pid}.${crypto.randomUUID()}.tmp`;
      const handle = await fs.open(temp, 'w');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temp, target);
      return { sha256, size: bytes.byteLength };
    },
    get: (sha256) => fs.readFile(where(sha256)),
    async has(sha256) {
      try {
        await fs.access(where(sha256));
        return true;
      } catch {
        return false;
      }
    },
  };
}

export const fileStoreOf = (config: { dataDir: string }) => localFileStore(path.join(config.dataDir, 'files'));
