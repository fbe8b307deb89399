import { faker } from '@faker-js/faker/locale/en';
import { hash } from '@node-rs/argon2';
import { DataSource, EntityManager } from 'typeorm';
import { defaultTaxonomies, EventRole, ItemKind, MeetingFormat, MeetingRequestStatus, ParticipantStatus, SizeBand, TableKind } from '@clustermeet/contracts';
import { Event, EventMember, EventTable, MarketplaceItem, MeetingRequest, Organisation, Participant, ParticipantType, Session, Slot, User } from '../entities';
import { refreshSearchDocuments } from '../search-document';
import { DEMO_ORGANISATIONS } from './demo-organisations';
import { zonedTime } from './zoned-time';

/** Fixed ids make the seed re-runnable: a second run finds the event and leaves it alone. */
export const DEMO_EVENT_ID = '00000000-0000-4000-8000-00000000d3e0';
const DEMO_ORGANISATION_ID = '00000000-0000-4000-8000-00000000c1a5';
export const DEMO_ORGANISER = { email: 'organiser@demo.clustermeet.local', password: 'clustermeet-demo' };
export const DEMO_HELPER = { email: 'helper@demo.clustermeet.local', password: 'clustermeet-demo' };
const TIME_ZONE = 'Europe/Copenhagen';
const DAY = 86_400_000;

export interface SeedResult {
  created: boolean;
  eventId: string;
  participants: number;
}

export async function seedDemoEvent(dataSource: DataSource, now = new Date()): Promise<SeedResult> {
  return dataSource.transaction(async (manager) => {
    // Two seeds started together must not both create the event.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['seed:demo-event']);
    if (await manager.existsBy(Event, { id: DEMO_EVENT_ID })) {
      return { created: false, eventId: DEMO_EVENT_ID, participants: await manager.countBy(Participant, { eventId: DEMO_EVENT_ID }) };
    }
    faker.seed(2027);
    const eventDay = new Date(now.getTime() + 90 * DAY).toISOString().slice(0, 10);
    await manager.save(manager.create(Organisation, { id: DEMO_ORGANISATION_ID, name: 'Danish Offshore & Energy Cluster (demo)' }));
    const event = await manager.save(
      manager.create(Event, {
        id: DEMO_EVENT_ID,
        organisationId: DEMO_ORGANISATION_ID,
        name: 'North Sea & Baltic Matchmaking Day (demo)',
        venue: 'Aarhus Congress Centre, Hall B (demo)',
        timeZone: TIME_ZONE,
        languages: ['en', 'da'],
        registrationOpensAt: new Date(now.getTime() - 30 * DAY),
        registrationClosesAt: new Date(now.getTime() + 60 * DAY),
        bookingOpensAt: new Date(now.getTime() + 30 * DAY),
        bookingClosesAt: new Date(now.getTime() + 80 * DAY),
        startsOn: eventDay,
        endsOn: eventDay,
        evaluationOpensAt: new Date(now.getTime() + 91 * DAY),
        taxonomies: defaultTaxonomies(),
        profileQuestions: [
          { key: 'first-time', label: 'Is this your first matchmaking event with us?', type: 'checkbox', required: false },
          { key: 'recruited-by', label: 'Which cluster or partner invited you?', type: 'text', required: false },
        ],
      }),
    );
    await seedStaff(manager);
    const types = await seedTypes(manager);
    await seedVenue(manager, eventDay);
    const participants = await seedParticipants(manager, event, types);
    await seedBooths(manager, participants);
    await seedRequests(manager, participants);
    await refreshSearchDocuments(manager, participants.map((participant) => participant.id));
    return { created: true, eventId: event.id, participants: participants.length };
  });
}

async function seedStaff(manager: EntityManager) {
  for (const [account, name, role] of [
    [DEMO_ORGANISER, 'Mette Demo (organiser)', EventRole.Organiser],
    [DEMO_HELPER, 'Jonas Demo (helper)', EventRole.Helper],
  ] as const) {
    let user = await manager.findOneBy(User, { email: account.email });
    user ??= await manager.save(manager.create(User, { email: account.email, name, passwordHash: await hash(account.password), organisationId: DEMO_ORGANISATION_ID }));
    await manager.save(manager.create(EventMember, { eventId: DEMO_EVENT_ID, userId: user.id, role, organisationId: DEMO_ORGANISATION_ID }));
  }
}

