import { TableKind } from '@clustermeet/contracts';
import { ScheduleEntry, ScheduleMetrics } from '@clustermeet/database';
import { personName, ScheduleContext } from './schedule-context';

export type EntryPlacement = Pick<ScheduleEntry, 'id' | 'participantIds' | 'slotId' | 'tableId' | 'online' | 'weight'>;

export interface Target {
  slotId: string;
  tableId: string | null;
  online: boolean;
}

/**
 * Why a meeting cannot go to a target, in words an organiser acts on; empty when it can. The same
 * rules the solver obeys (schedule-instance format, "Validity"), checked against the other
 * meetings of the version except those in `ignore` (the meeting itself, a swap partner).
 */
export function placementProblems(ctx: ScheduleContext, entries: EntryPlacement[], entry: EntryPlacement, target: Target, ignore: Set<string>): string[] {
  const problems: string[] = [];
  const slot = ctx.slots[ctx.slotIndex.get(target.slotId) ?? -1];
  if (!slot) return ['That slot does not belong to this event'];
  const name = (id: string) => {
    const participant = ctx.participants.get(id);
    return participant ? personName(participant) : 'A participant who is no longer validated';
  };
  const others = entries.filter((other) => other.slotId === target.slotId && !ignore.has(other.id));

  for (const id of entry.participantIds) {
    if (!ctx.participants.has(id)) problems.push(`${name(id)} cannot be scheduled`);
    else if (ctx.participants.get(id)!.unavailableSlotIds.includes(target.slotId)) problems.push(`${name(id)} is not available at this time`);
    const busy = others.find((other) => other.participantIds.includes(id));
    if (busy) problems.push(`${name(id)} already has a meeting at this time`);
  }

  if (target.online) {
    if (!ctx.onlinePlace) problems.push('This event offers no online meetings');
    if (target.tableId) problems.push('An online meeting takes no table');
  } else {
    problems.push(...placeProblems(ctx, others, entry, target.tableId, name));
  }

  if (entry.slotId === null) {
    for (const id of entry.participantIds) {
      const cap = ctx.maxMeetings.get(id);
      const placed = entries.filter((other) => other.slotId !== null && !ignore.has(other.id) && other.participantIds.includes(id)).length;
      if (cap !== undefined && placed >= cap) problems.push(`${name(id)} already has the maximum of ${cap} meetings`);
    }
  }
  return problems;
}

function placeProblems(ctx: ScheduleContext, others: EntryPlacement[], entry: EntryPlacement, tableId: string | null, name: (id: string) => string): string[] {
  if (!tableId) return ['Choose a table, or make it an online meeting'];
  const place = ctx.placeById.get(tableId);
  if (!place) return ['That table does not belong to this event'];
  const problems: string[] = [];
  if (place.capacity < entry.participantIds.length) {
    problems.push(`${place.label} seats ${place.capacity}; this meeting has ${entry.participantIds.length} people`);
  }
  if (others.some((other) => other.tableId === tableId && !other.online)) problems.push(`${place.label} is taken at this time`);
  if (place.kind === TableKind.Booth && place.exhibitorParticipantId && !entry.participantIds.includes(place.exhibitorParticipantId)) {
    problems.push(`${place.label} is kept for its exhibitor's own meetings`);
  }
  for (const id of entry.participantIds) {
    const booth = ctx.boothOf.get(id);
    if (booth && booth.id !== tableId) problems.push(`${name(id)} meets at their own booth (${booth.label})`);
  }
  return problems;
}

/**
 * Recomputes the figures that edits change, with the solver's definition of a break: a maximal run
 * of idle slots strictly between two of a participant's meetings in one session of one day.
 */
export function recomputeMetrics(ctx: ScheduleContext, entries: EntryPlacement[], previous: ScheduleMetrics): ScheduleMetrics {
  const slotsOf = new Map<string, number[]>();
  let scheduled = 0;
  let weightScheduled = 0;
  for (const entry of entries) {
    if (entry.slotId === null) continue;
    scheduled++;
    weightScheduled += entry.weight;
    const index = ctx.slotIndex.get(entry.slotId);
    if (index === undefined) continue;
    for (const id of entry.participantIds) {
      const list = slotsOf.get(id) ?? [];
      list.push(index);
      slotsOf.set(id, list);
    }
  }
  let breaks = 0;
  let maxBreaks = 0;
  let minBreaks = Number.POSITIVE_INFINITY;
  for (const list of slotsOf.values()) {
    list.sort((a, b) => a - b);
    let own = 0;
    for (let i = 1; i < list.length; i++) {
      if (list[i] - list[i - 1] > 1 && ctx.slotGroup[list[i]] === ctx.slotGroup[list[i - 1]]) own++;
    }
    breaks += own;
    maxBreaks = Math.max(maxBreaks, own);
    minBreaks = Math.min(minBreaks, own);
  }
  return {
    ...previous,
    meetings: entries.length,
    scheduled,
    weightScheduled,
    breaks,
    maxBreaks,
    minBreaks: Number.isFinite(minBreaks) ? minBreaks : 0,
  };
}
