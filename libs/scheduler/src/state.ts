import { Model, TableKind } from './model';

/** Search weights: lexicographic in spirit, soft enough for annealing to cross plateaus. */
export const COST_UNPLACED = 30;
export const COST_SPREAD = 6;
export const COST_SQUARE = 0.001;
/** Idle slots inside a participant's day: guides the search towards closing breaks. */
export const COST_IDLE = 0.1;
/** Per meeting over general-table capacity while tables are soft (annealing only). */
export const COST_OVERFLOW = 2;

/**
 * Mutable schedule with O(1) incremental bookkeeping of conflicts, tables and breaks.
 * Breaks per participant-day are derived from the number of runs of busy slots
 * (breaks = runs - 1), and placing/removing one meeting changes runs by -1, 0 or +1
 * depending only on the two neighbouring slots.
 */
export class ScheduleState {
  readonly slotOf: Int32Array;
  readonly tableOf: Int32Array;
  /** participant x slot -> meeting + 1 (0 = free). */
  readonly occ: Int32Array;
  readonly runs: Int16Array;
  readonly breaksOf: Int32Array;
  readonly count: Int32Array;
  /** slot x class: general meetings needing class >= j. */
  readonly usedGe: Int32Array;
  readonly availGe: Int32Array;
  /** slot x table -> meeting + 1 for booth and pinned tables. */
  readonly tableBusy: Int32Array;
  readonly slotMembers: number[][];
  readonly posInSlot: Int32Array;
  readonly unplaced: number[];
  readonly posUnplaced: Int32Array;
  /** Meetings that never move (fixed) or can never be placed. */
  readonly frozen: Uint8Array;
  /** Meetings the search may move. */
  readonly movable: number[];
  /** Participants with at least one break (for moves that target breaks). */
  readonly broken: number[] = [];
  private readonly posBroken: Int32Array;
  breaks = 0;
  /**
   * While true, general tables may be overfull (counted in overflow and penalised): tight
   * events (98% of table-slots used) otherwise leave the search hardly any legal move.
   */
  softTables = false;
  overflow = 0;
  overflowWeight = COST_OVERFLOW;
  /** Sum over participant-days of idle slots between first and last meeting. */
  idle = 0;
  idleWeight = COST_IDLE;
  private readonly cntPD: Int16Array;
  private readonly firstPD: Int16Array;
  private readonly lastPD: Int16Array;
  /** Scratch for swapDelta: net meetings per table class moving into the second slot. */
  private readonly shiftGe: Int32Array;
  /** First and last slot of each day (a day's slots are consecutive). */
  private readonly dayFirst: Int32Array;
  private readonly dayLast: Int32Array;
  /** Scratch for movesDelta, reset after each call: change of busy per participant x slot, ... */
  private readonly moveBusy: Int8Array;
  /** ... of general meetings needing class >= j per slot x class, and breaks after the move per participant. */
  private readonly moveGe: Int32Array;
  private readonly moveBreaksOf: Int32Array;
  /** The participant-days, participants and slot-classes a movesDelta call touched. */
  private readonly touchedPD: StampedSet;
  private readonly touchedP: StampedSet;
  private readonly touchedSK: StampedSet;
  private readonly touchedPS: number[] = [];
  private moveBreaks = 0;
  private moveIdle = 0;
  sumSq = 0;
  spreadExcess = 0;
  unplacedWeight = 0;
  placedWeight = 0;
  placedCount = 0;
  /** Per-participant break cap used by the search (maxBreakSpread with the minimum taken as 0). */
  readonly breakCap: number;
  /**
   * Extra weight on the breaks of each participant (guided local search): raised, with decay,
   * for the people who keep their breaks, so that the search trades their breaks for others'
   * instead of settling on the same few broken agendas. Not part of the objective (key()).
   */
  readonly penalty: Float64Array;
  penaltyCost = 0;
  /** Reasons for fixed meetings that could not be kept. */
  readonly fixedReason = new Map<number, string>();

