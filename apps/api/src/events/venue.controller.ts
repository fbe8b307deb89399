import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  Actor, CreateParticipantTypeDto, CreateSessionDto, CreateTablesDto, ParticipantTypeService, SessionService, TableService,
  UpdateParticipantTypeDto, UpdateSessionDto, UpdateTableDto,
} from '@clustermeet/domain';
import { CurrentActor } from '../common/current-actor.decorator';
import { UuidParam } from '../common/uuid-param.decorator';

@ApiTags('event set-up')
@ApiBearerAuth()
@Controller('events/:eventId')
export class VenueController {
  constructor(
    private readonly sessions: SessionService,
    private readonly tables: TableService,
    private readonly types: ParticipantTypeService,
  ) {}

  @Get('sessions')
  listSessions(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string) {
    return this.sessions.list(actor, eventId);
  }

  @Post('sessions')
  createSession(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @Body() body: CreateSessionDto) {
    return this.sessions.create(actor, eventId, body);
  }

  @Patch('sessions/:sessionId')
  updateSession(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UuidParam('sessionId') sessionId: string, @Body() body: UpdateSessionDto) {
    return this.sessions.update(actor, eventId, sessionId, body);
  }

  @Delete('sessions/:sessionId')
  @HttpCode(204)
  removeSession(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UuidParam('sessionId') sessionId: string) {
    return this.sessions.remove(actor, eventId, sessionId);
  }

  @Get('tables')
  listTables(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string) {
    return this.tables.list(actor, eventId);
  }

  @Post('tables')
  createTables(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @Body() body: CreateTablesDto) {
    return this.tables.create(actor, eventId, body);
  }

  @Patch('tables/:tableId')
  updateTable(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UuidParam('tableId') tableId: string, @Body() body: UpdateTableDto) {
    return this.tables.update(actor, eventId, tableId, body);
  }

  @Delete('tables/:tableId')
  @HttpCode(204)
  removeTable(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UuidParam('tableId') tableId: string) {
    return this.tables.remove(actor, eventId, tableId);
  }

  @Get('participant-types')
  listTypes(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string) {
    return this.types.list(actor, eventId);
  }

  @Post('participant-types')
  createType(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @Body() body: CreateParticipantTypeDto) {
    return this.types.create(actor, eventId, body);
  }

  @Patch('participant-types/:typeId')
  updateType(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UuidParam('typeId') typeId: string, @Body() body: UpdateParticipantTypeDto) {
    return this.types.update(actor, eventId, typeId, body);
  }

  @Delete('participant-types/:typeId')
  @HttpCode(204)
  removeType(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UuidParam('typeId') typeId: string) {
    return this.types.remove(actor, eventId, typeId);
  }
}
