import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from './base.entity';

export type OutboxEmailStatus = 'queued' | 'sent' | 'failed';

/**
 * Files are described, not stored: the worker renders them when it sends, so thousands of agenda
 * emails cost one row each at publish time.
 */
export interface EmailAttachmentSpec {
  kind: 'agenda-pdf' | 'agenda-calendar' | 'agenda-cancellation';
  participantId: string;
  /** For 'agenda-cancellation': the meetings the participant should remove from their calendar. */
  meetingIds?: string[];
}

/** One row per email: the worker sends it at most once, under a stable Message-ID. */
@Entity('outbox_email')
@Index(['status'])
export class OutboxEmail extends BaseEntity {
  @Column({ type: 'uuid', nullable: true })
  eventId: string | null;

  @Column({ type: 'varchar', length: 254 })
  to: string;

  @Column({ type: 'varchar', length: 60 })
  template: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  html: string;

  @Column({ type: 'varchar', length: 200 })
  messageId: string;

  @Column({ type: 'varchar', length: 10, default: 'queued' })
  status: OutboxEmailStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', default: '' })
  lastError: string;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments: EmailAttachmentSpec[];
}
