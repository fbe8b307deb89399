import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Browser, BrowserContext, chromium, expect as pwExpect, Page } from 'playwright-core';
import { linkFrom } from '../support/smtp-mailbox';
import { startTestStack, TestStack } from '../support/test-stack';

const root = resolve(__dirname, '../..');
const screenshots = resolve(root, 'test-results');

let stack: TestStack;
let browser: Browser;
let organiserContext: BrowserContext;
let phoneContext: BrowserContext;

beforeAll(async () => {
  // The API serves the built web app; build it once if nobody has yet.
  if (!existsSync(resolve(root, 'dist/web/index.html'))) {
    execFileSync(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.ts'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  mkdirSync(screenshots, { recursive: true });
  stack = await startTestStack();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  organiserContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB', deviceScaleFactor: 1 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

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
    await organiser.getByLabel('Organisation name').fill('Energy Cluster Denmark');
    await organiser.getByLabel('Your name').fill('Ida Organiser');
    await organiser.getByLabel('Email').fill(organiserEmail);
    await organiser.getByLabel('Password').fill('correct horse battery');
    await organiser.getByRole('button', { name: 'Create account' }).click();

    await pwExpect(organiser.getByRole('heading', { name: 'My events' })).toBeVisible();
    await organiser.getByRole('link', { name: 'Create event' }).click();
    await organiser.getByLabel('Event name').fill(eventName);
    await organiser.getByLabel('Venue').fill('Esbjerg Congress Centre');
    await pwExpect(organiser.getByLabel('Time zone')).toHaveValue('Europe/Copenhagen');
    await organiser.getByLabel('Event starts').fill('2027-05-11');
    await organiser.getByLabel('Event ends').fill('2027-05-11');
    await organiser.getByRole('button', { name: 'Create event' }).click();

    await organiser.waitForURL(/\/events\/[0-9a-f-]+\/setup\/sessions$/);
    eventId = organiser.url().match(/\/events\/([0-9a-f-]+)\//)![1];
    await pwExpect(organiser.getByRole('heading', { name: eventName })).toBeVisible();

    // 09:00–10:30 with 20-minute slots and 5-minute pauses gives 09:00, 09:25 and 09:50.
    await organiser.getByLabel('Session name').fill('Morning');
    await pwExpect(organiser.getByLabel('Date', { exact: true })).toHaveValue('2027-05-11');
    await organiser.getByLabel('Start time').fill('09:00');
    await organiser.getByLabel('End time').fill('10:30');
    await organiser.getByLabel('Slot length (minutes)').fill('20');
    await organiser.getByLabel('Pause between slots (minutes)').fill('5');
    await organiser.getByRole('button', { name: 'Add session' }).click();
    const session = organiser.getByTestId('session');
    await pwExpect(session).toContainText('Morning');
    await pwExpect(session).toContainText('3 slots');
    await pwExpect(session).toContainText('09:25–09:45');

    await organiser.getByRole('tab', { name: 'Tables' }).click();
    await organiser.getByLabel('Number of tables').fill('5');
    await organiser.getByLabel('Seats').fill('2');
    await organiser.getByRole('button', { name: 'Add', exact: true }).click();
    await pwExpect(organiser.getByText('5 meeting places')).toBeVisible();
    await pwExpect(organiser.getByRole('cell', { name: 'Table 5' })).toBeVisible();
  }, 60_000);

  it('lets a participant register on a phone and sign in through the emailed link', async () => {
    participant = await phoneContext.newPage();
    await participant.goto(`${stack.baseUrl}/e/${eventId}/register`);
    await pwExpect(participant.getByRole('heading', { name: `Register for ${eventName}` })).toBeVisible();
    await pwExpect(participant.getByText('Registration is open')).toBeVisible();
    await participant.getByLabel('First name').fill('Mette');
    await participant.getByLabel('Last name').fill('Holm');
    await participant.getByLabel('Email').fill(participantEmail);
    await participant.getByLabel('Job title').fill('CEO');
    await participant.getByLabel('Participant type').selectOption({ label: 'Company' });
    await participant.getByLabel('Organisation name').fill('Nordic Subsea Robotics ApS');
    await participant.getByLabel('Organisation type').selectOption({ label: 'SME' });
    await participant.getByLabel('Country').selectOption({ label: 'Denmark' });
    await participant.getByLabel('Region').fill('Region Syddanmark');
    await participant.getByLabel('City').fill('Esbjerg');
    await participant.getByLabel('Website').fill('https://subsea.example');
    await participant.getByLabel('Size').selectOption({ label: 'Under 50 employees' });
    await participant.getByLabel('Company number (CVR/VAT)').fill('DK12345678');
    await participant.getByLabel('Description of your organisation').fill('Underwater robots for cable inspection.');
    await participant.getByLabel('Offshore wind').check();
    await participant.getByLabel('Robotics & automation').check();
    await expectNoHorizontalScroll(participant);
    await participant.getByLabel(/I agree that my profile is stored/).check();
    await participant.getByRole('button', { name: 'Register' }).click();
    await pwExpect(participant.getByText('Check your email for a sign-in link')).toBeVisible();

    const message = await stack.mailbox.waitForMessage(participantEmail);
    const link = linkFrom(message);
    expect(link.startsWith(`${stack.baseUrl}/sign-in?token=`)).toBe(true);
    await participant.goto(link);
    await participant.waitForURL(/\/me$/);
    await pwExpect(participant.getByRole('heading', { name: 'My profile' })).toBeVisible();
    await pwExpect(participant.getByTestId('profile-status')).toContainText('Pending');
    await pwExpect(participant.getByLabel('First name')).toHaveValue('Mette');
  }, 60_000);

  it('lets the participant complete the profile with an offer, a seek and availability', async () => {
    await participant.getByRole('button', { name: 'Add offer' }).click();
    const offer = participant.getByRole('group', { name: 'Offer 1' });
    await offer.getByLabel('Title').fill('ROV cable inspection');
    await offer.getByLabel('Description').fill('Inspection of export and array cables with our ROVs.');
    await offer.getByLabel('Category').selectOption({ label: 'Service' });
    await participant.getByRole('button', { name: 'Add seek' }).click();
    const seek = participant.getByRole('group', { name: 'Seek 1' });
    await seek.getByLabel('Title').fill('Distributor in Germany');
    await seek.getByLabel('Category').selectOption({ label: 'Commercial partnership' });
    await participant.getByRole('button', { name: 'Save profile' }).click();
    await pwExpect(participant.getByText('Your profile is saved')).toBeVisible();

    const presence = participant.getByRole('checkbox', { name: /^I am present Morning/ });
    await pwExpect(presence).toHaveCount(3);
    await presence.nth(2).uncheck();
    await participant.getByRole('button', { name: 'Save availability' }).click();
    await pwExpect(participant.getByText('Your availability is saved')).toBeVisible();

    const saved = await participant.evaluate(async () => {
      const token = localStorage.getItem('clustermeet.participantToken');
      const response = await fetch('/api/me/profile', { headers: { Authorization: `Bearer ${token}` } });
      return response.json();
    });
    expect(saved.offers).toEqual([expect.objectContaining({ title: 'ROV cable inspection', category: 'service' })]);
    expect(saved.seeks).toEqual([expect.objectContaining({ title: 'Distributor in Germany', category: 'commercial' })]);
    expect(saved.unavailableSlotIds).toHaveLength(1);
    expect(saved.sectors).toEqual(expect.arrayContaining(['offshore-wind', 'robotics']));

    await participant.reload();
    await pwExpect(participant.getByRole('group', { name: 'Offer 1' }).getByLabel('Title')).toHaveValue('ROV cable inspection');
    await pwExpect(presence.nth(2)).not.toBeChecked();
    await expectNoHorizontalScroll(participant);
    await participant.screenshot({ path: resolve(screenshots, 'profile-390.png'), fullPage: true });
  }, 60_000);

  it('lets the organiser validate the profile, and the participant sees it validated', async () => {
    await organiser.goto(`${stack.baseUrl}/events/${eventId}/participants`);
    await organiser.getByLabel('Status').selectOption({ label: 'Pending' });
    await organiser.getByRole('link', { name: 'Open profile of Mette Holm' }).click();
    await pwExpect(organiser.getByText('ROV cable inspection')).toBeVisible();
    await organiser.getByRole('button', { name: 'Validate' }).click();
    await pwExpect(organiser.locator('[data-status="validated"]')).toBeVisible();

    await participant.reload();
    await pwExpect(participant.getByTestId('profile-status')).toContainText('Validated');
    await pwExpect(participant.getByText('Your profile is validated and visible to other participants.')).toBeVisible();

    // The language choice is applied at once and survives a reload.
    await participant.getByRole('button', { name: 'Dansk' }).click();
    await pwExpect(participant.getByRole('heading', { name: 'Min profil' })).toBeVisible();
    await participant.reload();
    await pwExpect(participant.getByTestId('profile-status')).toContainText('Godkendt');
    await participant.screenshot({ path: resolve(screenshots, 'profile-390-da.png'), fullPage: false });
    await participant.getByRole('button', { name: 'English' }).click();
  }, 60_000);
});
