/** JSON formats `schedule-instance/1` and `schedule-result/1` (see shared/formats/schedule-instance.md). */

export const INSTANCE_FORMAT = 'schedule-instance/1';
export const RESULT_FORMAT = 'schedule-result/1';

export interface ScheduleSlot {
  id: string;
  day: string;
  start?: string;
  end?: string;
}

export interface ScheduleTable {
  id: string;
  /** Seats; default 2. */
  capacity?: number;
}

export interface ScheduleParticipant {
  id: string;
  unavailable?: string[];
  maxMeetings?: number;
  /** The participant's own place (exhibitor booth): its physical meetings are held there. */
  table?: string;
}

export interface FixedPlacement {
  slot: string;
  table?: string | null;
}

export interface ScheduleMeeting {
  id: string;
  participants: string[];
  weight?: number;
  slots?: string[];
  online?: boolean;
  fixed?: FixedPlacement | null;
}

export interface ScheduleSettings {
  requireAll?: boolean;
  maxBreakSpread?: number;
  timeLimitMs?: number;
}

export interface ScheduleInstance {
  format: typeof INSTANCE_FORMAT;
  slots: ScheduleSlot[];
  tables: ScheduleTable[];
  participants: ScheduleParticipant[];
  meetings: ScheduleMeeting[];
  settings?: ScheduleSettings;
}

export interface Assignment {
  meeting: string;
  slot: string;
  /** null for an online meeting. */
  table: string | null;
}

export interface Unscheduled {
  meeting: string;
  reason: string;
}

export interface ResultMetrics {
  meetings: number;
  scheduled: number;
  weightScheduled: number;
  weightUpperBound: number;
  breaks: number;
  maxBreaks: number;
  minBreaks: number;
  solveMs: number;
}

export interface ScheduleResult {
  format: typeof RESULT_FORMAT;
  assignments: Assignment[];
  unscheduled: Unscheduled[];
  metrics: ResultMetrics;
}

export interface ValidationOutcome {
  ok: boolean;
  errors: string[];
}

const MAX_ERRORS = 50;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** Collects ids of a list, reporting missing and duplicate ids. */
function collectIds(list: unknown[], what: string, errors: string[]): Set<string> {
  const ids = new Set<string>();
  list.forEach((item, i) => {
    if (!isObj(item) || typeof item.id !== 'string' || item.id === '') {
      errors.push(`${what}[${i}] needs a non-empty string "id"`);
      return;
    }
    if (ids.has(item.id)) errors.push(`${what} id "${item.id}" appears twice`);
    ids.add(item.id);
  });
  return ids;
}

function checkSlots(slots: unknown[], errors: string[]): void {
  const seenDays = new Set<string>();
  let lastDay: string | null = null;
  slots.forEach((s, i) => {
    if (!isObj(s)) return;
    if (typeof s.day !== 'string') {
      errors.push(`slot "${String(s.id)}" needs a string "day"`);
      return;
    }
    // Days must form contiguous blocks, otherwise "adjacent" would be ambiguous.
    if (s.day !== lastDay && seenDays.has(s.day)) {
      errors.push(`slot "${String(s.id)}" (index ${i}): slots of day "${s.day}" are not contiguous in the list`);
    }
    seenDays.add(s.day);
    lastDay = s.day;
  });
}

function checkTables(tables: unknown[], errors: string[]): void {
  for (const t of tables) {
    if (!isObj(t) || t.capacity === undefined) continue;
    if (typeof t.capacity !== 'number' || !Number.isInteger(t.capacity) || t.capacity < 1) {
      errors.push(`table "${String(t.id)}": capacity must be a positive integer`);
    }
  }
}

function checkParticipants(list: unknown[], slotIds: Set<string>, tableIds: Set<string>, errors: string[]): void {
  for (const p of list) {
    if (!isObj(p)) continue;
    const who = `participant "${String(p.id)}"`;
    if (p.unavailable !== undefined) {
      if (!isStringArray(p.unavailable)) errors.push(`${who}: "unavailable" must be a list of slot ids`);
      else for (const s of p.unavailable) if (!slotIds.has(s)) errors.push(`${who}: unavailable slot "${s}" is not a known slot`);
    }
    if (p.maxMeetings !== undefined && (typeof p.maxMeetings !== 'number' || !Number.isInteger(p.maxMeetings) || p.maxMeetings < 0)) {
      errors.push(`${who}: maxMeetings must be a non-negative integer`);
    }
    if (p.table !== undefined && p.table !== null && (typeof p.table !== 'string' || !tableIds.has(p.table))) {
      errors.push(`${who}: own table "${String(p.table)}" is not a known table`);
    }
  }
}

