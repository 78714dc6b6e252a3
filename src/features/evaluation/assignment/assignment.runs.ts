import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../../db/client.ts';
import { requireActor, type Deps, type RequestScope } from '../../../http/context.ts';
import { AppError } from '../../../http/errors.ts';
import { seoulDateTime } from '../../../shared/clock.ts';
import { audit } from '../../audit/audit.service.ts';
import type { Actor } from '../../auth/actor.ts';
import { roundApplicationIds, roundApplications } from '../rounds/round.applications.ts';
import { roundFor, statusOf, tenantOf, type RoundRow } from '../rounds/round.service.ts';
import { assignmentConstraints, assignmentRuns, scoreSheets } from '../scoring/score-sheet.table.ts';
import { activeConflictPairs, detectConflicts, pairInConflict } from '../judges/conflict.detect.ts';
import { affinityMatrix, answerTexts } from './assignment.affinity.ts';
import { assign } from './assignment.cli.ts';
import type { AssignmentInput, AssignmentOutput, Objective } from './assignment.schema.ts';

/**
 * Assignment of a round's judges to its applications, kept run by run: each run stores the
 * problem exactly as the solver saw it (the pairs fixed beforehand, the load ranges, every
 * affinity and conflict) and what it answered; staff look at a run and apply it.
 *
 * Fixed pairs are not the solver's to move: sheets a judge has started (draft or submitted) and
 * staff's pins. They count against the application's k and the judge's load before the solver
 * runs. Conflicts (not lifted) and staff's forbids are never assigned.
 */
export type RunInput = {
  problem: AssignmentInput;
  /** [judge, application] pairs assigned before the solver ran: started sheets and pins. */
  fixed: [string, string][];
  /** Affinity of each fixed pair, for the totals. */
  fixedAffinities: number[];
  /** A judge's maximum load when staff set none: ⌈1.2 · applications · k ÷ judges⌉. */
  defaultMaxLoad: number;
  /** Pins left out because the pair is in conflict. */
  droppedPins: [string, string][];
};

/** A judge–application pair as a map key (ids are uuids). */
const pairKey = (judge: string, application: string) => `${judge}:${application}`;

type JudgeRow = { personId: string; name: string; minLoad: number; maxLoad: number | null; expertise: string | null; tags: string[] | null };

async function roundJudgesOf(db: Db, roundId: string): Promise<JudgeRow[]> {
  return rowsOf<JudgeRow>(db, sql`
    select rj.person_id as "personId", p.name, rj.min_load as "minLoad", rj.max_load as "maxLoad", jp.expertise, jp.tags
    from round_judges rj join people p on p.id = rj.person_id left join judge_profiles jp on jp.person_id = rj.person_id
    where rj.round_id = ${roundId}::uuid and rj.status = 'active' order by p.name, rj.person_id`);
}

/** What an application says about itself, for expertise affinity: its answers and its organization's self-description. */
async function applicationTexts(db: Db, roundId: string): Promise<Map<string, string[]>> {
  const rows = await rowsOf<{ id: string; answers: unknown; products: string | null; technologies: string | null; description: string | null }>(db, sql`
    select a.id, last.answers, o.products, o.technologies, o.description
    from applications a join organizations o on o.id = a.organization_id
    cross join lateral (select s.answers from application_submissions s where s.application_id = a.id order by s.seq desc limit 1) last
    where a.id in (${roundApplicationIds(roundId)})`);
  return new Map(rows.map((r) => [r.id, [...answerTexts(r.answers), r.products ?? '', r.technologies ?? '', r.description ?? '']]));
}

