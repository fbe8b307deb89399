import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { MeetingFormat, MeetingRequestStatus } from '@clustermeet/contracts';
import { Event, Meeting, MeetingRequest, ScheduleEntry } from '@clustermeet/database';
import { INSTANCE_FORMAT, ScheduleInstance, ScheduleMeeting } from '@clustermeet/scheduler';
import { loadScheduleContext, ScheduleContext } from './schedule-context';

/** A high-priority request counts as much as two ordinary ones. */
export const HIGH_PRIORITY_WEIGHT = 2;

/** What a version's entry starts from before the solver places it. */
export interface EntrySeed {
  meetingId: string;
  requestId: string | null;
  participantIds: string[];
  weight: number;
  online: boolean;
  locked: boolean;
}

export interface ExportOptions {
  timeLimitMs: number;
  /** Locked meetings of this version keep their slot and table. */
  baseVersionId: string | null;
  /** Meetings already in participants' agendas keep their slot and table. */
  keepPublished: boolean;
}

export interface ExportedSchedule {
  context: ScheduleContext;
  instance: ScheduleInstance;
  seeds: Map<string, EntrySeed>;
}

/**
 * Turns an event into a solver instance (schedule-instance/1): accepted requests become meetings
 * (high priority weighs more), meetings booked directly, locked ones and, on request, published ones
 * are fixed. Ids are the database's, so the result maps straight back.
 */
@Injectable()
export class ScheduleExportService {
  async export(manager: EntityManager, event: Event, options: ExportOptions): Promise<ExportedSchedule> {
    const context = await loadScheduleContext(manager, event);
    const requests = await manager.find(MeetingRequest, { where: { eventId: event.id, status: MeetingRequestStatus.Accepted }, order: { createdAt: 'ASC' } });
    const meetings = await manager.find(Meeting, { where: { eventId: event.id, status: 'scheduled' } });
    const base = options.baseVersionId ? await manager.find(ScheduleEntry, { where: { versionId: options.baseVersionId } }) : [];
    const meetingOfRequest = new Map(meetings.filter((meeting) => meeting.requestId).map((meeting) => [meeting.requestId!, meeting]));
    const lockedByMeeting = new Map(base.filter((entry) => entry.locked).map((entry) => [entry.meetingId, entry]));
    // A re-run keeps the base version's meeting ids, so the drafts can be compared meeting by meeting.
    const baseByRequest = new Map(base.filter((entry) => entry.requestId).map((entry) => [entry.requestId!, entry]));

    const seeds = new Map<string, EntrySeed>();
    const instanceMeetings: ScheduleMeeting[] = [];
    const add = (seed: EntrySeed, fixed: ScheduleMeeting['fixed']) => {
      if (!seed.participantIds.every((id) => context.participants.has(id))) return;
      seeds.set(seed.meetingId, { ...seed, locked: seed.locked || Boolean(fixed) });
      instanceMeetings.push({ id: seed.meetingId, participants: seed.participantIds, weight: seed.weight, online: seed.online, fixed: fixed ?? null });
    };
    const fixedFor = (meetingId: string, existing: Meeting | undefined): ScheduleMeeting['fixed'] => {
      const lockedEntry = lockedByMeeting.get(meetingId);
      if (lockedEntry?.slotId) return { slot: lockedEntry.slotId, table: lockedEntry.tableId };
      // Booked directly by the two participants (self-booking): only they may move it.
      if (existing && existing.slotId && existing.scheduleVersionId === null) return { slot: existing.slotId, table: existing.tableId };
      if (existing && existing.slotId && options.keepPublished) return { slot: existing.slotId, table: existing.tableId };
      return null;
    };

    for (const request of requests) {
      const existing = meetingOfRequest.get(request.id);
      const meetingId = existing?.id ?? baseByRequest.get(request.id)?.meetingId ?? randomUUID();
      const participantIds = existing?.participantIds ?? [request.requesterId, request.recipientId, ...(request.colleagueId ? [request.colleagueId] : [])];
      const lockedEntry = lockedByMeeting.get(meetingId);
      const online = lockedEntry ? lockedEntry.online : existing ? existing.tableId === null : request.format === MeetingFormat.Online;
      add({ meetingId, requestId: request.id, participantIds, weight: request.highPriority ? HIGH_PRIORITY_WEIGHT : 1, online, locked: false }, fixedFor(meetingId, existing));
    }
    // Meetings placed by hand (no request) stay where they are.
    for (const meeting of meetings.filter((m) => !m.requestId && m.slotId)) {
      add({ meetingId: meeting.id, requestId: null, participantIds: meeting.participantIds, weight: 1, online: meeting.tableId === null, locked: true }, { slot: meeting.slotId!, table: meeting.tableId });
    }

    const involved = new Set(instanceMeetings.flatMap((meeting) => meeting.participants));
    const instance: ScheduleInstance = {
      format: INSTANCE_FORMAT,
      slots: context.slots.map((slot, index) => ({ id: slot.id, day: context.slotGroup[index], start: slot.startsAt.toISOString(), end: slot.endsAt.toISOString() })),
      tables: context.places.map((place) => ({ id: place.id, capacity: place.capacity })),
      participants: [...involved].map((id) => {
        const participant = context.participants.get(id)!;
        const unavailable = participant.unavailableSlotIds.filter((slotId) => context.slotIndex.has(slotId));
        return {
          id,
          ...(unavailable.length > 0 ? { unavailable } : {}),
          ...(context.maxMeetings.has(id) ? { maxMeetings: context.maxMeetings.get(id) } : {}),
          ...(context.boothOf.has(id) ? { table: context.boothOf.get(id)!.id } : {}),
        };
      }),
      meetings: instanceMeetings,
      settings: { requireAll: false, timeLimitMs: options.timeLimitMs },
    };
    return { context, instance, seeds };
  }
}
