import ICAL from 'ical.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The text of a PDF as poppler's pdftotext reads it: proof that the file parses. */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'cm-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface CalendarEntry {
  uid: string;
  sequence: number;
  status: string | null;
  start: string;
  summary: string;
  location: string;
}

/** Parses iCalendar text with ical.js (Mozilla's parser) into the fields the tests compare. */
export function parseCalendar(text: string): { method: string | null; events: CalendarEntry[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => ({
    uid: String(vevent.getFirstPropertyValue('uid')),
    sequence: Number(vevent.getFirstPropertyValue('sequence') ?? 0),
    status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
    start: (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
    summary: String(vevent.getFirstPropertyValue('summary') ?? ''),
    location: String(vevent.getFirstPropertyValue('location') ?? ''),
  }));
  return { method: (calendar.getFirstPropertyValue('method') as string | null) ?? null, events };
}
