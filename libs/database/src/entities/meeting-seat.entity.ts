import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Meeting } from './meeting.entity';
import { Participant } from './participant.entity';
import { Slot } from './slot.entity';

/**
 * One participant's place in a placed meeting. The unique (participant, slot) key is what makes
 * double booking impossible, however many requests race for the same slot.
 */
@Entity('meeting_seat')
@Index(['participantId', 'slotId'], { unique: true })
export class MeetingSeat {
  @PrimaryColumn({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Meeting;

  @PrimaryColumn({ type: 'uuid' })
  participantId: string;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @Column({ type: 'uuid' })
  slotId: string;

  @ManyToOne(() => Slot, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'slot_id' })
  slot?: Slot;
}
