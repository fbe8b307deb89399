import type { ScheduleInstance, ScheduleMeeting, ScheduleParticipant, ScheduleTable } from '../../libs/scheduler/src';
import { Rng } from '../../libs/scheduler/src/rng';

export interface GeneratorOptions {
  participants: number;
  meetings: number;
  seed?: number;
  days?: number;
  slotsPerDay?: number;
  /** General tables as a share of the average physical meetings per slot (1 = just enough on average). */
  tableSlack?: number;
}

/**
 * A large, realistic event: popularity is skewed (Zipf-like: a few participants are asked by
 * very many), people arrive late / leave early / come for one day, some meetings have 3
 * people, some are online, exhibitors meet at their booth, weights 1–3, a few fixed meetings.
 */
export function generateEvent(opt: GeneratorOptions): ScheduleInstance {
  const rng = new Rng(opt.seed ?? 1);
  const days = opt.days ?? 2;
  const perDay = opt.slotsPerDay ?? 16;
  const slots = [];
  for (let d = 0; d < days; d++) {
    for (let k = 0; k < perDay; k++) {
      const min = 9 * 60 + k * 20;
      const hhmm = `${String(Math.floor(min / 60)).padStart(2, '0')}${String(min % 60).padStart(2, '0')}`;
      slots.push({
        id: `d${d + 1}-${hhmm}`,
        day: `2027-05-${String(11 + d).padStart(2, '0')}`,
      });
    }
  }
  const S = slots.length;
  const P = opt.participants;
  const tables: ScheduleTable[] = [];
  const participants: ScheduleParticipant[] = [];
  const popularity = new Float64Array(P);
  for (let p = 0; p < P; p++) {
    const part: ScheduleParticipant = { id: `p${p + 1}` };
    popularity[p] = 1 / Math.pow(1 + rng.int(P), 0.75);
    const isExhibitor = rng.next() < 0.08;
    if (isExhibitor) {
      tables.push({ id: `B${p + 1}`, capacity: 3 });
      part.table = `B${p + 1}`;
      popularity[p] *= 2;
    }
    part.unavailable = unavailability(
      rng,
      days,
      perDay,
      slots.map((s) => s.id),
    );
    if (part.unavailable.length === 0) delete part.unavailable;
    if (rng.next() < 0.15) part.maxMeetings = 6 + rng.int(8);
    participants.push(part);
  }
  const cumulative = new Float64Array(P);
  let acc = 0;
  for (let p = 0; p < P; p++) cumulative[p] = acc += popularity[p];
  const pickPopular = () => {
    const x = rng.next() * acc;
    let lo = 0;
    let hi = P - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const meetings: ScheduleMeeting[] = [];
  const fixedBusy = new Set<string>();
  let physical = 0;
  for (let i = 0; i < opt.meetings; i++) {
    const a = rng.int(P);
    let b = pickPopular();
    while (b === a) b = rng.int(P);
    const ids = [a, b];
    if (rng.next() < 0.05) {
      let c = rng.int(P);
      while (ids.includes(c)) c = rng.int(P);
      ids.push(c);
    }
    const m: ScheduleMeeting = {
      id: `m${i + 1}`,
      participants: ids.map((p) => participants[p].id),
      weight: 1 + rng.int(3),
    };
    if (rng.next() < 0.1) m.online = true;
    else physical++;
    if (rng.next() < 0.05) m.slots = slots.filter((s) => s.id.startsWith(`d${1 + rng.int(days)}-`)).map((s) => s.id);
    maybeFix(
      m,
      ids,
      participants,
      rng,
      slots.map((s) => s.id),
      fixedBusy,
    );
    meetings.push(m);
  }
  const slack = opt.tableSlack ?? 1.1;
  const general = Math.max(1, Math.ceil((physical / S) * slack));
  for (let t = 0; t < general; t++) tables.push({ id: `T${t + 1}`, capacity: rng.next() < 0.15 ? 4 : 2 });
  return {
    format: 'schedule-instance/1',
    slots,
    tables,
    participants,
    meetings,
    settings: { requireAll: false, maxBreakSpread: 3 },
  };
}

function unavailability(rng: Rng, days: number, perDay: number, slotIds: string[]): string[] {
  const r = rng.next();
  if (r < 0.55) return [];
  if (r < 0.75 && days > 1) {
    const d = rng.int(days);
    return slotIds.slice(d * perDay, (d + 1) * perDay);
  }
  // Arrives late or leaves early on one day.
  const d = rng.int(days);
  const cut = 2 + rng.int(perDay - 4);
  const daySlots = slotIds.slice(d * perDay, (d + 1) * perDay);
  return rng.next() < 0.5 ? daySlots.slice(0, cut) : daySlots.slice(cut);
}

/** About 1% of meetings are already published: fixed to a slot every participant has free. */
function maybeFix(
  m: ScheduleMeeting,
  ids: number[],
  participants: ScheduleParticipant[],
  rng: Rng,
  slotIds: string[],
  busy: Set<string>,
): void {
  if (rng.next() >= 0.01) return;
  const s = (m.slots ?? slotIds)[rng.int((m.slots ?? slotIds).length)];
  for (const p of ids) {
    const part = participants[p];
    if (part.unavailable?.includes(s) || busy.has(`${part.id}@${s}`) || part.maxMeetings !== undefined) return;
  }
  for (const p of ids) busy.add(`${participants[p].id}@${s}`);
  m.fixed = { slot: s };
}
