import type { Schemas } from '../../api/client';

export type ProgramType = Schemas['Program']['type'];
export type ProgramStage = Schemas['Program']['stages'][number];
export type PartnerRole = Schemas['Program']['partners'][number]['role'];

/** The server's own lists, so the two cannot drift apart. */
export { partnerRoles, programStages, programTypes } from '../../../../src/features/programs/program.codes.ts';
