import { DataSource } from 'typeorm';
import { ApiClient } from '../support/api-client';
import { startTestStack, TestStack } from '../support/test-stack';

let stack: TestStack;
let client: ApiClient;
let ctx: Awaited<ReturnType<ApiClient['eventWithOrganiser']>>;
type Person = { participantId: string; token: string; email: string };
const people: Record<string, Person> = {};

async function validated(key: string, overrides: Record<string, unknown>, typeIndex = 0) {
  const person = await client.registeredParticipant(ctx.event.id, ctx.types[typeIndex].id, { firstName: key, ...overrides });
  await client.post(`/events/${ctx.event.id}/participants/${person.participantId}/decision`, { decision: 'validate' }, ctx.organiser.token).expect(200);
  people[key] = person;
}
const org = (name: string, country = 'DK') => ({ name, type: 'sme', country, sizeBand: 'under-50' });

beforeAll(async () => {
  stack = await startTestStack();
  client = new ApiClient(stack);
  ctx = await client.eventWithOrganiser();
  const [company, research] = ctx.types;
  // Companies may meet companies only; research may meet research only.
  await client.patch(`/events/${ctx.event.id}/participant-types/${company.id}`, { canMeet: [company.id] }, ctx.organiser.token).expect(200);
  await client.patch(`/events/${ctx.event.id}/participant-types/${research.id}`, { canMeet: [research.id] }, ctx.organiser.token).expect(200);
  await validated('Seeker', {
    organisation: org('Vestkyst Subsea ApS'), sectors: ['offshore-wind'],
    offers: [{ title: 'ROV cable inspection', category: 'service' }], seeks: [{ title: 'Distribution partner in Germany', category: 'commercial' }],
  });
  await validated('Distributor', {
    organisation: org('Hanse Marine Vertrieb GmbH', 'DE'), sectors: ['maritime'],
    offers: [{ title: 'Distribution network in Germany for marine equipment', category: 'commercial' }], seeks: [],
  });
  await validated('Buyer', {
    organisation: org('Nordsee Wind GmbH', 'DE'), sectors: ['offshore-wind'],
    offers: [], seeks: [{ title: 'Cable inspection services', category: 'service' }],
  });
  await validated('Baker', { organisation: org('Bornholm Bakery ApS'), sectors: ['food-bio'], offers: [{ title: 'Rye bread ovens', category: 'product' }], seeks: [{ title: 'Flour mills', category: 'product' }] });
  await validated('Researcher', { organisation: org('Institute of Trade'), offers: [{ title: 'Distribution studies for Germany', category: 'commercial' }], seeks: [] }, 1);
}, 90_000);
afterAll(() => stack?.stop());

describe('recommendations', () => {
  it('matches offers to seeks both ways, with the reason, within the who-can-meet-whom matrix', async () => {
    const list = (await client.get('/me/recommendations', people.Seeker.token).expect(200)).body as { participant: { id: string; firstName: string }; reason: string; score: number }[];
    expect(list.map((entry) => entry.participant.firstName).sort()).toEqual(['Buyer', 'Distributor']);
    const byName = Object.fromEntries(list.map((entry) => [entry.participant.firstName, entry]));
    expect(byName.Distributor.reason).toBe('offers “Distribution network in Germany for marine equipment”, which you seek (“Distribution partner in Germany”)');
    expect(byName.Buyer.reason).toBe('seeks “Cable inspection services”, which you offer (“ROV cable inspection”)');
    expect(list.every((entry) => entry.score > 0)).toBe(true);
  });

  it('lets organisers see any participant’s recommendations', async () => {
    const list = (await client.get(`/events/${ctx.event.id}/participants/${people.Buyer.participantId}/recommendations`, ctx.organiser.token).expect(200)).body;
    expect(list.map((entry: { participant: { firstName: string } }) => entry.participant.firstName)).toEqual(['Seeker']);
    await client.get(`/events/${ctx.event.id}/participants/${people.Buyer.participantId}/recommendations`, people.Seeker.token).expect(403);
  });
});

describe('organiser booking status', () => {
  it('counts participants and requests, and who has no good match or no requests yet', async () => {
    await client.post(`/events/${ctx.event.id}/meeting-requests`, { recipientId: people.Distributor.participantId }, people.Seeker.token).expect(201);
    const status = (await client.get(`/events/${ctx.event.id}/booking-status`, ctx.organiser.token).expect(200)).body;
    expect(status.participants).toMatchObject({ registered: 5, validated: 5, pending: 0 });
    expect(status.requests).toMatchObject({ sent: 1, pending: 1, accepted: 0 });
    expect(status.participantsWithoutRequests).toBe(3);
    expect(status.participantsWithoutGoodMatch).toBe(2);
    expect(status.byCountry).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'DE', participants: 2, requestsSent: 0 }), expect.objectContaining({ key: 'DK', participants: 3, requestsSent: 1 })]));
    await client.get(`/events/${ctx.event.id}/booking-status`, people.Seeker.token).expect(403);
  });

  it('lists whom to chase: unanswered requests first, then people without requests', async () => {
    await stack.api.get(DataSource).query(`UPDATE meeting_request SET created_at = now() - interval '3 days' WHERE recipient_id = $1`, [people.Distributor.participantId]);
    const chase = (await client.get(`/events/${ctx.event.id}/chase-list`, ctx.organiser.token).expect(200)).body as { name: string; reason: string; unansweredRequests?: number }[];
    expect(chase[0]).toMatchObject({ name: 'Distributor Nielsen', reason: 'unanswered-requests', unansweredRequests: 1 });
    expect(chase.filter((row) => row.reason === 'no-requests').map((row) => row.name).sort()).toEqual(['Baker Nielsen', 'Buyer Nielsen', 'Researcher Nielsen']);
  });
});

describe('directory filters for booking', () => {
  it('hides people I already contacted and people with no free slot left', async () => {
    const ids = async (query: string) => ((await client.get(`/events/${ctx.event.id}/directory?${query}`, people.Seeker.token).expect(200)).body.items as { id: string }[]).map((item) => item.id);
    expect(await ids('notContacted=true')).not.toContain(people.Distributor.participantId);
    expect(await ids('')).toContain(people.Distributor.participantId);
    await client.put('/me/availability', { unavailableSlotIds: ctx.session.slots.map((slot: { id: string }) => slot.id) }, people.Baker.token).expect(200);
    expect(await ids('hasFreeSlots=true')).not.toContain(people.Baker.participantId);
    expect(await ids('hasFreeSlots=true')).toContain(people.Buyer.participantId);
  });

  it('shows the slots two people are both free in', async () => {
    await client.put('/me/availability', { unavailableSlotIds: [ctx.session.slots[0].id] }, people.Buyer.token).expect(200);
    const slots = (await client.get(`/events/${ctx.event.id}/directory/${people.Buyer.participantId}/free-slots`, people.Seeker.token).expect(200)).body;
    expect(slots.map((slot: { id: string }) => slot.id)).toEqual(ctx.session.slots.slice(1).map((slot: { id: string }) => slot.id));
  });
});