async function seedTypes(manager: EntityManager): Promise<Map<string, ParticipantType>> {
  const quotas: Record<string, [number | null, number | null]> = { Company: [15, 12], Research: [15, 12], Cluster: [10, 8], Investor: [20, 14] };
  const rows = await manager.save(
    Object.entries(quotas).map(([name, [maxRequests, maxMeetings]]) => manager.create(ParticipantType, { eventId: DEMO_EVENT_ID, name, maxRequests, maxMeetings, canMeet: [] })),
  );
  const byName = new Map(rows.map((row) => [row.name, row]));
  // Investors meet companies and each other's clusters, not research institutes.
  const ids = (names: string[]) => names.map((name) => byName.get(name)!.id);
  const matrix: Record<string, string[]> = {
    Company: ['Company', 'Research', 'Cluster', 'Investor'],
    Research: ['Company', 'Research', 'Cluster'],
    Cluster: ['Company', 'Research', 'Cluster', 'Investor'],
    Investor: ['Company', 'Cluster'],
  };
  for (const [name, canMeet] of Object.entries(matrix)) await manager.update(ParticipantType, { id: byName.get(name)!.id }, { canMeet: ids(canMeet) });
  return byName;
}

async function seedVenue(manager: EntityManager, day: string) {
  for (const [name, from, to] of [['Morning', '09:00', '12:30'], ['Afternoon', '13:30', '17:00']]) {
    const startsAt = zonedTime(day, from, TIME_ZONE);
    const endsAt = zonedTime(day, to, TIME_ZONE);
    const session = await manager.save(manager.create(Session, { eventId: DEMO_EVENT_ID, name, startsAt, endsAt, slotMinutes: 25, pauseMinutes: 5 }));
    const slots = [];
    for (let start = startsAt.getTime(); start + 25 * 60_000 <= endsAt.getTime(); start += 30 * 60_000) {
      slots.push(manager.create(Slot, { eventId: DEMO_EVENT_ID, sessionId: session.id, startsAt: new Date(start), endsAt: new Date(start + 25 * 60_000) }));
    }
    await manager.save(slots);
  }
  const tables = Array.from({ length: 20 }, (_, index) => manager.create(EventTable, { eventId: DEMO_EVENT_ID, kind: TableKind.Table, number: index + 1, label: `Table ${index + 1}`, capacity: 2 }));
  tables.push(manager.create(EventTable, { eventId: DEMO_EVENT_ID, kind: TableKind.Room, label: 'Meeting room Limfjord', capacity: 6 }));
  tables.push(manager.create(EventTable, { eventId: DEMO_EVENT_ID, kind: TableKind.Online, label: 'Online meeting', capacity: 4 }));
  await manager.save(tables);
}

async function seedParticipants(manager: EntityManager, event: Event, types: Map<string, ParticipantType>): Promise<Participant[]> {
  const created: Participant[] = [];
  for (const [index, [name, country, city, orgType, size, typeName, sectors, offer, seek]] of DEMO_ORGANISATIONS.entries()) {
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const domain = name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 30);
    // Most are validated so the demo has a live marketplace; a few wait in the organiser's queue.
    const status = index % 12 === 5 ? ParticipantStatus.Pending : index % 20 === 7 ? ParticipantStatus.ChangesRequested : ParticipantStatus.Validated;
    const participant = await manager.save(
      manager.create(Participant, {
        eventId: event.id,
        participantTypeId: types.get(typeName)!.id,
        status,
        statusReason: status === ParticipantStatus.ChangesRequested ? 'Please describe what you seek in a little more detail.' : '',
        email: `${firstName}.${lastName}@${domain}.example`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9.@-]/g, ''),
        firstName,
        lastName,
        jobTitle: faker.helpers.arrayElement(['CEO', 'Business Development Manager', 'CTO', 'Head of Sales', 'Project Manager', 'Senior Researcher', 'Partner']),
        languages: country === 'DK' ? ['da', 'en'] : ['en'],
        organisation: { name, type: orgType, country, region: '', city, website: `https://${domain}.example`, sizeBand: size as SizeBand, companyNumber: country === 'DK' ? `DK${30000000 + index * 7919}` : '' },
        description: `${name} (${city}). ${offer}. We are looking for: ${seek.toLowerCase()}.`,
        sectors,
        answers: { 'first-time': index % 3 === 0 },
        recruitedByOrganisationId: DEMO_ORGANISATION_ID,
        consentedAt: new Date(),
        consentVersion: '2026-11',
      }),
    );
    await manager.save([
      manager.create(MarketplaceItem, { eventId: event.id, participantId: participant.id, kind: ItemKind.Offer, title: offer, description: '', category: faker.helpers.arrayElement(['product', 'service', 'technology']), position: 0 }),
      manager.create(MarketplaceItem, { eventId: event.id, participantId: participant.id, kind: ItemKind.Seek, title: seek, description: '', category: faker.helpers.arrayElement(['commercial', 'technological', 'research', 'investment']), position: 0 }),
    ]);
    created.push(participant);
  }
  return created;
}

