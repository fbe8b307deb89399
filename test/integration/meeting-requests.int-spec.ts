import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { MeetingRequestStatus, ParticipantStatus } from '@clustermeet/contracts';
import { Meeting, MeetingRequest, MeetingSeat, Participant } from '@clustermeet/database';
import { ApiClient } from '../support/api-client';
import { startTestStack, TestStack } from '../support/test-stack';

let stack: TestStack;
let client: ApiClient;

beforeAll(async () => {
  stack = await startTestStack();
  client = new ApiClient(stack);
}, 60_000);
afterAll(() => stack?.stop());

type Ctx = Awaited<ReturnType<ApiClient['eventWithOrganiser']>>;
type Person = { participantId: string; token: string; email: string };

async function validatedParticipant(ctx: Ctx, overrides: Record<string, unknown> = {}, typeIndex = 0): Promise<Person> {
  const person = await client.registeredParticipant(ctx.event.id, ctx.types[typeIndex].id, overrides);
  await client.post(`/events/${ctx.event.id}/participants/${person.participantId}/decision`, { decision: 'validate' }, ctx.organiser.token).expect(200);
  return person;
}

const request = (ctx: Ctx, from: Person, to: Person, extra: Record<string, unknown> = {}) =>
  client.post(`/events/${ctx.event.id}/meeting-requests`, { recipientId: to.participantId, message: 'Let us talk about cables', ...extra }, from.token);

