import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from './base.entity';
import { Event } from './event.entity';
import { Slot } from './slot.entity';
import { EventTable } from './table.entity';

export type MeetingStatus = 'scheduled' | 'cancelled' | 'no_show';

/**
 * A meeting placed in a slot at a table. Matchmaking and scheduling fill this in; event set-up
 * reads it so that changing slots or tables never silently cancels a meeting.
 */
@Entity('meeting')
@Index(['eventId', 'slotId'])
/** One meeting per table and slot while scheduled; partial unique index written in the migration. */
@Index('meeting_table_slot_idx', { synchronize: false })
export class Meeting extends BaseEntity {
  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  @Column({ type: 'uuid', array: true })
  participantIds: string[];

  @Column({ type: 'uuid', nullable: true })
  slotId: string | null;

  @ManyToOne(() => Slot, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'slot_id' })
  slot?: Slot;

  @Column({ type: 'uuid', nullable: true })
  tableId: string | null;

  @ManyToOne(() => EventTable, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'table_id' })
  table?: EventTable;

  @Column({ type: 'varchar', length: 12, default: 'scheduled' })
  status: MeetingStatus;

  /** The request this meeting fulfils (null for meetings the organiser placed by hand). */
  @Column({ type: 'uuid', nullable: true })
  requestId: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  videoLink: string | null;

  /** iCalendar SEQUENCE: bumped whenever the time or place changes or the meeting is cancelled. */
  @Column({ type: 'int', default: 0 })
  sequence: number;

  /** The published schedule version that placed it last; null for meetings booked directly. */
  @Column({ type: 'uuid', nullable: true })
  scheduleVersionId: string | null;

  /** Who did not come (a no-show): the meeting did not happen and the others' seats are free again. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  absentParticipantIds: string[];

  /** The event-day change that touched it last, so agendas can highlight what changed. */
  @Column({ type: 'int', nullable: true })
  changeSeq: number | null;
}
