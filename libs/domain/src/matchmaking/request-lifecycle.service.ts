import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager, In, LessThanOrEqual } from 'typeorm';
import { EmailPreference, MeetingRequestStatus } from '@clustermeet/contracts';
import { Event, MeetingRequest, OutboxEmail, Participant } from '@clustermeet/database';
import { AuthService } from '../auth/auth.service';
import { OutboxService } from '../email/outbox.service';
import { LiveUpdatesService } from '../live/live-updates.service';
import { fullName } from './meeting-request.service';
import { NotificationService } from './notification.service';

const HOUR = 3_600_000;
/** Remind the recipient when a quarter of the answer time is left (at least an hour before). */
const REMINDER_SHARE = 0.25;
const DIGEST_INTERVAL = 24 * HOUR;
const BATCH = 500;

/**
 * Timed work on requests, run by the worker's scheduler: unanswered requests are reminded, then
 * expired (so they stop blocking quotas and slots); participants who chose a digest get one a day.
 * Every step takes `now`, so tests run days ahead without waiting.
 */
@Injectable()
export class RequestLifecycleService {
  private readonly logger = new Logger(RequestLifecycleService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationService,
    private readonly live: LiveUpdatesService,
  ) {}

  async remindAndExpire(now = new Date()): Promise<{ reminded: number; expired: number }> {
    const reminded = await this.inBatches((manager) => this.remind(manager, now));
    const expired = await this.inBatches((manager) => this.expire(manager, now));
    if (reminded + expired > 0) this.logger.log({ msg: 'request lifecycle', reminded, expired });
    return { reminded, expired };
  }

  async sendDigests(now = new Date()): Promise<number> {
    return this.inBatches((manager) => this.digest(manager, now));
  }

  private async remind(manager: EntityManager, now: Date): Promise<BatchResult> {
    const due: MeetingRequest[] = await manager.query(
      `SELECT r.id FROM meeting_request r JOIN event e ON e.id = r.event_id
       WHERE r.status = 'pending' AND r.reminder_sent_at IS NULL AND r.expires_at > $1
         AND r.expires_at - $1 <= GREATEST(interval '1 hour', make_interval(secs => e.request_expiry_hours * 3600 * ${REMINDER_SHARE}))
       ORDER BY r.expires_at LIMIT ${BATCH} FOR UPDATE OF r SKIP LOCKED`,
      [now],
    );
    const requests = await manager.find(MeetingRequest, { where: { id: In(due.map((row) => row.id)) }, relations: { requester: true, recipient: true, event: true } });
    const emails: OutboxEmail[] = [];
    for (const request of requests) {
      const { requester, recipient, event } = request as Required<MeetingRequest>;
      await manager.update(MeetingRequest, { id: request.id }, { reminderSentAt: now });
      await this.notifications.write(manager, [{ participantId: recipient.id, kind: 'request-expiring', subjectId: request.id, text: `${fullName(requester)} is waiting for your answer` }]);
      if (recipient.emailPreference !== EmailPreference.Instant) continue;
      const link = await this.auth.createSignInLink(manager, recipient.id, '/me/requests');
      const data = { firstName: recipient.firstName, eventName: event.name, requesterName: fullName(requester), requesterOrganisation: requester.organisation.name, expiresOn: utc(request.expiresAt), link };
      emails.push(await this.outbox.write({ template: 'meeting-request-reminder', to: recipient.email, eventId: event.id, data }, manager));
    }
    return { count: requests.length, emails, notified: requests.map((request) => request.recipientId), eventIds: requests.map((request) => request.eventId) };
  }

  private async expire(manager: EntityManager, now: Date): Promise<BatchResult> {
    const due = await manager.find(MeetingRequest, {
      where: { status: MeetingRequestStatus.Pending, expiresAt: LessThanOrEqual(now) },
      relations: { requester: true, recipient: true, event: true },
      take: BATCH,
      lock: { mode: 'pessimistic_write', tables: ['meeting_request'], onLocked: 'skip_locked' },
    });
    const emails: OutboxEmail[] = [];
    for (const request of due) {
      const { requester, recipient, event } = request as Required<MeetingRequest>;
      await manager.update(MeetingRequest, { id: request.id }, { status: MeetingRequestStatus.Expired });
      await this.notifications.write(manager, [{ participantId: requester.id, kind: 'request-expired', subjectId: request.id, text: `Your request to ${fullName(recipient)} expired` }]);
      const link = await this.auth.createSignInLink(manager, requester.id, '/directory');
      emails.push(await this.outbox.write({ template: 'meeting-request-expired', to: requester.email, eventId: event.id, data: { firstName: requester.firstName, eventName: event.name, recipientName: fullName(recipient), link } }, manager));
    }
    return { count: due.length, emails, notified: due.map((request) => request.requesterId), eventIds: due.map((request) => request.eventId) };
  }

  private async digest(manager: EntityManager, now: Date): Promise<BatchResult> {
    const since = new Date(now.getTime() - DIGEST_INTERVAL);
    const due = await manager
      .createQueryBuilder(Participant, 'participant')
      .where('participant.emailPreference = :digest', { digest: EmailPreference.DailyDigest })
      .andWhere('(participant.lastDigestAt IS NULL OR participant.lastDigestAt <= :since)', { since })
      .andWhere(`EXISTS (SELECT 1 FROM meeting_request r WHERE r.recipient_id = participant.id AND r.status = 'pending'
                 AND r.created_at > COALESCE(participant.last_digest_at, '-infinity'))`)
      .orderBy('participant.id')
      .limit(BATCH)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    const emails: OutboxEmail[] = [];
    for (const participant of due) {
      const pending = await manager.find(MeetingRequest, {
        where: { recipientId: participant.id, status: MeetingRequestStatus.Pending },
        relations: { requester: true },
        order: { createdAt: 'ASC' },
      });
      const news = pending.filter((request) => !participant.lastDigestAt || request.createdAt > participant.lastDigestAt);
      await manager.update(Participant, { id: participant.id }, { lastDigestAt: now });
      const event = await manager.findOneByOrFail(Event, { id: participant.eventId });
      const link = await this.auth.createSignInLink(manager, participant.id, '/me/requests');
      const requests = news.map(({ requester, message }) => ({ name: fullName(requester!), organisation: requester!.organisation.name, message }));
      emails.push(await this.outbox.write({ template: 'daily-digest', to: participant.email, eventId: event.id, data: { firstName: participant.firstName, eventName: event.name, count: requests.length, requests, link } }, manager));
    }
    return { count: due.length, emails };
  }

  /** Each batch commits before its emails and live updates go out; stops when a batch finds nothing. */
  private async inBatches(step: (manager: EntityManager) => Promise<BatchResult>): Promise<number> {
    let total = 0;
    for (;;) {
      const { count, emails, notified = [], eventIds = [] } = await this.dataSource.transaction(step);
      await this.outbox.dispatch(emails);
      this.live.notified(notified);
      for (const eventId of new Set(eventIds)) this.live.bookingStatusChanged(eventId);
      total += count;
      if (count < BATCH) return total;
    }
  }
}

interface BatchResult {
  count: number;
  emails: OutboxEmail[];
  notified?: string[];
  eventIds?: string[];
}

const utc = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
