import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Actor, AgendaService, notFound } from '@clustermeet/domain';
import { CurrentActor, Public } from '../common/current-actor.decorator';
import { download } from '../common/file-download';

@ApiTags('agendas')
@Controller()
export class AgendaController {
  constructor(private readonly agendas: AgendaService) {}

  @Get('me/agenda')
  @ApiBearerAuth()
  agenda(@CurrentActor() actor: Actor) {
    return this.agendas.myAgenda(actor);
  }

  @Get('me/agenda.pdf')
  @ApiBearerAuth()
  @ApiProduces('application/pdf')
  async pdf(@CurrentActor() actor: Actor) {
    return download(await this.agendas.myAgendaPdf(actor));
  }

  @Get('me/agenda.ics')
  @ApiBearerAuth()
  @ApiProduces('text/calendar')
  async calendar(@CurrentActor() actor: Actor) {
    return download(await this.agendas.myAgendaCalendar(actor));
  }

  /** The personal feed calendar apps subscribe to: the secret in the URL is the only key. */
  @Public()
  @Get('calendar/:feed')
  @ApiProduces('text/calendar')
  async feed(@Param('feed') feed: string) {
    const token = /^([A-Za-z0-9_-]{20,64})\.ics$/.exec(feed)?.[1];
    if (!token) throw notFound('Calendar feed');
    return download(await this.agendas.calendarFeed(token));
  }
}
