import { runSatLadder, SatLadder } from './cadical';
import { CnfBuilder } from './cnf-builder';
import { TableKind } from './model';
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
  seed?: number;
  /**
   * Time allowed to settle the first bound (the lower bound itself). Where the solver cannot
   * refute or meet it quickly, the rest of the budget is better spent annealing; unlimited
   * by default.
   */
  probeMs?: number;
  /** Conflicts allowed per bound (reproducible runs); unlimited by default. */
  maxConflicts?: number;
  /**
   * Totals below this are known to have no schedule (another worker refuted them): the ladder
   * starts here. The lower bound by default.
   */
  firstBound?: number;
  /** Break variables as full equivalences (encodeBreaks); only forced true by default. */
  exactCount?: boolean;
  onImproved?: (breaks: number) => void;
  /** Every total up to this one has no schedule. */
  onRefuted?: (bound: number) => void;
}

export interface ExactOutcome {
  /** Break totals of the schedules found, best last. */
  found: number[];
  /** The schedule in the state is proven to have the fewest breaks (placement fixed to all). */
  proven: boolean;
  /**
   * The exact phase gave up early with budget left (no complete schedule to start from, the
   * lower bound not settled within probeMs, or the SAT solver could not run): the caller should
   * spend the rest on annealing.
   */
  gaveUp: boolean;
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
 * CaDiCaL's own defaults. Stable mode only (`stabilizeonly`) found forum-14's schedule at its bound
 * sooner, but refuted ticf-13crafc's lower bound a third slower (2.6-3.6 s against 1.6-2.5 s with
 * the other core busy), past the probe; forum-14 goes to the annealing after the probe anyway.
 */
const SAT_OPTIONS: Record<string, number> = {};

/**
 * Exact phase on the break objective, seeded by the schedule in `st` (a complete schedule
 * from the annealing, every placeable meeting placed; when it also keeps the fairness cap, its
 * breaks bound the search from above). One SAT model of "place every meeting, respect tables
 * and the per-person break cap" carries a counter of all breaks; CaDiCaL is asked for at most B
 * breaks by assumption, B rising from the lower bound (the breaks each person's own meetings
 * force), and each refutation's learnt clauses stay for the next B. The first B that has a
 * schedule is the optimum, and that schedule is written back into `st`. "Proven" is relative to
 * the per-person cap the search uses (maxBreakSpread with the minimum taken as 0).
 *
 * Why bottom-up: asking for one break fewer than the annealing's best (top-down) leaves the
 * solver a loose bound and it wanders; a tight bound makes nearly everyone's agenda one
 * block, which propagates strongly. On the tight JAIR instances bottom-up proves the
 * optimum in seconds where top-down, or neighbourhoods of the annealing's best, found nothing.
 * It replaced clasp (clingo in WebAssembly) on an ASP program of the same model: CaDiCaL finds
 * forum-14's optimum in 6-14 s, where clasp found none in 60 s even natively, and ticf-13crafc's
 * in 3.5-8 s against clasp's 8-20 s.
 */
export function improveBreaks(st: ScheduleState, opt: ExactOptions): ExactOutcome {
  const out: ExactOutcome = { found: [], proven: false, gaveUp: false };
  if (st.unplaced.length > 0 || st.overflow > 0) {
    out.gaveUp = true;
    return out;
  }
  const lowerBound = opt.forced.reduce((a, b) => a + b, 0);
  const from = Math.max(lowerBound, opt.firstBound ?? lowerBound);
  if (st.breaks <= from && st.spreadExcess === 0) {
    out.proven = true;
    return out;
  }
  const probeEnd = opt.now() + (opt.probeMs ?? Number.POSITIVE_INFINITY);
  const model = encodeBreaks(st, opt.forced, lowerBound, from, opt.exactCount);
  let refutedTo = from - 1;
  let values: Uint8Array | null = null;
  const run = runSatLadder(
    { ...model.ladder, options: { ...SAT_OPTIONS, seed: opt.seed ?? 1 }, conflictsPerStep: opt.maxConflicts },
    {
      now: opt.now,
      deadline: () => (refutedTo >= from || values ? opt.deadline : Math.min(opt.deadline, probeEnd)),
      onRefuted: (step) => {
        refutedTo = from + step;
        opt.onRefuted?.(refutedTo);
      },
      onModel: (_step, v) => (values = v),
    },
  );
  // The annealing's schedule stands when the SAT solver cannot run (it is an aid, not a must).
  if (run.error) {
    out.gaveUp = true;
    return out;
  }
  out.gaveUp = run.settled < 0 && run.stopped && opt.now() < opt.deadline;
  if (values !== null && adopt(st, model.xVar, values)) {
    out.found.push(st.breaks);
    opt.onImproved?.(st.breaks);
  }
  // Every total up to refutedTo has no schedule; the one in st has refutedTo + 1 breaks.
  out.proven = st.breaks <= refutedTo + 1;
  return out;
}

