import { apiSession, type Problem } from '../api/client';

/** 1.2 MB, 340.5 KB, 812 B. */
export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}

/** `보고서.PDF` → `pdf`; '' without one. */
export const extensionOf = (name: string) => (name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '');

/** A file's kinds as an input's `accept`, with .jpeg beside .jpg (the server takes both). */
export const acceptOf = (kinds: readonly string[]) => [...kinds, ...(kinds.includes('jpg') ? ['jpeg'] : [])].map((k) => `.${k}`).join(',');

/** Whether a file's name is one of the kinds (jpg takes .jpeg too); any file when there are none. */
export const hasKind = (name: string, kinds: readonly string[]) => {
  const extension = extensionOf(name);
  return !kinds.length || kinds.includes(extension) || (extension === 'jpeg' && kinds.includes('jpg'));
};

const MAX_ATTEMPTS = 3;

class NetworkError extends Error {}

/**
 * POST the file as the raw body (no multipart envelope for the server to take apart), with upload
 * progress (fetch cannot report it) and the CSRF header a cookie session needs.
 */
function send(url: string, file: File, onProgress: (fraction: number) => void): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(apiSession.writeHeaders())) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let json: unknown = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        json = null;
      }
      resolve({ status: xhr.status, json });
    };
    xhr.onerror = () => reject(new NetworkError());
    xhr.ontimeout = () => reject(new NetworkError());
    xhr.send(file);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How an upload ended: stored (the server's answer), refused (its problem+json, if any), or no connection after the retries. */
export type UploadResult<T> = { kind: 'stored'; body: T } | { kind: 'refused'; problem: Problem | null } | { kind: 'offline' };

/**
 * Uploads one file as the raw body of a POST, reporting progress (0–100) and the attempt (0 the
 * first). Only a lost connection is retried, with backoff: the same bytes again are safe where the
 * server answers a file it already has with that file.
 */
export async function uploadRaw<T>(url: string, file: File, onProgress: (percent: number, attempt: number) => void): Promise<UploadResult<T>> {
  for (let attempt = 0; ; attempt++) {
    onProgress(0, attempt);
    try {
      const { status, json } = await send(url, file, (fraction) => onProgress(Math.round(fraction * 100), attempt));
      if (status === 201 || status === 200) return { kind: 'stored', body: json as T };
      return { kind: 'refused', problem: json as Problem | null };
    } catch {
      if (attempt + 1 >= MAX_ATTEMPTS) return { kind: 'offline' };
      await sleep(1000 * 2 ** attempt);
    }
  }
}

/** The server's own words for a refused file (its first field error, else the detail), or undefined. */
export const problemText = (problem: Problem | null): string | undefined => problem?.errors?.[0]?.message ?? problem?.detail;
