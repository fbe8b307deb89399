import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import nodemailer, { Transporter } from 'nodemailer';
import { Repository } from 'typeorm';
import { OutboxEmail } from '@clustermeet/database';
import { AgendaService } from '../agendas/agenda.service';
import { AppConfig } from '../config/app-config';

/** Sends one outbox row over SMTP; used by the worker's email processor. */
@Injectable()
export class EmailSenderService implements OnModuleDestroy {
  private readonly logger = new Logger(EmailSenderService.name);
  private readonly transport: Transporter;
  private readonly from: string;

  constructor(
    @InjectRepository(OutboxEmail) private readonly outbox: Repository<OutboxEmail>,
    private readonly agendas: AgendaService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.transport = nodemailer.createTransport(config.get('mail.smtpUrl', { infer: true }));
    this.from = config.get('mail.from', { infer: true });
  }

  async sendOutboxEmail(outboxEmailId: string): Promise<'sent' | 'already-sent' | 'missing'> {
    const email = await this.outbox.findOneBy({ id: outboxEmailId });
    if (!email) return 'missing';
    if (email.status === 'sent') return 'already-sent';
    try {
      await this.transport.sendMail({
        from: this.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: email.messageId,
        attachments: await this.agendas.renderAttachments(email.eventId, email.attachments),
      });
    } catch (error) {
      await this.outbox.update(email.id, { attempts: email.attempts + 1, lastError: String(error) });
      throw error;
    }
    await this.outbox.update(email.id, { status: 'sent', sentAt: new Date(), attempts: email.attempts + 1, lastError: '' });
    this.logger.log({ msg: 'email sent', outboxEmailId: email.id, template: email.template });
    return 'sent';
  }

  async markFailed(outboxEmailId: string, error: string): Promise<void> {
    await this.outbox.update(outboxEmailId, { status: 'failed', lastError: error });
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