  constructor(readonly md: Model) {
    const { S, P, M, D, K, T } = md;
    this.slotOf = new Int32Array(M).fill(-1);
    this.tableOf = new Int32Array(M).fill(-1);
    this.occ = new Int32Array(P * S);
    this.runs = new Int16Array(P * D);
    this.breaksOf = new Int32Array(P);
    this.count = new Int32Array(P);
    this.usedGe = new Int32Array(S * K);
    this.availGe = md.availGe.slice();
    this.tableBusy = new Int32Array(S * T);
    this.slotMembers = Array.from({ length: S }, () => []);
    this.posInSlot = new Int32Array(M).fill(-1);
    this.unplaced = [];
    this.posUnplaced = new Int32Array(M).fill(-1);
    this.frozen = new Uint8Array(M);
    this.movable = [];
    this.posBroken = new Int32Array(P).fill(-1);
    this.penalty = new Float64Array(P);
    this.cntPD = new Int16Array(P * D);
    this.firstPD = new Int16Array(P * D).fill(-1);
    this.lastPD = new Int16Array(P * D).fill(-1);
    this.shiftGe = new Int32Array(K);
    this.dayFirst = new Int32Array(D).fill(-1);
    this.dayLast = new Int32Array(D).fill(-1);
    for (let sl = 0; sl < S; sl++) {
      const d = md.dayOfSlot[sl];
      if (this.dayFirst[d] < 0) this.dayFirst[d] = sl;
      this.dayLast[d] = sl;
    }
    this.moveBusy = new Int8Array(P * S);
    this.moveGe = new Int32Array(S * K);
    this.moveBreaksOf = new Int32Array(P);
    this.touchedPD = new StampedSet(P * D);
    this.touchedP = new StampedSet(P);
    this.touchedSK = new StampedSet(S * K);
    this.breakCap = Number.isFinite(md.maxBreakSpread) ? md.maxBreakSpread : 1 << 30;
    this.placeFixed();
    for (let m = 0; m < M; m++) {
      if (md.staticReason[m] !== null) this.frozen[m] = 1;
      if (this.frozen[m]) continue;
      this.movable.push(m);
      this.addUnplaced(m);
    }
  }

  /** Fixed meetings go first, in input order; one that clashes with an earlier one is reported. */
  private placeFixed(): void {
    const md = this.md;
    for (let m = 0; m < md.M; m++) {
      const s = md.fixedSlot[m];
      if (s < 0) continue;
      this.frozen[m] = 1;
      if (md.staticReason[m] !== null) continue;
      const clash = this.fixedClash(m, s);
      if (clash) {
        this.fixedReason.set(m, clash);
        continue;
      }
      const t = md.fixedTable[m];
      if (t >= 0 && md.tableClass[t] >= 0) {
        // A pinned general table leaves the pool of that slot.
        for (let j = 0; j <= md.tableClass[t]; j++) this.availGe[s * md.K + j]--;
      }
      this.place(m, s);
    }
  }

  private fixedClash(m: number, s: number): string | null {
    const md = this.md;
    for (let k = md.mStart[m]; k < md.mStart[m + 1]; k++) {
      const p = md.mPart[k];
      const other = this.occ[p * md.S + s] - 1;
      if (other >= 0) return `its fixed slot ${md.slotIds[s]} clashes with fixed meeting ${md.meetIds[other]} of ${md.partIds[p]}`;
      if (this.count[p] >= md.cap[p]) return `participant ${md.partIds[p]} reached their meeting cap (${md.cap[p]}) with fixed meetings`;
    }
    const t = md.fixedTable[m];
    if (t >= 0) {
      const other = this.tableBusy[s * md.T + t] - 1;
      if (other >= 0) return `its fixed table ${md.tableIds[t]} is taken by fixed meeting ${md.meetIds[other]} at ${md.slotIds[s]}`;
      if (md.tableClass[t] >= 0 && !this.generalTableFree(s, md.tableClass[t]))
        return `its fixed table ${md.tableIds[t]} is needed by other fixed meetings at ${md.slotIds[s]}`;
    } else if (!this.tableOk(m, s)) {
      return `no table left in its fixed slot ${md.slotIds[s]}`;
    }
    return null;
  }

  /** Whether removing one general table of class c from slot s keeps the slot feasible. */
  private generalTableFree(s: number, c: number): boolean {
    const K = this.md.K;
    for (let j = 0; j <= c; j++) if (this.usedGe[s * K + j] + 1 > this.availGe[s * K + j]) return false;
    return true;
  }

