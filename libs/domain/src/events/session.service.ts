import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { EventRole } from '@clustermeet/contracts';
import { Session, Slot } from '@clustermeet/database';
import { Actor } from '../auth/actor';
import { ALL_STAFF, EventAccessService } from '../auth/event-access.service';
import { notFound } from '../common/errors';
import { refuseIfMeetings } from './affected-meetings';
import { CreateSessionDto, UpdateSessionDto } from './venue.dto';

const MAX_SESSION_HOURS = 16;
const MINUTE = 60_000;

export interface SlotTimes {
  startsAt: Date;
  endsAt: Date;
}

/** Cuts a session into slots of slotMinutes, with pauseMinutes between them; a last short slot is dropped. */
export function cutIntoSlots(startsAt: Date, endsAt: Date, slotMinutes: number, pauseMinutes: number): SlotTimes[] {
  const slots: SlotTimes[] = [];
  for (let start = startsAt.getTime(); start + slotMinutes * MINUTE <= endsAt.getTime(); start += (slotMinutes + pauseMinutes) * MINUTE) {
    slots.push({ startsAt: new Date(start), endsAt: new Date(start + slotMinutes * MINUTE) });
  }
  return slots;
}

@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
  ) {}

  async list(actor: Actor, eventId: string) {
    await this.access.requireStaff(actor, eventId, ALL_STAFF);
    return this.sessions.find({ where: { eventId }, relations: { slots: true }, order: { startsAt: 'ASC', slots: { startsAt: 'ASC' } } });
  }

  async create(actor: Actor, eventId: string, input: CreateSessionDto) {
    await this.access.requireStaff(actor, eventId, [EventRole.Organiser]);
    const times = this.checkTimes(new Date(input.startsAt), new Date(input.endsAt), input.slotMinutes, input.pauseMinutes ?? 0);
    return this.dataSource.transaction(async (manager) => {
      await this.refuseOverlap(manager, eventId, times.startsAt, times.endsAt);
      const session = await manager.save(manager.create(Session, { eventId, name: input.name, ...times, slotMinutes: input.slotMinutes, pauseMinutes: input.pauseMinutes ?? 0 }));
      session.slots = await manager.save(times.slots.map((slot) => manager.create(Slot, { eventId, sessionId: session.id, ...slot })));
      return session;
    });
  }

  /** Re-cuts the slots; slots whose times stay the same keep their id (and their meetings). */
  async update(actor: Actor, eventId: string, sessionId: string, input: UpdateSessionDto) {
    await this.access.requireStaff(actor, eventId, [EventRole.Organiser]);
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.findOne(Session, { where: { id: sessionId, eventId }, relations: { slots: true }, lock: { mode: 'pessimistic_write', tables: ['session'] } });
      if (!session) throw notFound('Session');
      const slotMinutes = input.slotMinutes ?? session.slotMinutes;
      const pauseMinutes = input.pauseMinutes ?? session.pauseMinutes;
      const times = this.checkTimes(input.startsAt ? new Date(input.startsAt) : session.startsAt, input.endsAt ? new Date(input.endsAt) : session.endsAt, slotMinutes, pauseMinutes);
      await this.refuseOverlap(manager, eventId, times.startsAt, times.endsAt, session.id);
      const key = (slot: SlotTimes) => `${slot.startsAt.getTime()}-${slot.endsAt.getTime()}`;
      const wanted = new Set(times.slots.map(key));
      const existing = session.slots ?? [];
      const removed = existing.filter((slot) => !wanted.has(key(slot)));
      await refuseIfMeetings(manager, { slotIds: removed.map((slot) => slot.id) }, 'change this session’s slots');
      await this.removeSlots(manager, removed.map((slot) => slot.id));
      const kept = new Set(existing.filter((slot) => wanted.has(key(slot))).map(key));
      await manager.save(times.slots.filter((slot) => !kept.has(key(slot))).map((slot) => manager.create(Slot, { eventId, sessionId, ...slot })));
      Object.assign(session, { name: input.name ?? session.name, startsAt: times.startsAt, endsAt: times.endsAt, slotMinutes, pauseMinutes });
      delete session.slots;
      await manager.save(session);
      return manager.findOneOrFail(Session, { where: { id: sessionId }, relations: { slots: true }, order: { slots: { startsAt: 'ASC' } } });
    });
  }

  async remove(actor: Actor, eventId: string, sessionId: string): Promise<void> {
    await this.access.requireStaff(actor, eventId, [EventRole.Organiser]);
    await this.dataSource.transaction(async (manager) => {
      const session = await manager.findOne(Session, { where: { id: sessionId, eventId }, relations: { slots: true } });
      if (!session) throw notFound('Session');
      const slotIds = (session.slots ?? []).map((slot) => slot.id);
      await refuseIfMeetings(manager, { slotIds }, 'delete this session');
      await this.removeSlots(manager, slotIds);
      await manager.delete(Session, { id: sessionId });
    });
  }

  private async removeSlots(manager: EntityManager, slotIds: string[]): Promise<void> {
    if (slotIds.length === 0) return;
    // Availability refers to slots by id; forget the ones that no longer exist.
    await manager.query(
      `UPDATE participant SET unavailable_slot_ids = ARRAY(SELECT unnest(unavailable_slot_ids) EXCEPT SELECT unnest($1::uuid[]))
       WHERE unavailable_slot_ids && $1::uuid[]`,
      [slotIds],
    );
    await manager.delete(Slot, { id: In(slotIds) });
  }

  private checkTimes(startsAt: Date, endsAt: Date, slotMinutes: number, pauseMinutes: number) {
    if (endsAt <= startsAt) throw new BadRequestException('endsAt must be after startsAt');
    if (endsAt.getTime() - startsAt.getTime() > MAX_SESSION_HOURS * 3_600_000) {
      throw new BadRequestException(`a session may last at most ${MAX_SESSION_HOURS} hours; add one session per day`);
    }
    const slots = cutIntoSlots(startsAt, endsAt, slotMinutes, pauseMinutes);
    if (slots.length === 0) throw new BadRequestException(`the session is shorter than one ${slotMinutes}-minute slot`);
    return { startsAt, endsAt, slots };
  }

  private async refuseOverlap(manager: EntityManager, eventId: string, startsAt: Date, endsAt: Date, exceptId?: string) {
    const query = manager
      .createQueryBuilder(Session, 'session')
      .where('session.eventId = :eventId AND session.startsAt < :endsAt AND session.endsAt > :startsAt', { eventId, startsAt, endsAt });
    if (exceptId) query.andWhere('session.id <> :exceptId', { exceptId });
    const other = await query.getOne();
    if (other) throw new BadRequestException(`this session overlaps the session "${other.name}"`);
  }
}
