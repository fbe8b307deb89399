import { forcedBreaks } from './break-bound';
import { buildModel } from './model';
import { solve } from './solve';
import { makeInstance } from './test-helpers';

const forcedOf = (inst: ReturnType<typeof makeInstance>, id: string) => {
  const md = buildModel(inst);
  return forcedBreaks(md)[md.partIds.indexOf(id)];
};

describe('forcedBreaks', () => {
  it('is 0 when the meetings fit in consecutive slots', () => {
    const inst = makeInstance({ slots: 5, meetings: ['A-B', 'A-C', 'A-D'] });
    expect(forcedOf(inst, 'A')).toBe(0);
  });

  it('is 1 when the allowed slots keep two meetings apart', () => {
    const inst = makeInstance({
      slots: 4,
      meetings: [
        { id: 'm1', participants: ['A', 'B'], slots: ['s1'] },
        { id: 'm2', participants: ['A', 'C'], slots: ['s3', 's4'] },
      ],
    });
    expect(forcedOf(inst, 'A')).toBe(1);
    expect(forcedOf(inst, 'B')).toBe(0);
  });

  it('counts unavailability of partners and gives 2 when two windows cannot hold the meetings', () => {
    const inst = makeInstance({
      slots: 7,
      participants: [{ id: 'B', unavailable: ['s2', 's3', 's4', 's5', 's6', 's7'] }],
      meetings: [
        'A-B',
        { id: 'm2', participants: ['A', 'C'], slots: ['s4'] },
        { id: 'm3', participants: ['A', 'D'], slots: ['s7'] },
      ],
    });
    expect(forcedOf(inst, 'A')).toBe(2);
  });

  it('is not computed for several days', () => {
    const inst = makeInstance({
      slots: ['a', 'b', 'c', 'd'],
      days: ['d1', 'd1', 'd2', 'd2'],
      meetings: [
        { id: 'm1', participants: ['A', 'B'], slots: ['a'] },
        { id: 'm2', participants: ['A', 'C'], slots: ['c'] },
      ],
    });
    expect(forcedOf(inst, 'A')).toBe(0);
  });
});

describe('solve with unavoidable breaks', () => {
  it('stops as soon as only the forced breaks are left', () => {
    const inst = makeInstance({
      slots: 6,
      meetings: [
        { id: 'm1', participants: ['A', 'B'], slots: ['s1'] },
        { id: 'm2', participants: ['A', 'C'], slots: ['s4'] },
        'B-D',
        'C-E',
      ],
      settings: { requireAll: true },
    });
    let iterations = -1;
    const res = solve(inst, { maxIterations: 2_000_000, stallCycles: 1_000, onProgress: (p) => (iterations = p.iterations ?? -1) });
    expect(res.metrics.breaks).toBe(1);
    expect(iterations).toBeLessThan(100_000);
  });
});