  private addUnplaced(m: number): void {
    this.posUnplaced[m] = this.unplaced.length;
    this.unplaced.push(m);
    this.unplacedWeight += this.md.weight[m];
  }

  private removeUnplaced(m: number): void {
    const i = this.posUnplaced[m];
    const last = this.unplaced.pop()!;
    if (last !== m) {
      this.unplaced[i] = last;
      this.posUnplaced[last] = i;
    }
    this.posUnplaced[m] = -1;
    this.unplacedWeight -= this.md.weight[m];
  }

  /** True when the meeting's place (table/booth) is available in slot s. */
  tableOk(m: number, s: number): boolean {
    const md = this.md;
    switch (md.kind[m] as TableKind) {
      case TableKind.Online:
        return true;
      case TableKind.General: {
        if (this.softTables) return true;
        const K = md.K;
        const base = s * K;
        for (let j = md.mClass[m]; j >= 0; j--) if (this.usedGe[base + j] >= this.availGe[base + j]) return false;
        return true;
      }
      case TableKind.Booth:
        return this.freeBooth(m, s) >= 0;
      case TableKind.Pinned:
        return this.tableBusy[s * md.T + md.fixedTable[m]] === 0;
    }
  }

  private freeBooth(m: number, s: number): number {
    const md = this.md;
    for (let k = md.boothStart[m]; k < md.boothStart[m + 1]; k++) {
      const t = md.boothTable[k];
      if (this.tableBusy[s * md.T + t] === 0) return t;
    }
    return -1;
  }

  /** Participants free in s and under their caps (m itself not counted). */
  partsFree(m: number, s: number): boolean {
    const md = this.md;
    const placed = this.slotOf[m] >= 0;
    for (let k = md.mStart[m]; k < md.mStart[m + 1]; k++) {
      const p = md.mPart[k];
      const o = this.occ[p * md.S + s];
      if (o !== 0 && o !== m + 1) return false;
      if (!placed && this.count[p] >= md.cap[p]) return false;
    }
    return true;
  }

  canPlace(m: number, s: number): boolean {
    return this.md.allowedBit[m * this.md.S + s] === 1 && this.partsFree(m, s) && this.tableOk(m, s);
  }

  place(m: number, s: number): void {
    const md = this.md;
    this.slotOf[m] = s;
    for (let k = md.mStart[m]; k < md.mStart[m + 1]; k++) {
      const p = md.mPart[k];
      this.occ[p * md.S + s] = m + 1;
      this.count[p]++;
      this.toggleRun(p, s, 1);
      this.spanAdd(p, s);
    }
    this.takeTable(m, s);
    this.posInSlot[m] = this.slotMembers[s].length;
    this.slotMembers[s].push(m);
    if (this.posUnplaced[m] >= 0) this.removeUnplaced(m);
    this.placedWeight += md.weight[m];
    this.placedCount++;
  }

  unplace(m: number): void {
    const md = this.md;
    const s = this.slotOf[m];
    for (let k = md.mStart[m]; k < md.mStart[m + 1]; k++) {
      const p = md.mPart[k];
      this.occ[p * md.S + s] = 0;
      this.count[p]--;
      this.toggleRun(p, s, -1);
      this.spanRemove(p, s);
    }
    this.releaseTable(m, s);
    const list = this.slotMembers[s];
    const i = this.posInSlot[m];
    const last = list.pop()!;
    if (last !== m) {
      list[i] = last;
      this.posInSlot[last] = i;
    }
    this.posInSlot[m] = -1;
    this.slotOf[m] = -1;
    this.addUnplaced(m);
    this.placedWeight -= md.weight[m];
    this.placedCount--;
  }

  private takeTable(m: number, s: number): void {
    const md = this.md;
    const kind = md.kind[m] as TableKind;
    if (kind === TableKind.General) {
      for (let j = md.mClass[m]; j >= 0; j--) {
        const i = s * md.K + j;
        if (++this.usedGe[i] > this.availGe[i]) this.overflow++;
      }
    } else if (kind === TableKind.Booth) {
      const t = this.freeBooth(m, s);
      this.tableBusy[s * md.T + t] = m + 1;
      this.tableOf[m] = t;
    } else if (kind === TableKind.Pinned) {
      this.tableBusy[s * md.T + md.fixedTable[m]] = m + 1;
      this.tableOf[m] = md.fixedTable[m];
    }
  }