async function seedBooths(manager: EntityManager, participants: Participant[]) {
  const exhibitors = participants.filter((participant) => participant.organisation.sizeBand === SizeBand.From250).slice(0, 2);
  await manager.save(exhibitors.map((exhibitor) => manager.create(EventTable, { eventId: DEMO_EVENT_ID, kind: TableKind.Booth, label: `Booth of ${exhibitor.organisation.name}`, capacity: 3, exhibitorParticipantId: exhibitor.id })));
}

const REQUESTS_PER_PARTICIPANT = 5;

/**
 * Requests as they stand after the booking window: most accepted, some pending or declined, within
 * the who-can-meet-whom matrix and the meeting quotas, so the organiser can run the scheduler at once.
 */
async function seedRequests(manager: EntityManager, participants: Participant[]) {
  const validated = participants.filter((participant) => participant.status === ParticipantStatus.Validated);
  // Read back: the matrix was written with update(), which leaves the objects in memory as they were.
  const typeById = new Map((await manager.findBy(ParticipantType, { eventId: DEMO_EVENT_ID })).map((type) => [type.id, type]));
  const accepted = new Map<string, number>();
  const pairs = new Set<string>();
  const rows: MeetingRequest[] = [];
  const now = new Date();
  for (const requester of validated) {
    const allowed = typeById.get(requester.participantTypeId)!.canMeet;
    const candidates = validated.filter((other) => other.id !== requester.id && allowed.includes(other.participantTypeId));
    for (const recipient of faker.helpers.arrayElements(candidates, REQUESTS_PER_PARTICIPANT)) {
      const pair = [requester.id, recipient.id].sort().join('|');
      if (pairs.has(pair)) continue;
      pairs.add(pair);
      const roll = faker.number.int(99);
      const room = (p: Participant) => (accepted.get(p.id) ?? 0) < (typeById.get(p.participantTypeId)!.maxMeetings ?? Infinity);
      const status = roll < 75 && room(requester) && room(recipient) ? MeetingRequestStatus.Accepted : roll < 90 ? MeetingRequestStatus.Pending : MeetingRequestStatus.Declined;
      if (status === MeetingRequestStatus.Accepted) for (const p of [requester, recipient]) accepted.set(p.id, (accepted.get(p.id) ?? 0) + 1);
      rows.push(
        manager.create(MeetingRequest, {
          eventId: DEMO_EVENT_ID,
          requesterId: requester.id,
          recipientId: recipient.id,
          message: `We would like to talk about ${recipient.description.split('. ')[1]?.toLowerCase() ?? 'working together'}.`,
          format: faker.number.int(9) === 0 ? MeetingFormat.Online : MeetingFormat.Either,
          highPriority: faker.number.int(9) < 2,
          status,
          declineReason: status === MeetingRequestStatus.Declined ? 'Not our focus this year.' : '',
          respondedAt: status === MeetingRequestStatus.Pending ? null : now,
          expiresAt: new Date(now.getTime() + 80 * DAY),
        }),
      );
    }
  }
  await manager.save(rows);
}
