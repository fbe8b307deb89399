import { DataSource } from 'typeorm';
import { videoLinkFor } from '@clustermeet/database';
import { ApiClient } from '../support/api-client';
import { startTestStack, TestStack } from '../support/test-stack';

let stack: TestStack;
let client: ApiClient;

beforeAll(async () => {
  stack = await startTestStack();
  client = new ApiClient(stack);
}, 60_000);
afterAll(() => stack?.stop());

describe('health', () => {
  it('reports Postgres and Redis up', async () => {
    const response = await client.get('/health').expect(200);
    expect(response.body.info).toMatchObject({ postgres: { status: 'up' }, redis: { status: 'up' } });
  });
});

describe('organiser accounts', () => {
  it('signs up, logs in, and refuses a wrong password or a duplicate email', async () => {
    const organiser = await client.signUpOrganiser();
    await client.post('/auth/login', { email: organiser.email, password: 'correct horse battery' }).expect(200);
    const wrong = await client.post('/auth/login', { email: organiser.email, password: 'wrong password!' }).expect(401);
    expect(wrong.body.message).toBe('Wrong email or password');
    await client.post('/auth/organiser-sign-up', { organisationName: 'Other', name: 'X', email: organiser.email.toUpperCase(), password: 'correct horse battery' }).expect(409);
    const me = await client.get('/auth/me', organiser.token).expect(200);
    expect(me.body).toMatchObject({ kind: 'staff', user: { email: organiser.email } });
  });

  it('stores the password hashed with argon2, never in clear', async () => {
    const organiser = await client.signUpOrganiser();
    const [row] = await stack.api.get(DataSource).query('SELECT password_hash FROM user_account WHERE id = $1', [organiser.userId]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });
});

describe('event set-up', () => {
  it('cuts a session into slots with pauses and refuses overlapping sessions', async () => {
    const { organiser, event } = await client.eventWithOrganiser();
    const afternoon = await client
      .post(`/events/${event.id}/sessions`, { name: 'Afternoon', startsAt: '2027-05-11T13:30:00+02:00', endsAt: '2027-05-11T15:00:00+02:00', slotMinutes: 25, pauseMinutes: 5 }, organiser.token)
      .expect(201);
    expect(afternoon.body.slots.map((slot: { startsAt: string }) => slot.startsAt)).toEqual([
      '2027-05-11T11:30:00.000Z',
      '2027-05-11T12:00:00.000Z',
      '2027-05-11T12:30:00.000Z',
    ]);
    const overlap = await client
      .post(`/events/${event.id}/sessions`, { name: 'Clash', startsAt: '2027-05-11T14:00:00+02:00', endsAt: '2027-05-11T16:00:00+02:00', slotMinutes: 20 }, organiser.token)
      .expect(400);
    expect(overlap.body.message).toContain('overlaps the session "Afternoon"');
  });

  it('numbers tables on from the highest number and keeps the who-can-meet-whom matrix symmetric', async () => {
    const { organiser, event, types } = await client.eventWithOrganiser();
    const more = await client.post(`/events/${event.id}/tables`, { kind: 'table', count: 3, capacity: 4 }, organiser.token).expect(201);
    expect(more.body.map((table: { number: number }) => table.number)).toEqual([3, 4, 5]);
    const [company, research] = types;
    await client.patch(`/events/${event.id}/participant-types/${company.id}`, { canMeet: [research.id] }, organiser.token).expect(200);
    const after = (await client.get(`/events/${event.id}/participant-types`, organiser.token).expect(200)).body as { id: string; canMeet: string[] }[];
    const byId = new Map(after.map((type) => [type.id, type]));
    expect(byId.get(company.id)!.canMeet).toEqual([research.id]);
    expect(byId.get(research.id)!.canMeet).toContain(company.id);
    for (const other of after.filter((type) => type.id !== company.id && type.id !== research.id)) expect(other.canMeet).not.toContain(company.id);
  });

  it('gives online places a video link per meeting and booths an exhibitor', async () => {
    const { organiser, event, types } = await client.eventWithOrganiser();
    const [online] = (await client.post(`/events/${event.id}/tables`, { kind: 'online', capacity: 4 }, organiser.token).expect(201)).body;
    expect(online.videoLinkTemplate).toBe('https://meet.jit.si/clustermeet-{meeting}');
    expect(videoLinkFor(online, 'abc')).toBe('https://meet.jit.si/clustermeet-abc');
    const custom = await client.patch(`/events/${event.id}/tables/${online.id}`, { videoLinkTemplate: 'https://video.example/room/{meeting}' }, organiser.token).expect(200);
    expect(custom.body.videoLinkTemplate).toBe('https://video.example/room/{meeting}');
    const same = await client.patch(`/events/${event.id}/tables/${online.id}`, { videoLinkTemplate: 'https://video.example/one-room' }, organiser.token).expect(400);
    expect(same.body.message).toEqual(['videoLinkTemplate must contain {meeting}, so each meeting gets its own link']);
    await client.post(`/events/${event.id}/tables`, { kind: 'table', capacity: 2, videoLinkTemplate: 'https://v.example/{meeting}' }, organiser.token).expect(400);
    const participant = await client.registeredParticipant(event.id, types[0].id);
    const [booth] = (await client.post(`/events/${event.id}/tables`, { kind: 'booth', capacity: 3, label: 'Booth B12', exhibitorParticipantId: participant.participantId }, organiser.token).expect(201)).body;
    expect(booth).toMatchObject({ kind: 'booth', label: 'Booth B12', exhibitorParticipantId: participant.participantId, number: null });
  });

  it('refuses to drop slots or tables that hold meetings, listing the meetings, and keeps them', async () => {
    const { organiser, event, session, tables } = await client.eventWithOrganiser();
    const dataSource = stack.api.get(DataSource);
    const [meeting] = await dataSource.query(
      `INSERT INTO meeting (event_id, participant_ids, slot_id, table_id) VALUES ($1, '{}', $2, $3) RETURNING id`,
      [event.id, session.slots[2].id, tables[0].id],
    );
    const shorter = await client.patch(`/events/${event.id}/sessions/${session.id}`, { endsAt: '2027-05-11T09:40:00+02:00' }, organiser.token).expect(409);
    expect(shorter.body.affectedMeetings.map((row: { id: string }) => row.id)).toEqual([meeting.id]);
    await client.delete(`/events/${event.id}/tables/${tables[0].id}`, organiser.token).expect(409);
    await client.delete(`/events/${event.id}/sessions/${session.id}`, organiser.token).expect(409);
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM slot WHERE session_id = $1', [session.id]);
    expect(count).toBe(3);
    // Lengthening keeps the existing slots (same ids), so the meeting stays where it was.
    const longer = await client.patch(`/events/${event.id}/sessions/${session.id}`, { endsAt: '2027-05-11T10:20:00+02:00' }, organiser.token).expect(200);
    expect(longer.body.slots.map((slot: { id: string }) => slot.id).slice(0, 3)).toEqual(session.slots.map((slot: { id: string }) => slot.id));
    expect(longer.body.slots).toHaveLength(4);
  });
});

describe('registration and validated profiles', () => {
  it('registers, signs in by emailed link once, completes the profile, and gets validated by email', async () => {
    const { organiser, event, session, types } = await client.eventWithOrganiser();
    const participant = await client.registeredParticipant(event.id, types[0].id);

    const publicList = await client.get(`/events/${event.id}/participants?status=pending`, organiser.token).expect(200);
    expect(publicList.body.map((row: { id: string }) => row.id)).toContain(participant.participantId);

    const profile = client.profile(types[0].id);
    delete (profile as Partial<typeof profile>).email;
    const updated = await client.put('/me/profile', { ...profile, offers: [{ title: 'Blade inspection drones', category: 'technology' }], seeks: [] }, participant.token).expect(200);
    expect(updated.body.offers).toEqual([expect.objectContaining({ title: 'Blade inspection drones', category: 'technology' })]);
    expect(updated.body.seeks).toEqual([]);

    const availability = await client.put('/me/availability', { unavailableSlotIds: [session.slots[0].id] }, participant.token).expect(200);
    expect(availability.body.unavailableSlotIds).toEqual([session.slots[0].id]);

    await client.post(`/events/${event.id}/participants/${participant.participantId}/decision`, { decision: 'reject' }, organiser.token).expect(400);
    await client.post(`/events/${event.id}/participants/${participant.participantId}/decision`, { decision: 'request_changes', reason: 'Please describe your offer in English' }, organiser.token).expect(200);
    const changes = await stack.mailbox.waitForMessage(participant.email, 'Please update your profile');
    expect(changes.text).toContain('Please describe your offer in English');
    // Editing after a change request puts the profile back in the queue.
    const again = await client.put('/me/profile', profile, participant.token).expect(200);
    expect(again.body.status).toBe('pending');

    await client.post(`/events/${event.id}/participants/${participant.participantId}/decision`, { decision: 'validate' }, organiser.token).expect(200);
    const live = await stack.mailbox.waitForMessage(participant.email, 'is live');
    expect(live.html).toContain('<a href="');
    expect((await client.get('/me/profile', participant.token).expect(200)).body.status).toBe('validated');
  });

  it('makes a sign-in link work once only', async () => {
    const { event, types } = await client.eventWithOrganiser();
    const profile = client.profile(types[0].id);
    await client.post(`/events/${event.id}/registrations`, { ...profile, consent: true }).expect(201);
    const message = await stack.mailbox.waitForMessage(profile.email, 'sign-in link');
    const token = new URL(message.text.match(/https?:\/\/\S+\/sign-in\?token=[\w-]+/)![0]).searchParams.get('token');
    await client.post('/auth/sign-in-link/redeem', { token }).expect(200);
    await client.post('/auth/sign-in-link/redeem', { token }).expect(401);
  });

  it('refuses registration without consent, with unknown taxonomy terms, twice, or after registration closed', async () => {
    const { organiser, event, types } = await client.eventWithOrganiser();
    const profile = client.profile(types[0].id);
    const noConsent = await client.post(`/events/${event.id}/registrations`, profile).expect(400);
    expect(noConsent.body.message).toContain('consent must be given to register (consent: true)');
    const badSector = await client.post(`/events/${event.id}/registrations`, { ...profile, sectors: ['astrology'], consent: true }).expect(400);
    expect(badSector.body.message).toContain('sector "astrology" is not one of this event’s sectors');
    await client.post(`/events/${event.id}/registrations`, { ...profile, consent: true }).expect(201);
    const twice = await client.post(`/events/${event.id}/registrations`, { ...profile, consent: true }).expect(409);
    expect(twice.body.message).toContain('already registered');
    await client.patch(`/events/${event.id}`, { registrationOpensAt: '2020-01-01T00:00:00Z', registrationClosesAt: '2020-02-01T00:00:00Z' }, organiser.token).expect(200);
    await client.post(`/events/${event.id}/registrations`, { ...client.profile(types[0].id), consent: true }).expect(403);
  });

  it('records consent at first sign-in for someone the organiser registered', async () => {
    const { organiser, event, types } = await client.eventWithOrganiser();
    const profile = client.profile(types[0].id);
    const created = await client.post(`/events/${event.id}/participants`, profile, organiser.token).expect(201);
    expect(created.body.consentedAt).toBeNull();
    const invitation = await stack.mailbox.waitForMessage(profile.email, 'You are registered');
    expect(invitation.text).toContain('Mette Organiser has registered you');
    const token = new URL(invitation.text.match(/https?:\/\/\S+\/sign-in\?token=[\w-]+/)![0]).searchParams.get('token');
    const session = (await client.post('/auth/sign-in-link/redeem', { token }).expect(200)).body;
    await client.post('/me/consent', { consent: false }, session.accessToken).expect(400);
    const consented = await client.post('/me/consent', { consent: true }, session.accessToken).expect(200);
    expect(new Date(consented.body.consentedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('lets a participant download and then delete their data', async () => {
    const { organiser, event, types } = await client.eventWithOrganiser();
    const participant = await client.registeredParticipant(event.id, types[0].id);
    const data = await client.get('/me/data', participant.token).expect(200);
    expect(data.body.profile.email).toBe(participant.email);
    expect(data.body.emails.length).toBeGreaterThan(0);
    await client.delete('/me', participant.token).expect(204);
    await client.get(`/events/${event.id}/participants/${participant.participantId}`, organiser.token).expect(404);
    await client.get('/me/profile', participant.token).expect(401);
  });
});
