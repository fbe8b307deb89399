import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from './base.entity';
import { Meeting } from './meeting.entity';
import { Participant } from './participant.entity';

export type CollaborationKind = 'commercial' | 'technological' | 'research' | 'investment';
export type OutcomeResult = 'none' | 'ongoing' | 'concrete';

/**
 * One participant's view of one meeting: the quick rating right after it and, later, what came of
 * it. Private: the partner never sees it; reports only count it.
 */
@Entity('meeting_feedback')
@Index(['meetingId', 'participantId'], { unique: true })
@Index(['eventId'])
export class MeetingFeedback extends BaseEntity {
  @Column({ type: 'uuid' })
  eventId: string;

  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Meeting;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @Column({ type: 'boolean', nullable: true })
  held: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  interesting: boolean | null;

  /** Possible collaboration seen at the meeting. */
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  collaboration: CollaborationKind[];

  @Column({ type: 'varchar', length: 2000, default: '' })
  note: string;

  /** What came of it (evaluations, or updated any time: "we signed in March"). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  outcome: OutcomeResult | null;

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  outcomeKinds: CollaborationKind[];

  /** Value of the order, contract or investment in euros, when the participant wants to say. */
  @Column({ type: 'int', nullable: true })
  outcomeValueEur: number | null;

  @Column({ type: 'varchar', length: 2000, default: '' })
  outcomeNote: string;

  @Column({ type: 'timestamptz', nullable: true })
  outcomeUpdatedAt: Date | null;
}
