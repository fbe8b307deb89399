import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TableKind } from '@clustermeet/contracts';
import { BaseEntity } from './base.entity';
import { Participant } from './participant.entity';
import { Event } from './event.entity';

/** Where a meeting happens: a numbered table, an exhibitor's booth, a room, or online. */
export const MEETING_PLACEHOLDER = '{meeting}';

export function videoLinkFor(table: Pick<EventTable, 'videoLinkTemplate'>, meetingId: string): string | null {
  return table.videoLinkTemplate ? table.videoLinkTemplate.split(MEETING_PLACEHOLDER).join(meetingId) : null;
}

@Entity('event_table')
@Index(['eventId', 'number'], { unique: true, where: 'number IS NOT NULL' })
export class EventTable extends BaseEntity {
  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  @Column({ type: 'enum', enum: TableKind, enumName: 'table_kind' })
  kind: TableKind;

  @Column({ type: 'varchar', length: 120 })
  label: string;

  @Column({ type: 'int', nullable: true })
  number: number | null;

  @Column({ type: 'int', default: 2 })
  capacity: number;

  @Column({ type: 'uuid', nullable: true })
  exhibitorParticipantId: string | null;

  /** For online places: each meeting gets its own link, with {meeting} replaced by the meeting id. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  videoLinkTemplate: string | null;

  /** Unusable from this slot on (broken, room moved): its meetings were moved elsewhere. */
  @Column({ type: 'uuid', nullable: true })
  closedFromSlotId: string | null;

  @ManyToOne(() => Participant, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'exhibitor_participant_id' })
  exhibitor?: Participant;
}
