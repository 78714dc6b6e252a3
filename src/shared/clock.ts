/** The one source of "now", injectable so tests can move time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(start: Date): Clock & { set(d: Date): void; advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (d) => (current = new Date(d)),
    advance: (ms) => (current = new Date(current.getTime() + ms)),
  };
}

const seoulDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Asia/Seoul, as YYYY-MM-DD. */
export function seoulToday(clock: Clock): string {
  return seoulDate.format(clock.now());
}

const SEOUL_OFFSET_MS = 9 * 3_600_000;

/** An instant as Korea time to the second, `2026-12-15T18:00:00+09:00` (Korea keeps no daylight saving). */
export function seoulDateTime(date: Date): string {
  return `${new Date(date.getTime() + SEOUL_OFFSET_MS).toISOString().slice(0, 19)}+09:00`;
}

/** An instant as people read Korea time in a mail or a sheet, to the minute: `2026-12-15 18:00`. */
export const seoulMinute = (date: Date) => seoulDateTime(date).slice(0, 16).replace('T', ' ');
