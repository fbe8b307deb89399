import { randomUUID } from 'node:crypto';
import { ApiClient } from '../support/api-client';
import { startTestStack, TestStack } from '../support/test-stack';

/** Wrong types, missing fields, oversized strings, unknown and foreign ids: always a 4xx that says what is wrong. */
let stack: TestStack;
let client: ApiClient;
let ctx: Awaited<ReturnType<ApiClient['eventWithOrganiser']>>;
let participant: { participantId: string; token: string };
const long = (length: number) => 'x'.repeat(length);

beforeAll(async () => {
  stack = await startTestStack({ worker: true });
  client = new ApiClient(stack);
  ctx = await client.eventWithOrganiser();
  participant = await client.registeredParticipant(ctx.event.id, ctx.types[0].id);
}, 60_000);
afterAll(() => stack?.stop());

type Case = [label: string, method: 'post' | 'patch' | 'put', path: () => string, body: unknown, token: () => string | undefined, expected: string];
/** Bodies that need the seeded event are functions, evaluated when the test runs. */
const bodyOf = (body: unknown) => (typeof body === 'function' ? body() : body);
const organiser = () => ctx.organiser.token;
const me = () => participant.token;

const cases: Case[] = [
  ['sign-up without email', 'post', () => '/auth/organiser-sign-up', { organisationName: 'Org', name: 'N', password: 'long enough pw' }, () => undefined, 'email must be a valid email address'],
  ['sign-up with a short password', 'post', () => '/auth/organiser-sign-up', { organisationName: 'Org', name: 'N', email: 'a@b.example', password: 'short' }, () => undefined, 'password must be 10 to 200 characters long'],
  ['sign-up with a number as name', 'post', () => '/auth/organiser-sign-up', { organisationName: 'Org', name: 42, email: 'a@b.example', password: 'long enough pw' }, () => undefined, 'name must be a string'],
  ['sign-up with an unknown field', 'post', () => '/auth/organiser-sign-up', { organisationName: 'Org', name: 'N', email: 'a@b.example', password: 'long enough pw', admin: true }, () => undefined, 'property admin should not exist'],
  ['login with an array email', 'post', () => '/auth/login', { email: ['a@b.example'], password: 'x' }, () => undefined, 'email must be a valid email address'],
  ['sign-in link for a non-uuid event', 'post', () => '/auth/sign-in-link', { eventId: 'abc', email: 'a@b.example' }, () => undefined, 'eventId must be a UUID'],
  ['redeem with a missing token', 'post', () => '/auth/sign-in-link/redeem', {}, () => undefined, 'token must be a string'],
  ['event with an oversized name', 'post', () => '/events', { name: long(201) }, organiser, 'name must be shorter than or equal to 200 characters'],
  ['event with an unknown time zone', 'post', () => '/events', { name: 'Day', timeZone: 'Mars/Olympus' }, organiser, 'timeZone must be an IANA time zone such as Europe/Copenhagen'],
  ['event with a bad date', 'post', () => '/events', { name: 'Day', registrationOpensAt: '31/12/2027' }, organiser, 'registrationOpensAt must be an ISO 8601 date-time'],
  ['event closing before it opens', 'patch', () => `/events/${ctx.event.id}`, { registrationOpensAt: '2027-02-01T00:00:00Z', registrationClosesAt: '2027-01-01T00:00:00Z' }, organiser, 'registration must open before it closes'],
  ['event with an unsupported language', 'patch', () => `/events/${ctx.event.id}`, { languages: ['klingon'] }, organiser, 'languages may contain en and da'],
  ['taxonomy term with a bad key', 'patch', () => `/events/${ctx.event.id}`, { taxonomies: { sectors: [{ key: 'has space', label: 'X' }], countries: [], organisationTypes: [], categories: [] } }, organiser, 'taxonomies.sectors.0.key must be 1–60 letters, digits, - or _'],
  ['profile questions with duplicate keys', 'patch', () => `/events/${ctx.event.id}`, { profileQuestions: [{ key: 'q', label: 'A', type: 'text', required: false }, { key: 'q', label: 'B', type: 'text', required: false }] }, organiser, 'profileQuestions: the key "q" is used twice'],
  ['session with slot length as text', 'post', () => `/events/${ctx.event.id}/sessions`, { name: 'S', startsAt: '2027-05-11T13:00:00Z', endsAt: '2027-05-11T14:00:00Z', slotMinutes: 'twenty' }, organiser, 'slotMinutes must be an integer number'],
  ['session ending before it starts', 'post', () => `/events/${ctx.event.id}/sessions`, { name: 'S', startsAt: '2027-05-11T14:00:00Z', endsAt: '2027-05-11T13:00:00Z', slotMinutes: 20 }, organiser, 'endsAt must be after startsAt'],
  ['session shorter than a slot', 'post', () => `/events/${ctx.event.id}/sessions`, { name: 'S', startsAt: '2027-05-11T13:00:00Z', endsAt: '2027-05-11T13:10:00Z', slotMinutes: 20 }, organiser, 'shorter than one 20-minute slot'],
  ['session lasting days', 'post', () => `/events/${ctx.event.id}/sessions`, { name: 'S', startsAt: '2027-05-11T13:00:00Z', endsAt: '2027-05-14T13:00:00Z', slotMinutes: 20 }, organiser, 'a session may last at most 16 hours'],
  ['tables of an unknown kind', 'post', () => `/events/${ctx.event.id}/tables`, { kind: 'sofa', capacity: 2 }, organiser, 'kind must be one of table, booth, room, online'],
  ['a thousand tables', 'post', () => `/events/${ctx.event.id}/tables`, { kind: 'table', count: 1000, capacity: 2 }, organiser, 'count must not be greater than 500'],
  ['a count of rooms', 'post', () => `/events/${ctx.event.id}/tables`, { kind: 'room', count: 3, capacity: 6 }, organiser, 'count is only for numbered tables'],
  ['a negative quota', 'post', () => `/events/${ctx.event.id}/participant-types`, { name: 'Buyer', maxMeetings: -1 }, organiser, 'maxMeetings must not be less than 0'],
  ['registration without organisation', 'post', () => `/events/${ctx.event.id}/registrations`, () => ({ ...client.profile(ctx.types[0].id), organisation: undefined, consent: true }), () => undefined, 'organisation must be an object'],
  ['registration with a bad size band', 'post', () => `/events/${ctx.event.id}/registrations`, () => ({ ...client.profile(ctx.types[0].id, { organisation: { name: 'X', type: 'sme', country: 'DK', sizeBand: 'huge' } }), consent: true }), () => undefined, 'organisation.sizeBand must be one of under-50, 50-249, 250-plus'],
  ['registration with an oversized description', 'post', () => `/events/${ctx.event.id}/registrations`, () => ({ ...client.profile(ctx.types[0].id), description: long(5001), consent: true }), () => undefined, 'description must be shorter than or equal to 5000 characters'],
  ['registration with 21 offers', 'post', () => `/events/${ctx.event.id}/registrations`, () => ({ ...client.profile(ctx.types[0].id), offers: Array.from({ length: 21 }, () => ({ title: 'x' })), consent: true }), () => undefined, 'offers must contain no more than 20 elements'],
  ['registration with an untitled offer', 'post', () => `/events/${ctx.event.id}/registrations`, () => ({ ...client.profile(ctx.types[0].id), offers: [{ description: 'no title' }], consent: true }), () => undefined, 'offers.0.title must be a string'],
  ['registration with a javascript: website', 'post', () => `/events/${ctx.event.id}/registrations`, () => ({ ...client.profile(ctx.types[0].id, { organisation: { name: 'X', type: 'sme', country: 'DK', sizeBand: 'under-50', website: 'javascript:alert(1)' } }), consent: true }), () => undefined, 'organisation.website must be a URL starting with http:// or https://'],
  ['registration with an unknown country', 'post', () => `/events/${ctx.event.id}/registrations`, () => ({ ...client.profile(ctx.types[0].id, { organisation: { name: 'X', type: 'sme', country: 'Atlantis', sizeBand: 'under-50' } }), consent: true }), () => undefined, 'organisation.country "Atlantis" is not one of this event’s countries'],
  ['a decision that does not exist', 'post', () => `/events/${ctx.event.id}/participants/${participant.participantId}/decision`, { decision: 'maybe' }, organiser, 'decision must be validate, reject or request_changes'],
  ['own profile trying to change email', 'put', () => '/me/profile', () => ({ ...client.profile(ctx.types[0].id) }), me, 'property email should not exist'],
  ['availability with non-uuid slots', 'put', () => '/me/availability', { unavailableSlotIds: ['morning'] }, me, 'unavailableSlotIds must hold slot ids'],
  ['availability with an unknown slot', 'put', () => '/me/availability', { unavailableSlotIds: [randomUUID()] }, me, 'not part of this event'],
];

