import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { LiveRoom } from '@clustermeet/contracts';
import { Event, Meeting, MeetingSeat, OutboxEmail, ScheduleEntry, ScheduleVersion, videoLinkFor } from '@clustermeet/database';
import { Actor } from '../auth/actor';
import { EventAccessService, MANAGERS } from '../auth/event-access.service';
import { conflict, isUniqueViolation, notFound } from '../common/errors';
import { LiveUpdatesService } from '../live/live-updates.service';
import { OutboxService } from '../email/outbox.service';
import { AgendaService } from '../agendas/agenda.service';
import { loadScheduleContext } from './schedule-context';
import { summary } from './schedule-version.service';

export interface PublishChanges {
  created: number;
  moved: number;
  cancelled: number;
  unchanged: number;
  emailsQueued: number;
}

/**
 * Publishing turns a draft into the meetings everyone sees, atomically: meetings keep their ids
 * across versions (so calendar entries keep their UID), a moved meeting's SEQUENCE goes up, a dropped
 * one is cancelled, and everyone whose agenda changed gets it by email in the same transaction.
 */
@Injectable()
export class SchedulePublishService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    private readonly outbox: OutboxService,
    private readonly agendas: AgendaService,
    private readonly live: LiveUpdatesService,
  ) {}

  async publish(actor: Actor, eventId: string, versionId: string) {
    const { event } = await this.access.requireStaff(actor, eventId, MANAGERS);
    const userId = actor.kind === 'staff' ? actor.userId : null;
    let outcome: { version: ScheduleVersion; changes: PublishChanges; emails: OutboxEmail[] };
    try {
      outcome = await this.dataSource.transaction(async (manager) => {
        await manager.query('SELECT id FROM event WHERE id = $1 FOR UPDATE', [eventId]);
        const version = await manager.findOneBy(ScheduleVersion, { id: versionId, eventId });
        if (!version) throw notFound('Schedule version');
        if (version.status !== 'draft') throw conflict(`Version ${version.number} is ${version.status}; only a draft can be published`);
        const { changes, affected, firstPublication } = await this.applyVersion(manager, event, version);
        await manager.update(ScheduleVersion, { eventId, status: 'published' }, { status: 'superseded' });
        Object.assign(version, { status: 'published', publishedAt: new Date(), publishedByUserId: userId });
        await manager.save(version);
        const emails = await this.agendas.writeAgendaEmails(manager, event, { version: version.number, update: !firstPublication }, affected);
        return { version, changes: { ...changes, emailsQueued: emails.length }, emails };
      });
    } catch (error) {
      // A meeting booked directly since the draft was computed took a seat or table the draft uses.
      if (isUniqueViolation(error)) throw conflict('Meetings were booked since this draft was computed and clash with it; run the scheduler again');
      throw error;
    }
    await this.outbox.dispatch(outcome.emails);
    const payload = { eventId, versionId, number: outcome.version.number };
    this.live.emit(LiveRoom.eventStaff(eventId), 'schedule:published', payload);
    this.live.emit(LiveRoom.eventParticipants(eventId), 'schedule:published', payload);
    return { version: summary(outcome.version), changes: outcome.changes };
  }

  /** Writes the version into meetings and seats; returns who must hear about it and which of their meetings were cancelled. */
  private async applyVersion(manager: EntityManager, event: Event, version: ScheduleVersion) {
    const eventId = event.id;
    const entries = (await manager.find(ScheduleEntry, { where: { versionId: version.id } })).filter((entry) => entry.slotId !== null);
    const current = await manager.find(Meeting, { where: { eventId, status: 'scheduled' } });
    const byId = new Map(current.map((meeting) => [meeting.id, meeting]));
    const inVersion = new Set(entries.map((entry) => entry.meetingId));
    const changes = { created: 0, moved: 0, cancelled: 0, unchanged: 0 };
    const affected = new Map<string, string[]>();
    const touch = (participantIds: string[], cancelledMeetingId?: string) => {
      for (const id of participantIds) {
        const list = affected.get(id) ?? [];
        if (cancelledMeetingId) list.push(cancelledMeetingId);
        affected.set(id, list);
      }
    };

    // Meetings booked directly (never published) and not in the draft stay as they are.
    const dropped = current.filter((meeting) => !inVersion.has(meeting.id) && meeting.scheduleVersionId !== null);
    const kept = entries.filter((entry) => byId.has(entry.meetingId));
    const ownedIds = [...dropped, ...kept.map((entry) => byId.get(entry.meetingId)!)].map((meeting) => meeting.id);
    if (ownedIds.length > 0) {
      await manager.delete(MeetingSeat, { meetingId: In(ownedIds) });
      // Frees tables first, so meetings that trade places do not trip the (table, slot) key midway.
      await manager.update(Meeting, { id: In(ownedIds) }, { tableId: null, slotId: null });
    }
    for (const meeting of dropped) {
      await manager.update(Meeting, { id: meeting.id }, { status: 'cancelled', sequence: meeting.sequence + 1, slotId: meeting.slotId, tableId: meeting.tableId });
      changes.cancelled++;
      for (const id of meeting.participantIds) touch([id], meeting.id);
    }

    const context = await loadScheduleContext(manager, event);
    const seats: Array<{ meetingId: string; participantId: string; slotId: string }> = [];
    for (const entry of entries) {
      const existing = byId.get(entry.meetingId);
      const videoLink = entry.online && context.onlinePlace ? videoLinkFor(context.onlinePlace, entry.meetingId) : null;
      const place = { slotId: entry.slotId, tableId: entry.online ? null : entry.tableId, videoLink, scheduleVersionId: version.id };
      if (!existing) {
        await manager.insert(Meeting, { id: entry.meetingId, eventId, participantIds: entry.participantIds, requestId: entry.requestId, status: 'scheduled', sequence: 0, ...place });
        changes.created++;
        touch(entry.participantIds);
      } else {
        const moved = existing.slotId !== place.slotId || existing.tableId !== place.tableId || existing.videoLink !== place.videoLink;
        await manager.update(Meeting, { id: existing.id }, { ...place, sequence: existing.sequence + (moved ? 1 : 0) });
        if (moved) {
          changes.moved++;
          touch(entry.participantIds);
        } else changes.unchanged++;
      }
      for (const participantId of entry.participantIds) seats.push({ meetingId: entry.meetingId, participantId, slotId: entry.slotId! });
    }
    for (let i = 0; i < seats.length; i += 1_000) await manager.insert(MeetingSeat, seats.slice(i, i + 1_000));
    // The first publication goes to everyone with meetings, later ones only to those whose agenda changed.
    const firstPublication = !(await manager.existsBy(ScheduleVersion, { eventId, id: Not(version.id), publishedAt: Not(IsNull()) }));
    if (firstPublication) for (const entry of entries) touch(entry.participantIds);
    return { changes, affected, firstPublication };
  }
}