describe('requests then scheduling (the default)', () => {
  let ctx: Ctx;
  let anna: Person;
  let bo: Person;

  beforeAll(async () => {
    ctx = await client.eventWithOrganiser();
    anna = await validatedParticipant(ctx, { firstName: 'Anna', organisation: { name: 'Elbe Sensorik GmbH', type: 'sme', country: 'DE', sizeBand: 'under-50' } });
    bo = await validatedParticipant(ctx, { firstName: 'Bo', organisation: { name: 'Limfjord Service A/S', type: 'sme', country: 'DK', sizeBand: 'under-50' } });
  });

  it('emails the recipient, who accepts; the requester hears back and the meeting waits for the scheduler', async () => {
    const created = (await request(ctx, anna, bo).expect(201)).body;
    expect(created).toMatchObject({ status: 'pending', direction: 'sent', recipient: { firstName: 'Bo' } });
    // The answer is built from what the transaction loaded; it must match the request as read back.
    expect((await client.get('/me/meeting-requests?direction=sent', anna.token).expect(200)).body).toEqual([created]);
    const email = await stack.mailbox.waitForMessage(bo.email, 'asks to meet you');
    expect(email.subject).toBe('Anna Nielsen (Elbe Sensorik GmbH) asks to meet you at ' + ctx.event.name);
    expect(email.text).toContain('"Let us talk about cables"');
    expect(email.text).toMatch(/\/sign-in\?token=[\w-]+&next=%2Fme%2Frequests/);

    const received = (await client.get('/me/meeting-requests?direction=received', bo.token).expect(200)).body;
    expect(received.map((row: { id: string }) => row.id)).toEqual([created.id]);
    const accepted = (await client.post(`/me/meeting-requests/${created.id}/accept`, {}, bo.token).expect(200)).body;
    expect(accepted.status).toBe('accepted');
    const reply = await stack.mailbox.waitForMessage(anna.email, 'accepted your meeting request');
    expect(reply.text).toContain('The organisers will place the meeting in your agenda');
    expect(await stack.api.get(DataSource).getRepository(Meeting).countBy({ requestId: created.id })).toBe(0);
    await client.post(`/me/meeting-requests/${created.id}/accept`, {}, bo.token).expect(409);
  });

  it('allows one open request per pair, in either direction', async () => {
    const cara = await validatedParticipant(ctx, { firstName: 'Cara' });
    const first = (await request(ctx, anna, cara).expect(201)).body;
    const again = await request(ctx, anna, cara).expect(409);
    expect(again.body.message).toContain('You already have an open meeting request with Cara');
    await request(ctx, cara, anna).expect(409);
    await client.post(`/me/meeting-requests/${first.id}/decline`, { reason: 'Not our focus this year' }, cara.token).expect(200);
    const declined = await stack.mailbox.waitForMessage(anna.email, 'declined your meeting request');
    expect(declined.text).toContain('Reason: Not our focus this year');
    await request(ctx, cara, anna).expect(201);
  });

  it('lets the requester withdraw, and only the recipient answer', async () => {
    const dan = await validatedParticipant(ctx, { firstName: 'Dan' });
    const created = (await request(ctx, bo, dan).expect(201)).body;
    await client.post(`/me/meeting-requests/${created.id}/accept`, {}, bo.token).expect(404);
    await client.post(`/me/meeting-requests/${created.id}/withdraw`, {}, dan.token).expect(404);
    expect((await client.post(`/me/meeting-requests/${created.id}/withdraw`, {}, bo.token).expect(200)).body.status).toBe('withdrawn');
    await client.post(`/me/meeting-requests/${created.id}/accept`, {}, dan.token).expect(409);
  });

  it('enforces the rules: validated people, the booking window, who may meet whom, quotas and priorities', async () => {
    const pending = await client.registeredParticipant(ctx.event.id, ctx.types[0].id);
    expect((await request(ctx, pending, anna).expect(403)).body.message).toContain('must be validated');
    await request(ctx, anna, pending).expect(404);
    await request(ctx, anna, anna).expect(400);
    await request(ctx, anna, bo, { proposedSlotId: ctx.session.slots[0].id }).expect(400);

    const [company, research] = ctx.types;
    await client.patch(`/events/${ctx.event.id}/participant-types/${company.id}`, { canMeet: [company.id], maxRequests: 3 }, ctx.organiser.token).expect(200);
    const researcher = await validatedParticipant(ctx, { firstName: 'Rita' }, 1);
    expect((await request(ctx, anna, researcher).expect(403)).body.message).toBe(`At this event, participants of type ${company.name} cannot request meetings with type ${research.name}`);
    await request(ctx, researcher, anna).expect(403);

    const eve = await validatedParticipant(ctx, { firstName: 'Eve' });
    const targets = await Promise.all([1, 2, 3, 4].map((n) => validatedParticipant(ctx, { firstName: `Target${n}` })));
    await request(ctx, eve, targets[0], { highPriority: true }).expect(201);
    await client.patch(`/events/${ctx.event.id}`, { maxHighPriorityRequests: 1 }, ctx.organiser.token).expect(200);
    expect((await request(ctx, eve, targets[1], { highPriority: true }).expect(409)).body.message).toBe('You can mark at most 1 requests as high priority');
    await request(ctx, eve, targets[1]).expect(201);
    await request(ctx, eve, targets[2]).expect(201);
    expect((await request(ctx, eve, targets[3]).expect(409)).body.message).toBe(`You have reached the limit of 3 open requests for ${company.name} participants`);

    await client.patch(`/events/${ctx.event.id}`, { bookingOpensAt: '2020-01-01T00:00:00Z', bookingClosesAt: '2020-02-01T00:00:00Z' }, ctx.organiser.token).expect(200);
    expect((await request(ctx, targets[3], targets[2]).expect(403)).body.message).toBe('Meeting booking is not open for this event');
  });

  it('takes a colleague from the same organisation only', async () => {
    const other = await client.eventWithOrganiser();
    const lead = await validatedParticipant(other, { firstName: 'Lead', organisation: { name: 'Nordic Wind ApS', type: 'sme', country: 'DK', sizeBand: 'under-50' } });
    const colleague = await validatedParticipant(other, { firstName: 'Colleague', organisation: { name: 'nordic wind aps ', type: 'sme', country: 'DK', sizeBand: 'under-50' } });
    const stranger = await validatedParticipant(other, { firstName: 'Stranger', organisation: { name: 'Other Firm', type: 'sme', country: 'DK', sizeBand: 'under-50' } });
    const partner = await validatedParticipant(other, { firstName: 'Partner' });
    expect((await request(other, lead, partner, { colleagueId: stranger.participantId }).expect(400)).body.message).toContain('is not from your organisation');
    const created = (await request(other, lead, partner, { colleagueId: colleague.participantId }).expect(201)).body;
    expect(created.colleague.firstName).toBe('Colleague');
    expect((await client.get('/me/meeting-requests', colleague.token).expect(200)).body.map((row: { id: string }) => row.id)).toEqual([created.id]);
  });
});