function checkMeeting(m: Obj, ids: { slots: Set<string>; tables: Set<string>; parts: Set<string> }, errors: string[]): void {
  const who = `meeting "${String(m.id)}"`;
  if (!isStringArray(m.participants)) {
    errors.push(`${who}: "participants" must be a list of participant ids`);
  } else {
    if (m.participants.length < 2) errors.push(`${who} has ${m.participants.length} participant(s); a meeting needs at least 2`);
    if (new Set(m.participants).size !== m.participants.length) errors.push(`${who} lists a participant twice`);
    for (const p of m.participants) if (!ids.parts.has(p)) errors.push(`${who}: unknown participant "${p}"`);
  }
  if (m.weight !== undefined && (typeof m.weight !== 'number' || !Number.isFinite(m.weight) || m.weight < 0)) {
    errors.push(`${who}: weight must be a non-negative number`);
  }
  if (m.slots !== undefined) {
    if (!isStringArray(m.slots)) errors.push(`${who}: "slots" must be a list of slot ids`);
    else for (const s of m.slots) if (!ids.slots.has(s)) errors.push(`${who}: unknown slot "${s}"`);
  }
  if (m.online !== undefined && typeof m.online !== 'boolean') errors.push(`${who}: "online" must be true or false`);
  if (m.fixed !== undefined && m.fixed !== null) {
    if (!isObj(m.fixed) || typeof m.fixed.slot !== 'string') errors.push(`${who}: "fixed" needs a "slot"`);
    else {
      if (!ids.slots.has(m.fixed.slot)) errors.push(`${who}: fixed slot "${m.fixed.slot}" is not a known slot`);
      const t = m.fixed.table;
      if (t !== undefined && t !== null && (typeof t !== 'string' || !ids.tables.has(t))) {
        errors.push(`${who}: fixed table "${String(t)}" is not a known table`);
      }
      if (t && m.online === true) errors.push(`${who} is online but fixed to table "${String(t)}"`);
    }
  }
}

/** Structural validation with messages an organiser or integrator can act on. */
export function validateInstance(json: unknown): ValidationOutcome {
  const errors: string[] = [];
  if (!isObj(json)) return { ok: false, errors: ['instance must be a JSON object'] };
  if (json.format !== INSTANCE_FORMAT) errors.push(`format must be "${INSTANCE_FORMAT}" (got ${JSON.stringify(json.format)})`);
  for (const key of ['slots', 'tables', 'participants', 'meetings'] as const) {
    if (!Array.isArray(json[key])) errors.push(`"${key}" must be a list`);
  }
  if (errors.length > 0) return { ok: false, errors };
  const slots = json.slots as unknown[];
  const tables = json.tables as unknown[];
  const participants = json.participants as unknown[];
  const meetings = json.meetings as unknown[];
  const ids = {
    slots: collectIds(slots, 'slot', errors),
    tables: collectIds(tables, 'table', errors),
    parts: collectIds(participants, 'participant', errors),
  };
  collectIds(meetings, 'meeting', errors);
  checkSlots(slots, errors);
  checkTables(tables, errors);
  checkParticipants(participants, ids.slots, ids.tables, errors);
  for (const m of meetings) if (isObj(m)) checkMeeting(m, ids, errors);
  if (json.settings !== undefined) {
    const st = json.settings;
    if (!isObj(st)) errors.push('"settings" must be an object');
    else {
      if (st.maxBreakSpread !== undefined && (typeof st.maxBreakSpread !== 'number' || st.maxBreakSpread < 0)) {
        errors.push('settings.maxBreakSpread must be a non-negative number');
      }
      if (st.timeLimitMs !== undefined && (typeof st.timeLimitMs !== 'number' || st.timeLimitMs <= 0)) {
        errors.push('settings.timeLimitMs must be a positive number');
      }
    }
  }
  const shown = errors.length > MAX_ERRORS ? [...errors.slice(0, MAX_ERRORS), `... and ${errors.length - MAX_ERRORS} more`] : errors;
  return { ok: errors.length === 0, errors: shown };
}
