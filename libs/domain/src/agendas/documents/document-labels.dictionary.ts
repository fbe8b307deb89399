import { DocumentLanguage } from './agenda-document.types';

export interface DocumentLabels {
  locale: string;
  personalAgenda: string;
  checkInCode: string;
  time: string;
  place: string;
  meetingWith: string;
  participants: string;
  online: string;
  noMeetings: string;
  free: string;
  continued: string;
  tableSign: string;
  informationDesk: string;
  noMeetingsInSlot: string;
  footer: (version: number, generatedAt: string) => string;
  page: (page: number, pages: number) => string;
  /** iCalendar SUMMARY prefix and DESCRIPTION headings. */
  meeting: string;
  video: string;
  event: string;
}

/** Shared by the agenda PDF, the print pack and the calendar so a term reads the same everywhere. */
export const DOCUMENT_LABELS: Record<DocumentLanguage, DocumentLabels> = {
  en: {
    locale: 'en-GB',
    personalAgenda: 'Personal agenda',
    checkInCode: 'Check-in',
    time: 'Time',
    place: 'Place',
    meetingWith: 'Meeting with',
    participants: 'Participants',
    online: 'Online',
    noMeetings: 'No meetings are scheduled for you yet.',
    free: 'free',
    continued: 'continued',
    tableSign: 'Meetings at this table',
    informationDesk: 'Information desk',
    noMeetingsInSlot: 'No meetings in this slot.',
    footer: (version, generatedAt) => `Schedule version ${version} · generated ${generatedAt}`,
    page: (page, pages) => `Page ${page} of ${pages}`,
    meeting: 'Meeting',
    video: 'Video link',
    event: 'Event',
  },
  da: {
    locale: 'da-DK',
    personalAgenda: 'Personlig mødeplan',
    checkInCode: 'Indtjekning',
    time: 'Tid',
    place: 'Sted',
    meetingWith: 'Møde med',
    participants: 'Deltagere',
    online: 'Online',
    noMeetings: 'Der er endnu ikke planlagt møder for dig.',
    free: 'ledig',
    continued: 'fortsat',
    tableSign: 'Møder ved dette bord',
    informationDesk: 'Informationsskranke',
    noMeetingsInSlot: 'Ingen møder i dette tidsrum.',
    footer: (version, generatedAt) => `Planversion ${version} · genereret ${generatedAt}`,
    page: (page, pages) => `Side ${page} af ${pages}`,
    meeting: 'Møde',
    video: 'Videolink',
    event: 'Arrangement',
  },
};

const regionNames = new Map<DocumentLanguage, Intl.DisplayNames>();

/** 'DK' → 'Denmark' / 'Danmark'; an unknown or malformed code is printed as given. */
export function countryName(code: string, language: DocumentLanguage): string {
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([DOCUMENT_LABELS[language].locale], { type: 'region', fallback: 'code' });
    regionNames.set(language, names);
  }
  try {
    return names.of(code.trim().toUpperCase()) ?? code;
  } catch {
    // DisplayNames throws on anything that is not a well-formed region code.
    return code;
  }
}
