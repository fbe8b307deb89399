import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Page } from 'playwright-core';
import type { ApiClient } from '../support/api-client';
import { eventually, expectNoHorizontalScroll, field, hasText, newContext, SCREENSHOTS, signedInPage, visible } from '../support/browser';
import { pdfText } from '../support/documents';
import { browserSuite } from '../support/suite';

const suite = browserSuite();

type Ctx = Awaited<ReturnType<ApiClient['eventWithOrganiser']>>;
type Person = { participantId: string; token: string; email: string };

describe('scheduling in the browser', () => {
  let ctx: Ctx;
  let anna: Person;
  let organiser: Page;
  let annaPage: Page;

  async function validated(firstName: string, organisation: string): Promise<Person> {
    const person = await suite.client.registeredParticipant(ctx.event.id, ctx.types[0].id, { firstName, lastName: 'Holm', organisation: { name: organisation, type: 'sme', country: 'DK', sizeBand: 'under-50' } });
    await suite.client.post(`/events/${ctx.event.id}/participants/${person.participantId}/decision`, { decision: 'validate' }, ctx.organiser.token).expect(200);
    return person;
  }

  async function agreed(from: Person, to: Person): Promise<void> {
    const created = (await suite.client.post(`/events/${ctx.event.id}/meeting-requests`, { recipientId: to.participantId }, from.token).expect(201)).body;
    await suite.client.post(`/me/meeting-requests/${created.id}/accept`, {}, to.token).expect(200);
  }

  beforeAll(async () => {
    ctx = await suite.client.eventWithOrganiser();
    await suite.client.post(`/events/${ctx.event.id}/tables`, { kind: 'table', count: 1, capacity: 2 }, ctx.organiser.token).expect(201);
    anna = await validated('Anna', 'Elbe Sensorik GmbH');
    const bo = await validated('Bo', 'Limfjord Service A/S');
    const cara = await validated('Cara', 'Aarhus Composites ApS');
    const dan = await validated('Dan', 'Bergen Offshore AS');
    await agreed(anna, bo);
    await agreed(anna, cara);
    await agreed(bo, dan);
    await agreed(cara, dan);
  }, 120_000);

  it('the organiser runs the scheduler and watches it finish into a draft', async () => {
    organiser = await signedInPage(await newContext(suite.browser, 1280, 900), suite.stack.baseUrl, 'staff', ctx.organiser.token, ctx.event.id, `/events/${ctx.event.id}/schedule`);
    await visible(organiser.getByRole('heading', { name: 'Schedule' }));
    await field(organiser, 'Time limit (seconds)').fill('1');
    await organiser.getByRole('button', { name: 'Run scheduler' }).click();
    await eventually(async () => expect(await organiser.getByTestId('version-status').getAttribute('data-status')).toBe('draft'), 30_000);
    await hasText(organiser.getByTestId('metric-scheduled'), '4');
    await eventually(async () => expect(await organiser.getByTestId('schedule-grid').locator('[data-testid^="entry-"]').count()).toBe(4));
  });

  it('the organiser moves a meeting to a free table, seeing why other cells are refused', async () => {
    const chip = organiser.getByRole('button', { name: /Meeting Anna Holm – Bo Holm/ }).first();
    const before = await chip.locator('xpath=ancestor::*[starts-with(@data-testid, "cell-")][1]').getAttribute('data-testid');
    await chip.click();
    const drawer = organiser.getByRole('dialog');
    await drawer.getByRole('button', { name: 'Move…', exact: true }).click();
    await visible(organiser.getByTestId('move-banner'));
    const refused = organiser.locator('[data-target="infeasible"]').first();
    await visible(refused);
    expect(await refused.getAttribute('title')).toMatch(/already has a meeting at this time|is taken at this time/);
    // A free table in the meeting's own slot: nobody there is busy, so the move is allowed.
    const slotId = before!.slice('cell-'.length, 'cell-'.length + 36);
    const target = organiser.locator(`[data-target="ok"][data-testid^="cell-${slotId}-"]`).first();
    const targetId = await target.getAttribute('data-testid');
    await target.getByRole('button', { name: /^Move here/ }).click();
    await eventually(async () => expect(await organiser.getByTestId(targetId!).getByRole('button', { name: /Meeting Anna Holm – Bo Holm/ }).count()).toBe(1));
    await organiser.screenshot({ path: resolve(SCREENSHOTS, 'schedule-grid-1280.png'), fullPage: true });
  });

  it('the organiser publishes; the participant’s open agenda fills in without a reload', async () => {
    annaPage = await signedInPage(await newContext(suite.browser, 390, 844), suite.stack.baseUrl, 'participant', anna.token, ctx.event.id, '/me/agenda');
    await visible(annaPage.getByTestId('agenda-not-published'));

    await organiser.getByRole('button', { name: 'Publish', exact: true }).click();
    await organiser.getByRole('button', { name: /Yes, publish version 1/ }).click();
    await hasText(organiser.getByTestId('change-created'), '4');
    await hasText(organiser.getByTestId('change-emailsQueued'), '4');

    await eventually(async () => expect(await annaPage.getByTestId('agenda-meeting').count()).toBe(2), 15_000);
    await hasText(annaPage.getByTestId('agenda-meeting').first(), 'Holm');
    const text = await annaPage.locator('main').innerText();
    expect(text).toContain('Bo Holm');
    expect(text).toContain('Cara Holm');
    expect(await annaPage.getByTestId('agenda-place').first().innerText()).toMatch(/^TABLE\s+\d$/i);
    await expectNoHorizontalScroll(annaPage);
    await annaPage.screenshot({ path: resolve(SCREENSHOTS, 'my-agenda-390.png'), fullPage: true });
  });

  it('the participant downloads the agenda as a PDF and sees the calendar feed', async () => {
    const [download] = await Promise.all([annaPage.waitForEvent('download'), annaPage.getByRole('button', { name: 'Download PDF' }).click()]);
    const text = pdfText(readFileSync((await download.path())!));
    expect(text).toContain('Bo Holm');
    expect(text).toContain('Cara Holm');
    const feed = await annaPage.getByTestId('calendar-feed-url').inputValue().catch(async () => annaPage.getByTestId('calendar-feed-url').innerText());
    expect(feed).toMatch(/\/api\/calendar\/[\w-]+\.ics$/);
    const calendar = await suite.client.http().get(new URL(feed).pathname).expect(200);
    expect(calendar.text).toContain('BEGIN:VEVENT');
  });
});
