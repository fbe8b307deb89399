import { resolve } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { ApiClient } from '../support/api-client';
import type { ReceivedMessage } from '../support/smtp-mailbox';
import { ensureWebBuilt, eventually, expectNoHorizontalScroll, field, hasText, launchChromium, newContext, SCREENSHOTS, signedInPage, visible } from '../support/browser';
import { startTestStack, TestStack } from '../support/test-stack';

const screenshots = SCREENSHOTS;

let stack: TestStack;
let client: ApiClient;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuilt();
  stack = await startTestStack();
  client = new ApiClient(stack);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});


/** The sign-in link of a request email, with its `next` page. */
function requestsLinkFrom(message: ReceivedMessage): string {
  const match = message.text.match(/https?:\/\/\S+\/sign-in\?token=[\w-]+&next=%2Fme%2Frequests/);
  if (!match) throw new Error(`No sign-in link to My requests in: ${message.text}`);
  return match[0];
}

type Ctx = Awaited<ReturnType<ApiClient['eventWithOrganiser']>>;
type Person = { participantId: string; token: string; email: string };

describe('matchmaking in the browser', () => {
  let ctx: Ctx;
  let anna: Person;
  let bo: Person;
  let cara: Person;
  let annaPage: Page;
  let boContext: BrowserContext;
  let organiser: Page;

  async function validated(overrides: Record<string, unknown>): Promise<Person> {
    const person = await client.registeredParticipant(ctx.event.id, ctx.types[0].id, overrides);
    await client.post(`/events/${ctx.event.id}/participants/${person.participantId}/decision`, { decision: 'validate' }, ctx.organiser.token).expect(200);
    return person;
  }

  beforeAll(async () => {
    ctx = await client.eventWithOrganiser();
    anna = await validated({
      firstName: 'Anna',
      lastName: 'Weber',
      organisation: { name: 'Elbe Sensorik GmbH', type: 'sme', country: 'DE', city: 'Hamburg', sizeBand: 'under-50' },
      offers: [{ title: 'Vibration sensors for wind turbines', description: 'Condition monitoring', category: 'product' }],
      seeks: [{ title: 'Hydrogen electrolyser supplier', category: 'commercial' }],
    });
    bo = await validated({
      firstName: 'Bo',
      lastName: 'Larsen',
      organisation: { name: 'Limfjord Hydrogen A/S', type: 'sme', country: 'DK', city: 'Skive', sizeBand: '50-249' },
      offers: [{ title: 'Hydrogen electrolyser stacks', description: 'Alkaline electrolysers, 1–20 MW', category: 'product' }],
      seeks: [{ title: 'Sensors for condition monitoring', category: 'technology' }],
    });
    cara = await validated({
      firstName: 'Cara',
      lastName: 'Jensen',
      organisation: { name: 'Vestas Service Partner ApS', type: 'sme', country: 'DK', city: 'Esbjerg', sizeBand: 'under-50' },
      offers: [{ title: 'Blade inspection with drones', description: 'Drone-based blade inspection', category: 'service' }],
      seeks: [{ title: 'Wind turbine sensors', category: 'technology' }],
    });
  }, 60_000);

  afterAll(async () => {
    await boContext?.close();
  });

  it('lets a participant find a partner on a phone, favourite them and request a meeting', async () => {
    const annaContext = await newContext(browser, 390, 844);
    annaPage = await signedInPage(annaContext, stack.baseUrl, 'participant', anna.token, ctx.event.id, '/directory');
    await visible(annaPage.getByRole('heading', { name: 'Directory' }));
    await visible(annaPage.getByRole('heading', { name: 'Recommended for you' }));
    await hasText(annaPage.getByTestId('recommendations'), 'Bo Larsen');

    await field(annaPage, 'Search').fill('electrolyser');
    await hasText(annaPage.getByTestId('directory-total'), '1 participant found');
    const card = annaPage.getByTestId('directory-card').filter({ hasText: 'Limfjord Hydrogen A/S' }).last();
    await hasText(card, 'Hydrogen electrolyser stacks');
    await hasText(card, 'Denmark');
    expect(annaPage.url()).toContain('q=electrolyser');

    // Filters narrow the list: a country with nobody from it leaves nothing.
    await annaPage.getByRole('button', { name: 'Show filters' }).click();
    await field(annaPage, 'Country').selectOption({ label: 'Germany' });
    await hasText(annaPage.getByTestId('directory-total'), '0 participants found');
    await field(annaPage, 'Country').selectOption({ label: 'Denmark' });
    await hasText(annaPage.getByTestId('directory-total'), '1 participant found');
    await annaPage.waitForLoadState('networkidle');
    await expectNoHorizontalScroll(annaPage);
    await annaPage.screenshot({ path: resolve(screenshots, 'directory-390.png'), fullPage: true });

    await annaPage.getByRole('link', { name: 'Open profile of Bo Larsen' }).last().click();
    await annaPage.waitForURL(new RegExp(`/directory/${bo.participantId}$`));
    await visible(annaPage.getByRole('heading', { name: 'Bo Larsen' }));
    await visible(annaPage.getByText('Alkaline electrolysers, 1–20 MW'));

    const star = annaPage.getByRole('button', { name: 'Favourite: Bo Larsen' });
    expect(await star.getAttribute('aria-pressed')).toBe('false');
    await star.click();
    await eventually(async () => expect(await star.getAttribute('aria-pressed')).toBe('true'));

    await field(annaPage, 'Message').fill('We need electrolysers for a pilot plant in Hamburg.');
    await field(annaPage, 'Meeting format').selectOption({ label: 'On site' });
    await expectNoHorizontalScroll(annaPage);
    await annaPage.screenshot({ path: resolve(screenshots, 'directory-profile-390.png'), fullPage: true });
    await annaPage.getByRole('button', { name: 'Send request' }).click();
    await visible(annaPage.getByText('Your request was sent to Bo Larsen'));
    await expectNoHorizontalScroll(annaPage);

    // The favourite shows up in the directory with "only favourites".
    await annaPage.goto(`${stack.baseUrl}/directory?favourites=true`);
    await hasText(annaPage.getByTestId('directory-total'), '1 participant found');
    await visible(annaPage.getByRole('link', { name: 'Open profile of Bo Larsen' }));
  }, 60_000);

  it('emails the recipient a link to My requests, where they accept', async () => {
    const email = await stack.mailbox.waitForMessage(bo.email, 'asks to meet you');
    const link = requestsLinkFrom(email);
    boContext = await newContext(browser, 390, 844);
    const boPage = await boContext.newPage();
    await boPage.goto(link);
    await boPage.waitForURL(/\/me\/requests$/);
    await visible(boPage.getByRole('heading', { name: 'My requests' }));
    const request = boPage.getByRole('article', { name: 'Anna Weber' });
    await hasText(request, 'Elbe Sensorik GmbH');
    await hasText(request, 'We need electrolysers for a pilot plant in Hamburg.');
    await hasText(request, 'Awaiting answer');
    await hasText(request, 'expires');
    await boPage.waitForLoadState('networkidle');
    await expectNoHorizontalScroll(boPage);
    await boPage.screenshot({ path: resolve(screenshots, 'requests-390.png'), fullPage: true });

    await request.getByRole('button', { name: 'Accept' }).click();
    await hasText(request, 'Accepted');
    expect(await request.getByRole('button', { name: 'Accept' }).count()).toBe(0);
  }, 60_000);

  it('tells the requester: email, My requests and the notification count', async () => {
    const email = await stack.mailbox.waitForMessage(anna.email, 'accepted your meeting request');
    expect(email.subject).toBe('Bo Larsen accepted your meeting request');

    await annaPage.goto(`${stack.baseUrl}/directory`);
    await hasText(annaPage.getByTestId('unread-count'), '1');
    await annaPage.getByRole('button', { name: 'Open the menu' }).click();
    await annaPage.getByRole('menuitem', { name: 'My requests' }).click();
    await annaPage.waitForURL(/\/me\/requests$/);
    await annaPage.getByRole('tab', { name: /^Sent/ }).click();
    const request = annaPage.getByRole('article', { name: 'Bo Larsen' });
    await hasText(request, 'Accepted');
    await visible(request.getByRole('button', { name: 'Withdraw' }));
    await expectNoHorizontalScroll(annaPage);

    await annaPage.getByRole('link', { name: 'Notifications, 1 unread' }).click();
    await annaPage.waitForURL(/\/me\/notifications$/);
    await hasText(annaPage.getByTestId('notification'), 'Bo Larsen accepted your meeting request');
    await annaPage.getByRole('button', { name: 'Mark all as read' }).click();
    await hasText(annaPage.getByTestId('unread-summary'), '0 unread');
    await eventually(async () => expect(await annaPage.getByTestId('unread-count').count()).toBe(0));
    await expectNoHorizontalScroll(annaPage);

    // The same pages in Danish.
    await annaPage.goto(`${stack.baseUrl}/me/requests?tab=sent`);
    await annaPage.getByRole('button', { name: 'Dansk' }).click();
    await visible(annaPage.getByRole('heading', { name: 'Mine anmodninger' }));
    await hasText(annaPage.getByRole('article', { name: 'Bo Larsen' }), 'Accepteret');
    await visible(annaPage.getByRole('button', { name: 'Træk tilbage' }));
    await expectNoHorizontalScroll(annaPage);
    await annaPage.screenshot({ path: resolve(screenshots, 'requests-390-da.png'), fullPage: true });
    await annaPage.goto(`${stack.baseUrl}/directory`);
    await visible(annaPage.getByRole('heading', { name: 'Deltageroversigt' }));
    await visible(annaPage.getByRole('heading', { name: 'Anbefalet til dig' }));
    await expectNoHorizontalScroll(annaPage);
    await annaPage.getByRole('button', { name: 'English' }).click();
    await visible(annaPage.getByRole('heading', { name: 'Directory' }));
  }, 60_000);

  it('shows the organiser the booking status and whom to chase', async () => {
    const organiserContext = await newContext(browser, 1280, 900);
    organiser = await signedInPage(organiserContext, stack.baseUrl, 'staff', ctx.organiser.token, ctx.event.id, `/events/${ctx.event.id}/setup/details`);
    await organiser.getByRole('link', { name: 'Booking status' }).click();
    await organiser.waitForURL(new RegExp(`/events/${ctx.event.id}/booking-status$`));
    await visible(organiser.getByRole('heading', { name: 'Booking status' }));
    await hasText(organiser.getByTestId('count-validated'), '3');
    await hasText(organiser.getByTestId('requests-sent'), '1');
    await hasText(organiser.getByTestId('requests-accepted'), '1');
    await hasText(organiser.getByTestId('without-requests'), '1');
    await hasText(organiser.getByRole('table', { name: 'By country' }), 'Denmark');
    await hasText(organiser.getByRole('table', { name: 'By participant type' }), ctx.types[0].name);
    const chase = organiser.getByTestId('chase-entry').filter({ hasText: 'Cara Jensen' });
    await hasText(chase, 'No requests sent or received');
    expect(await chase.getByRole('link', { name: cara.email }).getAttribute('href')).toBe(`mailto:${cara.email}`);
    await chase.getByRole('link', { name: 'Cara Jensen' }).click();
    await visible(organiser.getByRole('heading', { name: 'Recommended partners' }));
    await hasText(organiser.getByTestId('participant-recommendations'), 'Anna Weber');

    const phone = await organiserContext.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${stack.baseUrl}/events/${ctx.event.id}/booking-status`);
    await visible(phone.getByRole('heading', { name: 'Booking status' }));
    await phone.waitForLoadState('networkidle');
    await expectNoHorizontalScroll(phone);
    await phone.screenshot({ path: resolve(screenshots, 'booking-status-390.png'), fullPage: true });
    await phone.close();

    // Pushed over socket.io: with the page open, a new request moves the counter long before the 60 s poll.
    await organiser.goto(`${stack.baseUrl}/events/${ctx.event.id}/booking-status`);
    await hasText(organiser.getByTestId('requests-sent'), '1');
    const eva = await validated({ firstName: 'Eva', lastName: 'Berg' });
    await client.post(`/events/${ctx.event.id}/meeting-requests`, { recipientId: bo.participantId }, eva.token).expect(201);
    await eventually(async () => expect(await organiser.getByTestId('requests-sent').innerText()).toContain('2'), 5_000);
  }, 60_000);

  it('books a slot directly once the organiser switches to self-booking', async () => {
    await organiser.goto(`${stack.baseUrl}/events/${ctx.event.id}/setup/details`);
    await field(organiser, 'Booking mode').selectOption({ label: 'Self-booking' });
    await field(organiser, 'Request expiry (hours)').fill('48');
    await organiser.getByRole('button', { name: 'Save details' }).click();
    await visible(organiser.getByRole('button', { name: 'Save details ✓' }));
    const saved = (await client.get(`/events/${ctx.event.id}`, ctx.organiser.token).expect(200)).body;
    expect(saved).toMatchObject({ bookingMode: 'self_booking', requestExpiryHours: 48 });

    await annaPage.goto(`${stack.baseUrl}/directory/${cara.participantId}`);
    await visible(annaPage.getByRole('heading', { name: 'Cara Jensen' }));
    await field(annaPage, 'Message').fill('Shall we talk about sensors on blades?');
    // The slot is required in self-booking events.
    await annaPage.getByRole('button', { name: 'Send request' }).click();
    await visible(annaPage.getByText('Choose a time slot'));
    const slot = field(annaPage, 'Time slot');
    const options = await slot.locator('option').allInnerTexts();
    expect(options.length).toBe(4); // "Choose…" and the three 20-minute slots of the morning
    expect(options[1]).toContain('09:00');
    await slot.selectOption({ index: 1 });
    await annaPage.getByRole('button', { name: 'Send request' }).click();
    await visible(annaPage.getByText('Your request was sent to Cara Jensen'));

    const email = await stack.mailbox.waitForMessage(cara.email, 'asks to meet you');
    const caraContext = await newContext(browser, 390, 844);
    const caraPage = await caraContext.newPage();
    await caraPage.goto(requestsLinkFrom(email));
    await caraPage.waitForURL(/\/me\/requests$/);
    const request = caraPage.getByRole('article', { name: 'Anna Weber' });
    await hasText(request, 'Proposed time');
    await hasText(request, '09:00');
    await request.getByRole('button', { name: 'Accept' }).click();
    await hasText(request, 'Accepted');
    const accepted = await stack.mailbox.waitForMessage(anna.email, 'Cara Jensen accepted');
    expect(accepted.text).toContain('Time:');
    await caraContext.close();

    // The booked slot is no longer a common free slot.
    const free = (await client.get(`/events/${ctx.event.id}/directory/${cara.participantId}/free-slots`, anna.token).expect(200)).body;
    expect(free).toHaveLength(2);

    // Withdrawing the accepted request cancels the booked meeting and frees the slot again.
    await annaPage.goto(`${stack.baseUrl}/me/requests?tab=sent`);
    const sent = annaPage.getByRole('article', { name: 'Cara Jensen' });
    await hasText(sent, 'Proposed time');
    await sent.getByRole('button', { name: 'Withdraw' }).click();
    await annaPage.getByRole('dialog').getByRole('button', { name: 'Withdraw' }).click();
    await hasText(sent, 'Withdrawn');
    const freed = (await client.get(`/events/${ctx.event.id}/directory/${cara.participantId}/free-slots`, anna.token).expect(200)).body;
    expect(freed).toHaveLength(3);
  }, 60_000);

  it('declines with a reason, shows the server message when a request is refused, and honours only safe next pages', async () => {
    // Bo declines nothing yet: Anna asking Bo again is blocked in the UI by the open request.
    await annaPage.goto(`${stack.baseUrl}/directory/${bo.participantId}`);
    await hasText(annaPage.getByTestId('open-request'), 'You already have an open request with Bo Larsen.');

    // Declining with a reason: the requester is told by email.
    await client.patch(`/events/${ctx.event.id}`, { bookingMode: 'scheduling' }, ctx.organiser.token).expect(200);
    const dan = await validated({ firstName: 'Dan', lastName: 'Holm', offers: [{ title: 'Cable laying', description: '', category: 'service' }] });
    await client.post(`/events/${ctx.event.id}/meeting-requests`, { recipientId: anna.participantId, message: 'Cables?' }, dan.token).expect(201);
    await annaPage.goto(`${stack.baseUrl}/me/requests`);
    const received = annaPage.getByRole('article', { name: 'Dan Holm' });
    await received.getByRole('button', { name: 'Decline' }).click();
    await field(received, 'Reason (optional)').fill('Not our focus this year');
    await received.getByRole('button', { name: 'Decline request' }).click();
    await hasText(received, 'Declined');
    await hasText(received, 'Not our focus this year');
    const declined = await stack.mailbox.waitForMessage(dan.email, 'declined your meeting request');
    expect(declined.text).toContain('Not our focus this year');

    // With booking closed, the server's 403 message is shown next to the form.
    await client.patch(`/events/${ctx.event.id}`, { bookingClosesAt: '2020-01-01T00:00:00Z' }, ctx.organiser.token).expect(200);
    await annaPage.goto(`${stack.baseUrl}/directory/${dan.participantId}`);
    await annaPage.getByRole('button', { name: 'Send request' }).click();
    await hasText(annaPage.getByRole('alert'), 'Meeting booking is not open for this event');

    // A sign-in link pointing elsewhere lands on the profile instead.
    const signInLinks = () => stack.mailbox.messagesTo(dan.email).filter((message) => message.subject.includes('sign-in link'));
    const before = signInLinks().length;
    await client.post('/auth/sign-in-link', { eventId: ctx.event.id, email: dan.email }).expect(202);
    await eventually(async () => expect(signInLinks().length).toBeGreaterThan(before), 15_000);
    const latest = signInLinks().at(-1)!;
    const token = latest.text.match(/sign-in\?token=([\w-]+)/)![1];
    const page = await boContext.newPage();
    await page.goto(`${stack.baseUrl}/sign-in?token=${token}&next=${encodeURIComponent('//evil.example/me/requests')}`);
    await page.waitForURL(/\/me$/);
    await visible(page.getByRole('heading', { name: 'My profile' }));
    await page.close();

    // Email settings on the profile page: a daily digest instead of one email per request.
    await annaPage.goto(`${stack.baseUrl}/me`);
    await annaPage.getByRole('radio', { name: 'One daily summary' }).check();
    await annaPage.getByRole('button', { name: 'Save email settings' }).click();
    await visible(annaPage.getByText('Your email settings are saved'));
    expect((await client.get('/me/profile', anna.token).expect(200)).body.emailPreference).toBe('daily_digest');
  }, 60_000);
});
