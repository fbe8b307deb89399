import { Model } from './model';

/** Work cap (inner matching steps) for the whole model: the bound is a search aid, not a must. */
const WORK_LIMIT = 10_000_000;
const MAX_SLOTS = 31;

/**
 * Breaks each participant cannot avoid once all its meetings are placed, from its own meetings
 * alone (their allowed slots and everyone's unavailability): 0 when some window of consecutive
 * slots can hold them all, 1 when two windows can, else 2 (a lower bound). Meetings that can
 * never be placed are left out. The search uses it to stop chasing breaks that no schedule can
 * close (guided moves and penalties on them are wasted) and to recognise a proven optimum.
 * Only single-day models with at most 31 slots are analysed (bit masks); elsewhere all zero.
 */
export function forcedBreaks(md: Model): Int32Array {
  const lb = new Int32Array(md.P);
  if (md.D !== 1 || md.S > MAX_SLOTS) return lb;
  const work = { left: WORK_LIMIT };
  const masks: number[] = [];
  for (let p = 0; p < md.P; p++) {
    masks.length = 0;
    for (let k = md.pStart[p]; k < md.pStart[p + 1]; k++) {
      const m = md.pMeet[k];
      if (md.staticReason[m] !== null) continue;
      let mask = 0;
      for (let a = md.aStart[m]; a < md.aStart[m + 1]; a++) mask |= 1 << md.aSlot[a];
      masks.push(mask);
    }
    const d = masks.length;
    if (d < 2 || d > md.cap[p]) continue;
    lb[p] = participantBound(masks, md.S, work);
    if (work.left <= 0) return new Int32Array(md.P);
  }
  return lb;
}

function run(a: number, len: number): number {
  return len >= 31 ? ~0 << a : ((1 << len) - 1) << a;
}

function participantBound(masks: number[], S: number, work: { left: number }): number {
  const d = masks.length;
  for (let a = 0; a + d <= S; a++) if (fits(masks, run(a, d), work)) return 0;
  for (let l = 1; l < d; l++) {
    for (let a = 0; a + l <= S; a++) {
      for (let b = a + l + 1; b + d - l <= S; b++) {
        if (work.left <= 0) return 0;
        if (fits(masks, run(a, l) | run(b, d - l), work)) return 1;
      }
    }
  }
  return 2;
}

/** Whether every meeting gets its own slot of `slots` (Kuhn's augmenting paths on bit masks). */
function fits(masks: number[], slots: number, work: { left: number }): boolean {
  for (const m of masks) if ((m & slots) === 0) return false;
  const owner = new Int32Array(32).fill(-1);
  for (let i = 0; i < masks.length; i++) {
    if (!augment(i, masks, slots, owner, { seen: 0 }, work)) return false;
  }
  return true;
}

function augment(i: number, masks: number[], slots: number, owner: Int32Array, vis: { seen: number }, work: { left: number }): boolean {
  let free = masks[i] & slots & ~vis.seen;
  while (free !== 0) {
    work.left--;
    const bit = free & -free;
    free ^= bit;
    vis.seen |= bit;
    const s = 31 - Math.clz32(bit);
    if (owner[s] < 0 || augment(owner[s], masks, slots, owner, vis, work)) {
      owner[s] = i;
      return true;
    }
  }
  return false;
}
