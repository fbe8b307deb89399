/**
 * Clauses for a SAT solver, built in one flat array (each clause ends with 0) so that they
 * can be handed to another thread in one piece. Variables count from 1; -v is the negation.
 */
export class CnfBuilder {
  vars = 0;
  private lits: number[] = [];

  newVar(): number {
    return ++this.vars;
  }

  clause(...lits: number[]): void {
    for (const l of lits) {
      // A literal 0 or NaN would end the clause early: fail loudly instead of solving something else.
      if (!(l >= -this.vars && l <= this.vars && l !== 0)) throw new Error(`CnfBuilder: bad literal ${l}`);
      this.lits.push(l);
    }
    this.lits.push(0);
  }

  /**
   * At most one of `lits`: pairwise for a handful, else a ladder of auxiliary variables
   * (linear in size, and it propagates just as well).
   */
  atMostOne(lits: readonly number[]): void {
    if (lits.length <= 6) {
      for (let i = 0; i < lits.length; i++) for (let j = i + 1; j < lits.length; j++) this.clause(-lits[i], -lits[j]);
      return;
    }
    let prev = 0;
    for (let i = 0; i < lits.length; i++) {
      const last = i === lits.length - 1;
      const step = last ? 0 : this.newVar();
      if (step) this.clause(-lits[i], step);
      if (prev) {
        this.clause(-prev, -lits[i]);
        if (step) this.clause(-prev, step);
      }
      prev = step;
    }
  }

  /**
   * A totalizer (Bailleux and Boufkhad) over `lits`, counted up to `k`: output i - 1 holds when
   * at least i of them hold, so "at most c" is the unit or assumption -out[c]. `exact` adds the
   * clauses for the other direction too (needed when the count is also bounded from below).
   * Counts as variables let learnt clauses speak of partial sums: with counting constraints that
   * explain themselves by the inputs alone, the tight JAIR events took ten times the conflicts.
   */
  totalizer(lits: readonly number[], k: number, exact = false): number[] {
    if (lits.length <= 1) return lits.slice(0, k);
    const mid = lits.length >> 1;
    const a = this.totalizer(lits.slice(0, mid), k, exact);
    const b = this.totalizer(lits.slice(mid), k, exact);
    const n = Math.min(k, a.length + b.length);
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(this.newVar());
    for (let i = 0; i <= a.length; i++)
      for (let j = 0; j <= b.length; j++) {
        // a has at least i and b at least j: the sum has at least i + j.
        if (i + j > 0 && i + j <= n) this.clause(out[i + j - 1], ...(i ? [-a[i - 1]] : []), ...(j ? [-b[j - 1]] : []));
        // a has at most i and b at most j: the sum has at most i + j.
        if (exact && i + j < n) this.clause(-out[i + j], ...(i < a.length ? [a[i]] : []), ...(j < b.length ? [b[j]] : []));
      }
    return out;
  }

  build(): Int32Array {
    return Int32Array.from(this.lits);
  }
}
