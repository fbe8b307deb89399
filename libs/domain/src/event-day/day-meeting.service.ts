import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { DayChangePayload, ParticipantStatus, TableKind } from '@clustermeet/contracts';
import { Event, EventTable, Meeting, MeetingSeat, Participant, Slot, videoLinkFor } from '@clustermeet/database';
import { Actor } from '../auth/actor';
import { ALL_STAFF, EventAccessService } from '../auth/event-access.service';
import { conflict, isUniqueViolation, notFound } from '../common/errors';
import { formatSlot, MeetingPlacementService } from '../matchmaking/meeting-placement.service';
import { AttendanceService } from './attendance.service';
import { DaySlots, dayMeeting, loadDaySlots, peopleOf, personName, requireSlot } from './day-views';
import { BookDayMeetingDto, CancelDayMeetingDto, CloseTableDto, MoveDayMeetingDto } from './event-day.dto';
import { EventChangeService } from './event-change.service';
import { RebookingService } from './rebooking.service';

type Change = (manager: EntityManager, event: Event, days: DaySlots) => Promise<{ change: DayChangePayload; meetingIds: string[]; result?: unknown }>;

/**
 * The desk's meeting actions on the day: overview, no-shows, rebooking, moves, cancellations and
 * closed tables. Every change is recorded and pushed; unique keys on seats and tables decide races
 * between two helpers, exactly as for self-booking.
 */
