import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MeetingFormat, MeetingRequestStatus } from '@clustermeet/contracts';
import { BaseEntity } from './base.entity';
import { Event } from './event.entity';
import { Participant } from './participant.entity';
import { Slot } from './slot.entity';

/**
 * One participant asks another for a meeting. At most one open (pending or accepted) request per
 * pair, in either direction: a unique index on the ordered pair enforces it.
 */
@Entity('meeting_request')
@Index(['eventId', 'status'])
@Index(['recipientId', 'status'])
@Index(['requesterId', 'status'])
@Index('meeting_request_open_pair_idx', { synchronize: false })
export class MeetingRequest extends BaseEntity {
  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  @Column({ type: 'uuid' })
  requesterId: string;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requester_id' })
  requester?: Participant;

  @Column({ type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: Participant;

  /** A colleague from the requester's organisation who joins: a meeting of three. */
  @Column({ type: 'uuid', nullable: true })
  colleagueId: string | null;

  @ManyToOne(() => Participant, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'colleague_id' })
  colleague?: Participant;

  @Column({ type: 'varchar', length: 1000, default: '' })
  message: string;

  @Column({ type: 'enum', enum: MeetingFormat, enumName: 'meeting_format', default: MeetingFormat.Either })
  format: MeetingFormat;

  @Column({ type: 'boolean', default: false })
  highPriority: boolean;

  @Column({ type: 'enum', enum: MeetingRequestStatus, enumName: 'meeting_request_status', default: MeetingRequestStatus.Pending })
  status: MeetingRequestStatus;

  @Column({ type: 'varchar', length: 1000, default: '' })
  declineReason: string;

  /** Self-booking: the slot the requester proposed. */
  @Column({ type: 'uuid', nullable: true })
  proposedSlotId: string | null;

  @ManyToOne(() => Slot, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposed_slot_id' })
  proposedSlot?: Slot;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  reminderSentAt: Date | null;
}