export async function buildProblem(db: Db, round: RoundRow): Promise<RunInput> {
  const [apps, judges, texts, conflicts, constraints, started] = await Promise.all([
    roundApplications(db, round.id),
    roundJudgesOf(db, round.id),
    applicationTexts(db, round.id),
    activeConflictPairs(db, round.id),
    db.select().from(assignmentConstraints).where(sql`${assignmentConstraints.roundId} = ${round.id}::uuid`),
    rowsOf<{ personId: string; applicationId: string; affinity: number | null }>(
      db,
      sql`select person_id as "personId", application_id as "applicationId", affinity from score_sheets where round_id = ${round.id}::uuid and status <> 'assigned'`,
    ),
  ]);
  const key = (j: string, a: string) => pairKey(j, a);
  const inRound = new Set(apps.map((a) => a.id));
  const judgeIds = new Set(judges.map((j) => j.personId));
  const blocked = new Set(conflicts.map(([j, a]) => key(j, a)));
  const affinities = affinityMatrix(
    judges.map((j) => ({ id: j.personId, expertise: j.expertise ?? '', tags: j.tags ?? [] })),
    apps.map((a) => ({ id: a.id, texts: texts.get(a.id) ?? [] })),
  );
  const affinityOf = (j: string, a: string) => affinities.get(j)?.get(a) ?? 0;

  const fixed = new Map<string, [string, string]>();
  for (const s of started) if (judgeIds.has(s.personId) && inRound.has(s.applicationId) && !blocked.has(key(s.personId, s.applicationId))) fixed.set(key(s.personId, s.applicationId), [s.personId, s.applicationId]);
  const droppedPins: [string, string][] = [];
  for (const c of constraints) {
    if (!judgeIds.has(c.personId) || !inRound.has(c.applicationId)) continue;
    if (c.kind === 'forbid') blocked.add(key(c.personId, c.applicationId));
    else if (blocked.has(key(c.personId, c.applicationId))) droppedPins.push([c.personId, c.applicationId]);
    else fixed.set(key(c.personId, c.applicationId), [c.personId, c.applicationId]);
  }
  const k = round.judgesPerApplication;
  const defaultMaxLoad = judges.length ? Math.ceil((1.2 * apps.length * k) / judges.length) : 0;
  const fixedPerApp = new Map<string, number>();
  const fixedPerJudge = new Map<string, number>();
  for (const [j, a] of fixed.values()) {
    fixedPerApp.set(a, (fixedPerApp.get(a) ?? 0) + 1);
    fixedPerJudge.set(j, (fixedPerJudge.get(j) ?? 0) + 1);
  }
  const problem: AssignmentInput = {
    judgesPerApplication: k,
    applications: apps.map((a) => ({ id: a.id, judgesNeeded: Math.max(0, k - (fixedPerApp.get(a.id) ?? 0)) })),
    judges: judges.map((j) => {
      const taken = fixedPerJudge.get(j.personId) ?? 0;
      return { id: j.personId, maxLoad: Math.max(0, (j.maxLoad ?? defaultMaxLoad) - taken), minLoad: Math.max(0, j.minLoad - taken) };
    }),
    affinities: [],
    conflicts: [],
  };
  for (const j of judges)
    for (const a of apps) {
      const pair = key(j.personId, a.id);
      if (fixed.has(pair)) continue;
      if (blocked.has(pair)) problem.conflicts.push([j.personId, a.id]);
      problem.affinities.push([j.personId, a.id, affinityOf(j.personId, a.id)]);
    }
  const fixedPairs = [...fixed.values()];
  return { problem, fixed: fixedPairs, fixedAffinities: fixedPairs.map(([j, a]) => affinityOf(j, a)), defaultMaxLoad, droppedPins };
}

type RunRow = typeof assignmentRuns.$inferSelect;


function assertOpen(round: RoundRow, now: Date) {
  if (statusOf(round, now) === 'closed') throw new AppError('roundClosed');
}

/** Runs the solver on the round as it stands and keeps the run (not yet applied). */
export async function createRun(deps: Deps, scope: RequestScope, roundId: string, objective: Objective) {
  const actor = requireActor(scope);
  const db = deps.database.db;
  const { row: round, call } = await roundFor(db, actor, roundId, true);
  assertOpen(round, deps.clock.now());
  // Profiles may have changed since the last detection: the run sees every conflict known now.
  await db.transaction((tx) => detectConflicts(tx, deps, roundId));
  // One consistent picture of the round: judges, applications, conflicts and started sheets as of one moment.
  const input = await db.transaction((tx) => buildProblem(tx, round), { isolationLevel: 'repeatable read', accessMode: 'read only' });
  const output = await assign(input.problem, objective);
  const id = await db.transaction(async (tx) => {
    const [run] = await tx
      .insert(assignmentRuns)
      .values({ roundId, objective, input: input as unknown as AssignmentInput, output, status: output.status, createdBy: actor.personId, createdAt: deps.clock.now() })
      .returning({ id: assignmentRuns.id });
    await audit(
      tx,
      actor,
      {
        action: 'assignment.run',
        entityType: 'evaluation_round',
        entityId: roundId,
        ...tenantOf(call),
        after: { runId: run!.id, objective, status: output.status, totalAffinity: output.totalAffinity, minApplicationAffinity: output.minApplicationAffinity, fixed: input.fixed.length },
      },
      scope.requestId,
    );
    return run!.id;
  });
  return getRun(deps, scope, id);
}

