import type { ScheduleInstance, ScheduleMeeting } from '../../libs/scheduler/src';

/**
 * Converts a B2B benchmark file (MiniZinc data, Bofill et al. JAIR 2022) to schedule-instance/1.
 * Pitfalls handled: set literals on one line or many; repeated pairs stay distinct meetings;
 * `forbidden` uses 0 as a sentinel and 1-based slots; session 1 = morning, 2 = afternoon, 3 = any.
 */
export function dznToInstance(text: string): ScheduleInstance {
  const vars = parseAssignments(text);
  const nBusiness = intVar(vars, 'nBusiness');
  const nMeetings = intVar(vars, 'nMeetings');
  const nTables = intVar(vars, 'nTables');
  const nSlots = intVar(vars, 'nTotalSlots');
  const nMorning = intVar(vars, 'nMorningSlots');
  const slotId = (s: number) => `s${String(s).padStart(2, '0')}`;
  const partId = (p: number) => `b${p}`;

  const requested = ints(need(vars, 'requested'));
  if (requested.length !== 3 * nMeetings) throw new Error(`requested has ${requested.length / 3} rows, nMeetings = ${nMeetings}`);
  const forbidden = sets(need(vars, 'forbidden'));
  if (forbidden.length !== nBusiness) throw new Error(`forbidden has ${forbidden.length} sets, nBusiness = ${nBusiness}`);
  const fixed = vars.has('fixed') ? ints(vars.get('fixed')!) : [];

  const all = Array.from({ length: nSlots }, (_, i) => i + 1);
  const morning = all.filter((s) => s <= nMorning).map(slotId);
  const afternoon = all.filter((s) => s > nMorning).map(slotId);
  const meetings: ScheduleMeeting[] = [];
  for (let i = 0; i < nMeetings; i++) {
    const [a, b, session] = requested.slice(3 * i, 3 * i + 3);
    const m: ScheduleMeeting = {
      id: `m${i + 1}`,
      participants: [partId(a), partId(b)],
    };
    if (session === 1) m.slots = morning;
    else if (session === 2) m.slots = afternoon;
    if (fixed[i]) m.fixed = { slot: slotId(fixed[i]) };
    meetings.push(m);
  }
  return {
    format: 'schedule-instance/1',
    slots: all.map((s) => ({ id: slotId(s), day: 'day-1' })),
    tables: Array.from({ length: nTables }, (_, i) => ({
      id: `T${String(i + 1).padStart(2, '0')}`,
      capacity: 2,
    })),
    participants: forbidden.map((set, i) => {
      const unavailable = set.filter((s) => s > 0).map(slotId);
      return unavailable.length > 0 ? { id: partId(i + 1), unavailable } : { id: partId(i + 1) };
    }),
    meetings,
    settings: { requireAll: true, maxBreakSpread: 2 },
  };
}

function parseAssignments(text: string): Map<string, string> {
  const clean = text.replace(/%[^\n]*/g, '');
  const vars = new Map<string, string>();
  for (const stmt of clean.split(';')) {
    const eq = stmt.indexOf('=');
    if (eq < 0) continue;
    vars.set(stmt.slice(0, eq).trim(), stmt.slice(eq + 1).trim());
  }
  return vars;
}

function need(vars: Map<string, string>, name: string): string {
  const v = vars.get(name);
  if (v === undefined) throw new Error(`missing "${name}"`);
  return v;
}

function intVar(vars: Map<string, string>, name: string): number {
  return Number.parseInt(need(vars, name), 10);
}

function ints(value: string): number[] {
  return (value.match(/-?\d+/g) ?? []).map(Number);
}

function sets(value: string): number[][] {
  return [...value.matchAll(/\{([^}]*)\}/g)].map((g) => ints(g[1]));
}
