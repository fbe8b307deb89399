import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { DayChangeKind, DayChangePayload, LiveRoom } from '@clustermeet/contracts';
import { EventChange, EventMember, Meeting, Participant, User } from '@clustermeet/database';
import { Actor } from '../auth/actor';
import { LiveUpdatesService } from '../live/live-updates.service';

export interface ChangeToRecord {
  kind: DayChangeKind;
  summary: string;
  meetingIds?: string[];
  participantIds?: string[];
  details?: Record<string, unknown>;
}

const MAX_PAGE = 500;

/**
 * Numbers and records every event-day change in the transaction that makes it, then tells the desk
 * and the participants concerned. The number comes from a counter on the event row, so numbers have
 * no gaps and a browser that missed some can ask for exactly those.
 */
@Injectable()
export class EventChangeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly live: LiveUpdatesService,
  ) {}

  async record(manager: EntityManager, eventId: string, actor: Actor, change: ChangeToRecord): Promise<DayChangePayload> {
    // Wrapped in a SELECT so the driver hands back rows rather than an UPDATE's [rows, count].
    const [{ change_seq: seq }] = (await manager.query('WITH bumped AS (UPDATE event SET change_seq = change_seq + 1 WHERE id = $1 RETURNING change_seq) SELECT change_seq FROM bumped', [eventId])) as Array<{ change_seq: number }>;
    const meetingIds = [...new Set(change.meetingIds ?? [])];
    const participantIds = [...new Set(change.participantIds ?? [])];
    const who = await this.actorFields(manager, eventId, actor);
    await manager.save(manager.create(EventChange, { eventId, seq, kind: change.kind, summary: change.summary.slice(0, 500), meetingIds, participantIds, details: change.details ?? {}, ...who }));
    if (meetingIds.length > 0) await manager.update(Meeting, { id: In(meetingIds) }, { changeSeq: seq });
    return { eventId, seq, kind: change.kind, meetingIds, participantIds };
  }

  /** Call after the transaction has committed. */
  announce(changes: DayChangePayload[]): void {
    for (const change of changes) {
      this.live.emit(LiveRoom.eventDesk(change.eventId), 'day:changed', change);
      for (const participantId of change.participantIds) this.live.emit(LiveRoom.participant(participantId), 'day:changed', change);
    }
  }

  /** Everything after `after`; for a participant only what concerns them. */
  async list(eventId: string, after: number, limit: number, participantId?: string) {
    const query = this.dataSource.manager
      .createQueryBuilder(EventChange, 'c')
      .where('c.event_id = :eventId AND c.seq > :after', { eventId, after })
      .orderBy('c.seq', 'ASC')
      .limit(Math.min(Math.max(limit, 1), MAX_PAGE));
    if (participantId) query.andWhere(':participantId = ANY(c.participant_ids)', { participantId });
    const [rows, last] = await Promise.all([
      query.getMany(),
      this.dataSource.manager.query('SELECT change_seq FROM event WHERE id = $1', [eventId]) as Promise<Array<{ change_seq: number }>>,
    ]);
    return {
      lastSeq: last[0]?.change_seq ?? 0,
      changes: rows.map((row) => ({ seq: row.seq, at: row.createdAt, kind: row.kind, actor: row.actorLabel, summary: row.summary, meetingIds: row.meetingIds, participantIds: row.participantIds })),
    };
  }

  private async actorFields(manager: EntityManager, eventId: string, actor: Actor) {
    if (actor.kind === 'participant') {
      const participant = await manager.findOne(Participant, { where: { id: actor.participantId }, select: { id: true, firstName: true, lastName: true } });
      return { actorUserId: null, actorParticipantId: actor.participantId, actorLabel: `${participant?.firstName ?? ''} ${participant?.lastName ?? ''} (participant)`.trim() };
    }
    const user = await manager.findOne(User, { where: { id: actor.userId }, select: { id: true, name: true } });
    const member = await manager.findOne(EventMember, { where: { eventId, userId: actor.userId }, select: { id: true, role: true } });
    return { actorUserId: actor.userId, actorParticipantId: null, actorLabel: `${user?.name ?? 'Staff'} (${(member?.role ?? 'staff').replace('_', '-')})` };
  }
}
