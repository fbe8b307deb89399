/**
 * Compact CDCL SAT solver: two watched literals, binary implication lists, native at-most-k
 * constraints (counter propagation with lazily built reasons), 1UIP learning with clause
 * minimisation, VSIDS, phase saving, Luby restarts and LBD-based clause deletion.
 *
 * Literals are integers: 2·v for variable v, 2·v + 1 for its negation (`lit ^ 1` negates).
 * The solver is incremental in one direction only: clauses may be added and at-most-k bounds
 * lowered between calls to solve(); learnt clauses stay valid because every change only
 * strengthens the formula. Native cardinality constraints keep the schedule encoding small
 * (one constraint per slot instead of thousands of counter clauses) and let the break
 * budget be tightened after each improved solution without re-encoding.
 */
export type SatStatus = 'sat' | 'unsat' | 'unknown';

export interface SatLimits {
  /** Conflicts this call may spend (keeps runs reproducible regardless of machine speed). */
  conflicts?: number;
  /** Wall-clock stop, compared with now(). */
  deadline?: number;
  now?: () => number;
  /**
   * Reset the saved phases to the target phases at every restart (solution-guided search):
   * the search keeps returning to the neighbourhood of the best known solution.
   */
  guided?: boolean;
}

const enum Reason {
  None = 0,
  Clause = 1,
  /** A binary clause; the value is the other (false) literal. */
  Binary = 2,
  /** An at-most-k constraint; the value is where its explanation is stored (expl). */
  Card = 3,
}

/** Clause header in the arena: size, flags, LBD. */
const HDR = 3;
const FLAG_LEARNT = 1;
const FLAG_DELETED = 2;
const VAR_DECAY = 0.95;
const RESTART_BASE = 100;
const REDUCE_FIRST = 2000;
const REDUCE_INC = 300;
const TIME_CHECK_CONFLICTS = 16;
const TIME_CHECK_DECISIONS = 1024;

export class SatSolver {
  private nv = 0;
  private cap = 0;
  /** Per literal: 1 true, -1 false, 0 unassigned. */
  private val = new Int8Array(0);
  private level = new Int32Array(0);
  private reasonKind = new Uint8Array(0);
  private reasonVal = new Int32Array(0);
  private trailPos = new Int32Array(0);
  private activity = new Float64Array(0);
  private polarity = new Uint8Array(0);
  private target = new Uint8Array(0);
  private seen = new Uint8Array(0);
  private heap = new Int32Array(0);
  private heapIdx = new Int32Array(0);
  private heapSize = 0;
  private varInc = 1;

  private watches: number[][] = [];
  private bins: number[][] = [];
  private cardOcc: number[][] = [];

  private arena = new Int32Array(1 << 16);
  private top = 0;
  private learnts: number[] = [];

  private cardLits: Int32Array[] = [];
  private cardK: number[] = [];
  private cardCount: number[] = [];

  /** Explanations of at-most-k propagations, dropped whenever the search is back at level 0. */
  private expl = new Int32Array(1 << 12);
  private explTop = 0;

  private trail = new Int32Array(0);
  private trailLen = 0;
  private trailLim: number[] = [];
  private qhead = 0;

  private ok = true;
  private model = new Int8Array(0);
  private readonly conflictLits: number[] = [];
  private readonly reasonBuf: number[] = [];
  private readonly learnt: number[] = [];
  private readonly toClear: number[] = [];
  private readonly cardBuf: number[] = [];

  private restarts = 0;
  private reductions = 0;
  private nextReduce = REDUCE_FIRST;
  conflicts = 0;
  decisions = 0;
  propagations = 0;

  get numVars(): number {
    return this.nv;
  }

  newVar(): number {
    const v = this.nv++;
    if (v >= this.cap) this.grow(Math.max(64, this.cap * 2));
    this.watches.push([], []);
    this.bins.push([], []);
    this.cardOcc.push([], []);
    this.heapIdx[v] = -1;
    this.level[v] = -1;
    this.polarity[v] = 0;
    this.heapInsert(v);
    return v;
  }

