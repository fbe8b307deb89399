import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  Actor, AgendaService, SchedulePublishService, ScheduleRunService, ScheduleVersionService, StartScheduleRunDto, SwapScheduleEntriesDto, UpdateScheduleEntryDto,
} from '@clustermeet/domain';
import { CurrentActor } from '../common/current-actor.decorator';
import { download } from '../common/file-download';
import { UuidParam } from '../common/uuid-param.decorator';

@ApiTags('scheduling')
@ApiBearerAuth()
@Controller('events/:eventId/schedule')
export class ScheduleController {
  constructor(
    private readonly runs: ScheduleRunService,
    private readonly versions: ScheduleVersionService,
    private readonly publishing: SchedulePublishService,
    private readonly agendas: AgendaService,
  ) {}

  @Post('runs')
  @HttpCode(202)
  start(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @Body() body: StartScheduleRunDto) {
    return this.runs.start(actor, eventId, body);
  }

  @Get('run')
  run(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string) {
    return this.runs.state(actor, eventId);
  }

  @Get('versions')
  list(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string) {
    return this.versions.list(actor, eventId);
  }

  @Get('versions/:versionId')
  detail(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UuidParam('versionId') versionId: string) {
    return this.versions.detail(actor, eventId, versionId);
  }

  @Get('versions/:versionId/entries/:entryId/targets')
  targets(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UuidParam('versionId') versionId: string, @UuidParam('entryId') entryId: string) {
    return this.versions.targets(actor, eventId, versionId, entryId);
  }

  @Patch('versions/:versionId/entries/:entryId')
  update(
    @CurrentActor() actor: Actor,
    @UuidParam('eventId') eventId: string,
    @UuidParam('versionId') versionId: string,
    @UuidParam('entryId') entryId: string,
    @Body() body: UpdateScheduleEntryDto,
  ) {
    return this.versions.update(actor, eventId, versionId, entryId, body);
  }

  @Post('versions/:versionId/swap')
  @HttpCode(200)
  swap(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UuidParam('versionId') versionId: string, @Body() body: SwapScheduleEntriesDto) {
    return this.versions.swap(actor, eventId, versionId, body);
  }

  @Post('versions/:versionId/publish')
  @HttpCode(200)
  publish(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UuidParam('versionId') versionId: string) {
    return this.publishing.publish(actor, eventId, versionId);
  }

  @Get('print-pack.pdf')
  @ApiProduces('application/pdf')
  async printPack(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string) {
    return download(await this.agendas.printPack(actor, eventId));
  }
}
