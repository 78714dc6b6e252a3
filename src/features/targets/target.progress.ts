/**
 * A target's progress as of a day, from the value counted so far: pure arithmetic over calendar
 * days (YYYY-MM-DD, Asia/Seoul), no dependencies, so the rule is tested on its own.
 */

import type { TargetStatus } from './target.codes.ts';

export type Progress = {
  current: number;
  forecast: number | null;
  percent: number;
  elapsedPercent: number;
  status: TargetStatus;
  asOf: string;
};

type Period = { startsOn: string; deadline: string };

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/** The days counted so far, [startsOn, min(today, deadline)]; null before the target starts. */
export function countedWindow(target: Period, today: string): { from: string; to: string } | null {
  if (today < target.startsOn) return null;
  return { from: target.startsOn, to: today < target.deadline ? today : target.deadline };
}

/**
 * 1. The forecast is the straight line from (startsOn, 0) through (today, current) to the
 *    deadline: current × (deadline − startsOn) / (today − startsOn), in days, rounded down (the
 *    value is a whole number, so "forecast ≥ value" reads the same rounded or not); none on the
 *    first day or before it, when no time has passed.
 * 2. Met as soon as current ≥ value, even before the deadline; missed once the deadline has
 *    passed without that; otherwise on track when the forecast reaches the value (or there is no
 *    forecast yet), at risk when it does not.
 */
export function progressOf(target: Period & { value: number }, current: number, today: string): Progress {
  const total = daysBetween(target.startsOn, target.deadline);
  const elapsed = Math.min(Math.max(daysBetween(target.startsOn, today), 0), total);
  // Won amounts times days pass 2^53: the division is done in integers.
  const forecast = elapsed > 0 ? Number((BigInt(Math.round(current)) * BigInt(total)) / BigInt(elapsed)) : null;
  const status: TargetStatus =
    current >= target.value ? 'met' : today > target.deadline ? 'missed' : forecast === null || forecast >= target.value ? 'on_track' : 'at_risk';
  return {
    current,
    forecast,
    percent: oneDecimal((current * 100) / target.value),
    elapsedPercent: oneDecimal((elapsed * 100) / total),
    status,
    asOf: today,
  };
}
