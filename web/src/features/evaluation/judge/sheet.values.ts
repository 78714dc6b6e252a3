import type { Schemas } from '../../../api/client';
// The server's own total (src/features/evaluation/ranking/ranking.ts), so the live total is the one ranking uses.
import { weightedTotal } from '../../../../../src/features/evaluation/ranking/ranking.ts';
import type { Criterion } from './judge.queries';

/** What a judge edits on a sheet: a score (or nothing yet) and a comment per criterion, and the overall comment. */
export type SheetValues = { scores: Record<string, number | null>; comments: Record<string, string>; comment: string };

export const COMMENT_MAX = 4000;
export const OVERALL_COMMENT_MAX = 8000;

export function valuesOf(sheet: { scores: Record<string, number>; comments: Record<string, string>; comment: string }, criteria: Criterion[]): SheetValues {
  return {
    scores: Object.fromEntries(criteria.map((c) => [c.id, sheet.scores[c.id] ?? null])),
    comments: Object.fromEntries(criteria.map((c) => [c.id, sheet.comments[c.id] ?? ''])),
    comment: sheet.comment,
  };
}

export const sameValues = (a: SheetValues, b: SheetValues) => JSON.stringify(a) === JSON.stringify(b);

/** Why the server would refuse a score as typed (outside 0…maxScore, or finer than 0.01), or null. */
export function scoreProblem(c: Criterion, score: number | null): 'range' | null {
  if (score === null) return null;
  if (!Number.isFinite(score) || score < 0 || score > c.maxScore || Math.abs(Math.round(score * 100) - score * 100) > 1e-6) return 'range';
  return null;
}

/**
 * What the autosave sends: every criterion's score (null clears one) and comment, less the values
 * the server would refuse; those stay on screen, marked, and in this browser until they are fixed.
 */
export function savePayload(criteria: Criterion[], v: SheetValues): Schemas['ScoreSheetSave'] {
  const scores: Record<string, number | null> = {};
  const comments: Record<string, string> = {};
  for (const c of criteria) {
    const score = v.scores[c.id] ?? null;
    if (!scoreProblem(c, score)) scores[c.id] = score;
    const comment = v.comments[c.id] ?? '';
    if (comment.length <= COMMENT_MAX) comments[c.id] = comment;
  }
  return { scores, comments, ...(v.comment.length <= OVERALL_COMMENT_MAX ? { comment: v.comment } : {}) };
}

/** The live total: Σ weight × score ÷ maxScore over the criteria scored (within range), and how many are left. */
export function liveTotal(criteria: Criterion[], v: SheetValues): { total: number; unscored: number } {
  const scored: Record<string, number> = {};
  for (const c of criteria) {
    const score = v.scores[c.id];
    if (typeof score === 'number' && !scoreProblem(c, score)) scored[c.id] = score;
  }
  return { total: weightedTotal(criteria, scored), unscored: criteria.length - Object.keys(scored).length };
}

/** A comment is needed where a score is under the criterion's threshold (commentBelow). */
export const needsComment = (c: Criterion, score: number | null) => c.commentBelow !== null && score !== null && score < c.commentBelow;
