/**
 * JSON values kept in this browser's localStorage, one key per id. Storage that is full, off or
 * holding something unreadable counts as empty: what the server holds stays the reference.
 */
export function localStore<T>(keyOf: (id: string) => string) {
  return {
    read(id: string): T | null {
      try {
        const raw = localStorage.getItem(keyOf(id));
        return raw ? (JSON.parse(raw) as T) : null;
      } catch {
        return null;
      }
    },
    write(id: string, value: T): void {
      try {
        localStorage.setItem(keyOf(id), JSON.stringify(value));
      } catch {
        // Storage full or off: the server copy is still saved as usual.
      }
    },
    clear(id: string): void {
      try {
        localStorage.removeItem(keyOf(id));
      } catch {
        // Nothing to clear.
      }
    },
  };
}
