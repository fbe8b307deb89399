import { parse } from 'csv-parse/sync';
import { ApiClient } from '../support/api-client';
import { startTestStack, TestStack } from '../support/test-stack';

let stack: TestStack;
let client: ApiClient;
let ctx: Awaited<ReturnType<ApiClient['eventWithOrganiser']>>;

const HEADER = 'email,firstName,lastName,jobTitle,participantType,organisationName,organisationType,country,region,city,website,sizeBand,companyNumber,description,sectors,languages';
const row = (email: string, overrides: Partial<Record<string, string>> = {}) => {
  const values: Record<string, string> = {
    email, firstName: 'Anna', lastName: 'Schmidt', jobTitle: 'CTO', participantType: 'Company', organisationName: 'Elbe Sensorik GmbH', organisationType: 'sme',
    country: 'DE', region: '', city: 'Hamburg', website: 'https://elbe.example', sizeBand: 'under-50', companyNumber: 'DE123', description: 'Sensors, "rugged"', sectors: 'digital;maritime', languages: 'de;en',
    ...overrides,
  };
  return HEADER.split(',').map((column) => `"${(values[column] ?? '').replace(/"/g, '""')}"`).join(',');
};
const upload = (csv: string) =>
  client.http().post(`/api/events/${ctx.event.id}/participants/import`).set('Authorization', `Bearer ${ctx.organiser.token}`).attach('file', Buffer.from(csv), 'participants.csv');
const count = async () => (await client.get(`/events/${ctx.event.id}/participants`, ctx.organiser.token).expect(200)).body.length as number;

beforeAll(async () => {
  stack = await startTestStack();
  client = new ApiClient(stack);
  ctx = await client.eventWithOrganiser();
}, 60_000);
afterAll(() => stack?.stop());

describe('CSV import', () => {
  it('reports every bad row and imports nothing when one row is wrong', async () => {
    const csv = [HEADER, row('ok@elbe.example'), row('not-an-email'), row('two@elbe.example', { country: 'XX', participantType: 'Alien' }), row('ok@elbe.example')].join('\n');
    const response = await upload(csv).expect(400);
    expect(response.body.message).toBe('3 of 4 rows have errors; nothing was imported');
    expect(response.body.rows).toEqual([
      { row: 3, errors: expect.arrayContaining(['email must be a valid email address']) },
      { row: 4, errors: expect.arrayContaining(['organisation.country "XX" is not one of this event’s countries', expect.stringContaining('participantType "Alien" is not one of')]) },
      { row: 5, errors: ['ok@elbe.example also appears on row 2'] },
    ]);
    expect(await count()).toBe(0);
  });

  it('imports a clean file whole, with quoted fields, and invites everyone by email', async () => {
    const csv = '\uFEFF' + [HEADER, row('anna@elbe.example'), row('jens@elbe.example', { firstName: 'Jens', participantType: 'research' })].join('\r\n');
    await upload(csv).expect(201).expect({ imported: 2 });
    const participants = (await client.get(`/events/${ctx.event.id}/participants`, ctx.organiser.token).expect(200)).body;
    expect(participants).toHaveLength(2);
    const anna = participants.find((p: { email: string }) => p.email === 'anna@elbe.example');
    expect(anna).toMatchObject({ description: 'Sensors, "rugged"', sectors: ['digital', 'maritime'], languages: ['de', 'en'], status: 'pending' });
    const invitation = await stack.mailbox.waitForMessage('jens@elbe.example', 'You are registered');
    expect(invitation.text).toContain('/sign-in?token=');
  });

  it('refuses a second import of the same people', async () => {
    const response = await upload([HEADER, row('anna@elbe.example')].join('\n')).expect(400);
    expect(response.body.rows[0].errors).toContain('anna@elbe.example is already registered for this event');
  });

  it('explains files that are not participant CSVs', async () => {
    expect((await upload('name;email\nx;y').expect(400)).body.message).toContain('Missing column(s): email, firstName');
    expect((await upload(`${HEADER}\n"unterminated`).expect(400)).body.message).toContain('The file is not valid CSV');
    expect((await upload(HEADER).expect(400)).body.message).toBe('The file has no participant rows');
    const noFile = await client.post(`/events/${ctx.event.id}/participants/import`, {}, ctx.organiser.token).expect(400);
    expect(noFile.body.message).toContain('multipart/form-data');
  });
});

describe('CSV export', () => {
  it('exports every participant with profile, offers and seeks, ready for a partner', async () => {
    const response = await client.get(`/events/${ctx.event.id}/participants/export.csv`, ctx.organiser.token).expect(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain('participants.csv');
    const records = parse(response.text, { columns: true }) as Record<string, string>[];
    expect(records.map((record) => record.email).sort()).toEqual(['anna@elbe.example', 'jens@elbe.example']);
    expect(records[0]).toMatchObject({ organisationName: 'Elbe Sensorik GmbH', country: 'DE', status: 'pending' });
  });
});
