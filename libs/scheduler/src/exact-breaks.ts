import { Model, TableKind } from './model';
import { addCounter, atMostByClauses, SatSolver } from './sat-solver';
import { keyBetter, ScheduleState } from './state';

/** Beyond this many meeting-slot variables the annealing keeps the whole budget. */
const MAX_PLACEMENT_VARS = 40_000;

export interface ExactOptions {
  deadline: number;
  now: () => number;
  /**
   * Breaks each participant cannot avoid (break-bound.ts). Their sum is a lower bound on the
   * total, and each participant's breaks exceed its own by at most the total's slack above it.
   */
  forced: Int32Array;
  /** Conflict budget over all calls (reproducible runs); unlimited by default. */
  maxConflicts?: number;
  onImproved?: (breaks: number) => void;
}

export interface ExactOutcome {
  /** Break totals of the schedules found, best last. */
  found: number[];
  /** The schedule in the state is proven to have the fewest breaks (placement fixed to all). */
  proven: boolean;
  conflicts: number;
}

/**
 * Whether the exact phase can model this event: every meeting gets a general table, goes
 * online, is pinned, or uses the single booth of one of its people, and the model is small.
 * Elsewhere (several booths per meeting, fixed meetings that could not be kept, huge events)
 * the annealing result stands as it is.
 */
export function exactApplies(st: ScheduleState): boolean {
  const md = st.md;
  if (st.fixedReason.size > 0) return false;
  let vars = 0;
  for (let m = 0; m < md.M; m++) {
    if (md.staticReason[m] !== null) continue;
    if (md.kind[m] === TableKind.Booth && md.boothStart[m + 1] - md.boothStart[m] !== 1) return false;
    vars += md.aStart[m + 1] - md.aStart[m];
  }
  return vars <= MAX_PLACEMENT_VARS;
}

/**
 * Exact phase on the break objective, seeded by the schedule in `st` (a complete schedule
 * from the annealing, every placeable meeting placed, no spread excess). One SAT model of
 * "place every meeting, respect tables and the per-person break cap" carries a counter of
 * all breaks; it is asked for at most B breaks by assumption, B rising from the lower bound
 * (the breaks each person's own meetings force). Refuting a small B is quick, and each
 * refutation's learnt clauses stay for the next B; the first B that has a schedule is the
 * optimum, and that schedule is written back into `st`. Phases start from the annealing's
 * schedule; resetting them to it at every restart (solution-guided) was slower here, as that
 * schedule has more breaks than the bound allows. "Proven" is relative to the per-person cap
 * the search uses (maxBreakSpread with the minimum taken as 0).
 *
 * Why bottom-up: asking for one break fewer than the annealing's best (top-down) leaves the
 * solver a loose bound and it wanders; a tight bound makes nearly everyone's agenda one
 * block, which propagates strongly. On the tight JAIR instances bottom-up proves the
 * optimum in seconds where top-down, or neighbourhoods of the annealing's best, found nothing.
 */
export function improveBreaks(st: ScheduleState, opt: ExactOptions): ExactOutcome {
  const out: ExactOutcome = { found: [], proven: false, conflicts: 0 };
  if (st.unplaced.length > 0 || st.overflow > 0 || st.spreadExcess > 0) return out;
  const lowerBound = opt.forced.reduce((a, b) => a + b, 0);
  if (st.breaks <= lowerBound) {
    out.proven = true;
    return out;
  }
  const enc = encode(st, st.breaks - 1);
  const { sat } = enc;
  const slack = st.breaks - 1 - lowerBound;
  for (const [p, card] of enc.partCard) {
    const k = Math.min(st.breakCap, opt.forced[p] + slack);
    if (k < sat.atMostBound(card)) sat.setAtMostBound(card, k);
  }
  let left = opt.maxConflicts ?? Number.POSITIVE_INFINITY;
  let bound = lowerBound;
  while (bound < st.breaks && sat.okay && opt.now() < opt.deadline && left > 0) {
    const before = sat.conflicts;
    const res = sat.solve({ deadline: opt.deadline, now: opt.now, conflicts: left }, enc.atMostBreaks(bound));
    left -= sat.conflicts - before;
    out.conflicts += sat.conflicts - before;
    if (res === 'unsat') {
      bound++;
      continue;
    }
    if (res === 'sat' && adopt(st, enc)) {
      out.found.push(st.breaks);
      opt.onImproved?.(st.breaks);
      // Every total below `bound` was refuted.
      out.proven = true;
    }
    return out;
  }
  out.proven = bound >= st.breaks || !sat.okay;
  return out;
}

