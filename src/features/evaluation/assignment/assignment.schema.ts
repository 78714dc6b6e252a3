import { z } from 'zod';
import { msg } from '../../../http/errors.ts';

/** Affinities and loads are bounded so that every sum the solvers form stays an exact integer in a double. */
export const MAX_AFFINITY = 1_000_000;
export const MAX_LOAD = 1_000_000;
const MAX_JUDGES_PER_APPLICATION = 1_000;
/** More issues than this in one file are not listed one by one. */
const MAX_ISSUES = 20;

const Id = z.string().min(1).max(200);
const Count = (max: number) => z.number().int().min(0).max(max);

const Application = z.object({
  id: Id.describe('Application id, unique among applications.'),
  judgesNeeded: Count(MAX_JUDGES_PER_APPLICATION).optional().describe('Judges this application needs; overrides judgesPerApplication.'),
});

const Judge = z.object({
  id: Id.describe('Judge id, unique among judges.'),
  maxLoad: Count(MAX_LOAD).describe('At most this many applications for the judge.'),
  minLoad: Count(MAX_LOAD).default(0).describe('At least this many applications for the judge (default 0).'),
});

export const AssignmentInput = z
  .object({
    judgesPerApplication: Count(MAX_JUDGES_PER_APPLICATION).describe('Judges per application (k), unless the application says judgesNeeded.'),
    applications: z.array(Application).describe('The applications to review.'),
    judges: z.array(Judge).describe('The judges and their load ranges.'),
    affinities: z
      .array(z.tuple([Id.describe('judge id'), Id.describe('application id'), z.number().int().min(-MAX_AFFINITY).max(MAX_AFFINITY).describe('affinity')]))
      .describe('[judgeId, applicationId, affinity]: the only pairs that may be assigned; affinity is an integer (0 is allowed, higher is better).'),
    conflicts: z
      .array(z.tuple([Id.describe('judge id'), Id.describe('application id')]))
      .default([])
      .describe('[judgeId, applicationId]: pairs never assigned, even when listed in affinities.'),
  })
  .superRefine((input, ctx) => {
    let issues = 0;
    const add = (path: (string | number)[], message: string) => {
      if (issues++ < MAX_ISSUES) ctx.addIssue({ code: 'custom', path, message });
    };
    const index = <T extends { id: string }>(list: T[], field: string) => {
      const seen = new Set<string>();
      list.forEach((item, i) => {
        if (seen.has(item.id)) add([field, i, 'id'], msg('assignment.duplicateId', { id: item.id }));
        seen.add(item.id);
      });
      return seen;
    };
    const applications = index(input.applications, 'applications');
    const judges = index(input.judges, 'judges');
    input.judges.forEach((judge, i) => {
      if (judge.minLoad > judge.maxLoad) add(['judges', i, 'minLoad'], msg('assignment.minAboveMax', { min: judge.minLoad, max: judge.maxLoad }));
    });
    const pairs = (field: 'affinities' | 'conflicts', list: readonly (readonly [string, string, ...unknown[]])[]) => {
      const first = new Map<string, number>();
      list.forEach(([judge, application], i) => {
        if (!judges.has(judge)) add([field, i, 0], msg('assignment.unknownJudge', { id: judge }));
        if (!applications.has(application)) add([field, i, 1], msg('assignment.unknownApplication', { id: application }));
        // Ids may hold any character; a separator that a JSON string cannot hold unescaped keeps keys apart.
        const key = `${judge}\u0000${application}`;
        const earlier = first.get(key);
        if (earlier !== undefined && field === 'affinities') add([field, i], msg('assignment.duplicatePair', { first: earlier }));
        else if (earlier === undefined) first.set(key, i);
      });
    };
    pairs('affinities', input.affinities);
    pairs('conflicts', input.conflicts);
  })
  .describe('A judge assignment problem: who may review what, how many judges each application needs, and how much each judge may take.');

export type AssignmentInput = z.infer<typeof AssignmentInput>;

export const Objective = z.enum(['total', 'fair']).describe('total: the largest total affinity. fair: first the largest affinity of the worst-served application, then the largest total.');
export type Objective = z.infer<typeof Objective>;

export const ReasonCode = z
  .enum(['tooFewCandidates', 'judgeMinLoad', 'capacityBelowDemand', 'minLoadAboveDemand', 'applicationsShort', 'judgesUnderloaded'])
  .describe(
    [
      'tooFewCandidates: an application has fewer assignable judges (listed in affinities, no conflict) than it needs.',
      'judgeMinLoad: a judge has fewer assignable applications than their minLoad.',
      'capacityBelowDemand: all judges together (each at most min(maxLoad, assignable applications)) cannot give the assignments needed.',
      "minLoadAboveDemand: the judges' minLoads add up to more than the assignments needed.",
      'applicationsShort: a set of applications needs more assignments than the judges they may get can give them (Hall condition, found from the minimum cut).',
      'judgesUnderloaded: a set of judges must take more (their minLoads) than the applications that may go to them can give (found from the minimum cut).',
    ].join(' '),
  );

export const Reason = z
  .object({
    code: ReasonCode,
    applications: z.array(z.string()).describe('The applications concerned.'),
    judges: z.array(z.string()).describe('The judges concerned.'),
    needed: z.number().int().describe('Assignments needed by the applications (or by the judges’ minLoads) in this reason.'),
    available: z.number().int().describe('The most assignments that can be had in this reason: needed > available proves infeasibility.'),
    message: z.object({ ko: z.string(), en: z.string() }).describe('The reason in Korean and English.'),
  })
  .describe('Why no assignment satisfies every constraint: a checkable count, needed > available.');
export type Reason = z.infer<typeof Reason>;

export const AssignmentOutput = z
  .object({
    status: z
      .enum(['optimal', 'feasible', 'infeasible'])
      .describe('optimal: proven best for the objective. feasible (fair only): a valid assignment whose fairness was not proven best within the time limit; see bounds. infeasible: no assignment exists; see reasons.'),
    objective: Objective,
    assignments: z.array(z.tuple([z.string(), z.string()])).describe('[judgeId, applicationId] pairs, in the order of the applications, then of the judges.'),
    totalAffinity: z.number().int().nullable().describe('Sum of the affinities of all assigned pairs; null when infeasible.'),
    minApplicationAffinity: z
      .number()
      .int()
      .nullable()
      .describe("The worst-served application's affinity, an application's affinity being the sum of its assigned judges' affinities; null when infeasible or there are no applications."),
    bounds: z
      .object({ minApplicationAffinity: z.number().int(), totalAffinity: z.number().int() })
      .optional()
      .describe('Fair mode: upper bounds proven for both figures; equal to the figures when optimal.'),
    reasons: z.array(Reason).optional().describe('When infeasible: why.'),
  })
  .describe('The assignment found, or why none exists.');
export type AssignmentOutput = z.infer<typeof AssignmentOutput>;
