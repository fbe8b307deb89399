import { ApiClient } from '../support/api-client';
import { startTestStack, TestStack } from '../support/test-stack';

let stack: TestStack;
let client: ApiClient;
let ctx: Awaited<ReturnType<ApiClient['eventWithOrganiser']>>;
let viewer: { participantId: string; token: string };
const ids: Record<string, string> = {};

type Overrides = Record<string, unknown>;
async function validated(key: string, overrides: Overrides) {
  const participant = await client.registeredParticipant(ctx.event.id, ctx.types[0].id, overrides);
  await client.post(`/events/${ctx.event.id}/participants/${participant.participantId}/decision`, { decision: 'validate' }, ctx.organiser.token).expect(200);
  ids[key] = participant.participantId;
  return participant;
}
const search = (query: Record<string, string | number | boolean>, token = viewer.token) =>
  client.get(`/events/${ctx.event.id}/directory?${new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]))}`, token);
const found = async (query: Record<string, string | number | boolean>) => ((await search(query).expect(200)).body.items as { id: string }[]).map((item) => item.id);

beforeAll(async () => {
  stack = await startTestStack();
  client = new ApiClient(stack);
  ctx = await client.eventWithOrganiser();
  viewer = await validated('viewer', { organisation: { name: 'Viewer ApS', type: 'sme', country: 'DK', sizeBand: 'under-50' } });
  await validated('gothenburg', {
    organisation: { name: 'Hamnteknik AB', type: 'sme', country: 'SE', city: 'Göteborg', sizeBand: '50-249' },
    sectors: ['maritime'], description: 'Shore power for ports.', offers: [{ title: 'Shore power systems', category: 'product' }], seeks: [],
  });
  await validated('danish', {
    organisation: { name: 'Limfjord Service A/S', type: 'sme', country: 'DK', sizeBand: 'under-50' },
    sectors: ['offshore-wind'], description: 'Vi servicerer havvindmøller i Nordsøen.', offers: [{ title: 'Service af vindmøller', category: 'service' }], seeks: [{ title: 'Partnere i Tyskland', category: 'commercial' }],
  });
  await validated('inspection', {
    organisation: { name: 'Subsea Robotics ApS', type: 'start-up', country: 'DK', sizeBand: 'under-50' },
    sectors: ['robotics', 'offshore-wind'], description: 'Underwater drones.', offers: [{ title: 'Cable inspections with ROVs', category: 'service' }], seeks: [{ title: 'Investors for series A', category: 'investment' }],
  });
  await validated('mentions', {
    organisation: { name: 'Elbe Consulting GmbH', type: 'sme', country: 'DE', sizeBand: 'under-50' },
    sectors: ['digital'], description: 'We advise on robotics strategy.', offers: [{ title: 'Strategy workshops', category: 'service' }], seeks: [],
  });
  const pending = await client.registeredParticipant(ctx.event.id, ctx.types[0].id, { organisation: { name: 'Robotics Pending ApS', type: 'sme', country: 'DK', sizeBand: 'under-50' } });
  ids.pending = pending.participantId;
}, 90_000);
afterAll(() => stack?.stop());

describe('directory search', () => {
  it('lists validated profiles only, never the viewer, with totals for paging', async () => {
    const page = (await search({}).expect(200)).body;
    expect(page.total).toBe(4);
    expect(page.items.map((item: { id: string }) => item.id)).not.toContain(ids.pending);
    expect(page.items.map((item: { id: string }) => item.id)).not.toContain(ids.viewer);
    const second = (await search({ pageSize: 3, page: 2 }).expect(200)).body;
    expect(second).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(second.items).toHaveLength(1);
  });

  it('folds accents: "goteborg" finds Göteborg', async () => {
    expect(await found({ q: 'goteborg' })).toEqual([ids.gothenburg]);
  });

  it('stems Danish: "vindmølle" finds "vindmøller"', async () => {
    expect(await found({ q: 'vindmølle' })).toEqual([ids.danish]);
  });

  it('stems English and matches prefixes while typing', async () => {
    expect(await found({ q: 'inspection' })).toEqual([ids.inspection]);
    expect(await found({ q: 'insp' })).toEqual([ids.inspection]);
  });

  it('ranks a name match above a mere mention in a description', async () => {
    expect(await found({ q: 'robotics' })).toEqual([ids.inspection, ids.mentions]);
  });

  it('treats search syntax as plain words', async () => {
    expect(await found({ q: "shore & power ) :* '" })).toEqual([ids.gothenburg]);
    expect(await found({ q: '!!!' })).toEqual([]);
  });

  it('filters by country, sector, organisation type, and offer/seek category', async () => {
    expect(await found({ country: 'SE' })).toEqual([ids.gothenburg]);
    expect((await found({ sector: 'offshore-wind' })).sort()).toEqual([ids.danish, ids.inspection].sort());
    expect(await found({ organisationType: 'start-up' })).toEqual([ids.inspection]);
    expect(await found({ category: 'investment', itemKind: 'seek' })).toEqual([ids.inspection]);
    expect(await found({ category: 'investment', itemKind: 'offer' })).toEqual([]);
    expect(await found({ q: 'service', country: 'DK' })).toEqual([ids.danish]);
  });

  it('shows public profiles without email, company number or availability', async () => {
    const profile = (await client.get(`/events/${ctx.event.id}/directory/${ids.danish}`, viewer.token).expect(200)).body;
    expect(profile.organisation.name).toBe('Limfjord Service A/S');
    expect(profile).not.toHaveProperty('email');
    expect(profile).not.toHaveProperty('unavailableSlotIds');
    expect(profile.organisation).not.toHaveProperty('companyNumber');
    await client.get(`/events/${ctx.event.id}/directory/${ids.pending}`, viewer.token).expect(404);
  });

  it('is open to the event’s staff and participants only', async () => {
    await client.get(`/events/${ctx.event.id}/directory`).expect(401);
    const other = await client.eventWithOrganiser();
    const outsider = await client.registeredParticipant(other.event.id, other.types[0].id);
    await search({}, outsider.token).expect(404);
    await search({}, other.organiser.token).expect(404);
    expect((await search({}, ctx.organiser.token).expect(200)).body.total).toBe(5);
  });

  it('rejects bad filters with a clear message', async () => {
    expect((await search({ pageSize: 1000 }).expect(400)).body.message).toContain('pageSize must not be greater than 100');
    expect((await search({ itemKind: 'gift' }).expect(400)).body.message).toContain('itemKind must be offer or seek');
  });
});

describe('favourites', () => {
  it('keeps a shortlist that the directory can filter on', async () => {
    await client.put(`/me/favourites/${ids.danish}`, {}, viewer.token).expect(204);
    await client.put(`/me/favourites/${ids.danish}`, {}, viewer.token).expect(204);
    expect(await found({ favourites: true })).toEqual([ids.danish]);
    const listed = (await search({ q: 'vindmølle' }).expect(200)).body.items[0];
    expect(listed.favourite).toBe(true);
    await client.delete(`/me/favourites/${ids.danish}`, viewer.token).expect(204);
    expect(await found({ favourites: true })).toEqual([]);
  });

  it('refuses yourself, unvalidated and unknown participants', async () => {
    await client.put(`/me/favourites/${ids.viewer}`, {}, viewer.token).expect(403);
    await client.put(`/me/favourites/${ids.pending}`, {}, viewer.token).expect(404);
    await client.put(`/me/favourites/${ctx.event.id}`, {}, viewer.token).expect(404);
    await client.put(`/me/favourites/${ids.danish}`, {}, ctx.organiser.token).expect(403);
  });
});
