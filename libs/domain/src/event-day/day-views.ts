import { EntityManager, In } from 'typeorm';
import { Meeting, Participant, Session, Slot } from '@clustermeet/database';
import { notFound } from '../common/errors';

/** Within this many minutes of a meeting's start, someone not yet checked in counts as late. */
export const LATE_WITHIN_MINUTES = 5;

export interface DaySlots {
  slots: Slot[];
  byId: Map<string, Slot>;
  sessionNames: Map<string, string>;
  current: Slot | null;
  next: Slot | null;
}

export async function loadDaySlots(manager: EntityManager, eventId: string, now = new Date()): Promise<DaySlots> {
  const slots = await manager.find(Slot, { where: { eventId }, order: { startsAt: 'ASC' } });
  const sessions = await manager.find(Session, { where: { eventId }, select: { id: true, name: true } });
  const current = slots.find((slot) => slot.startsAt <= now && now < slot.endsAt) ?? null;
  const next = slots.find((slot) => slot.startsAt > now) ?? null;
  return { slots, byId: new Map(slots.map((slot) => [slot.id, slot])), sessionNames: new Map(sessions.map((s) => [s.id, s.name])), current, next };
}

export function requireSlot(days: DaySlots, slotId: string): Slot {
  const slot = days.byId.get(slotId);
  if (!slot) throw notFound('Slot');
  return slot;
}

/** Absent for the rest of the day from a slot on: does that cover `slot`? */
export function absentIn(participant: Pick<Participant, 'absentFromSlotId'>, slot: Slot, days: DaySlots): boolean {
  if (!participant.absentFromSlotId) return false;
  const from = days.byId.get(participant.absentFromSlotId);
  return !!from && from.startsAt <= slot.startsAt;
}

export const personName = (participant: Pick<Participant, 'firstName' | 'lastName'>) => `${participant.firstName} ${participant.lastName}`.trim();

export function dayPerson(participant: Participant, absent: boolean) {
  return {
    id: participant.id,
    name: personName(participant),
    organisationName: participant.organisation.name,
    country: participant.organisation.country,
    checkedInAt: participant.checkedInAt,
    absent,
  };
}

export async function peopleOf(manager: EntityManager, meetings: Meeting[]): Promise<Map<string, Participant>> {
  const ids = [...new Set(meetings.flatMap((meeting) => meeting.participantIds))];
  const people = ids.length > 0 ? await manager.findBy(Participant, { id: In(ids) }) : [];
  return new Map(people.map((participant) => [participant.id, participant]));
}

export function dayMeeting(meeting: Meeting, people: Map<string, Participant>, days: DaySlots) {
  const slot = days.byId.get(meeting.slotId ?? '');
  return {
    id: meeting.id,
    slotId: meeting.slotId,
    tableId: meeting.tableId,
    online: meeting.tableId === null,
    videoLink: meeting.videoLink,
    status: meeting.status,
    absentParticipantIds: meeting.absentParticipantIds,
    changedSeq: meeting.changeSeq,
    participants: meeting.participantIds
      .map((id) => people.get(id))
      .filter((p): p is Participant => Boolean(p))
      .map((p) => dayPerson(p, meeting.absentParticipantIds.includes(p.id) || (slot ? absentIn(p, slot, days) : false))),
  };
}
