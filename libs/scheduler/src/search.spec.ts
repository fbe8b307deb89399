import { buildModel } from './model';
import { Search } from './search';
import { ScheduleState } from './state';
import { makeInstance } from './test-helpers';

/** Seven people who all meet each other, in 9 slots at 3 tables, nothing placed yet. */
function cliqueOfSeven() {
  const people = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
  const meetings = people.flatMap((a, i) => people.slice(i + 1).map((b) => `${a}-${b}`));
  const md = buildModel(makeInstance({ slots: 9, tables: 3, meetings, settings: { requireAll: true } }));
  return { md, st: new ScheduleState(md), now: () => performance.now() };
}

describe('Search', () => {
  it('resumed on a finished schedule, keeps every meeting and the table counts true', () => {
    const { md, st, now } = cliqueOfSeven();
    const options = (seed: number) => ({ seed, startedAt: now(), now, deadline: now() + 5_000, maxIterations: 20_000, stallCycles: 5 });
    new Search(st, options(1)).run();
    expect(st.placedCount).toBe(md.M);
    const first = st.slotOf.slice();
    new Search(st, options(2)).run();
    expect(st.placedCount).toBe(md.M);
    expect(st.key()[0]).toBe(0);
    for (let s = 0; s < md.S; s++) {
      const here = first.filter((_, m) => st.slotOf[m] === s).length;
      expect(st.usedGe[s * md.K]).toBe(here);
      expect(here).toBeLessThanOrEqual(3);
    }
  });

  it('stops when its interrupt asks, having offered the best complete break total', () => {
    const { md, st, now } = cliqueOfSeven();
    const offered: number[] = [];
    const search = new Search(st, {
      seed: 1,
      startedAt: now(),
      now,
      deadline: now() + 5_000,
      maxIterations: 200_000,
      stallCycles: 1_000,
      // Nobody can meet all six others without a break in 9 slots with 3 tables: the best stays above 0.
      interrupt: (best) => offered.push(best) >= 3,
    });
    search.run();
    expect(search.interrupted).toBe(true);
    expect(offered).toHaveLength(3);
    expect(search.iterations).toBeLessThan(200_000);
    // Offered values are the best so far, so they never rise, and the schedule kept is that best.
    expect(offered[1]).toBeLessThanOrEqual(offered[0]);
    expect(offered[2]).toBeLessThanOrEqual(offered[1]);
    expect(st.placedCount).toBe(md.M);
    expect(st.breaks).toBe(offered[2]);
  });
});
