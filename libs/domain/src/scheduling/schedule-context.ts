import { EntityManager, In } from 'typeorm';
import { ParticipantStatus, TableKind } from '@clustermeet/contracts';
import { Event, EventTable, Participant, ParticipantType, Session, Slot } from '@clustermeet/database';

/**
 * What every scheduling step needs to know about an event: its slots in time order, its places,
 * and the participants with their availability, caps and own booths. Loaded once per operation.
 */
export interface ScheduleContext {
  event: Event;
  slots: Slot[];
  slotIndex: Map<string, number>;
  /** Slots are adjacent only inside one session of one day: the pause between sessions is no break. */
  slotGroup: string[];
  sessionNames: Map<string, string>;
  /** Tables, booths and rooms, by number then label. */
  places: EventTable[];
  placeById: Map<string, EventTable>;
  onlinePlace: EventTable | null;
  participants: Map<string, Participant>;
  maxMeetings: Map<string, number>;
  /** Exhibitor participant id → their booth. */
  boothOf: Map<string, EventTable>;
}

export async function loadScheduleContext(manager: EntityManager, event: Event): Promise<ScheduleContext> {
  const slots = await manager.find(Slot, { where: { eventId: event.id }, order: { startsAt: 'ASC' } });
  const sessions = await manager.find(Session, { where: { eventId: event.id } });
  const tables = await manager.find(EventTable, { where: { eventId: event.id }, order: { number: 'ASC', label: 'ASC' } });
  const participants = await manager.find(Participant, { where: { eventId: event.id, status: ParticipantStatus.Validated } });
  const typeIds = [...new Set(participants.map((participant) => participant.participantTypeId))];
  const types = typeIds.length > 0 ? await manager.find(ParticipantType, { where: { id: In(typeIds) } }) : [];
  const typeCap = new Map(types.map((type) => [type.id, type.maxMeetings]));
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: event.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

  const places = tables.filter((table) => table.kind !== TableKind.Online);
  const boothOf = new Map<string, EventTable>();
  for (const place of places) {
    if (place.kind === TableKind.Booth && place.exhibitorParticipantId) boothOf.set(place.exhibitorParticipantId, place);
  }
  const maxMeetings = new Map<string, number>();
  for (const participant of participants) {
    const cap = typeCap.get(participant.participantTypeId);
    if (cap !== null && cap !== undefined) maxMeetings.set(participant.id, cap);
  }
  return {
    event,
    slots,
    slotIndex: new Map(slots.map((slot, index) => [slot.id, index])),
    slotGroup: slots.map((slot) => `${day.format(slot.startsAt)}#${slot.sessionId}`),
    sessionNames: new Map(sessions.map((session) => [session.id, session.name])),
    places,
    placeById: new Map(places.map((place) => [place.id, place])),
    onlinePlace: tables.find((table) => table.kind === TableKind.Online) ?? null,
    participants: new Map(participants.map((participant) => [participant.id, participant])),
    maxMeetings,
    boothOf,
  };
}

export function personName(participant: Pick<Participant, 'firstName' | 'lastName'>): string {
  return `${participant.firstName} ${participant.lastName}`.trim();
}
