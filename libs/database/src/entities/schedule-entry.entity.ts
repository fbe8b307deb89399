import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from './base.entity';
import { ScheduleVersion } from './schedule-version.entity';

/**
 * A meeting as one schedule version places it (or leaves it out, with the reason). `meetingId` is
 * the meeting's identity across versions: publishing creates or updates the meeting with that id,
 * so calendar entries keep their UID when a meeting moves.
 */
@Entity('schedule_entry')
@Index(['versionId'])
export class ScheduleEntry extends BaseEntity {
  @Column({ type: 'uuid' })
  versionId: string;

  @ManyToOne(() => ScheduleVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version?: ScheduleVersion;

  @Column({ type: 'uuid' })
  meetingId: string;

  @Column({ type: 'uuid', nullable: true })
  requestId: string | null;

  @Column({ type: 'uuid', array: true })
  participantIds: string[];

  /** null: not scheduled in this version. */
  @Column({ type: 'uuid', nullable: true })
  slotId: string | null;

  @Column({ type: 'uuid', nullable: true })
  tableId: string | null;

  @Column({ type: 'boolean', default: false })
  online: boolean;

  /** Kept where it is by edits and by re-runs based on this version. */
  @Column({ type: 'boolean', default: false })
  locked: boolean;

  @Column({ type: 'int', default: 1 })
  weight: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  unscheduledReason: string | null;
}
