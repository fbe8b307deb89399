import { simpleParser } from 'mailparser';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMessage {
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  attachments: Array<{ filename: string; contentType: string; content: Buffer }>;
}

/** A real SMTP server inside the test: the worker's nodemailer talks to it over TCP. */
export class SmtpMailbox {
  readonly messages: ReceivedMessage[] = [];
  private server?: SMTPServer;
  /** When set, the server rejects this many messages first (to test retries). */
  rejectNext = 0;

  async start(): Promise<number> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (this.rejectNext > 0) {
            this.rejectNext -= 1;
            callback(Object.assign(new Error('Mailbox temporarily unavailable'), { responseCode: 451 }));
            return;
          }
          simpleParser(Buffer.concat(chunks))
            .then((mail) => {
              const to = [mail.to].flat().flatMap((address) => address?.value.map((entry) => entry.address ?? '') ?? []);
              this.messages.push({
                to,
                subject: mail.subject ?? '',
                text: mail.text ?? '',
                html: typeof mail.html === 'string' ? mail.html : '',
                messageId: mail.messageId ?? '',
                attachments: mail.attachments.map((file) => ({ filename: file.filename ?? '', contentType: file.contentType, content: file.content })),
              });
              callback();
            })
            .catch(callback);
        });
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return (this.server.server.address() as AddressInfo).port;
  }

  async waitForMessage(to: string, subjectIncludes = '', timeoutMs = 15_000): Promise<ReceivedMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find((message) => message.to.includes(to.toLowerCase()) && message.subject.includes(subjectIncludes));
      if (found) return found;
      if (Date.now() > deadline) {
        const seen = this.messages.map((message) => `${message.to.join(',')}: ${message.subject}`).join('; ') || 'none';
        throw new Error(`No email to ${to} with "${subjectIncludes}" within ${timeoutMs} ms (received: ${seen})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  messagesTo(to: string): ReceivedMessage[] {
    return this.messages.filter((message) => message.to.includes(to.toLowerCase()));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** The sign-in link in an email's plain text. */
export function linkFrom(message: ReceivedMessage): string {
  const match = message.text.match(/https?:\/\/\S+\/sign-in\?token=[\w-]+/);
  if (!match) throw new Error(`No sign-in link in: ${message.text}`);
  return match[0];
}
