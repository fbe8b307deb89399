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
    let dr = 0;
    if (left && right) dr = -1;
    else if (!left && !right) dr = 1;
    if (dr === 0) return;
    dr *= dir;
    const ri = p * md.D + md.dayOfSlot[s];
    const oldR = this.runs[ri];
    const newR = oldR + dr;
    this.runs[ri] = newR;
    const dBreak = (newR > 1 ? newR - 1 : 0) - (oldR > 1 ? oldR - 1 : 0);
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
    this.spreadExcess += (nb > cap ? nb - cap : 0) - (ob > cap ? ob - cap : 0);
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

export function keyBetter(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] < b[i] - 1e-9) return true;
    if (a[i] > b[i] + 1e-9) return false;
  }
  return false;
}
