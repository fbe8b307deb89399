import { forcedBreaks } from './break-bound';
import { Model, TableKind } from './model';
import { Rng } from './rng';
import { keyBetter, ScheduleState } from './state';

export interface SearchProgress {
  phase: string;
  elapsedMs: number;
  scheduled: number;
  breaks: number;
  /** Annealing moves tried so far. */
  iterations?: number;
}

export interface SearchOptions {
  seed: number;
  deadline: number;
  now: () => number;
  startedAt: number;
  maxIterations: number;
  /** Stop after this many annealing cycles without a new best (keeps runs reproducible). */
  stallCycles: number;
  onProgress?: (p: SearchProgress) => void;
  tuning?: SearchTuning;
  /**
   * Asked now and then with the break total of the best complete schedule so far (Infinity
   * while there is none); true stops the search as its deadline would.
   */
  interrupt?: (bestBreaks: number) => boolean;
}

/** Annealing knobs; the defaults were tuned on the JAIR instances. */
export interface SearchTuning {
  /** Start and end temperature of each cycle, in breaks. */
  t0?: number;
  t1?: number;
  /** Moves per cooling cycle (shortened automatically to fit the budget). */
  cycleLen?: number;
  /** Share of Kempe swaps among random moves of placed meetings (rest: insertion with ejection). */
  kempeShare?: number;
  /** Share of moves aimed at participants with breaks (run moves included). */
  guidedShare?: number;
  runShare?: number;
  /** Guided local search: weight added to each broken participant every penaltyEvery moves. */
  penaltyStep?: number;
  penaltyEvery?: number;
  penaltyDecay?: number;
  idleWeight?: number;
  softTables?: boolean;
  overflowWeight?: number;
}

const KEMPE_LIMIT = 96;
const TABLE_VICTIM_PROBES = 40;
const TIME_CHECK_EVERY = 256;
const PROGRESS_EVERY_MS = 500;

/**
 * Greedy construction followed by simulated annealing in cycles (each restarts from the best
 * schedule). Neighbourhoods: Kempe-chain swaps between two slots (keep every placed meeting,
 * reshape breaks); insertion with ejection (bring unplaced meetings in; the ejected ones are
 * re-placed at their cheapest free slot when possible); moves aimed at participants with
 * breaks (a meeting next to their other meetings, or a whole run of meetings next to another
 * run). During annealing general tables are soft (overfull slots are penalised, never kept
 * as the best), which keeps tight events from freezing the search. On top, guided local
 * search: every few thousand moves the participants that still have breaks get a decaying
 * extra weight on them, which moves the search off the same deep local optimum (on the JAIR
 * instances worth one to three breaks at equal time).
 */
export class Search {
  private readonly st: ScheduleState;
  private readonly md: Model;
  private readonly rng: Rng;
  /** Undo log of the pending move (typed arrays: truncating JS arrays showed up in profiles). */
  private logM = new Int32Array(1024);
  private logS = new Int32Array(1024);
  private logN = 0;
  private readonly mark: Int32Array;
  private stamp = 0;
  /** Meetings of the pending Kempe swap(s) and the slot each goes to (the first chainN entries). */
  private chain = new Int32Array(256);
  private target = new Int32Array(256);
  private chainN = 0;
  private readonly ej: number[] = [];
  private readonly runStarts: number[] = [];
  private readonly runEnds: number[] = [];
  private readonly runMeetings: number[] = [];
  /** Temperature of the move being tried (annealing only; swaps are priced against it). */
  private temp = -1;
  /** The pending move passed the acceptance test before it was made. */
  private decided = false;
  readonly best: Int32Array;
  bestKey: number[] = [];
  private curIsBest = false;
  private bestSaved = false;
  private lastProgress = 0;
  iterations = 0;
  private annealStart = 0;
  private annealStartIter = 0;
  /** Breaks no schedule can avoid, per participant (valid once all its meetings are placed). */
  readonly forced: Int32Array;
  /** Sum of forced breaks: a lower bound on the total once every meeting is placed. */
  readonly forcedTotal: number;
  /** The search stopped because its interrupt asked it to. */
  interrupted = false;
  private readonly degree: Int32Array;

