import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AgendaMeeting, AgendaPartner, ParticipantAgenda } from './agenda-document.types';

export const EVENT = {
  id: 'event-1',
  name: 'Nordic Cleantech Matchmaking 2026',
  venue: 'Bella Center, København',
  timeZone: 'Europe/Copenhagen',
};

export function partner(overrides: Partial<AgendaPartner> = {}): AgendaPartner {
  return {
    name: 'Zoë Łukasiewicz',
    organisation: 'Wrocław Wind Sp. z o.o.',
    country: 'PL',
    profileUrl: 'https://clustermeet.example/p/zoe',
    ...overrides,
  };
}

/** A 20-minute meeting starting `minutesAfter8Utc` after 08:00Z on 12 May 2026 (10:00 in Copenhagen). */
export function meeting(id: string, minutesAfter8Utc: number, overrides: Partial<AgendaMeeting> = {}): AgendaMeeting {
  const startsAt = new Date(Date.UTC(2026, 4, 12, 8, minutesAfter8Utc));
  return {
    meetingId: id,
    sequence: 0,
    status: 'scheduled',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 20 * 60_000),
    place: { label: 'Table 12', number: 12, kind: 'table' },
    videoLink: null,
    partners: [partner()],
    ...overrides,
  };
}

export function agenda(overrides: Partial<ParticipantAgenda> = {}): ParticipantAgenda {
  return {
    event: EVENT,
    participant: { id: 'participant-1', name: 'Søren Ærø', organisation: 'Ålborg Energi ApS' },
    meetings: [
      meeting('m-1', 0),
      meeting('m-2', 30, {
        place: null,
        videoLink: 'https://meet.example/abc',
        partners: [partner({ name: 'Hélène Müller', organisation: 'Lyon Medtech SAS', country: 'FR', profileUrl: 'https://clustermeet.example/p/helene' })],
      }),
      meeting('m-3', 60, {
        status: 'cancelled',
        place: { label: 'Table 7', number: 7, kind: 'table' },
        partners: [partner({ name: 'Cancelled Person', organisation: 'Gone GmbH', country: 'DE', profileUrl: 'https://clustermeet.example/p/gone' })],
      }),
    ],
    version: 3,
    language: 'en',
    generatedAt: new Date(Date.UTC(2026, 4, 1, 9, 30)),
    ...overrides,
  };
}

function withPdfFile<T>(pdf: Buffer, read: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'agenda-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    return read(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text as poppler extracts it (needs poppler-utils). */
export function pdfText(pdf: Buffer, layout = true): string {
  return withPdfFile(pdf, (file) => execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' }));
}

export function pdfPageCount(pdf: Buffer): number {
  const info = withPdfFile(pdf, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** Text of each page, in order (pdftotext separates pages with a form feed). */
export function pdfPages(pdf: Buffer): string[] {
  return pdfText(pdf).split('\f').slice(0, -1);
}
