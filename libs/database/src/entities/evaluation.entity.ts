import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from './base.entity';
import { Event } from './event.entity';
import { Participant } from './participant.entity';

/**
 * One participant's evaluation round: round 0 right after the event, then one per follow-up
 * (6, 12 months…). The unique key is what makes the timed job send each round at most once.
 */
@Entity('evaluation')
@Index(['eventId', 'participantId', 'round'], { unique: true })
export class Evaluation extends BaseEntity {
  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @Column({ type: 'int' })
  round: number;

  @Column({ type: 'timestamptz' })
  sentAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  /** Answers to the event's own questionnaire, by question key. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  answers: Record<string, string | boolean | number>;
}
