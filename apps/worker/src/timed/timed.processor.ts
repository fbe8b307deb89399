import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { JobName, QueueName, TIMED_JOB_EVERY_MS } from '@clustermeet/contracts';
import { EvaluationService, PersonalDataRetentionService, RequestLifecycleService } from '@clustermeet/domain';

@Processor(QueueName.Timed)
export class TimedProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(TimedProcessor.name);

  constructor(
    private readonly lifecycle: RequestLifecycleService,
    private readonly evaluations: EvaluationService,
    private readonly retention: PersonalDataRetentionService,
    @InjectQueue(QueueName.Timed) private readonly queue: Queue,
  ) {
    super();
  }

  /**
   * Upserting is idempotent, so every worker may register the schedules; each runs once per tick.
   * Redis keeps nothing on disk here, so after a Redis restart the schedules are registered again
   * as soon as the connection is back; what the jobs did lives in Postgres and is not repeated.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.registerSchedules();
    const client = await this.queue.backend.client;
    client.on('ready', () => void this.registerSchedules().catch((error: Error) => this.logger.warn({ msg: 'could not register timed jobs', error: error.message })));
  }

  private async registerSchedules(): Promise<void> {
    for (const [name, every] of Object.entries(TIMED_JOB_EVERY_MS)) {
      await this.queue.upsertJobScheduler(name, { every }, { name, data: {} });
    }
  }

  async process(job: Job): Promise<unknown> {
    const name = job.name as keyof typeof TIMED_JOB_EVERY_MS;
    switch (name) {
      case JobName.RemindAndExpireRequests:
        return this.lifecycle.remindAndExpire();
      case JobName.SendDigests:
        return this.lifecycle.sendDigests();
      case JobName.SendEvaluations:
        return this.evaluations.sendDue();
      case JobName.AnonymisePastEvents:
        return this.retention.anonymiseDue();
      default: {
        const unknown: never = name;
        throw new Error(`No handler for job ${String(unknown)} on queue ${QueueName.Timed}`);
      }
    }
  }
}
