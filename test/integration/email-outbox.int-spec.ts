import { DataSource } from 'typeorm';
import { OutboxEmail } from '@clustermeet/database';
import { EmailSenderService } from '@clustermeet/domain';
import { ApiClient } from '../support/api-client';
import { eventually } from '../support/eventually';
import { startTestStack, TestStack } from '../support/test-stack';

let stack: TestStack;
let client: ApiClient;

beforeAll(async () => {
  stack = await startTestStack();
  client = new ApiClient(stack);
}, 60_000);
afterAll(() => stack?.stop());

describe('email outbox', () => {
  it('retries when the SMTP server refuses, then delivers exactly once with the stored Message-ID', async () => {
    const { event, types } = await client.eventWithOrganiser();
    stack.mailbox.rejectNext = 2;
    const profile = client.profile(types[0].id);
    await client.post(`/events/${event.id}/registrations`, { ...profile, consent: true }).expect(201);
    const message = await stack.mailbox.waitForMessage(profile.email, 'sign-in link', 30_000);
    // The worker records the send right after the SMTP server took the message.
    const outbox = stack.api.get(DataSource).getRepository(OutboxEmail);
    await eventually(async () => expect(await outbox.findOneByOrFail({ to: profile.email })).toMatchObject({ status: 'sent', attempts: 3, lastError: '' }));
    const row = await outbox.findOneByOrFail({ to: profile.email });
    expect(message.messageId).toBe(row.messageId);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(stack.mailbox.messagesTo(profile.email)).toHaveLength(1);
  }, 40_000);

  it('does not send a message again when its job runs a second time', async () => {
    const { event, types } = await client.eventWithOrganiser();
    const profile = client.profile(types[0].id);
    await client.post(`/events/${event.id}/registrations`, { ...profile, consent: true }).expect(201);
    await stack.mailbox.waitForMessage(profile.email, 'sign-in link');
    const row = await stack.api.get(DataSource).getRepository(OutboxEmail).findOneByOrFail({ to: profile.email });
    expect(await stack.worker!.get(EmailSenderService).sendOutboxEmail(row.id)).toBe('already-sent');
    expect(stack.mailbox.messagesTo(profile.email)).toHaveLength(1);
  });

  it('does not tell a stranger whether an email is registered, but sends the link to a real participant', async () => {
    const { event, types } = await client.eventWithOrganiser();
    const participant = await client.registeredParticipant(event.id, types[0].id);
    await client.post('/auth/sign-in-link', { eventId: event.id, email: 'nobody@nowhere.example' }).expect(202).expect({ sent: true });
    await client.post('/auth/sign-in-link', { eventId: event.id, email: participant.email.toUpperCase() }).expect(202).expect({ sent: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stack.mailbox.messagesTo(participant.email).filter((message) => message.subject.includes('sign-in link'))).toHaveLength(2);
    expect(stack.mailbox.messagesTo('nobody@nowhere.example')).toHaveLength(0);
  });
});
