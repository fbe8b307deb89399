import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { Event, EventMember } from '@clustermeet/database';
import { EventRole } from '@clustermeet/contracts';
import { Actor } from '../auth/actor';
import { EventAccessService, MANAGERS } from '../auth/event-access.service';
import type { FileDownload } from '../agendas/agenda.service';
import { loadReportDataset, ReportDataset } from './report-dataset';
import { renderReportPdf } from './report-pdf.renderer';
import { breakdown, concreteValue, count, METRICS, outcomesOverTime, Row, rows } from './report-metrics';

/** Aggregates smaller than this are shown as "<3" in the funders' export, so nobody can be singled out. */
const SMALLEST_PUBLISHED_COUNT = 3;

/**
 * The organiser's report: headline figures, breakdowns and charts, each number with the rows it
 * counts, and exports (CSV, XLSX, anonymised aggregates for funders).
 */
@Injectable()
export class EventReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
  ) {}

  async summary(actor: Actor, eventId: string) {
    return summarise(await this.dataset(actor, eventId));
  }

  async rows(actor: Actor, eventId: string, metric: string, key: string | null) {
    return rows(await this.dataset(actor, eventId), metric, key);
  }

  async rowsCsv(actor: Actor, eventId: string, metric: string, key: string | null): Promise<FileDownload> {
    const table = rows(await this.dataset(actor, eventId), metric, key);
    return csvFile(`${metric}${key ? `-${key}` : ''}.csv`, table.columns, table.rows);
  }

  async summaryCsv(actor: Actor, eventId: string): Promise<FileDownload> {
    return csvFile('report.csv', ['metric', 'key', 'count'], flatten(summarise(await this.dataset(actor, eventId)), false));
  }

  /** Aggregates only: no names, no emails, no organisations, small counts suppressed. */
  async anonymisedCsv(actor: Actor, eventId: string): Promise<FileDownload> {
    return csvFile('report-anonymised.csv', ['metric', 'key', 'count'], flatten(summarise(await this.dataset(actor, eventId)), true));
  }

  /**
   * Editions side by side: this event and the organisation's other events the actor manages,
   * oldest first, with the figures funders compare year on year.
   */
  async comparison(actor: Actor, eventId: string) {
    const { event } = await this.access.requireStaff(actor, eventId, MANAGERS);
    if (actor.kind !== 'staff') return [];
    const editions = await this.dataSource.manager
      .createQueryBuilder(Event, 'e')
      .innerJoin(EventMember, 'm', 'm.event_id = e.id AND m.user_id = :userId AND m.role IN (:...roles)', { userId: actor.userId, roles: MANAGERS })
      .where('e.organisation_id = :organisationId', { organisationId: event.organisationId })
      .orderBy('e.starts_on', 'ASC', 'NULLS LAST')
      .addOrderBy('e.created_at', 'ASC')
      .getMany();
    const result = [];
    for (const edition of editions) {
      const { member } = await this.access.requireStaff(actor, edition.id, MANAGERS);
      const report = summarise(await loadReportDataset(this.dataSource.manager, edition, member.role === EventRole.CoOrganiser ? member.organisationId : null));
      result.push({
        eventId: edition.id,
        name: edition.name,
        startsOn: edition.startsOn,
        current: edition.id === event.id,
        participants: report.participants.validated,
        organisations: report.participants.organisations,
        countries: report.participants.byCountry.length,
        meetingsScheduled: report.meetings.scheduled,
        meetingsHeld: report.meetings.held,
        interesting: report.meetings.interesting,
        concrete: report.collaborations.concrete,
        concreteValueEur: report.collaborations.concreteValueEur,
      });
    }
    return result;
  }

  async summaryPdf(actor: Actor, eventId: string): Promise<FileDownload> {
    const data = await this.dataset(actor, eventId);
    return { filename: 'report.pdf', contentType: 'application/pdf', content: await renderReportPdf(data.event, summarise(data)) };
  }

  async workbook(actor: Actor, eventId: string): Promise<FileDownload> {
    const data = await this.dataset(actor, eventId);
    const book = new ExcelJS.Workbook();
    book.creator = 'Clustermeet';
    const sheet = (name: string, columns: string[], values: Row[]) => {
      const ws = book.addWorksheet(name);
      ws.columns = columns.map((column) => ({ header: column, key: column, width: Math.max(12, column.length + 2) }));
      ws.addRows(values);
      ws.getRow(1).font = { bold: true };
      ws.views = [{ state: 'frozen', ySplit: 1 }];
    };
    sheet('Summary', ['metric', 'key', 'count'], flatten(summarise(data), false));
    for (const [name, metric] of [['Participants', 'participants.validated'], ['Organisations', 'participants.organisations'], ['Requests', 'meetings.requested'], ['Meetings', 'meetings.scheduled'], ['Evaluations', 'responses']] as const) {
      const table = rows(data, metric, null);
      sheet(name, table.columns, table.rows);
    }
    const content = Buffer.from(await book.xlsx.writeBuffer());
    return { filename: 'report.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content };
  }

  private async dataset(actor: Actor, eventId: string): Promise<ReportDataset> {
    const { event, member } = await this.access.requireStaff(actor, eventId, MANAGERS);
    return loadReportDataset(this.dataSource.manager, event, member.role === EventRole.CoOrganiser ? member.organisationId : null);
  }
}

