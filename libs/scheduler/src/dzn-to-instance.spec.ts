import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { dznToInstance } from '../../../bench/solver/dzn-to-instance';
import { checkResult } from './check-result';
import { validateInstance } from './schedule-instance';
import { solve } from './solve';

// shared/ stands beside the checkout, in development and in CI.
const DIR = resolve(__dirname, '../../../../shared/benchmarks/b2b-jair');
const read = (name: string) => readFileSync(`${DIR}/${name}.original.dzn`, 'utf8');

describe('dznToInstance (JAIR B2B benchmark files)', () => {
  it('converts tic-12: counts, sessions and settings', () => {
    const inst = dznToInstance(read('tic-12'));
    expect(validateInstance(inst)).toEqual({ ok: true, errors: [] });
    expect(inst.participants).toHaveLength(42);
    expect(inst.meetings).toHaveLength(125);
    expect(inst.tables).toHaveLength(21);
    expect(inst.slots).toHaveLength(8);
    expect(new Set(inst.slots.map((s) => s.day)).size).toBe(1);
    expect(inst.meetings[0].participants).toEqual(['b1', 'b8']);
    expect(inst.settings).toEqual({ requireAll: true, maxBreakSpread: 2 });
    // meetings per participant agree with the redundant nMeetingsBusiness array of the file
    const degrees = read('tic-12')
      .match(/nMeetingsBusiness = \[([^\]]*)\]/)![1]
      .split(',')
      .map(Number);
    const deg = new Map<string, number>();
    for (const m of inst.meetings) for (const p of m.participants) deg.set(p, (deg.get(p) ?? 0) + 1);
    expect(inst.participants.map((p) => deg.get(p.id) ?? 0)).toEqual(degrees);
  });

  it('handles forbidden slots without the 0 sentinel and morning/afternoon sessions', () => {
    const inst = dznToInstance(read('forum-13crafb'));
    expect(inst.meetings).toHaveLength(195);
    expect(inst.participants[0].unavailable).toEqual(['s05']);
    const withSession = inst.meetings.filter((m) => m.slots);
    for (const m of withSession) expect([12, 10]).toContain(m.slots!.length);
  });

  it('solves tic-12 to its published optimum of 0 breaks with every meeting placed', () => {
    const inst = dznToInstance(read('tic-12'));
    // An iteration budget, not a clock, so the outcome is the same on a busy machine.
    const res = solve(inst, { seed: 1, maxIterations: 400_000, timeLimitMs: 60_000 });
    expect(checkResult(inst, res)).toEqual([]);
    expect(res.metrics.scheduled).toBe(125);
    expect(res.metrics.breaks).toBe(0);
    expect(res.metrics.weightUpperBound).toBe(125);
  });
});
