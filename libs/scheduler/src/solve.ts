import { exactApplies, improveBreaks } from './exact-breaks';
import { buildModel, Model } from './model';
import { Assignment, RESULT_FORMAT, ScheduleInstance, ScheduleResult, Unscheduled, validateInstance } from './schedule-instance';
import { Search, SearchOptions, SearchProgress, SearchTuning } from './search';
import { ScheduleState } from './state';
import { assignTables } from './table-assignment';
import { explainUnscheduled } from './unscheduled-reasons';
import { weightUpperBound } from './upper-bound';

export interface SolveOptions {
  seed?: number;
  /** Wall-clock budget; defaults to settings.timeLimitMs, then 10 s. */
  timeLimitMs?: number;
  /** Hard cap on annealing moves (useful for reproducible runs independent of machine speed). */
  maxIterations?: number;
  /** Annealing cycles without improvement before stopping early. */
  stallCycles?: number;
  onProgress?: (p: SearchProgress) => void;
  /** Annealing parameters (for experiments; defaults are tuned on the JAIR instances). */
  tuning?: SearchTuning;
  /**
   * Share of the budget given to the exact phase (a SAT solver on the break objective, bound from the
   * annealing's best, exact-breaks.ts) when the event fits it; 0 (the default) turns it off.
   * The annealing gets the rest, and the exact phase also whatever the annealing leaves when
   * it stops early.
   */
  exactShare?: number;
  /** Conflict budget of the exact phase per bound (reproducible runs); unlimited by default. */
  exactConflicts?: number;
  /** Time the exact phase may take to settle the lower bound before the annealing resumes. */
  exactProbeMs?: number;
  /**
   * Knobs for the rest of the annealing after laterShare of its budget (without the exact
   * phase only): one run then covers events that need different knobs (solve-parallel.ts).
   */
  laterTuning?: SearchTuning;
  laterShare?: number;
  /**
   * Shared by the workers of a portfolio (solve-parallel.ts): slot 0 holds the highest break
   * total the exact phase has refuted, -1 before any. An annealing-only worker whose best
   * schedule still has more breaks than one above it joins the exact phase from there.
   */
  refutedBoard?: Int32Array;
}

export type { SearchProgress } from './search';

const DEFAULT_TIME_LIMIT_MS = 10_000;
/**
 * Budget kept for placing leftovers, table assignment, reasons and the result object. It grows with
 * the event, not with the time limit: 2-7 ms on the JAIR events, 22-59 ms for 12,000 meetings and
 * 170-280 ms for 80,000 (about 0.0035 ms per meeting), so this keeps five times that.
 */
const FINISH_MS = 50;
const FINISH_MS_PER_MEETING = 0.02;
const DEFAULT_EXACT_SHARE = 0;
// CaDiCaL refutes the lower bound of ticf-13crafc in 1.6-3.1 s under WebAssembly, the other core busy.
const DEFAULT_EXACT_PROBE_MS = 3_500;

export class InvalidInstanceError extends Error {
  constructor(readonly errors: string[]) {
    super(`invalid schedule instance:\n- ${errors.join('\n- ')}`);
  }
}

export interface SolveOutcome {
  result: ScheduleResult;
  /**
   * Every meeting is placed and no schedule has fewer breaks (the annealing reached the
   * forced breaks, or the SAT solver refuted every smaller total): nothing left to gain on the first
   * two objectives, so a portfolio can stop its other workers.
   */
  optimal: boolean;
}

/**
 * Schedules meetings: maximise placed weight, then minimise breaks, then spread breaks
 * fairly, then keep people at the same table. Deterministic for a given seed as long as
 * the time limit does not bind (the search stops on optimum, stagnation or maxIterations);
 * when it does, cooling is paced by the measured speed, so pass maxIterations for runs
 * that must be identical across machines.
 */
export function solve(instance: ScheduleInstance, options: SolveOptions = {}): ScheduleResult {
  return solveWithProof(instance, options).result;
}

