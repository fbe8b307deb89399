import { buildModel } from './model';
import { Rng } from './rng';
import type { ScheduleMeeting } from './schedule-instance';
import { ScheduleState } from './state';
import { makeInstance } from './test-helpers';

/** The connected component of m over its slot and s2 (what a Kempe swap moves), or null. */
function component(st: ScheduleState, m: number, s2: number): { chain: number[]; target: number[] } | null {
  const md = st.md;
  const s1 = st.slotOf[m];
  const chain = [m];
  const target: number[] = [];
  for (let i = 0; i < chain.length; i++) {
    const x = chain[i];
    const b = st.slotOf[x] === s1 ? s2 : s1;
    if (!md.allowedBit[x * md.S + b]) return null;
    target.push(b);
    for (let k = md.mStart[x]; k < md.mStart[x + 1]; k++) {
      const y = st.occ[md.mPart[k] * md.S + b] - 1;
      if (y >= 0 && !chain.includes(y)) chain.push(y);
    }
  }
  return { chain, target };
}

/** Moves every meetings[i] to slots[i] at once (all out, then all in). */
function moveAll(st: ScheduleState, meetings: number[], slots: number[]): void {
  for (const x of meetings) st.unplace(x);
  meetings.forEach((x, i) => st.place(x, slots[i]));
}

/**
 * A random schedule over two days with 3-person and online meetings, tables overfull (soft),
 * penalties and a fairness cap: every term of the cost is in play.
 */
function randomState(seed: number): { st: ScheduleState; rng: Rng } {
  const rng = new Rng(seed);
  const people = Array.from({ length: 14 }, (_, i) => `P${i}`);
  const meetings: ScheduleMeeting[] = [];
  for (let i = 0; i < 45; i++) {
    const a = rng.int(people.length);
    const b = (a + 1 + rng.int(people.length - 1)) % people.length;
    const group = i % 9 === 0 ? [people[a], people[b], people[(b + 1) % people.length]] : [people[a], people[b]];
    meetings.push({ id: `m${i}`, participants: [...new Set(group)], ...(i % 11 === 0 ? { online: true } : {}) });
  }
  const inst = makeInstance({
    slots: 12,
    days: Array.from({ length: 12 }, (_, i) => (i < 7 ? 'day-1' : 'day-2')),
    tables: [
      { id: 'T1', capacity: 2 },
      { id: 'T2', capacity: 2 },
      { id: 'T3', capacity: 3 },
    ],
    meetings,
    settings: { maxBreakSpread: 1 },
  });
  const st = new ScheduleState(buildModel(inst));
  const md = st.md;
  st.softTables = true;
  st.idleWeight = 0.5;
  for (let m = 0; m < md.M; m++) {
    for (let tries = 0; tries < 30 && st.slotOf[m] < 0; tries++) {
      const s = rng.int(md.S);
      if (md.allowedBit[m * md.S + s] && st.partsFree(m, s)) st.place(m, s);
    }
  }
  for (let p = 0; p < md.P; p++) st.addPenalty(p, rng.next());
  return { st, rng };
}

describe('ScheduleState.swapDelta', () => {
  it('prices a Kempe swap exactly as making it would change the cost', () => {
    const { st, rng } = randomState(7);
    const md = st.md;
    expect(st.overflow).toBeGreaterThan(0);
    let checked = 0;
    let changedBreaks = 0;
    for (let n = 0; n < 3000; n++) {
      const m = rng.int(md.M);
      const s2 = rng.int(md.S);
      if (st.slotOf[m] < 0 || st.slotOf[m] === s2) continue;
      const swap = component(st, m, s2);
      if (!swap) continue;
      const predicted = st.swapDelta(swap.chain, swap.target);
      const before = st.cost();
      const breaks = st.breaks;
      moveAll(st, swap.chain, swap.target);
      expect(predicted).toBeCloseTo(st.cost() - before, 9);
      if (st.breaks !== breaks) changedBreaks++;
      checked++;
    }
    expect(checked).toBeGreaterThan(1000);
    expect(changedBreaks).toBeGreaterThan(100);
  });
});

describe('ScheduleState.movesDelta', () => {
  it('prices several Kempe swaps on disjoint slot pairs exactly as making them would change the cost', () => {
    const { st, rng } = randomState(13);
    const md = st.md;
    let checked = 0;
    let severalOfOnePerson = 0;
    for (let n = 0; n < 3000; n++) {
      const meetings: number[] = [];
      const slots: number[] = [];
      const used = new Set<number>();
      const pairs = 1 + rng.int(3);
      for (let k = 0; k < pairs; k++) {
        const m = rng.int(md.M);
        const s2 = rng.int(md.S);
        const s1 = st.slotOf[m];
        if (s1 < 0 || s1 === s2 || used.has(s1) || used.has(s2)) continue;
        const swap = component(st, m, s2);
        if (!swap) continue;
        used.add(s1).add(s2);
        meetings.push(...swap.chain);
        slots.push(...swap.target);
      }
      if (meetings.length === 0) continue;
      const people = meetings.flatMap((m) => Array.from(md.mPart.subarray(md.mStart[m], md.mStart[m + 1])));
      if (new Set(people).size < people.length) severalOfOnePerson++;
      const predicted = st.movesDelta(Int32Array.from(meetings), Int32Array.from(slots), meetings.length);
      const before = st.cost();
      moveAll(st, meetings, slots);
      expect(predicted).toBeCloseTo(st.cost() - before, 9);
      checked++;
    }
    expect(checked).toBeGreaterThan(1000);
    expect(severalOfOnePerson).toBeGreaterThan(300);
  });

  it('declines to price moves when tables are hard, as swapDelta does', () => {
    const inst = makeInstance({ slots: 3, meetings: ['A-B', 'B-C'] });
    const st = new ScheduleState(buildModel(inst));
    st.place(0, 0);
    expect(st.swapDelta([0], [1])).toBeNaN();
    expect(st.movesDelta([0], [1], 1)).toBeNaN();
  });
});

describe('ScheduleState.placeDelta', () => {
  it('prices placing a meeting exactly as placing it would change the cost', () => {
    const { st, rng } = randomState(11);
    const md = st.md;
    let checked = 0;
    let changedBreaks = 0;
    for (let n = 0; n < 4000; n++) {
      const m = rng.int(md.M);
      // Take a random meeting out first, so that days empty and fill and spans shrink and grow.
      if (st.slotOf[m] >= 0) st.unplace(m);
      const s = rng.int(md.S);
      if (!md.allowedBit[m * md.S + s] || !st.partsFree(m, s)) continue;
      const predicted = st.placeDelta(m, s);
      const before = st.cost();
      const breaks = st.breaks;
      st.place(m, s);
      expect(predicted).toBeCloseTo(st.cost() - before, 9);
      if (st.breaks !== breaks) changedBreaks++;
      checked++;
    }
    expect(checked).toBeGreaterThan(1000);
    expect(changedBreaks).toBeGreaterThan(100);
  });
});
