import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { QueueName } from '@clustermeet/contracts';
import { MeetingRequest } from '@clustermeet/database';
import { RequestLifecycleService } from '@clustermeet/domain';
import { ApiClient } from '../support/api-client';
import { startTestStack, TestStack } from '../support/test-stack';

let stack: TestStack;
let client: ApiClient;
let lifecycle: RequestLifecycleService;
const HOUR = 3_600_000;

beforeAll(async () => {
  stack = await startTestStack();
  client = new ApiClient(stack);
  lifecycle = stack.worker!.get(RequestLifecycleService);
}, 60_000);
afterAll(() => stack?.stop());

async function setUp(expiryHours: number) {
  const ctx = await client.eventWithOrganiser();
  await client.patch(`/events/${ctx.event.id}`, { requestExpiryHours: expiryHours }, ctx.organiser.token).expect(200);
  const people = [];
  for (const firstName of ['Asker', 'Busy', 'Digest', 'Dora']) {
    const person = await client.registeredParticipant(ctx.event.id, ctx.types[0].id, { firstName });
    await client.post(`/events/${ctx.event.id}/participants/${person.participantId}/decision`, { decision: 'validate' }, ctx.organiser.token).expect(200);
    people.push(person);
  }
  return { ctx, people };
}

describe('reminders and expiry', () => {
  it('reminds the recipient once near the deadline, then expires the request and tells the requester', async () => {
    const { ctx, people: [asker, busy] } = await setUp(10);
    const created = (await client.post(`/events/${ctx.event.id}/meeting-requests`, { recipientId: busy.participantId }, asker.token).expect(201)).body;
    const start = Date.now();
    expect(await lifecycle.remindAndExpire(new Date(start + 5 * HOUR))).toEqual({ reminded: 0, expired: 0 });
    expect(await lifecycle.remindAndExpire(new Date(start + 8 * HOUR))).toEqual({ reminded: 1, expired: 0 });
    const reminder = await stack.mailbox.waitForMessage(busy.email, 'is waiting for your answer');
    expect(reminder.text).toContain('Asker Nielsen');
    expect(await lifecycle.remindAndExpire(new Date(start + 9 * HOUR))).toEqual({ reminded: 0, expired: 0 });
    expect(await lifecycle.remindAndExpire(new Date(start + 11 * HOUR))).toEqual({ reminded: 0, expired: 1 });
    await stack.mailbox.waitForMessage(asker.email, 'expired');
    expect((await stack.api.get(DataSource).getRepository(MeetingRequest).findOneByOrFail({ id: created.id })).status).toBe('expired');
    // An expired request no longer blocks the pair.
    await client.post(`/events/${ctx.event.id}/meeting-requests`, { recipientId: busy.participantId }, asker.token).expect(201);

    const inbox = (await client.get('/me/notifications', busy.token).expect(200)).body;
    expect(inbox.items.map((item: { kind: string }) => item.kind)).toEqual(['request-received', 'request-expiring', 'request-received']);
    expect(inbox.unread).toBe(3);
    await client.post('/me/notifications/read', {}, busy.token).expect(204);
    expect((await client.get('/me/notifications', busy.token).expect(200)).body.unread).toBe(0);
  });
});

describe('daily digest', () => {
  it('collects new requests into one email a day instead of one email each', async () => {
    const { ctx, people: [asker, busy, digest, dora] } = await setUp(72);
    await client.put('/me/notification-settings', { emailPreference: 'daily_digest' }, digest.token).expect(200);
    await client.put('/me/notification-settings', { emailPreference: 'weekly' }, digest.token).expect(400);
    await client.post(`/events/${ctx.event.id}/meeting-requests`, { recipientId: digest.participantId, message: 'Wind?' }, asker.token).expect(201);
    await client.post(`/events/${ctx.event.id}/meeting-requests`, { recipientId: digest.participantId }, busy.token).expect(201);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stack.mailbox.messagesTo(digest.email).filter((message) => message.subject.includes('asks to meet you'))).toHaveLength(0);

    const now = Date.now();
    expect(await lifecycle.sendDigests(new Date(now))).toBeGreaterThanOrEqual(1);
    const first = await stack.mailbox.waitForMessage(digest.email, 'new meeting request(s)');
    expect(first.subject).toBe(`2 new meeting request(s) for ${ctx.event.name}`);
    expect(first.text).toContain('- Asker Nielsen (Nordic Subsea Robotics ApS): "Wind?"');
    expect(await lifecycle.sendDigests(new Date(now + 1_000))).toBe(0);

    await client.post(`/events/${ctx.event.id}/meeting-requests`, { recipientId: digest.participantId }, dora.token).expect(201);
    expect(await lifecycle.sendDigests(new Date(now + HOUR))).toBe(0);
    expect(await lifecycle.sendDigests(new Date(now + 25 * HOUR))).toBe(1);
    const second = await stack.mailbox.waitForMessage(digest.email, `1 new meeting request(s) for ${ctx.event.name}`);
    expect(second.text).toContain('Dora Nielsen');
    expect(second.text).not.toContain('Asker Nielsen');
  });
});

describe('worker schedules', () => {
  it('registers the timed jobs when it starts', async () => {
    const queue = stack.worker!.get<Queue>(getQueueToken(QueueName.Timed));
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((scheduler) => scheduler.key ?? scheduler.name).sort()).toEqual(['anonymise-past-events', 'remind-and-expire-requests', 'send-digests', 'send-evaluations']);
  });
});
