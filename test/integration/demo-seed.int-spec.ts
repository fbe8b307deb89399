import { DataSource } from 'typeorm';
import { ParticipantStatus } from '@clustermeet/contracts';
import { dataSourceOptions, Event, MeetingRequest, Participant, ParticipantType, runMigrations } from '@clustermeet/database';
import { DEMO_EVENT_ID, seedDemoEvent } from '../../libs/database/src/seeds/demo-event.seed';
import { profileProblems } from '@clustermeet/domain';
import { createScratchDatabase } from '../support/test-stack';

describe('demo event seed', () => {
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createScratchDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    await runMigrations(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('creates a realistic event once and leaves it alone on a second run', async () => {
    const first = await seedDemoEvent(dataSource);
    expect(first).toMatchObject({ created: true, eventId: DEMO_EVENT_ID });
    expect(first.participants).toBeGreaterThanOrEqual(55);
    const second = await seedDemoEvent(dataSource);
    expect(second).toMatchObject({ created: false, participants: first.participants });
    expect(await dataSource.getRepository(Participant).countBy({ eventId: DEMO_EVENT_ID })).toBe(first.participants);
  });

  it('seeds profiles from several countries that pass the event’s own profile rules', async () => {
    const event = await dataSource.getRepository(Event).findOneByOrFail({ id: DEMO_EVENT_ID });
    const types = await dataSource.getRepository(ParticipantType).findBy({ eventId: DEMO_EVENT_ID });
    const participants = await dataSource.getRepository(Participant).find({ where: { eventId: DEMO_EVENT_ID }, relations: { items: true } });
    const countries = new Set(participants.map((participant) => participant.organisation.country));
    expect(countries.size).toBeGreaterThanOrEqual(10);
    expect(participants.filter((participant) => participant.status === ParticipantStatus.Validated).length).toBeGreaterThan(40);
    expect(participants.some((participant) => participant.status === ParticipantStatus.Pending)).toBe(true);
    for (const participant of participants) {
      expect(participant.email).toMatch(/@[a-z0-9-]+\.example$/);
      const problems = profileProblems(event, types, {
        ...participant,
        organisation: { ...participant.organisation },
        offers: participant.items!.filter((item) => item.kind === 'offer'),
        seeks: participant.items!.filter((item) => item.kind === 'seek'),
      });
      expect(problems).toEqual([]);
    }
  });

  it('seeds requests ready for the scheduler: within the who-can-meet-whom matrix and the meeting quotas', async () => {
    const types = new Map((await dataSource.getRepository(ParticipantType).findBy({ eventId: DEMO_EVENT_ID })).map((type) => [type.id, type]));
    const participants = new Map((await dataSource.getRepository(Participant).findBy({ eventId: DEMO_EVENT_ID })).map((p) => [p.id, p]));
    const requests = await dataSource.getRepository(MeetingRequest).findBy({ eventId: DEMO_EVENT_ID });
    const accepted = requests.filter((request) => request.status === 'accepted');
    expect(accepted.length).toBeGreaterThan(100);
    expect(requests.some((request) => request.status === 'pending')).toBe(true);
    const perParticipant = new Map<string, number>();
    for (const request of requests) {
      const [from, to] = [participants.get(request.requesterId)!, participants.get(request.recipientId)!];
      expect([from.status, to.status]).toEqual(['validated', 'validated']);
      expect(types.get(from.participantTypeId)!.canMeet).toContain(to.participantTypeId);
    }
    for (const request of accepted) for (const id of [request.requesterId, request.recipientId]) perParticipant.set(id, (perParticipant.get(id) ?? 0) + 1);
    for (const [id, count] of perParticipant) expect(count).toBeLessThanOrEqual(types.get(participants.get(id)!.participantTypeId)!.maxMeetings!);
    const pairs = requests.map((request) => [request.requesterId, request.recipientId].sort().join('|'));
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});
