import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { BookingMode } from '@clustermeet/contracts';
import type { EventTaxonomies } from '@clustermeet/contracts';
import { BaseEntity } from './base.entity';
import { Organisation } from './organisation.entity';

export type { EventTaxonomies, Term } from '@clustermeet/contracts';

export type ProfileQuestionType = 'text' | 'textarea' | 'select' | 'checkbox';

export interface ProfileQuestion {
  key: string;
  label: string;
  type: ProfileQuestionType;
  required: boolean;
  options?: string[];
}

@Entity('event')
export class Event extends BaseEntity {
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 300, default: '' })
  venue: string;

  @Column({ type: 'varchar', length: 64, default: 'Europe/Copenhagen' })
  timeZone: string;

  @Column({ type: 'text', array: true, default: () => "'{en,da}'" })
  languages: string[];

  @Column({ type: 'timestamptz', nullable: true })
  registrationOpensAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  registrationClosesAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  bookingOpensAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  bookingClosesAt: Date | null;

  @Column({ type: 'date', nullable: true })
  startsOn: string | null;

  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  evaluationOpensAt: Date | null;

  /** Follow-up evaluations, in months after the first one (e.g. 6 and 12). */
  @Column({ type: 'int', array: true, default: () => "'{6}'" })
  followUpMonths: number[];

  /** Personal data of the event is anonymised this many months after it ended (null: kept). */
  @Column({ type: 'int', nullable: true })
  personalDataRetentionMonths: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  personalDataAnonymisedAt: Date | null;

  /** Questions of the event-level questionnaire asked in every evaluation round. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  evaluationQuestions: ProfileQuestion[];

  @Column({ type: 'enum', enum: BookingMode, enumName: 'booking_mode', default: BookingMode.Scheduling })
  bookingMode: BookingMode;

  /** Unanswered requests expire after this many hours (a reminder goes out before). */
  @Column({ type: 'int', default: 72 })
  requestExpiryHours: number;

  @Column({ type: 'int', default: 3 })
  maxHighPriorityRequests: number;

  /** Last event-day change number handed out (see EventChange). */
  @Column({ type: 'int', default: 0 })
  changeSeq: number;

  @Column({ type: 'jsonb' })
  taxonomies: EventTaxonomies;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  profileQuestions: ProfileQuestion[];
}