export interface BreakModel {
  ladder: Pick<SatLadder, 'clauses' | 'assumptions' | 'report'>;
  /** Variable of meeting-slot pair k (index into md.aSlot), 0 for meetings outside the model. */
  xVar: Int32Array;
  /** The brk variables: one per participant and slot where that participant's break could start. */
  breakVars: Int32Array;
}

/**
 * The SAT model. x(m,s): meeting m in slot s. busy(p,s): p has a meeting in s. later(p,s): p has
 * a meeting after s that day. brk(p,s): p was busy in the slot before s, is idle in s and busy
 * later, i.e. s starts a break. The number of busy slots per person equals its number of meetings:
 * implied by the rest, but without it clasp took four times as long on ticf-13crafc.
 *
 * With `exactCount`, later and brk are full equivalences and the break variables hold exactly
 * where breaks are; without it they are only forced true, which is all "at most b breaks" needs.
 * Measured on ticf-13crafc (CaDiCaL, two runs at once, 24-48 seeds each): the exact form finds
 * its 1-break schedule from scratch sooner (median 5.7-6.4 s against 6.2-7.0 s) but refutes 0
 * breaks later (median 2.8 s against 2.3 s, up to 3.4 s: at the edge of the exact worker's
 * 3.5 s probe). So the exact worker, which must refute first, keeps the one-way form, and a
 * worker joining at the next total uses the exact one, which also makes the two searches differ.
 */
