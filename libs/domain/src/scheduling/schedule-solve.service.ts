import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { LiveRoom, ScheduleProgressPayload, SolveScheduleJob } from '@clustermeet/contracts';
import { Event, ScheduleEntry, ScheduleVersion } from '@clustermeet/database';
import type { ScheduleResult } from '@clustermeet/scheduler';
import { solveParallel } from '@clustermeet/scheduler/parallel';
import { LiveUpdatesService } from '../live/live-updates.service';
import { ExportedSchedule, ScheduleExportService } from './schedule-export.service';

const INSERT_CHUNK = 1_000;

/**
 * The worker's half of a solver run: export the event, solve on both cores, and save the result as
 * a new draft version in one transaction, so a worker that dies mid-run leaves nothing behind.
 */
@Injectable()
export class ScheduleSolveService {
  private readonly logger = new Logger(ScheduleSolveService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly exporter: ScheduleExportService,
    private readonly live: LiveUpdatesService,
  ) {}

  async run(job: SolveScheduleJob, onProgress: (progress: ScheduleProgressPayload) => void): Promise<{ versionId: string }> {
    const done = await this.dataSource.manager.findOneBy(ScheduleVersion, { runId: job.runId });
    if (done) return { versionId: done.id };
    const event = await this.dataSource.manager.findOneByOrFail(Event, { id: job.eventId });
    const exported = await this.exporter.export(this.dataSource.manager, event, {
      timeLimitMs: job.timeLimitMs,
      baseVersionId: job.baseVersionId,
      keepPublished: job.keepPublished,
    });
    const meetings = exported.instance.meetings.length;
    const report = (phase: string, elapsedMs: number, scheduled: number, breaks: number) => {
      const progress = { eventId: job.eventId, runId: job.runId, phase, elapsedMs, timeLimitMs: job.timeLimitMs, meetings, scheduled, breaks };
      onProgress(progress);
      this.live.emit(LiveRoom.eventStaff(job.eventId), 'schedule:progress', progress);
    };
    report('export', 0, 0, 0);
    // Worker threads: both cores search, and this process keeps renewing the job's lock meanwhile.
    const result = await solveParallel(exported.instance, {
      seed: job.seed,
      timeLimitMs: job.timeLimitMs,
      onProgress: (p) => report(p.phase, p.elapsedMs, p.scheduled, p.breaks),
    });
    report('saving', result.metrics.solveMs, result.metrics.scheduled, result.metrics.breaks);
    const versionId = await this.dataSource.transaction((manager) => this.save(manager, job, exported, result));
    this.logger.log({ msg: 'schedule solved', eventId: job.eventId, versionId, ...result.metrics });
    return { versionId };
  }

  /** Tells the organiser's screen how the run ended; called by the processor once the job is settled. */
  finished(job: SolveScheduleJob, versionId: string | null, error: string | null): void {
    this.live.emit(LiveRoom.eventStaff(job.eventId), 'schedule:finished', { eventId: job.eventId, runId: job.runId, versionId, error });
  }

  private async save(manager: EntityManager, job: SolveScheduleJob, exported: ExportedSchedule, result: ScheduleResult): Promise<string> {
    // Serialises version numbers per event; also makes a retried job find the version of its run.
    await manager.query('SELECT id FROM event WHERE id = $1 FOR UPDATE', [job.eventId]);
    const again = await manager.findOneBy(ScheduleVersion, { runId: job.runId });
    if (again) return again.id;
    const [{ max }] = (await manager.query('SELECT COALESCE(MAX(number), 0)::int AS max FROM schedule_version WHERE event_id = $1', [job.eventId])) as Array<{ max: number }>;
    const version = await manager.save(
      manager.create(ScheduleVersion, {
        eventId: job.eventId,
        number: max + 1,
        status: 'draft',
        runId: job.runId,
        baseVersionId: job.baseVersionId,
        metrics: result.metrics,
        seed: job.seed,
        createdByUserId: job.requestedByUserId,
      }),
    );
    const placed = new Map(result.assignments.map((assignment) => [assignment.meeting, assignment]));
    const reasons = new Map(result.unscheduled.map((item) => [item.meeting, item.reason]));
    const rows = [...exported.seeds.values()].map((seed) => {
      const assignment = placed.get(seed.meetingId);
      return {
        versionId: version.id,
        meetingId: seed.meetingId,
        requestId: seed.requestId,
        participantIds: seed.participantIds,
        slotId: assignment?.slot ?? null,
        tableId: assignment?.table ?? null,
        online: seed.online,
        locked: seed.locked && Boolean(assignment),
        weight: seed.weight,
        unscheduledReason: assignment ? null : (reasons.get(seed.meetingId) ?? 'not scheduled'),
      };
    });
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) await manager.insert(ScheduleEntry, rows.slice(i, i + INSERT_CHUNK));
    return version.id;
  }
}
