import Handlebars from 'handlebars';

export interface EmailTemplateData {
  'sign-in-link': { firstName: string; eventName: string; link: string; validHours: number };
  invitation: { firstName: string; eventName: string; organiserName: string; link: string; validHours: number };
  'profile-validated': { firstName: string; eventName: string; link: string };
  'profile-rejected': { firstName: string; eventName: string; reason: string };
  'profile-changes-requested': { firstName: string; eventName: string; reason: string; link: string };
  'meeting-request-received': { firstName: string; eventName: string; requesterName: string; requesterOrganisation: string; message: string; link: string; expiresOn: string };
  'meeting-request-accepted': { firstName: string; eventName: string; recipientName: string; recipientOrganisation: string; when: string; link: string };
  'meeting-request-declined': { firstName: string; eventName: string; recipientName: string; recipientOrganisation: string; reason: string; link: string };
  'meeting-request-reminder': { firstName: string; eventName: string; requesterName: string; requesterOrganisation: string; expiresOn: string; link: string };
  'meeting-request-expired': { firstName: string; eventName: string; recipientName: string; link: string };
  'daily-digest': { firstName: string; eventName: string; count: number; requests: { name: string; organisation: string; message: string }[]; link: string };
  'evaluation-invitation': { firstName: string; eventName: string; followUp: boolean; months: number; meetings: { when: string; partners: string }[]; link: string };
  'evaluation-reminder': { firstName: string; eventName: string; followUp: boolean; link: string };
  'success-story-consent': { firstName: string; eventName: string; title: string; text: string; link: string };
  'agenda-published': {
    firstName: string;
    eventName: string;
    version: number;
    update: boolean;
    meetings: AgendaEmailLine[];
    cancelled: AgendaEmailLine[];
    feedUrl: string;
    link: string;
  };
}

export interface AgendaEmailLine {
  when: string;
  where: string;
  partners: string;
  profiles: string;
}

export type EmailTemplateName = keyof EmailTemplateData;

interface TemplateSource {
  subject: string;
  text: string;
}

