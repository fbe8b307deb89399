/** Queue names and typed job payloads: the one place api and worker agree on what a job carries. */
export enum QueueName {
  Email = 'email',
  /** Recurring work: reminders, expiry, digests. */
  Timed = 'timed',
  /** Schedule solver runs: CPU-heavy, one at a time per worker. */
  Schedule = 'schedule',
}

export enum JobName {
  SendEmail = 'send-email',
  RemindAndExpireRequests = 'remind-and-expire-requests',
  SendDigests = 'send-digests',
  SolveSchedule = 'solve-schedule',
  SendEvaluations = 'send-evaluations',
  AnonymisePastEvents = 'anonymise-past-events',
}

export interface JobPayloads {
  [JobName.SendEmail]: { outboxEmailId: string };
  [JobName.RemindAndExpireRequests]: Record<string, never>;
  [JobName.SendDigests]: Record<string, never>;
  [JobName.SolveSchedule]: SolveScheduleJob;
  [JobName.SendEvaluations]: Record<string, never>;
  [JobName.AnonymisePastEvents]: Record<string, never>;
}

export interface SolveScheduleJob {
  eventId: string;
  /** Identifies this start: the version it produces carries it, so a retried job never saves twice. */
  runId: string;
  timeLimitMs: number;
  seed: number;
  /** Locked meetings of this version stay where they are. */
  baseVersionId: string | null;
  /** Meetings already in participants' agendas keep their slot and table. */
  keepPublished: boolean;
  requestedByUserId: string;
}

/** One solve per event at a time: the job id is the event's, so BullMQ refuses a second while one is queued or running. */
export const solveScheduleJobId = (eventId: string) => `solve-${eventId}`;

/** A solve that stalls (its worker died) is retried; a solve that throws is not retried forever. */
export const SOLVE_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'fixed' as const, delay: 1_000 },
  removeOnComplete: { age: 7 * 24 * 3600 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** How often each timed job runs; the worker registers these schedules at start. */
type TimedJob = JobName.RemindAndExpireRequests | JobName.SendDigests | JobName.SendEvaluations | JobName.AnonymisePastEvents;

export const TIMED_JOB_EVERY_MS: Record<TimedJob, number> = {
  [JobName.RemindAndExpireRequests]: 5 * 60_000,
  [JobName.SendDigests]: 15 * 60_000,
  [JobName.SendEvaluations]: 15 * 60_000,
  [JobName.AnonymisePastEvents]: 6 * 3_600_000,
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
