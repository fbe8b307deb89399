import { forcedBreaks } from './break-bound';
import { checkResult } from './check-result';
import { runSatLadder } from './cadical';
import { encodeBreaks, exactApplies, improveBreaks } from './exact-breaks';
import { buildModel } from './model';
import type { ScheduleInstance } from './schedule-instance';
import { solve, solveWithProof } from './solve';
import { ScheduleState } from './state';
import { makeInstance } from './test-helpers';

/** A state with the given meetings placed by hand (slot index per meeting, in order). */
function stateWith(inst: ScheduleInstance, slots: number[]): ScheduleState {
  const st = new ScheduleState(buildModel(inst));
  slots.forEach((s, m) => st.place(m, s));
  return st;
}

const runOptions = (st: ScheduleState) => ({
  deadline: performance.now() + 20_000,
  now: () => performance.now(),
  forced: forcedBreaks(st.md),
  maxConflicts: 100_000,
});
const run = (st: ScheduleState) => improveBreaks(st, runOptions(st));

describe('improveBreaks', () => {
  it('closes every break of a badly placed 4-cycle and stops at the lower bound', () => {
    const inst = makeInstance({ slots: 4, tables: 2, meetings: ['A-B', 'B-C', 'C-D', 'D-A'], settings: { requireAll: true } });
    // Everybody meets in slots 1 and 3: four breaks.
    const st = stateWith(inst, [0, 2, 0, 2]);
    expect(st.breaks).toBe(4);
    const out = run(st);
    expect(st.breaks).toBe(0);
    expect(out.proven).toBe(true);
    expect(out.found[out.found.length - 1]).toBe(0);
  });

  it.each([false, true])('proves that one break is optimal when a single table forces it (exactCount %s)', (exactCount) => {
    const inst = makeInstance({ slots: 4, tables: 1, meetings: ['A-B', 'B-C', 'C-D', 'D-A'], settings: { requireAll: true } });
    const st = stateWith(inst, [0, 2, 1, 3]);
    expect(st.breaks).toBeGreaterThan(1);
    const out = improveBreaks(st, { ...runOptions(st), exactCount });
    expect(st.breaks).toBe(1);
    // The per-person bound says 0, so only the solver's refutation proves 1.
    expect(forcedBreaks(st.md).reduce((a, b) => a + b, 0)).toBe(0);
    expect(out.proven).toBe(true);
  });

  it('proves a triangle optimal with its one break and leaves the schedule alone', () => {
    const inst = makeInstance({ slots: 3, meetings: ['A-B', 'B-C', 'C-A'], settings: { requireAll: true } });
    const st = stateWith(inst, [0, 1, 2]);
    const before = st.slotOf.slice();
    const out = run(st);
    expect(out.proven).toBe(true);
    expect(out.found).toEqual([]);
    expect(st.slotOf).toEqual(before);
    expect(st.breaks).toBe(1);
  });

  it('keeps unavailability, slot lists and the break cap', () => {
    const inst = makeInstance({
      slots: 6,
      tables: 3,
      participants: [{ id: 'A', unavailable: ['s2'] }],
      meetings: ['A-B', 'A-C', 'A-D', { id: 'm4', participants: ['B', 'C'], slots: ['s5', 's6'] }, 'C-D'],
      settings: { requireAll: true, maxBreakSpread: 1 },
    });
    const st = stateWith(inst, [0, 2, 3, 4, 5]);
    expect(st.breaks).toBe(4);
    expect(st.spreadExcess).toBe(0);
    const out = run(st);
    expect(out.found.length).toBeGreaterThan(0);
    expect(out.proven).toBe(true);
    const md = st.md;
    for (let m = 0; m < md.M; m++) expect(md.allowedBit[m * md.S + st.slotOf[m]]).toBe(1);
    for (let p = 0; p < md.P; p++) expect(st.breaksOf[p]).toBeLessThanOrEqual(1);
    expect(st.overflow).toBe(0);
  });

  it('starts from a schedule over the fairness cap and returns a fair optimum', () => {
    const inst = makeInstance({ slots: 6, meetings: ['A-B', 'A-C', 'A-D'], settings: { requireAll: true, maxBreakSpread: 1 } });
    const st = stateWith(inst, [0, 2, 4]);
    expect(st.spreadExcess).toBe(1);
    const out = run(st);
    expect(out.gaveUp).toBe(false);
    expect(out.proven).toBe(true);
    expect(st.spreadExcess).toBe(0);
    expect(st.breaks).toBe(0);
  });

  it('reports each total it refutes', () => {
    const inst = makeInstance({ slots: 4, tables: 1, meetings: ['A-B', 'B-C', 'C-D', 'D-A'], settings: { requireAll: true } });
    const st = stateWith(inst, [0, 2, 1, 3]);
    const refuted: number[] = [];
    improveBreaks(st, { ...runOptions(st), onRefuted: (b) => refuted.push(b) });
    expect(st.breaks).toBe(1);
    expect(refuted).toEqual([0]);
  });

  it('starts above the totals another worker refuted, without asking them again', () => {
    const inst = makeInstance({ slots: 4, tables: 1, meetings: ['A-B', 'B-C', 'C-D', 'D-A'], settings: { requireAll: true } });
    const st = stateWith(inst, [0, 2, 1, 3]);
    const refuted: number[] = [];
    const out = improveBreaks(st, { ...runOptions(st), firstBound: 1, onRefuted: (b) => refuted.push(b) });
    expect(st.breaks).toBe(1);
    // Proven on the other worker's word: this run refuted nothing itself.
    expect(out.proven).toBe(true);
    expect(refuted).toEqual([]);
  });

  it('leaves schedules with unplaced meetings to the annealing', () => {
    const inst = makeInstance({ slots: 3, meetings: ['A-B', 'B-C', 'C-A'] });
    const st = stateWith(inst, [0, 2]);
    const out = run(st);
    // gaveUp hands the budget back: the caller keeps annealing instead of idling.
    expect(out).toMatchObject({ proven: false, gaveUp: true, found: [] });
    expect(st.placedCount).toBe(2);
  });
});

