import { Rng } from './rng';
import { addCounter, atMostByClauses, luby, SatSolver } from './sat-solver';

const pos = (v: number) => 2 * v;
const neg = (v: number) => 2 * v + 1;

function vars(s: SatSolver, n: number): number[] {
  return Array.from({ length: n }, () => s.newVar());
}

function satisfies(s: SatSolver, clauses: number[][]): boolean {
  return clauses.every((c) => c.some((l) => s.modelValue(l >> 1) === ((l & 1) === 0)));
}

/** Pigeons i in holes j: x[i][j]. */
function pigeonhole(pigeons: number, holes: number, cards: boolean): SatSolver {
  const s = new SatSolver();
  const x = Array.from({ length: pigeons }, () => vars(s, holes));
  for (let i = 0; i < pigeons; i++) s.addClause(x[i].map(pos));
  for (let j = 0; j < holes; j++) {
    if (cards) s.addAtMost(x.map((row) => pos(row[j])), 1);
    else for (let a = 0; a < pigeons; a++) for (let b = a + 1; b < pigeons; b++) s.addClause([neg(x[a][j]), neg(x[b][j])]);
  }
  return s;
}

function bruteForce(n: number, clauses: number[][]): boolean {
  for (let mask = 0; mask < 1 << n; mask++) {
    if (clauses.every((c) => c.some((l) => ((mask >> (l >> 1)) & 1) === ((l & 1) === 0 ? 1 : 0)))) return true;
  }
  return false;
}