  private grow(n: number): void {
    const g = <T extends Int8Array | Uint8Array | Int32Array | Float64Array>(a: T, len: number, ctor: new (n: number) => T): T => {
      const b = new ctor(len);
      b.set(a);
      return b;
    };
    this.val = g(this.val, 2 * n, Int8Array);
    this.level = g(this.level, n, Int32Array);
    this.reasonKind = g(this.reasonKind, n, Uint8Array);
    this.reasonVal = g(this.reasonVal, n, Int32Array);
    this.trailPos = g(this.trailPos, n, Int32Array);
    this.activity = g(this.activity, n, Float64Array);
    this.polarity = g(this.polarity, n, Uint8Array);
    this.target = g(this.target, n, Uint8Array);
    this.seen = g(this.seen, n, Uint8Array);
    this.heap = g(this.heap, n, Int32Array);
    this.heapIdx = g(this.heapIdx, n, Int32Array);
    this.trail = g(this.trail, n, Int32Array);
    this.cap = n;
  }

  /** Preferred value of v when it is decided (and, with guided search, after each restart). */
  setPhase(v: number, value: boolean): void {
    this.polarity[v] = value ? 1 : 0;
    this.target[v] = value ? 1 : 0;
  }

  /** Raises v in the decision order (e.g. to branch on the main variables first). */
  bump(v: number, amount = 1): void {
    this.activity[v] += amount * this.varInc;
    if (this.heapIdx[v] >= 0) this.heapUp(this.heapIdx[v]);
  }

  /** Value of v in the last model found. */
  modelValue(v: number): boolean {
    return this.model[v] === 1;
  }

  /** False once the formula is known to be unsatisfiable. */
  get okay(): boolean {
    return this.ok;
  }

  addClause(lits: readonly number[]): boolean {
    if (!this.ok) return false;
    this.cancelUntil(0);
    const c: number[] = [];
    for (const l of lits) {
      const v = this.val[l];
      if (v === 1 || c.includes(l ^ 1)) return true;
      if (v === 0 && !c.includes(l)) c.push(l);
    }
    if (c.length === 0) return (this.ok = false);
    if (c.length === 1) {
      this.enqueue(c[0], Reason.None, 0);
      return (this.ok = this.propagate() === false);
    }
    if (c.length === 2) {
      this.bins[c[0] ^ 1].push(c[1]);
      this.bins[c[1] ^ 1].push(c[0]);
      return true;
    }
    this.storeClause(c, false, 0);
    return true;
  }

  /** Adds "at most k of lits are true"; returns its index for setAtMostBound(). */
  addAtMost(lits: readonly number[], k: number): number {
    const idx = this.cardLits.length;
    this.cardLits.push(Int32Array.from(lits));
    this.cardK.push(k);
    this.cardCount.push(0);
    if (!this.ok) return idx;
    this.cancelUntil(0);
    let count = 0;
    for (const l of lits) {
      this.cardOcc[l].push(idx);
      // Literals already true at level 0 were propagated before this constraint existed.
      if (this.val[l] === 1) count++;
    }
    this.cardCount[idx] = count;
    this.afterBoundChange(idx);
    return idx;
  }

  atMostBound(idx: number): number {
    return this.cardK[idx];
  }

  /** Lowers the bound of an at-most-k constraint (raising it would invalidate learnt clauses). */
  setAtMostBound(idx: number, k: number): boolean {
    if (k > this.cardK[idx]) throw new Error('at-most bounds may only be lowered');
    this.cardK[idx] = k;
    if (!this.ok) return false;
    this.cancelUntil(0);
    this.afterBoundChange(idx);
    return this.ok;
  }

  private afterBoundChange(idx: number): void {
    const k = this.cardK[idx];
    const count = this.cardCount[idx];
    if (count > k || k < 0) {
      this.ok = false;
      return;
    }
    if (count === k) {
      for (const l of this.cardLits[idx]) if (this.val[l] === 0) this.enqueue(l ^ 1, Reason.None, 0);
      if (this.propagate() !== false) this.ok = false;
    }
  }