  private releaseTable(m: number, s: number): void {
    const md = this.md;
    const kind = md.kind[m] as TableKind;
    if (kind === TableKind.General) {
      for (let j = md.mClass[m]; j >= 0; j--) {
        const i = s * md.K + j;
        if (this.usedGe[i]-- > this.availGe[i]) this.overflow--;
      }
    } else if (kind !== TableKind.Online) {
      this.tableBusy[s * md.T + this.tableOf[m]] = 0;
      this.tableOf[m] = -1;
    }
  }

  /** Updates runs/breaks of participant p after slot s became busy (dir 1) or free (dir -1). */
  private toggleRun(p: number, s: number, dir: number): void {
    const md = this.md;
    const base = p * md.S;
    const a = md.prevAdj[s];
    const b = md.nextAdj[s];
    const left = a >= 0 && this.occ[base + a] !== 0;
    const right = b >= 0 && this.occ[base + b] !== 0;
    const dr = runsAdded(left, right) * dir;
    if (dr === 0) return;
    const ri = p * md.D + md.dayOfSlot[s];
    const oldR = this.runs[ri];
    const newR = oldR + dr;
    this.runs[ri] = newR;
    const dBreak = breaksOfRuns(newR) - breaksOfRuns(oldR);
    if (dBreak === 0) return;
    const ob = this.breaksOf[p];
    const nb = ob + dBreak;
    this.breaksOf[p] = nb;
    if (ob === 0) this.addBroken(p);
    else if (nb === 0) this.removeBroken(p);
    this.breaks += dBreak;
    this.penaltyCost += this.penalty[p] * dBreak;
    this.sumSq += nb * nb - ob * ob;
    const cap = this.breakCap;
    this.spreadExcess += excessOver(nb, cap) - excessOver(ob, cap);
  }

  private spanIdle(i: number): number {
    return this.cntPD[i] > 0 ? this.lastPD[i] - this.firstPD[i] + 1 - this.cntPD[i] : 0;
  }

  /** Call after occ has been set for (p, s). */
  private spanAdd(p: number, s: number): void {
    const i = p * this.md.D + this.md.dayOfSlot[s];
    const before = this.spanIdle(i);
    if (this.cntPD[i] === 0 || s < this.firstPD[i]) this.firstPD[i] = s;
    if (this.cntPD[i] === 0 || s > this.lastPD[i]) this.lastPD[i] = s;
    this.cntPD[i]++;
    this.idle += this.spanIdle(i) - before;
  }

  /** Call after occ has been cleared for (p, s). */
  private spanRemove(p: number, s: number): void {
    const md = this.md;
    const d = md.dayOfSlot[s];
    const i = p * md.D + d;
    const before = this.spanIdle(i);
    this.cntPD[i]--;
    if (this.cntPD[i] > 0) {
      const base = p * md.S;
      if (s === this.firstPD[i]) {
        let x = s + 1;
        while (this.occ[base + x] === 0) x++;
        this.firstPD[i] = x;
      }
      if (s === this.lastPD[i]) {
        let x = s - 1;
        while (this.occ[base + x] === 0) x--;
        this.lastPD[i] = x;
      }
    }
    this.idle += this.spanIdle(i) - before;
  }

  private addBroken(p: number): void {
    this.posBroken[p] = this.broken.length;
    this.broken.push(p);
  }

  private removeBroken(p: number): void {
    const i = this.posBroken[p];
    const last = this.broken.pop()!;
    if (last !== p) {
      this.broken[i] = last;
      this.posBroken[last] = i;
    }
    this.posBroken[p] = -1;
  }

  cost(): number {
    return (
      COST_UNPLACED * this.unplacedWeight +
      COST_SPREAD * this.spreadExcess +
      this.breaks +
      COST_SQUARE * this.sumSq +
      this.idleWeight * this.idle +
      this.overflowWeight * this.overflow +
      this.penaltyCost
    );
  }

