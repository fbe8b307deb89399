import { ParticipantAgenda } from './agenda-document.types';
import { DOCUMENT_LABELS } from './document-labels.dictionary';
import { drawProgramme, programmeFooter } from './participant-programme.drawer';
import { createPdfWriter } from './pdf-document.helper';

/** A participant's personal agenda as an A4 PDF: scheduled meetings by day, in the event's time zone. */
export async function renderAgendaPdf(agenda: ParticipantAgenda): Promise<Buffer> {
  const labels = DOCUMENT_LABELS[agenda.language];
  const writer = createPdfWriter({ title: `${labels.personalAgenda}: ${agenda.participant.name}`, language: agenda.language });
  writer.newPage(programmeFooter(agenda, agenda.generatedAt ?? new Date(), agenda.participant.id));
  drawProgramme(writer.doc, agenda);
  return writer.finish();
}
