import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from './base.entity';
import { Event } from './event.entity';

export type ScheduleVersionStatus = 'draft' | 'published' | 'superseded';

/** Quality figures of a solved (and possibly edited) schedule, as the solver reports them. */
export interface ScheduleMetrics {
  meetings: number;
  scheduled: number;
  weightScheduled: number;
  weightUpperBound: number;
  breaks: number;
  maxBreaks: number;
  minBreaks: number;
  solveMs: number;
}

/**
 * One schedule of an event: a solver run's result, edited by the organiser while it is a draft.
 * Publishing copies it into meetings; the version itself stays, so every publication can be traced.
 */
@Entity('schedule_version')
@Index(['eventId', 'number'], { unique: true })
export class ScheduleVersion extends BaseEntity {
  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'varchar', length: 12, default: 'draft' })
  status: ScheduleVersionStatus;

  /** The solver run that produced it: a retried job finds its version instead of saving a second one. */
  @Column({ type: 'uuid', unique: true })
  runId: string;

  @Column({ type: 'uuid', nullable: true })
  baseVersionId: string | null;

  @Column({ type: 'jsonb' })
  metrics: ScheduleMetrics;

  @Column({ type: 'int' })
  seed: number;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  publishedByUserId: string | null;
}
