import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { JobName, JobOf, QueueName } from '@clustermeet/contracts';
import { EmailSenderService } from '@clustermeet/domain';

@Processor(QueueName.Email, { concurrency: 5 })
export class EmailProcessor extends WorkerHost {
  private readonly logger = new Logger(EmailProcessor.name);

  constructor(private readonly sender: EmailSenderService) {
    super();
  }

  async process(job: Job<JobOf<JobName.SendEmail>>): Promise<string> {
    if (job.name !== JobName.SendEmail) throw new Error(`No handler for job ${job.name} on queue ${QueueName.Email}`);
    return this.sender.sendOutboxEmail(job.data.outboxEmailId);
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<JobOf<JobName.SendEmail>>, error: Error): Promise<void> {
    const final = job.attemptsMade >= (job.opts.attempts ?? 1);
    this.logger.warn({ msg: 'email attempt failed', outboxEmailId: job.data.outboxEmailId, attempt: job.attemptsMade, final, error: error.message });
    if (final) await this.sender.markFailed(job.data.outboxEmailId, error.message);
  }
}
