import type { Schemas } from '../../api/client';

export type SupportKind = Schemas['SupportRecord']['kind'];

/** The server's own list, so the two cannot drift apart. */
export { supportKinds } from '../../../../src/features/support-records/support-kinds.ts';
