import { io } from 'socket.io-client';
import { RequestLifecycleService } from '@clustermeet/domain';
import { nextEvent } from '../support/live-client';
import { integrationSuite } from '../support/suite';

const suite = integrationSuite();
const connect = (token?: string) => suite.live.connect(token);
const next = nextEvent;

describe('live updates over socket.io', () => {
  it('refuses a socket without a valid token before it connects', async () => {
    const socket = io(suite.stack.baseUrl, { auth: { token: 'not-a-token' }, transports: ['websocket'], reconnection: false });
    const error = await new Promise<Error>((resolve) => socket.once('connect_error', resolve));
    expect(error.message).toBe('unauthorized: sign in again');
    expect(socket.connected).toBe(false);
    socket.close();
  });

  it('pushes counter changes to the organiser and notifications to the participant, from the api and the worker', async () => {
    const ctx = await suite.client.eventWithOrganiser();
    const other = await suite.client.eventWithOrganiser();
    await suite.client.patch(`/events/${ctx.event.id}`, { requestExpiryHours: 1 }, ctx.organiser.token).expect(200);
    const [anna, bo] = await Promise.all([suite.client.registeredParticipant(ctx.event.id, ctx.types[0].id), suite.client.registeredParticipant(ctx.event.id, ctx.types[0].id)]);
    for (const person of [anna, bo]) {
      await suite.client.post(`/events/${ctx.event.id}/participants/${person.participantId}/decision`, { decision: 'validate' }, ctx.organiser.token).expect(200);
    }
    const organiser = await connect(ctx.organiser.token);
    const outsider = await connect(other.organiser.token);
    const boSocket = await connect(bo.token);
    let outsiderHeard = false;
    outsider.on('booking-status:changed', () => (outsiderHeard = true));

    const counters = next<{ eventId: string }>(organiser, 'booking-status:changed');
    const notification = next<{ participantId: string }>(boSocket, 'notification:new');
    await suite.client.post(`/events/${ctx.event.id}/meeting-requests`, { recipientId: bo.participantId }, anna.token).expect(201);
    expect(await counters).toEqual({ eventId: ctx.event.id });
    expect(await notification).toEqual({ participantId: bo.participantId });

    // The worker's timed job reaches the same browsers through Redis.
    const expired = next<{ eventId: string }>(organiser, 'booking-status:changed');
    const result = await suite.stack.worker!.get(RequestLifecycleService).remindAndExpire(new Date(Date.now() + 2 * 3_600_000));
    expect(result.expired).toBe(1);
    expect(await expired).toEqual({ eventId: ctx.event.id });
    expect(outsiderHeard).toBe(false);
  });
});
