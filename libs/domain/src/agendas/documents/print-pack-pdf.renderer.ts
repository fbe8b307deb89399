import { DeskSlotList, PrintPack, TableSign } from './agenda-document.types';
import { DOCUMENT_LABELS, DocumentLabels } from './document-labels.dictionary';
import { drawProgramme, programmeFooter } from './participant-programme.drawer';
import { PageFooter, Pdf, createPdfWriter, writeLine } from './pdf-document.helper';
import { TableCell, TableLayout, drawTable } from './pdf-table.drawer';
import { formatDay, formatTimeRange, formatTimestamp } from './zoned-time.helper';

type Person = { name: string; organisation: string };

function peopleCell(people: Person[]): TableCell {
  return people.map((p) => ({ text: `${p.name}, ${p.organisation}` }));
}

function drawSignHeading(doc: Pdf, pack: PrintPack, sign: TableSign, labels: DocumentLabels, continued: boolean): void {
  if (continued) {
    writeLine(doc, `${sign.place.label} (${labels.continued})`, { size: 16, bold: true, gap: 8 });
    return;
  }
  // Read from across the room: the number is what people look for.
  if (sign.place.number !== null) writeLine(doc, String(sign.place.number), { size: 110, bold: true, align: 'center' });
  writeLine(doc, sign.place.label, { size: sign.place.number !== null ? 26 : 40, bold: true, align: 'center', gap: 4 });
  writeLine(doc, `${pack.event.name} · ${labels.tableSign}`, { size: 11, muted: true, align: 'center', gap: 16 });
}

function drawTableSign(doc: Pdf, pack: PrintPack, sign: TableSign, labels: DocumentLabels): void {
  const zone = pack.event.timeZone;
  drawSignHeading(doc, pack, sign, labels, false);
  const layout: TableLayout = {
    columns: [
      { header: labels.time, width: 0.22 },
      { header: labels.participants, width: 0.78 },
    ],
    fontSize: 13,
    onPageBreak: () => drawSignHeading(doc, pack, sign, labels, true),
  };
  const rows = sign.slots.map((slot): TableCell[] => [
    [{ text: formatTimeRange(slot.startsAt, slot.endsAt, zone), bold: true }],
    slot.meeting ? peopleCell(slot.meeting.participants) : [{ text: labels.free, muted: true }],
  ]);
  drawTable(doc, layout, rows);
}

function drawDeskList(doc: Pdf, pack: PrintPack, list: DeskSlotList, labels: DocumentLabels): void {
  const zone = pack.event.timeZone;
  const heading = `${formatDay(list.startsAt, zone, labels.locale)} · ${formatTimeRange(list.startsAt, list.endsAt, zone)}`;
  const drawHeading = (continued: boolean) => {
    writeLine(doc, `${labels.informationDesk} · ${pack.event.name}`, { size: 10, muted: true, gap: 2 });
    writeLine(doc, continued ? `${heading} (${labels.continued})` : heading, { size: 18, bold: true, gap: 10 });
  };
  drawHeading(false);
  if (list.meetings.length === 0) {
    writeLine(doc, labels.noMeetingsInSlot, { size: 12 });
    return;
  }
  const layout: TableLayout = {
    columns: [
      { header: labels.place, width: 0.28 },
      { header: labels.participants, width: 0.72 },
    ],
    fontSize: 10,
    onPageBreak: () => drawHeading(true),
  };
  const rows = list.meetings.map((m): TableCell[] => [[{ text: m.place?.label ?? labels.online, bold: true }], peopleCell(m.participants)]);
  drawTable(doc, layout, rows);
}

/**
 * Everything the organiser prints for the day in one file: every programme (each from a new page,
 * in the participant's own language), then a sign per table, then the desk's list per slot.
 */
export async function renderPrintPackPdf(pack: PrintPack): Promise<Buffer> {
  const labels = DOCUMENT_LABELS[pack.language];
  const generatedAt = pack.generatedAt ?? new Date();
  const writer = createPdfWriter({ title: pack.event.name, language: pack.language });
  const { doc } = writer;

  pack.programmes.forEach((programme, i) => {
    writer.newPage(programmeFooter(programme, programme.generatedAt ?? generatedAt, `programme-${i}`));
    drawProgramme(doc, programme);
  });

  const footer = (group: string): PageFooter => ({
    text: labels.footer(pack.version, formatTimestamp(generatedAt, pack.event.timeZone)),
    group,
    pageLabel: labels.page,
  });
  pack.tableSigns.forEach((sign, i) => {
    writer.newPage(footer(`sign-${i}`));
    drawTableSign(doc, pack, sign, labels);
  });
  pack.deskLists.forEach((list, i) => {
    writer.newPage(footer(`desk-${i}`));
    drawDeskList(doc, pack, list, labels);
  });

  return writer.finish();
}
