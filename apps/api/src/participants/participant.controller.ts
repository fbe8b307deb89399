import { BadRequestException, Body, Controller, Get, Header, HttpCode, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Actor, DecisionDto, ParticipantCsvService, ParticipantListQueryDto, ParticipantService, ProfileInputDto, RegistrationDto } from '@clustermeet/domain';
import { CurrentActor, Public } from '../common/current-actor.decorator';
import { UuidParam } from '../common/uuid-param.decorator';

const MAX_CSV_BYTES = 5 * 1024 * 1024;

@ApiTags('participants')
@ApiBearerAuth()
@Controller('events/:eventId')
export class ParticipantController {
  constructor(
    private readonly participants: ParticipantService,
    private readonly csv: ParticipantCsvService,
  ) {}

  @Public()
  @Throttle({ default: { limit: 60, ttl: 60_000 } })
  @Post('registrations')
  register(@UuidParam('eventId') eventId: string, @Body() body: RegistrationDto) {
    return this.participants.register(eventId, body);
  }

  @Get('participants')
  list(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @Query() query: ParticipantListQueryDto) {
    return this.participants.list(actor, eventId, query);
  }

  @Post('participants')
  registerOnBehalf(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @Body() body: ProfileInputDto) {
    return this.participants.registerOnBehalf(actor, eventId, body);
  }

  @Get('participants/export.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="participants.csv"')
  export(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string) {
    return this.csv.exportCsv(actor, eventId);
  }

  @Post('participants/import')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_CSV_BYTES, files: 1 } }))
  import(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UploadedFile() file?: { buffer: Buffer }) {
    if (!file) throw new BadRequestException('Send the CSV as multipart/form-data in a field named "file"');
    return this.csv.importCsv(actor, eventId, file.buffer);
  }

  @Get('participants/:participantId')
  get(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UuidParam('participantId') participantId: string) {
    return this.participants.get(actor, eventId, participantId);
  }

  @Post('participants/:participantId/decision')
  @HttpCode(200)
  decide(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UuidParam('participantId') participantId: string, @Body() body: DecisionDto) {
    return this.participants.decide(actor, eventId, participantId, body);
  }
}
