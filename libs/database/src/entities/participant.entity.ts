import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { EmailPreference, ParticipantStatus, SizeBand } from '@clustermeet/contracts';
import { BaseEntity } from './base.entity';
import { ParticipantType } from './participant-type.entity';
import { Event } from './event.entity';
import type { MarketplaceItem } from './marketplace-item.entity';

export class ParticipantOrganisation {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 80 })
  type: string;

  @Column({ type: 'varchar', length: 80 })
  country: string;

  @Column({ type: 'varchar', length: 120, default: '' })
  region: string;

  @Column({ type: 'varchar', length: 120, default: '' })
  city: string;

  @Column({ type: 'varchar', length: 300, default: '' })
  website: string;

  @Column({ type: 'enum', enum: SizeBand, enumName: 'size_band' })
  sizeBand: SizeBand;

  /** CVR/VAT number; not unique, since networks may share their parent's number. */
  @Column({ type: 'varchar', length: 40, default: '' })
  companyNumber: string;
}

@Entity('participant')
@Index(['eventId', 'email'], { unique: true })
@Index(['eventId', 'status'])
export class Participant extends BaseEntity {
  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  @Column({ type: 'uuid' })
  participantTypeId: string;

  @ManyToOne(() => ParticipantType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'participant_type_id' })
  participantType?: ParticipantType;

  @Column({ type: 'enum', enum: ParticipantStatus, enumName: 'participant_status', default: ParticipantStatus.Pending })
  status: ParticipantStatus;

  @Column({ type: 'varchar', length: 1000, default: '' })
  statusReason: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 100 })
  firstName: string;

  @Column({ type: 'varchar', length: 100 })
  lastName: string;

  @Column({ type: 'varchar', length: 150, default: '' })
  jobTitle: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'varchar', length: 500, default: '' })
  photoUrl: string;

  @Column(() => ParticipantOrganisation, { prefix: 'organisation' })
  organisation: ParticipantOrganisation;

  @Column({ type: 'varchar', length: 5000, default: '' })
  description: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors: string[];

  @Column({ type: 'jsonb', default: () => "'{}'" })
  answers: Record<string, string | boolean>;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  unavailableSlotIds: string[];

  /** The organisation (host or partner) that recruited this participant; scopes co-organisers. */
  @Column({ type: 'uuid' })
  recruitedByOrganisationId: string;

  @Column({ type: 'uuid', nullable: true })
  registeredByUserId: string | null;

  @Column({ type: 'enum', enum: EmailPreference, enumName: 'email_preference', default: EmailPreference.Instant })
  emailPreference: EmailPreference;

  @Column({ type: 'timestamptz', nullable: true })
  lastDigestAt: Date | null;

  /** Secret part of the personal calendar feed URL (a capability link, like a private iCal address). */
  @Column({ type: 'varchar', length: 64, nullable: true, unique: true })
  calendarFeedToken: string | null;

  /** Printed as a QR code on the programme; the desk scans it to check the participant in. */
  @Column({ type: 'varchar', length: 16, nullable: true, unique: true })
  checkInCode: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  /** Absent from this slot on (the rest of the day); single missed meetings are recorded on the meeting. */
  @Column({ type: 'uuid', nullable: true })
  absentFromSlotId: string | null;

  /** Willing to take spontaneous meetings on the day: offered when a partner does not come. */
  @Column({ type: 'boolean', default: false })
  standby: boolean;

  /** Withdrew consent to evaluation emails: no further rounds or reminders are sent. */
  @Column({ type: 'timestamptz', nullable: true })
  evaluationOptOutAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  consentedAt: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  consentVersion: string | null;

  /** Full-text document over profile and items, refreshed by the service with each change; GIN-indexed by migration. */
  @Index('participant_search_document_idx', { synchronize: false })
  @Column({ type: 'tsvector', nullable: true, select: false })
  searchDocument?: string | null;

  @OneToMany('MarketplaceItem', 'participant')
  items?: MarketplaceItem[];
}
