import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Meeting } from '@clustermeet/database';
import { linkFrom } from '../support/smtp-mailbox';
import { ensureWebBuilt, eventually, expectNoHorizontalScroll, field, hasText, hasValue, isChecked, launchChromium, SCREENSHOTS, visible } from '../support/browser';
import { startTestStack, TestStack } from '../support/test-stack';

const screenshots = SCREENSHOTS;

let stack: TestStack;
let browser: Browser;
let organiserContext: BrowserContext;
let phoneContext: BrowserContext;

beforeAll(async () => {
  ensureWebBuilt();
  stack = await startTestStack();
  browser = await launchChromium();
  organiserContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB', deviceScaleFactor: 1 });
  organiserContext.setDefaultTimeout(10_000);
  phoneContext.setDefaultTimeout(10_000);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});


describe('foundation in the browser', () => {
  const organiserEmail = `organiser-${Date.now()}@cluster.example`;
  const participantEmail = `mette-${Date.now()}@subsea.example`;
  const eventName = 'Offshore Wind Matchmaking 2027';
  let organiser: Page;
  let participant: Page;
  let eventId: string;

  it('lets an organiser sign up and set up an event with a session and tables', async () => {
    organiser = await organiserContext.newPage();
    await organiser.goto(`${stack.baseUrl}/sign-up`);
    await field(organiser, 'Organisation name').fill('Energy Cluster Denmark');
    await field(organiser, 'Your name').fill('Ida Organiser');
    await field(organiser, 'Email').fill(organiserEmail);
    await organiser.getByRole('textbox', { name: 'Password' }).fill('correct horse battery');
    await organiser.getByRole('button', { name: 'Create account' }).click();

    await visible(organiser.getByRole('heading', { name: 'My events' }));
    await organiser.getByRole('link', { name: 'Create event' }).click();
    await field(organiser, 'Event name').fill(eventName);
    await field(organiser, 'Venue').fill('Esbjerg Congress Centre');
    await hasValue(field(organiser, 'Time zone'), 'Europe/Copenhagen');
    await field(organiser, 'Event starts').fill('2027-05-11');
    await field(organiser, 'Event ends').fill('2027-05-11');
    await organiser.getByRole('button', { name: 'Create event' }).click();

    await organiser.waitForURL(/\/events\/[0-9a-f-]+\/setup\/sessions$/);
    eventId = organiser.url().match(/\/events\/([0-9a-f-]+)\//)![1];
    await visible(organiser.getByRole('heading', { name: eventName }));

    // 09:00–10:30 with 20-minute slots and 5-minute pauses gives 09:00, 09:25 and 09:50.
    await field(organiser, 'Session name').fill('Morning');
    await hasValue(field(organiser, 'Date'), '2027-05-11');
    await field(organiser, 'Start time').fill('09:00');
    await field(organiser, 'End time').fill('10:30');
    await field(organiser, 'Slot length (minutes)').fill('20');
    await field(organiser, 'Pause between slots (minutes)').fill('5');
    await organiser.getByRole('button', { name: 'Add session' }).click();
    const session = organiser.getByTestId('session');
    await hasText(session, 'Morning');
    await hasText(session, '3 slots');
    await hasText(session, '09:25–09:45');

    await organiser.getByRole('tab', { name: 'Tables' }).click();
    await field(organiser, 'Number of tables').fill('5');
    await field(organiser, 'Seats').fill('2');
    await organiser.getByRole('button', { name: 'Add', exact: true }).click();
    await visible(organiser.getByText('5 meeting places'));
    await visible(organiser.getByRole('cell', { name: 'Table 5' }));
  }, 60_000);

  it('lets a participant register on a phone and sign in through the emailed link', async () => {
    participant = await phoneContext.newPage();
    await participant.goto(`${stack.baseUrl}/e/${eventId}/register`);
    await visible(participant.getByRole('heading', { name: `Register for ${eventName}` }));
    await visible(participant.getByText('Registration is open'));
    await field(participant, 'First name').fill('Mette');
    await field(participant, 'Last name').fill('Holm');
    await field(participant, 'Email').fill(participantEmail);
    await field(participant, 'Job title').fill('CEO');
    await field(participant, 'Participant type').selectOption({ label: 'Company' });
    await field(participant, 'Organisation name').fill('Nordic Subsea Robotics ApS');
    await field(participant, 'Organisation type').selectOption({ label: 'SME' });
    await field(participant, 'Country').selectOption({ label: 'Denmark' });
    await field(participant, 'Region').fill('Region Syddanmark');
    await field(participant, 'City').fill('Esbjerg');
    await field(participant, 'Website').fill('https://subsea.example');
    await field(participant, 'Size').selectOption({ label: 'Under 50 employees' });
    await field(participant, 'Company number (CVR/VAT)').fill('DK12345678');
    await field(participant, 'Description of your organisation').fill('Underwater robots for cable inspection.');
    await field(participant, 'Offshore wind').check();
    await field(participant, 'Robotics & automation').check();
    await expectNoHorizontalScroll(participant);
    await participant.getByLabel(/I agree that my profile is stored/).check();
    await participant.getByRole('button', { name: 'Register' }).click();
    await visible(participant.getByText('Check your email for a sign-in link'));

    const message = await stack.mailbox.waitForMessage(participantEmail);
    const link = linkFrom(message);
    expect(link.startsWith(`${stack.baseUrl}/sign-in?token=`)).toBe(true);
    await participant.goto(link);
    await participant.waitForURL(/\/me$/);
    await visible(participant.getByRole('heading', { name: 'My profile' }));
    await hasText(participant.getByTestId('profile-status'), 'Pending');
    await hasValue(field(participant, 'First name'), 'Mette');
  }, 60_000);

  it('lets the participant complete the profile with an offer, a seek and availability', async () => {
    await participant.getByRole('button', { name: 'Add offer' }).click();
    const offer = participant.getByRole('group', { name: 'Offer 1' });
    await field(offer, 'Title').fill('ROV cable inspection');
    await field(offer, 'Description').fill('Inspection of export and array cables with our ROVs.');
    await field(offer, 'Category').selectOption({ label: 'Service' });
    await participant.getByRole('button', { name: 'Add seek' }).click();
    const seek = participant.getByRole('group', { name: 'Seek 1' });
    await field(seek, 'Title').fill('Distributor in Germany');
    await field(seek, 'Category').selectOption({ label: 'Commercial partnership' });
    await participant.getByRole('button', { name: 'Save profile' }).click();
    await visible(participant.getByText('Your profile is saved'));

    const presence = participant.getByRole('checkbox', { name: /^I am present Morning/ });
    await eventually(async () => expect(await presence.count()).toBe(3));
    await presence.nth(2).uncheck();
    await participant.getByRole('button', { name: 'Save availability' }).click();
    await visible(participant.getByText('Your availability is saved'));

    const token = await participant.evaluate<string | null>("localStorage.getItem('clustermeet.participantToken')");
    const saved = (await (await fetch(`${stack.baseUrl}/api/me/profile`, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
      offers: unknown[];
      seeks: unknown[];
      unavailableSlotIds: string[];
      sectors: string[];
    };
    expect(saved.offers).toEqual([expect.objectContaining({ title: 'ROV cable inspection', category: 'service' })]);
    expect(saved.seeks).toEqual([expect.objectContaining({ title: 'Distributor in Germany', category: 'commercial' })]);
    expect(saved.unavailableSlotIds).toHaveLength(1);
    expect(saved.sectors).toEqual(expect.arrayContaining(['offshore-wind', 'robotics']));

    await participant.reload();
    await hasValue(field(participant.getByRole('group', { name: 'Offer 1' }), 'Title'), 'ROV cable inspection');
    await isChecked(presence.nth(2), false);
    await expectNoHorizontalScroll(participant);
    await participant.screenshot({ path: resolve(screenshots, 'profile-390.png'), fullPage: true });
  }, 60_000);

  it('lets the organiser validate the profile, and the participant sees it validated', async () => {
    await organiser.goto(`${stack.baseUrl}/events/${eventId}/participants`);
    await field(organiser, 'Status').selectOption({ label: 'Pending' });
    await organiser.getByRole('link', { name: 'Open profile of Mette Holm' }).click();
    await visible(organiser.getByText('ROV cable inspection'));

    // A reason is required before asking for changes, and the participant sees it.
    await organiser.getByRole('button', { name: 'Ask for changes' }).click();
    await visible(organiser.getByText('Write a reason first'));
    await field(organiser, 'Reason').fill('Please say which cable types your ROVs inspect.');
    await organiser.getByRole('button', { name: 'Ask for changes' }).click();
    await visible(organiser.locator('[data-status="changes_requested"]'));
    await participant.reload();
    await hasText(participant.getByTestId('profile-status'), 'Changes requested');
    await hasText(participant.getByTestId('profile-status'), 'Please say which cable types your ROVs inspect.');

    await organiser.getByRole('button', { name: 'Validate' }).click();
    await visible(organiser.locator('[data-status="validated"]'));

    await participant.reload();
    await hasText(participant.getByTestId('profile-status'), 'Validated');
    await visible(participant.getByText('Your profile is validated and visible to other participants.'));

    // The language choice is applied at once and survives a reload.
    await participant.getByRole('button', { name: 'Dansk' }).click();
    await visible(participant.getByRole('heading', { name: 'Min profil' }));
    await participant.reload();
    await hasText(participant.getByTestId('profile-status'), 'Godkendt');
    await participant.screenshot({ path: resolve(screenshots, 'profile-390-da.png'), fullPage: false });
    await participant.getByRole('button', { name: 'English' }).click();
  }, 60_000);

  it('lets the organiser edit participant types, the matrix and the profile form, and export and import CSV', async () => {
    await organiser.goto(`${stack.baseUrl}/events/${eventId}/setup/types`);
    await field(organiser, 'Type name').last().fill('Buyer');
    await field(organiser, 'Max meetings').last().fill('8');
    await organiser.getByRole('button', { name: 'Add type' }).click();
    await eventually(async () => expect(await organiser.getByTestId('participant-type').count()).toBeGreaterThanOrEqual(2));
    const buyerMeetsCompany = organiser.getByRole('checkbox', { name: 'Company can meet Buyer' });
    await visible(buyerMeetsCompany);
    const before = await buyerMeetsCompany.isChecked();
    await buyerMeetsCompany.click();
    await isChecked(buyerMeetsCompany, !before);
    await isChecked(organiser.getByRole('checkbox', { name: 'Buyer can meet Company' }), !before);

    await organiser.getByRole('tab', { name: 'Profile form' }).click();
    await field(organiser, 'New entry in Sectors').fill('Hydrogen & Power-to-X');
    await hasValue(organiser.getByRole('textbox', { name: /^Key/ }).first(), 'hydrogen-power-to-x');
    await organiser.getByRole('group', { name: 'Sectors' }).getByRole('button', { name: 'Add' }).click();
    await organiser.getByRole('button', { name: 'Save lists' }).click();
    await visible(organiser.getByRole('button', { name: 'Save lists ✓' }));
    await organiser.getByRole('button', { name: 'Add question' }).click();
    await field(organiser.getByRole('group', { name: 'Question 1' }), 'Question').fill('Is this your first matchmaking event?');
    await field(organiser.getByRole('group', { name: 'Question 1' }), 'Answer type').selectOption({ label: 'Yes/no' });
    await organiser.getByRole('button', { name: 'Save questions' }).click();
    await visible(organiser.getByRole('button', { name: 'Save questions ✓' }));

    const publicEvent = (await (await fetch(`${stack.baseUrl}/api/events/${eventId}/public`)).json()) as {
      taxonomies: { sectors: { key: string }[] };
      profileQuestions: { key: string; type: string }[];
    };
    expect(publicEvent.taxonomies.sectors.map((term) => term.key)).toContain('hydrogen-power-to-x');
    expect(publicEvent.profileQuestions).toEqual([expect.objectContaining({ type: 'checkbox' })]);

    await organiser.goto(`${stack.baseUrl}/events/${eventId}/participants`);
    await visible(organiser.getByTestId('participant-row'));
    const [download] = await Promise.all([
      organiser.waitForEvent('download'),
      organiser.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const exported = readFileSync(await download.path(), 'utf8');
    expect(exported).toContain(participantEmail);

    // A row with an unknown participant type: nothing is imported and the row is reported.
    const header = exported.split(/\r?\n/)[0];
    expect(header).toContain('email');
    const [chooser] = await Promise.all([organiser.waitForEvent('filechooser'), field(organiser, 'CSV file').click()]);
    await chooser.setFiles({
      name: 'participants.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'email,firstName,lastName,jobTitle,participantType,organisationName,organisationType,country,region,city,website,sizeBand,companyNumber,description,sectors,languages\n' +
          'ole@wind.example,Ole,Berg,,Astronaut,Wind ApS,sme,DK,,,,under-50,,,,\n',
      ),
    });
    await organiser.getByRole('button', { name: 'Import', exact: true }).click();
    await hasText(organiser.getByTestId('import-row-errors'), 'Row 2');
    await hasText(organiser.getByTestId('import-row-errors'), 'Astronaut');
  }, 60_000);

  it('fits the organiser pages on a 390px-wide phone screen', async () => {
    const phone = await organiserContext.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    const pages = ['events', 'setup/details', 'setup/sessions', 'setup/tables', 'setup/types', 'setup/profileForm', 'participants'];
    for (const path of pages) {
      await phone.goto(`${stack.baseUrl}/${path === 'events' ? 'events' : `events/${eventId}/${path}`}`);
      await visible(phone.getByRole('heading').first());
      await phone.waitForLoadState('networkidle');
      await expectNoHorizontalScroll(phone);
      await phone.screenshot({ path: resolve(screenshots, `organiser-390-${path.replace('/', '-')}.png`), fullPage: true });
    }
    await phone.close();
  }, 60_000);

  it('sends an expired participant session to the event sign-in page, which mails a new link', async () => {
    const page = await phoneContext.newPage();
    await page.goto(`${stack.baseUrl}/me`);
    await page.evaluate("localStorage.setItem('clustermeet.participantToken', 'not-a-valid-token')");
    await page.reload();
    await page.waitForURL(new RegExp(`/e/${eventId}/sign-in$`));
    await visible(page.getByRole('heading', { name: `Sign in to ${eventName}` }));
    const before = stack.mailbox.messagesTo(participantEmail).length;
    await field(page, 'Email').fill(participantEmail);
    await page.getByRole('button', { name: 'Send sign-in link' }).click();
    await visible(page.getByText('Check your email'));
    await eventually(async () => expect(stack.mailbox.messagesTo(participantEmail).length).toBeGreaterThan(before), 15_000);
    const latest = stack.mailbox.messagesTo(participantEmail).at(-1)!;
    await page.goto(linkFrom(latest));
    await page.waitForURL(/\/me$/);
    await hasText(page.getByTestId('profile-status'), 'Validated');
    await page.close();
  }, 60_000);

  it('covers logging in again, editing details, rooms, registering on behalf, data download and account deletion', async () => {
    await organiser.getByRole('button', { name: 'Log out' }).click();
    await organiser.waitForURL(/\/login/);
    await field(organiser, 'Email').fill(organiserEmail);
    await organiser.getByRole('textbox', { name: 'Password' }).fill('wrong password!');
    await organiser.getByRole('button', { name: 'Log in' }).click();
    await visible(organiser.getByRole('alert').filter({ hasText: 'Wrong email or password' }));
    await organiser.getByRole('textbox', { name: 'Password' }).fill('correct horse battery');
    await organiser.getByRole('button', { name: 'Log in' }).click();
    await visible(organiser.getByRole('link', { name: eventName }));

    await organiser.goto(`${stack.baseUrl}/events/${eventId}/setup/details`);
    await field(organiser, 'Venue').fill('Musikhuset Esbjerg');
    await field(organiser, 'Registration closes').fill('2027-04-30T23:59');
    await organiser.getByRole('button', { name: 'Save details' }).click();
    await visible(organiser.getByRole('button', { name: 'Save details ✓' }));
    const event = (await (await fetch(`${stack.baseUrl}/api/events/${eventId}/public`)).json()) as { venue: string; registrationClosesAt: string };
    expect(event.venue).toBe('Musikhuset Esbjerg');
    expect(new Date(event.registrationClosesAt).toISOString()).toBe('2027-04-30T21:59:00.000Z'); // CEST is UTC+2

    await organiser.getByRole('tab', { name: 'Sessions' }).click();
    await organiser.getByRole('button', { name: 'Edit session Morning' }).click();
    const editForm = organiser.getByTestId('session');
    await hasValue(field(editForm, 'Start time'), '09:00');
    await field(editForm, 'End time').fill('10:00');
    await editForm.getByRole('button', { name: 'Save' }).click();
    await hasText(organiser.getByTestId('session'), '2 slots');

    // With a meeting scheduled in the session, deleting it is refused and the meeting is listed.
    const sessions = (await (await fetch(`${stack.baseUrl}/api/events/${eventId}/public`)).json()) as { sessions: { slots: { id: string }[] }[] };
    const tableList = (await organiser.evaluate(
      `fetch('/api/events/${eventId}/tables', { headers: { Authorization: 'Bearer ' + localStorage.getItem('clustermeet.staffToken') } }).then((r) => r.json())`,
    )) as { id: string; number: number | null }[];
    const tableOne = tableList.find((table) => table.number === 1)!;
    await stack.api.get(DataSource).getRepository(Meeting).save({
      eventId,
      participantIds: [],
      slotId: sessions.sessions[0].slots[0].id,
      tableId: tableOne.id,
      status: 'scheduled',
      requestId: null,
      videoLink: null,
    });
    await organiser.getByRole('button', { name: 'Delete session Morning' }).click();
    await organiser.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await hasText(organiser.getByRole('alert'), 'Meetings that would be affected:');
    await hasText(organiser.getByTestId('affected-meetings'), 'Table 1');
    await hasText(organiser.getByTestId('session'), 'Morning');

    await organiser.getByRole('tab', { name: 'Tables' }).click();
    await field(organiser, 'Kind').selectOption({ label: 'Room' });
    await field(organiser, 'Name').fill('Investor lounge');
    await field(organiser, 'Seats').fill('6');
    await organiser.getByRole('button', { name: 'Add', exact: true }).click();
    await visible(organiser.getByText('6 meeting places'));
    await organiser.getByRole('button', { name: 'Edit Investor lounge' }).click();
    await field(organiser.getByRole('dialog'), 'Seats').fill('8');
    await organiser.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await hasText(organiser.getByRole('row', { name: /Investor lounge/ }), '8');
    await organiser.getByRole('button', { name: 'Delete Investor lounge' }).click();
    await organiser.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await visible(organiser.getByText('5 meeting places'));

    const invitee = `lars-${Date.now()}@wind.example`;
    await organiser.goto(`${stack.baseUrl}/events/${eventId}/participants`);
    await organiser.getByRole('link', { name: 'Register a participant' }).click();
    await field(organiser, 'First name').fill('Lars');
    await field(organiser, 'Last name').fill('Vind');
    await field(organiser, 'Email').fill(invitee);
    await field(organiser, 'Participant type').selectOption({ label: 'Investor' });
    await field(organiser, 'Organisation name').fill('Vind Ventures');
    await field(organiser, 'Organisation type').selectOption({ label: 'Investor' });
    await field(organiser, 'Country').selectOption({ label: 'Germany' });
    await field(organiser, 'Size').selectOption({ label: 'Under 50 employees' });
    await organiser.getByRole('button', { name: 'Register participant' }).click();
    await visible(organiser.getByRole('heading', { name: 'Lars Vind' }));
    const invitation = await stack.mailbox.waitForMessage(invitee);
    const invited = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await invited.goto(linkFrom(invitation));
    await invited.waitForURL(/\/me$/);
    await visible(invited.getByRole('heading', { name: 'Please accept the privacy terms' }));
    await invited.getByLabel(/I agree that my profile is stored/).check();
    await invited.getByRole('button', { name: 'Accept' }).click();
    await eventually(async () => expect(await invited.getByRole('heading', { name: 'Please accept the privacy terms' }).count()).toBe(0));

    const [download] = await Promise.all([invited.waitForEvent('download'), invited.getByRole('button', { name: 'Download my data' }).click()]);
    expect(readFileSync(await download.path(), 'utf8')).toContain(invitee);
    await invited.getByRole('button', { name: 'Delete my account' }).click();
    await invited.getByRole('dialog').getByRole('button', { name: 'Yes, delete my account' }).click();
    await visible(invited.getByText('Your account is deleted'));
    await invited.close();
  }, 60_000);
});
