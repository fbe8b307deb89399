import { DataSource } from 'typeorm';
import { MeetingRequestStatus } from '@clustermeet/contracts';
import { MeetingRequest, ScheduleEntry, ScheduleVersion } from '@clustermeet/database';
import { DEMO_EVENT_ID, DEMO_ORGANISER, seedDemoEvent } from '../../libs/database/src/seeds/demo-event.seed';
import { ApiClient } from '../support/api-client';
import { startTestStack, TestStack } from '../support/test-stack';
import { AppProcess } from '../support/app-process';

/** Short locks so a dead worker's job is retried within seconds, not the production 30 s. */
const LOCK_ENV = { SCHEDULE_JOB_LOCK_MS: '1500' };

let stack: TestStack;
let client: ApiClient;
const workers: AppProcess[] = [];

beforeAll(async () => {
  stack = await startTestStack({ worker: false, env: LOCK_ENV });
  client = new ApiClient(stack);
  await seedDemoEvent(stack.api.get(DataSource));
}, 60_000);
afterAll(async () => {
  for (const worker of workers) await worker.kill('SIGTERM');
  await stack?.stop();
});

async function runState(token: string) {
  return (await client.get(`/events/${DEMO_EVENT_ID}/schedule/run`, token).expect(200)).body as { state: string; progress: { phase: string } | null; versionId: string | null; error: string | null };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${workers.map((w) => w.output).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a worker killed mid-solve', () => {
  it('leaves no partial schedule; the job is retried by another worker and finishes once', async () => {
    const token = (await client.post('/auth/login', DEMO_ORGANISER).expect(200)).body.accessToken as string;
    await client.post(`/events/${DEMO_EVENT_ID}/schedule/runs`, { timeLimitMs: 6_000 }, token).expect(202);
    // No worker yet: the run waits, and a second start is refused.
    const second = await client.post(`/events/${DEMO_EVENT_ID}/schedule/runs`, { timeLimitMs: 6_000 }, token).expect(409);
    expect(second.body.message).toBe('A schedule run is already in progress for this event; wait for it to finish');
    expect((await runState(token)).state).toBe('queued');

    const doomed = new AppProcess('worker', LOCK_ENV);
    workers.push(doomed);
    await until('the solver to be searching', async () => {
      const state = await runState(token);
      return state.state === 'running' && state.progress && state.progress.phase !== 'export' ? state : undefined;
    }, 60_000);
    expect(await doomed.kill('SIGKILL')).toBe('SIGKILL');
    const db = stack.api.get(DataSource);
    expect(await db.getRepository(ScheduleVersion).countBy({ eventId: DEMO_EVENT_ID })).toBe(0);
    expect(await db.getRepository(ScheduleEntry).count()).toBe(0);

    workers.push(new AppProcess('worker', LOCK_ENV));
    const done = await until('the retried run to finish', async () => {
      const state = await runState(token);
      if (state.state === 'failed') throw new Error(`run failed: ${state.error}`);
      return state.state === 'completed' ? state : undefined;
    }, 90_000);

    const versions = await db.getRepository(ScheduleVersion).findBy({ eventId: DEMO_EVENT_ID });
    expect(versions.map((version) => [version.id, version.number, version.status])).toEqual([[done.versionId, 1, 'draft']]);
    const accepted = await db.getRepository(MeetingRequest).countBy({ eventId: DEMO_EVENT_ID, status: MeetingRequestStatus.Accepted });
    expect(await db.getRepository(ScheduleEntry).countBy({ versionId: done.versionId! })).toBe(accepted);
    expect(versions[0].metrics.scheduled).toBeGreaterThan(0.9 * accepted);
  }, 180_000);
});
