import type { Assignment, ScheduleInstance, ScheduleMeeting, ScheduleResult } from './schedule-instance';
import { RESULT_FORMAT } from './schedule-instance';

export interface Violation {
  rule:
    | 'format'
    | 'coverage'
    | 'unknown-id'
    | 'participant-clash'
    | 'table-clash'
    | 'table-capacity'
    | 'table-missing'
    | 'allowed-slots'
    | 'unavailable'
    | 'fixed'
    | 'max-meetings'
    | 'own-table'
    | 'require-all'
    | 'break-spread'
    | 'metrics';
  message: string;
}

/**
 * Independent checker of a result against its instance (written separately from the solver's
 * bookkeeping on purpose: plain maps and strings, recomputing everything from scratch).
 */
export function checkResult(inst: ScheduleInstance, res: ScheduleResult): Violation[] {
  const out: Violation[] = [];
  const add = (rule: Violation['rule'], message: string) => out.push({ rule, message });
  if (res.format !== RESULT_FORMAT) add('format', `result format is ${JSON.stringify(res.format)}`);
  const meetings = new Map(inst.meetings.map((m) => [m.id, m]));
  const placed = checkCoverage(inst, res, meetings, add);
  checkPlacements(inst, placed, add);
  checkSettingsAndMetrics(inst, res, placed, add);
  return out;
}

type Add = (rule: Violation['rule'], message: string) => void;
type Placed = { a: Assignment; m: ScheduleMeeting }[];

function checkCoverage(inst: ScheduleInstance, res: ScheduleResult, meetings: Map<string, ScheduleMeeting>, add: Add): Placed {
  const seen = new Map<string, number>();
  const placed: Placed = [];
  const note = (id: string) => seen.set(id, (seen.get(id) ?? 0) + 1);
  for (const a of res.assignments) {
    note(a.meeting);
    const m = meetings.get(a.meeting);
    if (!m) add('unknown-id', `assignment for unknown meeting ${a.meeting}`);
    else placed.push({ a, m });
  }
  for (const u of res.unscheduled) {
    note(u.meeting);
    if (!meetings.has(u.meeting)) add('unknown-id', `unscheduled entry for unknown meeting ${u.meeting}`);
    if (!u.reason) add('coverage', `unscheduled meeting ${u.meeting} has no reason`);
  }
  for (const m of inst.meetings) {
    const n = seen.get(m.id) ?? 0;
    if (n !== 1) add('coverage', `meeting ${m.id} appears ${n} times in assignments + unscheduled`);
  }
  return placed;
}

function checkPlacements(inst: ScheduleInstance, placed: Placed, add: Add): void {
  const slotIds = new Set(inst.slots.map((s) => s.id));
  const tableCap = new Map(inst.tables.map((t) => [t.id, t.capacity ?? 2]));
  const parts = new Map(inst.participants.map((p) => [p.id, p]));
  const busy = new Map<string, string>();
  const tableBusy = new Map<string, string>();
  const count = new Map<string, number>();
  for (const { a, m } of placed) {
    if (!slotIds.has(a.slot)) add('unknown-id', `meeting ${m.id} placed in unknown slot ${a.slot}`);
    if (m.slots && !m.slots.includes(a.slot)) add('allowed-slots', `meeting ${m.id} placed in ${a.slot}, outside its allowed slots`);
    if (m.fixed && m.fixed.slot !== a.slot) add('fixed', `meeting ${m.id} is fixed to ${m.fixed.slot} but placed in ${a.slot}`);
    if (m.fixed?.table && m.fixed.table !== a.table)
      add('fixed', `meeting ${m.id} is fixed to table ${m.fixed.table} but placed at ${a.table}`);
    for (const pid of m.participants) {
      const p = parts.get(pid);
      if (p?.unavailable?.includes(a.slot)) add('unavailable', `meeting ${m.id} in ${a.slot}, where ${pid} is unavailable`);
      const key = `${pid}@${a.slot}`;
      const other = busy.get(key);
      if (other) add('participant-clash', `${pid} is in ${other} and ${m.id} in slot ${a.slot}`);
      busy.set(key, m.id);
      count.set(pid, (count.get(pid) ?? 0) + 1);
    }
    checkTable(a, m, { tableCap, parts, tableBusy }, add);
  }
  for (const p of inst.participants) {
    const n = count.get(p.id) ?? 0;
    if (p.maxMeetings !== undefined && n > p.maxMeetings) add('max-meetings', `${p.id} has ${n} meetings, cap ${p.maxMeetings}`);
  }
}