interface Encoding {
  sat: SatSolver;
  /** Variable of meeting-slot pair k (index into md.aSlot), -1 for meetings left out. */
  xVar: Int32Array;
  /** Assumptions that cap the total number of breaks at `limit` (below the first limit + 1). */
  atMostBreaks: (limit: number) => number[];
  /** Participant -> its at-most constraint on its own breaks. */
  partCard: Map<number, number>;
}

/**
 * Counting constraints that the search argues about (tables per slot, the total of breaks) are
 * totalizers, so that learnt clauses can speak of partial counts: with native at-most
 * constraints, whose explanations only name meeting literals, the tight JAIR instances took
 * ten times the conflicts or more.
 */
function encode(st: ScheduleState, firstLimit: number): Encoding {
  const md = st.md;
  const { S, P, M } = md;
  const sat = new SatSolver();
  const pos = (v: number) => 2 * v;
  const neg = (v: number) => 2 * v + 1;
  // Decisions start from the annealing's schedule.
  const newVar = (value: boolean) => {
    const v = sat.newVar();
    sat.setPhase(v, value);
    return v;
  };

  const xVar = new Int32Array(md.aSlot.length).fill(-1);
  const inModel = (m: number) => md.staticReason[m] === null;
  for (let m = 0; m < M; m++) {
    if (!inModel(m)) continue;
    for (let k = md.aStart[m]; k < md.aStart[m + 1]; k++) xVar[k] = newVar(st.slotOf[m] === md.aSlot[k]);
  }

  // Who could sit in (p, s): the x literals of p's meetings allowed there.
  const cand: number[][] = Array.from({ length: P * S }, () => []);
  const degree = new Int32Array(P);
  for (let m = 0; m < M; m++) {
    if (!inModel(m)) continue;
    for (let j = md.mStart[m]; j < md.mStart[m + 1]; j++) {
      const p = md.mPart[j];
      degree[p]++;
      for (let k = md.aStart[m]; k < md.aStart[m + 1]; k++) cand[p * S + md.aSlot[k]].push(pos(xVar[k]));
    }
  }
  const busy = new Int32Array(P * S).fill(-1);
  for (let i = 0; i < P * S; i++) if (cand[i].length > 0) busy[i] = newVar(st.occ[i] !== 0);

  for (let m = 0; m < M; m++) {
    if (!inModel(m)) continue;
    const lits: number[] = [];
    for (let k = md.aStart[m]; k < md.aStart[m + 1]; k++) lits.push(pos(xVar[k]));
    sat.addClause(lits);
    if (lits.length > 1) sat.addAtMost(lits, 1);
  }
  for (let p = 0; p < P; p++) {
    const busyLits: number[] = [];
    for (let s = 0; s < S; s++) {
      const i = p * S + s;
      if (busy[i] < 0) continue;
      busyLits.push(pos(busy[i]));
      for (const x of cand[i]) sat.addClause([x ^ 1, pos(busy[i])]);
      sat.addClause([neg(busy[i]), ...cand[i]]);
      if (cand[i].length > 1) sat.addAtMost(cand[i], 1);
    }
    // Redundant: exactly degree busy slots, so a full agenda frees the rest at once.
    if (degree[p] < busyLits.length) {
      sat.addAtMost(busyLits, degree[p]);
      sat.addAtMost(
        busyLits.map((l) => l ^ 1),
        busyLits.length - degree[p],
      );
    }
  }
  addTableConstraints(st, sat, xVar);

  const total: number[] = [];
  const partCard = new Map<number, number>();
  for (let p = 0; p < P; p++) {
    if (degree[p] < 2) continue;
    const mine = breakVars(md, p, busy, st, sat, newVar).map(pos);
    if (mine.length === 0) continue;
    total.push(...mine);
    partCard.set(p, sat.addAtMost(mine, mine.length));
  }
  const count = addCounter(sat, total, firstLimit + 1);
  const atMostBreaks = (limit: number) => (limit < count.length ? [count[limit] ^ 1] : []);
  return { sat, xVar, atMostBreaks, partCard };
}

/**
 * Break indicators of participant p: b[s] is forced on when p is busy at the previous
 * adjacent slot, idle at s, and busy somewhere later that day (after[s]). Only the forcing
 * direction is needed: the bounds push b and after down, so a model never counts fewer
 * breaks than its schedule has.
 */
