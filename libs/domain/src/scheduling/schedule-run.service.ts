import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job, Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { JobName, MeetingRequestStatus, QueueName, ScheduleProgressPayload, SOLVE_JOB_OPTIONS, SolveScheduleJob, solveScheduleJobId } from '@clustermeet/contracts';
import { EventTable, MeetingRequest, ScheduleVersion, Slot } from '@clustermeet/database';
import { Actor } from '../auth/actor';
import { EventAccessService, MANAGERS } from '../auth/event-access.service';
import { conflict, notFound } from '../common/errors';
import { StartScheduleRunDto } from './schedule.dto';

const DEFAULT_TIME_LIMIT_MS = 10_000;

export type RunStateName = 'idle' | 'queued' | 'running' | 'completed' | 'failed';

export interface ScheduleRunState {
  state: RunStateName;
  runId: string | null;
  progress: Omit<ScheduleProgressPayload, 'eventId' | 'runId'> | null;
  versionId: string | null;
  error: string | null;
}

/** The api's half of a solver run: start it (one per event at a time) and report how it goes. */
@Injectable()
export class ScheduleRunService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    @InjectQueue(QueueName.Schedule) private readonly queue: Queue<SolveScheduleJob>,
  ) {}

  async start(actor: Actor, eventId: string, input: StartScheduleRunDto): Promise<ScheduleRunState> {
    const { event } = await this.access.requireStaff(actor, eventId, MANAGERS);
    if (actor.kind !== 'staff') throw notFound('Event');
    const manager = this.dataSource.manager;
    if ((await manager.countBy(Slot, { eventId })) === 0) throw conflict('This event has no meeting slots yet: add a session first');
    if ((await manager.countBy(EventTable, { eventId })) === 0) throw conflict('This event has no tables yet: add tables, booths, rooms or an online place first');
    if ((await manager.countBy(MeetingRequest, { eventId, status: MeetingRequestStatus.Accepted })) === 0) {
      throw conflict('There are no accepted meeting requests to schedule yet');
    }
    if (input.baseVersionId && !(await manager.existsBy(ScheduleVersion, { id: input.baseVersionId, eventId }))) throw notFound('Schedule version');

    const jobId = solveScheduleJobId(event.id);
    const previous = await this.queue.getJob(jobId);
    if (previous) {
      const state = await previous.getState();
      if (state !== 'completed' && state !== 'failed') throw conflict('A schedule run is already in progress for this event; wait for it to finish');
      await previous.remove().catch(() => undefined);
    }
    const data: SolveScheduleJob = {
      eventId: event.id,
      runId: randomUUID(),
      timeLimitMs: input.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
      seed: input.seed ?? 1,
      baseVersionId: input.baseVersionId ?? null,
      keepPublished: input.keepPublished ?? true,
      requestedByUserId: actor.userId,
    };
    // BullMQ returns the job already holding this id when two starts race: only one of them is ours.
    const job = await this.queue.add(JobName.SolveSchedule, data, { ...SOLVE_JOB_OPTIONS, jobId });
    if (job.data.runId !== data.runId) throw conflict('A schedule run is already in progress for this event; wait for it to finish');
    return { state: 'queued', runId: data.runId, progress: null, versionId: null, error: null };
  }

  async state(actor: Actor, eventId: string): Promise<ScheduleRunState> {
    await this.access.requireStaff(actor, eventId, MANAGERS);
    const jobId = solveScheduleJobId(eventId);
    // State first, job second: a job that finishes between the two reads then shows as still running,
    // never as completed without the version its result names.
    const state = await this.queue.getJobState(jobId);
    const job = await this.queue.getJob(jobId);
    if (!job || state === 'unknown') return { state: 'idle', runId: null, progress: null, versionId: null, error: null };
    return describe(job, state);
  }
}

function describe(job: Job<SolveScheduleJob>, state: string): ScheduleRunState {
  const progress = typeof job.progress === 'object' && job.progress !== null ? (job.progress as ScheduleRunState['progress']) : null;
  // A finished state read just before a new start replaced the job belongs to the old job, not this one.
  const finished = job.finishedOn !== undefined;
  const name: RunStateName =
    state === 'completed' && finished ? 'completed' : state === 'failed' && finished ? 'failed' : state === 'active' ? 'running' : 'queued';
  const result = job.returnvalue as { versionId?: string } | null;
  return {
    state: name,
    runId: job.data.runId,
    progress,
    versionId: name === 'completed' ? (result?.versionId ?? null) : null,
    error: name === 'failed' ? job.failedReason || 'The schedule run failed' : null,
  };
}
