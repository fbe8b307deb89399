import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { JobName, QueueName, SolveScheduleJob } from '@clustermeet/contracts';
import { ScheduleSolveService } from '@clustermeet/domain';
import { InvalidInstanceError } from '@clustermeet/scheduler';

/**
 * Decorator options are fixed when the class is defined, before Nest's config exists, so the lock
 * time is read from the environment here; Environment validates the same variable at start-up.
 * A worker killed mid-solve stops renewing the lock; after this long another worker retries the job.
 */
const LOCK_MS = Number(process.env.SCHEDULE_JOB_LOCK_MS) || 30_000;

@Processor(QueueName.Schedule, { concurrency: 1, lockDuration: LOCK_MS, stalledInterval: LOCK_MS, maxStalledCount: 2 })
export class ScheduleProcessor extends WorkerHost {
  private readonly logger = new Logger(ScheduleProcessor.name);

  constructor(private readonly solver: ScheduleSolveService) {
    super();
  }

  async process(job: Job<SolveScheduleJob>): Promise<{ versionId: string }> {
    if (job.name !== JobName.SolveSchedule) throw new Error(`No handler for job ${job.name} on queue ${QueueName.Schedule}`);
    try {
      return await this.solver.run(job.data, ({ eventId: _e, runId: _r, ...progress }) => void job.updateProgress(progress).catch(() => undefined));
    } catch (error) {
      // The same data would fail the same way: tell the organiser now instead of retrying.
      if (error instanceof InvalidInstanceError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }

  @OnWorkerEvent('completed')
  onCompleted(job: Job<SolveScheduleJob>, result: { versionId: string }): void {
    this.solver.finished(job.data, result.versionId, null);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job<SolveScheduleJob> | undefined, error: Error): void {
    if (!job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1) || error instanceof UnrecoverableError;
    this.logger.warn({ msg: 'schedule run failed', eventId: job.data.eventId, runId: job.data.runId, attempt: job.attemptsMade, final, error: error.message });
    if (final) this.solver.finished(job.data, null, error.message);
  }
}