function breakVars(
  md: Model,
  p: number,
  busy: Int32Array,
  st: ScheduleState,
  sat: SatSolver,
  newVar: (value: boolean) => number,
): number[] {
  const S = md.S;
  const pos = (v: number) => 2 * v;
  const neg = (v: number) => 2 * v + 1;
  const after = new Int32Array(S).fill(-1);
  const occ = (s: number) => st.occ[p * S + s] !== 0;
  const busyAfter = new Uint8Array(S);
  for (let s = S - 1; s >= 0; s--) {
    const n = md.nextAdj[s];
    if (n < 0) continue;
    busyAfter[s] = occ(n) || busyAfter[n] ? 1 : 0;
    const bn = busy[p * S + n];
    if (bn < 0 && after[n] < 0) continue;
    after[s] = newVar(busyAfter[s] === 1);
    if (bn >= 0) sat.addClause([neg(bn), pos(after[s])]);
    if (after[n] >= 0) sat.addClause([neg(after[n]), pos(after[s])]);
  }
  const out: number[] = [];
  for (let s = 0; s < S; s++) {
    const a = md.prevAdj[s];
    if (a < 0 || after[s] < 0) continue;
    const ba = busy[p * S + a];
    if (ba < 0) continue;
    const bs = busy[p * S + s];
    const b = newVar(occ(a) && !occ(s) && busyAfter[s] === 1);
    const clause = [neg(ba), neg(after[s]), pos(b)];
    if (bs >= 0) clause.push(pos(bs));
    sat.addClause(clause);
    out.push(b);
  }
  return out;
}

/** General tables per capacity class, single booths and pinned tables, per slot. */
function addTableConstraints(st: ScheduleState, sat: SatSolver, xVar: Int32Array): void {
  const md = st.md;
  const { S, K, M, T } = md;
  const general: number[][][] = Array.from({ length: S }, () => Array.from({ length: K }, () => []));
  const atTable = new Map<number, number[]>();
  for (let m = 0; m < M; m++) {
    if (md.staticReason[m] !== null) continue;
    const kind = md.kind[m] as TableKind;
    for (let k = md.aStart[m]; k < md.aStart[m + 1]; k++) {
      const s = md.aSlot[k];
      const lit = 2 * xVar[k];
      if (kind === TableKind.General) {
        for (let j = 0; j <= md.mClass[m]; j++) general[s][j].push(lit);
      } else if (kind === TableKind.Booth || kind === TableKind.Pinned) {
        const t = kind === TableKind.Booth ? md.boothTable[md.boothStart[m]] : md.fixedTable[m];
        const key = s * T + t;
        if (!atTable.has(key)) atTable.set(key, []);
        atTable.get(key)!.push(lit);
      }
    }
  }
  for (let s = 0; s < S; s++) {
    for (let j = 0; j < K; j++) {
      const lits = general[s][j];
      const cap = st.availGe[s * K + j];
      atMostByClauses(sat, lits, Math.max(0, cap));
    }
  }
  for (const lits of atTable.values()) if (lits.length > 1) sat.addAtMost(lits, 1);
}

/** Writes the solver's schedule into the state if it is strictly better; false otherwise. */
function adopt(st: ScheduleState, enc: Encoding): boolean {
  const md = st.md;
  const prev = st.slotOf.slice();
  const prevKey = st.key();
  const next = new Int32Array(md.M).fill(-1);
  for (let m = 0; m < md.M; m++) {
    if (md.staticReason[m] !== null) continue;
    for (let k = md.aStart[m]; k < md.aStart[m + 1]; k++) if (enc.sat.modelValue(enc.xVar[k])) next[m] = md.aSlot[k];
  }
  const apply = (target: Int32Array) => {
    for (const m of st.movable) if (st.slotOf[m] >= 0 && st.slotOf[m] !== target[m]) st.unplace(m);
    for (const m of st.movable) if (target[m] >= 0 && st.slotOf[m] < 0) st.place(m, target[m]);
  };
  for (const m of st.movable) if (next[m] < 0) return false;
  apply(next);
  if (st.unplaced.length === 0 && keyBetter(st.key(), prevKey) && consistent(st)) return true;
  apply(prev);
  return false;
}

/** Nobody double-booked and no table over capacity (the encoding promises both). */
function consistent(st: ScheduleState): boolean {
  const md = st.md;
  const seen = new Int32Array(md.P * md.S);
  for (let m = 0; m < md.M; m++) {
    const s = st.slotOf[m];
    if (s < 0) continue;
    for (let k = md.mStart[m]; k < md.mStart[m + 1]; k++) if (seen[md.mPart[k] * md.S + s]++ > 0) return false;
  }
  return st.overflow === 0;
}
