import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { JobName, JobOf, QueueName } from '@clustermeet/contracts';
import { EmailAttachmentSpec, OutboxEmail } from '@clustermeet/database';
import { EmailTemplateData, EmailTemplateName, renderEmail } from './email-templates';

export interface EmailToSend<N extends EmailTemplateName> {
  template: N;
  to: string;
  data: EmailTemplateData[N];
  eventId?: string;
  /** Described here, rendered by the worker when it sends. */
  attachments?: EmailAttachmentSpec[];
}

/**
 * Email never leaves from the request path: a row is written (inside the caller's transaction when
 * given) and a job named after the row is queued, so a retry can never produce a second message.
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger(OutboxService.name);

  constructor(
    @InjectRepository(OutboxEmail) private readonly outbox: Repository<OutboxEmail>,
    @InjectQueue(QueueName.Email) private readonly emailQueue: Queue<JobOf<JobName.SendEmail>>,
  ) {}

  async write<N extends EmailTemplateName>(email: EmailToSend<N>, manager?: EntityManager): Promise<OutboxEmail> {
    const rendered = renderEmail(email.template, email.data);
    const repository = manager ? manager.getRepository(OutboxEmail) : this.outbox;
    return repository.save(
      repository.create({
        eventId: email.eventId ?? null,
        to: email.to,
        template: email.template,
        ...rendered,
        messageId: `<${randomUUID()}@clustermeet>`,
        attachments: email.attachments ?? [],
      }),
    );
  }

  /** Call after the transaction that wrote the rows has committed. */
  async dispatch(rows: OutboxEmail[]): Promise<void> {
    if (rows.length === 0) return;
    await this.emailQueue.addBulk(
      rows.map((row) => ({ name: JobName.SendEmail, data: { outboxEmailId: row.id }, opts: { jobId: `email-${row.id}` } })),
    );
    this.logger.log({ msg: 'emails queued', count: rows.length });
  }

  async send<N extends EmailTemplateName>(email: EmailToSend<N>): Promise<void> {
    await this.dispatch([await this.write(email)]);
  }
}
