import { resolve } from 'node:path';
import { EvaluationService } from '@clustermeet/domain';
import type { ApiClient } from '../support/api-client';
import { eventually, expectNoHorizontalScroll, hasText, newContext, SCREENSHOTS, signedInPage, visible } from '../support/browser';
import { browserSuite } from '../support/suite';

const suite = browserSuite();
const DAY = 86_400_000;

type Ctx = Awaited<ReturnType<ApiClient['eventHappeningNow']>>;

describe('the six-month evaluation in the browser', () => {
  let ctx: Ctx;
  let anna: { participantId: string; token: string; email: string };
  let meetingId: string;

  beforeAll(async () => {
    const { client } = suite;
    ctx = await client.eventHappeningNow();
    const helper = await client.staffMember(ctx.event.id, ctx.organiser.token, 'helper');
    const validated = async (firstName: string, organisation: string) => {
      const person = await client.registeredParticipant(ctx.event.id, ctx.types[0].id, { firstName, lastName: 'Lund', organisation: { name: organisation, type: 'sme', country: 'DK', sizeBand: 'under-50' } });
      await client.post(`/events/${ctx.event.id}/participants/${person.participantId}/decision`, { decision: 'validate' }, ctx.organiser.token).expect(200);
      return person;
    };
    anna = await validated('Anna', 'Elbe Sensorik GmbH');
    const bo = await validated('Bo', 'Limfjord Service A/S');
    meetingId = (await client.post(`/events/${ctx.event.id}/day/meetings`, { participantIds: [anna.participantId, bo.participantId], slotId: ctx.slots[0].id }, helper).expect(201)).body.id;
    const opensAt = new Date(Date.now() + DAY);
    await client
      .patch(`/events/${ctx.event.id}`, { evaluationOpensAt: opensAt.toISOString(), followUpMonths: [6], evaluationQuestions: [{ key: 'improve', label: 'What should we improve?', type: 'text', required: true }] }, ctx.organiser.token)
      .expect(200);
    // Last year's edition, for the comparison.
    await client.post('/events', { name: 'Matchmaking 2025', venue: 'Aarhus', timeZone: 'Europe/Copenhagen', startsOn: '2025-05-12', endsOn: '2025-05-12' }, ctx.organiser.token).expect(201);
    // Half a year on: the first evaluation and the six-month follow-up are both due.
    await suite.stack.worker!.get(EvaluationService).sendDue(new Date(opensAt.getTime() + 190 * DAY));
  }, 120_000);

  it('a participant answers the six-month evaluation from the email link; the organiser sees it in the report', async () => {
    const { stack, browser } = suite;
    const email = await stack.mailbox.waitForMessage(anna.email, 'What came of your meetings');
    expect(email.text).toContain('6 months ago you met these partners');
    const phone = await (await newContext(browser, 390, 844)).newPage();
    await phone.goto(email.text.match(/https?:\/\/\S+\/sign-in\?token=[\w-]+&next=%2Fme%2Fevaluations/)![0]);
    const card = phone.getByTestId(`evaluation-meeting-${meetingId}`);
    await visible(card);
    await card.getByRole('button', { name: 'Took place' }).click();
    await card.getByRole('button', { name: 'Interesting', exact: true }).click();
    await eventually(async () => expect(await card.getByRole('button', { name: 'Interesting', exact: true }).getAttribute('aria-pressed')).toBe('true'));

    const outcome = card.getByTestId('evaluation-outcome');
    await outcome.getByRole('radio', { name: 'Concrete collaboration' }).check();
    await outcome.getByRole('group', { name: 'Kind of collaboration' }).getByRole('button', { name: 'Commercial' }).click();
    await outcome.getByLabel('Value in euros (optional)').fill('25000');
    await outcome.getByRole('button', { name: 'Save outcome' }).click();
    await visible(card.getByTestId('feedback-saved'));

    const round = phone.getByTestId('evaluation-round-1');
    await round.getByLabel(/What should we improve\?/).fill('Longer coffee breaks');
    await round.getByRole('button', { name: 'Send answers' }).click();
    await eventually(async () => {
      const mine = (await suite.client.get('/me/evaluations', anna.token).expect(200)).body;
      expect(mine.rounds.find((r: { round: number }) => r.round === 1)).toMatchObject({ answers: { improve: 'Longer coffee breaks' } });
      expect(mine.meetings[0].feedback).toMatchObject({ held: true, interesting: true, outcome: 'concrete', outcomeKinds: ['commercial'], outcomeValueEur: 25_000 });
    });
    await expectNoHorizontalScroll(phone);
    await phone.screenshot({ path: resolve(SCREENSHOTS, 'evaluation-390.png'), fullPage: true });

    const organiser = await signedInPage(await newContext(browser, 1280, 900), stack.baseUrl, 'staff', ctx.organiser.token, ctx.event.id, `/events/${ctx.event.id}/report`);
    await hasText(organiser.getByTestId('report-number-collaborations.concrete'), '1');
    await hasText(organiser.getByTestId('report-number-collaborations.concreteValueEur'), '25');
    await visible(organiser.getByTestId(`report-edition-${ctx.event.id}`));
    await organiser.getByTestId('report-number-collaborations.concrete').click();
    await hasText(organiser.getByTestId('report-rows'), 'Anna Lund');
    await organiser.screenshot({ path: resolve(SCREENSHOTS, 'report-1280.png'), fullPage: true });
    // A month's bar in the outcomes chart opens the meetings it counts.
    await organiser.goto(`${stack.baseUrl}/events/${ctx.event.id}/report`);
    await organiser.getByTestId(`report-number-collaborations.byMonth-${new Date().toISOString().slice(0, 7)}`).click();
    await hasText(organiser.getByTestId('report-rows'), 'Anna Lund');
  }, 60_000);
});
