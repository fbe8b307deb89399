import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ParticipantStatus } from '@clustermeet/contracts';
import { EventTable, Meeting, MeetingSeat, Participant } from '@clustermeet/database';
import { Actor } from '../auth/actor';
import { ALL_STAFF, EventAccessService } from '../auth/event-access.service';
import { formatSlot } from '../matchmaking/meeting-placement.service';
import { EventChangeService } from './event-change.service';
import { absentIn, DaySlots, dayMeeting, LATE_WITHIN_MINUTES, loadDaySlots, peopleOf, personName, requireSlot } from './day-views';
import { DayParticipantQueryDto } from './event-day.dto';

/** Who is here: check-in at the desk (search or QR code) or from the phone, and absences. */
@Injectable()
export class AttendanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    private readonly changes: EventChangeService,
  ) {}

  async list(actor: Actor, eventId: string, query: DayParticipantQueryDto) {
    await this.access.requireStaff(actor, eventId, ALL_STAFF);
    const manager = this.dataSource.manager;
    const days = await loadDaySlots(manager, eventId);
    const search = query.q?.trim();
    const builder = manager
      .createQueryBuilder(Participant, 'p')
      .where('p.event_id = :eventId AND p.status = :validated', { eventId, validated: ParticipantStatus.Validated })
      .orderBy('p.last_name')
      .addOrderBy('p.first_name');
    if (search) {
      builder.andWhere(`(p.first_name || ' ' || p.last_name || ' ' || p.organisation_name || ' ' || p.email) ILIKE :q`, { q: `%${search.replace(/[%_\\]/g, '\\$&')}%` });
    }
    const everyone = await builder.getMany();
    const rows = await this.rows(manager, days, everyone);
    const counts = {
      present: rows.filter((row) => row.checkedInAt && !row.absentAllDay).length,
      notArrived: rows.filter((row) => !row.checkedInAt && !row.absentAllDay).length,
      absent: rows.filter((row) => row.absentAllDay).length,
    };
    const filtered = rows.filter((row) => {
      switch (query.filter) {
        case 'present': return Boolean(row.checkedInAt) && !row.absentAllDay;
        case 'not-arrived': return !row.checkedInAt && !row.absentAllDay;
        case 'late': return row.late;
        case 'absent': return row.absentAllDay;
        case undefined: return true;
      }
    });
    return { counts, participants: filtered };
  }

  async checkIn(actor: Actor, eventId: string, participantId: string) {
    await this.access.requireStaff(actor, eventId, ALL_STAFF);
    return this.markArrived(actor, eventId, { id: participantId });
  }

  async checkInByCode(actor: Actor, eventId: string, code: string) {
    await this.access.requireStaff(actor, eventId, ALL_STAFF);
    // Scanners type what the QR code holds (the desk link with ?code=…); people type the code from the paper.
    const linked = /[?&]code=([A-Za-z0-9]+)/.exec(code)?.[1];
    const normalised = (linked ?? code.trim().replace(/^.*[/:]/, '')).toUpperCase();
    return this.markArrived(actor, eventId, { checkInCode: normalised }, 'No participant with this code');
  }

  async selfCheckIn(actor: Actor) {
    const me = this.access.requireParticipant(actor);
    const row = await this.markArrived(actor, me.eventId, { id: me.participantId });
    return { checkedInAt: row.checkedInAt };
  }

  /** On the standby list, a participant is offered to others whose partner did not come. */
  async setStandby(actor: Actor, standby: boolean, eventId?: string, participantId?: string) {
    const target = actor.kind === 'participant' ? this.access.requireParticipant(actor) : { eventId: eventId!, participantId: participantId! };
    if (actor.kind !== 'participant') await this.access.requireStaff(actor, target.eventId, ALL_STAFF);
    const result = await this.dataSource.manager.update(Participant, { id: target.participantId, eventId: target.eventId, status: ParticipantStatus.Validated }, { standby });
    if (!result.affected) throw new NotFoundException('Participant not found');
    return { standby };
  }

  /** Absent for one slot's meeting, or for the rest of the day: the meetings are off and partners free. */
  async markAbsent(actor: Actor, eventId: string, participantId: string, slotId?: string) {
    const { event } = await this.access.requireStaff(actor, eventId, ALL_STAFF);
    const { change, participant, affected, days } = await this.dataSource.transaction(async (manager) => {
      const days = await loadDaySlots(manager, eventId);
      const participant = await this.findParticipant(manager, eventId, { id: participantId });
      const from = slotId ? requireSlot(days, slotId) : (days.current ?? days.next);
      const meetings = await manager
        .createQueryBuilder(Meeting, 'm')
        .innerJoin('slot', 's', 's.id = m.slot_id')
        .where('m.event_id = :eventId AND m.status = :scheduled AND :id = ANY(m.participant_ids)', { eventId, scheduled: 'scheduled', id: participantId })
        .andWhere(slotId ? 's.id = :slotId' : 's.starts_at >= :from', { slotId, from: from?.startsAt ?? new Date() })
        .getMany();
      if (!slotId) await manager.update(Participant, { id: participantId }, { absentFromSlotId: from?.id ?? days.slots.at(-1)?.id ?? null });
      for (const meeting of meetings) await this.markMeetingNoShow(manager, meeting, [participantId]);
      const partners = meetings.flatMap((meeting) => meeting.participantIds).filter((id) => id !== participantId);
      const when = slotId ? `for the meeting at ${formatSlot(from!, event.timeZone)}` : 'for the rest of the day';
      const change = await this.changes.record(manager, eventId, actor, {
        kind: 'absent',
        summary: `${personName(participant)} marked absent ${when}; ${meetings.length} meeting(s) off`,
        meetingIds: meetings.map((meeting) => meeting.id),
        participantIds: [participantId, ...partners],
        details: { slotId: slotId ?? null, allDay: !slotId },
      });
      return { change, participant: await this.findParticipant(manager, eventId, { id: participantId }), affected: await manager.findBy(Meeting, { id: In(meetings.map((m) => m.id)) }), days };
    });
    this.changes.announce([change]);
    const people = await peopleOf(this.dataSource.manager, affected);
    return { participant: (await this.rows(this.dataSource.manager, days, [participant]))[0], affectedMeetings: affected.map((meeting) => dayMeeting(meeting, people, days)) };
  }

  /** Marks who did not come; the others' seats are freed so they can be rebooked in that slot. */
  async markMeetingNoShow(manager: EntityManager, meeting: Meeting, absentIds: string[]): Promise<void> {
    const absent = [...new Set([...meeting.absentParticipantIds, ...absentIds])];
    await manager.update(Meeting, { id: meeting.id }, { status: 'no_show', absentParticipantIds: absent, sequence: meeting.sequence + 1 });
    await manager.delete(MeetingSeat, { meetingId: meeting.id });
  }

  async rows(manager: EntityManager, days: DaySlots, people: Participant[]) {
    if (people.length === 0) return [];
    const ids = people.map((person) => person.id);
    const now = new Date();
    const upcoming = days.slots.filter((slot) => slot.endsAt > now);
    const seats = await manager.find(MeetingSeat, { where: { participantId: In(ids), slotId: In(upcoming.map((slot) => slot.id).concat('00000000-0000-0000-0000-000000000000')) } });
    const meetings = seats.length > 0 ? await manager.findBy(Meeting, { id: In([...new Set(seats.map((seat) => seat.meetingId))]) }) : [];
    const meetingById = new Map(meetings.map((meeting) => [meeting.id, meeting]));
    const places = new Map((await manager.find(EventTable, { where: { eventId: people[0].eventId } })).map((place) => [place.id, place]));
    return people.map((person) => {
      const mine = seats.filter((seat) => seat.participantId === person.id).map((seat) => meetingById.get(seat.meetingId)).filter((m): m is Meeting => Boolean(m));
      const nextMeeting = mine.sort((a, b) => days.byId.get(a.slotId!)!.startsAt.getTime() - days.byId.get(b.slotId!)!.startsAt.getTime())[0];
      const nextSlot = nextMeeting ? days.byId.get(nextMeeting.slotId!)! : null;
      const absentAllDay = Boolean(person.absentFromSlotId);
      const busy = new Set(mine.map((meeting) => meeting.slotId));
      return {
        id: person.id,
        name: personName(person),
        organisationName: person.organisation.name,
        country: person.organisation.country,
        email: person.email,
        checkedInAt: person.checkedInAt,
        absentFromSlotId: person.absentFromSlotId,
        absentAllDay,
        nextMeeting: nextMeeting && nextSlot ? { meetingId: nextMeeting.id, slotId: nextSlot.id, startsAt: nextSlot.startsAt, placeLabel: nextMeeting.tableId ? (places.get(nextMeeting.tableId)?.label ?? null) : null } : null,
        late: !person.checkedInAt && !absentAllDay && !!nextSlot && nextSlot.startsAt.getTime() - now.getTime() <= LATE_WITHIN_MINUTES * 60_000,
        freeSlotIds: upcoming.filter((slot) => !busy.has(slot.id) && !absentIn(person, slot, days)).map((slot) => slot.id),
      };
    });
  }

  private async markArrived(actor: Actor, eventId: string, where: { id: string } | { checkInCode: string }, missing = 'Participant not found') {
    const { participant, change } = await this.dataSource.transaction(async (manager) => {
      const participant = await this.findParticipant(manager, eventId, where, missing);
      // Checking in twice keeps the first time: a second scan at the desk is not an error.
      if (participant.checkedInAt) return { participant, change: null };
      participant.checkedInAt = new Date();
      await manager.update(Participant, { id: participant.id }, { checkedInAt: participant.checkedInAt });
      const change = await this.changes.record(manager, eventId, actor, { kind: 'check-in', summary: `${personName(participant)} checked in`, participantIds: [participant.id] });
      return { participant, change };
    });
    if (change) this.changes.announce([change]);
    const days = await loadDaySlots(this.dataSource.manager, eventId);
    return (await this.rows(this.dataSource.manager, days, [participant]))[0];
  }

  private async findParticipant(manager: EntityManager, eventId: string, where: { id: string } | { checkInCode: string }, missing = 'Participant not found'): Promise<Participant> {
    const participant = await manager.findOneBy(Participant, { ...where, eventId, status: ParticipantStatus.Validated });
    if (!participant) throw new NotFoundException(missing);
    return participant;
  }
}

