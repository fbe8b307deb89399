import { buildModel } from './model';
import { Search } from './search';
import { ScheduleState } from './state';
import { makeInstance } from './test-helpers';

describe('Search', () => {
  it('resumed on a finished schedule, keeps every meeting and the table counts true', () => {
    const people = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
    const meetings = people.flatMap((a, i) => people.slice(i + 1).map((b) => `${a}-${b}`));
    const md = buildModel(makeInstance({ slots: 9, tables: 3, meetings, settings: { requireAll: true } }));
    const st = new ScheduleState(md);
    const now = () => performance.now();
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
});
