import type { SheetStatus } from './judge.queries';

/** The queue's tabs, in order: to do (assigned), in progress (draft), done (submitted). */
export const queueTabs = ['assigned', 'draft', 'submitted'] as const satisfies readonly SheetStatus[];

export const sheetStatusColor: Record<SheetStatus, string> = { assigned: 'gray', draft: 'blue', submitted: 'teal' };

/** A score or total as people read it: at most two decimals (72.5, 64, 33.33). */
export function formatScore(value: number, lang: string): string {
  return value.toLocaleString(lang === 'en' ? 'en-US' : 'ko-KR', { maximumFractionDigits: 2 });
}
