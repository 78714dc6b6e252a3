import type { Schemas } from '../../../api/client';

export type RoundJudge = Schemas['RoundJudge'];
export type Conflict = Schemas['Conflict'];
export type AssignmentRun = Schemas['AssignmentRun'];
export type AssignmentRunSummary = Schemas['AssignmentRunSummary'];
export type AssignmentConstraint = Schemas['AssignmentConstraint'];
export type RoundProgress = Schemas['RoundProgress'];
export type ProgressSheet = RoundProgress['sheets'][number];
export type RoundRanking = Schemas['RoundRanking'];
export type Ranked = Extract<RoundRanking['outcome'], { status: 'ranked' }>;
export type RankedApplication = Ranked['applications'][number];
export type Refusal = Extract<RoundRanking['outcome'], { status: 'refused' }>['reasons'][number];
export type RoundDecisions = Schemas['RoundDecisions'];
export type Decision = Schemas['ResultsConfirm']['decisions'][number]['decision'];
export type BonusGrant = Schemas['BonusGrant'];
export type Appeal = Schemas['Appeal'];
export type ScoreSheet = Schemas['ScoreSheetWithApplication'];

export const roundTabs = ['judges', 'conflicts', 'assignment', 'progress', 'ranking', 'appeals', 'report'] as const;
export type RoundTab = (typeof roundTabs)[number];

export const judgeStatusColor: Record<RoundJudge['status'], string> = { invited: 'yellow', active: 'teal', declined: 'red', removed: 'gray' };
export const sheetStatusColor: Record<ProgressSheet['status'], string> = { assigned: 'gray', draft: 'blue', submitted: 'teal' };
export const conflictSources = ['affiliation', 'pastAffiliation', 'teamMember', 'relation', 'declared', 'staff'] as const satisfies readonly Conflict['source'][];
export const decisions = ['advance', 'reserve', 'rejected'] as const satisfies readonly Decision[];
export const decisionColor: Record<Decision, string> = { advance: 'teal', reserve: 'yellow', rejected: 'gray' };
export const appealStatusColor: Record<Appeal['status'], string> = { open: 'orange', upheld: 'teal', dismissed: 'gray' };

/** The decision a ranking proposes: selected advances, a reserve stays one, the rest (failed included) are rejected. */
export const decisionOf = (proposal: RankedApplication['proposal']): Decision => (proposal === 'selected' ? 'advance' : proposal === 'reserve' ? 'reserve' : 'rejected');

/** An application as staff name it: its receipt number, then the organization. */
export const applicationLabel = (a: { receiptNumber: string | null; organizationName: string }) => (a.receiptNumber ? `${a.receiptNumber} · ${a.organizationName}` : a.organizationName);

/** Points as people write them: at most two decimals, no trailing zeros (82.5, 80, 71.33). */
export const points = (v: number, lang: string) => v.toLocaleString(lang === 'en' ? 'en-US' : 'ko-KR', { maximumFractionDigits: 2 });