/** Plain text is the source; HTML is derived so both always say the same thing. Links are ours, so unescaped. */
const SOURCES: Record<EmailTemplateName, TemplateSource> = {
  'sign-in-link': {
    subject: 'Your sign-in link for {{eventName}}',
    text: `Hello {{firstName}},

Use this link to sign in to {{eventName}}:
{{link}}

The link works once and expires in {{validHours}} hours. If you did not ask for it, ignore this email.`,
  },
  invitation: {
    subject: 'You are registered for {{eventName}}',
    text: `Hello {{firstName}},

{{organiserName}} has registered you for the matchmaking at {{eventName}}.
Sign in to complete your cooperation profile and choose when you are present:
{{link}}

The link works once and expires in {{validHours}} hours; you can always ask for a new one on the sign-in page.`,
  },
  'profile-validated': {
    subject: 'Your profile for {{eventName}} is live',
    text: `Hello {{firstName}},

The organisers have validated your profile for {{eventName}}. Other participants can now find you.
{{link}}`,
  },
  'profile-rejected': {
    subject: 'Your profile for {{eventName}} was not accepted',
    text: `Hello {{firstName}},

The organisers of {{eventName}} did not accept your profile.
Reason: {{reason}}`,
  },
  'profile-changes-requested': {
    subject: 'Please update your profile for {{eventName}}',
    text: `Hello {{firstName}},

The organisers of {{eventName}} ask you to change your profile before it goes live:
{{reason}}

Sign in and edit your profile here:
{{link}}`,
  },
  'meeting-request-received': {
    subject: '{{requesterName}} ({{requesterOrganisation}}) asks to meet you at {{eventName}}',
    text: `Hello {{firstName}},

{{requesterName}} from {{requesterOrganisation}} would like to meet you at {{eventName}}.
{{#if message}}Their message: "{{message}}"{{/if}}

Accept or decline here (unanswered requests expire on {{expiresOn}}):
{{link}}`,
  },
  'meeting-request-accepted': {
    subject: '{{recipientName}} accepted your meeting request',
    text: `Hello {{firstName}},

{{recipientName}} from {{recipientOrganisation}} accepted your meeting request for {{eventName}}.
{{when}}

Your requests and meetings:
{{link}}`,
  },
  'meeting-request-declined': {
    subject: '{{recipientName}} declined your meeting request',
    text: `Hello {{firstName}},

{{recipientName}} from {{recipientOrganisation}} declined your meeting request for {{eventName}}.
{{#if reason}}Reason: {{reason}}{{/if}}

Other participants who match what you seek:
{{link}}`,
  },
  'meeting-request-reminder': {
    subject: 'Reminder: {{requesterName}} is waiting for your answer',
    text: `Hello {{firstName}},

{{requesterName}} from {{requesterOrganisation}} asked to meet you at {{eventName}}. The request expires on {{expiresOn}} if you do not answer.

Accept or decline here:
{{link}}`,
  },
  'meeting-request-expired': {
    subject: 'Your meeting request to {{recipientName}} expired',
    text: `Hello {{firstName}},

{{recipientName}} did not answer your meeting request for {{eventName}} in time, so it has expired. The slot is free for other meetings.

Find other partners:
{{link}}`,
  },
  'daily-digest': {
    subject: '{{count}} new meeting request(s) for {{eventName}}',
    text: `Hello {{firstName}},

New meeting requests for you at {{eventName}}:
{{#each requests}}
- {{name}} ({{organisation}}){{#if message}}: "{{message}}"{{/if}}
{{/each}}

Answer them here:
{{link}}`,
  },
  'evaluation-invitation': {
    subject: '{{#if followUp}}What came of your meetings at {{eventName}}?{{else}}How were your meetings at {{eventName}}?{{/if}}',
    text: `Hello {{firstName}},

{{#if followUp}}{{months}} months ago you met these partners at {{eventName}}. Did a collaboration, an order or a contract come of it? It takes a minute, and you can update it any time later.{{else}}Thank you for taking part in {{eventName}}. Tell us in a tap per meeting whether it took place and was interesting; your partners never see your answers.{{/if}}
{{#each meetings}}
- {{when}}: {{partners}}
{{/each}}

Answer here:
{{link}}

You can stop these emails from the same page.`,
  },
  'evaluation-reminder': {
    subject: 'Reminder: {{#if followUp}}what came of your meetings at {{eventName}}?{{else}}how were your meetings at {{eventName}}?{{/if}}',
    text: `Hello {{firstName}},

We have not heard from you yet about your meetings at {{eventName}}. Your answers help the organisers show what the event achieved.

Answer here:
{{link}}

You can stop these emails from the same page.`,
  },
  'success-story-consent': {
    subject: 'May we tell the story of your meeting at {{eventName}}?',
    text: `Hello {{firstName}},

The organisers of {{eventName}} would like to publish this short story about your meeting, for press and newsletters:

{{title}}
{{text}}

It is published only if everyone in the meeting agrees. Agree or decline here:
{{link}}`,
  },
  'agenda-published': {
    subject: '{{#if update}}Your agenda for {{eventName}} has changed{{else}}Your agenda for {{eventName}}{{/if}}',
    text: `Hello {{firstName}},

{{#if update}}The schedule of {{eventName}} was updated (version {{version}}). Your agenda now reads:{{else}}Your meetings at {{eventName}}:{{/if}}
{{#each meetings}}
- {{when}} | {{where}}
  with {{partners}}
  profile: {{profiles}}
{{else}}
No meetings are scheduled for you.
{{/each}}
{{#if cancelled.length}}

Cancelled:
{{#each cancelled}}
- {{when}}: {{partners}}
{{/each}}
{{/if}}

Your agenda is attached as a PDF and as a calendar file (agenda.ics){{#if cancelled.length}}, with cancelled.ics to remove cancelled meetings from your calendar{{/if}}. Subscribe to your personal calendar feed to get every change automatically:
{{feedUrl}}

Your agenda on your phone, always up to date:
{{link}}`,
  },
};

const compiled = Object.fromEntries(
  Object.entries(SOURCES).map(([name, source]) => [
    name,
    {
      subject: Handlebars.compile(source.subject, { noEscape: true }),
      text: Handlebars.compile(source.text, { noEscape: true }),
      html: Handlebars.compile(textToHtml(source.text)),
    },
  ]),
) as Record<EmailTemplateName, { subject: Handlebars.TemplateDelegate; text: Handlebars.TemplateDelegate; html: Handlebars.TemplateDelegate }>;

function textToHtml(text: string): string {
  const paragraphs = text.split(/\n\n/).map((paragraph) => {
    const body = paragraph
      .split('\n')
      .map((line) => (line.trim() === '{{link}}' ? '<a href="{{{link}}}">{{{link}}}</a>' : line))
      .join('<br>');
    return `<p>${body}</p>`;
  });
  return `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">${paragraphs.join('')}</body></html>`;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export function renderEmail<N extends EmailTemplateName>(name: N, data: EmailTemplateData[N]): RenderedEmail {
  const template = compiled[name];
  return { subject: template.subject(data), text: template.text(data), html: template.html(data) };
}
