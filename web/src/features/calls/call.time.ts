const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000;

/** A moment as Korea wall time to the minute, the value of a datetime-local input: 2026-12-15T18:00. */
export function seoulInputValue(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : new Date(date.getTime() + SEOUL_OFFSET_MS).toISOString().slice(0, 16);
}

/** The calendar day in Korea of a moment: 2026-12-15. */
const seoulDay = (date: Date) => new Date(date.getTime() + SEOUL_OFFSET_MS).toISOString().slice(0, 10);

/** Days from today (Korea) to the day a call closes: 0 on its last day. */
export function daysLeft(closesAt: string, now = new Date()): number {
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`);
  return Math.round((day(seoulDay(new Date(closesAt))) - day(seoulDay(now))) / 86_400_000);
}
