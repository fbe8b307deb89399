import { ApiClient } from '../support/api-client';
import { startTestStack, TestStack } from '../support/test-stack';

/**
 * Every role on two events: nobody reads or changes another event's or another participant's
 * private data.
 */
let stack: TestStack;
let client: ApiClient;
let a: Awaited<ReturnType<ApiClient['eventWithOrganiser']>>;
let b: Awaited<ReturnType<ApiClient['eventWithOrganiser']>>;
let helperToken: string;
let partnerToken: string;
let partnerRecruitId: string;
let participantA: { participantId: string; token: string };
let participantA2: { participantId: string; token: string };
let participantB: { participantId: string; token: string };

const staffToken = (eventId: string, organiserToken: string, role: string, organisationName?: string) => client.staffMember(eventId, organiserToken, role, role, organisationName);

beforeAll(async () => {
  stack = await startTestStack();
  client = new ApiClient(stack);
  a = await client.eventWithOrganiser();
  b = await client.eventWithOrganiser();
  helperToken = await staffToken(a.event.id, a.organiser.token, 'helper');
  partnerToken = await staffToken(a.event.id, a.organiser.token, 'co_organiser', 'Partner Cluster Hamburg');
  participantA = await client.registeredParticipant(a.event.id, a.types[0].id);
  participantA2 = await client.registeredParticipant(a.event.id, a.types[0].id);
  participantB = await client.registeredParticipant(b.event.id, b.types[0].id);
  partnerRecruitId = (await client.post(`/events/${a.event.id}/participants`, client.profile(a.types[0].id), partnerToken).expect(201)).body.id;
}, 60_000);
afterAll(() => stack?.stop());