  constructor(
    st: ScheduleState,
    private readonly opt: SearchOptions,
  ) {
    this.st = st;
    this.md = st.md;
    this.rng = new Rng(opt.seed);
    this.mark = new Int32Array(this.md.M);
    this.best = new Int32Array(this.md.M);
    // A pinned meeting that could not be kept leaves its people with fewer meetings than analysed.
    this.forced = st.fixedReason.size === 0 ? forcedBreaks(this.md) : new Int32Array(this.md.P);
    this.forcedTotal = this.forced.reduce((a, b) => a + b, 0);
    this.degree = new Int32Array(this.md.P);
    for (let m = 0; m < this.md.M; m++) {
      if (this.md.staticReason[m] !== null) continue;
      for (let k = this.md.mStart[m]; k < this.md.mStart[m + 1]; k++) this.degree[this.md.mPart[k]]++;
    }
    if (opt.tuning?.idleWeight !== undefined) st.idleWeight = opt.tuning.idleWeight;
    if (opt.tuning?.overflowWeight !== undefined) st.overflowWeight = opt.tuning.overflowWeight;
  }

  run(): void {
    this.construct();
    this.markBest();
    this.st.softTables = this.opt.tuning?.softTables ?? true;
    this.anneal();
    this.restoreBest();
    this.st.softTables = false;
    // Leftover placement after the search compares plain costs.
    this.st.scalePenalties(0);
  }

  private progress(phase: string, force = false): void {
    const now = this.opt.now();
    if (!this.opt.onProgress || (!force && now - this.lastProgress < PROGRESS_EVERY_MS)) return;
    this.lastProgress = now;
    this.opt.onProgress({
      phase,
      elapsedMs: Math.round(now - this.opt.startedAt),
      scheduled: this.st.placedCount,
      breaks: this.st.breaks,
      iterations: this.iterations,
    });
  }

  // ---------- construction ----------

  /** Heaviest, then tightest meetings first, each at its cheapest slot. */
  private construct(): void {
    const { st, md } = this;
    // Only what is unplaced: a search resumed on a finished schedule keeps it as it is.
    const order = st.movable.filter((m) => st.slotOf[m] < 0);
    const tight = new Float64Array(md.M);
    for (const m of order) {
      let deg = 0;
      for (let k = md.mStart[m]; k < md.mStart[m + 1]; k++) {
        const p = md.mPart[k];
        deg += md.pStart[p + 1] - md.pStart[p];
      }
      tight[m] = (md.aStart[m + 1] - md.aStart[m]) * 1000 - deg;
    }
    order.sort((a, b) => md.weight[b] - md.weight[a] || tight[a] - tight[b] || a - b);
    for (const m of order) {
      if (this.opt.now() > this.opt.deadline) break;
      const s = this.cheapestSlot(m, -1);
      if (s >= 0) st.place(m, s);
    }
    this.progress('construct', true);
  }

  /** Free slot with the lowest cost increase (ties broken at random), or -1. */
  private cheapestSlot(m: number, avoid: number): number {
    const { st, md } = this;
    let best = -1;
    let bestCost = Infinity;
    for (let k = md.aStart[m]; k < md.aStart[m + 1]; k++) {
      const s = md.aSlot[k];
      if (s === avoid || !st.partsFree(m, s) || !st.tableOk(m, s)) continue;
      const c = st.placeDelta(m, s) + this.rng.next() * 0.01;
      if (c < bestCost) {
        bestCost = c;
        best = s;
      }
    }
    return best;
  }

  // ---------- move log ----------

  private doPlace(m: number, s: number): void {
    this.log(m, -1);
    this.st.place(m, s);
  }

