import { TableKind } from './model';
import { runClasp } from './clasp';
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
   * Time allowed to settle the first bound (the lower bound itself). Where clasp cannot
   * refute or meet it quickly, the rest of the budget is better spent annealing; unlimited
   * by default.
   */
  probeMs?: number;
  /** Conflict budget per bound (reproducible runs); unlimited by default. */
  maxConflicts?: number;
  onImproved?: (breaks: number) => void;
}

export interface ExactOutcome {
  /** Break totals of the schedules found, best last. */
  found: number[];
  /** The schedule in the state is proven to have the fewest breaks (placement fixed to all). */
  proven: boolean;
  /**
   * The exact phase gave up early with budget left (no complete schedule to start from, the
   * lower bound not settled within probeMs, or clingo could not run): the caller should
   * spend the rest on annealing.
   */
  gaveUp: boolean;
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
 * clasp's settings: aggregates (tables per slot, breaks per person and in all) translated
 * into clauses, so that learnt clauses can speak of partial counts (native counting made the
 * tight JAIR instances take ten times the conflicts), and the "crafty" portfolio preset,
 * the quickest of clasp's presets on them.
 */
const CLASP_ARGS = ['--outf=3', '--trans-ext=all', '--configuration=crafty'];

/**
 * Exact phase on the break objective, seeded by the schedule in `st` (a complete schedule
 * from the annealing, every placeable meeting placed; when it also keeps the fairness cap, its
 * breaks bound the search from above). One ASP program of
 * "place every meeting, respect tables and the per-person break cap" is grounded once and
 * solved by clasp for at most B breaks, B rising from the lower bound (the breaks each
 * person's own meetings force); each refutation's learnt clauses stay for the next B. The
 * cap for B is grounded only when B is reached and released (dropped for good) once B is
 * refuted: with the caps of every B up to the annealing's best grounded up front, clasp
 * carried all their counters and ticf-13crafc took about three times as long (4-8 s against
 * 15-26 s natively with 19 caps). The first B that has a schedule is the optimum, and that
 * schedule is written back into `st`. "Proven" is relative to the per-person cap the search
 * uses (maxBreakSpread with the minimum taken as 0).
 *
 * Why bottom-up: asking for one break fewer than the annealing's best (top-down) leaves the
 * solver a loose bound and it wanders; a tight bound makes nearly everyone's agenda one
 * block, which propagates strongly. On the tight JAIR instances bottom-up proves the
 * optimum in seconds where top-down, or neighbourhoods of the annealing's best, found nothing.
 */
export function improveBreaks(st: ScheduleState, opt: ExactOptions): ExactOutcome {
  const out: ExactOutcome = { found: [], proven: false, gaveUp: false, conflicts: 0 };
  if (st.unplaced.length > 0 || st.overflow > 0) {
    out.gaveUp = true;
    return out;
  }
  const lowerBound = opt.forced.reduce((a, b) => a + b, 0);
  if (st.breaks <= lowerBound && st.spreadExcess === 0) {
    out.proven = true;
    return out;
  }
  const started = opt.now();
  const probeEnd = started + (opt.probeMs ?? Number.POSITIVE_INFINITY);
  let settled = false;
  let refutedTo = lowerBound - 1;
  let model: string | null = null;
  const args = [...CLASP_ARGS, `--seed=${opt.seed ?? 1}`];
  if (opt.maxConflicts !== undefined) args.push(`--solve-limit=${opt.maxConflicts}`);
  const run = runClasp(program(st, opt.forced, lowerBound), [...args, '1'], {
    now: opt.now,
    deadline: () => (settled ? opt.deadline : Math.min(opt.deadline, probeEnd)),
    onLine: (line) => {
      const [word, bound, rest] = splitLine(line);
      if (word === 'unsat') refutedTo = bound;
      if (word === 'model') model = rest;
      if (word === 'conflicts') out.conflicts = bound;
      if (word === 'unsat' || word === 'model') settled = true;
    },
  });
  // The annealing's schedule stands when clingo cannot run (it is an aid, not a must).
  if (run.error) {
    out.gaveUp = true;
    return out;
  }
  out.gaveUp = !settled && run.status === null && opt.now() < opt.deadline;
  if (model !== null && adopt(st, model)) {
    out.found.push(st.breaks);
    opt.onImproved?.(st.breaks);
  }
  // Every total up to refutedTo has no schedule; the one in st has refutedTo + 1 breaks.
  out.proven = st.breaks <= refutedTo + 1;
  return out;
}

function splitLine(line: string): [string, number, string] {
  const a = line.indexOf(' ');
  const b = line.indexOf(' ', a + 1);
  const word = line.slice(0, a);
  return [word, Number(line.slice(a + 1, b < 0 ? undefined : b)), b < 0 ? '' : line.slice(b + 1)];
}

/**
 * The ASP program: facts of the model, the rules, and a Lua main that raises the bound.
 * Breaks: brk(P,S) when P is busy at the slot before S, idle at S and busy later that day.
 */
function program(st: ScheduleState, forced: Int32Array, lowerBound: number): string {
  const md = st.md;
  const { S, P, M, K } = md;
  const facts: string[] = [];
  const degree = new Int32Array(P);
  const boothOrPin = new Set<number>();
  for (let m = 0; m < M; m++) {
    if (md.staticReason[m] !== null) continue;
    facts.push(`m(${m}).`);
    for (let j = md.mStart[m]; j < md.mStart[m + 1]; j++) {
      facts.push(`p(${m},${md.mPart[j]}).`);
      degree[md.mPart[j]]++;
    }
    for (let k = md.aStart[m]; k < md.aStart[m + 1]; k++) facts.push(`a(${m},${md.aSlot[k]}).`);
    const kind = md.kind[m] as TableKind;
    if (kind === TableKind.General) {
      for (let j = 0; j <= md.mClass[m]; j++) facts.push(`cl(${m},${j}).`);
    } else if (kind === TableKind.Booth || kind === TableKind.Pinned) {
      const t = kind === TableKind.Booth ? md.boothTable[md.boothStart[m]] : md.fixedTable[m];
      facts.push(`tb(${m},${t}).`);
      boothOrPin.add(t);
    }
  }
  for (let s = 0; s < S; s++) {
    for (let j = 0; j < K; j++) facts.push(`cap(${s},${j},${Math.max(0, st.availGe[s * K + j])}).`);
    if (md.nextAdj[s] >= 0) facts.push(`nx(${s},${md.nextAdj[s]}).`);
  }
  let upper = st.breaks - 1;
  if (st.spreadExcess > 0) {
    // An unfair schedule (a short annealing may leave one) bounds nothing: every fair total is open.
    upper = 0;
    for (let p = 0; p < P; p++) upper += Math.max(0, Math.min(st.breakCap, degree[p] - 1));
  }
  for (let p = 0; p < P; p++) {
    if (degree[p] === 0) continue;
    facts.push(`deg(${p},${degree[p]}).`);
    if (degree[p] < 2) continue;
    facts.push(`br(${p}).`);
    // d meetings leave room for at most d - 1 breaks: a cap at or above that says nothing.
    const cap = Math.min(st.breakCap, degree[p] - 1);
    if (cap < degree[p] - 1) facts.push(`pc(${p},${cap}).`);
    // Below the slack the bound leaves, a person cannot exceed its own forced breaks by more.
    for (let k = lowerBound; k <= upper; k++) if (forced[p] + k - lowerBound < cap) facts.push(`pk(${p},${k},${forced[p] + k - lowerBound}).`);
  }
  return `${mainScript(lowerBound, upper)}
${facts.join('\n')}
1 { at(M,S) : a(M,S) } 1 :- m(M).
busy(P,S) :- at(M,S), p(M,P).
c(P,S) :- a(M,S), p(M,P).
:- c(P,S), #count{ M : at(M,S), p(M,P) } > 1.
:- deg(P,D), #count{ S : busy(P,S) } != D.
:- cap(S,J,C), #count{ M : at(M,S), cl(M,J) } > C.
ts(T,S) :- tb(M,T), a(M,S).
:- ts(T,S), #count{ M : at(M,S), tb(M,T) } > 1.
later(P,S) :- busy(P,N), nx(S,N).
later(P,S) :- later(P,N), nx(S,N).
brk(P,S) :- br(P), busy(P,A), nx(A,S), not busy(P,S), later(P,S).
:- pc(P,C), #count{ S : brk(P,S) } > C.
#show at/2.
#program bound(b).
#external bound(b).
:- bound(b), pk(P,b,C), #count{ S : brk(P,S) } > C.
:- bound(b), #count{ P,S : brk(P,S) } > b.
`;
}

/** Lua driver: raise the bound until a schedule exists, printing each verdict and the schedule. */
function mainScript(lowerBound: number, upper: number): string {
  return `#script (lua)
function main(prg)
  prg:ground({{"base", {}}})
  for b = ${lowerBound}, ${upper} do
    prg:ground({{"bound", {clingo.Number(b)}}})
    local ext = clingo.Function("bound", {clingo.Number(b)})
    prg:assign_external(ext, true)
    local res = prg:solve({on_model = function(m)
      local out = {}
      for _, s in ipairs(m:symbols({shown = true})) do out[#out + 1] = tostring(s.arguments[1]) .. ":" .. tostring(s.arguments[2]) end
      print("model " .. b .. " " .. table.concat(out, " "))
    end})
    prg:release_external(ext)
    local ok, conflicts = pcall(function() return prg.statistics.solving.solvers.conflicts end)
    if ok and conflicts then print("conflicts " .. string.format("%d", conflicts)) end
    if res.satisfiable then print("sat " .. b) return end
    if res.unknown then print("unknown " .. b) return end
    print("unsat " .. b)
  end
end
#end.`;
}

/** Writes the solver's schedule into the state if it is strictly better; false otherwise. */
function adopt(st: ScheduleState, model: string): boolean {
  const md = st.md;
  const prev = st.slotOf.slice();
  const prevKey = st.key();
  const next = new Int32Array(md.M).fill(-1);
  for (const pair of model.split(' ')) {
    const [m, s] = pair.split(':').map(Number);
    if (m >= 0 && m < md.M && s >= 0 && s < md.S && md.allowedBit[m * md.S + s] === 1) next[m] = s;
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
