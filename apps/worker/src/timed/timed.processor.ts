import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { JobName, QueueName, TIMED_JOB_EVERY_MS } from '@clustermeet/contracts';
import { EvaluationService, PersonalDataRetentionService, RequestLifecycleService } from '@clustermeet/domain';

@Processor(QueueName.Timed)
export class TimedProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly lifecycle: RequestLifecycleService,
    private readonly evaluations: EvaluationService,
    private readonly retention: PersonalDataRetentionService,
    @InjectQueue(QueueName.Timed) private readonly queue: Queue,
  ) {
    super();
  }

  /** Upserting is idempotent, so every worker may register the schedules; each runs once per tick. */
  async onApplicationBootstrap(): Promise<void> {
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