/** solve(), also telling whether the result is proven optimal on placement and breaks. */
export function solveWithProof(instance: ScheduleInstance, options: SolveOptions = {}): SolveOutcome {
  const now = () => performance.now();
  const startedAt = now();
  const check = validateInstance(instance);
  if (!check.ok) throw new InvalidInstanceError(check.errors);
  const limit = options.timeLimitMs ?? instance.settings?.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const md = buildModel(instance);
  const upperBound = weightUpperBound(md);
  const st = new ScheduleState(md);
  // Under a very short limit the search still gets half of it.
  const deadline = startedAt + limit - Math.min(limit / 2, FINISH_MS + md.M * FINISH_MS_PER_MEETING);
  const share = options.exactShare ?? DEFAULT_EXACT_SHARE;
  const exact = share > 0 && exactApplies(st);
  const board = options.refutedBoard;
  // Join the exact phase once it has refuted a total and this search is still above the next one.
  const joinExact =
    board && share === 0 && exactApplies(st)
      ? (bestBreaks: number) => {
          const refuted = Atomics.load(board, 0);
          return refuted >= 0 && bestBreaks > refuted + 1;
        }
      : undefined;
  const searchOptions = {
    seed: options.seed ?? 1,
    startedAt,
    now,
    deadline: exact ? deadline - (deadline - startedAt) * Math.min(1, share) : deadline,
    maxIterations: options.maxIterations ?? Number.POSITIVE_INFINITY,
    stallCycles: options.stallCycles ?? 60,
    onProgress: options.onProgress,
    tuning: options.tuning,
    interrupt: joinExact,
  };
  const laterShare = options.laterTuning && !exact ? Math.min(1, options.laterShare ?? 0.5) : 1;
  const search = new Search(st, { ...searchOptions, deadline: startedAt + (searchOptions.deadline - startedAt) * laterShare });
  search.run();
  let iterations = search.iterations;
  // More annealing on the schedule so far (its best), with another seed until the deadline.
  const resume = (tuning: SearchTuning | undefined, interrupt?: SearchOptions['interrupt']) => {
    const resumed = new Search(st, { ...searchOptions, seed: searchOptions.seed + 1, deadline, tuning, interrupt });
    resumed.run();
    iterations += resumed.iterations;
    return resumed;
  };
  let interrupted = search.interrupted;
  if (laterShare < 1 && !interrupted) {
    const resumed = resume(options.laterTuning, joinExact);
    interrupted = resumed.interrupted;
  }
  let breaksProven = st.breaks <= search.forcedTotal;
  if (exact || interrupted) {
    const outcome = improveBreaks(st, {
      deadline,
      now,
      forced: search.forced,
      seed: options.seed ?? 1,
      probeMs: exact ? (options.exactProbeMs ?? DEFAULT_EXACT_PROBE_MS) : undefined,
      maxConflicts: options.exactConflicts,
      firstBound: interrupted && board ? Atomics.load(board, 0) + 1 : undefined,
      // A worker joining the exact phase searches differently from the one it joins (exact-breaks.ts).
      exactCount: interrupted,
      onRefuted: board && ((bound) => raiseBoard(board, bound)),
      onImproved: (breaks) =>
        options.onProgress?.({
          phase: 'exact',
          elapsedMs: Math.round(now() - startedAt),
          scheduled: st.placedCount,
          breaks,
          iterations,
        }),
    });
    breaksProven ||= outcome.proven;
    // The exact phase gave up with budget left: the rest goes back to annealing, on the schedule so far.
    if (outcome.gaveUp) {
      resume(options.tuning);
      breaksProven = st.breaks <= search.forcedTotal;
    }
  }
  fillLeftovers(st);
  const tables = assignTables(st);
  const result = buildResult(md, st, tables, upperBound, Math.round(now() - startedAt));
  options.onProgress?.({
    phase: 'done',
    elapsedMs: result.metrics.solveMs,
    scheduled: result.metrics.scheduled,
    breaks: result.metrics.breaks,
    iterations,
  });
  return { result, optimal: st.unplaced.length === 0 && st.placedWeight >= upperBound && breaksProven };
}

/**
 * Raises the shared refuted total to `bound` unless it is already higher. Two workers may post at
 * once (the exact one and one that joined it): a plain load and store could lower the word.
 */
function raiseBoard(board: Int32Array, bound: number): void {
  for (let seen = Atomics.load(board, 0); seen < bound; ) {
    const was = Atomics.compareExchange(board, 0, seen, bound);
    if (was === seen) return;
    seen = was;
  }
}

/** Weight comes before breaks: anything that still fits anywhere is placed. */
function fillLeftovers(st: ScheduleState): void {
  const md = st.md;
  const left = st.unplaced.slice().sort((a, b) => md.weight[b] - md.weight[a] || a - b);
  for (const m of left) {
    let best = -1;
    let bestCost = Infinity;
    for (let k = md.aStart[m]; k < md.aStart[m + 1]; k++) {
      const s = md.aSlot[k];
      if (!st.canPlace(m, s)) continue;
      const c = st.placeDelta(m, s);
      if (c < bestCost) {
        bestCost = c;
        best = s;
      }
    }
    if (best >= 0) st.place(m, best);
  }
}

function buildResult(md: Model, st: ScheduleState, tables: Int32Array, upperBound: number, solveMs: number): ScheduleResult {
  const assignments: Assignment[] = [];
  const unscheduled: Unscheduled[] = [];
  for (let m = 0; m < md.M; m++) {
    const s = st.slotOf[m];
    if (s < 0)
      unscheduled.push({
        meeting: md.meetIds[m],
        reason: explainUnscheduled(st, m),
      });
    else
      assignments.push({
        meeting: md.meetIds[m],
        slot: md.slotIds[s],
        table: tables[m] >= 0 ? md.tableIds[tables[m]] : null,
      });
  }
  let maxBreaks = 0;
  let minBreaks = Number.POSITIVE_INFINITY;
  for (let p = 0; p < md.P; p++) {
    if (st.count[p] === 0) continue;
    maxBreaks = Math.max(maxBreaks, st.breaksOf[p]);
    minBreaks = Math.min(minBreaks, st.breaksOf[p]);
  }
  return {
    format: RESULT_FORMAT,
    assignments,
    unscheduled,
    metrics: {
      meetings: md.M,
      scheduled: assignments.length,
      weightScheduled: st.placedWeight,
      weightUpperBound: upperBound,
      breaks: st.breaks,
      maxBreaks,
      minBreaks: Number.isFinite(minBreaks) ? minBreaks : 0,
      solveMs,
    },
  };
}
