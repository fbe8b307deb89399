import { DataSource } from 'typeorm';
import { Meeting, MeetingSeat, ScheduleEntry, ScheduleVersion } from '@clustermeet/database';
import type { ApiClient } from '../support/api-client';
import { parseCalendar, pdfText } from '../support/documents';
import { nextEvent } from '../support/live-client';
import { integrationSuite } from '../support/suite';

const suite = integrationSuite();

type Ctx = Awaited<ReturnType<ApiClient['eventWithOrganiser']>>;
type Person = { participantId: string; token: string; email: string; name: string };
type Entry = { id: string; meetingId: string; participants: Array<{ id: string; name: string }>; slotId: string | null; tableId: string | null; online: boolean; locked: boolean; unscheduledReason: string | null };
type Target = { slotId: string; tableId: string | null; online: boolean; ok: boolean; reasons: string[]; swapWithEntryId: string | null };

const RUN = { timeLimitMs: 1_000, seed: 7 };

async function person(ctx: Ctx, firstName: string, organisation: string, country = 'DK'): Promise<Person> {
  const registered = await suite.client.registeredParticipant(ctx.event.id, ctx.types[0].id, {
    firstName,
    lastName: 'Jensen',
    organisation: { name: organisation, type: 'sme', country, sizeBand: 'under-50' },
  });
  await suite.client.post(`/events/${ctx.event.id}/participants/${registered.participantId}/decision`, { decision: 'validate' }, ctx.organiser.token).expect(200);
  return { ...registered, name: `${firstName} Jensen` };
}

async function agreedMeeting(ctx: Ctx, from: Person, to: Person, extra: Record<string, unknown> = {}): Promise<string> {
  const created = (await suite.client.post(`/events/${ctx.event.id}/meeting-requests`, { recipientId: to.participantId, ...extra }, from.token).expect(201)).body;
  await suite.client.post(`/me/meeting-requests/${created.id}/accept`, {}, to.token).expect(200);
  return created.id as string;
}

