import { TableKind } from './model';
import { ScheduleState } from './state';

/**
 * Gives every placed general meeting a concrete table. The search only kept counts per
 * capacity class (enough to guarantee a fit); here, slot by slot, a meeting reuses the table
 * one of its participants sat at in the previous adjacent slot when that keeps the rest
 * of the slot seatable, so people move between tables as little as possible.
 */
export function assignTables(st: ScheduleState): Int32Array {
  const md = st.md;
  const { S, T, K } = md;
  const tableOf = st.tableOf.slice();
  const lastSlot = new Int32Array(md.P).fill(-1);
  const lastTable = new Int32Array(md.P).fill(-1);
  const freeByClass: number[][] = Array.from({ length: K }, () => []);
  const isFree = new Uint8Array(T);
  for (let s = 0; s < S; s++) {
    const members = st.slotMembers[s].filter((m) => md.kind[m] === TableKind.General);
    members.sort((a, b) => md.mClass[b] - md.mClass[a] || a - b);
    collectFree(st, s, freeByClass, isFree);
    const need = new Int32Array(K);
    for (const m of members) need[md.mClass[m]]++;
    for (const m of members) {
      need[md.mClass[m]]--;
      const t =
        preferredTable(st, m, s, {
          lastSlot,
          lastTable,
          isFree,
          need,
          freeByClass,
        }) ?? smallestFit(freeByClass, md.mClass[m]);
      takeTable(freeByClass, isFree, md.tableClass[t], t);
      tableOf[m] = t;
    }
    for (const m of st.slotMembers[s]) {
      for (let k = md.mStart[m]; k < md.mStart[m + 1]; k++) {
        lastSlot[md.mPart[k]] = s;
        lastTable[md.mPart[k]] = tableOf[m];
      }
    }
  }
  return tableOf;
}

function collectFree(st: ScheduleState, s: number, freeByClass: number[][], isFree: Uint8Array): void {
  const md = st.md;
  for (const list of freeByClass) list.length = 0;
  isFree.fill(0);
  // Descending so that pop() hands out low table numbers first.
  for (let t = md.T - 1; t >= 0; t--) {
    const c = md.tableClass[t];
    if (c < 0 || st.tableBusy[s * md.T + t] !== 0) continue;
    freeByClass[c].push(t);
    isFree[t] = 1;
  }
}

function smallestFit(freeByClass: number[][], q: number): number {
  for (let c = q; c < freeByClass.length; c++) {
    const list = freeByClass[c];
    if (list.length > 0) return list[list.length - 1];
  }
  throw new Error('table assignment: slot over capacity (search invariant broken)');
}

function takeTable(freeByClass: number[][], isFree: Uint8Array, c: number, t: number): void {
  const list = freeByClass[c];
  list.splice(list.lastIndexOf(t), 1);
  isFree[t] = 0;
}

interface PreferCtx {
  lastSlot: Int32Array;
  lastTable: Int32Array;
  isFree: Uint8Array;
  need: Int32Array;
  freeByClass: number[][];
}

function preferredTable(st: ScheduleState, m: number, s: number, ctx: PreferCtx): number | undefined {
  const md = st.md;
  const prev = md.prevAdj[s];
  if (prev < 0) return undefined;
  for (let k = md.mStart[m]; k < md.mStart[m + 1]; k++) {
    const p = md.mPart[k];
    if (ctx.lastSlot[p] !== prev) continue;
    const t = ctx.lastTable[p];
    if (t < 0 || !ctx.isFree[t] || md.tableClass[t] < md.mClass[m]) continue;
    if (restStillFits(ctx, md.tableClass[t])) return t;
  }
  return undefined;
}

/** Hall's condition for nested capacity classes after one table of class c is taken. */
function restStillFits(ctx: PreferCtx, c: number): boolean {
  let needGe = 0;
  let freeGe = 0;
  for (let j = ctx.need.length - 1; j >= 0; j--) {
    needGe += ctx.need[j];
    freeGe += ctx.freeByClass[j].length - (j === c ? 1 : 0);
    if (needGe > freeGe) return false;
  }
  return true;
}