  private storeClause(lits: number[], learnt: boolean, lbd: number): number {
    const need = this.top + HDR + lits.length;
    if (need > this.arena.length) {
      const a = new Int32Array(Math.max(need, this.arena.length * 2));
      a.set(this.arena.subarray(0, this.top));
      this.arena = a;
    }
    const cref = this.top;
    const a = this.arena;
    a[cref] = lits.length;
    a[cref + 1] = learnt ? FLAG_LEARNT : 0;
    a[cref + 2] = lbd;
    for (let i = 0; i < lits.length; i++) a[cref + HDR + i] = lits[i];
    this.top = need;
    this.watches[lits[0]].push(cref, lits[1]);
    this.watches[lits[1]].push(cref, lits[0]);
    if (learnt) this.learnts.push(cref);
    return cref;
  }

  private enqueue(lit: number, kind: Reason, reason: number): void {
    const v = lit >> 1;
    this.val[lit] = 1;
    this.val[lit ^ 1] = -1;
    this.level[v] = this.trailLim.length;
    this.reasonKind[v] = kind;
    this.reasonVal[v] = reason;
    this.trailPos[v] = this.trailLen;
    this.trail[this.trailLen++] = lit;
  }

  /**
   * Unit propagation to fixpoint. Returns false when there is no conflict; otherwise true, with
   * the conflicting clause (all literals false) in conflictLits.
   */
  private propagate(): boolean {
    const val = this.val;
    while (this.qhead < this.trailLen) {
      const p = this.trail[this.qhead++];
      this.propagations++;
      const occ = this.cardOcc[p];
      // All counters first, so that backtracking can undo them wholesale even after a conflict.
      for (let i = 0; i < occ.length; i++) this.cardCount[occ[i]]++;

      const bl = this.bins[p];
      for (let i = 0; i < bl.length; i++) {
        const q = bl[i];
        const vq = val[q];
        if (vq === 1) continue;
        if (vq === -1) {
          this.setConflict2(q, p ^ 1);
          return true;
        }
        this.enqueue(q, Reason.Binary, p ^ 1);
      }

      if (this.propagateClauses(p ^ 1)) return true;

      for (let i = 0; i < occ.length; i++) {
        const c = occ[i];
        const k = this.cardK[c];
        const cnt = this.cardCount[c];
        if (cnt < k) continue;
        if (cnt > k) {
          this.cardConflict(c);
          return true;
        }
        const lits = this.cardLits[c];
        if (k === 1) {
          for (let j = 0; j < lits.length; j++) if (val[lits[j]] === 0) this.enqueue(lits[j] ^ 1, Reason.Binary, p ^ 1);
          continue;
        }
        // The true literals now are the reason of every literal this constraint sets false; kept
        // once here, as scanning a large constraint again during analysis is what costs.
        let expl = -1;
        for (let j = 0; j < lits.length; j++) {
          const l = lits[j];
          if (val[l] !== 0) continue;
          if (expl < 0) expl = this.storeExplanation(lits, k);
          this.enqueue(l ^ 1, Reason.Card, expl);
        }
      }
    }
    return false;
  }

  /** Stores the first k true literals of lits (all assigned before anything it explains). */
  private storeExplanation(lits: Int32Array, k: number): number {
    if (this.explTop + k + 1 > this.expl.length) {
      const e = new Int32Array(Math.max(this.expl.length * 2, this.explTop + k + 1));
      e.set(this.expl.subarray(0, this.explTop));
      this.expl = e;
    }
    const at = this.explTop;
    let n = 0;
    for (let j = 0; j < lits.length && n < k; j++) if (this.val[lits[j]] === 1) this.expl[at + 1 + n++] = lits[j];
    this.expl[at] = n;
    this.explTop = at + 1 + n;
    return at;
  }

  private setConflict2(a: number, b: number): void {
    const cl = this.conflictLits;
    cl.length = 0;
    cl.push(a, b);
  }