@Injectable()
export class DayMeetingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    private readonly changes: EventChangeService,
    private readonly attendance: AttendanceService,
    private readonly placement: MeetingPlacementService,
    private readonly rebooking: RebookingService,
  ) {}

  async overview(actor: Actor, eventId: string, slotIds?: string[]) {
    const { event } = await this.access.requireStaff(actor, eventId, ALL_STAFF);
    const manager = this.dataSource.manager;
    const days = await loadDaySlots(manager, eventId);
    const shown = slotIds?.length ? slotIds.map((id) => requireSlot(days, id)) : defaultSlots(days);
    const meetings = shown.length > 0 ? await manager.find(Meeting, { where: { eventId, slotId: In(shown.map((slot) => slot.id)) } }) : [];
    const places = await manager.find(EventTable, { where: { eventId }, order: { number: 'ASC', label: 'ASC' } });
    const people = await peopleOf(manager, meetings);
    const physical = places.filter((place) => place.kind !== TableKind.Online);
    const freePlaceIds = Object.fromEntries(
      shown.map((slot) => {
        const taken = new Set(meetings.filter((m) => m.slotId === slot.id && m.status === 'scheduled').map((m) => m.tableId));
        return [slot.id, physical.filter((place) => !taken.has(place.id) && !closedIn(place, slot, days)).map((place) => place.id)];
      }),
    );
    return {
      now: new Date(),
      timeZone: event.timeZone,
      currentSlotId: days.current?.id ?? null,
      nextSlotId: days.next?.id ?? null,
      slots: days.slots.map((slot) => ({ id: slot.id, startsAt: slot.startsAt, endsAt: slot.endsAt, sessionName: days.sessionNames.get(slot.sessionId) ?? '' })),
      places: places.map((place) => ({ id: place.id, label: place.label, number: place.number, kind: place.kind, capacity: place.capacity, closedFromSlotId: place.closedFromSlotId })),
      meetings: meetings.map((meeting) => dayMeeting(meeting, people, days)),
      freePlaceIds,
      lastSeq: event.changeSeq,
    };
  }

  /** People whose meeting fell through today, for the desk to call and rebook. */
  async callList(actor: Actor, eventId: string) {
    await this.access.requireStaff(actor, eventId, ALL_STAFF);
    const manager = this.dataSource.manager;
    const days = await loadDaySlots(manager, eventId);
    const now = new Date();
    const open = days.slots.filter((slot) => slot.endsAt > now).map((slot) => slot.id);
    if (open.length === 0) return [];
    const hit = await manager
      .createQueryBuilder(Meeting, 'm')
      .where('m.event_id = :eventId AND m.slot_id IN (:...open) AND m.change_seq IS NOT NULL', { eventId, open })
      .andWhere("(m.status IN ('no_show', 'cancelled'))")
      .getMany();
    const people = await peopleOf(manager, hit);
    const rebooked = new Set((await manager.find(MeetingSeat, { where: { slotId: In(open) } })).map((seat) => `${seat.participantId}@${seat.slotId}`));
    return hit.flatMap((meeting) => {
      const slot = days.byId.get(meeting.slotId!)!;
      const others = meeting.participantIds.filter((id) => !meeting.absentParticipantIds.includes(id));
      return others
        .filter((id) => !rebooked.has(`${id}@${slot.id}`))
        .map((id) => people.get(id))
        .filter((p): p is Participant => Boolean(p) && !p!.absentFromSlotId)
        .map((p) => {
          const partner = meeting.participantIds.filter((id) => id !== p.id).map((id) => people.get(id)).filter(Boolean).map((q) => personName(q!)).join(', ');
          const what = meeting.status === 'cancelled' ? 'meeting-cancelled' : meeting.absentParticipantIds.some((id) => people.get(id)?.absentFromSlotId) ? 'partner-absent' : 'partner-no-show';
          return { participantId: p.id, name: personName(p), organisationName: p.organisation.name, email: p.email, meetingId: meeting.id, slotId: slot.id, startsAt: slot.startsAt, what, partnerName: partner };
        });
    });
  }

  async noShow(actor: Actor, eventId: string, meetingId: string, absentId: string) {
    await this.access.requireStaff(actor, eventId, ALL_STAFF);
    return this.recordNoShow(actor, eventId, meetingId, [absentId]);
  }

  /** "My partner did not come": the reporter was there, everyone else was not. */
  async reportNoShow(actor: Actor, meetingId: string) {
    const me = this.access.requireParticipant(actor);
    const meeting = await this.dataSource.manager.findOneBy(Meeting, { id: meetingId, eventId: me.eventId });
    if (!meeting || !meeting.participantIds.includes(me.participantId)) throw notFound('Meeting');
    const slot = await this.dataSource.manager.findOneByOrFail(Slot, { id: meeting.slotId! });
    if (slot.startsAt > new Date()) throw conflict('You can report that your partner did not come once the meeting has started');
    return this.recordNoShow(actor, me.eventId, meetingId, meeting.participantIds.filter((id) => id !== me.participantId));
  }

  async book(actor: Actor, eventId: string, input: BookDayMeetingDto) {
    await this.access.requireStaff(actor, eventId, ALL_STAFF);
    return this.bookMeeting(actor, eventId, input);
  }

  /** A participant books one of their own rebooking proposals. */
  async bookOwn(actor: Actor, partnerId: string, slotId: string) {
    const me = this.access.requireParticipant(actor);
    const offered = await this.rebooking.proposals(me.eventId, me.participantId, slotId);
    if (!offered.some((proposal) => proposal.participantId === partnerId)) throw conflict('That person is no longer free and here at that time; pick another proposal');
    return this.bookMeeting(actor, me.eventId, { participantIds: [me.participantId, partnerId], slotId });
  }

  async move(actor: Actor, eventId: string, meetingId: string, input: MoveDayMeetingDto) {
    await this.access.requireStaff(actor, eventId, ALL_STAFF);
    return this.apply(actor, eventId, async (manager, event, days) => {
      const meeting = await this.findMeeting(manager, eventId, meetingId);
      if (meeting.status !== 'scheduled') throw conflict(`This meeting is ${meeting.status.replace('_', '-')}; only scheduled meetings can move`);
      const slot = requireSlot(days, input.slotId);
      const from = describePlace(meeting, await this.places(manager, eventId), days, event);
      const to = await this.relocate(manager, event, meeting, slot, { online: input.online ?? false, tableId: input.tableId ?? undefined });
      const change = await this.changes.record(manager, eventId, actor, {
        kind: 'meeting-moved',
        summary: `${await this.names(manager, meeting)}: ${from} → ${to}`,
        meetingIds: [meeting.id],
        participantIds: meeting.participantIds,
      });
      return { change, meetingIds: [meeting.id] };
    });
  }

  async cancel(actor: Actor, eventId: string, meetingId: string, input: CancelDayMeetingDto) {
    await this.access.requireStaff(actor, eventId, ALL_STAFF);
    return this.apply(actor, eventId, async (manager) => {
      const meeting = await this.findMeeting(manager, eventId, meetingId);
      if (meeting.status === 'cancelled') throw conflict('This meeting is already cancelled');
      await manager.update(Meeting, { id: meeting.id }, { status: 'cancelled', sequence: meeting.sequence + 1 });
      await manager.delete(MeetingSeat, { meetingId: meeting.id });
      const change = await this.changes.record(manager, eventId, actor, {
        kind: 'meeting-cancelled',
        summary: `${await this.names(manager, meeting)}: cancelled${input.reason ? ` (${input.reason})` : ''}`,
        meetingIds: [meeting.id],
        participantIds: meeting.participantIds,
        details: { reason: input.reason ?? '' },
      });
      return { change, meetingIds: [meeting.id] };
    });
  }

  /**
   * A table becomes unusable: its meetings from that slot on move to a free place in the same slot
   * (same kind, nearest number first: the least disruptive change), else online when the event has
   * an online place; the rest are reported for the desk to handle.
   */
  async closeTable(actor: Actor, eventId: string, tableId: string, input: CloseTableDto) {
    await this.access.requireStaff(actor, eventId, ALL_STAFF);
    const outcome = { moves: [] as Array<{ meetingId: string; slotId: string; from: string; to: string }>, unplaced: [] as Array<{ meetingId: string; slotId: string; participants: string[] }> };
    await this.apply(actor, eventId, async (manager, event, days) => {
      const table = await manager.findOneBy(EventTable, { id: tableId, eventId });
      if (!table || table.kind === TableKind.Online) throw notFound('Table');
      const from = input.fromSlotId ? requireSlot(days, input.fromSlotId) : (days.current ?? days.next ?? days.slots.at(-1));
      if (!from) throw conflict('This event has no slots');
      await manager.update(EventTable, { id: table.id }, { closedFromSlotId: from.id });
      const affected = (await manager.find(Meeting, { where: { eventId, tableId: table.id, status: 'scheduled' } }))
        .filter((meeting) => days.byId.get(meeting.slotId!)!.startsAt >= from.startsAt)
        .sort((a, b) => days.byId.get(a.slotId!)!.startsAt.getTime() - days.byId.get(b.slotId!)!.startsAt.getTime());
      for (const meeting of affected) {
        const slot = days.byId.get(meeting.slotId!)!;
        try {
          const to = await this.relocate(manager, event, meeting, slot, { online: false, near: table });
          outcome.moves.push({ meetingId: meeting.id, slotId: slot.id, from: table.label, to });
        } catch {
          try {
            const to = await this.relocate(manager, event, meeting, slot, { online: true });
            outcome.moves.push({ meetingId: meeting.id, slotId: slot.id, from: table.label, to });
          } catch {
            outcome.unplaced.push({ meetingId: meeting.id, slotId: slot.id, participants: await this.nameList(manager, meeting) });
          }
        }
      }
      const moved = outcome.moves.map((move) => move.meetingId);
      const participantIds = affected.flatMap((meeting) => meeting.participantIds);
      const change = await this.changes.record(manager, eventId, actor, {
        kind: 'table-closed',
        summary: `${table.label} closed from ${formatSlot(from, event.timeZone)}: ${moved.length} meeting(s) moved, ${outcome.unplaced.length} left to place`,
        meetingIds: affected.map((meeting) => meeting.id),
        participantIds,
        details: { tableId: table.id, fromSlotId: from.id, unplaced: outcome.unplaced.map((u) => u.meetingId) },
      });
      return { change, meetingIds: moved };
    });
    return outcome;
  }

  async proposals(actor: Actor, eventId: string, participantId: string, slotId: string) {
    await this.access.requireStaff(actor, eventId, ALL_STAFF);
    return this.rebooking.proposals(eventId, participantId, slotId);
  }

  async myProposals(actor: Actor, slotId: string) {
    const me = this.access.requireParticipant(actor);
    return this.rebooking.proposals(me.eventId, me.participantId, slotId);
  }

  private async bookMeeting(actor: Actor, eventId: string, input: BookDayMeetingDto) {
    const ids = [...new Set(input.participantIds)];
    if (ids.length !== input.participantIds.length) throw new BadRequestException('participantIds lists someone twice');
    const [meeting] = await this.apply(actor, eventId, async (manager, event, days) => {
      const slot = requireSlot(days, input.slotId);
      const people = await manager.findBy(Participant, { id: In(ids), eventId, status: ParticipantStatus.Validated });
      if (people.length !== ids.length) throw notFound('Participant');
      const absent = people.find((person) => person.absentFromSlotId && days.byId.get(person.absentFromSlotId)!.startsAt <= slot.startsAt);
      if (absent) throw conflict(`${personName(absent)} is marked absent at that time`);
      const ordered = ids.map((id) => people.find((person) => person.id === id)!);
      const placed = await this.placement.placeInSlot(manager, event, slot, ordered, { online: input.online ?? false, tableId: input.tableId });
      const change = await this.changes.record(manager, eventId, actor, {
        kind: 'meeting-booked',
        summary: `${ordered.map(personName).join(' – ')}: new meeting ${placed.when}, ${placed.where}`,
        meetingIds: [placed.meeting.id],
        participantIds: ids,
      });
      return { change, meetingIds: [placed.meeting.id] };
    });
    return meeting;
  }

  private async recordNoShow(actor: Actor, eventId: string, meetingId: string, absentIds: string[]) {
    const [meeting] = await this.apply(actor, eventId, async (manager) => {
      const meeting = await this.findMeeting(manager, eventId, meetingId);
      if (absentIds.some((id) => !meeting.participantIds.includes(id))) throw new BadRequestException('participantId is not in this meeting');
      if (meeting.status === 'cancelled') throw conflict('This meeting was cancelled');
      await this.attendance.markMeetingNoShow(manager, meeting, absentIds);
      const people = await manager.findBy(Participant, { id: In(absentIds) });
      const change = await this.changes.record(manager, eventId, actor, {
        kind: 'no-show',
        summary: `${people.map(personName).join(', ')} did not come to the meeting with ${await this.names(manager, meeting, absentIds)}`,
        meetingIds: [meeting.id],
        participantIds: meeting.participantIds,
      });
      return { change, meetingIds: [meeting.id] };
    });
    return meeting;
  }

  /** Moves a scheduled meeting to `slot` (new seats, new table) under the unique keys; returns where it went. */
  private async relocate(manager: EntityManager, event: Event, meeting: Meeting, slot: Slot, options: { online: boolean; tableId?: string; near?: EventTable }): Promise<string> {
    let candidates: Array<EventTable | null>;
    let online: EventTable | null = null;
    if (options.online) {
      online = await manager.findOneBy(EventTable, { eventId: event.id, kind: TableKind.Online });
      if (!online) throw conflict('This event offers no online meetings');
      candidates = [null];
    } else {
      const tables = (await this.placement.tableCandidates(manager, event.id, slot, meeting.participantIds, options.tableId)).filter((t) => t.id !== meeting.tableId || slot.id !== meeting.slotId);
      candidates = options.near ? nearest(tables, options.near) : tables;
      if (candidates.length === 0) throw conflict(options.tableId ? 'That table is closed, too small or kept for an exhibitor' : 'No open table fits this meeting');
    }
    for (const table of candidates) {
      try {
        await manager.transaction(async (inner) => {
          await inner.delete(MeetingSeat, { meetingId: meeting.id });
          await inner.update(Meeting, { id: meeting.id }, { slotId: slot.id, tableId: table?.id ?? null, videoLink: online ? videoLinkFor(online, meeting.id) : null, sequence: meeting.sequence + 1 });
          await inner.insert(MeetingSeat, meeting.participantIds.map((participantId) => ({ meetingId: meeting.id, participantId, slotId: slot.id })));
        });
        return `${formatSlot(slot, event.timeZone)}, ${table ? table.label : 'online'}`;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        if ((error as { driverError?: { table?: string } }).driverError?.table === 'meeting_seat') throw conflict('Someone in this meeting already has a meeting at that time');
      }
    }
    throw conflict('Every fitting table is taken at that time');
  }

  /** Runs a change in a transaction, announces it after commit and returns the meetings as the desk shows them. */
  private async apply(actor: Actor, eventId: string, change: Change) {
    const done = await this.dataSource.transaction(async (manager) => {
      const event = await manager.findOneByOrFail(Event, { id: eventId });
      const days = await loadDaySlots(manager, eventId);
      return change(manager, event, days);
    });
    this.changes.announce([done.change]);
    const manager = this.dataSource.manager;
    const days = await loadDaySlots(manager, eventId);
    const meetings = await manager.findBy(Meeting, { id: In(done.meetingIds.length > 0 ? done.meetingIds : ['00000000-0000-0000-0000-000000000000']) });
    const people = await peopleOf(manager, meetings);
    return meetings.map((meeting) => dayMeeting(meeting, people, days));
  }

  private async findMeeting(manager: EntityManager, eventId: string, meetingId: string): Promise<Meeting> {
    const meeting = await manager.findOne(Meeting, { where: { id: meetingId, eventId }, lock: { mode: 'pessimistic_write' } });
    if (!meeting || !meeting.slotId) throw notFound('Meeting');
    return meeting;
  }

  private async places(manager: EntityManager, eventId: string) {
    return new Map((await manager.find(EventTable, { where: { eventId } })).map((place) => [place.id, place]));
  }

  private async nameList(manager: EntityManager, meeting: Meeting, except: string[] = []): Promise<string[]> {
    const people = await manager.findBy(Participant, { id: In(meeting.participantIds.filter((id) => !except.includes(id))) });
    return people.map(personName);
  }

  private async names(manager: EntityManager, meeting: Meeting, except: string[] = []): Promise<string> {
    return (await this.nameList(manager, meeting, except)).join(' – ');
  }
}

function defaultSlots(days: DaySlots): Slot[] {
  const first = days.current ?? days.next ?? days.slots.at(-1);
  if (!first) return [];
  const index = days.slots.indexOf(first);
  return days.slots.slice(index, index + 2);
}

function closedIn(place: EventTable, slot: Slot, days: DaySlots): boolean {
  if (!place.closedFromSlotId) return false;
  const from = days.byId.get(place.closedFromSlotId);
  return !!from && from.startsAt <= slot.startsAt;
}

function describePlace(meeting: Meeting, places: Map<string, EventTable>, days: DaySlots, event: Event): string {
  const slot = days.byId.get(meeting.slotId!)!;
  return `${formatSlot(slot, event.timeZone)}, ${meeting.tableId ? (places.get(meeting.tableId)?.label ?? 'table') : 'online'}`;
}

/** Same kind first, then the nearest table number: people walk the least. */
function nearest(candidates: EventTable[], closed: EventTable): EventTable[] {
  const distance = (table: EventTable) => (table.kind === closed.kind ? 0 : 10_000) + Math.abs((table.number ?? 9_999) - (closed.number ?? 0));
  return [...candidates].sort((a, b) => distance(a) - distance(b));
}