describe('self-booking', () => {
  let ctx: Ctx;
  let anna: Person;
  let bo: Person;
  let cara: Person;

  beforeAll(async () => {
    ctx = await client.eventWithOrganiser();
    await client.patch(`/events/${ctx.event.id}`, { bookingMode: 'self_booking' }, ctx.organiser.token).expect(200);
    [anna, bo, cara] = await Promise.all(['Anna', 'Bo', 'Cara'].map((firstName) => validatedParticipant(ctx, { firstName })));
  });

  it('places the meeting at a table when the recipient accepts, and frees it on withdrawal', async () => {
    const slot = ctx.session.slots[1];
    await request(ctx, anna, bo).expect(400);
    const created = (await request(ctx, anna, bo, { proposedSlotId: slot.id }).expect(201)).body;
    await client.post(`/me/meeting-requests/${created.id}/accept`, {}, bo.token).expect(200);
    const reply = await stack.mailbox.waitForMessage(anna.email, 'accepted your meeting request');
    expect(reply.text).toMatch(/Time: .*\d\d:\d\d–\d\d:\d\d\. Place: Table \d/);
    const dataSource = stack.api.get(DataSource);
    const meeting = await dataSource.getRepository(Meeting).findOneByOrFail({ requestId: created.id });
    expect(meeting).toMatchObject({ slotId: slot.id, status: 'scheduled' });
    expect(meeting.tableId).not.toBeNull();

    const clash = await request(ctx, cara, bo, { proposedSlotId: slot.id }).expect(409);
    expect(clash.body.message).toBe('Bo Nielsen already has a meeting then');
    await client.post(`/me/meeting-requests/${created.id}/withdraw`, {}, anna.token).expect(200);
    expect((await dataSource.getRepository(Meeting).findOneByOrFail({ id: meeting.id })).status).toBe('cancelled');
    await request(ctx, cara, bo, { proposedSlotId: slot.id }).expect(201);
  });

  it('refuses a slot one of them is absent from', async () => {
    const dan = await validatedParticipant(ctx, { firstName: 'Dan' });
    await client.put('/me/availability', { unavailableSlotIds: [ctx.session.slots[0].id] }, dan.token).expect(200);
    expect((await request(ctx, anna, dan, { proposedSlotId: ctx.session.slots[0].id }).expect(409)).body.message).toBe('Dan Nielsen is not present in that slot');
  });

  it('lets exactly one of 200 concurrent accepts for one slot win', async () => {
    const dataSource = stack.api.get(DataSource);
    const popular = await validatedParticipant(ctx, { firstName: 'Popular' });
    const slot = ctx.session.slots[2];
    const template = await dataSource.getRepository(Participant).findOneByOrFail({ id: anna.participantId });
    const requesters = await dataSource.getRepository(Participant).save(
      Array.from({ length: 200 }, (_, index) => {
        const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = template;
        return dataSource.getRepository(Participant).create({ ...fields, email: `racer-${index}@race.example`, firstName: `Racer${index}`, status: ParticipantStatus.Validated });
      }),
    );
    const requests = await dataSource.getRepository(MeetingRequest).save(
      requesters.map((requester) => ({ eventId: ctx.event.id, requesterId: requester.id, recipientId: popular.participantId, proposedSlotId: slot.id, expiresAt: new Date(Date.now() + 3_600_000) })),
    );
    const statuses = await Promise.all(requests.map((row) => client.post(`/me/meeting-requests/${row.id}/accept`, {}, popular.token).then((response) => response.status)));
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(199);
    expect(await dataSource.getRepository(MeetingSeat).countBy({ participantId: popular.participantId, slotId: slot.id })).toBe(1);
    expect(await dataSource.getRepository(MeetingRequest).countBy({ recipientId: popular.participantId, status: MeetingRequestStatus.Accepted })).toBe(1);
  }, 120_000);

  it('never puts two meetings at one table in one slot when pairs race for the last table', async () => {
    const dataSource = stack.api.get(DataSource);
    const jwt = stack.api.get(JwtService);
    const slot = ctx.session.slots[0];
    const template = await dataSource.getRepository(Participant).findOneByOrFail({ id: anna.participantId });
    const make = (prefix: string, count: number) =>
      dataSource.getRepository(Participant).save(
        Array.from({ length: count }, (_, index) => {
          const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = template;
          return dataSource.getRepository(Participant).create({ ...fields, email: `${prefix}-${index}@race.example`, firstName: `${prefix}${index}`, status: ParticipantStatus.Validated, unavailableSlotIds: [] });
        }),
      );
    const [askers, hosts] = await Promise.all([make('asker', 30), make('host', 30)]);
    const requests = await dataSource.getRepository(MeetingRequest).save(
      askers.map((asker, index) => ({ eventId: ctx.event.id, requesterId: asker.id, recipientId: hosts[index].id, proposedSlotId: slot.id, expiresAt: new Date(Date.now() + 3_600_000) })),
    );
    const secret = process.env.JWT_SECRET ?? 'clustermeet-development-secret-change-me-in-production';
    const tokens = await Promise.all(hosts.map((host) => jwt.signAsync({ sub: host.id, kind: 'participant', evt: ctx.event.id }, { secret })));
    const statuses = await Promise.all(requests.map((row, index) => client.post(`/me/meeting-requests/${row.id}/accept`, {}, tokens[index]).then((response) => response.status)));
    const tables = ctx.tables.length;
    expect(statuses.filter((status) => status === 200)).toHaveLength(tables);
    const [{ max }] = await dataSource.query(`SELECT max(n)::int AS max FROM (SELECT count(*) AS n FROM meeting WHERE slot_id = $1 AND status = 'scheduled' GROUP BY table_id) t`, [slot.id]);
    expect(max).toBe(1);
  }, 120_000);
});