  private doUnplace(m: number): void {
    this.log(m, this.st.slotOf[m]);
    this.st.unplace(m);
  }

  private log(m: number, s: number): void {
    if (this.logN === this.logM.length) {
      this.logM = doubled(this.logM);
      this.logS = doubled(this.logS);
    }
    this.logM[this.logN] = m;
    this.logS[this.logN++] = s;
  }

  private undo(): void {
    for (let i = this.logN - 1; i >= 0; i--) {
      const m = this.logM[i];
      const s = this.logS[i];
      if (s < 0) this.st.unplace(m);
      else this.st.place(m, s);
    }
    this.clearLog();
  }

  private clearLog(): void {
    this.logN = 0;
  }

  // ---------- moves ----------

  /** Puts m into s2, ejecting meetings that share a participant (and one table holder if needed). */
  private insertMove(m: number, s2: number): boolean {
    const { st, md } = this;
    const S = md.S;
    if (st.slotOf[m] === s2) return false;
    const ej = this.ej;
    ej.length = 0;
    for (let k = md.mStart[m]; k < md.mStart[m + 1]; k++) {
      const o = st.occ[md.mPart[k] * S + s2] - 1;
      if (o < 0 || o === m) continue;
      if (st.frozen[o]) return false;
      if (!ej.includes(o)) ej.push(o);
    }
    if (st.slotOf[m] >= 0) this.doUnplace(m);
    for (const o of ej) this.doUnplace(o);
    if (!st.partsFree(m, s2)) return this.fail();
    if (!st.tableOk(m, s2)) {
      const v = this.tableVictim(m, s2);
      if (v < 0) return this.fail();
      this.doUnplace(v);
      ej.push(v);
      if (!st.tableOk(m, s2)) return this.fail();
    }
    this.doPlace(m, s2);
    for (const o of ej) {
      const s = this.cheapestSlot(o, s2);
      if (s >= 0) this.doPlace(o, s);
    }
    return true;
  }

  private fail(): false {
    this.undo();
    return false;
  }

  private tableVictim(m: number, s: number): number {
    const { st, md } = this;
    if (md.kind[m] === TableKind.Booth) {
      const t = md.boothTable[md.boothStart[m]];
      const o = st.tableBusy[s * md.T + t] - 1;
      return o >= 0 && !st.frozen[o] ? o : -1;
    }
    if (md.kind[m] !== TableKind.General) return -1;
    const list = st.slotMembers[s];
    const n = list.length;
    if (n === 0) return -1;
    const start = this.rng.int(n);
    for (let i = 0; i < Math.min(n, TABLE_VICTIM_PROBES); i++) {
      const o = list[(start + i) % n];
      if (!st.frozen[o] && md.kind[o] === TableKind.General && md.mClass[o] >= md.mClass[m]) return o;
    }
    return -1;
  }

  /**
   * Swaps the connected component of m (meetings sharing participants) between its slot and s2.
   * As a move of its own (`alone`), the swap is priced before it is made and a rejected one is
   * never applied; the acceptance test is then already done (`decided`).
   */
  private kempe(m: number, s2: number, alone = false): boolean {
    const s1 = this.st.slotOf[m];
    if (s1 < 0 || s1 === s2) return false;
    this.chainN = 0;
    if (!this.addComponent(m, s2)) return false;
    if (alone && this.temp > 0) {
      const delta = this.st.swapDelta(this.chain, this.target, this.chainN);
      if (!Number.isNaN(delta)) {
        if (this.rejects(delta, this.temp)) return false;
        this.decided = true;
      }
    }
    return this.applyChain();
  }

