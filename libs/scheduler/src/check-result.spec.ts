import { checkResult, Violation } from './check-result';
import type { ScheduleResult } from './schedule-instance';
import { solve } from './solve';
import { makeInstance } from './test-helpers';
import { validateInstance } from './schedule-instance';

const inst = makeInstance({
  slots: 3,
  tables: [{ id: 'T1' }, { id: 'T2' }, { id: 'BX', capacity: 3 }, { id: 'BIG', capacity: 3 }],
  participants: [
    { id: 'A', unavailable: ['s3'], maxMeetings: 2 },
    { id: 'X', table: 'BX' },
  ],
  meetings: [
    { id: 'm1', participants: ['A', 'B'], slots: ['s1', 's2'] },
    { id: 'm2', participants: ['X', 'C'] },
    { id: 'm3', participants: ['D', 'E'], online: true },
    { id: 'm4', participants: ['F', 'G'], fixed: { slot: 's2', table: 'T2' } },
    { id: 'm5', participants: ['H', 'I', 'J'] },
  ],
  settings: { maxBreakSpread: 5 },
});

function valid(): ScheduleResult {
  return {
    format: 'schedule-result/1',
    assignments: [
      { meeting: 'm1', slot: 's1', table: 'T1' },
      { meeting: 'm2', slot: 's1', table: 'BX' },
      { meeting: 'm3', slot: 's1', table: null },
      { meeting: 'm4', slot: 's2', table: 'T2' },
      { meeting: 'm5', slot: 's1', table: 'BIG' },
    ],
    unscheduled: [],
    metrics: {
      meetings: 5,
      scheduled: 5,
      weightScheduled: 5,
      weightUpperBound: 5,
      breaks: 0,
      maxBreaks: 0,
      minBreaks: 0,
      solveMs: 1,
    },
  };
}

function rulesAfter(edit: (r: ScheduleResult) => void): Violation['rule'][] {
  const r = valid();
  edit(r);
  return checkResult(inst, r).map((v) => v.rule);
}

const at = (r: ScheduleResult, id: string) => r.assignments.find((a) => a.meeting === id)!;

describe('checkResult', () => {
  it('accepts a valid hand-made result and the solver output', () => {
    expect(checkResult(inst, valid())).toEqual([]);
    expect(checkResult(inst, solve(inst, { timeLimitMs: 500 }))).toEqual([]);
  });

  it.each<[string, (r: ScheduleResult) => void, Violation['rule']]>([
    ['assignment for an unknown meeting', (r) => r.assignments.push({ meeting: 'extra', slot: 's1', table: 'T2' }), 'unknown-id'],
    ['meeting missing', (r) => r.assignments.pop(), 'coverage'],
    ['meeting twice', (r) => r.unscheduled.push({ meeting: 'm1', reason: 'x' }), 'coverage'],
    ['outside allowed slots', (r) => (at(r, 'm1').slot = 's3'), 'allowed-slots'],
    ['in an unavailable slot', (r) => (at(r, 'm1').slot = 's3'), 'unavailable'],
    ['fixed meeting moved', (r) => (at(r, 'm4').slot = 's3'), 'fixed'],
    ['fixed table changed', (r) => (at(r, 'm4').table = 'T1'), 'fixed'],
    ['two meetings at one table', (r) => (at(r, 'm5').table = 'T1'), 'table-clash'],
    ['too many people at a table', (r) => (at(r, 'm5').table = 'T2'), 'table-capacity'],
    ['online meeting at a table', (r) => (at(r, 'm3').table = 'T2'), 'table-missing'],
    ['physical meeting without table', (r) => (at(r, 'm1').table = null), 'table-missing'],
    ['exhibitor away from booth', (r) => (at(r, 'm2').table = 'T2'), 'own-table'],
    ['wrong metrics', (r) => (r.metrics.breaks = 3), 'metrics'],
    ['bound below placed weight', (r) => (r.metrics.weightUpperBound = 4), 'metrics'],
  ])('catches: %s', (_name, edit, rule) => {
    expect(rulesAfter(edit)).toContain(rule);
  });

  it('catches double booking, caps, breaks spread and requireAll', () => {
    const tight = makeInstance({
      slots: 4,
      participants: [{ id: 'A', maxMeetings: 1 }],
      meetings: ['A-B', 'A-C', 'D-E'],
      settings: { requireAll: true, maxBreakSpread: 0 },
    });
    const r: ScheduleResult = {
      format: 'schedule-result/1',
      assignments: [
        { meeting: 'm1', slot: 's1', table: 'T1' },
        { meeting: 'm2', slot: 's1', table: 'T2' },
      ],
      unscheduled: [{ meeting: 'm3', reason: 'test' }],
      metrics: {
        meetings: 3,
        scheduled: 2,
        weightScheduled: 2,
        weightUpperBound: 3,
        breaks: 0,
        maxBreaks: 0,
        minBreaks: 0,
        solveMs: 1,
      },
    };
    const rules = checkResult(tight, r).map((v) => v.rule);
    expect(rules).toEqual(expect.arrayContaining(['participant-clash', 'max-meetings', 'require-all']));
    r.assignments[1].slot = 's3';
    expect(checkResult(tight, r).map((v) => v.rule)).toContain('break-spread');
  });
});

describe('validateInstance', () => {
  it('names unknown ids and short meetings', () => {
    const bad = {
      format: 'schedule-instance/1',
      slots: [{ id: 's1', day: 'd' }],
      tables: [],
      participants: [{ id: 'A', unavailable: ['s9'] }],
      meetings: [
        { id: 'm1', participants: ['A', 'Z'] },
        { id: 'm2', participants: ['A'] },
        { id: 'm3', participants: ['A', 'A'], slots: ['nope'] },
      ],
    };
    const { ok, errors } = validateInstance(bad);
    expect(ok).toBe(false);
    expect(errors).toEqual(
      expect.arrayContaining([
        'participant "A": unavailable slot "s9" is not a known slot',
        'meeting "m1": unknown participant "Z"',
        'meeting "m2" has 1 participant(s); a meeting needs at least 2',
        'meeting "m3" lists a participant twice',
        'meeting "m3": unknown slot "nope"',
      ]),
    );
    expect(validateInstance({ format: 'x' }).errors[0]).toMatch(/format must be/);
  });
});
