import { resolve } from 'node:path';
import { Page } from 'playwright-core';
import type { ApiClient } from '../support/api-client';
import { eventually, expectNoHorizontalScroll, hasText, newContext, SCREENSHOTS, signedInPage, visible } from '../support/browser';
import { pdfText } from '../support/documents';
import { browserSuite } from '../support/suite';

const suite = browserSuite();

type Ctx = Awaited<ReturnType<ApiClient['eventHappeningNow']>>;
type Person = { participantId: string; token: string; email: string };

describe('the event day in two browsers', () => {
  let ctx: Ctx;
  let helper: string;
  let anna: Person;
  let bo: Person;
  let desk: Page;
  let annaPhone: Page;

  beforeAll(async () => {
    ctx = await suite.client.eventHappeningNow();
    helper = await suite.client.staffMember(ctx.event.id, ctx.organiser.token, 'helper', 'Mette');
    const validated = async (firstName: string, organisation: string) => {
      const person = await suite.client.registeredParticipant(ctx.event.id, ctx.types[0].id, { firstName, lastName: 'Holm', organisation: { name: organisation, type: 'sme', country: 'DK', sizeBand: 'under-50' } });
      await suite.client.post(`/events/${ctx.event.id}/participants/${person.participantId}/decision`, { decision: 'validate' }, ctx.organiser.token).expect(200);
      return person;
    };
    anna = await validated('Anna', 'Elbe Sensorik GmbH');
    bo = await validated('Bo', 'Limfjord Service A/S');
    // Anna and Bo meet now at Table 1, and again later.
    await suite.client.post(`/events/${ctx.event.id}/day/meetings`, { participantIds: [anna.participantId, bo.participantId], slotId: ctx.slots[1].id }, helper).expect(201);
    await suite.client.post(`/events/${ctx.event.id}/day/meetings`, { participantIds: [anna.participantId, bo.participantId], slotId: ctx.slots[3].id }, helper).expect(201);
  }, 120_000);

  it('the participant’s phone shows the current meeting and its table', async () => {
    annaPhone = await signedInPage(await newContext(suite.browser, 390, 844), suite.stack.baseUrl, 'participant', anna.token, ctx.event.id, '/me/agenda');
    await visible(annaPhone.getByTestId('agenda-now'));
    await hasText(annaPhone.getByTestId('agenda-now'), 'Bo Holm');
    await hasText(annaPhone.getByTestId('agenda-now'), '1');
    await eventually(async () => expect(await annaPhone.getByTestId('live-status').getAttribute('data-state')).toBe('connected'));
    await annaPhone.getByTestId('agenda-standby').click();
    await eventually(async () => expect((await suite.client.get('/me/agenda', anna.token).expect(200)).body.standby).toBe(true));
    await expectNoHorizontalScroll(annaPhone);
  });

  it('a helper checks Anna in at the desk and marks Bo as a no-show; Anna’s open agenda updates without a reload', async () => {
    desk = await signedInPage(await newContext(suite.browser, 1280, 900), suite.stack.baseUrl, 'staff', helper, ctx.event.id, `/events/${ctx.event.id}/desk?tab=check-in`);
    await desk.getByTestId('desk-search').fill('Anna');
    await desk.getByRole('button', { name: 'Check in Anna Holm' }).click();
    await visible(desk.getByTestId(`desk-participant-${anna.participantId}`).getByTestId('desk-checked-in'));

    await desk.goto(`${suite.stack.baseUrl}/events/${ctx.event.id}/desk?tab=now`);
    await desk.getByRole('button', { name: /Actions for the meeting Anna Holm – Bo Holm/ }).first().click();
    await desk.getByRole('menuitem', { name: 'Mark no-show of Bo Holm' }).click();
    await eventually(async () => expect(await desk.locator('[data-testid^="day-meeting-"][data-status="no_show"]').count()).toBe(1));

    // Anna's phone was open all along: the meeting turns into a no-show and is flagged as changed.
    await visible(annaPhone.getByTestId('agenda-no-show'));
    await visible(annaPhone.getByTestId('agenda-changed'));
    await annaPhone.screenshot({ path: resolve(SCREENSHOTS, 'live-agenda-no-show-390.png'), fullPage: true });

    // From the live agenda, the meeting can be rated: it opens the evaluation page on that meeting.
    await annaPhone.getByRole('link', { name: 'Rate this meeting' }).first().click();
    await visible(annaPhone.locator('[data-testid^="evaluation-meeting-"]'));
    await annaPhone.goto(`${suite.stack.baseUrl}/me/agenda`);

    // The desk sees Anna on the call list, to rebook her.
    await desk.goto(`${suite.stack.baseUrl}/events/${ctx.event.id}/desk?tab=call-list`);
    await visible(desk.getByTestId(`call-list-item-${anna.participantId}`));
    await desk.screenshot({ path: resolve(SCREENSHOTS, 'desk-call-list-1280.png'), fullPage: true });
  });

  it('a helper scans Bo’s programme QR code with the phone camera: the link opens the desk and checks him in', async () => {
    const pdf = await suite.client.get('/me/agenda.pdf', bo.token).responseType('blob').expect(200);
    const code = /Check-in: ([A-Z2-9]{8})/.exec(pdfText(pdf.body as Buffer))![1];
    const helperPhone = await signedInPage(await newContext(suite.browser, 390, 844), suite.stack.baseUrl, 'staff', helper, ctx.event.id, `/events/${ctx.event.id}/desk?tab=check-in&code=${code}`);
    await hasText(helperPhone.getByTestId('desk-code-result'), 'Bo Holm');
    const row = (await suite.client.get(`/events/${ctx.event.id}/day/participants?q=Bo`, helper).expect(200)).body.participants[0];
    expect(row.checkedInAt).not.toBeNull();
    await expectNoHorizontalScroll(helperPhone);
  });

  it('the table board for the big screen shows the current slot by place', async () => {
    const board = await signedInPage(await newContext(suite.browser, 1920, 1080), suite.stack.baseUrl, 'staff', helper, ctx.event.id, `/events/${ctx.event.id}/board?slotId=${ctx.slots[3].id}`);
    await visible(board.getByTestId('board-slot'));
    await hasText(board.getByTestId('board-slot'), 'Anna Holm');
    await hasText(board.getByTestId('board-slot'), 'Bo Holm');
    await board.screenshot({ path: resolve(SCREENSHOTS, 'board-1920.png') });
  });
});