async function runFor(db: Db, actor: Actor, id: string, write: boolean) {
  const [run] = await db.select().from(assignmentRuns).where(sql`${assignmentRuns.id} = ${id}::uuid`);
  if (!run) throw AppError.notFound();
  const { row: round, call } = await roundFor(db, actor, run.roundId, write, write);
  return { run, round, call };
}

const inputOf = (run: RunRow) => run.input as unknown as RunInput;

/** A run as staff read it: every application with its judges (names, affinity, fixed or not), loads, totals, reasons by name. */
async function present(db: Db, run: RunRow) {
  const input = inputOf(run);
  const names = new Map(
    (await rowsOf<{ id: string; name: string }>(db, sql`select p.id, p.name from round_judges rj join people p on p.id = rj.person_id where rj.round_id = ${run.roundId}::uuid`)).map((r) => [r.id, r.name]),
  );
  const apps = await roundApplications(db, run.roundId);
  const labels = new Map(apps.map((a) => [a.id, { receiptNumber: a.receiptNumber, organizationName: a.organizationName }]));
  for (const a of input.problem.applications) if (!labels.has(a.id)) labels.set(a.id, { receiptNumber: null, organizationName: '' });
  const affinity = new Map(input.problem.affinities.map(([j, a, v]) => [pairKey(j, a), v]));
  const pairs: { judge: string; application: string; affinity: number; fixed: boolean }[] = input.fixed.map(([j, a], i) => ({ judge: j, application: a, affinity: input.fixedAffinities[i] ?? 0, fixed: true }));
  for (const [j, a] of run.output.assignments) pairs.push({ judge: j, application: a, affinity: affinity.get(pairKey(j, a)) ?? 0, fixed: false });
  const byApp = new Map<string, typeof pairs>();
  for (const p of pairs) byApp.set(p.application, [...(byApp.get(p.application) ?? []), p]);
  const load = new Map<string, number>();
  for (const p of pairs) load.set(p.judge, (load.get(p.judge) ?? 0) + 1);
  const feasible = run.status !== 'infeasible';
  const fixedLoad = new Map<string, number>();
  for (const [j] of input.fixed) fixedLoad.set(j, (fixedLoad.get(j) ?? 0) + 1);
  const applications = input.problem.applications.map((a) => {
    const mine = feasible ? (byApp.get(a.id) ?? []) : [];
    return {
      applicationId: a.id,
      ...labels.get(a.id)!,
      affinity: mine.reduce((s, p) => s + p.affinity, 0),
      judges: mine.map((p) => ({ personId: p.judge, name: names.get(p.judge) ?? '', affinity: p.affinity, fixed: p.fixed })),
    };
  });
  const fixedTotal = input.fixedAffinities.reduce((s, v) => s + v, 0);
  return {
    id: run.id,
    roundId: run.roundId,
    objective: run.objective,
    status: run.status,
    createdAt: seoulDateTime(run.createdAt),
    appliedAt: run.appliedAt && seoulDateTime(run.appliedAt),
    totalAffinity: feasible && run.output.totalAffinity !== null ? run.output.totalAffinity + fixedTotal : null,
    minApplicationAffinity: feasible && applications.length ? Math.min(...applications.map((a) => a.affinity)) : null,
    solverTotalAffinity: run.output.totalAffinity,
    bounds: run.output.bounds ?? null,
    defaultMaxLoad: input.defaultMaxLoad,
    fixedPairs: input.fixed.length,
    droppedPins: input.droppedPins.map(([j, a]) => ({ personId: j, name: names.get(j) ?? '', applicationId: a, ...labels.get(a)! })),
    conflicts: input.problem.conflicts.length,
    reasons: (run.output.reasons ?? []).map((r) => ({
      code: r.code,
      message: r.message,
      needed: r.needed,
      available: r.available,
      applications: r.applications.map((id) => ({ applicationId: id, ...(labels.get(id) ?? { receiptNumber: null, organizationName: '' }) })),
      judges: r.judges.map((id) => ({ personId: id, name: names.get(id) ?? '' })),
    })),
    judges: input.problem.judges.map((j) => ({ personId: j.id, name: names.get(j.id) ?? '', load: feasible ? (load.get(j.id) ?? 0) : 0, maxLoad: j.maxLoad + (fixedLoad.get(j.id) ?? 0) })),
    applications,
  };
}
export type RunOut = Awaited<ReturnType<typeof present>>;

