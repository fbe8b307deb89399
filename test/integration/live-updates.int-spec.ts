import { io } from 'socket.io-client';
import { RequestLifecycleService } from '@clustermeet/domain';
import { ApiClient } from '../support/api-client';
import { LiveClients, nextEvent } from '../support/live-client';
import { startTestStack, TestStack } from '../support/test-stack';

let stack: TestStack;
let client: ApiClient;
const live = new LiveClients(() => stack.baseUrl);
const connect = (token?: string) => live.connect(token);
const next = nextEvent;

beforeAll(async () => {
  stack = await startTestStack();
  client = new ApiClient(stack);
}, 60_000);
afterAll(async () => {
  live.closeAll();
  await stack?.stop();
});

describe('live updates over socket.io', () => {
  it('refuses a socket without a valid token', async () => {
    // The server lets the handshake finish, then drops the socket.
    const socket = io(stack.baseUrl, { auth: { token: 'not-a-token' }, transports: ['websocket'], reconnection: false });
    const reason = await new Promise<string>((resolve) => socket.once('disconnect', resolve));
    expect(reason).toBe('io server disconnect');
    expect(socket.connected).toBe(false);
  });

  it('pushes counter changes to the organiser and notifications to the participant, from the api and the worker', async () => {
    const ctx = await client.eventWithOrganiser();
    const other = await client.eventWithOrganiser();
    await client.patch(`/events/${ctx.event.id}`, { requestExpiryHours: 1 }, ctx.organiser.token).expect(200);
    const [anna, bo] = await Promise.all([client.registeredParticipant(ctx.event.id, ctx.types[0].id), client.registeredParticipant(ctx.event.id, ctx.types[0].id)]);
    for (const person of [anna, bo]) {
      await client.post(`/events/${ctx.event.id}/participants/${person.participantId}/decision`, { decision: 'validate' }, ctx.organiser.token).expect(200);
    }
    const organiser = await connect(ctx.organiser.token);
    const outsider = await connect(other.organiser.token);
    const boSocket = await connect(bo.token);
    let outsiderHeard = false;
    outsider.on('booking-status:changed', () => (outsiderHeard = true));

    const counters = next<{ eventId: string }>(organiser, 'booking-status:changed');
    const notification = next<{ participantId: string }>(boSocket, 'notification:new');
    await client.post(`/events/${ctx.event.id}/meeting-requests`, { recipientId: bo.participantId }, anna.token).expect(201);
    expect(await counters).toEqual({ eventId: ctx.event.id });
    expect(await notification).toEqual({ participantId: bo.participantId });

    // The worker's timed job reaches the same browsers through Redis.
    const expired = next<{ eventId: string }>(organiser, 'booking-status:changed');
    const result = await stack.worker!.get(RequestLifecycleService).remindAndExpire(new Date(Date.now() + 2 * 3_600_000));
    expect(result.expired).toBe(1);
    expect(await expired).toEqual({ eventId: ctx.event.id });
    expect(outsiderHeard).toBe(false);
  });
});
