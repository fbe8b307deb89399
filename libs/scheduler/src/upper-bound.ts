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
 * The result is also compared with a Lagrangian (LP-dual) bound of the same constraints, and
 * the smaller of the two is reported: both are valid, so the minimum is too.
 */
export function weightUpperBound(md: Model): number {
  let total = 0;
  for (let m = 0; m < md.M; m++) if (md.staticReason[m] === null) total += md.weight[m];
  const caps = participantCaps(md);
  const loss = Math.max(participantLoss(md, caps), tableLoss(md));
  const bound = Math.min(total - loss, dualBound(md, caps));
  const integral = md.weight.every((w) => Number.isInteger(w));
  // With integer weights no schedule reaches a fraction; the epsilon absorbs float rounding.
  return Math.max(0, integral ? Math.floor(bound + 1e-6) : bound);
}

/** Per participant: meetings it can attend at most (cap, and a matching of its meetings to slots). */
function participantCaps(md: Model): Int32Array {
  const caps = new Int32Array(md.P);
  for (let p = 0; p < md.P; p++) {
    const ms = placeable(md, p);
    caps[p] = Math.min(md.cap[p], ms.length > 0 ? maxMatching(md, ms) : 0);
  }
  return caps;
}

const DUAL_ROUNDS = 400;

/**
 * Weak LP duality: for any prices y_p >= 0 (participants) and u >= 0 (general table-slots),
 *   sum_p caps_p y_p + G u + sum_m max(0, w_m - sum_{p in m} y_p - u [m general])
 * bounds the weight of every schedule. Subgradient steps lower it; every iterate is valid.
 */
function dualBound(md: Model, caps: Int32Array): number {
  const ms: number[] = [];
  for (let m = 0; m < md.M; m++) if (md.staticReason[m] === null) ms.push(m);
  const general = new Uint8Array(md.M);
  for (const m of ms)
    general[m] = md.kind[m] === TableKind.General || (md.kind[m] === TableKind.Pinned && md.tableClass[md.fixedTable[m]] >= 0) ? 1 : 0;
  let seats = 0;
  for (let s = 0; s < md.S && md.K > 0; s++) seats += md.availGe[s * md.K];
  const y = new Float64Array(md.P);
  const g = new Float64Array(md.P);
  let u = 0;
  let best = Number.POSITIVE_INFINITY;
  let avgW = 0;
  for (const m of ms) avgW += md.weight[m];
  avgW = ms.length ? avgW / ms.length : 1;
  for (let round = 0; round < DUAL_ROUNDS; round++) {
    let f = seats * u;
    let gu = seats;
    for (let p = 0; p < md.P; p++) {
      f += caps[p] * y[p];
      g[p] = caps[p];
    }
    for (const m of ms) {
      let price = general[m] ? u : 0;
      for (let k = md.mStart[m]; k < md.mStart[m + 1]; k++) price += y[md.mPart[k]];
      const slack = md.weight[m] - price;
      if (slack <= 0) continue;
      f += slack;
      for (let k = md.mStart[m]; k < md.mStart[m + 1]; k++) g[md.mPart[k]]--;
      if (general[m]) gu--;
    }
    best = Math.min(best, f);
    const step = (0.5 * avgW) / Math.sqrt(round + 1);
    for (let p = 0; p < md.P; p++) y[p] = Math.max(0, y[p] - step * Math.sign(g[p]));
    u = Math.max(0, u - step * Math.sign(gu));
  }
  return best;
}

function placeable(md: Model, p: number): number[] {
  const out: number[] = [];
  for (let k = md.pStart[p]; k < md.pStart[p + 1]; k++) {
    const m = md.pMeet[k];
    if (md.staticReason[m] === null) out.push(m);
  }
  return out;
}

function participantLoss(md: Model, caps: Int32Array): number {
  const lossOf = new Float64Array(md.P);
  let maxSize = 2;
  for (let m = 0; m < md.M; m++) maxSize = Math.max(maxSize, md.mStart[m + 1] - md.mStart[m]);
  let sum = 0;
  for (let p = 0; p < md.P; p++) {
    const ms = placeable(md, p);
    const surplus = ms.length - caps[p];
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