  /**
   * Appends the connected component of m over its slot and s2 to the pending chain, each meeting
   * with the other slot as its target; false when part of it cannot move.
   */
  private addComponent(m: number, s2: number): boolean {
    const { st, md } = this;
    const S = md.S;
    const s1 = st.slotOf[m];
    const start = this.chainN;
    const stamp = ++this.stamp;
    this.mark[m] = stamp;
    this.pushChain(m);
    for (let i = start; i < this.chainN; i++) {
      const x = this.chain[i];
      const b = st.slotOf[x] === s1 ? s2 : s1;
      if (!md.allowedBit[x * S + b]) return false;
      this.target[i] = b;
      for (let k = md.mStart[x]; k < md.mStart[x + 1]; k++) {
        const y = st.occ[md.mPart[k] * S + b] - 1;
        if (y < 0 || this.mark[y] === stamp) continue;
        if (st.frozen[y] || this.chainN - start >= KEMPE_LIMIT) return false;
        this.mark[y] = stamp;
        this.pushChain(y);
      }
    }
    return true;
  }

  private pushChain(m: number): void {
    if (this.chainN === this.chain.length) {
      this.chain = doubled(this.chain);
      this.target = doubled(this.target);
    }
    this.chain[this.chainN++] = m;
  }

  /** Moves every pending chain meeting to its target (undone when a table is missing). */
  private applyChain(): boolean {
    const st = this.st;
    const n = this.chainN;
    for (let i = 0; i < n; i++) this.doUnplace(this.chain[i]);
    for (let i = 0; i < n; i++) {
      if (!st.tableOk(this.chain[i], this.target[i])) return this.fail();
      this.doPlace(this.chain[i], this.target[i]);
    }
    return true;
  }

  private randomAllowedSlot(m: number): number {
    const md = this.md;
    const n = md.aStart[m + 1] - md.aStart[m];
    return md.aSlot[md.aStart[m] + this.rng.int(n)];
  }

  /** Picks and applies one random move; false when nothing changed. */
  private tryMove(): boolean {
    const st = this.st;
    const r = this.rng.next();
    if (st.unplaced.length > 0 && r < 0.3) {
      const m = st.unplaced[this.rng.int(st.unplaced.length)];
      return this.insertMove(m, this.randomAllowedSlot(m));
    }
    if (st.broken.length > 0) {
      const g = this.rng.next();
      const guided = g < (this.opt.tuning?.guidedShare ?? 0.7);
      const p = guided ? this.pickBroken() : -1;
      if (p >= 0) return g < (this.opt.tuning?.runShare ?? 0.3) ? this.runMove(p) : this.guidedMove(p);
    }
    const m = this.pickPlaced();
    if (m < 0) return false;
    const s2 = this.randomAllowedSlot(m);
    return r < (this.opt.tuning?.kempeShare ?? 0.75) ? this.kempe(m, s2, true) : this.insertMove(m, s2);
  }

  /** Moves a meeting of a participant with breaks next to that participant's other meetings. */
  private guidedMove(p: number): boolean {
    const { st, md } = this;
    const S = md.S;
    const deg = md.pStart[p + 1] - md.pStart[p];
    const m = md.pMeet[md.pStart[p] + this.rng.int(deg)];
    if (st.slotOf[m] < 0 || st.frozen[m]) return false;
    const cand = this.ej;
    cand.length = 0;
    const base = p * S;
    for (let s = 0; s < S; s++) {
      if (st.occ[base + s] !== 0 || !md.allowedBit[m * S + s]) continue;
      const a = md.prevAdj[s];
      const b = md.nextAdj[s];
      if ((a >= 0 && st.occ[base + a] !== 0) || (b >= 0 && st.occ[base + b] !== 0)) cand.push(s);
    }
    if (cand.length === 0) return false;
    const s2 = cand[this.rng.int(cand.length)];
    return this.rng.next() < 0.7 ? this.kempe(m, s2, true) : this.insertMove(m, s2);
  }