describe('encodeBreaks', () => {
  /** For each schedule (slot per meeting): how many break variables hold, or null when some hold that may not. */
  function breaksMarked(inst: ScheduleInstance, schedules: number[][], exactCount: boolean): (number | null)[] {
    const st = stateWith(inst, schedules[0]);
    const md = st.md;
    const model = encodeBreaks(st, forcedBreaks(md), 0, 0, exactCount);
    const solveWith = (assumed: number[]): number | null => {
      let marked: number | null = null;
      const run = runSatLadder(
        { clauses: model.ladder.clauses, assumptions: [Int32Array.from(assumed)], report: model.breakVars, options: {} },
        {
          deadline: () => performance.now() + 20_000,
          now: () => performance.now(),
          onModel: (_step, values) => (marked = values.reduce((a, b) => a + b, 0)),
        },
      );
      expect(run.error).toBeUndefined();
      return marked;
    };
    return schedules.map((slots) => {
      const fixed = slots.map((s, m) => {
        for (let k = md.aStart[m]; k < md.aStart[m + 1]; k++) if (md.aSlot[k] === s) return model.xVar[k];
        throw new Error(`slot ${s} is not open to meeting ${m}`);
      });
      const marked = solveWith(fixed);
      // Each break variable the schedule leaves free could be set by a solver for whom that is cheaper.
      const extra = model.breakVars.filter((v) => solveWith([...fixed, v]) !== null).length;
      return marked !== null && extra === marked ? marked : null;
    });
  }

  it('with exactCount marks exactly the breaks of a schedule, never one that is not there', () => {
    // Each of these schedules catches one of the directions the one-way form leaves out.
    const cycle = makeInstance({ slots: 4, tables: 2, meetings: ['A-B', 'B-C', 'C-D', 'D-A'], settings: { requireAll: true } });
    // Everybody waits once; nobody waits.
    expect(breaksMarked(cycle, [[0, 2, 0, 2], [0, 1, 0, 1]], true)).toEqual([4, 0]);
    const three = makeInstance({ slots: 5, tables: 2, meetings: ['A-B', 'A-C', 'A-D'], settings: { requireAll: true } });
    // A meets in slots 1, 3 and 5 (two breaks), 1-3 (busy in the slot after) and 3-5 (idle before).
    expect(breaksMarked(three, [[0, 2, 4], [0, 1, 2], [2, 3, 4]], true)).toEqual([2, 0, 0]);
    // Without it break variables are only forced true: enough for "at most b breaks", not exact.
    expect(breaksMarked(cycle, [[0, 1, 0, 1]], false)).toEqual([null]);
  });
});

