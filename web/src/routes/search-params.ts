/** Helpers that read untrusted URL search params into typed values. */
export const str = (v: unknown, max = 200): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.slice(0, max) : typeof v === 'number' ? String(v) : undefined;

export const oneOf = <T extends string>(v: unknown, options: readonly T[]): T | undefined =>
  typeof v === 'string' && (options as readonly string[]).includes(v) ? (v as T) : undefined;

/** A comma-separated list of allowed values (kind=startup,sme). */
export const listOf = <T extends string>(v: unknown, options: readonly T[]): T[] | undefined => {
  const parts = (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(',') : []).filter((p): p is T =>
    (options as readonly string[]).includes(p),
  );
  return parts.length ? parts : undefined;
};

export const date = (v: unknown): string | undefined => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

export const bool = (v: unknown): true | undefined => (v === true || v === 'true' ? true : undefined);