  /**
   * Moves a whole run of a participant's consecutive meetings next to another of its runs
   * (a chain of Kempe swaps evaluated as one move): closing a break often needs several
   * meetings to move together, which single moves only reach through worse states.
   */
  private runMove(p: number): boolean {
    const { st, md } = this;
    const S = md.S;
    const base = p * S;
    const rs = this.runStarts;
    const re = this.runEnds;
    rs.length = 0;
    re.length = 0;
    for (let s = 0; s < S; s++) {
      if (st.occ[base + s] === 0) continue;
      const a = md.prevAdj[s];
      if (a < 0 || st.occ[base + a] === 0) rs.push(s);
      const b = md.nextAdj[s];
      if (b < 0 || st.occ[base + b] === 0) re.push(s);
    }
    const i = this.rng.int(rs.length);
    const j = this.rng.int(rs.length);
    if (i === j || md.dayOfSlot[rs[i]] !== md.dayOfSlot[rs[j]]) return false;
    const len = re[i] - rs[i] + 1;
    const after = this.rng.next() < 0.5;
    const first = after ? re[j] + 1 : rs[j] - len;
    const last = first + len - 1;
    if (first < 0 || last >= S || md.dayOfSlot[first] !== md.dayOfSlot[rs[j]] || md.dayOfSlot[last] !== md.dayOfSlot[rs[j]]) return false;
    const ms = this.runMeetings;
    ms.length = 0;
    for (let s = rs[i]; s <= re[i]; s++) ms.push(st.occ[base + s] - 1);
    if (this.temp > 0 && (last < rs[i] || first > re[i])) {
      // The run lands clear of where it was: its swaps use disjoint slot pairs, so they can be
      // found on the schedule as it is and priced together before anything moves.
      this.chainN = 0;
      for (let k = 0; k < len; k++) if (st.frozen[ms[k]] || !this.addComponent(ms[k], first + k)) return false;
      const delta = st.movesDelta(this.chain, this.target, this.chainN);
      if (!Number.isNaN(delta)) {
        if (this.rejects(delta, this.temp)) return false;
        this.decided = true;
        return this.applyChain();
      }
    }
    for (let k = 0; k < len; k++) {
      const m = ms[k];
      const t = first + k;
      if (st.slotOf[m] === t) continue;
      if (st.frozen[m] || !this.kempe(m, t)) {
        this.undo();
        return false;
      }
    }
    return true;
  }

  /** Whether p has more breaks than its own meetings force on it. */
  private avoidable(p: number): boolean {
    const st = this.st;
    return st.breaksOf[p] > (st.count[p] === this.degree[p] ? this.forced[p] : 0);
  }

  /** A participant with breaks that could be closed, or -1 (a few random probes). */
  private pickBroken(): number {
    const b = this.st.broken;
    for (let tries = 0; tries < 6; tries++) {
      const p = b[this.rng.int(b.length)];
      if (this.avoidable(p)) return p;
    }
    return -1;
  }

  private pickPlaced(): number {
    const mv = this.st.movable;
    for (let tries = 0; tries < 8; tries++) {
      const m = mv[this.rng.int(mv.length)];
      if (this.st.slotOf[m] >= 0) return m;
    }
    return -1;
  }

  // ---------- annealing ----------

  private markBest(): void {
    this.bestKey = this.st.key();
    this.best.set(this.st.slotOf);
    this.curIsBest = true;
    this.bestSaved = true;
  }

  /** Saves the state before the pending (logged) move as the best. */
  private saveBeforeMove(): void {
    this.best.set(this.st.slotOf);
    for (let i = this.logN - 1; i >= 0; i--) this.best[this.logM[i]] = this.logS[i];
    this.bestSaved = true;
  }

  private restoreBest(): void {
    if (this.curIsBest && !this.bestSaved) {
      this.best.set(this.st.slotOf);
      this.bestSaved = true;
    }
    const st = this.st;
    for (const m of st.movable) if (st.slotOf[m] >= 0 && st.slotOf[m] !== this.best[m]) st.unplace(m);
    for (const m of st.movable) if (this.best[m] >= 0 && st.slotOf[m] < 0) st.place(m, this.best[m]);
    this.curIsBest = true;
  }

