export * from './agenda-document.types';
export { renderAgendaPdf } from './agenda-pdf.renderer';
export type { AgendaCalendarOptions } from './agenda-calendar.renderer';
export { meetingUid, renderAgendaCalendar } from './agenda-calendar.renderer';
export { renderPrintPackPdf } from './print-pack-pdf.renderer';