  /** Visits the clauses watching falseLit; true on conflict. */
  private propagateClauses(falseLit: number): boolean {
    const val = this.val;
    const a = this.arena;
    const ws = this.watches[falseLit];
    const n = ws.length;
    let i = 0;
    let j = 0;
    while (i < n) {
      const cref = ws[i];
      const blocker = ws[i + 1];
      i += 2;
      if (val[blocker] === 1) {
        ws[j++] = cref;
        ws[j++] = blocker;
        continue;
      }
      if ((a[cref + 1] & FLAG_DELETED) !== 0) continue;
      const base = cref + HDR;
      if (a[base] === falseLit) {
        a[base] = a[base + 1];
        a[base + 1] = falseLit;
      }
      const first = a[base];
      if (first !== blocker && val[first] === 1) {
        ws[j++] = cref;
        ws[j++] = first;
        continue;
      }
      const size = a[cref];
      let moved = false;
      for (let k = 2; k < size; k++) {
        const l = a[base + k];
        if (val[l] !== -1) {
          a[base + 1] = l;
          a[base + k] = falseLit;
          this.watches[l].push(cref, first);
          moved = true;
          break;
        }
      }
      if (moved) continue;
      ws[j++] = cref;
      ws[j++] = first;
      if (val[first] === -1) {
        while (i < n) ws[j++] = ws[i++];
        if (j !== n) ws.length = j;
        const cl = this.conflictLits;
        cl.length = 0;
        for (let k = 0; k < size; k++) cl.push(a[base + k]);
        return true;
      }
      this.enqueue(first, Reason.Clause, cref);
    }
    if (j !== n) ws.length = j;
    return false;
  }

  /** The k+1 earliest true literals of an over-full constraint, negated, form the conflict. */
  private cardConflict(c: number): void {
    const k = this.cardK[c];
    const buf = this.earliestTrue(c, this.trailLen, k + 1);
    const cl = this.conflictLits;
    cl.length = 0;
    for (const l of buf) cl.push(l ^ 1);
  }

  /** The `count` true literals of constraint c with the smallest trail positions below `before`. */
  private earliestTrue(c: number, before: number, count: number): number[] {
    const buf = this.cardBuf;
    buf.length = 0;
    const lits = this.cardLits[c];
    for (let j = 0; j < lits.length; j++) {
      const l = lits[j];
      if (this.val[l] === 1 && this.trailPos[l >> 1] < before) buf.push(l);
    }
    if (buf.length > count) {
      buf.sort((x, y) => this.trailPos[x >> 1] - this.trailPos[y >> 1]);
      buf.length = count;
    }
    return buf;
  }

  /** Fills reasonBuf with the false literals of the clause that implied v. */
  private reasonOf(v: number): number[] {
    const out = this.reasonBuf;
    out.length = 0;
    switch (this.reasonKind[v] as Reason) {
      case Reason.None:
        break;
      case Reason.Binary:
        out.push(this.reasonVal[v]);
        break;
      case Reason.Clause: {
        const cref = this.reasonVal[v];
        const size = this.arena[cref];
        for (let k = 1; k < size; k++) out.push(this.arena[cref + HDR + k]);
        break;
      }
      case Reason.Card: {
        const at = this.reasonVal[v];
        const n = this.expl[at];
        for (let i = 1; i <= n; i++) out.push(this.expl[at + i] ^ 1);
        break;
      }
    }
    return out;
  }

  private decisionLevel(): number {
    return this.trailLim.length;
  }