  private isOptimal(): boolean {
    return this.bestKey[0] === 0 && this.bestKey[1] < 1e-9 && this.bestKey[2] === 0 && this.bestKey[3] <= this.forcedTotal;
  }

  private anneal(): void {
    const { st, opt } = this;
    if (st.movable.length === 0) return;
    const tu = opt.tuning ?? {};
    const cycleLen = tu.cycleLen ?? Math.max(5_000, Math.min(3_000_000, 15_000 * st.movable.length));
    const t0 = tu.t0 ?? 1.5;
    const t1 = tu.t1 ?? 0.03;
    let stall = 0;
    this.annealStart = opt.now();
    this.annealStartIter = this.iterations;
    while (!this.isOptimal() && stall < opt.stallCycles) {
      const before = this.bestKey;
      const stopped = this.cycle(cycleLen, t0, t1);
      stall = keyBetter(this.bestKey, before) ? 0 : stall + 1;
      if (stopped) break;
      this.restoreBest();
    }
  }

  /** One cooling run; returns true when time or iterations are exhausted. */
  private cycle(cycleLen: number, t0: number, t1: number): boolean {
    const { st, opt } = this;
    let len = cycleLen;
    let ratio = Math.pow(t1 / t0, 1 / len);
    let temp = t0;
    const tu = opt.tuning ?? {};
    const step = tu.penaltyStep ?? 0.05;
    const every = tu.penaltyEvery ?? 2000;
    const decay = tu.penaltyDecay ?? 0.99;
    for (let i = 0; i < len; i++, temp *= ratio) {
      if (step > 0 && i % every === every - 1) {
        st.scalePenalties(decay);
        for (const p of st.broken) if (this.avoidable(p)) st.addPenalty(p, step);
      }
      if ((++this.iterations & (TIME_CHECK_EVERY - 1)) === 0) {
        const now = opt.now();
        if (now > opt.deadline || this.iterations >= opt.maxIterations) return true;
        if (opt.interrupt?.(this.bestKey[0] === 0 && this.bestKey[1] < 1e-9 ? this.bestKey[3] : Infinity)) {
          this.interrupted = true;
          return true;
        }
        this.progress('anneal');
        const fit = this.iterationsLeft(now);
        if (len - i > fit) {
          // Shrink the cycle so that it still ends cold within the budget.
          len = i + Math.max(1, fit);
          ratio = Math.pow(t1 / temp, 1 / (len - i));
        }
      }
      const before = st.cost();
      this.temp = temp;
      this.decided = false;
      if (!this.tryMove()) continue;
      if (!this.decided && this.rejects(st.cost() - before, temp)) {
        this.undo();
        continue;
      }
      this.accept();
      if (this.isOptimal()) return true;
    }
    return false;
  }

  /** Metropolis test: a worse move is kept with probability exp(-delta / temp). */
  private rejects(delta: number, temp: number): boolean {
    return delta > 0 && this.rng.next() >= Math.exp(-delta / temp);
  }

  /** Moves that still fit in the iteration budget and (estimated from the pace so far) in the time. */
  private iterationsLeft(now: number): number {
    const byCount = this.opt.maxIterations - this.iterations;
    const elapsed = now - this.annealStart;
    if (elapsed < 50) return byCount;
    const rate = (this.iterations - this.annealStartIter) / elapsed;
    return Math.min(byCount, Math.floor(rate * (this.opt.deadline - now) * 0.97));
  }

  private accept(): void {
    const key = this.st.key();
    if (keyBetter(key, this.bestKey)) {
      this.bestKey = key;
      this.curIsBest = true;
      this.bestSaved = false;
    } else if (this.curIsBest) {
      if (!this.bestSaved) this.saveBeforeMove();
      this.curIsBest = false;
    }
    this.clearLog();
  }
}

/** A copy of a with twice its length (the rest zero). */
function doubled(a: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(a.length * 2);
  grown.set(a);
  return grown;
}
