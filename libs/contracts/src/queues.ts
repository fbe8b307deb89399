/** Queue names and typed job payloads: the one place api and worker agree on what a job carries. */
export enum QueueName {
  Email = 'email',
  /** Recurring work: reminders, expiry, digests. */
  Timed = 'timed',
}

export enum JobName {
  SendEmail = 'send-email',
  RemindAndExpireRequests = 'remind-and-expire-requests',
  SendDigests = 'send-digests',
}

export interface JobPayloads {
  [JobName.SendEmail]: { outboxEmailId: string };
  [JobName.RemindAndExpireRequests]: Record<string, never>;
  [JobName.SendDigests]: Record<string, never>;
}

/** How often each timed job runs; the worker registers these schedules at start. */
export const TIMED_JOB_EVERY_MS: Record<JobName.RemindAndExpireRequests | JobName.SendDigests, number> = {
  [JobName.RemindAndExpireRequests]: 5 * 60_000,
  [JobName.SendDigests]: 15 * 60_000,
};

export type JobOf<N extends JobName> = JobPayloads[N];

/** Retry with backoff so a flaky SMTP server delays mail instead of losing it. */
export const DEFAULT_JOB_OPTIONS: {
  attempts: number;
  backoff: { type: 'exponential'; delay: number };
  removeOnComplete: { age: number; count: number };
  removeOnFail: { age: number };
} = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};
