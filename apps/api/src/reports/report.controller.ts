import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Actor, EventReportService, ReportRowsQueryDto } from '@clustermeet/domain';
import { CurrentActor } from '../common/current-actor.decorator';
import { download } from '../common/file-download';
import { UuidParam } from '../common/uuid-param.decorator';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('events/:eventId')
export class ReportController {
  constructor(private readonly reports: EventReportService) {}

  @Get('report')
  summary(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string) {
    return this.reports.summary(actor, eventId);
  }

  @Get('report/comparison')
  comparison(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string) {
    return this.reports.comparison(actor, eventId);
  }

  @Get('report/rows')
  rows(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @Query() query: ReportRowsQueryDto) {
    return this.reports.rows(actor, eventId, query.metric, query.key ?? null);
  }

  @Get('report/rows.csv')
  @ApiProduces('text/csv')
  async rowsCsv(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @Query() query: ReportRowsQueryDto) {
    return download(await this.reports.rowsCsv(actor, eventId, query.metric, query.key ?? null));
  }

  @Get('report.csv')
  @ApiProduces('text/csv')
  async summaryCsv(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string) {
    return download(await this.reports.summaryCsv(actor, eventId));
  }

  @Get('report/anonymised.csv')
  @ApiProduces('text/csv')
  async anonymised(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string) {
    return download(await this.reports.anonymisedCsv(actor, eventId));
  }

  @Get('report.pdf')
  @ApiProduces('application/pdf')
  async summaryPdf(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string) {
    return download(await this.reports.summaryPdf(actor, eventId));
  }

  @Get('report.xlsx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async workbook(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string) {
    return download(await this.reports.workbook(actor, eventId));
  }
}