  /** 1UIP conflict analysis; leaves the learnt clause (asserting literal first) in learnt. */
  private analyze(): number {
    const seen = this.seen;
    const learnt = this.learnt;
    learnt.length = 0;
    learnt.push(-1);
    const dl = this.decisionLevel();
    let pathC = 0;
    let p: number;
    let idx = this.trailLen - 1;
    let lits: number[] = this.conflictLits;
    for (;;) {
      for (let i = 0; i < lits.length; i++) {
        const q = lits[i];
        const v = q >> 1;
        if (seen[v] || this.level[v] === 0) continue;
        this.bumpVar(v);
        seen[v] = 1;
        if (this.level[v] >= dl) pathC++;
        else learnt.push(q);
      }
      while (!seen[this.trail[idx] >> 1]) idx--;
      p = this.trail[idx--];
      seen[p >> 1] = 0;
      pathC--;
      if (pathC <= 0) break;
      lits = this.reasonOf(p >> 1).slice();
    }
    learnt[0] = p ^ 1;
    this.minimize();
    let bt = 0;
    if (learnt.length > 1) {
      let maxI = 1;
      for (let i = 2; i < learnt.length; i++) if (this.level[learnt[i] >> 1] > this.level[learnt[maxI] >> 1]) maxI = i;
      const t = learnt[1];
      learnt[1] = learnt[maxI];
      learnt[maxI] = t;
      bt = this.level[learnt[1] >> 1];
    }
    return bt;
  }

  /** Recursive minimisation: drops literals implied by the rest of the clause. */
  private minimize(): void {
    const learnt = this.learnt;
    const clear = this.toClear;
    clear.length = 0;
    for (let i = 1; i < learnt.length; i++) clear.push(learnt[i] >> 1);
    let levels = 0;
    for (let i = 1; i < learnt.length; i++) levels |= 1 << (this.level[learnt[i] >> 1] & 31);
    let j = 1;
    for (let i = 1; i < learnt.length; i++) {
      const v = learnt[i] >> 1;
      if (this.reasonKind[v] === Reason.None || !this.redundant(v, levels)) learnt[j++] = learnt[i];
    }
    learnt.length = j;
    for (const v of clear) this.seen[v] = 0;
  }

  /** Whether v follows from literals already in the clause (DFS over reasons). */
  private redundant(v0: number, levels: number): boolean {
    const seen = this.seen;
    const clear = this.toClear;
    const top = clear.length;
    const stack: number[] = [v0];
    while (stack.length > 0) {
      const v = stack.pop()!;
      const reasons = this.reasonOf(v).slice();
      for (const q of reasons) {
        const u = q >> 1;
        if (seen[u] || this.level[u] === 0) continue;
        if (this.reasonKind[u] !== Reason.None && ((1 << (this.level[u] & 31)) & levels) !== 0) {
          seen[u] = 1;
          stack.push(u);
          clear.push(u);
          continue;
        }
        for (let i = top; i < clear.length; i++) seen[clear[i]] = 0;
        clear.length = top;
        return false;
      }
    }
    return true;
  }

  private computeLbd(lits: number[]): number {
    const set = new Set<number>();
    for (const l of lits) set.add(this.level[l >> 1]);
    return set.size;
  }

  private cancelUntil(lvl: number): void {
    if (this.trailLim.length <= lvl) return;
    const lim = this.trailLim[lvl];
    for (let i = this.trailLen - 1; i >= lim; i--) {
      const l = this.trail[i];
      const v = l >> 1;
      if (i < this.qhead) {
        const occ = this.cardOcc[l];
        for (let k = 0; k < occ.length; k++) this.cardCount[occ[k]]--;
      }
      this.val[l] = 0;
      this.val[l ^ 1] = 0;
      this.polarity[v] = (l & 1) === 0 ? 1 : 0;
      this.level[v] = -1;
      if (this.heapIdx[v] < 0) this.heapInsert(v);
    }
    this.trailLen = lim;
    this.qhead = Math.min(this.qhead, lim);
    this.trailLim.length = lvl;
    // Level-0 literals are never explained, so their explanations can go.
    if (lvl === 0) this.explTop = 0;
  }

  private bumpVar(v: number): void {
    if ((this.activity[v] += this.varInc) > 1e100) {
      for (let i = 0; i < this.nv; i++) this.activity[i] *= 1e-100;
      this.varInc *= 1e-100;
    }
    if (this.heapIdx[v] >= 0) this.heapUp(this.heapIdx[v]);
  }