describe('SatSolver', () => {
  it('finds a model of a small satisfiable formula', () => {
    const s = new SatSolver();
    const [a, b, c] = vars(s, 3);
    const clauses = [
      [pos(a), pos(b)],
      [neg(a), pos(c)],
      [neg(b), neg(c)],
      [pos(a), neg(c), pos(b)],
    ];
    for (const cl of clauses) s.addClause(cl);
    expect(s.solve()).toBe('sat');
    expect(satisfies(s, clauses)).toBe(true);
  });

  it('proves a small formula unsatisfiable', () => {
    const s = new SatSolver();
    const [a, b] = vars(s, 2);
    s.addClause([pos(a), pos(b)]);
    s.addClause([neg(a), pos(b)]);
    s.addClause([pos(a), neg(b)]);
    s.addClause([neg(a), neg(b)]);
    expect(s.solve()).toBe('unsat');
  });

  it.each([
    [5, false],
    [7, false],
    [7, true],
  ])('proves pigeonhole with %i holes unsatisfiable (native at-most-one: %s)', (holes, cards) => {
    expect(pigeonhole(holes + 1, holes, cards).solve()).toBe('unsat');
  });

  it('places n pigeons in n holes', () => {
    const s = pigeonhole(8, 8, true);
    expect(s.solve()).toBe('sat');
  });

  it('agrees with brute force on random 3-SAT near the threshold', () => {
    const rng = new Rng(42);
    let sat = 0;
    for (let round = 0; round < 60; round++) {
      const n = 12;
      const clauses: number[][] = [];
      for (let i = 0; i < 51; i++) {
        const cl: number[] = [];
        while (cl.length < 3) {
          const v = rng.int(n);
          if (cl.some((l) => l >> 1 === v)) continue;
          cl.push(2 * v + rng.int(2));
        }
        clauses.push(cl);
      }
      const s = new SatSolver();
      vars(s, n);
      for (const cl of clauses) s.addClause(cl);
      const res = s.solve();
      expect(res === 'sat').toBe(bruteForce(n, clauses));
      if (res === 'sat') {
        sat++;
        expect(satisfies(s, clauses)).toBe(true);
      }
    }
    // Both outcomes occur, so both code paths were exercised.
    expect(sat).toBeGreaterThan(5);
    expect(sat).toBeLessThan(55);
  });

  it('respects at-most-k and lets its bound be lowered between calls', () => {
    const s = new SatSolver();
    const x = vars(s, 6);
    // At least 3 of the 6 are true: at most 3 false.
    s.addAtMost(x.map(neg), 3);
    const card = s.addAtMost(x.map(pos), 5);
    const count = () => x.filter((v) => s.modelValue(v)).length;
    expect(s.solve()).toBe('sat');
    expect(count()).toBeGreaterThanOrEqual(3);
    expect(count()).toBeLessThanOrEqual(5);
    expect(s.setAtMostBound(card, 3)).toBe(true);
    expect(s.solve()).toBe('sat');
    expect(count()).toBe(3);
    s.setAtMostBound(card, 2);
    expect(s.solve()).toBe('unsat');
  });

  it('stops on the conflict budget without an answer', () => {
    const s = pigeonhole(10, 9, false);
    expect(s.solve({ conflicts: 50 })).toBe('unknown');
    expect(s.okay).toBe(true);
  });

  it('follows the given phases when they are consistent', () => {
    const s = new SatSolver();
    const x = vars(s, 10);
    for (let i = 0; i + 1 < 10; i++) s.addClause([pos(x[i]), pos(x[i + 1])]);
    x.forEach((v, i) => s.setPhase(v, i % 2 === 0));
    expect(s.solve({ guided: true })).toBe('sat');
    expect(x.map((v) => s.modelValue(v))).toEqual(x.map((_, i) => i % 2 === 0));
    expect(s.decisions).toBeLessThanOrEqual(10);
  });

  it('refutes the pigeonhole principle with at-most constraints as totalizer clauses', () => {
    const s = new SatSolver();
    const x = Array.from({ length: 7 }, () => vars(s, 6));
    for (const row of x) s.addClause(row.map(pos));
    for (let j = 0; j < 6; j++) atMostByClauses(s, x.map((row) => pos(row[j])), 1);
    expect(s.solve()).toBe('unsat');
  });

  it('counts with a totalizer: every bound, asked by assumption, holds exactly', () => {
    const rng = new Rng(11);
    for (let round = 0; round < 20; round++) {
      const s = new SatSolver();
      const n = 3 + rng.int(8);
      const x = vars(s, n);
      // A random lower bound on the count: at least `least` of x are true.
      const least = rng.int(n + 1);
      const forced = x.slice(0, least);
      for (const v of forced) s.addClause([pos(v)]);
      const count = addCounter(s, x.map(pos), n);
      for (let k = 0; k < n; k++) {
        const res = s.solve({}, [count[k] ^ 1]);
        expect(res).toBe(least <= k ? 'sat' : 'unsat');
        if (res === 'sat') expect(x.filter((v) => s.modelValue(v)).length).toBeLessThanOrEqual(k);
      }
      // Assumptions leave no trace: the formula itself stays satisfiable.
      expect(s.okay).toBe(true);
      expect(s.solve()).toBe('sat');
    }
  });

  it('keeps learnt clauses valid across bounds asked by assumption', () => {
    // Five pigeons in one hole each, six holes, and a counter over the idle holes.
    const s = new SatSolver();
    const x = Array.from({ length: 5 }, () => vars(s, 6));
    for (const row of x) {
      s.addClause(row.map(pos));
      s.addAtMost(row.map(pos), 1);
    }
    for (let j = 0; j < 6; j++) atMostByClauses(s, x.map((row) => pos(row[j])), 1);
    const used = vars(s, 6);
    for (let j = 0; j < 6; j++) {
      for (const row of x) s.addClause([neg(row[j]), pos(used[j])]);
      s.addClause([neg(used[j]), ...x.map((row) => pos(row[j]))]);
    }
    const idle = addCounter(s, used.map(neg), 3);
    expect(s.solve({}, [idle[0] ^ 1])).toBe('unsat');
    expect(s.solve({}, [idle[1] ^ 1])).toBe('sat');
    expect(used.filter((v) => !s.modelValue(v)).length).toBe(1);
    expect(s.solve({}, [idle[0] ^ 1])).toBe('unsat');
  });

  it('computes the Luby sequence', () => {
    expect(Array.from({ length: 15 }, (_, i) => luby(i))).toEqual([1, 1, 2, 1, 1, 2, 4, 1, 1, 2, 1, 1, 2, 4, 8]);
  });
});
