import { DataSource } from 'typeorm';
import { Meeting, MeetingSeat } from '@clustermeet/database';
import { ensureCheckInCodes } from '@clustermeet/domain';
import type { ApiClient } from '../support/api-client';
import { parseCalendar } from '../support/documents';
import { nextEvent } from '../support/live-client';
import { integrationSuite } from '../support/suite';

const suite = integrationSuite();

type Ctx = Awaited<ReturnType<ApiClient['eventHappeningNow']>>;
type Person = { participantId: string; token: string; email: string; name: string };
type DayMeeting = { id: string; slotId: string; tableId: string | null; status: string; absentParticipantIds: string[]; participants: Array<{ id: string; name: string; absent: boolean }> };
type Change = { seq: number; kind: string; actor: string; summary: string; participantIds: string[] };

describe('the event day at the information desk and on the phone', () => {
  let ctx: Ctx;
  let helper: string;
  let anna: Person, bo: Person, cara: Person, dan: Person, eva: Person, finn: Person;
  let current: string, next: string, later: string;
  const day = (path: string) => `/events/${ctx.event.id}/day${path}`;

  async function person(firstName: string, organisation: string): Promise<Person> {
    const registered = await suite.client.registeredParticipant(ctx.event.id, ctx.types[0].id, { firstName, lastName: 'Berg', organisation: { name: organisation, type: 'sme', country: 'DK', sizeBand: 'under-50' } });
    await suite.client.post(`/events/${ctx.event.id}/participants/${registered.participantId}/decision`, { decision: 'validate' }, ctx.organiser.token).expect(200);
    return { ...registered, name: `${firstName} Berg` };
  }

  const book = (token: string, people: Person[], slotId: string, extra: Record<string, unknown> = {}) =>
    suite.client.post(day('/meetings'), { participantIds: people.map((p) => p.participantId), slotId, ...extra }, token);

  beforeAll(async () => {
    ctx = await suite.client.eventHappeningNow();
    [, current, next, later] = ctx.slots.map((slot) => slot.id);
    helper = await suite.client.staffMember(ctx.event.id, ctx.organiser.token, 'helper', 'Mette');
    anna = await person('Anna', 'Elbe Sensorik GmbH');
    bo = await person('Bo', 'Limfjord Service A/S');
    cara = await person('Cara', 'Aarhus Composites ApS');
    dan = await person('Dan', 'Bergen Offshore AS');
    eva = await person('Eva', 'Malmö Marine AB');
    finn = await person('Finn', 'Turku Yards Oy');
  }, 120_000);

  it('a helper books meetings on the spot; the table is assigned and double booking is impossible', async () => {
    const first = (await book(helper, [anna, bo], current).expect(201)).body as DayMeeting;
    expect(first).toMatchObject({ slotId: current, status: 'scheduled' });
    expect(first.tableId).toBe(ctx.tables[0].id);
    await book(helper, [cara, dan], current).expect(201);
    await book(helper, [anna, cara], next).expect(201);
    await book(helper, [bo, dan], next, { tableId: ctx.tables[1].id }).expect(201);

    // Twenty helpers try to book Eva in the same slot with different partners at the same moment.
    // Not Dan: he is marked absent later, which would take Eva's meeting off.
    const partners = [finn, cara, anna, bo];
    const attempts = await Promise.all(Array.from({ length: 20 }, (_, i) => book(helper, [eva, partners[i % partners.length]], later)));
    expect(attempts.filter((response) => response.status === 201)).toHaveLength(1);
    expect(attempts.filter((response) => response.status === 409)).toHaveLength(19);
    expect(attempts.find((response) => response.status === 409)!.body.message).toMatch(/already has a meeting at that time/);
    // And two bookings for one table and slot: one wins.
    const table = await Promise.all([book(helper, [anna, dan], later, { tableId: ctx.tables[2].id }), book(helper, [cara, bo], later, { tableId: ctx.tables[2].id })]);
    expect(table.map((response) => response.status).sort()).toEqual([201, 409]);

    const bad = await book(helper, [anna], current).expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('a meeting needs two or three participants');
    await book(anna.token, [anna, bo], later).expect(403);
  });

  it('checks people in by search, by the printed code and from the phone, and counts who is here', async () => {
    const search = (await suite.client.get(`${day('/participants')}?q=elbe`, helper).expect(200)).body;
    expect(search.participants.map((row: { name: string }) => row.name)).toEqual(['Anna Berg']);
    expect(search.participants[0]).toMatchObject({ checkedInAt: null, nextMeeting: { slotId: current } });
    expect(search.participants[0].late).toBe(true);

    const checked = (await suite.client.post(day(`/participants/${anna.participantId}/check-in`), {}, helper).expect(200)).body;
    expect(checked.checkedInAt).not.toBeNull();
    const again = (await suite.client.post(day(`/participants/${anna.participantId}/check-in`), {}, helper).expect(200)).body;
    expect(again.checkedInAt).toBe(checked.checkedInAt);

    // The code on Bo's programme, as the PDF prints it.
    const codes = await ensureCheckInCodes(suite.stack.api.get(DataSource).manager, [bo.participantId]);
    const byCode = (await suite.client.post(day('/check-in'), { code: ` ${codes.get(bo.participantId)!.toLowerCase()} ` }, helper).expect(200)).body;
    expect(byCode).toMatchObject({ id: bo.participantId, name: 'Bo Berg' });
    // What a scanner types when it reads the QR code: the desk link.
    const viaLink = (await suite.client.post(day('/check-in'), { code: `${suite.stack.baseUrl}/events/${ctx.event.id}/desk?tab=check-in&code=${codes.get(bo.participantId)}` }, helper).expect(200)).body;
    expect(viaLink).toMatchObject({ id: bo.participantId, checkedInAt: byCode.checkedInAt });
    const unknown = await suite.client.post(day('/check-in'), { code: 'NOTACODE' }, helper).expect(404);
    expect(unknown.body.message).toBe('No participant with this code');

    for (const who of [cara, eva, finn]) expect((await suite.client.post('/me/check-in', {}, who.token).expect(200)).body.checkedInAt).toBeTruthy();
    const list = (await suite.client.get(day('/participants'), helper).expect(200)).body;
    expect(list.counts).toEqual({ present: 5, notArrived: 1, absent: 0 });
    const notArrived = (await suite.client.get(`${day('/participants')}?filter=not-arrived`, helper).expect(200)).body;
    expect(notArrived.participants.map((row: { name: string }) => row.name)).toEqual(['Dan Berg']);
    await suite.client.get(`${day('/participants')}?filter=everyone`, helper).expect(400);
  });

  it('a participant reports a no-show; the partner is told, the desk gets a call list and a replacement is booked', async () => {
    const annaSocket = await suite.live.connect(anna.token);
    const caraSocket = await suite.live.connect(cara.token);
    const deskSocket = await suite.live.connect(helper);
    const caraHeard = new Promise<boolean>((resolve) => {
      caraSocket.once('day:changed', () => resolve(true));
      setTimeout(() => resolve(false), 1_500);
    });
    const annaChange = nextEvent<{ kind: string; participantIds: string[] }>(annaSocket, 'day:changed');
    const deskChange = nextEvent<{ kind: string }>(deskSocket, 'day:changed');
    const agenda = (await suite.client.get('/me/agenda', anna.token).expect(200)).body;
    const meeting = agenda.meetings.find((m: { startsAt: string }) => m.startsAt === ctx.slots[1].startsAt);
    // Eva asked to meet Anna earlier: she is the natural replacement.
    await suite.client.post(`/events/${ctx.event.id}/meeting-requests`, { recipientId: anna.participantId }, eva.token).expect(201);

    const reported = (await suite.client.post(`/me/meetings/${meeting.id}/no-show`, {}, anna.token).expect(200)).body;
    expect(reported).toMatchObject({ status: 'no_show', absentParticipantIds: [bo.participantId] });
    expect((await annaChange).kind).toBe('no-show');
    expect((await deskChange).kind).toBe('no-show');
    expect(await caraHeard).toBe(false);
    expect(await suite.stack.api.get(DataSource).getRepository(MeetingSeat).countBy({ meetingId: meeting.id })).toBe(0);

    const calls = (await suite.client.get(day('/call-list'), helper).expect(200)).body;
    expect(calls).toEqual([expect.objectContaining({ participantId: anna.participantId, what: 'partner-no-show', partnerName: 'Bo Berg', slotId: current })]);

    const proposals = (await suite.client.get(`/me/rebooking?slotId=${current}`, anna.token).expect(200)).body;
    expect(proposals[0]).toMatchObject({ participantId: eva.participantId, reason: 'pending-request' });
    expect(proposals.map((p: { participantId: string }) => p.participantId)).not.toContain(finn.participantId);
    // Finn joins the standby list from his phone; Bo is put on it by the desk.
    expect((await suite.client.put('/me/standby', { standby: true }, finn.token).expect(200)).body).toEqual({ standby: true });
    await suite.client.put(day(`/participants/${bo.participantId}/standby`), { standby: true }, helper).expect(200);
    await suite.client.put('/me/standby', { standby: 'yes' }, finn.token).expect(400);
    const withStandby = (await suite.client.get(`/me/rebooking?slotId=${current}`, anna.token).expect(200)).body;
    expect(withStandby.find((p: { participantId: string }) => p.participantId === finn.participantId)).toMatchObject({ reason: 'standby' });
    expect((await suite.client.get('/me/agenda', finn.token).expect(200)).body.standby).toBe(true);
    expect(proposals.map((p: { participantId: string }) => p.participantId)).not.toContain(cara.participantId);
    expect((await suite.client.get(`${day(`/participants/${anna.participantId}/rebooking`)}?slotId=${current}`, helper).expect(200)).body).toEqual(withStandby);

    const replacement = (await suite.client.post('/me/meetings', { partnerId: eva.participantId, slotId: current }, anna.token).expect(201)).body;
    expect(replacement).toMatchObject({ status: 'scheduled', partners: [expect.objectContaining({ name: 'Eva Berg' })] });
    expect(replacement.place.label).toMatch(/^Table \d$/);
    expect((await suite.client.get(day('/call-list'), helper).expect(200)).body).toEqual([]);
    await suite.client.post('/me/meetings', { partnerId: cara.participantId, slotId: current }, anna.token).expect(409);
    // Reporting a meeting that has not started yet is refused.
    const upcoming = (await suite.client.get('/me/agenda', anna.token).expect(200)).body.meetings.find((m: { startsAt: string }) => m.startsAt === ctx.slots[2].startsAt);
    await suite.client.post(`/me/meetings/${upcoming.id}/no-show`, {}, anna.token).expect(409);
  });

  it('a helper marks someone absent for the rest of the day: their meetings are off and their partners listed', async () => {
    const outcome = (await suite.client.post(day(`/participants/${dan.participantId}/absent`), {}, helper).expect(200)).body;
    expect(outcome.participant).toMatchObject({ absentAllDay: true });
    expect(outcome.affectedMeetings.length).toBeGreaterThanOrEqual(2);
    for (const meeting of outcome.affectedMeetings as DayMeeting[]) expect(meeting).toMatchObject({ status: 'no_show', absentParticipantIds: [dan.participantId] });
    const calls = (await suite.client.get(day('/call-list'), helper).expect(200)).body;
    expect(calls.map((call: { name: string; what: string }) => `${call.name}:${call.what}`).sort()).toEqual(expect.arrayContaining(['Bo Berg:partner-absent', 'Cara Berg:partner-absent']));
    const danAgenda = (await suite.client.get('/me/agenda', dan.token).expect(200)).body;
    expect(danAgenda.meetings.filter((m: { status: string }) => m.status === 'no_show').length).toBe(outcome.affectedMeetings.length);
    expect((await suite.client.get(day('/participants'), helper).expect(200)).body.counts.absent).toBe(1);
    await book(helper, [dan, finn], later).expect(409);
  });

  it('closing a table moves its meetings to the nearest free table; calendars get the update under the same UID', async () => {
    const overview = (await suite.client.get(`${day('/overview')}?slotIds=${next}`, helper).expect(200)).body;
    expect(overview).toMatchObject({ currentSlotId: current, nextSlotId: next });
    const atTable1 = (overview.meetings as DayMeeting[]).filter((m) => m.tableId === ctx.tables[0].id && m.status === 'scheduled');
    expect(atTable1).toHaveLength(1);
    const moved = atTable1[0];
    const outcome = (await suite.client.post(day(`/tables/${ctx.tables[0].id}/close`), { fromSlotId: next }, helper).expect(200)).body;
    // This slot's meeting and the later one booked at Table 1 both move; nothing is left unplaced.
    expect(outcome.moves).toHaveLength(2);
    expect(outcome.moves).toContainEqual(expect.objectContaining({ meetingId: moved.id, slotId: next, from: 'Table 1' }));
    for (const move of outcome.moves) expect(move.to).toMatch(/Table [23]$/);
    expect(outcome.unplaced).toEqual([]);
    const db = suite.stack.api.get(DataSource).getRepository(Meeting);
    const after = await db.findOneByOrFail({ id: moved.id });
    expect(after.tableId).not.toBe(ctx.tables[0].id);
    expect(after.sequence).toBe(1);
    // The closed table takes no new meetings from then on.
    await book(helper, [cara, finn], later, { tableId: ctx.tables[0].id }).expect(409);

    const who = moved.participants.find((p) => p.id === anna.participantId) ? anna : cara;
    const feedUrl = (await suite.client.get('/me/agenda', who.token).expect(200)).body.calendarFeedUrl as string;
    const feed = parseCalendar((await suite.client.get(new URL(feedUrl).pathname.replace(/^\/api/, '')).expect(200)).text);
    expect(feed.events.find((event) => event.uid === `${moved.id}@clustermeet`)).toMatchObject({ sequence: 1 });
  });

  it('moves and cancels meetings at the desk, with clear refusals', async () => {
    const overview = (await suite.client.get(`${day('/overview')}?slotIds=${later}`, helper).expect(200)).body;
    const meeting = (overview.meetings as DayMeeting[]).find((m) => m.status === 'scheduled' && m.participants.some((p) => p.id === eva.participantId))!;
    // Two slots on nobody in this meeting has anything yet; Table 1 is closed by then.
    const empty = ctx.slots[4].id;
    await suite.client.post(day(`/meetings/${meeting.id}/move`), { slotId: empty, tableId: ctx.tables[0].id }, helper).expect(409);
    const moved = (await suite.client.post(day(`/meetings/${meeting.id}/move`), { slotId: empty, tableId: ctx.tables[1].id }, helper).expect(200)).body;
    expect(moved).toMatchObject({ slotId: empty, tableId: ctx.tables[1].id });
    const online = (await suite.client.post(day(`/meetings/${meeting.id}/move`), { slotId: empty, online: true }, helper).expect(200)).body;
    expect(online).toMatchObject({ online: true, tableId: null, videoLink: `https://meet.example/cm-${meeting.id}` });
    const clash = await suite.client.post(day(`/meetings/${meeting.id}/move`), { slotId: current }, helper).expect(409);
    expect(clash.body.message).toBe('Someone in this meeting already has a meeting at that time');
    const cancelled = (await suite.client.post(day(`/meetings/${meeting.id}/cancel`), { reason: 'Eva had to leave' }, helper).expect(200)).body;
    expect(cancelled.status).toBe('cancelled');
    await suite.client.post(day(`/meetings/${meeting.id}/cancel`), {}, helper).expect(409);
    await suite.client.post(day(`/meetings/${meeting.id}/move`), { slotId: 'soon' }, helper).expect(400);
  });

  it('records every change with who and when, numbered without gaps; participants see only their own', async () => {
    const log = (await suite.client.get(`/events/${ctx.event.id}/changes?after=0`, ctx.organiser.token).expect(200)).body as { lastSeq: number; changes: Change[] };
    expect(log.changes.map((change) => change.seq)).toEqual(Array.from({ length: log.lastSeq }, (_, i) => i + 1));
    expect(log.changes.map((change) => change.kind)).toEqual(expect.arrayContaining(['meeting-booked', 'check-in', 'no-show', 'absent', 'table-closed', 'meeting-moved', 'meeting-cancelled']));
    expect(log.changes.find((change) => change.kind === 'absent')).toMatchObject({ actor: 'Mette (helper)', summary: expect.stringContaining('Dan Berg marked absent for the rest of the day') });
    expect(log.changes.find((change) => change.kind === 'no-show')!.actor).toBe('Anna Berg (participant)');

    const mine = (await suite.client.get('/me/changes?after=0', finn.token).expect(200)).body as { lastSeq: number; changes: Change[] };
    expect(mine.lastSeq).toBe(log.lastSeq);
    expect(mine.changes.length).toBeGreaterThan(0);
    expect(mine.changes.every((change) => change.participantIds.includes(finn.participantId))).toBe(true);
    const page = (await suite.client.get(`/events/${ctx.event.id}/changes?after=${log.lastSeq - 2}`, helper).expect(200)).body;
    expect(page.changes.map((change: Change) => change.seq)).toEqual([log.lastSeq - 1, log.lastSeq]);
    await suite.client.get(`/events/${ctx.event.id}/changes?after=-1`, helper).expect(400);
    await suite.client.get(`/events/${ctx.event.id}/changes`, anna.token).expect(403);
  });

  it('a phone that was offline gets everything it missed when it reconnects', async () => {
    const socket = await suite.live.connect(finn.token);
    const { lastSeq } = (await suite.client.get('/me/changes?after=0', finn.token).expect(200)).body;
    socket.disconnect();
    await book(helper, [finn, bo], ctx.slots[4].id).expect(201);
    const second = (await book(helper, [finn, cara], ctx.slots[5].id).expect(201)).body;
    await suite.client.post(day(`/meetings/${second.id}/cancel`), {}, helper).expect(200);
    socket.connect();
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const missed = (await suite.client.get(`/me/changes?after=${lastSeq}`, finn.token).expect(200)).body as { changes: Change[] };
    expect(missed.changes.map((change) => change.kind)).toEqual(['meeting-booked', 'meeting-booked', 'meeting-cancelled']);
    const pushed = nextEvent<{ seq: number }>(socket, 'day:changed');
    await book(helper, [finn, eva], ctx.slots[6].id).expect(201);
    expect((await pushed).seq).toBe((missed.changes.at(-1)!.seq as number) + 1);
  });
});
