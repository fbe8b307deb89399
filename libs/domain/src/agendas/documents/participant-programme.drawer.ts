import QRCode from 'qrcode';
import { AgendaMeeting, ParticipantAgenda } from './agenda-document.types';
import { byStartTime } from './agenda-meeting.helper';
import { DOCUMENT_LABELS, DocumentLabels, countryName } from './document-labels.dictionary';
import { PageFooter, Pdf, ensureSpace, lineHeight, writeLine } from './pdf-document.helper';
import { TableCell, TableLayout, drawTable, tableStartHeight } from './pdf-table.drawer';
import { formatDay, formatTimeRange, formatTimestamp, localDayKey } from './zoned-time.helper';

const LINK_SIZE = 8;
const QR_SIZE = 64;

/** The check-in QR code in the top right corner, drawn as vector squares so it scans sharply when printed. */
function drawCheckInCode(doc: Pdf, code: string, payload: string, labels: DocumentLabels): void {
  const qr = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  const { size, data } = qr.modules;
  const quiet = 2;
  const cell = QR_SIZE / (size + 2 * quiet);
  const left = doc.page.width - doc.page.margins.right - QR_SIZE;
  const top = doc.y;
  doc.save();
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      if (data[row * size + column]) doc.rect(left + (column + quiet) * cell, top + (row + quiet) * cell, cell, cell);
    }
  }
  doc.fill('#000000').restore();
  doc.fontSize(7).fillColor('#000000').text(`${labels.checkInCode}: ${code}`, left - 20, top + QR_SIZE + 1, { width: QR_SIZE + 20, align: 'right', lineBreak: false });
  doc.y = top;
}

/** Meetings the participant should attend, in time order (the input order is not relied on). */
export function attendedMeetings(agenda: ParticipantAgenda): AgendaMeeting[] {
  return agenda.meetings.filter((m) => m.status === 'scheduled').sort(byStartTime);
}

export function programmeFooter(agenda: ParticipantAgenda, generatedAt: Date, group: string): PageFooter {
  const labels = DOCUMENT_LABELS[agenda.language];
  return {
    text: labels.footer(agenda.version, formatTimestamp(generatedAt, agenda.event.timeZone)),
    group,
    pageLabel: labels.page,
  };
}

function placeCell(meeting: AgendaMeeting, labels: DocumentLabels): TableCell {
  // An online place may carry its own label ('Online room 3'); a meeting without a place reads "Online".
  const cell: TableCell = [{ text: meeting.place?.label ?? labels.online }];
  if (meeting.videoLink) cell.push({ text: meeting.videoLink, link: meeting.videoLink, size: LINK_SIZE });
  return cell;
}

function partnersCell(meeting: AgendaMeeting, agenda: ParticipantAgenda): TableCell {
  if (meeting.partners.length === 0) return [{ text: '–', muted: true }];
  return meeting.partners.flatMap((p, i): TableCell => [
    { text: p.name, bold: true, spaceBefore: i === 0 ? 0 : 4 },
    { text: `${p.organisation}, ${countryName(p.country, agenda.language)}` },
    { text: p.profileUrl, link: p.profileUrl, size: LINK_SIZE },
  ]);
}

function meetingsByDay(agenda: ParticipantAgenda): AgendaMeeting[][] {
  const days = new Map<string, AgendaMeeting[]>();
  for (const meeting of attendedMeetings(agenda)) {
    const key = localDayKey(meeting.startsAt, agenda.event.timeZone);
    days.set(key, [...(days.get(key) ?? []), meeting]);
  }
  return [...days.values()];
}

/**
 * A participant's programme from the cursor on (the caller starts the page and sets its footer):
 * shared by the single agenda PDF and the print pack so both look the same.
 */
export function drawProgramme(doc: Pdf, agenda: ParticipantAgenda): void {
  const labels = DOCUMENT_LABELS[agenda.language];
  const zone = agenda.event.timeZone;
  if (agenda.checkInCode) drawCheckInCode(doc, agenda.checkInCode, agenda.checkInUrl ?? agenda.checkInCode, labels);
  writeLine(doc, labels.personalAgenda, { size: 10, muted: true, gap: 2 });
  writeLine(doc, agenda.event.name, { size: 18, bold: true, gap: 1 });
  writeLine(doc, agenda.event.venue, { size: 10, muted: true, gap: 12 });
  writeLine(doc, agenda.participant.name, { size: 14, bold: true, gap: 1 });
  writeLine(doc, agenda.participant.organisation, { size: 11, gap: 16 });

  const days = meetingsByDay(agenda);
  if (days.length === 0) {
    writeLine(doc, labels.noMeetings, { size: 12 });
    return;
  }

  const layout: TableLayout = {
    columns: [
      { header: labels.time, width: 0.15 },
      { header: labels.place, width: 0.3 },
      { header: labels.meetingWith, width: 0.55 },
    ],
    fontSize: 10,
  };
  for (const meetings of days) {
    const heading = formatDay(meetings[0].startsAt, zone, labels.locale);
    const headingStyle = { size: 12, bold: true, gap: 4 };
    const rows = meetings.map((m): TableCell[] => [
      [{ text: formatTimeRange(m.startsAt, m.endsAt, zone), bold: true }],
      placeCell(m, labels),
      partnersCell(m, agenda),
    ]);
    doc.y += 6;
    ensureSpace(doc, lineHeight(doc, heading, headingStyle) + tableStartHeight(doc, layout, rows[0]));
    writeLine(doc, heading, headingStyle);
    drawTable(doc, { ...layout, onPageBreak: () => writeLine(doc, `${heading} (${labels.continued})`, headingStyle) }, rows);
  }
}
