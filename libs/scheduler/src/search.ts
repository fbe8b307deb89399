import { Model, TableKind } from './model';
import { Rng } from './rng';
import { keyBetter, ScheduleState } from './state';

export interface SearchProgress {
  phase: string;
  elapsedMs: number;
  scheduled: number;
  breaks: number;
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
}

const KEMPE_LIMIT = 96;
const TABLE_VICTIM_PROBES = 40;
const TIME_CHECK_EVERY = 256;
const PROGRESS_EVERY_MS = 500;

/**
 * Greedy construction followed by simulated annealing with two neighbourhoods:
 * Kempe-chain swaps between two slots (keep every placed meeting, reshape breaks) and
 * insertion with ejection (bring unplaced meetings in; the ejected ones are re-placed at
 * their cheapest free slot when possible).
 */
export class Search {
  private readonly st: ScheduleState;
  private readonly md: Model;
  private readonly rng: Rng;
  private readonly logM: number[] = [];
  private readonly logS: number[] = [];
  private readonly mark: Int32Array;
  private stamp = 0;
  private readonly chain: number[] = [];
  private readonly target: number[] = [];
  private readonly ej: number[] = [];
  readonly best: Int32Array;
  bestKey: number[] = [];
  private curIsBest = false;
  private bestSaved = false;
  private lastProgress = 0;
  iterations = 0;

  constructor(st: ScheduleState, private readonly opt: SearchOptions) {
    this.st = st;
    this.md = st.md;
    this.rng = new Rng(opt.seed);
    this.mark = new Int32Array(this.md.M);
    this.best = new Int32Array(this.md.M);
  }

  run(): void {
    this.construct();
    this.markBest();
    this.anneal();
    this.restoreBest();
  }

  private progress(phase: string, force = false): void {
    const now = this.opt.now();
    if (!this.opt.onProgress || (!force && now - this.lastProgress < PROGRESS_EVERY_MS)) return;
    this.lastProgress = now;
    this.opt.onProgress({ phase, elapsedMs: Math.round(now - this.opt.startedAt), scheduled: this.st.placedCount, breaks: this.st.breaks });
  }

  // ---------- construction ----------

  private construct(): void {
    const { st, md } = this;
    const order = st.movable.slice();
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
      const before = st.cost();
      st.place(m, s);
      const c = st.cost() - before + this.rng.next() * 0.01;
      st.unplace(m);
      if (c < bestCost) {
        bestCost = c;
        best = s;
      }
    }
    return best;
  }

  // ---------- move log ----------

  private doPlace(m: number, s: number): void {
    this.logM.push(m);
    this.logS.push(-1);
    this.st.place(m, s);
  }

  private doUnplace(m: number): void {
    this.logM.push(m);
    this.logS.push(this.st.slotOf[m]);
    this.st.unplace(m);
  }

  private undo(): void {
    for (let i = this.logM.length - 1; i >= 0; i--) {
      const m = this.logM[i];
      const s = this.logS[i];
      if (s < 0) this.st.unplace(m);
      else this.st.place(m, s);
    }
    this.clearLog();
  }

  private clearLog(): void {
    this.logM.length = 0;
    this.logS.length = 0;
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

  /** Swaps the connected component of m (meetings sharing participants) between its slot and s2. */
  private kempe(m: number, s2: number): boolean {
    const { st, md } = this;
    const S = md.S;
    const s1 = st.slotOf[m];
    if (s1 < 0 || s1 === s2) return false;
    const chain = this.chain;
    const target = this.target;
    chain.length = 0;
    target.length = 0;
    const stamp = ++this.stamp;
    this.mark[m] = stamp;
    chain.push(m);
    for (let i = 0; i < chain.length; i++) {
      const x = chain[i];
      const b = st.slotOf[x] === s1 ? s2 : s1;
      if (!md.allowedBit[x * S + b]) return false;
      target.push(b);
      for (let k = md.mStart[x]; k < md.mStart[x + 1]; k++) {
        const y = st.occ[md.mPart[k] * S + b] - 1;
        if (y < 0 || this.mark[y] === stamp) continue;
        if (st.frozen[y] || chain.length >= KEMPE_LIMIT) return false;
        this.mark[y] = stamp;
        chain.push(y);
      }
    }
    for (const x of chain) this.doUnplace(x);
    for (let i = 0; i < chain.length; i++) {
      if (!st.tableOk(chain[i], target[i])) return this.fail();
      this.doPlace(chain[i], target[i]);
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
    const m = this.pickPlaced();
    if (m < 0) return false;
    const s2 = this.randomAllowedSlot(m);
    return r < 0.75 ? this.kempe(m, s2) : this.insertMove(m, s2);
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
    for (let i = this.logM.length - 1; i >= 0; i--) this.best[this.logM[i]] = this.logS[i];
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
    return this.bestKey[0] < 1e-9 && this.bestKey[1] === 0 && this.bestKey[2] === 0;
  }

  private anneal(): void {
    const { st, opt } = this;
    if (st.movable.length === 0) return;
    const cycleLen = Math.max(20000, Math.min(2_000_000, 60 * st.movable.length));
    const t0 = 1.5;
    const t1 = 0.03;
    let stall = 0;
    while (!this.isOptimal() && stall < opt.stallCycles) {
      const before = this.bestKey;
      const stopped = this.cycle(cycleLen, t0, t1);
      stall = keyBetter(this.bestKey, before) ? 0 : stall + 1;
      if (stopped) break;
      this.restoreBest();
    }
  }

  /** One cooling run; returns true when time or iterations are exhausted. */
  private cycle(len: number, t0: number, t1: number): boolean {
    const { st, opt } = this;
    const ratio = Math.pow(t1 / t0, 1 / len);
    let temp = t0;
    for (let i = 0; i < len; i++, temp *= ratio) {
      if ((++this.iterations & (TIME_CHECK_EVERY - 1)) === 0) {
        if (opt.now() > opt.deadline || this.iterations >= opt.maxIterations) return true;
        this.progress('anneal');
      }
      const before = st.cost();
      if (!this.tryMove()) continue;
      const delta = st.cost() - before;
      if (delta > 0 && this.rng.next() >= Math.exp(-delta / temp)) {
        this.undo();
        continue;
      }
      this.accept();
      if (this.isOptimal()) return true;
    }
    return false;
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
