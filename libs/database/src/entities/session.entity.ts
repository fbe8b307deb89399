import { Column, Entity, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { BaseEntity } from './base.entity';
import { Event } from './event.entity';
import type { Slot } from './slot.entity';

/** A block of meeting time on one day (e.g. 09:00–12:30), cut into slots. */
@Entity('session')
export class Session extends BaseEntity {
  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'int' })
  slotMinutes: number;

  @Column({ type: 'int', default: 0 })
  pauseMinutes: number;

  @OneToMany('Slot', 'session')
  slots?: Slot[];
}