function checkTable(
  a: Assignment,
  m: ScheduleMeeting,
  ctx: {
    tableCap: Map<string, number>;
    parts: Map<string, { table?: string }>;
    tableBusy: Map<string, string>;
  },
  add: Add,
): void {
  if (m.online) {
    if (a.table !== null) add('table-missing', `online meeting ${m.id} was given table ${a.table}`);
    return;
  }
  if (a.table === null || a.table === undefined) {
    add('table-missing', `physical meeting ${m.id} has no table`);
    return;
  }
  const cap = ctx.tableCap.get(a.table);
  if (cap === undefined) {
    add('unknown-id', `meeting ${m.id} at unknown table ${a.table}`);
    return;
  }
  if (cap < m.participants.length) add('table-capacity', `table ${a.table} seats ${cap}, meeting ${m.id} has ${m.participants.length}`);
  const key = `${a.table}@${a.slot}`;
  const other = ctx.tableBusy.get(key);
  if (other) add('table-clash', `table ${a.table} holds ${other} and ${m.id} in slot ${a.slot}`);
  ctx.tableBusy.set(key, m.id);
  const own = m.participants.map((p) => ctx.parts.get(p)?.table).filter((t): t is string => !!t);
  if (own.length > 0 && !own.includes(a.table))
    add('own-table', `meeting ${m.id} is at ${a.table}, not at the booth of its exhibitor (${own.join(' / ')})`);
}

/** Breaks per participant with at least one meeting, recomputed from the assignments. */
export function breaksByParticipant(inst: ScheduleInstance, assignments: Assignment[]): Map<string, number> {
  const slotIndex = new Map(inst.slots.map((s, i) => [s.id, i]));
  const members = new Map(inst.meetings.map((m) => [m.id, m.participants]));
  const busy = new Map<string, Set<number>>();
  for (const a of assignments) {
    for (const p of members.get(a.meeting) ?? []) {
      if (!busy.has(p)) busy.set(p, new Set());
      busy.get(p)!.add(slotIndex.get(a.slot)!);
    }
  }
  const out = new Map<string, number>();
  for (const [p, set] of busy) {
    let breaks = 0;
    const sorted = [...set].sort((x, y) => x - y);
    for (let i = 1; i < sorted.length; i++) {
      const prev = inst.slots[sorted[i - 1]];
      const cur = inst.slots[sorted[i]];
      if (prev.day === cur.day && sorted[i] - sorted[i - 1] > 1) breaks++;
    }
    out.set(p, breaks);
  }
  return out;
}

function checkSettingsAndMetrics(inst: ScheduleInstance, res: ScheduleResult, placed: Placed, add: Add): void {
  if (inst.settings?.requireAll && res.unscheduled.length > 0)
    add('require-all', `requireAll is set but ${res.unscheduled.length} meeting(s) are unscheduled`);
  const breaks = [...breaksByParticipant(inst, res.assignments).values()];
  const total = breaks.reduce((x, y) => x + y, 0);
  const max = breaks.length ? Math.max(...breaks) : 0;
  const min = breaks.length ? Math.min(...breaks) : 0;
  const cap = inst.settings?.maxBreakSpread;
  if (cap !== undefined && max - min > cap) add('break-spread', `break spread ${max - min} exceeds maxBreakSpread ${cap}`);
  const mt = res.metrics;
  const weight = placed.reduce((w, { m }) => w + (m.weight ?? 1), 0);
  const expect: [string, number, number][] = [
    ['meetings', mt.meetings, inst.meetings.length],
    ['scheduled', mt.scheduled, res.assignments.length],
    ['breaks', mt.breaks, total],
    ['maxBreaks', mt.maxBreaks, max],
    ['minBreaks', mt.minBreaks, min],
  ];
  for (const [name, got, want] of expect) if (got !== want) add('metrics', `metrics.${name} is ${got}, recomputed ${want}`);
  if (Math.abs(mt.weightScheduled - weight) > 1e-6)
    add('metrics', `metrics.weightScheduled is ${mt.weightScheduled}, recomputed ${weight}`);
  if (mt.weightUpperBound < weight - 1e-6) add('metrics', `weightUpperBound ${mt.weightUpperBound} is below the placed weight ${weight}`);
}