  private reduceDb(): void {
    const a = this.arena;
    const locked = (cref: number) => {
      const l = a[cref + HDR];
      const v = l >> 1;
      return this.val[l] === 1 && this.reasonKind[v] === Reason.Clause && this.reasonVal[v] === cref;
    };
    const cand = this.learnts.filter((c) => a[c + 2] > 2 && !locked(c));
    // Highest LBD first; among equals, the older clause goes first.
    cand.sort((x, y) => a[y + 2] - a[x + 2] || x - y);
    const drop = cand.slice(0, cand.length >> 1);
    for (const c of drop) a[c + 1] |= FLAG_DELETED;
    this.learnts = this.learnts.filter((c) => (a[c + 1] & FLAG_DELETED) === 0);
    for (const ws of this.watches) {
      let j = 0;
      for (let i = 0; i < ws.length; i += 2) {
        if ((a[ws[i] + 1] & FLAG_DELETED) !== 0) continue;
        ws[j++] = ws[i];
        ws[j++] = ws[i + 1];
      }
      ws.length = j;
    }
  }

  /** Next decision literal, or -1 when every variable is assigned. */
  private pickBranch(): number {
    while (this.heapSize > 0) {
      const v = this.heapPop();
      if (this.level[v] < 0) return 2 * v + (this.polarity[v] ? 0 : 1);
    }
    return -1;
  }

  /**
   * Searches for a model. With assumptions, 'unsat' means "not with these literals" and the
   * formula stays usable (okay); without, it is final. Learnt clauses never depend on
   * assumptions, so they carry over to later calls with other assumptions.
   */
  solve(limits: SatLimits = {}, assumptions: readonly number[] = []): SatStatus {
    if (!this.ok) return 'unsat';
    this.cancelUntil(0);
    if (this.propagate()) {
      this.ok = false;
      return 'unsat';
    }
    if (limits.guided) this.polarity.set(this.target.subarray(0, this.nv));
    const now = limits.now ?? (() => performance.now());
    const deadline = limits.deadline ?? Number.POSITIVE_INFINITY;
    const maxConflicts = this.conflicts + (limits.conflicts ?? Number.POSITIVE_INFINITY);
    let budget = luby(this.restarts) * RESTART_BASE;
    let decisionsSinceCheck = 0;
    for (;;) {
      if (this.propagate()) {
        this.conflicts++;
        if (this.decisionLevel() === 0) {
          this.ok = false;
          return 'unsat';
        }
        const bt = this.analyze();
        this.cancelUntil(bt);
        const learnt = this.learnt;
        if (learnt.length === 1) this.enqueue(learnt[0], Reason.None, 0);
        else if (learnt.length === 2) {
          this.bins[learnt[0] ^ 1].push(learnt[1]);
          this.bins[learnt[1] ^ 1].push(learnt[0]);
          this.enqueue(learnt[0], Reason.Binary, learnt[1]);
        } else {
          const cref = this.storeClause(learnt.slice(), true, this.computeLbd(learnt));
          this.enqueue(learnt[0], Reason.Clause, cref);
        }
        this.varInc /= VAR_DECAY;
        budget--;
        if (this.conflicts >= maxConflicts) return this.stop();
        if (this.conflicts % TIME_CHECK_CONFLICTS === 0 && now() > deadline) return this.stop();
        continue;
      }
      if (budget <= 0) {
        this.restarts++;
        budget = luby(this.restarts) * RESTART_BASE;
        this.cancelUntil(0);
        if (limits.guided) this.polarity.set(this.target.subarray(0, this.nv));
        if (this.conflicts >= this.nextReduce) {
          this.reductions++;
          this.reduceDb();
          this.nextReduce = this.conflicts + REDUCE_FIRST + REDUCE_INC * this.reductions;
        }
        continue;
      }
      if (++decisionsSinceCheck >= TIME_CHECK_DECISIONS) {
        decisionsSinceCheck = 0;
        if (now() > deadline) return this.stop();
      }
      let lit = -1;
      while (this.decisionLevel() < assumptions.length) {
        const a = assumptions[this.decisionLevel()];
        if (this.val[a] === 1) {
          // Already implied: an empty level keeps levels and assumptions aligned.
          this.trailLim.push(this.trailLen);
          continue;
        }
        if (this.val[a] === -1) {
          this.cancelUntil(0);
          return 'unsat';
        }
        lit = a;
        break;
      }
      if (lit < 0) lit = this.pickBranch();
      if (lit < 0) {
        this.model = Int8Array.from({ length: this.nv }, (_, v) => this.val[2 * v]);
        this.cancelUntil(0);
        return 'sat';
      }
      this.decisions++;
      this.trailLim.push(this.trailLen);
      this.enqueue(lit, Reason.None, 0);
    }
  }

