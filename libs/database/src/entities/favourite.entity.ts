import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Participant } from './participant.entity';

/** A participant's shortlist of possible partners. */
@Entity('favourite')
@Index(['participantId', 'favouriteParticipantId'], { unique: true })
export class Favourite {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @Column({ type: 'uuid' })
  favouriteParticipantId: string;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'favourite_participant_id' })
  favouriteParticipant?: Participant;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
