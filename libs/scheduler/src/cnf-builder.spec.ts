import { CnfBuilder } from './cnf-builder';

/** The clauses of a builder as arrays of literals. */
function clausesOf(cnf: CnfBuilder): number[][] {
  const out: number[][] = [[]];
  for (const l of cnf.build()) {
    if (l === 0) out.push([]);
    else out[out.length - 1].push(l);
  }
  out.pop();
  return out;
}

/** Every full assignment (bit v - 1 of the mask is variable v) that satisfies all clauses, with the inputs fixed. */
function models(cnf: CnfBuilder, inputs: number[], inputMask: number): number[] {
  const clauses = clausesOf(cnf);
  const free: number[] = [];
  for (let v = 1; v <= cnf.vars; v++) if (!inputs.includes(v)) free.push(v);
  let base = 0;
  inputs.forEach((v, i) => (base |= ((inputMask >> i) & 1) << (v - 1)));
  const found: number[] = [];
  for (let f = 0; f < 1 << free.length; f++) {
    let mask = base;
    free.forEach((v, i) => (mask |= ((f >> i) & 1) << (v - 1)));
    const holds = (l: number) => (((mask >> (Math.abs(l) - 1)) & 1) === 1) === l > 0;
    if (clauses.every((c) => c.some(holds))) found.push(mask);
  }
  return found;
}

const bitCount = (x: number) => x.toString(2).replace(/0/g, '').length;
const isTrue = (mask: number, v: number) => ((mask >> (v - 1)) & 1) === 1;

describe('CnfBuilder', () => {
  it.each([2, 5, 8])('lets at most one of %i literals hold', (n) => {
    const cnf = new CnfBuilder();
    const xs = Array.from({ length: n }, () => cnf.newVar());
    cnf.atMostOne(xs);
    for (let mask = 0; mask < 1 << n; mask++) expect(models(cnf, xs, mask).length > 0).toBe(bitCount(mask) <= 1);
  });

  it.each([
    [3, 4, false],
    [5, 3, false],
    [5, 6, true],
    [4, 2, true],
  ])('counts %i inputs up to %i (both directions: %s)', (n, k, exact) => {
    const cnf = new CnfBuilder();
    const xs = Array.from({ length: n }, () => cnf.newVar());
    const out = cnf.totalizer(xs, k, exact);
    expect(out.length).toBe(Math.min(n, k));
    for (let mask = 0; mask < 1 << n; mask++) {
      const count = bitCount(mask);
      const all = models(cnf, xs, mask);
      // The counter never rules out an assignment of its inputs.
      expect(all.length).toBeGreaterThan(0);
      for (const m of all)
        out.forEach((o, i) => {
          // "At least i + 1 hold" is forced true when it does, and with exact also false when it does not.
          if (count > i) expect(isTrue(m, o)).toBe(true);
          else if (exact) expect(isTrue(m, o)).toBe(false);
        });
      // Without exact, each output can still be false whenever its count is not reached.
      if (!exact) out.forEach((o, i) => count <= i && expect(all.some((m) => !isTrue(m, o))).toBe(true));
    }
  });

  it('refuses a literal of a variable it has not made', () => {
    const cnf = new CnfBuilder();
    const x = cnf.newVar();
    expect(() => cnf.clause(x, x + 1)).toThrow(/bad literal/);
    expect(() => cnf.clause(Number.NaN)).toThrow(/bad literal/);
  });
});