export async function getRun(deps: Deps, scope: RequestScope, id: string): Promise<RunOut> {
  const actor = requireActor(scope);
  const { run } = await runFor(deps.database.db, actor, id, false);
  return present(deps.database.db, run);
}

/** The round's runs, newest first, without their assignments. */
export async function listRuns(deps: Deps, scope: RequestScope, roundId: string) {
  const actor = requireActor(scope);
  const db = deps.database.db;
  await roundFor(db, actor, roundId, false);
  const rows = await rowsOf<{ id: string; objective: Objective; status: AssignmentOutput['status']; output: AssignmentOutput; createdAt: Date; appliedAt: Date | null; createdBy: string | null }>(db, sql`
    select r.id, r.objective, r.status, r.output - 'assignments' as output, r.created_at as "createdAt", r.applied_at as "appliedAt", p.name as "createdBy"
    from assignment_runs r left join people p on p.id = r.created_by where r.round_id = ${roundId}::uuid order by r.created_at desc, r.id`);
  return rows.map((r) => ({
    id: r.id,
    objective: r.objective,
    status: r.status,
    solverTotalAffinity: r.output.totalAffinity,
    createdAt: seoulDateTime(new Date(r.createdAt)),
    appliedAt: r.appliedAt && seoulDateTime(new Date(r.appliedAt)),
    createdBy: r.createdBy,
  }));
}

/**
 * Makes a run the round's assignment: unstarted sheets the run does not keep are removed, new
 * pairs get a sheet. Started sheets always stay (nobody's work is thrown away); a pair that came
 * into conflict since the run is skipped. The round is locked, so two applies queue.
 */
export async function applyRun(deps: Deps, scope: RequestScope, id: string) {
  const actor = requireActor(scope);
  const result = await deps.database.db.transaction(async (tx) => {
    const { run, round, call } = await runFor(tx, actor, id, true);
    const now = deps.clock.now();
    assertOpen(round, now);
    if (run.status === 'infeasible') throw new AppError('runNotApplicable', { reason: run.output.reasons?.[0]?.message.ko ?? run.status });
    const input = inputOf(run);
    const affinity = new Map(input.problem.affinities.map(([j, a, v]) => [pairKey(j, a), v]));
    const wanted = new Map<string, { personId: string; applicationId: string; affinity: number }>();
    input.fixed.forEach(([j, a], i) => wanted.set(pairKey(j, a), { personId: j, applicationId: a, affinity: input.fixedAffinities[i] ?? 0 }));
    for (const [j, a] of run.output.assignments) wanted.set(pairKey(j, a), { personId: j, applicationId: a, affinity: affinity.get(pairKey(j, a)) ?? 0 });
    const blocked = new Set((await activeConflictPairs(tx, round.id)).map(([j, a]) => pairKey(j, a)));
    const current = await tx
      .select({ id: scoreSheets.id, personId: scoreSheets.personId, applicationId: scoreSheets.applicationId, status: scoreSheets.status })
      .from(scoreSheets)
      .where(sql`${scoreSheets.roundId} = ${round.id}::uuid`);
    const have = new Set(current.map((s) => pairKey(s.personId, s.applicationId)));
    const remove = current.filter((s) => s.status === 'assigned' && !wanted.has(pairKey(s.personId, s.applicationId))).map((s) => s.id);
    if (remove.length) await tx.delete(scoreSheets).where(sql`${scoreSheets.id} in (${sql.join(remove.map((r) => sql`${r}::uuid`), sql`, `)})`);
    const add = [...wanted.entries()].filter(([k]) => !have.has(k) && !blocked.has(k)).map(([, v]) => v);
    for (let i = 0; i < add.length; i += 1000)
      await tx.insert(scoreSheets).values(add.slice(i, i + 1000).map((p) => ({ roundId: round.id, ...p, runId: run.id, createdAt: now, updatedAt: now })));
    await tx.update(assignmentRuns).set({ appliedAt: now }).where(sql`${assignmentRuns.id} = ${run.id}::uuid`);
    const skipped = [...wanted.keys()].filter((k) => !have.has(k) && blocked.has(k)).length;
    const counts = { added: add.length, removed: remove.length, kept: current.length - remove.length, skippedForConflict: skipped };
    await audit(tx, actor, { action: 'assignment.applied', entityType: 'evaluation_round', entityId: round.id, ...tenantOf(call), after: { runId: run.id, ...counts } }, scope.requestId);
    return counts;
  });
  return { ...result, run: await getRun(deps, scope, id) };
}

