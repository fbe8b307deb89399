export type DocumentLanguage = 'en' | 'da';

export interface AgendaEventInfo {
  id: string;
  name: string;
  venue: string;
  /** IANA zone, e.g. 'Europe/Copenhagen': all times are printed in it. */
  timeZone: string;
}

export interface AgendaPlace {
  label: string;          // 'Table 12', 'Booth of Nordic Wind', 'Room B'
  number: number | null;
  kind: 'table' | 'booth' | 'room' | 'online';
}

export interface AgendaPartner {
  name: string;            // person
  organisation: string;
  country: string;         // ISO 3166-1 alpha-2
  profileUrl: string;      // absolute URL to the partner's profile page
}

export interface AgendaMeeting {
  /** Stable across schedule versions: the iCalendar UID is derived from it. */
  meetingId: string;
  /** Bumped each time the meeting's time or place changes (iCalendar SEQUENCE). */
  sequence: number;
  status: 'scheduled' | 'cancelled';
  startsAt: Date;
  endsAt: Date;
  /** null for online meetings. */
  place: AgendaPlace | null;
  videoLink: string | null;
  partners: AgendaPartner[];
}

export interface ParticipantAgenda {
  /** Printed as a QR code for the information desk to scan at check-in. */
  checkInCode?: string;
  /** What the QR code holds: the desk's check-in link for this code (a phone camera opens it). Defaults to the bare code. */
  checkInUrl?: string;
  event: AgendaEventInfo;
  participant: { id: string; name: string; organisation: string };
  /** Sorted by start time. */
  meetings: AgendaMeeting[];
  /** Schedule version number the agenda reflects (printed in the footer). */
  version: number;
  language: DocumentLanguage;
  /** Printed in the footer; defaults to the time of rendering (set it for reproducible output). */
  generatedAt?: Date;
}

export interface TableSign {
  place: AgendaPlace;
  /** One line per slot of the event, in time order; meeting null when the table is free then. */
  slots: Array<{ startsAt: Date; endsAt: Date; meeting: { participants: Array<{ name: string; organisation: string }> } | null }>;
}

export interface DeskSlotList {
  startsAt: Date;
  endsAt: Date;
  /** Every meeting of the slot, by place (online meetings last, place null). */
  meetings: Array<{ place: AgendaPlace | null; participants: Array<{ name: string; organisation: string }> }>;
}

export interface PrintPack {
  event: AgendaEventInfo;
  version: number;
  language: DocumentLanguage;
  programmes: ParticipantAgenda[];
  tableSigns: TableSign[];
  deskLists: DeskSlotList[];
  /** Printed in the footers; defaults to the time of rendering. */
  generatedAt?: Date;
}