  /**
   * Change of cost() if every chain[i] (all placed, one slot pair) moved to target[i], computed
   * without moving anything; NaN where this shortcut does not apply (hard tables, booths, pins).
   * The annealing rejects most swaps, and applying then undoing them was half of its time.
   * A chain is closed under shared participants, so a person with chain meetings in both slots
   * keeps their day as it is, and anyone else with one moves it from one slot to the other.
   */
  swapDelta(chain: ArrayLike<number>, target: ArrayLike<number>, n = chain.length): number {
    const md = this.md;
    if (!this.softTables) return NaN;
    const S = md.S;
    const K = md.K;
    let sA = -1;
    let sB = -1;
    let dBreaks = 0;
    let dIdle = 0;
    let dSq = 0;
    let dSpread = 0;
    let dPen = 0;
    const cap = this.breakCap;
    const shift = this.shiftGe;
    shift.fill(0);
    for (let i = 0; i < n; i++) {
      const x = chain[i];
      const from = this.slotOf[x];
      const to = target[i];
      const kind = md.kind[x] as TableKind;
      if (kind === TableKind.General) {
        if (sA < 0) {
          sA = from;
          sB = to;
        }
        // Per class at least j: +1 into sB and -1 out of sA, or the other way round.
        const dir = from === sA ? 1 : -1;
        for (let j = md.mClass[x]; j >= 0; j--) shift[j] += dir;
      } else if (kind !== TableKind.Online) return NaN;
      for (let k = md.mStart[x]; k < md.mStart[x + 1]; k++) {
        const p = md.mPart[k];
        if (this.occ[p * S + to] !== 0) continue;
        const ob = this.breaksOf[p];
        this.moveEffect(p, from, to);
        const nb = this.moveBreaks;
        dBreaks += nb - ob;
        dIdle += this.moveIdle;
        dSq += nb * nb - ob * ob;
        dSpread += excessOver(nb, cap) - excessOver(ob, cap);
        dPen += this.penalty[p] * (nb - ob);
      }
    }
    let dOverflow = 0;
    if (sA >= 0) {
      for (let j = 0; j < K; j++) {
        if (shift[j] === 0) continue;
        dOverflow += overflowChange(this.usedGe[sB * K + j], shift[j], this.availGe[sB * K + j]);
        dOverflow += overflowChange(this.usedGe[sA * K + j], -shift[j], this.availGe[sA * K + j]);
      }
    }
    return COST_SPREAD * dSpread + dBreaks + COST_SQUARE * dSq + this.idleWeight * dIdle + this.overflowWeight * dOverflow + dPen;
  }

