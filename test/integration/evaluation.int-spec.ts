import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { EvaluationService, PersonalDataRetentionService } from '@clustermeet/domain';
import type { ApiClient } from '../support/api-client';
import { pdfText } from '../support/documents';
import { integrationSuite } from '../support/suite';

const suite = integrationSuite();
const DAY = 86_400_000;

type Ctx = Awaited<ReturnType<ApiClient['eventHappeningNow']>>;
type Person = { participantId: string; token: string; email: string };
type EvaluationMeeting = { id: string; partners: Array<{ name: string }>; feedback: { held: boolean | null; interesting: boolean | null; outcome: string | null } | null };

describe('after the event: meeting feedback and evaluations', () => {
  let ctx: Ctx;
  let helper: string;
  let anna: Person, bo: Person, cara: Person;
  let annaBo: string, annaCara: string, future: string;
  const opensAt = new Date(Date.now() + DAY);
  const evaluations = () => suite.stack.worker!.get(EvaluationService);

  beforeAll(async () => {
    const { client } = suite;
    ctx = await client.eventHappeningNow();
    helper = await client.staffMember(ctx.event.id, ctx.organiser.token, 'helper');
    const validated = async (firstName: string, organisation: string) => {
      const person = await client.registeredParticipant(ctx.event.id, ctx.types[0].id, { firstName, lastName: 'Dahl', organisation: { name: organisation, type: 'sme', country: 'DK', sizeBand: 'under-50' } });
      await client.post(`/events/${ctx.event.id}/participants/${person.participantId}/decision`, { decision: 'validate' }, ctx.organiser.token).expect(200);
      return person;
    };
    anna = await validated('Anna', 'Elbe Sensorik GmbH');
    bo = await validated('Bo', 'Limfjord Service A/S');
    cara = await validated('Cara', 'Aarhus Composites ApS');
    const book = async (people: Person[], slot: number) =>
      (await client.post(`/events/${ctx.event.id}/day/meetings`, { participantIds: people.map((p) => p.participantId), slotId: ctx.slots[slot].id }, helper).expect(201)).body.id as string;
    annaBo = await book([anna, bo], 0);
    annaCara = await book([anna, cara], 1);
    future = await book([bo, cara], 4);
    await client
      .patch(`/events/${ctx.event.id}`, {
        evaluationOpensAt: opensAt.toISOString(),
        followUpMonths: [6],
        evaluationQuestions: [
          { key: 'recommend', label: 'Would you recommend the event to a colleague?', type: 'select', required: true, options: ['yes', 'no'] },
          { key: 'comment', label: 'Anything to improve?', type: 'textarea', required: false },
        ],
      }, ctx.organiser.token)
      .expect(200);
  }, 120_000);

  it('rates a meeting in a tap; the partner never sees the other side’s answer', async () => {
    const { client } = suite;
    const rated = (await client.put(`/me/meetings/${annaBo}/feedback`, { held: true, interesting: true, collaboration: ['commercial', 'technological'], note: 'Follow up in January' }, anna.token).expect(200)).body;
    expect(rated).toMatchObject({ held: true, interesting: true, collaboration: ['commercial', 'technological'] });
    const boView = (await client.get('/me/evaluations', bo.token).expect(200)).body;
    expect(boView.meetings.find((m: EvaluationMeeting) => m.id === annaBo).feedback).toBeNull();
    expect(JSON.stringify(boView)).not.toContain('Follow up in January');
    await client.put(`/me/meetings/${annaCara}/feedback`, { held: false }, cara.token).expect(200);

    await client.put(`/me/meetings/${future}/feedback`, { held: true }, bo.token).expect(409);
    await client.put(`/me/meetings/${annaBo}/feedback`, { held: true }, cara.token).expect(404);
    const bad = await client.put(`/me/meetings/${annaBo}/feedback`, { collaboration: ['friendship'] }, anna.token).expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('collaboration must be among commercial, technological, research, investment');
  });

  it('records what came of a meeting, and lets it be updated any time later', async () => {
    const { client } = suite;
    const first = (await client.put(`/me/meetings/${annaBo}/outcome`, { outcome: 'ongoing', kinds: ['commercial'] }, anna.token).expect(200)).body;
    expect(first).toMatchObject({ outcome: 'ongoing', outcomeKinds: ['commercial'], outcomeValueEur: null, held: true });
    const signed = (await client.put(`/me/meetings/${annaBo}/outcome`, { outcome: 'concrete', kinds: ['commercial'], valueEur: 48_000, note: 'We signed in March' }, anna.token).expect(200)).body;
    expect(signed).toMatchObject({ outcome: 'concrete', outcomeValueEur: 48_000, outcomeNote: 'We signed in March', interesting: true });
    await client.put(`/me/meetings/${annaBo}/outcome`, { outcome: 'signed' }, anna.token).expect(400);
    await client.put(`/me/meetings/${annaBo}/outcome`, { outcome: 'concrete', valueEur: -5 }, anna.token).expect(400);
  });

  it('sends the first evaluation once, on its date, to those who still consent; then one reminder', async () => {
    const { client, stack } = suite;
    await client.put('/me/evaluation-emails', { stop: true }, cara.token).expect(200);
    expect(await evaluations().sendDue(new Date())).toEqual({ invited: 0, reminded: 0 });

    const day1 = new Date(opensAt.getTime() + 3_600_000);
    const runs = await Promise.all([evaluations().sendDue(day1), evaluations().sendDue(day1)]);
    expect(runs.reduce((sum, run) => sum + run.invited, 0)).toBe(2);
    const annaMail = await stack.mailbox.waitForMessage(anna.email, 'How were your meetings');
    expect(annaMail.text).toContain('Bo Dahl, Limfjord Service A/S');
    expect(annaMail.text).toContain('Cara Dahl, Aarhus Composites ApS');
    expect(annaMail.text).toMatch(/\/sign-in\?token=[\w-]+&next=%2Fme%2Fevaluations/);
    await stack.mailbox.waitForMessage(bo.email, 'How were your meetings');
    expect(await evaluations().sendDue(new Date(day1.getTime() + DAY))).toEqual({ invited: 0, reminded: 0 });

    // Anna answers; Bo does not and is reminded once, five days on.
    const missing = await client.post('/me/evaluations/0/answers', { answers: { comment: 'More coffee' } }, anna.token).expect(400);
    expect(missing.body.message).toBe('answers: please answer "Would you recommend the event to a colleague?"');
    await client.post('/me/evaluations/0/answers', { answers: { recommend: 'yes', colour: 'blue' } }, anna.token).expect(400);
    await client.post('/me/evaluations/0/answers', { answers: { recommend: 'yes', comment: 'More coffee' } }, anna.token).expect(200);
    await client.post('/me/evaluations/1/answers', { answers: { recommend: 'yes' } }, anna.token).expect(404);
    const day6 = new Date(day1.getTime() + 6 * DAY);
    expect(await evaluations().sendDue(day6)).toEqual({ invited: 0, reminded: 1 });
    expect(await evaluations().sendDue(new Date(day6.getTime() + DAY))).toEqual({ invited: 0, reminded: 0 });
    await stack.mailbox.waitForMessage(bo.email, 'Reminder: how were your meetings');
    expect(stack.mailbox.messagesTo(anna.email).some((message) => message.subject.startsWith('Reminder'))).toBe(false);
    expect(stack.mailbox.messagesTo(cara.email).some((message) => /meetings at/.test(message.subject))).toBe(false);

    const annaView = (await client.get('/me/evaluations', anna.token).expect(200)).body;
    expect(annaView.rounds).toEqual([expect.objectContaining({ round: 0, answers: { recommend: 'yes', comment: 'More coffee' } })]);
    expect(annaView.questions.map((q: { key: string }) => q.key)).toEqual(['recommend', 'comment']);
  });

  it('sends the six-month follow-up asking what came of each meeting', async () => {
    const { stack } = suite;
    const later = new Date(opensAt.getTime() + 190 * DAY);
    const run = await evaluations().sendDue(later);
    expect(run.invited).toBe(2);
    const followUp = await stack.mailbox.waitForMessage(anna.email, 'What came of your meetings');
    expect(followUp.text).toContain('6 months ago you met these partners');
    expect((await evaluations().sendDue(later)).invited).toBe(0);
  });

  it('keeps the settings valid, and reuses a questionnaire from another edition', async () => {
    const { client } = suite;
    const nextYear = (await client.post('/events', { name: 'Matchmaking 2027', venue: 'Aarhus', timeZone: 'Europe/Copenhagen', startsOn: '2027-05-12', endsOn: '2027-05-12' }, ctx.organiser.token).expect(201)).body;
    const copied = (await client.post(`/events/${nextYear.id}/evaluation-questions/copy`, { fromEventId: ctx.event.id }, ctx.organiser.token).expect(200)).body;
    expect(copied.evaluationQuestions.map((q: { key: string }) => q.key)).toEqual(['recommend', 'comment']);
    const stranger = await client.eventWithOrganiser();
    await client.post(`/events/${nextYear.id}/evaluation-questions/copy`, { fromEventId: stranger.event.id }, ctx.organiser.token).expect(404);
    await client.post(`/events/${nextYear.id}/evaluation-questions/copy`, { fromEventId: 'last-year' }, ctx.organiser.token).expect(400);
    const bad = await client.patch(`/events/${ctx.event.id}`, { followUpMonths: [0] }, ctx.organiser.token).expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('followUpMonths must be between 1 and 36');
    await client.patch(`/events/${ctx.event.id}`, { evaluationQuestions: [{ key: 'a', label: 'A', type: 'text', required: false }, { key: 'a', label: 'B', type: 'text', required: false }] }, ctx.organiser.token).expect(400);
  });

  it('reports what the event produced; every number opens the rows it counts', async () => {
    const { client } = suite;
    const report = (await client.get(`/events/${ctx.event.id}/report`, ctx.organiser.token).expect(200)).body;
    expect(report.participants).toMatchObject({ registered: 3, validated: 3, organisations: 3, byCountry: [{ key: 'DK', count: 3 }] });
    // Anna–Bo is over and took place; Anna–Cara is under way; Bo–Cara is later today.
    expect(report.meetings).toEqual({ requested: 0, accepted: 0, scheduled: 3, held: 1, noShow: 0, interesting: 1 });
    expect(report.collaborations).toEqual({
      possible: [{ key: 'commercial', count: 1 }, { key: 'technological', count: 1 }],
      ongoing: 0,
      concrete: 1,
      concreteValueEur: 48_000,
      concreteByKind: [{ key: 'commercial', count: 1 }],
    });
    expect(report.responses).toEqual([{ round: 0, sent: 2, answered: 1 }, { round: 1, sent: 2, answered: 0 }]);
    expect(report.meetingsPerSlot.reduce((sum: number, slot: { scheduled: number }) => sum + slot.scheduled, 0)).toBe(3);
    expect(report.outcomesOverTime).toEqual([{ month: new Date().toISOString().slice(0, 7), ongoing: 0, concrete: 1 }]);

    const held = (await client.get(`/events/${ctx.event.id}/report/rows?metric=meetings.held`, ctx.organiser.token).expect(200)).body;
    expect(held.rows).toEqual([expect.objectContaining({ participants: 'Anna Dahl; Bo Dahl', held: true, outcome: 'concrete', valueEur: 48_000 })]);
    const thisMonth = (await client.get(`/events/${ctx.event.id}/report/rows?metric=collaborations.byMonth&key=${new Date().toISOString().slice(0, 7)}`, ctx.organiser.token).expect(200)).body;
    expect(thisMonth.rows).toEqual([expect.objectContaining({ participants: 'Anna Dahl; Bo Dahl', outcome: 'concrete' })]);
    const danes = (await client.get(`/events/${ctx.event.id}/report/rows?metric=participants.byCountry&key=DK`, ctx.organiser.token).expect(200)).body;
    expect(danes.rows.map((row: { name: string }) => row.name).sort()).toEqual(['Anna Dahl', 'Bo Dahl', 'Cara Dahl']);
    const round0 = (await client.get(`/events/${ctx.event.id}/report/rows?metric=responses&key=0`, ctx.organiser.token).expect(200)).body;
    expect(round0.rows.filter((row: { answeredAt: string | null }) => row.answeredAt)).toHaveLength(1);
    const badMetric = await client.get(`/events/${ctx.event.id}/report/rows?metric=happiness`, ctx.organiser.token).expect(400);
    expect(JSON.stringify(badMetric.body.message)).toContain('metric must be one of');
    await client.get(`/events/${ctx.event.id}/report/rows?metric=meetings.held&key=DK`, ctx.organiser.token).expect(400);
    // Last year's edition, side by side.
    const lastYear = (await client.post('/events', { name: 'Matchmaking 2025', venue: 'Aarhus', timeZone: 'Europe/Copenhagen', startsOn: '2025-05-12', endsOn: '2025-05-12' }, ctx.organiser.token).expect(201)).body;
    const editions = (await client.get(`/events/${ctx.event.id}/report/comparison`, ctx.organiser.token).expect(200)).body;
    // Oldest first (an edition planned for 2027 comes last).
    expect(editions.slice(0, 2).map((e: { eventId: string; current: boolean; participants: number; concreteValueEur: number }) => [e.eventId, e.current, e.participants, e.concreteValueEur])).toEqual([
      [lastYear.id, false, 0, 0],
      [ctx.event.id, true, 3, 48_000],
    ]);
    await client.get(`/events/${ctx.event.id}/report`, helper).expect(403);
    await client.get(`/events/${ctx.event.id}/report`, anna.token).expect(403);
  });

  it('exports CSV, XLSX and an anonymised file for funders without personal data', async () => {
    const { client } = suite;
    const csv = await client.get(`/events/${ctx.event.id}/report/rows.csv?metric=participants.validated`, ctx.organiser.token).expect(200).expect('Content-Type', /text\/csv/);
    const records = parse(csv.text, { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(records.map((record) => record.email).sort()).toEqual([anna.email, bo.email, cara.email].sort());

    const anonymised = (await client.get(`/events/${ctx.event.id}/report/anonymised.csv`, ctx.organiser.token).expect(200)).text;
    for (const secret of [anna.email, 'Anna', 'Elbe Sensorik']) expect(anonymised).not.toContain(secret);
    const lines = parse(anonymised, { columns: true, bom: true }) as Array<{ metric: string; key: string; count: string }>;
    expect(lines).toContainEqual({ metric: 'participants.validated', key: '', count: '3' });
    expect(lines).toContainEqual({ metric: 'collaborations.concrete', key: '', count: '<3' });

    const xlsx = await client.get(`/events/${ctx.event.id}/report.xlsx`, ctx.organiser.token).responseType('blob').expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Uint8Array.from(xlsx.body as Buffer).buffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Participants', 'Organisations', 'Requests', 'Meetings', 'Evaluations']);
    expect(book.getWorksheet('Participants')!.rowCount).toBe(4);
    const summary = book.getWorksheet('Summary')!.getSheetValues().flat().join(' ');
    expect(summary).toContain('meetings.held');

    const pdf = await client.get(`/events/${ctx.event.id}/report.pdf`, ctx.organiser.token).responseType('blob').expect(200).expect('Content-Type', 'application/pdf');
    const text = pdfText(pdf.body as Buffer);
    expect(text).toContain(ctx.event.name);
    expect(text).toMatch(/Meetings scheduled \/ held \/ no-show\s+3\s*\/\s*1\s*\/\s*0/);
    expect(text).toMatch(/Value of concrete collaborations \(EUR\)\s+48,000/);
  });

  it('turns a meeting with a concrete outcome into a success story, published only with everyone’s consent', async () => {
    const { client, stack } = suite;
    const stories = `/events/${ctx.event.id}/success-stories`;
    const text = 'Elbe Sensorik met Limfjord Service at the matchmaking and signed a service contract for offshore sensors.';
    const notConcrete = await client.post(stories, { meetingId: annaCara, title: 'Composites', text }, ctx.organiser.token).expect(409);
    expect(notConcrete.body.message).toMatch(/concrete outcome/);
    await client.post(stories, { meetingId: annaBo, title: 'x', text }, ctx.organiser.token).expect(400);
    const story = (await client.post(stories, { meetingId: annaBo, title: 'Sensors for the North Sea', text }, ctx.organiser.token).expect(201)).body;
    expect(story).toMatchObject({ status: 'awaiting-consent', participants: [{ name: 'Anna Dahl', consent: null }, { name: 'Bo Dahl', consent: null }] });
    const ask = await stack.mailbox.waitForMessage(bo.email, 'May we tell the story');
    expect(ask.text).toContain('Sensors for the North Sea');

    const consent = (who: Person, value: boolean) => client.post(`/me/success-stories/${story.id}/consent`, { consent: value }, who.token);
    expect((await consent(anna, true).expect(200)).body.status).toBe('awaiting-consent');
    expect((await consent(bo, false).expect(200)).body.status).toBe('declined');
    const published = (await consent(bo, true).expect(200)).body;
    expect(published.status).toBe('published');
    expect(published.publishedAt).not.toBeNull();
    await consent(anna, false).expect(409);
    await consent(cara, true).expect(404);
    expect((await client.get('/me/success-stories', cara.token).expect(200)).body).toEqual([]);
    expect((await client.get('/me/success-stories', anna.token).expect(200)).body[0]).toMatchObject({ title: 'Sensors for the North Sea', myConsent: true });
    expect((await client.get(stories, ctx.organiser.token).expect(200)).body.map((s: { status: string }) => s.status)).toEqual(['published']);
  });

  it('anonymises personal data after the retention period while every aggregate stays', async () => {
    const { client, stack } = suite;
    const before = (await client.get(`/events/${ctx.event.id}/report`, ctx.organiser.token).expect(200)).body;
    await client.patch(`/events/${ctx.event.id}`, { personalDataRetentionMonths: 0 }, ctx.organiser.token).expect(400);
    await client.patch(`/events/${ctx.event.id}`, { personalDataRetentionMonths: 12 }, ctx.organiser.token).expect(200);
    const retention = stack.worker!.get(PersonalDataRetentionService);
    expect(await retention.anonymiseDue(new Date(Date.now() + 300 * DAY))).toEqual([]);
    expect(await retention.anonymiseDue(new Date(Date.now() + 400 * DAY))).toEqual([ctx.event.id]);
    expect(await retention.anonymiseDue(new Date(Date.now() + 500 * DAY))).toEqual([]);

    const after = (await client.get(`/events/${ctx.event.id}/report`, ctx.organiser.token).expect(200)).body;
    expect({ ...after, generatedAt: null }).toEqual({ ...before, generatedAt: null });
    const people = (await client.get(`/events/${ctx.event.id}/report/rows?metric=participants.validated`, ctx.organiser.token).expect(200)).body.rows;
    const dump = JSON.stringify(people);
    for (const secret of ['Anna', 'Dahl', anna.email, 'Elbe Sensorik']) expect(dump).not.toContain(secret);
    expect(people.every((row: { country: string }) => row.country === 'DK')).toBe(true);
    const log = JSON.stringify((await client.get(`/events/${ctx.event.id}/changes?after=0`, ctx.organiser.token).expect(200)).body);
    expect(log).not.toContain('Anna');
  });
});
