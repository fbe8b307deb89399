import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { MeetingFormat, TableKind } from '@clustermeet/contracts';
import { Event, EventTable, Meeting, MeetingRequest, MeetingSeat, Participant, Slot, videoLinkFor } from '@clustermeet/database';
import { conflict, isUniqueViolation } from '../common/errors';

export interface PlaceOptions {
  online: boolean;
  requestId?: string;
  tableId?: string;
}

export interface PlacedMeeting {
  meeting: Meeting;
  when: string;
  where: string;
}

/**
 * Puts an accepted request into a slot at a table. The unique keys on seats (participant, slot)
 * and on meetings (table, slot) decide every race: whoever commits first wins, the other gets 409.
 */
@Injectable()
export class MeetingPlacementService {
  async place(manager: EntityManager, event: Event, request: MeetingRequest, people: Participant[]): Promise<PlacedMeeting> {
    const slot = await manager.findOneByOrFail(Slot, { id: request.proposedSlotId! });
    return this.placeInSlot(manager, event, slot, people, { online: request.format === MeetingFormat.Online, requestId: request.id });
  }

  /**
   * A new meeting of `people` in `slot`: at `tableId` when given, else at the first place that fits,
   * or online. Used by self-booking and by rebooking on the event day.
   */
  async placeInSlot(manager: EntityManager, event: Event, slot: Slot, people: Participant[], options: PlaceOptions): Promise<PlacedMeeting> {
    const participantIds = people.map((person) => person.id);
    const candidates = options.online ? [null] : await this.tableCandidates(manager, event.id, slot, participantIds, options.tableId);
    if (candidates.length === 0) throw conflict(options.tableId ? 'That table is closed, does not seat everyone or is kept for an exhibitor' : `No open table at this event seats ${participantIds.length} people`);
    const online = options.online ? await manager.findOneBy(EventTable, { eventId: event.id, kind: TableKind.Online }) : null;
    if (options.online && !online) throw conflict('This event offers no online meetings');
    for (const table of candidates) {
      try {
        const meeting = await manager.transaction(async (inner) => {
          const created = await inner.save(
            inner.create(Meeting, { eventId: event.id, participantIds, slotId: slot.id, tableId: table?.id ?? null, requestId: options.requestId ?? null, status: 'scheduled' }),
          );
          if (online) {
            created.videoLink = videoLinkFor(online, created.id);
            await inner.update(Meeting, { id: created.id }, { videoLink: created.videoLink });
          }
          await inner.insert(MeetingSeat, participantIds.map((participantId) => ({ meetingId: created.id, participantId, slotId: slot.id })));
          return created;
        });
        return { meeting, when: formatSlot(slot, event.timeZone), where: table ? table.label : `online (${meeting.videoLink})` };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        if (isSeatViolation(error)) {
          const busy = await this.busyIn(manager, slot.id, participantIds);
          const names = people.filter((person) => busy.includes(person.id)).map((person) => `${person.firstName} ${person.lastName}`);
          throw conflict(`${names.join(' and ') || 'Someone'} already has a meeting at that time; choose another slot`);
        }
        // Another meeting took this table a moment ago: try the next one.
      }
    }
    throw conflict(options.tableId ? 'That table is taken in that slot' : 'All tables are taken in that slot; choose another slot');
  }

  /** Participants among `participantIds` who already sit in a meeting in this slot. */
  async busyIn(manager: EntityManager, slotId: string, participantIds: string[]): Promise<string[]> {
    const seats = await manager.find(MeetingSeat, { where: { slotId, participantId: In(participantIds) }, select: { participantId: true } });
    return seats.map((seat) => seat.participantId);
  }

  async cancelForRequest(manager: EntityManager, requestId: string): Promise<void> {
    const meetings = await manager.find(Meeting, { where: { requestId, status: 'scheduled' } });
    if (meetings.length === 0) return;
    const ids = meetings.map((meeting) => meeting.id);
    await manager.delete(MeetingSeat, { meetingId: In(ids) });
    await manager.update(Meeting, { id: In(ids) }, { status: 'cancelled' });
  }

  /** An exhibitor's own booth first; otherwise the smallest open tables that seat everyone. */
  async tableCandidates(manager: EntityManager, eventId: string, slot: Slot, participantIds: string[], onlyTableId?: string): Promise<EventTable[]> {
    const all = await manager.find(EventTable, { where: { eventId }, order: { capacity: 'ASC', number: 'ASC', label: 'ASC' } });
    const slots = new Map((await manager.find(Slot, { where: { eventId }, select: { id: true, startsAt: true } })).map((s) => [s.id, s.startsAt.getTime()]));
    const open = (table: EventTable) => !table.closedFromSlotId || (slots.get(table.closedFromSlotId) ?? Infinity) > slot.startsAt.getTime();
    const tables = all.filter((table) => open(table) && (!onlyTableId || table.id === onlyTableId));
    const seats = participantIds.length;
    const booths = tables.filter((table) => table.kind === TableKind.Booth && table.exhibitorParticipantId && participantIds.includes(table.exhibitorParticipantId) && table.capacity >= seats);
    if (booths.length > 0) return booths;
    return tables.filter((table) => (table.kind === TableKind.Table || table.kind === TableKind.Room) && table.capacity >= seats);
  }
}

function isSeatViolation(error: unknown): boolean {
  return (error as { driverError?: { table?: string } }).driverError?.table === 'meeting_seat';
}

export function formatSlot(slot: Pick<Slot, 'startsAt' | 'endsAt'>, timeZone: string): string {
  const day = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(slot.startsAt);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' });
  return `${day}, ${time.format(slot.startsAt)}–${time.format(slot.endsAt)}`;
}