export type EventSummary = ReturnType<typeof summarise>;

export function summarise(data: ReportDataset) {
  const firstTimeAsked = data.event.profileQuestions.some((question) => question.key === 'first-time');
  const rounds = [...new Set(data.evaluations.map((e) => e.round))].sort((a, b) => a - b);
  return {
    generatedAt: data.now,
    participants: {
      registered: count(data, 'participants.registered'),
      validated: count(data, 'participants.validated'),
      organisations: count(data, 'participants.organisations'),
      firstTime: firstTimeAsked ? count(data, 'participants.firstTime') : null,
      byCountry: breakdown(data, 'participants.byCountry'),
      byRegion: breakdown(data, 'participants.byRegion'),
      bySector: breakdown(data, 'participants.bySector'),
      byOrganisationType: breakdown(data, 'participants.byOrganisationType'),
      bySizeBand: breakdown(data, 'participants.bySizeBand'),
      byRecruitingPartner: breakdown(data, 'participants.byRecruitingPartner'),
    },
    meetings: {
      requested: count(data, 'meetings.requested'),
      accepted: count(data, 'meetings.accepted'),
      scheduled: count(data, 'meetings.scheduled'),
      held: count(data, 'meetings.held'),
      noShow: count(data, 'meetings.noShow'),
      interesting: count(data, 'meetings.interesting'),
    },
    collaborations: {
      possible: breakdown(data, 'collaborations.possible'),
      ongoing: count(data, 'collaborations.ongoing'),
      concrete: count(data, 'collaborations.concrete'),
      concreteValueEur: concreteValue(data),
      concreteByKind: breakdown(data, 'collaborations.concreteByKind'),
    },
    responses: rounds.map((round) => {
      const sent = data.evaluations.filter((e) => e.round === round);
      return { round, sent: sent.length, answered: sent.filter((e) => e.answeredAt).length };
    }),
    meetingsPerSlot: [...data.slots.values()]
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      .map((slot) => {
        const inSlot = METRICS['meetings.scheduled'].items(data).filter((m) => m.slotId === slot.id);
        return { slotId: slot.id, startsAt: slot.startsAt, scheduled: inSlot.length, held: METRICS['meetings.held'].items(data).filter((m) => m.slotId === slot.id).length };
      }),
    outcomesOverTime: outcomesOverTime(data),
  };
}

/** The summary as metric/key/count lines; `anonymise` drops breakdowns by organisation and hides small counts. */
function flatten(report: ReturnType<typeof summarise>, anonymise: boolean): Row[] {
  const out: Row[] = [];
  const shown = (n: number) => (anonymise && n > 0 && n < SMALLEST_PUBLISHED_COUNT ? `<${SMALLEST_PUBLISHED_COUNT}` : n);
  const add = (metric: string, value: number | null, key: string | null = null) => value !== null && out.push({ metric, key, count: shown(value) });
  for (const [group, values] of [['participants', report.participants], ['meetings', report.meetings], ['collaborations', report.collaborations]] as const) {
    for (const [name, value] of Object.entries(values)) {
      if (anonymise && name === 'byRecruitingPartner') continue;
      if (Array.isArray(value)) for (const line of value) add(`${group}.${name}`, line.count, line.key);
      else add(`${group}.${name}`, value as number | null);
    }
  }
  for (const response of report.responses) {
    add('responses.sent', response.sent, String(response.round));
    add('responses.answered', response.answered, String(response.round));
  }
  return out;
}

function csvFile(filename: string, columns: string[], values: Row[]): FileDownload {
  return { filename, contentType: 'text/csv; charset=utf-8', content: stringify(values, { header: true, columns, bom: true }) };
}
