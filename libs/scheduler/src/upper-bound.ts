import { Model, TableKind } from './model';

/**
 * A certified upper bound on the weight any valid schedule can place.
 *
 * Start from every meeting that is not statically impossible, then subtract a lower bound
 * on the weight that must stay out:
 * - per participant: at most min(maxMeetings, maximum matching of its meetings to slots they
 *   may use) of its meetings can be placed, so its lightest surplus meetings are lost;
 *   losses of participants that share no meeting add up (greedy independent set), and in any
 *   case the sum of all losses counted once per seat is a bound too;
 * - tables: general (non-booth) meetings cannot outnumber general table-slots.
 */
export function weightUpperBound(md: Model): number {
  let total = 0;
  for (let m = 0; m < md.M; m++) if (md.staticReason[m] === null) total += md.weight[m];
  const loss = Math.max(participantLoss(md), tableLoss(md));
  return Math.max(0, total - loss);
}

function placeable(md: Model, p: number): number[] {
  const out: number[] = [];
  for (let k = md.pStart[p]; k < md.pStart[p + 1]; k++) {
    const m = md.pMeet[k];
    if (md.staticReason[m] === null) out.push(m);
  }
  return out;
}

function participantLoss(md: Model): number {
  const lossOf = new Float64Array(md.P);
  let maxSize = 2;
  for (let m = 0; m < md.M; m++) maxSize = Math.max(maxSize, md.mStart[m + 1] - md.mStart[m]);
  let sum = 0;
  for (let p = 0; p < md.P; p++) {
    const ms = placeable(md, p);
    const capacity = Math.min(md.cap[p], ms.length > 0 ? maxMatching(md, ms) : 0);
    const surplus = ms.length - capacity;
    if (surplus <= 0) continue;
    const ws = ms.map((m) => md.weight[m]).sort((a, b) => a - b);
    for (let i = 0; i < surplus; i++) lossOf[p] += ws[i];
    sum += lossOf[p];
  }
  return Math.max(sum / maxSize, independentLoss(md, lossOf));
}

/** Sum of losses over participants that pairwise share no meeting (their lost meetings are disjoint). */
function independentLoss(md: Model, lossOf: Float64Array): number {
  const order = Array.from({ length: md.P }, (_, p) => p).filter((p) => lossOf[p] > 0);
  order.sort((a, b) => lossOf[b] - lossOf[a] || a - b);
  const blocked = new Uint8Array(md.P);
  let total = 0;
  for (const p of order) {
    if (blocked[p]) continue;
    total += lossOf[p];
    for (let k = md.pStart[p]; k < md.pStart[p + 1]; k++) {
      const m = md.pMeet[k];
      for (let j = md.mStart[m]; j < md.mStart[m + 1]; j++) blocked[md.mPart[j]] = 1;
    }
  }
  return total;
}

/** Maximum number of the meetings that fit in distinct allowed slots (Kuhn's augmenting paths). */
function maxMatching(md: Model, ms: number[]): number {
  const S = md.S;
  const slotMatch = new Map<number, number>();
  let size = 0;
  for (let i = 0; i < ms.length; i++) {
    const seen = new Set<number>();
    if (augment(md, ms, i, slotMatch, seen, S)) size++;
    if (size >= S) break;
  }
  return size;
}

function augment(md: Model, ms: number[], i: number, slotMatch: Map<number, number>, seen: Set<number>, S: number): boolean {
  const m = ms[i];
  for (let k = md.aStart[m]; k < md.aStart[m + 1]; k++) {
    const s = md.aSlot[k];
    if (seen.has(s)) continue;
    seen.add(s);
    const owner = slotMatch.get(s);
    if (owner === undefined || augment(md, ms, owner, slotMatch, seen, S)) {
      slotMatch.set(s, i);
      return true;
    }
  }
  return false;
}

function tableLoss(md: Model): number {
  if (md.K === 0) return 0;
  const ws: number[] = [];
  for (let m = 0; m < md.M; m++) {
    if (md.staticReason[m] !== null) continue;
    const onGeneral = md.kind[m] === TableKind.General || (md.kind[m] === TableKind.Pinned && md.tableClass[md.fixedTable[m]] >= 0);
    if (onGeneral) ws.push(md.weight[m]);
  }
  let seats = 0;
  for (let s = 0; s < md.S; s++) seats += md.availGe[s * md.K];
  const surplus = ws.length - seats;
  if (surplus <= 0) return 0;
  ws.sort((a, b) => a - b);
  let loss = 0;
  for (let i = 0; i < surplus; i++) loss += ws[i];
  return loss;
}