/** Starts a run and waits for the worker to save its version. */
async function solved(ctx: Ctx, body: Record<string, unknown> = RUN): Promise<string> {
  await suite.client.post(`/events/${ctx.event.id}/schedule/runs`, body, ctx.organiser.token).expect(202);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const state = (await suite.client.get(`/events/${ctx.event.id}/schedule/run`, ctx.organiser.token).expect(200)).body;
    if (state.state === 'completed') return state.versionId as string;
    if (state.state === 'failed') throw new Error(`run failed: ${state.error}`);
    if (Date.now() > deadline) throw new Error(`run still ${state.state}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const versionPath = (ctx: Ctx, versionId: string) => `/events/${ctx.event.id}/schedule/versions/${versionId}`;
const detail = async (ctx: Ctx, versionId: string) => (await suite.client.get(versionPath(ctx, versionId), ctx.organiser.token).expect(200)).body;

describe('scheduling: run, inspect, edit, publish', () => {
  let ctx: Ctx;
  let anna: Person, bo: Person, cara: Person, dan: Person, eva: Person;
  let onlineRequestId: string;

  beforeAll(async () => {
    ctx = await suite.client.eventWithOrganiser();
    // A third table: every slot then has a free table, so moves within a slot are always possible.
    await suite.client.post(`/events/${ctx.event.id}/tables`, { kind: 'table', count: 1, capacity: 2 }, ctx.organiser.token).expect(201);
    await suite.client.post(`/events/${ctx.event.id}/tables`, { kind: 'online', label: 'Video', capacity: 2, videoLinkTemplate: 'https://meet.example/cm-{meeting}' }, ctx.organiser.token).expect(201);
    anna = await person(ctx, 'Anna', 'Elbe Sensorik GmbH', 'DE');
    bo = await person(ctx, 'Bo', 'Limfjord Service A/S');
    cara = await person(ctx, 'Cara', 'Aarhus Composites ApS');
    dan = await person(ctx, 'Dan', 'Bergen Offshore AS', 'NO');
    eva = await person(ctx, 'Eva', 'Malmö Marine AB', 'SE');
  }, 60_000);

  it('refuses to run before there is anything to schedule', async () => {
    const response = await suite.client.post(`/events/${ctx.event.id}/schedule/runs`, RUN, ctx.organiser.token).expect(409);
    expect(response.body.message).toBe('There are no accepted meeting requests to schedule yet');
  });

  it('rejects bad input with a clear 400 and keeps staff routes from participants', async () => {
    const tooShort = await suite.client.post(`/events/${ctx.event.id}/schedule/runs`, { timeLimitMs: 5 }, ctx.organiser.token).expect(400);
    expect(JSON.stringify(tooShort.body.message)).toContain('timeLimitMs must be at least 1000');
    await suite.client.post(`/events/${ctx.event.id}/schedule/runs`, RUN, anna.token).expect(403);
    await suite.client.get(`/events/${ctx.event.id}/schedule/versions/not-a-uuid`, ctx.organiser.token).expect(400);
    await suite.client.get(`/events/${ctx.event.id}/schedule/versions/00000000-0000-4000-8000-000000000000`, ctx.organiser.token).expect(404);
  });

  it('solves in the worker, streams progress to the organiser and stores a draft version', async () => {
    await agreedMeeting(ctx, anna, bo, { highPriority: true });
    await agreedMeeting(ctx, anna, cara);
    await agreedMeeting(ctx, bo, dan);
    await agreedMeeting(ctx, cara, dan);
    onlineRequestId = await agreedMeeting(ctx, eva, dan, { format: 'online' });
    const socket = await suite.live.connect(ctx.organiser.token);
    const finished = nextEvent<{ versionId: string; error: string | null }>(socket, 'schedule:finished', 60_000);
    const progress = nextEvent<{ phase: string; meetings: number }>(socket, 'schedule:progress', 60_000);

    const versionId = await solved(ctx);
    expect(await finished).toMatchObject({ versionId, error: null });
    expect((await progress).meetings).toBe(5);

    const versions = (await suite.client.get(`/events/${ctx.event.id}/schedule/versions`, ctx.organiser.token).expect(200)).body;
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ id: versionId, number: 1, status: 'draft' });
    const version = await detail(ctx, versionId);
    expect(version.version.metrics).toMatchObject({ meetings: 5, scheduled: 5, weightScheduled: 6 });
    expect(version.version.metrics.weightUpperBound).toBeGreaterThanOrEqual(6);
    expect(version.slots).toHaveLength(3);
    expect(version.places.map((place: { kind: string }) => place.kind)).toEqual(['table', 'table', 'table', 'online']);
    const online = version.entries.find((entry: Entry & { requestId: string }) => entry.requestId === onlineRequestId);
    expect(online).toMatchObject({ online: true, tableId: null });
    expect(version.entries.find((entry: Entry & { highPriority: boolean }) => entry.highPriority).participants.map((p: { name: string }) => p.name).sort()).toEqual(['Anna Jensen', 'Bo Jensen']);
    // Nobody sits twice in one slot; no table holds two meetings in one slot.
    const seats = version.entries.flatMap((entry: Entry) => entry.participants.map((p) => `${p.id}@${entry.slotId}`));
    expect(new Set(seats).size).toBe(seats.length);
    const tables = version.entries.filter((entry: Entry) => entry.tableId).map((entry: Entry) => `${entry.tableId}@${entry.slotId}`);
    expect(new Set(tables).size).toBe(tables.length);
  });

  it('shows where a meeting may go and refuses moves that break a rule, with the reason', async () => {
    const [version] = (await suite.client.get(`/events/${ctx.event.id}/schedule/versions`, ctx.organiser.token).expect(200)).body;
    const { entries, slots } = await detail(ctx, version.id);
    const annaBo = pairEntry(entries, anna, bo);
    const annaCara = pairEntry(entries, anna, cara);
    const { targets } = (await suite.client.get(`${versionPath(ctx, version.id)}/entries/${annaBo.id}/targets`, ctx.organiser.token).expect(200)).body as { targets: Target[] };
    expect(targets).toHaveLength(3 * 4);
    const clash = targets.find((target) => target.slotId === annaCara.slotId && !target.online)!;
    expect(clash.ok).toBe(false);
    expect(clash.reasons).toContain('Anna Jensen already has a meeting at this time');

    const refused = await suite.client.patch(`${versionPath(ctx, version.id)}/entries/${annaBo.id}`, { slotId: annaCara.slotId, tableId: clash.tableId }, ctx.organiser.token).expect(409);
    expect(refused.body.message).toBe('The meeting cannot go there');
    expect(refused.body.reasons).toContain('Anna Jensen already has a meeting at this time');

    // Bo says he cannot come in the last slot: that target becomes infeasible with his name on it.
    const last = slots[2].id;
    await suite.client.put('/me/availability', { unavailableSlotIds: [last] }, bo.token).expect(200);
    const after = (await suite.client.get(`${versionPath(ctx, version.id)}/entries/${annaBo.id}/targets`, ctx.organiser.token).expect(200)).body.targets as Target[];
    expect(after.filter((target) => target.slotId === last).every((target) => target.reasons.includes('Bo Jensen is not available at this time'))).toBe(true);
    await suite.client.put('/me/availability', { unavailableSlotIds: [] }, bo.token).expect(200);

    const bad = await suite.client.patch(`${versionPath(ctx, version.id)}/entries/${annaBo.id}`, { slotId: 'morning' }, ctx.organiser.token).expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('slotId must be a UUID or null');
  });

  it('moves, locks, swaps and removes meetings in a draft, keeping the figures right', async () => {
    const [version] = (await suite.client.get(`/events/${ctx.event.id}/schedule/versions`, ctx.organiser.token).expect(200)).body;
    const path = versionPath(ctx, version.id);
    let { entries } = await detail(ctx, version.id);
    const physical = entries.filter((entry: Entry) => !entry.online);
    const first = physical[0] as Entry;
    const { targets } = (await suite.client.get(`${path}/entries/${first.id}/targets`, ctx.organiser.token).expect(200)).body as { targets: Target[] };
    const free = targets.find((target) => target.ok && target.slotId === first.slotId && target.tableId !== first.tableId)!;
    const moved = (await suite.client.patch(`${path}/entries/${first.id}`, { slotId: free.slotId, tableId: free.tableId }, ctx.organiser.token).expect(200)).body;
    expect(moved).toMatchObject({ slotId: free.slotId, tableId: free.tableId });
    const locked = (await suite.client.patch(`${path}/entries/${first.id}`, { locked: true }, ctx.organiser.token).expect(200)).body;
    expect(locked.locked).toBe(true);
    const lockedMove = await suite.client.patch(`${path}/entries/${first.id}`, { slotId: null }, ctx.organiser.token).expect(409);
    expect(lockedMove.body.message).toBe('This meeting is locked: unlock it before moving it');
    await suite.client.patch(`${path}/entries/${first.id}`, { locked: false }, ctx.organiser.token).expect(200);

    // Swap two meetings that share nobody; the swap must respect the rules the same way.
    ({ entries } = await detail(ctx, version.id));
    // Anna–Bo and Cara–Dan share nobody, and each one's other meetings involve the other pair, so they can always trade places.
    const [a, b] = [pairEntry(entries, anna, bo), pairEntry(entries, cara, dan)];
    const swapped = (await suite.client.post(`${path}/swap`, { entryIds: [a.id, b.id] }, ctx.organiser.token).expect(200)).body.entries;
    expect(swapped.find((entry: Entry) => entry.id === a.id)).toMatchObject({ slotId: b.slotId, tableId: b.tableId });
    expect(swapped.find((entry: Entry) => entry.id === b.id)).toMatchObject({ slotId: a.slotId, tableId: a.tableId });
    await suite.client.post(`${path}/swap`, { entryIds: [first.id] }, ctx.organiser.token).expect(400);

    const removed = (await suite.client.patch(`${path}/entries/${first.id}`, { slotId: null }, ctx.organiser.token).expect(200)).body;
    expect(removed).toMatchObject({ slotId: null, tableId: null, unscheduledReason: 'Taken out of the schedule by the organiser' });
    const afterRemoval = await detail(ctx, version.id);
    expect(afterRemoval.version.metrics.scheduled).toBe(4);
    // Put it back where it fits.
    const back = ((await suite.client.get(`${path}/entries/${first.id}/targets`, ctx.organiser.token).expect(200)).body.targets as Target[]).find((target) => target.ok && !target.online)!;
    await suite.client.patch(`${path}/entries/${first.id}`, { slotId: back.slotId, tableId: back.tableId }, ctx.organiser.token).expect(200);
    expect((await detail(ctx, version.id)).version.metrics.scheduled).toBe(5);
  });

  it('a re-run based on a draft keeps its locked meetings where they are, and its meeting ids', async () => {
    const [base] = (await suite.client.get(`/events/${ctx.event.id}/schedule/versions`, ctx.organiser.token).expect(200)).body;
    const before = await detail(ctx, base.id);
    const annaBo = pairEntry(before.entries, anna, bo);
    const spot = ((await suite.client.get(`${versionPath(ctx, base.id)}/entries/${annaBo.id}/targets`, ctx.organiser.token).expect(200)).body.targets as Target[]).find(
      (t) => t.ok && t.slotId === annaBo.slotId && t.tableId !== annaBo.tableId,
    )!;
    await suite.client.patch(`${versionPath(ctx, base.id)}/entries/${annaBo.id}`, { slotId: spot.slotId, tableId: spot.tableId, locked: true }, ctx.organiser.token).expect(200);

    const versionId = await solved(ctx, { ...RUN, seed: 99, baseVersionId: base.id });
    const rerun = await detail(ctx, versionId);
    expect(rerun.version).toMatchObject({ number: 2, status: 'draft', baseVersionId: base.id });
    expect(pairEntry(rerun.entries, anna, bo)).toMatchObject({ meetingId: annaBo.meetingId, slotId: spot.slotId, tableId: spot.tableId, locked: true });
    expect((rerun.entries as Entry[]).map((entry) => entry.meetingId).sort()).toEqual((before.entries as Entry[]).map((entry) => entry.meetingId).sort());
    expect((rerun.entries as Entry[]).filter((entry) => entry.locked)).toHaveLength(1);
  });

  it('publishes atomically: meetings and seats, one agenda email each with a PDF and a calendar file', async () => {
    const [version] = (await suite.client.get(`/events/${ctx.event.id}/schedule/versions`, ctx.organiser.token).expect(200)).body;
    const { entries } = await detail(ctx, version.id);
    const participantSocket = await suite.live.connect(anna.token);
    const published = nextEvent<{ number: number }>(participantSocket, 'schedule:published');
    const outcome = (await suite.client.post(`${versionPath(ctx, version.id)}/publish`, {}, ctx.organiser.token).expect(200)).body;
    expect(outcome.version.status).toBe('published');
    expect(outcome.changes).toEqual({ created: 5, moved: 0, cancelled: 0, unchanged: 0, emailsQueued: 5 });
    expect((await published).number).toBe(2);

    const db = suite.stack.api.get(DataSource);
    const meetings = await db.getRepository(Meeting).findBy({ eventId: ctx.event.id, status: 'scheduled' });
    expect(meetings.map((meeting) => meeting.id).sort()).toEqual(entries.map((entry: Entry) => entry.meetingId).sort());
    expect(await db.getRepository(MeetingSeat).countBy({ meetingId: meetings[0].id })).toBe(2);
    expect(meetings.find((meeting) => meeting.tableId === null)!.videoLink).toMatch(/^https:\/\/meet\.example\/cm-[0-9a-f-]{36}$/);
    await suite.client.post(`${versionPath(ctx, version.id)}/publish`, {}, ctx.organiser.token).expect(409);
    await suite.client.patch(`${versionPath(ctx, version.id)}/entries/${entries[0].id}`, { locked: true }, ctx.organiser.token).expect(409);

    const email = await suite.stack.mailbox.waitForMessage(anna.email, 'Your agenda for');
    expect(email.subject).toBe(`Your agenda for ${ctx.event.name}`);
    expect(email.text).toContain('with Bo Jensen, Limfjord Service A/S (DK)');
    expect(email.text).toContain('with Cara Jensen, Aarhus Composites ApS (DK)');
    expect(email.text).toMatch(/profile: http:\/\/127\.0\.0\.1:\d+\/directory\/[0-9a-f-]{36}/);
    expect(email.text).toMatch(/\/api\/calendar\/[\w-]+\.ics/);
    const pdf = email.attachments.find((file) => file.filename === 'agenda.pdf')!;
    expect(pdfText(pdf.content)).toContain('Bo Jensen');
    const calendar = parseCalendar(email.attachments.find((file) => file.filename === 'agenda.ics')!.content.toString('utf8'));
    const annaMeetings = meetings.filter((meeting) => meeting.participantIds.includes(anna.participantId));
    expect(calendar.events.map((event) => event.uid).sort()).toEqual(annaMeetings.map((meeting) => `${meeting.id}@clustermeet`).sort());
    expect(calendar.events.every((event) => event.sequence === 0)).toBe(true);

    const onlineEmail = await suite.stack.mailbox.waitForMessage(eva.email, 'Your agenda for');
    expect(onlineEmail.text).toContain('Online: https://meet.example/cm-');
  });

  it("gives each participant their agenda as JSON, PDF, .ics and a calendar feed that needs no sign-in", async () => {
    const agenda = (await suite.client.get('/me/agenda', dan.token).expect(200)).body;
    expect(agenda).toMatchObject({ published: true, version: 2, timeZone: 'Europe/Copenhagen' });
    expect(agenda.meetings).toHaveLength(3);
    expect(agenda.meetings.flatMap((meeting: { partners: Array<{ name: string }> }) => meeting.partners.map((p) => p.name)).sort()).toEqual(['Bo Jensen', 'Cara Jensen', 'Eva Jensen']);
    const pdf = await suite.client.get('/me/agenda.pdf', dan.token).responseType('blob').expect(200).expect('Content-Type', 'application/pdf');
    const pdfContent = pdfText(pdf.body as Buffer);
    expect(pdfContent).toContain('Eva Jensen');
    // The check-in code under the QR code is the one the desk accepts.
    const code = /Check-in: ([A-Z2-9]{8})/.exec(pdfContent)![1];
    const checkedIn = (await suite.client.post(`/events/${ctx.event.id}/day/check-in`, { code }, ctx.organiser.token).expect(200)).body;
    expect(checkedIn.id).toBe(dan.participantId);
    const ics = await suite.client.get('/me/agenda.ics', dan.token).expect(200).expect('Content-Type', /text\/calendar/);
    expect(parseCalendar(ics.text).events).toHaveLength(3);

    const feedPath = new URL(agenda.calendarFeedUrl).pathname;
    const feed = await suite.client.get(feedPath.replace(/^\/api/, '')).expect(200);
    expect(parseCalendar(feed.text).events).toHaveLength(3);
    await suite.client.get('/calendar/not-a-real-feed-token-at-all.ics').expect(404);
    // The same URL every time: calendar apps keep one subscription.
    expect((await suite.client.get('/me/agenda', dan.token).expect(200)).body.calendarFeedUrl).toBe(agenda.calendarFeedUrl);
  });

  it('a re-run keeps published meetings; a changed publication updates and cancels calendar entries by UID', async () => {
    const versionId = await solved(ctx);
    const draft = await detail(ctx, versionId);
    expect(draft.version.number).toBe(3);
    const first = (await suite.client.get(`/events/${ctx.event.id}/schedule/versions`, ctx.organiser.token).expect(200)).body.find((v: { status: string }) => v.status === 'published');
    const before = await detail(ctx, first.id);
    // Published meetings are fixed (locked) in the re-run.
    for (const entry of draft.entries as Entry[]) {
      const previous = (before.entries as Entry[]).find((e) => e.meetingId === entry.meetingId)!;
      expect(entry).toMatchObject({ slotId: previous.slotId, tableId: previous.tableId, locked: true });
    }
    const path = versionPath(ctx, versionId);
    const annaBo = pairEntry(draft.entries, anna, bo);
    const evaDan = (draft.entries as Entry[]).find((entry) => entry.online)!;
    const target = ((await suite.client.get(`${path}/entries/${annaBo.id}/targets`, ctx.organiser.token).expect(200)).body.targets as Target[]).find(
      (t) => t.ok && t.slotId === annaBo.slotId && t.tableId !== annaBo.tableId,
    )!;
    await suite.client.patch(`${path}/entries/${annaBo.id}`, { slotId: target.slotId, tableId: target.tableId, locked: false }, ctx.organiser.token).expect(200);
    await suite.client.patch(`${path}/entries/${evaDan.id}`, { locked: false, slotId: null }, ctx.organiser.token).expect(200);
    const mailsBefore = suite.stack.mailbox.messages.length;

    const outcome = (await suite.client.post(`${path}/publish`, {}, ctx.organiser.token).expect(200)).body;
    expect(outcome.changes).toMatchObject({ created: 0, moved: 1, cancelled: 1, unchanged: 3 });
    // Only Anna, Bo (moved), Eva and Dan (cancelled) hear about it.
    expect(outcome.changes.emailsQueued).toBe(4);
    const statuses = (await suite.client.get(`/events/${ctx.event.id}/schedule/versions`, ctx.organiser.token).expect(200)).body.map((v: { number: number; status: string }) => `${v.number}:${v.status}`);
    expect(statuses).toEqual(['3:published', '2:superseded', '1:draft']);

    const evaMail = await suite.stack.mailbox.waitForMessage(eva.email, 'has changed');
    const cancellation = parseCalendar(evaMail.attachments.find((file) => file.filename === 'cancelled.ics')!.content.toString('utf8'));
    expect(cancellation.method).toBe('CANCEL');
    expect(cancellation.events).toEqual([expect.objectContaining({ uid: `${evaDan.meetingId}@clustermeet`, sequence: 1, status: 'CANCELLED' })]);
    const annaMail = await suite.stack.mailbox.waitForMessage(anna.email, 'has changed');
    const update = parseCalendar(annaMail.attachments.find((file) => file.filename === 'agenda.ics')!.content.toString('utf8'));
    expect(update.events.find((event) => event.uid === `${annaBo.meetingId}@clustermeet`)).toMatchObject({ sequence: 1 });
    expect(update.events.filter((event) => event.uid !== `${annaBo.meetingId}@clustermeet`).every((event) => event.sequence === 0)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(suite.stack.mailbox.messages.slice(mailsBefore).some((message) => message.to.includes(cara.email.toLowerCase()))).toBe(false);

    const danAgenda = (await suite.client.get('/me/agenda', dan.token).expect(200)).body;
    expect(danAgenda.meetings.find((meeting: { id: string }) => meeting.id === evaDan.meetingId).status).toBe('cancelled');
    const feed = parseCalendar((await suite.client.get(new URL(danAgenda.calendarFeedUrl).pathname.replace(/^\/api/, '')).expect(200)).text);
    expect(feed.events.find((event) => event.uid === `${evaDan.meetingId}@clustermeet`)).toMatchObject({ status: 'CANCELLED', sequence: 1 });
  });

  it('prints the pack: programmes, one sign per table, the desk list per slot', async () => {
    const pack = await suite.client.get(`/events/${ctx.event.id}/schedule/print-pack.pdf`, ctx.organiser.token).responseType('blob').expect(200);
    const text = pdfText(pack.body as Buffer);
    for (const name of ['Anna Jensen', 'Bo Jensen', 'Cara Jensen', 'Dan Jensen']) expect(text).toContain(name);
    expect(text).toContain('Table 1');
    expect(text).toContain('Table 2');
    await suite.client.get(`/events/${ctx.event.id}/schedule/print-pack.pdf`, anna.token).expect(403);
  });

  it('keeps the database consistent: one published version, entries kept per version', async () => {
    const db = suite.stack.api.get(DataSource);
    expect(await db.getRepository(ScheduleVersion).countBy({ eventId: ctx.event.id, status: 'published' })).toBe(1);
    const versions = await db.getRepository(ScheduleVersion).findBy({ eventId: ctx.event.id });
    for (const version of versions) expect(await db.getRepository(ScheduleEntry).countBy({ versionId: version.id })).toBe(5);
  });
});

function pairEntry(entries: Entry[], one: Person, other: Person): Entry {
  return entries.find((entry) => entry.participants.some((p) => p.id === one.participantId) && entry.participants.some((p) => p.id === other.participantId))!;
}
