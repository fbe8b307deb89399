import type { ScheduleInstance, ScheduleMeeting, ScheduleParticipant, ScheduleTable } from './schedule-instance';

/** Compact builder for hand-made test instances. */
export function makeInstance(spec: {
  slots: number | string[];
  days?: string[];
  tables?: number | ScheduleTable[];
  participants?: (string | ScheduleParticipant)[];
  meetings: (string | ScheduleMeeting)[];
  settings?: ScheduleInstance['settings'];
}): ScheduleInstance {
  const slotIds = typeof spec.slots === 'number' ? Array.from({ length: spec.slots }, (_, i) => `s${i + 1}`) : spec.slots;
  const meetings = spec.meetings.map((m, i) => (typeof m === 'string' ? { id: `m${i + 1}`, participants: m.split('-') } : m));
  const named = new Map<string, ScheduleParticipant>();
  for (const p of spec.participants ?? []) {
    const part = typeof p === 'string' ? { id: p } : p;
    named.set(part.id, part);
  }
  for (const m of meetings) for (const p of m.participants) if (!named.has(p)) named.set(p, { id: p });
  const tables =
    typeof spec.tables === 'object'
      ? spec.tables
      : Array.from({ length: spec.tables ?? 10 }, (_, i) => ({
          id: `T${i + 1}`,
          capacity: 2,
        }));
  return {
    format: 'schedule-instance/1',
    slots: slotIds.map((id, i) => ({ id, day: spec.days?.[i] ?? 'day-1' })),
    tables,
    participants: [...named.values()],
    meetings,
    settings: spec.settings ?? {},
  };
}
