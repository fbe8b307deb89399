import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { AgendaMeeting, ParticipantAgenda } from './agenda-document.types';
import { byStartTime, isOnline } from './agenda-meeting.helper';
import { DOCUMENT_LABELS, DocumentLabels, countryName } from './document-labels.dictionary';

export interface AgendaCalendarOptions {
  method: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  /** Full PRODID value, e.g. '-//Clustermeet//Agenda//EN'. */
  productId?: string;
  /** PUBLISH/REQUEST only: also emit cancelled meetings (STATUS:CANCELLED) so subscribed clients drop them. */
  includeCancelled?: boolean;
}

const METHODS: Record<AgendaCalendarOptions['method'], ICalCalendarMethod> = {
  PUBLISH: ICalCalendarMethod.PUBLISH,
  REQUEST: ICalCalendarMethod.REQUEST,
  CANCEL: ICalCalendarMethod.CANCEL,
};

/** Clients match updates and cancellations to the event they already have by UID alone. */
export function meetingUid(meetingId: string): string {
  return `${meetingId}@clustermeet`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function summary(meeting: AgendaMeeting, labels: DocumentLabels): string {
  const organisations = unique(meeting.partners.map((p) => p.organisation));
  return organisations.length > 0 ? `${labels.meeting}: ${organisations.join(', ')}` : labels.meeting;
}

function location(meeting: AgendaMeeting, agenda: ParticipantAgenda, labels: DocumentLabels): string {
  if (isOnline(meeting)) return meeting.videoLink ?? meeting.place?.label ?? labels.online;
  return `${meeting.place?.label}, ${agenda.event.venue}`;
}

function description(meeting: AgendaMeeting, agenda: ParticipantAgenda, labels: DocumentLabels): string {
  const lines = [`${labels.meetingWith}:`];
  for (const p of meeting.partners) {
    lines.push(`${p.name}, ${p.organisation} (${countryName(p.country, agenda.language)})`, p.profileUrl);
  }
  lines.push('', `${labels.place}: ${location(meeting, agenda, labels)}`);
  if (meeting.videoLink && !isOnline(meeting)) lines.push(`${labels.video}: ${meeting.videoLink}`);
  lines.push(`${labels.event}: ${agenda.event.name}`);
  return lines.join('\n');
}

function included(meeting: AgendaMeeting, options: AgendaCalendarOptions): boolean {
  if (options.method === 'CANCEL') return meeting.status === 'cancelled';
  return meeting.status === 'scheduled' || options.includeCancelled === true;
}

/**
 * The agenda as iCalendar text, one VEVENT per meeting with times in UTC. DTSTAMP is the time of
 * rendering, so only that line differs between two renders of the same agenda.
 */
export function renderAgendaCalendar(agenda: ParticipantAgenda, options: AgendaCalendarOptions): string {
  const labels = DOCUMENT_LABELS[agenda.language];
  const calendar = ical({
    name: agenda.event.name,
    method: METHODS[options.method],
    // ical-generator writes 'PRODID:-' itself, so the leading '-' of a full PRODID must go.
    prodId: options.productId
      ? options.productId.replace(/^-/, '')
      : { company: 'Clustermeet', product: 'Agenda', language: agenda.language.toUpperCase() },
  });
  const meetings = agenda.meetings.filter((m) => included(m, options)).sort(byStartTime);
  for (const meeting of meetings) {
    const online = isOnline(meeting);
    calendar.createEvent({
      id: meetingUid(meeting.meetingId),
      sequence: meeting.sequence,
      start: meeting.startsAt,
      end: meeting.endsAt,
      status: meeting.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      summary: summary(meeting, labels),
      location: location(meeting, agenda, labels),
      url: online ? (meeting.videoLink ?? meeting.partners[0]?.profileUrl ?? null) : (meeting.partners[0]?.profileUrl ?? null),
      description: description(meeting, agenda, labels),
    });
  }
  return calendar.toString();
}