/** Staff's pins and forbids of a round. */
export async function listConstraints(deps: Deps, scope: RequestScope, roundId: string) {
  const actor = requireActor(scope);
  const db = deps.database.db;
  await roundFor(db, actor, roundId, false);
  return rowsOf<{ id: string; personId: string; name: string; applicationId: string; receiptNumber: string | null; organizationName: string; kind: 'pin' | 'forbid'; reason: string }>(db, sql`
    select c.id, c.person_id as "personId", p.name, c.application_id as "applicationId", a.receipt_number as "receiptNumber", o.name as "organizationName", c.kind, c.reason
    from assignment_constraints c join people p on p.id = c.person_id join applications a on a.id = c.application_id join organizations o on o.id = a.organization_id
    where c.round_id = ${roundId}::uuid order by c.created_at, c.id`);
}

export type ConstraintIn = { personId: string; applicationId: string; kind: 'pin' | 'forbid'; reason: string };

/** Pins or forbids a pair (replacing what was set for it); the judge must be the round's and the application in it. */
export async function setConstraint(deps: Deps, scope: RequestScope, roundId: string, input: ConstraintIn) {
  const actor = requireActor(scope);
  await deps.database.db.transaction(async (tx) => {
    const { row: round, call } = await roundFor(tx, actor, roundId, true);
    assertOpen(round, deps.clock.now());
    const [judge] = await rowsOf(tx, sql`select 1 from round_judges where round_id = ${roundId}::uuid and person_id = ${input.personId}::uuid and status in ('invited', 'active')`);
    if (!judge) throw AppError.field('personId', 'validation.notRoundJudge');
    const [app] = await rowsOf(tx, sql`select 1 where ${input.applicationId}::uuid in (${roundApplicationIds(roundId)})`);
    if (!app) throw AppError.field('applicationId', 'validation.notInRound');
    if (input.kind === 'pin') {
      if (await pairInConflict(tx, roundId, input.personId, input.applicationId)) throw AppError.field('applicationId', 'validation.pinConflict');
    }
    await tx
      .insert(assignmentConstraints)
      .values({ roundId, ...input, createdBy: actor.personId, createdAt: deps.clock.now() })
      .onConflictDoUpdate({ target: [assignmentConstraints.roundId, assignmentConstraints.personId, assignmentConstraints.applicationId], set: { kind: input.kind, reason: input.reason, createdBy: actor.personId, createdAt: deps.clock.now() } });
    await audit(tx, actor, { action: `assignment.${input.kind}`, entityType: 'evaluation_round', entityId: roundId, ...tenantOf(call), after: input }, scope.requestId);
  });
  return listConstraints(deps, scope, roundId);
}

export async function deleteConstraint(deps: Deps, scope: RequestScope, id: string) {
  const actor = requireActor(scope);
  await deps.database.db.transaction(async (tx) => {
    const [c] = await tx.select().from(assignmentConstraints).where(sql`${assignmentConstraints.id} = ${id}::uuid`);
    if (!c) throw AppError.notFound();
    const { call } = await roundFor(tx, actor, c.roundId, true);
    await tx.delete(assignmentConstraints).where(sql`${assignmentConstraints.id} = ${id}::uuid`);
    await audit(tx, actor, { action: 'assignment.constraint_removed', entityType: 'evaluation_round', entityId: c.roundId, ...tenantOf(call), before: c }, scope.requestId);
  });
}