  private stop(): SatStatus {
    this.cancelUntil(0);
    return 'unknown';
  }

  // ---------- activity heap (max-heap on activity) ----------

  private heapInsert(v: number): void {
    this.heap[this.heapSize] = v;
    this.heapIdx[v] = this.heapSize;
    this.heapUp(this.heapSize++);
  }

  private heapPop(): number {
    const h = this.heap;
    const top = h[0];
    this.heapIdx[top] = -1;
    const last = h[--this.heapSize];
    if (this.heapSize > 0) {
      h[0] = last;
      this.heapIdx[last] = 0;
      this.heapDown(0);
    }
    return top;
  }

  private heapUp(i: number): void {
    const h = this.heap;
    const act = this.activity;
    const v = h[i];
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (act[h[parent]] >= act[v]) break;
      h[i] = h[parent];
      this.heapIdx[h[i]] = i;
      i = parent;
    }
    h[i] = v;
    this.heapIdx[v] = i;
  }

  private heapDown(i: number): void {
    const h = this.heap;
    const act = this.activity;
    const v = h[i];
    const n = this.heapSize;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && act[h[c + 1]] > act[h[c]]) c++;
      if (act[h[c]] <= act[v]) break;
      h[i] = h[c];
      this.heapIdx[h[i]] = i;
      i = c;
    }
    h[i] = v;
    this.heapIdx[v] = i;
  }
}

/**
 * Totalizer (Bailleux and Boufkhad): returns literals o where o[j] is forced true once more
 * than j of lits are true, for j below `outputs`. Asserting not o[k] says "at most k";
 * asserting not o[j] for j < k later lowers the bound. Built from clauses with auxiliary
 * variables (counts of halves, quarters, ...), so that learnt clauses can name partial
 * counts, which a native constraint's explanations cannot.
 */
export function addCounter(sat: SatSolver, lits: readonly number[], outputs: number): number[] {
  if (lits.length === 0 || outputs <= 0) return [];
  const build = (lo: number, hi: number): number[] => {
    if (hi - lo === 1) return [lits[lo]];
    const mid = (lo + hi) >> 1;
    const a = build(lo, mid);
    const b = build(mid, hi);
    const out: number[] = [];
    for (let i = Math.min(a.length + b.length, outputs); i > 0; i--) out.push(2 * sat.newVar());
    for (let i = 0; i <= a.length; i++) {
      for (let j = i === 0 ? 1 : 0; j <= b.length; j++) {
        const clause = [out[Math.min(i + j, out.length) - 1]];
        if (i > 0) clause.push(a[i - 1] ^ 1);
        if (j > 0) clause.push(b[j - 1] ^ 1);
        sat.addClause(clause);
      }
    }
    return out;
  };
  return build(0, lits.length);
}

/** "At most k of lits" as totalizer clauses (see addCounter). */
export function atMostByClauses(sat: SatSolver, lits: readonly number[], k: number): void {
  if (k >= lits.length) return;
  if (k <= 0) {
    for (const l of lits) sat.addClause([l ^ 1]);
    return;
  }
  sat.addClause([addCounter(sat, lits, k + 1)[k] ^ 1]);
}

/** Luby sequence 1 1 2 1 1 2 4 1 1 2 ... (restart lengths in units of RESTART_BASE conflicts). */
export function luby(i: number): number {
  let size = 1;
  let seq = 0;
  while (size < i + 1) {
    seq++;
    size = 2 * size + 1;
  }
  let x = i;
  while (size - 1 !== x) {
    size = (size - 1) >> 1;
    seq--;
    x = x % size;
  }
  return 2 ** seq;
}
