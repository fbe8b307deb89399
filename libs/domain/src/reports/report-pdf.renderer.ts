import { createPdfWriter, writeLine } from '../agendas/documents/pdf-document.helper';
import { drawTable, TableCell } from '../agendas/documents/pdf-table.drawer';
import { formatTimestamp } from '../agendas/documents/zoned-time.helper';
import type { Breakdown } from './report-metrics';
import type { EventSummary } from './event-report.service';

/** The one-page (or so) summary for a board or a funder: headline figures and the main breakdowns. */
export async function renderReportPdf(event: { name: string; venue: string; timeZone: string }, report: EventSummary): Promise<Buffer> {
  const writer = createPdfWriter({ title: `Results: ${event.name}`, language: 'en' });
  const footer = { text: `Clustermeet report · generated ${formatTimestamp(report.generatedAt, event.timeZone)}`, group: 'report', pageLabel: (page: number, pages: number) => `Page ${page} of ${pages}` };
  writer.newPage(footer);
  const doc = writer.doc;
  writeLine(doc, 'Results of the matchmaking', { size: 10, muted: true, gap: 2 });
  writeLine(doc, event.name, { size: 18, bold: true, gap: 1 });
  writeLine(doc, event.venue, { size: 10, muted: true, gap: 12 });

  const p = report.participants;
  const m = report.meetings;
  const c = report.collaborations;
  const figures: Array<[string, string]> = [
    ['Participants registered / validated', `${p.registered} / ${p.validated}`],
    ['Unique organisations', String(p.organisations)],
    ...(p.firstTime !== null ? [['First-time participants', String(p.firstTime)] as [string, string]] : []),
    ['Countries', String(p.byCountry.length)],
    ['Meeting requests sent / accepted', `${m.requested} / ${m.accepted}`],
    ['Meetings scheduled / held / no-show', `${m.scheduled} / ${m.held} / ${m.noShow}`],
    ['Meetings rated interesting', String(m.interesting)],
    ['Possible collaborations seen', String(c.possible.reduce((sum, line) => sum + line.count, 0))],
    ['Collaborations under way / concrete', `${c.ongoing} / ${c.concrete}`],
    ['Value of concrete collaborations (EUR)', c.concreteValueEur.toLocaleString('en-GB')],
    ...report.responses.map((r): [string, string] => [`Evaluation round ${r.round}: answered / sent`, `${r.answered} / ${r.sent}`]),
  ];
  table(doc, ['Figure', 'Value'], figures.map(([label, value]) => [[{ text: label }], [{ text: value, bold: true }]]), [0.7, 0.3]);
  for (const [title, lines] of [
    ['Participants by country', p.byCountry],
    ['Participants by organisation type', p.byOrganisationType],
    ['Participants by sector', p.bySector],
    ['Concrete collaborations by kind', c.concreteByKind],
  ] as Array<[string, Breakdown]>) {
    if (lines.length === 0) continue;
    writeLine(doc, title, { size: 12, bold: true, gap: 4 });
    table(doc, ['', 'Count'], lines.map((line) => [[{ text: line.key }], [{ text: String(line.count) }]]), [0.7, 0.3]);
  }
  return writer.finish();
}

function table(doc: Parameters<typeof drawTable>[0], headers: string[], rows: TableCell[][], widths: number[]): void {
  drawTable(doc, { columns: headers.map((header, i) => ({ header, width: widths[i] })), fontSize: 10 }, rows);
  doc.y += 12;
}
