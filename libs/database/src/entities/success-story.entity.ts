import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from './base.entity';
import { Event } from './event.entity';
import { Meeting } from './meeting.entity';

export type SuccessStoryStatus = 'awaiting-consent' | 'published' | 'declined';

/**
 * A short case (who met, what came of it) for press and newsletters. Published only when every
 * participant of the meeting has agreed; one refusal keeps it unpublished.
 */
@Entity('success_story')
@Index(['eventId'])
export class SuccessStory extends BaseEntity {
  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Meeting;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 20, default: 'awaiting-consent' })
  status: SuccessStoryStatus;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  consentedParticipantIds: string[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  declinedParticipantIds: string[];

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
