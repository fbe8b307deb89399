import { Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { EventRole } from '@clustermeet/contracts';
import { BaseEntity } from './base.entity';
import { Event } from './event.entity';
import { User } from './user.entity';

/** A staff account's role on one event; co-organisers act for their own organisation. */
@Entity('event_member')
@Unique(['eventId', 'userId'])
export class EventMember extends BaseEntity {
  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'enum', enum: EventRole, enumName: 'event_role' })
  role: EventRole;

  @Column({ type: 'uuid' })
  organisationId: string;
}
