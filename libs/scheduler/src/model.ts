import type { ScheduleInstance } from './schedule-instance';

/** How a meeting obtains its place. */
export const enum TableKind {
  Online = 0,
  /** Any general (non-booth) table whose capacity class is >= the meeting's class. */
  General = 1,
  /** One of its participants' booths. */
  Booth = 2,
  /** A table pinned by `fixed.table`. */
  Pinned = 3,
}

const DEFAULT_CAPACITY = 2;
const NO_CAP = 1 << 30;

/**
 * Array-based, integer-indexed view of an instance. Everything the search touches per move
 * lives in typed arrays so large events (80k meetings) stay within memory and cache.
 */
export interface Model {
  S: number;
  D: number;
  P: number;
  M: number;
  T: number;
  slotIds: string[];
  dayOfSlot: Int32Array;
  /** Adjacent slot on the same day, or -1. */
  prevAdj: Int32Array;
  nextAdj: Int32Array;
  partIds: string[];
  cap: Int32Array;
  partTable: Int32Array;
  /** participant x slot: 1 when unavailable. */
  unavailable: Uint8Array;
  meetIds: string[];
  weight: Float64Array;
  mStart: Int32Array;
  mPart: Int32Array;
  /** participant -> meetings (CSR). */
  pStart: Int32Array;
  pMeet: Int32Array;
  kind: Uint8Array;
  /** Capacity class a general meeting needs (index into classCap). */
  mClass: Int32Array;
  boothStart: Int32Array;
  boothTable: Int32Array;
  fixedSlot: Int32Array;
  fixedTable: Int32Array;
  /** Slots the meeting may use, ignoring other meetings (slot lists, unavailability). */
  aStart: Int32Array;
  aSlot: Int32Array;
  allowedBit: Uint8Array;
  /** Why a meeting can never be placed, whatever the other meetings do; null if it might be. */
  staticReason: (string | null)[];
  tableIds: string[];
  tableCap: Int32Array;
  /** Class of a general table, -1 for booths. */
  tableClass: Int32Array;
  classCap: number[];
  K: number;
  /** slot x class: number of general tables of class >= j (fixed-table pins are subtracted later). */
  availGe: Int32Array;
  requireAll: boolean;
  maxBreakSpread: number;
  timeLimitMs: number | undefined;
}

function indexOf(ids: string[]): Map<string, number> {
  const map = new Map<string, number>();
  ids.forEach((id, i) => map.set(id, i));
  return map;
}

function buildSlots(inst: ScheduleInstance) {
  const S = inst.slots.length;
  const dayOfSlot = new Int32Array(S);
  const dayIdx = new Map<string, number>();
  inst.slots.forEach((s, i) => {
    if (!dayIdx.has(s.day)) dayIdx.set(s.day, dayIdx.size);
    dayOfSlot[i] = dayIdx.get(s.day)!;
  });
  const prevAdj = new Int32Array(S).fill(-1);
  const nextAdj = new Int32Array(S).fill(-1);
  for (let s = 1; s < S; s++) {
    if (dayOfSlot[s] === dayOfSlot[s - 1]) {
      prevAdj[s] = s - 1;
      nextAdj[s - 1] = s;
    }
  }
  return { S, D: dayIdx.size, dayOfSlot, prevAdj, nextAdj };
}

function buildTables(inst: ScheduleInstance, boothIds: Set<string>) {
  const T = inst.tables.length;
  const tableCap = new Int32Array(T);
  inst.tables.forEach((t, i) => (tableCap[i] = t.capacity ?? DEFAULT_CAPACITY));
  const general = inst.tables.map((t, i) => i).filter((i) => !boothIds.has(inst.tables[i].id));
  const classCap = [...new Set(general.map((i) => tableCap[i]))].sort((a, b) => a - b);
  const tableClass = new Int32Array(T).fill(-1);
  for (const i of general) tableClass[i] = classCap.indexOf(tableCap[i]);
  return { T, tableCap, tableClass, classCap, K: classCap.length };
}