  /**
   * Change of cost() if every meetings[i] (all placed) moved to slots[i] at once, computed without
   * moving anything; NaN where this shortcut does not apply (hard tables, booths, pins). The moves
   * must leave nobody in two meetings at once (a union of Kempe chains does). Unlike swapDelta, a
   * person may have several meetings moving between several slots, so each day a move touches
   * is counted again from its slots: a run of meetings moved next to another run (Search.runMove)
   * was most of the annealing's time when it was made and undone to be priced. Single swaps keep
   * swapDelta: with this in its place the annealing took 1.14-1.17 us per move against 0.92.
   */
  movesDelta(meetings: ArrayLike<number>, slots: ArrayLike<number>, n: number): number {
    const md = this.md;
    if (!this.softTables) return NaN;
    for (let i = 0; i < n; i++) {
      const kind = md.kind[meetings[i]] as TableKind;
      if (kind !== TableKind.General && kind !== TableKind.Online) return NaN;
    }
    const { S, D, K } = md;
    const busy = this.moveBusy;
    const ge = this.moveGe;
    const touchedPS = this.touchedPS;
    const touchedPD = this.touchedPD;
    const touchedP = this.touchedP;
    const touchedSK = this.touchedSK;
    touchedPD.clear();
    touchedP.clear();
    touchedSK.clear();
    let nPS = 0;
    for (let i = 0; i < n; i++) {
      const x = meetings[i];
      const from = this.slotOf[x];
      const to = slots[i];
      if (md.kind[x] === TableKind.General) {
        for (let j = md.mClass[x]; j >= 0; j--) {
          touchedSK.add(from * K + j);
          touchedSK.add(to * K + j);
          ge[from * K + j]--;
          ge[to * K + j]++;
        }
      }
      for (let k = md.mStart[x]; k < md.mStart[x + 1]; k++) {
        const p = md.mPart[k];
        busy[p * S + from]--;
        busy[p * S + to]++;
        touchedPS[nPS++] = p * S + from;
        touchedPS[nPS++] = p * S + to;
        if (touchedP.add(p)) this.moveBreaksOf[p] = this.breaksOf[p];
        touchedPD.add(p * D + md.dayOfSlot[from]);
        touchedPD.add(p * D + md.dayOfSlot[to]);
      }
    }
    let dIdle = 0;
    for (let i = 0; i < touchedPD.size; i++) {
      const pd = touchedPD.items[i];
      const p = (pd / D) | 0;
      const d = pd - p * D;
      const base = p * S;
      let runs = 0;
      let first = -1;
      let last = -1;
      let cnt = 0;
      let prevBusy = false;
      for (let s = this.dayFirst[d]; s <= this.dayLast[d]; s++) {
        const b = (this.occ[base + s] !== 0 ? 1 : 0) + busy[base + s] > 0;
        if (b) {
          if (!prevBusy) runs++;
          if (first < 0) first = s;
          last = s;
          cnt++;
        }
        prevBusy = b;
      }
      this.moveBreaksOf[p] += breaksOfRuns(runs) - breaksOfRuns(this.runs[pd]);
      dIdle += (cnt > 0 ? last - first + 1 - cnt : 0) - this.spanIdle(pd);
    }
    let dBreaks = 0;
    let dSq = 0;
    let dSpread = 0;
    let dPen = 0;
    const cap = this.breakCap;
    for (let i = 0; i < touchedP.size; i++) {
      const p = touchedP.items[i];
      const ob = this.breaksOf[p];
      const nb = this.moveBreaksOf[p];
      if (nb === ob) continue;
      dBreaks += nb - ob;
      dSq += nb * nb - ob * ob;
      dSpread += excessOver(nb, cap) - excessOver(ob, cap);
      dPen += this.penalty[p] * (nb - ob);
    }
    let dOverflow = 0;
    for (let i = 0; i < touchedSK.size; i++) {
      const sk = touchedSK.items[i];
      if (ge[sk] !== 0) dOverflow += overflowChange(this.usedGe[sk], ge[sk], this.availGe[sk]);
      ge[sk] = 0;
    }
    for (let i = 0; i < nPS; i++) busy[touchedPS[i]] = 0;
    return COST_SPREAD * dSpread + dBreaks + COST_SQUARE * dSq + this.idleWeight * dIdle + this.overflowWeight * dOverflow + dPen;
  }

  /**
   * Change of cost() if the unplaced meeting m were placed in slot s (its people free there),
   * computed without placing it. Picking a slot for a meeting tried every allowed slot with
   * place, cost and unplace, and that was most of the time of an insertion.
   */
  placeDelta(m: number, s: number): number {
    const md = this.md;
    const S = md.S;
    const cap = this.breakCap;
    let d = -COST_UNPLACED * md.weight[m];
    for (let k = md.mStart[m]; k < md.mStart[m + 1]; k++) {
      const p = md.mPart[k];
      const base = p * S;
      const a = md.prevAdj[s];
      const b = md.nextAdj[s];
      const i = p * md.D + md.dayOfSlot[s];
      const oldR = this.runs[i];
      const ob = this.breaksOf[p];
      const nb = ob + breaksOfRuns(oldR + runsAdded(a >= 0 && this.occ[base + a] !== 0, b >= 0 && this.occ[base + b] !== 0)) - breaksOfRuns(oldR);
      if (nb !== ob) d += nb - ob + COST_SQUARE * (nb * nb - ob * ob) + COST_SPREAD * (excessOver(nb, cap) - excessOver(ob, cap)) + this.penalty[p] * (nb - ob);
      const n = this.cntPD[i];
      if (n > 0) d += this.idleWeight * (Math.max(this.lastPD[i], s) - Math.min(this.firstPD[i], s) - n - this.spanIdle(i));
    }
    if (md.kind[m] === TableKind.General) {
      let over = 0;
      for (let j = md.mClass[m]; j >= 0; j--) if (this.usedGe[s * md.K + j] >= this.availGe[s * md.K + j]) over++;
      d += this.overflowWeight * over;
    }
    return d;
  }

