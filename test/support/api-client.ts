import request from 'supertest';
import type { TestStack } from './test-stack';
import { formatTime, localDayKey } from '../../libs/domain/src/agendas/documents/zoned-time.helper';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** Session helpers in the spirit of Novu's: one call seeds what a test needs. */
export class ApiClient {
  constructor(private readonly stack: TestStack) {}

  http() {
    return request(this.stack.baseUrl);
  }

  get(path: string, token?: string) {
    const call = this.http().get(`/api${path}`);
    return token ? call.set('Authorization', `Bearer ${token}`) : call;
  }

  post(path: string, body: unknown, token?: string) {
    const call = this.http().post(`/api${path}`).send(body as object);
    return token ? call.set('Authorization', `Bearer ${token}`) : call;
  }

  patch(path: string, body: unknown, token?: string) {
    const call = this.http().patch(`/api${path}`).send(body as object);
    return token ? call.set('Authorization', `Bearer ${token}`) : call;
  }

  put(path: string, body: unknown, token?: string) {
    const call = this.http().put(`/api${path}`).send(body as object);
    return token ? call.set('Authorization', `Bearer ${token}`) : call;
  }

  delete(path: string, token?: string) {
    const call = this.http().delete(`/api${path}`);
    return token ? call.set('Authorization', `Bearer ${token}`) : call;
  }

  async signUpOrganiser(name = 'Mette Organiser'): Promise<{ token: string; userId: string; organisationId: string; email: string }> {
    const email = `organiser-${unique()}@cluster.example`;
    const response = await this.post('/auth/organiser-sign-up', { organisationName: `Cluster ${unique()}`, name, email, password: 'correct horse battery' }).expect(201);
    return { token: response.body.accessToken, userId: response.body.user.id, organisationId: response.body.user.organisationId, email };
  }

  /** An organiser with an open event, one session of 20-minute slots and two tables. */
  async eventWithOrganiser() {
    const organiser = await this.signUpOrganiser();
    const event = (await this.post('/events', { name: `Matchmaking ${unique()}`, venue: 'Aarhus', timeZone: 'Europe/Copenhagen', startsOn: '2027-05-11', endsOn: '2027-05-11' }, organiser.token).expect(201)).body;
    const session = (await this.post(`/events/${event.id}/sessions`, { name: 'Morning', startsAt: '2027-05-11T09:00:00+02:00', endsAt: '2027-05-11T10:00:00+02:00', slotMinutes: 20, pauseMinutes: 0 }, organiser.token).expect(201)).body;
    const tables = (await this.post(`/events/${event.id}/tables`, { kind: 'table', count: 2, capacity: 2 }, organiser.token).expect(201)).body;
    const types = (await this.get(`/events/${event.id}/participant-types`, organiser.token).expect(200)).body;
    return { organiser, event, session, tables, types };
  }

  /** A staff account (helper, co-organiser) added to an event by its organiser, signed in. */
  async staffMember(eventId: string, organiserToken: string, role: string, name = role, organisationName?: string): Promise<string> {
    const email = `${role}-${unique()}@staff.example`;
    await this.post(`/events/${eventId}/members`, { email, name, password: 'helper password 1', role, organisationName }, organiserToken).expect(201);
    return (await this.post('/auth/login', { email, password: 'helper password 1' }).expect(200)).body.accessToken as string;
  }

  /**
   * An event taking place right now: one session of 20-minute slots that started 30 minutes ago
   * (so there is a past, a current and upcoming slots), three tables and an online place.
   */
  async eventHappeningNow() {
    const organiser = await this.signUpOrganiser();
    const start = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 30 * 60_000);
    const { timeZone, day } = middayZone(start);
    const event = (await this.post('/events', { name: `Matchmaking ${unique()}`, venue: 'Aarhus', timeZone, startsOn: day, endsOn: day }, organiser.token).expect(201)).body;
    const session = (await this.post(`/events/${event.id}/sessions`, { name: 'Today', startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 140 * 60_000).toISOString(), slotMinutes: 20, pauseMinutes: 0 }, organiser.token).expect(201)).body;
    const tables = (await this.post(`/events/${event.id}/tables`, { kind: 'table', count: 3, capacity: 2 }, organiser.token).expect(201)).body;
    await this.post(`/events/${event.id}/tables`, { kind: 'online', label: 'Video', capacity: 2, videoLinkTemplate: 'https://meet.example/cm-{meeting}' }, organiser.token).expect(201);
    const types = (await this.get(`/events/${event.id}/participant-types`, organiser.token).expect(200)).body;
    const slots = (await this.get(`/events/${event.id}/sessions`, organiser.token).expect(200)).body.flatMap((s: { slots: unknown[] }) => s.slots) as Array<{ id: string; startsAt: string }>;
    return { organiser, event, session, tables, types, slots };
  }

  profile(participantTypeId: string, overrides: Record<string, unknown> = {}) {
    return {
      email: `participant-${unique()}@firm.example`,
      firstName: 'Lars',
      lastName: 'Nielsen',
      jobTitle: 'CEO',
      participantTypeId,
      organisation: { name: 'Nordic Subsea Robotics ApS', type: 'sme', country: 'DK', city: 'Esbjerg', sizeBand: 'under-50', companyNumber: 'DK12345678' },
      description: 'ROV-based inspection of offshore cables and foundations.',
      sectors: ['offshore-wind', 'robotics'],
      offers: [{ title: 'Offshore cable inspection', description: 'ROV surveys', category: 'service' }],
      seeks: [{ title: 'Distribution partner in Germany', category: 'commercial' }],
      ...overrides,
    };
  }

  /** Registers a participant and signs them in through the emailed link. */
  async registeredParticipant(eventId: string, participantTypeId: string, overrides: Record<string, unknown> = {}) {
    const profile = this.profile(participantTypeId, overrides);
    const registration = await this.post(`/events/${eventId}/registrations`, { ...profile, consent: true }).expect(201);
    const message = await this.stack.mailbox.waitForMessage(profile.email as string, 'sign-in link');
    const token = new URL(message.text.match(/https?:\/\/\S+\/sign-in\?token=[\w-]+/)![0]).searchParams.get('token')!;
    const session = await this.post('/auth/sign-in-link/redeem', { token }).expect(200);
    return { participantId: registration.body.participantId as string, token: session.body.accessToken as string, email: profile.email as string };
  }
}

/**
 * A time zone where the day is about midday at `start`, and its local date there. An event
 * happening now in Copenhagen crosses local midnight when the tests run near 23:00 UTC, and
 * the agenda offers the day's actions only on meetings of the local today.
 */
function middayZone(start: Date): { timeZone: string; day: string } {
  const zones = ['Europe/Copenhagen', 'America/New_York', 'America/Los_Angeles', 'Asia/Kolkata', 'Asia/Tokyo', 'Pacific/Auckland'];
  const fromMidday = (timeZone: string) => Math.abs(Number(formatTime(start, timeZone).slice(0, 2)) - 12);
  const timeZone = zones.reduce((best, zone) => (fromMidday(zone) < fromMidday(best) ? zone : best));
  return { timeZone, day: localDayKey(start, timeZone) };
}