describe('bad input gets a 400 that names the problem', () => {
  it.each(cases)('%s', async (_label, method, path, body, token, expected) => {
    const response = await client[method](path(), bodyOf(body), token()).expect(400);
    expect(JSON.stringify(response.body.message)).toContain(expected.replace(/"/g, '\\"'));
  });
});

describe('unknown ids and malformed requests', () => {
  it('answers 400 for ids that are not UUIDs', async () => {
    const response = await client.get(`/events/${ctx.event.id}/participants/not-a-uuid`, organiser()).expect(400);
    expect(response.body.message).toBe('participantId must be a UUID');
  });

  it('answers 404 for UUIDs that do not exist', async () => {
    await client.get(`/events/${randomUUID()}`, organiser()).expect(404);
    await client.get(`/events/${randomUUID()}/public`).expect(404);
    await client.post(`/events/${randomUUID()}/registrations`, { ...client.profile(ctx.types[0].id), consent: true }).expect(404);
    await client.get(`/events/${ctx.event.id}/participants/${randomUUID()}`, organiser()).expect(404);
    await client.patch(`/events/${ctx.event.id}/sessions/${randomUUID()}`, { name: 'Nope' }, organiser()).expect(404);
    await client.delete(`/events/${ctx.event.id}/participant-types/${randomUUID()}`, organiser()).expect(404);
    const booth = await client.post(`/events/${ctx.event.id}/tables`, { kind: 'booth', capacity: 2, exhibitorParticipantId: randomUUID() }, organiser()).expect(404);
    expect(booth.body.message).toBe('Exhibitor participant not found');
    const type = await client.post(`/events/${ctx.event.id}/participant-types`, { name: 'Buyer', canMeet: [randomUUID()] }, organiser()).expect(404);
    expect(type.body.message).toMatch(/^Participant type .* not found$/);
    expect((await client.get(`/events/${ctx.event.id}/participant-types`, organiser()).expect(200)).body.map((t: { name: string }) => t.name)).not.toContain('Buyer');
  });

  it('answers 400 for malformed JSON and 413 for an oversized body', async () => {
    const malformed = await client.http().post('/api/auth/login').set('Content-Type', 'application/json').send('{"email": ').expect(400);
    expect(malformed.body.statusCode).toBe(400);
    await client.http().post('/api/auth/login').set('Content-Type', 'application/json').send(JSON.stringify({ email: 'a@b.example', password: long(2 * 1024 * 1024) })).expect(413);
  });

  it('keeps data already saved when an update is refused', async () => {
    const before = (await client.get('/me/profile', me()).expect(200)).body;
    await client.put('/me/profile', { ...client.profile(ctx.types[0].id), email: undefined, sectors: ['nonsense'] }, me()).expect(400);
    const after = (await client.get('/me/profile', me()).expect(200)).body;
    expect(after).toEqual(before);
  });
});