describe('without a token', () => {
  it.each([
    ['GET', '/events'],
    ['GET', () => `/events/${a.event.id}`],
    ['GET', () => `/events/${a.event.id}/participants`],
    ['GET', '/me/profile'],
  ])('%s %s is 401', async (_method, path) => {
    const response = await client.get(typeof path === 'function' ? path() : path).expect(401);
    expect(response.body.message).toContain('Sign in');
  });

  it('rejects a forged token', async () => {
    await client.get('/events', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwia2luZCI6InN0YWZmIn0.bad').expect(401);
  });
});

describe('an organiser of another event', () => {
  it('cannot see or change event A, its set-up or its participants (404, as if it did not exist)', async () => {
    const token = b.organiser.token;
    await client.get(`/events/${a.event.id}`, token).expect(404);
    await client.patch(`/events/${a.event.id}`, { name: 'Hijacked' }, token).expect(404);
    await client.get(`/events/${a.event.id}/sessions`, token).expect(404);
    await client.post(`/events/${a.event.id}/tables`, { kind: 'table', count: 1, capacity: 2 }, token).expect(404);
    await client.delete(`/events/${a.event.id}/tables/${a.tables[0].id}`, token).expect(404);
    await client.get(`/events/${a.event.id}/participants`, token).expect(404);
    await client.get(`/events/${a.event.id}/participants/${participantA.participantId}`, token).expect(404);
    await client.post(`/events/${a.event.id}/participants/${participantA.participantId}/decision`, { decision: 'validate' }, token).expect(404);
    await client.get(`/events/${a.event.id}/participants/export.csv`, token).expect(404);
    expect((await client.get(`/events/${a.event.id}`, a.organiser.token).expect(200)).body.name).toBe(a.event.name);
  });

  it('cannot reach event A’s objects through its own event id', async () => {
    const token = b.organiser.token;
    await client.get(`/events/${b.event.id}/participants/${participantA.participantId}`, token).expect(404);
    await client.delete(`/events/${b.event.id}/tables/${a.tables[0].id}`, token).expect(404);
    await client.patch(`/events/${b.event.id}/sessions/${a.session.id}`, { name: 'x' }, token).expect(404);
    await client.patch(`/events/${b.event.id}/participant-types/${a.types[0].id}`, { name: 'x' }, token).expect(404);
    await client.post(`/events/${b.event.id}/tables`, { kind: 'booth', capacity: 2, exhibitorParticipantId: participantA.participantId }, token).expect(404);
    await client.patch(`/events/${b.event.id}/participant-types/${b.types[0].id}`, { canMeet: [a.types[0].id] }, token).expect(404);
  });

  it('does not list event A among its events', async () => {
    const events = (await client.get('/events', b.organiser.token).expect(200)).body as { id: string }[];
    expect(events.map((event) => event.id)).toEqual([b.event.id]);
  });
});

describe('a helper', () => {
  it('reads the event, set-up and participants but changes nothing', async () => {
    await client.get(`/events/${a.event.id}`, helperToken).expect(200);
    await client.get(`/events/${a.event.id}/participants`, helperToken).expect(200);
    await client.get(`/events/${a.event.id}/tables`, helperToken).expect(200);
    await client.patch(`/events/${a.event.id}`, { name: 'Renamed by helper' }, helperToken).expect(403);
    await client.post(`/events/${a.event.id}/sessions`, { name: 'x', startsAt: '2027-05-11T14:00:00Z', endsAt: '2027-05-11T15:00:00Z', slotMinutes: 20 }, helperToken).expect(403);
    await client.post(`/events/${a.event.id}/participants/${participantA.participantId}/decision`, { decision: 'validate' }, helperToken).expect(403);
    await client.post(`/events/${a.event.id}/participants`, client.profile(a.types[0].id), helperToken).expect(403);
    await client.get(`/events/${a.event.id}/participants/export.csv`, helperToken).expect(403);
    await client.post(`/events/${a.event.id}/members`, { email: 'x@y.example', name: 'x', password: 'long password 1', role: 'organiser' }, helperToken).expect(403);
  });
});

describe('a co-organiser', () => {
  it('sees and manages only the participants its organisation recruited', async () => {
    const listed = (await client.get(`/events/${a.event.id}/participants`, partnerToken).expect(200)).body as { id: string }[];
    expect(listed.map((row) => row.id)).toEqual([partnerRecruitId]);
    await client.get(`/events/${a.event.id}/participants/${participantA.participantId}`, partnerToken).expect(404);
    await client.post(`/events/${a.event.id}/participants/${participantA.participantId}/decision`, { decision: 'validate' }, partnerToken).expect(404);
    await client.post(`/events/${a.event.id}/participants/${partnerRecruitId}/decision`, { decision: 'validate' }, partnerToken).expect(200);
    const csv = (await client.get(`/events/${a.event.id}/participants/export.csv`, partnerToken).expect(200)).text;
    expect(csv.trim().split('\n')).toHaveLength(2);
    await client.patch(`/events/${a.event.id}`, { name: 'Renamed by partner' }, partnerToken).expect(403);
  });

  it('the organiser sees everyone, including the partner’s recruits', async () => {
    const listed = (await client.get(`/events/${a.event.id}/participants`, a.organiser.token).expect(200)).body as { id: string }[];
    expect(listed.map((row) => row.id).sort()).toEqual([participantA.participantId, participantA2.participantId, partnerRecruitId].sort());
  });
});

describe('a participant', () => {
  it('cannot use staff endpoints, even of their own event', async () => {
    await client.get(`/events/${a.event.id}`, participantA.token).expect(403);
    await client.get(`/events/${a.event.id}/participants`, participantA.token).expect(403);
    await client.get(`/events/${a.event.id}/participants/${participantA2.participantId}`, participantA.token).expect(403);
    await client.post(`/events/${a.event.id}/participants/${participantA.participantId}/decision`, { decision: 'validate' }, participantA.token).expect(403);
    await client.post('/events', { name: 'Mine' }, participantA.token).expect(400);
  });

  it('only ever reads and writes their own profile', async () => {
    const own = (await client.get('/me/profile', participantA.token).expect(200)).body;
    expect(own.id).toBe(participantA.participantId);
    await client.put('/me/availability', { unavailableSlotIds: [b.session.slots[0].id] }, participantA.token).expect(400);
    const other = (await client.get('/me/profile', participantA2.token).expect(200)).body;
    expect(other.unavailableSlotIds).toEqual([]);
    expect((await client.get('/me/profile', participantB.token).expect(200)).body.eventId).toBe(b.event.id);
  });

  it('cannot pick another event’s participant type', async () => {
    const profile = client.profile(b.types[0].id);
    delete (profile as Partial<typeof profile>).email;
    const response = await client.put('/me/profile', profile, participantA.token).expect(400);
    expect(response.body.message).toContain('participantTypeId is not a participant type of this event');
  });

  it('public event pages show no participant data', async () => {
    const page = (await client.get(`/events/${a.event.id}/public`).expect(200)).body;
    expect(JSON.stringify(page)).not.toContain('@firm.example');
    expect(page.sessions[0].slots).toHaveLength(3);
    expect(page).toMatchObject({ bookingMode: 'scheduling', maxHighPriorityRequests: 3 });
  });
});