  /**
   * Breaks of p (into moveBreaks) and the change of its idle slots (moveIdle) if its meeting at
   * `from` moved to the free slot `to`. Written out without closures or tuples: it runs for every
   * priced swap.
   */
  private moveEffect(p: number, from: number, to: number): void {
    const md = this.md;
    const base = p * md.S;
    const dFrom = md.dayOfSlot[from];
    const dTo = md.dayOfSlot[to];
    let breaks = this.breaksOf[p];
    let idle = 0;
    for (let pass = 0; pass < 2; pass++) {
      const d = pass === 0 ? dFrom : dTo;
      if (pass === 1 && dTo === dFrom) break;
      const i = p * md.D + d;
      const oldR = this.runs[i];
      let newR = oldR;
      let lo = this.cntPD[i] > 0 ? this.firstPD[i] : to;
      let hi = this.cntPD[i] > 0 ? this.lastPD[i] : to;
      if (d === dFrom) {
        // `to` is free until the meeting arrives, so the neighbours of `from` are read as they are.
        const a = md.prevAdj[from];
        const b = md.nextAdj[from];
        newR -= runsAdded(a >= 0 && this.occ[base + a] !== 0, b >= 0 && this.occ[base + b] !== 0);
      }
      if (d === dTo) {
        const a = md.prevAdj[to];
        const b = md.nextAdj[to];
        newR += runsAdded(a >= 0 && a !== from && this.occ[base + a] !== 0, b >= 0 && b !== from && this.occ[base + b] !== 0);
        lo = Math.min(lo, to);
        hi = Math.max(hi, to);
      }
      breaks += breaksOfRuns(newR) - breaksOfRuns(oldR);
      // Idle slots of the day after the move: span of its busy slots minus their count.
      let first = -1;
      let last = -1;
      let cnt = 0;
      for (let s = lo; s <= hi; s++) {
        if (s === from || (s !== to && this.occ[base + s] === 0)) continue;
        if (first < 0) first = s;
        last = s;
        cnt++;
      }
      idle += (cnt > 0 ? last - first + 1 - cnt : 0) - this.spanIdle(i);
    }
    this.moveBreaks = breaks;
    this.moveIdle = idle;
  }

  addPenalty(p: number, w: number): void {
    this.penalty[p] += w;
    this.penaltyCost += w * this.breaksOf[p];
  }

  scalePenalties(f: number): void {
    let c = 0;
    for (let p = 0; p < this.md.P; p++) {
      this.penalty[p] *= f;
      c += this.penalty[p] * this.breaksOf[p];
    }
    this.penaltyCost = c;
  }

  /** Lexicographic key: lower is better. */
  key(): [number, number, number, number, number] {
    return [this.overflow, this.unplacedWeight, this.spreadExcess, this.breaks, this.sumSq];
  }
}

/** A set of indices below a fixed size, emptied in constant time by moving to a new stamp. */
class StampedSet {
  private readonly mark: Int32Array;
  // Above the marks' initial 0, so the set starts empty without a clear().
  private stamp = 1;
  readonly items: number[] = [];
  size = 0;

  constructor(capacity: number) {
    this.mark = new Int32Array(capacity);
  }

  clear(): void {
    this.stamp++;
    this.size = 0;
  }

  /** Adds i; false when it was already in. */
  add(i: number): boolean {
    if (this.mark[i] === this.stamp) return false;
    this.mark[i] = this.stamp;
    this.items[this.size++] = i;
    return true;
  }
}

/** Change in the number of runs of busy slots when a slot between these neighbours becomes busy. */
function runsAdded(leftBusy: boolean, rightBusy: boolean): number {
  return leftBusy && rightBusy ? -1 : !leftBusy && !rightBusy ? 1 : 0;
}

/** Breaks of a person beyond the fairness cap. */
function excessOver(breaks: number, cap: number): number {
  return breaks > cap ? breaks - cap : 0;
}

/** A day with r runs of meetings has r - 1 breaks. */
function breaksOfRuns(r: number): number {
  return r > 1 ? r - 1 : 0;
}

/** Change of max(0, used - avail) when used changes by delta. */
function overflowChange(used: number, delta: number, avail: number): number {
  return Math.max(0, used + delta - avail) - Math.max(0, used - avail);
}

export function keyBetter(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] < b[i] - 1e-9) return true;
    if (a[i] > b[i] + 1e-9) return false;
  }
  return false;
}
