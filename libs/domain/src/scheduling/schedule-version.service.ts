import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { MeetingRequest, Participant, ScheduleEntry, ScheduleVersion } from '@clustermeet/database';
import { Actor } from '../auth/actor';
import { EventAccessService, MANAGERS } from '../auth/event-access.service';
import { conflict, notFound } from '../common/errors';
import { placementProblems, recomputeMetrics, Target } from './placement-rules';
import { loadScheduleContext, personName, ScheduleContext } from './schedule-context';
import { SwapScheduleEntriesDto, UpdateScheduleEntryDto } from './schedule.dto';

const REMOVED_REASON = 'Taken out of the schedule by the organiser';

interface Editing {
  manager: EntityManager;
  version: ScheduleVersion;
  context: ScheduleContext;
  entries: ScheduleEntry[];
}

/**
 * Reading and editing schedule versions. Every edit is checked against the rules the solver
 * obeys and runs with the version row locked, so two organisers editing at once cannot break it.
 */
@Injectable()
export class ScheduleVersionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
  ) {}

  async list(actor: Actor, eventId: string) {
    await this.access.requireStaff(actor, eventId, MANAGERS);
    const versions = await this.dataSource.manager.find(ScheduleVersion, { where: { eventId }, order: { number: 'DESC' } });
    return versions.map(summary);
  }

  async detail(actor: Actor, eventId: string, versionId: string) {
    const { event } = await this.access.requireStaff(actor, eventId, MANAGERS);
    const manager = this.dataSource.manager;
    const version = await this.findVersion(manager, eventId, versionId);
    const context = await loadScheduleContext(manager, event);
    const entries = await manager.find(ScheduleEntry, { where: { versionId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const people = await this.people(manager, entries, context);
    const priority = await this.highPriority(manager, entries);
    return {
      version: summary(version),
      slots: context.slots.map((slot) => ({ id: slot.id, startsAt: slot.startsAt, endsAt: slot.endsAt, sessionName: context.sessionNames.get(slot.sessionId) ?? '' })),
      places: [...context.places, ...(context.onlinePlace ? [context.onlinePlace] : [])].map((place) => ({
        id: place.id, label: place.label, number: place.number, kind: place.kind, capacity: place.capacity,
      })),
      entries: entries.map((entry) => entryView(entry, people, priority)),
    };
  }

  /** Every slot × place (and online) with whether the meeting may go there, why not, and a possible swap. */
  async targets(actor: Actor, eventId: string, versionId: string, entryId: string) {
    const { event } = await this.access.requireStaff(actor, eventId, MANAGERS);
    const manager = this.dataSource.manager;
    const version = await this.findVersion(manager, eventId, versionId);
    const context = await loadScheduleContext(manager, event);
    const entries = await manager.find(ScheduleEntry, { where: { versionId: version.id } });
    const entry = entries.find((candidate) => candidate.id === entryId);
    if (!entry) throw notFound('Meeting in this schedule version');
    const targets: Array<Target & { ok: boolean; reasons: string[]; swapWithEntryId: string | null }> = [];
    const placeTargets: Array<{ tableId: string | null; online: boolean }> = [
      ...context.places.map((place) => ({ tableId: place.id, online: false })),
      ...(context.onlinePlace ? [{ tableId: null, online: true }] : []),
    ];
    for (const slot of context.slots) {
      for (const place of placeTargets) {
        const target = { slotId: slot.id, ...place };
        const reasons = placementProblems(context, entries, entry, target, new Set([entry.id]));
        const occupant = place.online ? undefined : entries.find((other) => other.id !== entry.id && other.slotId === slot.id && other.tableId === place.tableId && !other.online);
        const swapWithEntryId = occupant && !occupant.locked && entry.slotId !== null && this.swapProblems(context, entries, entry, occupant).length === 0 ? occupant.id : null;
        targets.push({ ...target, ok: reasons.length === 0, reasons, swapWithEntryId });
      }
    }
    return { targets };
  }

  async update(actor: Actor, eventId: string, versionId: string, entryId: string, input: UpdateScheduleEntryDto) {
    return this.edit(actor, eventId, versionId, async ({ manager, context, entries }) => {
      const entry = entries.find((candidate) => candidate.id === entryId);
      if (!entry) throw notFound('Meeting in this schedule version');
      const moves = input.slotId !== undefined || input.tableId !== undefined || input.online !== undefined;
      if (moves && entry.locked && input.locked !== false) throw conflict('This meeting is locked: unlock it before moving it', { reasons: ['The meeting is locked'] });
      if (input.slotId === null) {
        Object.assign(entry, { slotId: null, tableId: null, locked: false, unscheduledReason: REMOVED_REASON });
      } else if (moves) {
        const online = input.online ?? (input.tableId === undefined ? entry.online : false);
        const slotId = input.slotId ?? entry.slotId;
        if (!slotId) throw conflict('Choose a slot for this meeting', { reasons: ['No slot given'] });
        const tableId = online ? null : (input.tableId ?? this.firstFreePlace(context, entries, entry, slotId));
        const target = { slotId, tableId, online };
        const reasons = placementProblems(context, entries, entry, target, new Set([entry.id]));
        if (reasons.length > 0) throw conflict('The meeting cannot go there', { reasons });
        Object.assign(entry, { ...target, unscheduledReason: null });
      }
      if (input.locked !== undefined) {
        if (input.locked && entry.slotId === null) throw conflict('Only a scheduled meeting can be locked', { reasons: ['The meeting is not in the schedule'] });
        entry.locked = input.locked;
      }
      await manager.save(entry);
      return [entry];
    }).then((entries) => entries[0]);
  }

  async swap(actor: Actor, eventId: string, versionId: string, input: SwapScheduleEntriesDto) {
    const entries = await this.edit(actor, eventId, versionId, async ({ manager, context, entries: all }) => {
      const [a, b] = input.entryIds.map((id) => all.find((entry) => entry.id === id));
      if (!a || !b) throw notFound('Meeting in this schedule version');
      if (a.id === b.id) throw conflict('Choose two different meetings to swap', { reasons: ['The same meeting was given twice'] });
      if (a.locked || b.locked) throw conflict('A locked meeting cannot be swapped: unlock it first', { reasons: ['A meeting is locked'] });
      if (a.slotId === null || b.slotId === null) throw conflict('Only scheduled meetings can be swapped', { reasons: ['A meeting is not in the schedule'] });
      const reasons = this.swapProblems(context, all, a, b);
      if (reasons.length > 0) throw conflict('These meetings cannot be swapped', { reasons });
      const placeA = { slotId: a.slotId, tableId: a.tableId, online: a.online };
      Object.assign(a, { slotId: b.slotId, tableId: b.tableId, online: b.online });
      Object.assign(b, placeA);
      await manager.save([a, b]);
      return [a, b];
    });
    return { entries };
  }

  private swapProblems(context: ScheduleContext, entries: ScheduleEntry[], a: ScheduleEntry, b: ScheduleEntry): string[] {
    const ignore = new Set([a.id, b.id]);
    const toB = placementProblems(context, entries, a, { slotId: b.slotId!, tableId: b.tableId, online: b.online }, ignore);
    const toA = placementProblems(context, entries, b, { slotId: a.slotId!, tableId: a.tableId, online: a.online }, ignore);
    return [...toB, ...toA];
  }

  private firstFreePlace(context: ScheduleContext, entries: ScheduleEntry[], entry: ScheduleEntry, slotId: string): string | null {
    const ignore = new Set([entry.id]);
    const fits = context.places.find((place) => placementProblems(context, entries, entry, { slotId, tableId: place.id, online: false }, ignore).length === 0);
    return fits?.id ?? context.places[0]?.id ?? null;
  }

  /** Runs an edit of a draft with its version row locked, then refreshes the version's figures. */
  private async edit(actor: Actor, eventId: string, versionId: string, change: (editing: Editing) => Promise<ScheduleEntry[]>) {
    const { event } = await this.access.requireStaff(actor, eventId, MANAGERS);
    const changed = await this.dataSource.transaction(async (manager) => {
      const version = await this.findVersion(manager, eventId, versionId, true);
      if (version.status !== 'draft') throw conflict(`Version ${version.number} is ${version.status}; only drafts can be edited. Run the scheduler again for a new draft`, { reasons: ['The version is not a draft'] });
      const context = await loadScheduleContext(manager, event);
      const entries = await manager.find(ScheduleEntry, { where: { versionId } });
      const result = await change({ manager, version, context, entries });
      version.metrics = recomputeMetrics(context, entries, version.metrics);
      await manager.save(version);
      return { result, context };
    });
    const manager = this.dataSource.manager;
    const entries = changed.result;
    const people = await this.people(manager, entries, changed.context);
    const priority = await this.highPriority(manager, entries);
    return entries.map((entry) => entryView(entry, people, priority));
  }

  private async findVersion(manager: EntityManager, eventId: string, versionId: string, lock = false): Promise<ScheduleVersion> {
    const version = await manager.findOne(ScheduleVersion, { where: { id: versionId, eventId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!version) throw notFound('Schedule version');
    return version;
  }

  /** Names of everyone in the entries, validated or not (someone may have been rejected since the run). */
  private async people(manager: EntityManager, entries: ScheduleEntry[], context: ScheduleContext): Promise<Map<string, Participant>> {
    const ids = [...new Set(entries.flatMap((entry) => entry.participantIds))];
    const missing = ids.filter((id) => !context.participants.has(id));
    const extra = missing.length > 0 ? await manager.findBy(Participant, { id: In(missing) }) : [];
    return new Map([...context.participants, ...extra.map((participant) => [participant.id, participant] as const)]);
  }

  private async highPriority(manager: EntityManager, entries: ScheduleEntry[]): Promise<Set<string>> {
    const ids = entries.map((entry) => entry.requestId).filter((id): id is string => Boolean(id));
    if (ids.length === 0) return new Set();
    const rows = await manager.find(MeetingRequest, { where: { id: In(ids), highPriority: true }, select: { id: true } });
    return new Set(rows.map((row) => row.id));
  }
}

export function summary(version: ScheduleVersion) {
  return {
    id: version.id,
    number: version.number,
    status: version.status,
    createdAt: version.createdAt,
    publishedAt: version.publishedAt,
    metrics: version.metrics,
    baseVersionId: version.baseVersionId,
  };
}

function entryView(entry: ScheduleEntry, people: Map<string, Participant>, highPriority: Set<string>) {
  return {
    id: entry.id,
    meetingId: entry.meetingId,
    requestId: entry.requestId,
    participants: entry.participantIds.map((id) => {
      const participant = people.get(id);
      return {
        id,
        name: participant ? personName(participant) : '',
        organisationName: participant?.organisation.name ?? '',
        country: participant?.organisation.country ?? '',
      };
    }),
    slotId: entry.slotId,
    tableId: entry.tableId,
    online: entry.online,
    locked: entry.locked,
    weight: entry.weight,
    highPriority: entry.requestId ? highPriority.has(entry.requestId) : false,
    unscheduledReason: entry.unscheduledReason,
  };
}