/** Picks the table kind of a meeting and the static reason it can never get a place, if any. */
function classifyTable(
  inst: ScheduleInstance,
  mi: number,
  ctx: {
    tIdx: Map<string, number>;
    tableCap: Int32Array;
    tableClass: Int32Array;
    classCap: number[];
    partTable: Int32Array;
    parts: number[];
  },
): {
  kind: TableKind;
  cls: number;
  booths: number[];
  pinned: number;
  reason: string | null;
} {
  const m = inst.meetings[mi];
  const size = ctx.parts.length;
  const out = {
    kind: TableKind.General,
    cls: -1,
    booths: [] as number[],
    pinned: -1,
    reason: null as string | null,
  };
  if (m.online) return { ...out, kind: TableKind.Online };
  const ownBooths = [...new Set(ctx.parts.map((p) => ctx.partTable[p]).filter((t) => t >= 0))];
  const pinnedId = m.fixed?.table;
  if (pinnedId) {
    const t = ctx.tIdx.get(pinnedId)!;
    out.kind = TableKind.Pinned;
    out.pinned = t;
    if (ctx.tableCap[t] < size) out.reason = `its fixed table ${pinnedId} seats ${ctx.tableCap[t]} but the meeting has ${size} people`;
    else if (ownBooths.length > 0 && !ownBooths.includes(t))
      out.reason = `its fixed table ${pinnedId} is not the booth of ${inst.meetings[mi].participants.filter((_, k) => ctx.partTable[ctx.parts[k]] >= 0).join(' / ')}`;
    else if (ctx.tableClass[t] < 0 && !ownBooths.includes(t)) out.reason = `its fixed table ${pinnedId} is another exhibitor's booth`;
    return out;
  }
  if (ownBooths.length > 0) {
    out.kind = TableKind.Booth;
    out.booths = ownBooths.filter((t) => ctx.tableCap[t] >= size);
    if (out.booths.length === 0) {
      const t = ownBooths[0];
      out.reason = `booth ${inst.tables[t].id} seats ${ctx.tableCap[t]} but the meeting has ${size} people`;
    }
    return out;
  }
  out.cls = ctx.classCap.findIndex((c) => c >= size);
  if (out.cls < 0) {
    out.reason = ctx.classCap.length === 0 ? 'no tables are available for physical meetings' : `no table large enough for ${size} people`;
  }
  return out;
}

export function buildModel(inst: ScheduleInstance): Model {
  const { S, D, dayOfSlot, prevAdj, nextAdj } = buildSlots(inst);
  const slotIds = inst.slots.map((s) => s.id);
  const sIdx = indexOf(slotIds);
  const tableIds = inst.tables.map((t) => t.id);
  const tIdx = indexOf(tableIds);
  const P = inst.participants.length;
  const partIds = inst.participants.map((p) => p.id);
  const pIdx = indexOf(partIds);
  const boothIds = new Set(inst.participants.map((p) => p.table).filter((t): t is string => !!t));
  const tb = buildTables(inst, boothIds);

  const cap = new Int32Array(P);
  const partTable = new Int32Array(P).fill(-1);
  const unavailable = new Uint8Array(P * S);
  inst.participants.forEach((p, i) => {
    cap[i] = p.maxMeetings ?? NO_CAP;
    if (p.table) partTable[i] = tIdx.get(p.table)!;
    for (const s of p.unavailable ?? []) unavailable[i * S + sIdx.get(s)!] = 1;
  });

  const M = inst.meetings.length;
  const weight = new Float64Array(M);
  const mStart = new Int32Array(M + 1);
  inst.meetings.forEach((m, i) => (mStart[i + 1] = mStart[i] + m.participants.length));
  const mPart = new Int32Array(mStart[M]);
  const kind = new Uint8Array(M);
  const mClass = new Int32Array(M).fill(-1);
  const boothStart = new Int32Array(M + 1);
  const boothList: number[] = [];
  const fixedSlot = new Int32Array(M).fill(-1);
  const fixedTable = new Int32Array(M).fill(-1);
  const aStart = new Int32Array(M + 1);
  const aList: number[] = [];
  const allowedBit = new Uint8Array(M * S);
  const staticReason: (string | null)[] = new Array(M).fill(null);
  const pDeg = new Int32Array(P + 1);

  for (let mi = 0; mi < M; mi++) {
    const m = inst.meetings[mi];
    weight[mi] = m.weight ?? 1;
    const parts = m.participants.map((p) => pIdx.get(p)!);
    parts.forEach((p, k) => {
      mPart[mStart[mi] + k] = p;
      pDeg[p + 1]++;
    });
    const tk = classifyTable(inst, mi, {
      tIdx,
      tableCap: tb.tableCap,
      tableClass: tb.tableClass,
      classCap: tb.classCap,
      partTable,
      parts,
    });
    kind[mi] = tk.kind;
    mClass[mi] = tk.cls;
    for (const t of tk.booths) boothList.push(t);
    boothStart[mi + 1] = boothList.length;
    fixedTable[mi] = tk.pinned;
    if (m.fixed) fixedSlot[mi] = sIdx.get(m.fixed.slot)!;
    const reason = fillAllowed(inst, mi, parts, {
      S,
      sIdx,
      unavailable,
      allowedBit,
      aList,
      fixedSlot: fixedSlot[mi],
    });
    aStart[mi + 1] = aList.length;
    staticReason[mi] = reason ?? tk.reason;
  }

  for (let p = 0; p < P; p++) pDeg[p + 1] += pDeg[p];
  const pStart = pDeg.slice();
  const fill = pDeg.slice(0, P);
  const pMeet = new Int32Array(mStart[M]);
  for (let mi = 0; mi < M; mi++) {
    for (let k = mStart[mi]; k < mStart[mi + 1]; k++) pMeet[fill[mPart[k]]++] = mi;
  }

  const K = tb.K;
  const availGe = new Int32Array(S * K);
  for (let t = 0; t < tb.T; t++) {
    const c = tb.tableClass[t];
    if (c < 0) continue;
    for (let s = 0; s < S; s++) for (let j = 0; j <= c; j++) availGe[s * K + j]++;
  }

  const st = inst.settings ?? {};
  return {
    S,
    D,
    P,
    M,
    T: tb.T,
    slotIds,
    dayOfSlot,
    prevAdj,
    nextAdj,
    partIds,
    cap,
    partTable,
    unavailable,
    meetIds: inst.meetings.map((m) => m.id),
    weight,
    mStart,
    mPart,
    pStart,
    pMeet,
    kind,
    mClass,
    boothStart,
    boothTable: Int32Array.from(boothList),
    fixedSlot,
    fixedTable,
    aStart,
    aSlot: Int32Array.from(aList),
    allowedBit,
    staticReason,
    tableIds,
    tableCap: tb.tableCap,
    tableClass: tb.tableClass,
    classCap: tb.classCap,
    K,
    availGe,
    requireAll: st.requireAll ?? false,
    maxBreakSpread: st.maxBreakSpread ?? Number.POSITIVE_INFINITY,
    timeLimitMs: st.timeLimitMs,
  };
}

