import type { Schemas } from '../../api/client';

export type Call = Schemas['Call'];
export type CallSummary = Schemas['CallSummary'];
export type CallStatus = Call['status'];

/** The statuses a visitor filters by; drafts are the staff's own. */
export const publicCallStatuses = ['upcoming', 'open', 'closed'] as const satisfies readonly CallStatus[];
export type PublicCallStatus = (typeof publicCallStatuses)[number];

export const statusColor: Record<CallStatus, string> = { draft: 'gray', upcoming: 'blue', open: 'teal', closed: 'red' };
