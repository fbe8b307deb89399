import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from './base.entity';
import { Event } from './event.entity';

/** A kind of participant (company, research, investor…) with its quotas and whom it may meet. */
@Entity('participant_type')
@Index(['eventId', 'name'], { unique: true })
export class ParticipantType extends BaseEntity {
  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'int', nullable: true })
  maxRequests: number | null;

  @Column({ type: 'int', nullable: true })
  maxMeetings: number | null;

  /** Kept symmetric by the service: if A may meet B, B may meet A. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  canMeet: string[];
}