/** Fills the allowed slots of a meeting; returns a reason when there are none. */
function fillAllowed(
  inst: ScheduleInstance,
  mi: number,
  parts: number[],
  ctx: {
    S: number;
    sIdx: Map<string, number>;
    unavailable: Uint8Array;
    allowedBit: Uint8Array;
    aList: number[];
    fixedSlot: number;
  },
): string | null {
  const m = inst.meetings[mi];
  const { S } = ctx;
  const listed = m.slots ? new Set(m.slots.map((s) => ctx.sIdx.get(s)!)) : null;
  if (listed && listed.size === 0) return 'its list of allowed slots is empty';
  let inList = 0;
  let pushed = 0;
  for (let s = 0; s < S; s++) {
    if (ctx.fixedSlot >= 0 && s !== ctx.fixedSlot) continue;
    if (listed && !listed.has(s)) continue;
    inList++;
    let ok = true;
    for (const p of parts) if (ctx.unavailable[p * S + s]) ok = false;
    if (!ok) continue;
    ctx.allowedBit[mi * S + s] = 1;
    ctx.aList.push(s);
    pushed++;
  }
  if (pushed > 0) return null;
  if (ctx.fixedSlot >= 0) {
    const sid = inst.slots[ctx.fixedSlot].id;
    if (listed && !listed.has(ctx.fixedSlot)) return `its fixed slot ${sid} is not among its allowed slots`;
    const away = parts.filter((p) => ctx.unavailable[p * S + ctx.fixedSlot]).map((p) => inst.participants[p].id);
    return `its fixed slot ${sid} is marked unavailable by ${away.join(', ')}`;
  }
  if (inList === 0) return 'not allowed in any slot';
  return listed
    ? `not allowed in any of its slots: ${describeAway(inst, parts)} unavailable in all of them`
    : `no common free slot between ${m.participants.join(' and ')}`;
}

function describeAway(inst: ScheduleInstance, parts: number[]): string {
  const ids = parts.map((p) => inst.participants[p].id);
  return ids.length === 2 ? `${ids[0]} or ${ids[1]} is` : `one of ${ids.join(', ')} is`;
}
