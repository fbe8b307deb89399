import { Queue } from 'bullmq';
import type { Socket } from 'socket.io-client';
import { QueueName, TIMED_JOB_EVERY_MS } from '@clustermeet/contracts';
import { eventually } from '../support/eventually';
import { ApiClient } from '../support/api-client';
import { AppProcess, RedisServerProcess } from '../support/app-process';
import { LiveClients, nextEvent } from '../support/live-client';
import { freePort, startTestStack, TestStack } from '../support/test-stack';

/**
 * Two api instances on one private Redis: a change made through one reaches a browser connected to
 * the other, and browsers lose nothing when Redis restarts (they are told to catch up from the
 * change log, which lives in Postgres).
 */
let redis: RedisServerProcess;
let stack: TestStack;
let secondApi: AppProcess;
let worker: AppProcess;
let secondUrl: string;
let client: ApiClient;
const live = new LiveClients(() => stack.baseUrl);
const liveOnSecond = new LiveClients(() => secondUrl);

beforeAll(async () => {
  redis = new RedisServerProcess(await freePort());
  await redis.ready();
  // The worker runs as a process killed at the end: BullMQ's Worker.close() can hang for good after
  // its Redis went away (taskforcesh/bullmq#4656), which would hang an in-process worker's shutdown.
  stack = await startTestStack({ worker: false, env: { REDIS_URL: redis.url } });
  worker = new AppProcess('worker');
  client = new ApiClient(stack);
  const port = await freePort();
  secondUrl = `http://127.0.0.1:${port}`;
  secondApi = new AppProcess('api', { PORT: String(port), PUBLIC_URL: secondUrl });
  await secondApi.healthy(secondUrl);
}, 90_000);

afterAll(async () => {
  live.closeAll();
  liveOnSecond.closeAll();
  await secondApi?.kill('SIGKILL');
  await worker?.kill('SIGKILL');
  await stack?.stop();
  await redis?.kill('SIGKILL');
}, 60_000);

type Ctx = Awaited<ReturnType<ApiClient['eventHappeningNow']>>;

describe('live updates across api instances and a Redis restart', () => {
  let ctx: Ctx;
  let helper: string;
  let anna: { participantId: string; token: string };
  let bo: { participantId: string; token: string };

  beforeAll(async () => {
    ctx = await client.eventHappeningNow();
    helper = await client.staffMember(ctx.event.id, ctx.organiser.token, 'helper', 'Mette');
    const validated = async (firstName: string) => {
      const person = await client.registeredParticipant(ctx.event.id, ctx.types[0].id, { firstName });
      await client.post(`/events/${ctx.event.id}/participants/${person.participantId}/decision`, { decision: 'validate' }, ctx.organiser.token).expect(200);
      return person;
    };
    anna = await validated('Anna');
    bo = await validated('Bo');
  }, 60_000);

  it('a change made through one api instance reaches a browser connected to the other', async () => {
    const onSecond = await liveOnSecond.connect(anna.token);
    const deskOnSecond = await liveOnSecond.connect(helper);
    const annaHears = nextEvent<{ kind: string; seq: number }>(onSecond, 'day:changed');
    const deskHears = nextEvent<{ kind: string }>(deskOnSecond, 'day:changed');
    await client.post(`/events/${ctx.event.id}/day/participants/${anna.participantId}/check-in`, {}, helper).expect(200);
    expect(await annaHears).toMatchObject({ kind: 'check-in', seq: 1 });
    expect((await deskHears).kind).toBe('check-in');
  });

  it('after a Redis restart every browser is told to catch up, the catch-up holds what was missed, and the worker puts its timed jobs back', async () => {
    const onFirst = await live.connect(anna.token);
    const onSecond = await liveOnSecond.connect(bo.token);
    const { lastSeq } = (await client.get('/me/changes?after=0', anna.token).expect(200)).body;

    await redis.kill('SIGKILL');
    // Made while Redis is down: saved in Postgres, but no push can go out.
    const booked = await client.post(`/events/${ctx.event.id}/day/meetings`, { participantIds: [anna.participantId, bo.participantId], slotId: ctx.slots[3].id }, helper).expect(201);
    expect(booked.body.status).toBe('scheduled');

    const resyncFirst = nextEvent<{ reason: string }>(onFirst, 'live:resync', 30_000);
    const resyncSecond = nextEvent<{ reason: string }>(onSecond, 'live:resync', 30_000);
    redis = new RedisServerProcess(redis.port);
    await redis.ready();
    expect(await resyncFirst).toEqual({ reason: 'redis-reconnected' });
    expect(await resyncSecond).toEqual({ reason: 'redis-reconnected' });

    for (const who of [anna, bo]) {
      const missed = (await client.get(`/me/changes?after=${lastSeq}`, who.token).expect(200)).body;
      expect(missed.changes).toEqual([expect.objectContaining({ seq: lastSeq + 1, kind: 'meeting-booked', meetingIds: [booked.body.id] })]);
    }
    // The worker put its timed jobs (reminders, evaluations, retention) back into the empty Redis.
    const timed = new Queue(QueueName.Timed, { connection: { url: redis.url }, prefix: stack.queuePrefix });
    await eventually(async () => expect((await timed.getJobSchedulers()).map((s) => s.key ?? s.name).sort()).toEqual(Object.keys(TIMED_JOB_EVERY_MS).sort()), 15_000);
    await timed.close();

    // Pushes flow again through both instances (a push queued while Redis was down may also arrive late).
    const again = nextEvent<{ seq: number; kind: string }>(onSecond as Socket, 'day:changed', 10_000, (change) => change.seq === lastSeq + 2);
    await client.post(`/events/${ctx.event.id}/day/participants/${bo.participantId}/check-in`, {}, helper).expect(200);
    expect((await again).kind).toBe('check-in');
  }, 60_000);
});