export function encodeBreaks(
  st: ScheduleState,
  forced: Int32Array,
  lowerBound: number,
  from: number,
  exactCount = false,
): BreakModel {
  const md = st.md;
  const { S, P, M, K } = md;
  const cnf = new CnfBuilder();
  const xVar = new Int32Array(md.aSlot.length);
  const degree = new Int32Array(P);
  const cand: number[][] = Array.from({ length: P * S }, () => []);
  const atTables: number[][] = Array.from({ length: S * K }, () => []);
  const atBooth = new Map<number, number[]>();
  for (let m = 0; m < M; m++) {
    if (md.staticReason[m] !== null) continue;
    const xs: number[] = [];
    for (let k = md.aStart[m]; k < md.aStart[m + 1]; k++) xs.push((xVar[k] = cnf.newVar()));
    cnf.clause(...xs);
    cnf.atMostOne(xs);
    const kind = md.kind[m] as TableKind;
    for (let k = md.aStart[m]; k < md.aStart[m + 1]; k++) {
      const s = md.aSlot[k];
      if (kind === TableKind.General) for (let j = 0; j <= md.mClass[m]; j++) atTables[s * K + j].push(xVar[k]);
      else if (kind === TableKind.Booth || kind === TableKind.Pinned) {
        const t = kind === TableKind.Booth ? md.boothTable[md.boothStart[m]] : md.fixedTable[m];
        const key = t * S + s;
        const here = atBooth.get(key);
        if (here) here.push(xVar[k]);
        else atBooth.set(key, [xVar[k]]);
      }
    }
    for (let j = md.mStart[m]; j < md.mStart[m + 1]; j++) {
      const p = md.mPart[j];
      degree[p]++;
      for (let k = md.aStart[m]; k < md.aStart[m + 1]; k++) cand[p * S + md.aSlot[k]].push(xVar[k]);
    }
  }
  for (let s = 0; s < S; s++)
    for (let j = 0; j < K; j++) {
      const xs = atTables[s * K + j];
      const cap = Math.max(0, st.availGe[s * K + j]);
      if (xs.length > cap) cnf.clause(-cnf.totalizer(xs, cap + 1)[cap]);
    }
  for (const xs of atBooth.values()) cnf.atMostOne(xs);

  const busy = new Int32Array(P * S);
  for (let p = 0; p < P; p++) {
    if (degree[p] === 0) continue;
    const own: number[] = [];
    for (let s = 0; s < S; s++) {
      const xs = cand[p * S + s];
      if (xs.length === 0) continue;
      const b = (busy[p * S + s] = cnf.newVar());
      own.push(b);
      cnf.clause(-b, ...xs);
      for (const x of xs) cnf.clause(-x, b);
      cnf.atMostOne(xs);
    }
    const count = cnf.totalizer(own, degree[p] + 1, true);
    cnf.clause(count[degree[p] - 1]);
    if (count.length > degree[p]) cnf.clause(-count[degree[p]]);
  }

  const breaksOf: number[][] = Array.from({ length: P }, () => []);
  for (let p = 0; p < P; p++) {
    if (degree[p] < 2) continue;
    const later = new Int32Array(S);
    for (let s = S - 1; s >= 0; s--) {
      const n = md.nextAdj[s];
      if (n < 0 || (!busy[p * S + n] && !later[n])) continue;
      later[s] = cnf.newVar();
      const after = [busy[p * S + n], later[n]].filter((v) => v !== 0);
      for (const v of after) cnf.clause(-v, later[s]);
      if (exactCount) cnf.clause(-later[s], ...after);
    }
    for (let a = 0; a < S; a++) {
      const s = md.nextAdj[a];
      if (s < 0 || !busy[p * S + a] || !later[s]) continue;
      const brk = cnf.newVar();
      const busyThen = busy[p * S + s];
      cnf.clause(-busy[p * S + a], ...(busyThen ? [busyThen] : []), -later[s], brk);
      if (exactCount) {
        cnf.clause(-brk, busy[p * S + a]);
        if (busyThen) cnf.clause(-brk, -busyThen);
        cnf.clause(-brk, later[s]);
      }
      breaksOf[p].push(brk);
    }
  }

  let upper = st.breaks - 1;
  if (st.spreadExcess > 0) {
    // An unfair schedule (a short annealing may leave one) bounds nothing: every fair total is open.
    upper = 0;
    for (let p = 0; p < P; p++) upper += Math.max(0, Math.min(st.breakCap, degree[p] - 1));
  }
  const perPerson: number[][] = [];
  for (let p = 0; p < P; p++) {
    perPerson[p] = [];
    if (breaksOf[p].length === 0) continue;
    // d meetings leave room for at most d - 1 breaks: a cap at or above that says nothing.
    const cap = Math.min(st.breakCap, degree[p] - 1);
    const slack = upper - lowerBound;
    perPerson[p] = cnf.totalizer(breaksOf[p], Math.min(cap, forced[p] + slack) + 1);
    if (perPerson[p].length > cap) cnf.clause(-perPerson[p][cap]);
  }
  const total = cnf.totalizer(breaksOf.flat(), upper + 1);
  const assumptions: Int32Array[] = [];
  for (let b = from; b <= upper; b++) {
    // With fewer break variables than b + 1 the total cannot exceed b.
    const assume = b < total.length ? [-total[b]] : [];
    // Below the slack the bound leaves, a person cannot exceed its own forced breaks by more.
    for (let p = 0; p < P; p++) {
      const k = forced[p] + b - lowerBound;
      if (k < perPerson[p].length) assume.push(-perPerson[p][k]);
    }
    assumptions.push(Int32Array.from(assume));
  }
  const report = Int32Array.from(xVar.filter((v) => v > 0));
  return { ladder: { clauses: cnf.build(), assumptions, report }, xVar, breakVars: Int32Array.from(breaksOf.flat()) };
}

/** Writes the solver's schedule into the state if it is strictly better; false otherwise. */
function adopt(st: ScheduleState, xVar: Int32Array, values: Uint8Array): boolean {
  const md = st.md;
  const prev = st.slotOf.slice();
  const prevKey = st.key();
  const next = new Int32Array(md.M).fill(-1);
  // values follow the order of the model's variables, which is the order of xVar.
  let i = 0;
  for (let m = 0; m < md.M; m++)
    for (let k = md.aStart[m]; k < md.aStart[m + 1]; k++) if (xVar[k] > 0 && values[i++] === 1) next[m] = md.aSlot[k];
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
