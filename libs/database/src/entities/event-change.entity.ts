import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Event } from './event.entity';

/**
 * The event day's log: every change (who, when, what) with a per-event sequence number. Browsers
 * that were offline ask for everything after the last number they saw, and the day can be replayed.
 */
@Entity('event_change')
@Index(['eventId', 'seq'], { unique: true })
export class EventChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'varchar', length: 30 })
  kind: string;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorParticipantId: string | null;

  /** Who did it, as the desk should read it ("Mette (helper)"), kept even if the account goes. */
  @Column({ type: 'varchar', length: 200 })
  actorLabel: string;

  @Column({ type: 'varchar', length: 500 })
  summary: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  meetingIds: string[];

  /** Everyone the change concerns: they are told, and only they see it in their catch-up. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  participantIds: string[];

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;
}