describe('exactApplies', () => {
  it('declines meetings between two exhibitors with booths of their own', () => {
    const inst = makeInstance({
      slots: 3,
      tables: [
        { id: 'T1', capacity: 2 },
        { id: 'T2', capacity: 2 },
      ],
      participants: [
        { id: 'A', table: 'T1' },
        { id: 'B', table: 'T2' },
      ],
      meetings: ['A-B', 'A-C'],
    });
    expect(exactApplies(new ScheduleState(buildModel(inst)))).toBe(false);
    const plain = makeInstance({ slots: 3, meetings: ['A-B', 'A-C'] });
    expect(exactApplies(new ScheduleState(buildModel(plain)))).toBe(true);
  });
});

describe('solve with the exact phase', () => {
  it('returns a valid optimal schedule, identical for the same seed', () => {
    const inst = makeInstance({
      slots: 6,
      tables: 2,
      meetings: ['A-B', 'B-C', 'C-D', 'D-A', 'A-C', 'B-D', 'A-E', 'E-F', 'F-B'],
      settings: { requireAll: true, maxBreakSpread: 2 },
    });
    const opts = { seed: 5, exactShare: 0.5, maxIterations: 2_000, timeLimitMs: 20_000 };
    const a = solve(inst, opts);
    const b = solve(inst, opts);
    expect(checkResult(inst, a)).toEqual([]);
    expect(a.metrics.scheduled).toBe(9);
    expect(b.assignments).toEqual(a.assignments);
    const plain = solve(inst, { seed: 5, exactShare: 0, timeLimitMs: 20_000 });
    expect(a.metrics.breaks).toBeLessThanOrEqual(plain.metrics.breaks);
  });

  it('goes back to annealing, on the finished schedule, when the SAT solver cannot settle the lower bound in time', () => {
    // One table for a 4-cycle: one break is optimal, and only the exact phase can prove it.
    const inst = makeInstance({ slots: 4, tables: 1, meetings: ['A-B', 'B-C', 'C-D', 'D-A'], settings: { requireAll: true } });
    const phases: string[] = [];
    const res = solve(inst, {
      seed: 3,
      exactShare: 0.5,
      exactProbeMs: 0,
      timeLimitMs: 2_000,
      onProgress: (p) => phases.push(p.phase),
    });
    expect(checkResult(inst, res)).toEqual([]);
    expect(res.metrics.scheduled).toBe(4);
    expect(res.metrics.breaks).toBe(1);
    expect(phases).not.toContain('exact');
    // The resumed search starts from the complete schedule: nothing is constructed twice.
    expect(phases.filter((p) => p === 'construct')).toHaveLength(2);
  });

  it('tells when the result is proven optimal: by the SAT solver above the lower bound, never by annealing alone there', () => {
    // One table for a 4-cycle: the per-person bound says 0 breaks, the optimum is 1.
    const inst = makeInstance({ slots: 4, tables: 1, meetings: ['A-B', 'B-C', 'C-D', 'D-A'], settings: { requireAll: true } });
    const exact = solveWithProof(inst, { seed: 2, exactShare: 0.5, maxIterations: 5_000, timeLimitMs: 20_000 });
    expect(exact.result.metrics.breaks).toBe(1);
    expect(exact.optimal).toBe(true);
    // The exact phase posts what it refuted for the other workers of a portfolio.
    const board = Int32Array.of(-1);
    solveWithProof(inst, { seed: 2, exactShare: 0.5, maxIterations: 5_000, timeLimitMs: 20_000, refutedBoard: board });
    expect(board[0]).toBe(0);
    const annealed = solveWithProof(inst, { seed: 2, exactShare: 0, maxIterations: 5_000, timeLimitMs: 20_000 });
    expect(annealed.result.metrics.breaks).toBe(1);
    expect(annealed.optimal).toBe(false);
  });

  it('counts a schedule at the forced breaks as optimal, and one with a meeting left out as not', () => {
    const open = makeInstance({ slots: 4, tables: 2, meetings: ['A-B', 'B-C', 'C-D', 'D-A'] });
    expect(solveWithProof(open, { seed: 1, timeLimitMs: 5_000 }).optimal).toBe(true);
    // Three meetings for A in two slots: one cannot be placed, so the weight is not proven maximal.
    const crowded = makeInstance({ slots: 2, tables: 2, meetings: ['A-B', 'A-C', 'A-D'] });
    const res = solveWithProof(crowded, { seed: 1, maxIterations: 5_000, timeLimitMs: 5_000 });
    expect(res.result.metrics.scheduled).toBe(2);
    expect(res.optimal).toBe(false);
  });
});
