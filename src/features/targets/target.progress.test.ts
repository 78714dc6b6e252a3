import { describe, expect, it } from 'vitest';
import { countedWindow, progressOf } from './target.progress.ts';

const thisYear = { startsOn: '2026-01-01', deadline: '2026-12-31' };

describe('target progress', () => {
  it('forecasts on the straight line from the start through today to the deadline, rounded down', () => {
    // 331 of 364 days: 37 × 364 / 331 = 40.69.
    expect(progressOf({ ...thisYear, value: 40 }, 37, '2026-11-28')).toEqual({ current: 37, forecast: 40, percent: 92.5, elapsedPercent: 90.9, status: 'on_track', asOf: '2026-11-28' });
    expect(progressOf({ ...thisYear, value: 41 }, 37, '2026-11-28').status).toBe('at_risk');
  });

  it('is met as soon as the value is reached, missed only after the deadline', () => {
    expect(progressOf({ ...thisYear, value: 10 }, 10, '2026-02-01').status).toBe('met');
    expect(progressOf({ ...thisYear, value: 10 }, 9, '2026-12-31').status).toBe('at_risk');
    const after = progressOf({ ...thisYear, value: 10 }, 9, '2027-01-01');
    expect(after).toMatchObject({ status: 'missed', forecast: 9, elapsedPercent: 100 });
  });

  it('has no forecast on the first day or before the start', () => {
    expect(progressOf({ ...thisYear, value: 10 }, 0, '2026-01-01')).toMatchObject({ forecast: null, elapsedPercent: 0, status: 'on_track' });
    expect(progressOf({ ...thisYear, value: 10 }, 0, '2025-12-01')).toMatchObject({ forecast: null, elapsedPercent: 0, status: 'on_track' });
    expect(countedWindow(thisYear, '2025-12-01')).toBeNull();
    expect(countedWindow(thisYear, '2026-11-28')).toEqual({ from: '2026-01-01', to: '2026-11-28' });
    expect(countedWindow(thisYear, '2027-03-01')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('forecasts won amounts beyond 2^53 exactly', () => {
    // ₩900조 over 331 days of 364: the product passes 2^53.
    expect(progressOf({ ...thisYear, value: 1e15 }, 900_000_000_000_000, '2026-11-28').forecast).toBe(989_728_096_676_737);
  });
});
